package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"slices"
	"strings"
)

// newLogger builds the one logger of the process: text or JSON (LOG_FORMAT)
// on w, at level, with every configured secret masked. Packages get it (or
// a child of it) passed down; none builds its own.
func newLogger(w io.Writer, format string, level slog.Leveler, r redactor) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if format == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	return slog.New(redactHandler{next: h, r: r})
}

// redactor masks secret values in text. It is the backstop: code logs no
// secret on purpose and scrubs the errors that quote one (a Telegram URL
// holds the bot token), but a configured secret never reaches a log line
// or the final error line even if some error quotes it.
type redactor struct {
	secrets []string
}

// minSecret is the shortest value masked: shorter ones are not secrets and
// would mask ordinary text.
const minSecret = 6

func newRedactor(c Config) redactor {
	var r redactor
	for _, s := range []string{c.TelegramToken, c.TelegramWebhookSecret, c.ZaloAppSecret, c.ZaloOASecretKey,
		c.ZaloAccessToken, c.ZaloRefreshToken, c.OpenAIKey} {
		if len(s) < minSecret {
			continue
		}
		r.secrets = append(r.secrets, s, url.PathEscape(s), url.QueryEscape(s))
	}
	// Longest first, so that a secret containing another is masked whole.
	slices.SortFunc(r.secrets, func(a, b string) int { return len(b) - len(a) })
	r.secrets = slices.Compact(r.secrets)
	return r
}

// Redact masks every secret in s.
func (r redactor) Redact(s string) string {
	for _, sec := range r.secrets {
		if strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return s
}

// redactHandler masks secrets in the message and in every string, error or
// other value an attribute carries.
type redactHandler struct {
	next slog.Handler
	r    redactor
}

func (h redactHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h redactHandler) Handle(ctx context.Context, rec slog.Record) error {
	if len(h.r.secrets) == 0 {
		return h.next.Handle(ctx, rec)
	}
	out := slog.NewRecord(rec.Time, rec.Level, h.r.Redact(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h redactHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.attr(a)
	}
	return redactHandler{next: h.next.WithAttrs(clean), r: h.r}
}

func (h redactHandler) WithGroup(name string) slog.Handler {
	return redactHandler{next: h.next.WithGroup(name), r: h.r}
}

func (h redactHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.r.Redact(v.String()))
	case slog.KindGroup:
		group := v.Group()
		clean := make([]any, len(group))
		for i, g := range group {
			clean[i] = h.attr(g)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		// Errors and anything else are printed as the handler would print
		// them, then masked.
		s := fmt.Sprintf("%+v", v.Any())
		if red := h.r.Redact(s); red != s {
			return slog.String(a.Key, red)
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
