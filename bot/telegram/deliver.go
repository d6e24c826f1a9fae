package telegram

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/hatinh-stttt/chatbot/bot"
)

// Deliver sends a reply: text in HTML parse mode, split on line boundaries
// when longer than Telegram allows, options as an inline keyboard under the
// last part, then a photo or document if any. The outbox gives it one part
// at a time (bot.SplitReply), so that each row is one call. Errors carry Telegram's
// retry_after (bot.RetryAfterError) or say the chat can never be reached
// (bot.PermanentError).
// Specs: https://core.telegram.org/bots/api#sendmessage,
// #sendphoto, #senddocument, #inlinekeyboardmarkup
func (c *Channel) Deliver(ctx context.Context, chatID string, r bot.Reply) error {
	id, err := strconv.ParseInt(chatID, 10, 64)
	if err != nil {
		return &bot.PermanentError{Err: fmt.Errorf("telegram: chat id %q: %w", chatID, err)}
	}
	var parts []string
	if r.Text != "" {
		parts = bot.SplitText(r.Text, MaxMessageLength)
	}
	for i, part := range parts {
		msg := tgbotapi.NewMessage(id, escape(part))
		msg.ParseMode = tgbotapi.ModeHTML
		if i == len(parts)-1 && len(r.Options) > 0 {
			msg.ReplyMarkup = keyboard(r.Options)
		}
		if _, err := c.api.Send(msg); err != nil {
			return classify(err, c.cfg.Token)
		}
	}
	if r.Photo != nil {
		if _, err := c.api.Send(tgbotapi.NewPhoto(id, tgbotapi.FileBytes{Name: r.Photo.Name, Bytes: r.Photo.Data})); err != nil {
			return classify(err, c.cfg.Token)
		}
	}
	if r.Document != nil {
		if _, err := c.api.Send(tgbotapi.NewDocument(id, tgbotapi.FileBytes{Name: r.Document.Name, Bytes: r.Document.Data})); err != nil {
			return classify(err, c.cfg.Token)
		}
	}
	return nil
}

// keyboard puts each option on its own row; callback data is the option's
// short Data (at most 64 bytes on Telegram).
func keyboard(opts []bot.Option) tgbotapi.InlineKeyboardMarkup {
	rows := make([][]tgbotapi.InlineKeyboardButton, len(opts))
	for i, o := range opts {
		data := o.Data
		if len(data) > 64 {
			data = data[:64]
		}
		rows[i] = tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData(o.Label, data))
	}
	return tgbotapi.NewInlineKeyboardMarkup(rows...)
}

// classify maps a Bot API error to the sender's retry policy.
func classify(err error, token string) error {
	plain := errors.New("telegram: " + redactErr(err, token))
	if ra := retryAfter(err); ra > 0 {
		return &bot.RetryAfterError{After: ra, Err: plain}
	}
	var tgErr *tgbotapi.Error
	if errors.As(err, &tgErr) && (tgErr.Code == 400 || tgErr.Code == 403) {
		// Bad request (chat not found) or blocked by the user: retrying
		// will not help.
		return &bot.PermanentError{Err: plain}
	}
	return plain
}
