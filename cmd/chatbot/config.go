package main

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers"
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
	Owner                 string            // who runs the bot, as its messages name it
	RemindEvery           time.Duration     // 0: serve runs no sweep (another process does)
	OutboxStaleAfter      time.Duration     // the sender's lease: a dead sender is replaced after this long
	OutboxWorkers         int               // sends in flight per platform; 0: sized from the rate and latency
	TelegramRate          float64           // messages/s to Telegram in all
	ZaloRate              float64           // messages/s to Zalo in all
	ZaloZNSBase           string            // the ZNS host (business API)
	ZNSTemplates          map[string]string // reminder stage -> approved ZNS template id
	LogFormat             string            // "text" or "json"
	LogLevel              *slog.Level       // nil: info, warn for the commands a person reads (ask, chat)
}

// telegramLimits are Telegram's limits with the configured global rate.
func (c Config) telegramLimits() bot.Limits {
	l := bot.TelegramLimits
	l.PerSecond, l.Workers = c.TelegramRate, c.OutboxWorkers
	return l
}

// zaloLimits: Zalo documents no per-second figure for OA messages (its
// limits are daily quotas per OA and per template), so the rate is a
// conservative, configurable 10/s and no per-chat spacing is imposed.
func (c Config) zaloLimits() bot.Limits {
	return bot.Limits{PerSecond: c.ZaloRate, Workers: c.OutboxWorkers}
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
		ZaloZNSBase:           get("ZALO_ZNS_API_BASE", "https://business.openapi.zalo.me"),
		ZNSTemplates:          map[string]string{},
		LogFormat:             strings.ToLower(get("LOG_FORMAT", "text")),
		Owner:                 get("CHATBOT_OWNER", handlers.DefaultOwner),
	}
	// The reminder stages of migration 0005, each of which may go out as a
	// ZNS template configured by ZALO_ZNS_TEMPLATE_<STAGE>.
	for _, stage := range []string{"before", "deadline", "overdue", "escalation"} {
		if id := get("ZALO_ZNS_TEMPLATE_"+strings.ToUpper(stage), ""); id != "" {
			c.ZNSTemplates[stage] = id
		}
	}
	for _, r := range []struct {
		key, def string
		dst      *float64
	}{{"OUTBOX_TELEGRAM_RATE", "29", &c.TelegramRate}, {"OUTBOX_ZALO_RATE", "10", &c.ZaloRate}} {
		v, err := strconv.ParseFloat(get(r.key, r.def), 64)
		if err != nil || v <= 0 || v > 1000 {
			return c, fmt.Errorf("%s %q is not a rate in messages a second (e.g. 29)", r.key, get(r.key, r.def))
		}
		*r.dst = v
	}
	if v := get("OUTBOX_WORKERS", "auto"); v != "auto" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 256 {
			return c, fmt.Errorf("OUTBOX_WORKERS %q is not auto or a number from 1 to 256", v)
		}
		c.OutboxWorkers = n
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
	}{{"REMIND_EVERY", "5m", &c.RemindEvery}, {"OUTBOX_STALE_AFTER", "15s", &c.OutboxStaleAfter}} {
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
