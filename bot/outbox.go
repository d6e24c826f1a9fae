package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Deliverer sends one reply to a chat on one platform.
type Deliverer interface {
	Deliver(ctx context.Context, chatID string, r Reply) error
}

// RetryAfterError is a platform's "too many requests, retry after".
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string { return fmt.Sprintf("retry after %s: %v", e.After, e.Err) }
func (e *RetryAfterError) Unwrap() error { return e.Err }

// PermanentError is a delivery that will never succeed (chat not found,
// bot blocked). Blocked says the person blocked the bot (Telegram's 403):
// the chat account is then marked inactive, so reminders stop trying it.
type PermanentError struct {
	Err     error
	Blocked bool
}

func (e *PermanentError) Error() string { return "permanent: " + e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// payload is what an outbox row carries besides its text.
type payload struct {
	Options  []Option  `json:"options,omitempty"`
	Photo    *File     `json:"photo,omitempty"`
	Document *File     `json:"document,omitempty"`
	Template *Template `json:"template,omitempty"`
}

// EncodeReply turns a reply into an outbox row's body and payload.
func EncodeReply(r Reply) (body, extra string, err error) {
	p := payload{Options: r.Options, Photo: r.Photo, Document: r.Document, Template: r.Template}
	if len(p.Options) == 0 && p.Photo == nil && p.Document == nil && p.Template == nil {
		return r.Text, "", nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", "", fmt.Errorf("bot: encode reply: %w", err)
	}
	return r.Text, string(b), nil
}

// DecodeReply is the inverse of EncodeReply.
func DecodeReply(body, extra string) (Reply, error) {
	r := Reply{Text: body}
	if extra == "" {
		return r, nil
	}
	var p payload
	if err := json.Unmarshal([]byte(extra), &p); err != nil {
		return r, fmt.Errorf("bot: decode reply: %w", err)
	}
	r.Options, r.Photo, r.Document, r.Template = p.Options, p.Photo, p.Document, p.Template
	return r, nil
}

// The longest text one message carries, in characters: Telegram's
// sendMessage takes 4096, a Zalo OA message 2000.
const (
	TelegramMaxText = 4096
	ZaloMaxText     = 2000
)

// MaxTextLength is the longest text one message carries on a platform.
func MaxTextLength(platform string) int {
	if platform == "zalo" {
		return ZaloMaxText
	}
	return TelegramMaxText
}

// SplitReply cuts a reply into the messages a platform sends for it, each
// one outbox row with its own key, so that a crash between a send and its
// record repeats one part, never the whole reply: the text in parts of at
// most MaxTextLength (the options under the last), then the photo, then the
// document, each alone.
func SplitReply(platform string, r Reply) []Reply {
	var out []Reply
	if r.Text != "" || r.Template != nil || len(r.Options) > 0 {
		parts := SplitText(r.Text, MaxTextLength(platform))
		for i, p := range parts {
			part := Reply{Text: p}
			if i == len(parts)-1 {
				part.Options, part.Template = r.Options, r.Template
			}
			out = append(out, part)
		}
	}
	if r.Photo != nil {
		out = append(out, Reply{Photo: r.Photo})
	}
	if r.Document != nil {
		out = append(out, Reply{Document: r.Document})
	}
	return out
}
