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

// Deliver sends one reply, as the outbox gives it (one part per row, see
// bot.SplitReply): a ZNS template to a phone number; a chart as an uploaded
// image; a workbook as an uploaded file; or text, whose options become
// numbered lines the person answers with their number (Zalo text messages
// have no buttons). When an upload is refused or too large, a short text
// says so instead: the reply's own text went out in the row before.
func (ch Channel) Deliver(ctx context.Context, userID string, r bot.Reply) error {
	var err error
	switch {
	case r.Template != nil:
		_, err = ch.Client.SendTemplate(ctx, userID, r.Template.ID, r.Template.Data, r.Template.TrackingID)
	case r.Photo != nil:
		err = ch.attach(ctx, userID, func() (string, error) {
			id, err := ch.Client.UploadImage(ctx, r.Photo.Name, r.Photo.Data)
			if err != nil {
				return "", err
			}
			return ch.Client.SendImage(ctx, userID, id, r.Text)
		}, msgNoImage)
	case r.Document != nil:
		err = ch.attach(ctx, userID, func() (string, error) {
			token, err := ch.Client.UploadFile(ctx, r.Document.Name, r.Document.Data)
			if err != nil {
				return "", err
			}
			return ch.Client.SendFile(ctx, userID, token)
		}, msgNoFile)
	default:
		err = ch.text(ctx, userID, r)
	}
	return classify(err)
}

// attach sends an attachment, or fallback as text when the upload or its
// message is refused (not on a network error: the outbox retries those).
func (ch Channel) attach(ctx context.Context, userID string, send func() (string, error), fallback string) error {
	_, err := send()
	var apiErr *APIError
	if errors.Is(err, ErrTooLarge) || (errors.As(err, &apiErr) && !apiErr.TokenInvalid()) {
		_, err = ch.Client.SendText(ctx, userID, fallback)
	}
	return err
}

func (ch Channel) text(ctx context.Context, userID string, r bot.Reply) error {
	text := r.Text
	if len(r.Options) > 0 {
		text += "\n" + NumberedOptions(r.Options)
	}
	for _, part := range bot.SplitText(text, MaxTextLength) {
		if _, err := ch.Client.SendText(ctx, userID, part); err != nil {
			return err
		}
	}
	return nil
}

// classify maps Zalo's answer to the sender's retry policy: a refusal other
// than the token's will not change on retry (user does not follow the OA,
// outside the reply window, template or phone refused).
func classify(err error) error {
	var apiErr *APIError
	if errors.As(err, &apiErr) && !apiErr.TokenInvalid() {
		return &bot.PermanentError{Err: err}
	}
	return err
}

// MaxTextLength is the longest text a Zalo OA message carries.
const MaxTextLength = bot.ZaloMaxText

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
	msgAnswerWith = "Trả lời %s."
	msgNoImage    = "(Không gửi được ảnh biểu đồ qua Zalo; số liệu có ở tin nhắn trên.)"
	msgNoFile     = "(Không gửi được tệp qua Zalo; hãy dùng lệnh /xuat trên Telegram hoặc liên hệ quản trị.)"
)

// Events turns verified webhook events into dispatched messages; texts
// (user_send_text) and files (user_send_file) are acted on. A file is
// passed on with its name and size but not downloaded: the bot takes
// files on Telegram, and the handlers answer a Zalo file with how to send
// it there. The event's msg_id is the dedup key, so a redelivered event is
// handled once. A failure to record it answers 500 and Zalo delivers the
// event again.
func Events(dispatch func(ctx context.Context, updateID string, m bot.Message) (bool, error)) func(ctx context.Context, ev Event) error {
	return func(ctx context.Context, ev Event) error {
		if (ev.EventName != "user_send_text" && ev.EventName != "user_send_file") || ev.Message.MsgID == "" {
			return nil
		}
		m := bot.Message{Platform: Platform, ChatID: ev.Sender.ID, UserID: ev.Sender.ID, Text: ev.Message.Text, Time: time.Now()}
		if ev.EventName == "user_send_file" {
			m.Text, m.Document = "", &bot.Document{}
			for _, a := range ev.Message.Attachments {
				if a.Type == "file" {
					m.Document = &bot.Document{Name: a.Payload.Name, Size: int64(a.Payload.Size)}
					break
				}
			}
		}
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
