package main

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// Config is every setting, read once from the environment (design.md §3).
type Config struct {
	DatabaseURL           string
	TelegramToken         string
	TelegramEndpoint      string
	TelegramWebhookURL    string
	TelegramWebhookSecret string
	ZaloAppID             string
	ZaloAppSecret         string
	ZaloOASecretKey       string
	ZaloAccessToken       string
	ZaloRefreshToken      string
	ZaloAPIBase           string
	ZaloOAuthBase         string
	OpenAIKey             string
	OpenAIBaseURL         string
	OpenAIModel           string
	HTTPAddr              string
	TZ                    *time.Location
	PublicQuestions       bool
	RemindEvery           time.Duration // 0: serve runs no sweep (another process does)
	OutboxStaleAfter      time.Duration // a row claimed longer ago by a dead sender is sent again
	LogFormat             string        // "text" or "json"
	LogLevel              *slog.Level   // nil: info, warn for the commands a person reads (ask, chat)
}

// loadConfig reads the environment through getenv, so tests can pass their own.
func loadConfig(getenv func(string) string) (Config, error) {
	get := func(key, def string) string {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		DatabaseURL:           get("DATABASE_URL", ""),
		TelegramToken:         get("TELEGRAM_BOT_TOKEN", ""),
		TelegramEndpoint:      get("TELEGRAM_API_ENDPOINT", "https://api.telegram.org/bot%s/%s"),
		TelegramWebhookURL:    get("TELEGRAM_WEBHOOK_URL", ""),
		TelegramWebhookSecret: get("TELEGRAM_WEBHOOK_SECRET", ""),
		ZaloAppID:             get("ZALO_APP_ID", ""),
		ZaloAppSecret:         get("ZALO_APP_SECRET", ""),
		ZaloOASecretKey:       get("ZALO_OA_SECRET_KEY", ""),
		ZaloAccessToken:       get("ZALO_ACCESS_TOKEN", ""),
		ZaloRefreshToken:      get("ZALO_REFRESH_TOKEN", ""),
		ZaloAPIBase:           get("ZALO_API_BASE", "https://openapi.zalo.me"),
		ZaloOAuthBase:         get("ZALO_OAUTH_BASE", "https://oauth.zaloapp.com"),
		OpenAIKey:             get("OPENAI_API_KEY", ""),
		OpenAIBaseURL:         get("OPENAI_BASE_URL", ""),
		OpenAIModel:           get("OPENAI_MODEL", "gpt-4o-mini"),
		HTTPAddr:              get("HTTP_ADDR", ":8080"),
		LogFormat:             strings.ToLower(get("LOG_FORMAT", "text")),
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return c, fmt.Errorf("LOG_FORMAT %q is not text or json", c.LogFormat)
	}
	if v := get("LOG_LEVEL", ""); v != "" {
		var l slog.Level
		if err := l.UnmarshalText([]byte(v)); err != nil {
			return c, fmt.Errorf("LOG_LEVEL %q is not debug, info, warn or error", v)
		}
		c.LogLevel = &l
	}
	tz := get("CHATBOT_TZ", "Asia/Ho_Chi_Minh")
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return c, fmt.Errorf("CHATBOT_TZ %q is not a time zone: %w", tz, err)
	}
	c.TZ = loc
	for _, d := range []struct {
		key, def string
		dst      *time.Duration
	}{{"REMIND_EVERY", "5m", &c.RemindEvery}, {"OUTBOX_STALE_AFTER", "2m", &c.OutboxStaleAfter}} {
		v := get(d.key, d.def)
		if v == "off" {
			v = "0"
		}
		dur, err := time.ParseDuration(v)
		if err != nil || dur < 0 {
			return c, fmt.Errorf("%s %q is not a duration (e.g. 5m, 30s, off)", d.key, v)
		}
		*d.dst = dur
	}
	if v := get("PUBLIC_QUESTIONS", "false"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("PUBLIC_QUESTIONS %q is not true or false", v)
		}
		c.PublicQuestions = b
	}
	return c, nil
}
