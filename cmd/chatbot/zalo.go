package main

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/zalo"
	"github.com/hatinh-stttt/chatbot/queries"
)

// zaloTokens keeps the Zalo OA tokens in the database: the refresh token is
// single-use, so the new one is saved before the new access token is used.
type zaloTokens struct{ s *queries.Store }

func (z zaloTokens) LoadTokens(ctx context.Context) (zalo.Tokens, bool, error) {
	t, ok, err := z.s.LoadPlatformTokens(ctx, zalo.Platform)
	return zalo.Tokens{AccessToken: t.AccessToken, RefreshToken: t.RefreshToken, ExpiresAt: t.ExpiresAt}, ok, err
}

func (z zaloTokens) SaveTokens(ctx context.Context, t zalo.Tokens) error {
	return z.s.SavePlatformTokens(ctx, zalo.Platform, queries.PlatformTokens{AccessToken: t.AccessToken,
		RefreshToken: t.RefreshToken, ExpiresAt: t.ExpiresAt}, time.Now())
}

// startZalo wires the Zalo Official Account channel when it is configured.
func (e *env) startZalo(ctx context.Context, s *queries.Store, d *bot.Dispatcher, sender *bot.Sender, mux *http.ServeMux, log *slog.Logger) error {
	if e.cfg.ZaloAppID == "" {
		return nil
	}
	client := zalo.NewClient(zalo.Config{APIBase: e.cfg.ZaloAPIBase, OAuthBase: e.cfg.ZaloOAuthBase, AppID: e.cfg.ZaloAppID,
		AppSecret: e.cfg.ZaloAppSecret}, zaloTokens{s}, zalo.Tokens{AccessToken: e.cfg.ZaloAccessToken,
		RefreshToken: e.cfg.ZaloRefreshToken, ExpiresAt: time.Now().Add(time.Hour)})
	sender.Register(zalo.Platform, zalo.Channel{Client: client}, bot.Limits{PerSecond: 10})
	mux.Handle("/zalo/webhook", zalo.WebhookHandler(e.cfg.ZaloOASecretKey, zalo.DefaultMaxEventAge, time.Now, zalo.Events(d.Dispatch)))
	log.Info("zalo: webhook at /zalo/webhook")
	return nil
}
