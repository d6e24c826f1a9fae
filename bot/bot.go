// Package bot is the channel-neutral core: the Message a person sends, the
// Reply the bot gives, one handler shape for every channel, and middleware
// as plain functions. Channel adapters (console, Telegram, Zalo) live in
// sub-packages and turn platform updates into Messages.
package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"
)

// Message is what a person sent, on any channel.
type Message struct {
	Platform string // console, telegram, zalo
	ChatID   string
	UserID   string
	Name     string
	Text     string // typed text; for a pressed button, the button's Data
	Button   bool   // Text came from a button
	Time     time.Time
	// Document is a file the person sent (Text is then its caption, if
	// any); nil for a text message.
	Document *Document
}

// MaxDocumentBytes is the largest file the bot takes from a chat: a
// workbook of 50.000 rows is well under it, and an adapter never downloads
// more.
const MaxDocumentBytes = 5 << 20

// Document is a file a person sent, as the channel adapter fetched it:
// Data is nil when the file was not downloaded (larger than
// MaxDocumentBytes, or a platform that does not hand files to the bot),
// and Size is then what the platform said it weighs.
type Document struct {
	Name string
	MIME string
	Size int64
	Data []byte
}

// Option is a choice: a button on Telegram, a numbered line elsewhere.
// Data is what choosing it sends back as the next message's text.
type Option struct {
	Label string
	Data  string
}

// File is a photo or document to send.
type File struct {
	Name string
	Data []byte
}

// Reply is one message back.
type Reply struct {
	Text     string
	Options  []Option
	Photo    *File
	Document *File
	// Template is a platform's pre-approved notification (Zalo's ZNS) sent
	// instead of Text, to a phone number, where a free message cannot go.
	Template *Template
}

// Template is a template message: the platform's id of an approved
// template, the values of its parameters, and a tracking id the platform
// echoes back (the outbox key).
type Template struct {
	ID         string            `json:"id"`
	Data       map[string]string `json:"data"`
	TrackingID string            `json:"tracking_id"`
}

// HandlerFunc handles one message; every channel calls the same one.
type HandlerFunc func(ctx context.Context, m Message) ([]Reply, error)

// Middleware wraps a handler (authorization, logging, recovery...).
type Middleware func(HandlerFunc) HandlerFunc

// Chain wraps h in the middleware, the first one outermost.
func Chain(h HandlerFunc, mws ...Middleware) HandlerFunc {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// Recover turns a panic in a handler into an error and a fixed reply, so
// one bad message never stops the bot.
func Recover(log *slog.Logger, sorry string) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, m Message) (out []Reply, err error) {
			defer func() {
				if r := recover(); r != nil {
					log.Error("handler panic", "platform", m.Platform, "chat", m.ChatID, "panic", r, "stack", string(debug.Stack()))
					out, err = []Reply{{Text: sorry}}, fmt.Errorf("bot: handler panic: %v", r)
				}
			}()
			return next(ctx, m)
		}
	}
}

// Log records every message handled, with its duration and outcome. The
// message text is not logged: it may hold figures a unit has not yet confirmed.
func Log(log *slog.Logger) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, m Message) ([]Reply, error) {
			start := time.Now()
			out, err := next(ctx, m)
			attrs := []any{"platform", m.Platform, "chat", m.ChatID, "replies", len(out), "took", time.Since(start)}
			if err != nil {
				log.Error("message failed", append(attrs, "err", err)...)
			} else {
				log.Debug("message handled", attrs...)
			}
			return out, err
		}
	}
}
