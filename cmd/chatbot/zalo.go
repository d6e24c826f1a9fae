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

// startZalo wires the Zalo Official Account channel when it is configured:
// tokens kept in the database (the refresh token is single-use), replies
// through the outbox, events at /zalo/webhook.
func (e *env) startZalo(ctx context.Context, s *queries.Store, d *bot.Dispatcher, sender *bot.Sender, mux *http.ServeMux, log *slog.Logger) (bool, error) {
	if e.cfg.ZaloAppID == "" {
		return false, nil
	}
	client := zalo.NewClient(zalo.Config{APIBase: e.cfg.ZaloAPIBase, OAuthBase: e.cfg.ZaloOAuthBase, ZNSBase: e.cfg.ZaloZNSBase, AppID: e.cfg.ZaloAppID,
		AppSecret: e.cfg.ZaloAppSecret, Log: log}, zalo.DatabaseTokens(s), zalo.Tokens{AccessToken: e.cfg.ZaloAccessToken,
		RefreshToken: e.cfg.ZaloRefreshToken, ExpiresAt: time.Now().Add(time.Hour)})
	sender.Register(zalo.Platform, zalo.Channel{Client: client}, e.cfg.zaloLimits())
	mux.Handle("/zalo/webhook", zalo.WebhookHandler(e.cfg.ZaloOASecretKey, zalo.DefaultMaxEventAge, time.Now, zalo.Events(d.Dispatch)))
	log.Info("zalo: webhook at /zalo/webhook")
	return true, nil
}
