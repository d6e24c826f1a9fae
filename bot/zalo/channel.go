package zalo

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Platform is the name of this channel in messages, accounts and the outbox.
const Platform = "zalo"

// Channel adapts the client to the bot core: it delivers replies and turns
// webhook events into messages for the dispatcher.
type Channel struct {
	Client *Client
}

// Deliver sends a reply as text; Zalo text messages have no buttons, so
// options become numbered lines the person answers with their number.
func (ch Channel) Deliver(ctx context.Context, userID string, r bot.Reply) error {
	text := r.Text
	if len(r.Options) > 0 {
		text += "\n" + NumberedOptions(r.Options)
	}
	if r.Photo != nil || r.Document != nil {
		text += "\n" + msgNoAttachments
	}
	for _, part := range bot.SplitText(text, MaxTextLength) {
		if _, err := ch.Client.SendText(ctx, userID, part); err != nil {
			var apiErr *APIError
			if errors.As(err, &apiErr) && !apiErr.TokenInvalid() {
				// The OA refused this message (user does not follow the OA,
				// outside the reply window...): retrying will not help.
				return &bot.PermanentError{Err: err}
			}
			return err
		}
	}
	return nil
}

// MaxTextLength is the longest text a Zalo OA message carries.
const MaxTextLength = 2000

// NumberedOptions lists options as "1. …" lines with how to answer.
func NumberedOptions(opts []bot.Option) string {
	var b strings.Builder
	nums := make([]string, len(opts))
	for i, o := range opts {
		fmt.Fprintf(&b, "%d. %s\n", i+1, o.Label)
		nums[i] = fmt.Sprint(i + 1)
	}
	last := nums[len(nums)-1]
	if len(nums) > 1 {
		fmt.Fprintf(&b, msgAnswerWith, strings.Join(nums[:len(nums)-1], ", ")+" hoặc "+last)
	} else {
		fmt.Fprintf(&b, msgAnswerWith, last)
	}
	return b.String()
}

const (
	msgAnswerWith    = "Trả lời %s."
	msgNoAttachments = "(Tệp đính kèm chỉ gửi được qua Telegram.)"
)

// Events turns verified webhook events into dispatched messages; only
// user_send_text is acted on. The event's msg_id is the dedup key, so a
// redelivered event is handled once. A failure to record it answers 500
// and Zalo delivers the event again.
func Events(dispatch func(ctx context.Context, updateID string, m bot.Message) (bool, error)) func(ctx context.Context, ev Event) error {
	return func(ctx context.Context, ev Event) error {
		if ev.EventName != "user_send_text" || ev.Message.MsgID == "" {
			return nil
		}
		m := bot.Message{Platform: Platform, ChatID: ev.Sender.ID, UserID: ev.Sender.ID, Text: ev.Message.Text, Time: time.Now()}
		_, err := dispatch(ctx, "msg:"+ev.Message.MsgID, m)
		var herr *bot.HandlerError
		if errors.As(err, &herr) {
			return nil
		}
		return err
	}
}

// tokenTable is a store of per-platform OAuth tokens (*queries.Store).
type tokenTable interface {
	LoadPlatformTokens(ctx context.Context, platform string) (queries.PlatformTokens, bool, error)
	SavePlatformTokens(ctx context.Context, platform string, t queries.PlatformTokens, at time.Time) error
}

// DatabaseTokens keeps the OA's tokens in the database, saved in one
// statement, so a single-use refresh token survives restarts.
func DatabaseTokens(t tokenTable) TokenStore { return dbTokens{t} }

type dbTokens struct{ t tokenTable }

func (d dbTokens) LoadTokens(ctx context.Context) (Tokens, bool, error) {
	t, ok, err := d.t.LoadPlatformTokens(ctx, Platform)
	return Tokens{AccessToken: t.AccessToken, RefreshToken: t.RefreshToken, ExpiresAt: t.ExpiresAt}, ok, err
}

func (d dbTokens) SaveTokens(ctx context.Context, t Tokens) error {
	return d.t.SavePlatformTokens(ctx, Platform, queries.PlatformTokens{AccessToken: t.AccessToken, RefreshToken: t.RefreshToken,
		ExpiresAt: t.ExpiresAt}, time.Now())
}
