package telegram

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/hatinh-stttt/chatbot/bot"
)

// Deliver sends a reply: text in HTML parse mode, split on line boundaries
// when longer than Telegram allows, options as an inline keyboard under the
// last part, then a photo or document if any. Errors carry Telegram's
// retry_after (bot.RetryAfterError) or say the chat can never be reached
// (bot.PermanentError).
// Specs: https://core.telegram.org/bots/api#sendmessage,
// #sendphoto, #senddocument, #inlinekeyboardmarkup
func (c *Channel) Deliver(ctx context.Context, chatID string, r bot.Reply) error {
	id, err := strconv.ParseInt(chatID, 10, 64)
	if err != nil {
		return &bot.PermanentError{Err: fmt.Errorf("telegram: chat id %q: %w", chatID, err)}
	}
	parts := Split(r.Text, MaxMessageLength)
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

// Split cuts text into parts of at most max characters, at line breaks
// where it can, else at spaces, else anywhere.
func Split(text string, max int) []string {
	if utf8.RuneCountInString(text) <= max {
		return []string{text}
	}
	var parts []string
	rest := text
	for utf8.RuneCountInString(rest) > max {
		cut := byteIndexOfRune(rest, max)
		window := rest[:cut]
		at := strings.LastIndex(window, "\n")
		if at <= 0 {
			at = strings.LastIndex(window, " ")
		}
		if at <= 0 {
			at = cut
		}
		parts = append(parts, strings.TrimRight(rest[:at], "\n "))
		rest = strings.TrimLeft(rest[at:], "\n ")
	}
	if rest = strings.TrimRight(rest, "\n "); rest != "" {
		parts = append(parts, rest)
	}
	return parts
}

// byteIndexOfRune is the byte offset of the n-th rune.
func byteIndexOfRune(s string, n int) int {
	i := 0
	for pos := range s {
		if i == n {
			return pos
		}
		i++
	}
	return len(s)
}
