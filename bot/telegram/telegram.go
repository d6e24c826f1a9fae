// Package telegram is the Telegram channel: long polling with its own loop
// (the offset moves only after an update is handled and recorded), a
// webhook that checks Telegram's secret header, and delivery of replies
// with HTML escaping, inline keyboards and Telegram's rate limits. It wraps
// github.com/go-telegram-bot-api/telegram-bot-api/v5 and cites the Bot API
// on each call: https://core.telegram.org/bots/api
package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/hatinh-stttt/chatbot/bot"
)

// Platform is the name of this channel in messages, accounts and the outbox.
const Platform = "telegram"

// MaxMessageLength is Telegram's limit on a text message, in characters.
const MaxMessageLength = bot.TelegramMaxText

// Config configures the channel.
type Config struct {
	Token    string
	Endpoint string // go-telegram-bot-api format: "https://api.telegram.org/bot%s/%s"
	HTTP     *http.Client
	// PollTimeout is the long-poll wait of getUpdates; default 25 s.
	PollTimeout time.Duration
	Log         *slog.Logger
}

// Channel talks to one bot.
type Channel struct {
	api *tgbotapi.BotAPI
	cfg Config
}

// Dispatch handles one update exactly once (bot.Dispatcher.Dispatch).
type Dispatch func(ctx context.Context, updateID string, m bot.Message) (bool, error)

// New connects with getMe, so a wrong token fails here with one clear error.
// Specs: https://core.telegram.org/bots/api#getme
func New(cfg Config) (*Channel, error) {
	if cfg.Token == "" {
		return nil, errors.New("telegram: TELEGRAM_BOT_TOKEN is empty")
	}
	if cfg.HTTP == nil {
		// The sender keeps several requests in flight: keep as many
		// connections open (the default transport keeps two).
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 64
		cfg.HTTP = &http.Client{Timeout: 60 * time.Second, Transport: tr}
	}
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 25 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	api, err := connect(cfg, cfg.HTTP)
	if err != nil {
		return nil, err
	}
	return &Channel{api: api, cfg: cfg}, nil
}

func connect(cfg Config, client tgbotapi.HTTPClient) (*tgbotapi.BotAPI, error) {
	api, err := tgbotapi.NewBotAPIWithClient(cfg.Token, cfg.Endpoint, client)
	if err == nil {
		return api, nil
	}
	var tgErr *tgbotapi.Error
	if errors.As(err, &tgErr) && (tgErr.Code == http.StatusUnauthorized || tgErr.Code == http.StatusNotFound) {
		return nil, fmt.Errorf("telegram: the bot token was rejected (%s): check TELEGRAM_BOT_TOKEN", tgErr.Message)
	}
	return nil, fmt.Errorf("telegram: cannot reach the Bot API at %s: %v", redact(cfg.Endpoint), redactErr(err, cfg.Token))
}

// Username is the bot's @name.
func (c *Channel) Username() string { return c.api.Self.UserName }

// commands are the chat commands with their Vietnamese descriptions.
var commands = []tgbotapi.BotCommand{
	{Command: "help", Description: "Hướng dẫn sử dụng"},
	{Command: "dangky", Description: "Đăng ký bằng mã mời: /dangky MÃ"},
	{Command: "nop", Description: "Gửi số liệu báo cáo quý của đơn vị"},
	{Command: "baocao", Description: "Tình hình nộp báo cáo của các đơn vị"},
	{Command: "nhacnho", Description: "Xem và gửi nhắc nhở báo cáo (quản trị)"},
	{Command: "bieudo", Description: "Vẽ biểu đồ một chỉ tiêu"},
	{Command: "xuat", Description: "Xuất số liệu một kỳ ra tệp Excel"},
	{Command: "lichsu", Description: "Lịch sử số liệu của một đơn vị: /lichsu ĐƠN_VỊ KỲ"},
	{Command: "mau", Description: "Mẫu Excel để nạp số liệu hoặc gửi báo cáo"},
	{Command: "moi", Description: "Tạo mã mời (quản trị): /moi ĐƠN_VỊ VAI_TRÒ [tên]"},
	{Command: "nguoidung", Description: "Danh sách người dùng (quản trị)"},
	{Command: "thuhoi", Description: "Thu hồi quyền một người dùng (quản trị)"},
	{Command: "huy", Description: "Huỷ thao tác đang làm"},
}

// SetCommands publishes the command list shown in Telegram's menu.
// Specs: https://core.telegram.org/bots/api#setmycommands
func (c *Channel) SetCommands() error {
	if _, err := c.api.Request(tgbotapi.NewSetMyCommands(commands...)); err != nil {
		return c.scrub("setMyCommands", err)
	}
	return nil
}

// SetWebhook registers url with a secret_token that Telegram sends back in
// X-Telegram-Bot-Api-Secret-Token; the library's WebhookConfig has no such
// field, so the raw request is used.
// Specs: https://core.telegram.org/bots/api#setwebhook
func (c *Channel) SetWebhook(url, secret string) error {
	params := tgbotapi.Params{"url": url, "secret_token": secret, "allowed_updates": `["message","callback_query"]`}
	if _, err := c.api.MakeRequest("setWebhook", params); err != nil {
		return c.scrub("setWebhook", err)
	}
	return nil
}

// DeleteWebhook switches the bot back to getUpdates.
// Specs: https://core.telegram.org/bots/api#deletewebhook
func (c *Channel) DeleteWebhook() error {
	if _, err := c.api.MakeRequest("deleteWebhook", tgbotapi.Params{}); err != nil {
		return c.scrub("deleteWebhook", err)
	}
	return nil
}

// Message converts an update into the channel-neutral message; ok is false
// for kinds of update the bot does not act on.
func Message(u tgbotapi.Update) (bot.Message, bool) {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		m := bot.Message{Platform: Platform, ChatID: strconv.FormatInt(u.Message.Chat.ID, 10), Text: u.Message.Text,
			Time: u.Message.Time()}
		if d := u.Message.Document; d != nil {
			m.Text = u.Message.Caption
			m.Document = &bot.Document{Name: d.FileName, MIME: d.MimeType, Size: int64(d.FileSize)}
		}
		if u.Message.From != nil {
			m.UserID = strconv.FormatInt(u.Message.From.ID, 10)
			m.Name = strings.TrimSpace(u.Message.From.FirstName + " " + u.Message.From.LastName)
		}
		return m, true
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		m := bot.Message{Platform: Platform, UserID: strconv.FormatInt(u.CallbackQuery.From.ID, 10), Text: u.CallbackQuery.Data,
			Button: true, Time: time.Now()}
		if u.CallbackQuery.Message != nil && u.CallbackQuery.Message.Chat != nil {
			m.ChatID = strconv.FormatInt(u.CallbackQuery.Message.Chat.ID, 10)
		} else {
			m.ChatID = m.UserID
		}
		m.Name = strings.TrimSpace(u.CallbackQuery.From.FirstName + " " + u.CallbackQuery.From.LastName)
		return m, true
	}
	return bot.Message{}, false
}

// handle dispatches one update and acknowledges a button press.
func (c *Channel) handle(ctx context.Context, u tgbotapi.Update, d Dispatch) error {
	id := strconv.Itoa(u.UpdateID)
	m, ok := Message(u)
	if !ok {
		m = bot.Message{Platform: Platform} // recorded as handled, nothing to reply
	}
	if m.Document != nil {
		c.fetch(ctx, u.Message.Document.FileID, m.Document)
	}
	_, err := d(ctx, id, m)
	var herr *bot.HandlerError
	if err != nil && !errors.As(err, &herr) {
		return err
	}
	if err != nil {
		c.cfg.Log.Error("telegram: handler failed", "update", id, "err", err)
	}
	if u.CallbackQuery != nil {
		// Specs: https://core.telegram.org/bots/api#answercallbackquery
		if _, err := c.api.Request(tgbotapi.NewCallback(u.CallbackQuery.ID, "")); err != nil {
			c.cfg.Log.Warn("telegram: answerCallbackQuery", "err", redactErr(err, c.cfg.Token))
		}
	}
	return nil
}

// Poll reads updates with getUpdates until ctx ends. The offset that
// confirms an update to Telegram moves past it only after it was handled
// and recorded, so a crash loses nothing; the record makes a redelivery a
// no-op. (The library's GetUpdatesChan moves the offset first.)
// Specs: https://core.telegram.org/bots/api#getupdates
func (c *Channel) Poll(ctx context.Context, d Dispatch) error {
	// A client bound to ctx, so shutting down aborts the long poll at once.
	poller, err := connect(c.cfg, ctxClient{ctx: ctx, c: c.cfg.HTTP})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	offset, failures := 0, 0
	for ctx.Err() == nil {
		updates, err := poller.GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Limit: 100, Timeout: int(c.cfg.PollTimeout / time.Second),
			AllowedUpdates: []string{"message", "callback_query"}})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			failures++
			wait := bot.Backoff(failures)
			if ra := retryAfter(err); ra > 0 {
				wait = ra
			}
			c.cfg.Log.Warn("telegram: getUpdates failed", "err", redactErr(err, c.cfg.Token), "retry_in", wait)
			sleep(ctx, wait)
			continue
		}
		failures = 0
		for _, u := range updates {
			if err := c.handle(ctx, u, d); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				// Not recorded (database down?): stop here, keep the offset,
				// and get the same update again after a pause.
				c.cfg.Log.Error("telegram: update not recorded", "update", u.UpdateID, "err", err)
				sleep(ctx, time.Second)
				break
			}
			offset = u.UpdateID + 1
		}
	}
	return nil
}

// Webhook serves POST /telegram/webhook. A request without the secret set
// with setWebhook is refused with 401 before its body is read.
// Specs: https://core.telegram.org/bots/api#setwebhook (secret_token)
func (c *Channel) Webhook(secret string, d Dispatch) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var u tgbotapi.Update
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&u); err != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		if err := c.handle(r.Context(), u, d); err != nil {
			// Telegram retries a failed delivery; the record dedups it.
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}

// ctxClient sends every request with a fixed context.
type ctxClient struct {
	ctx context.Context
	c   *http.Client
}

func (c ctxClient) Do(r *http.Request) (*http.Response, error) { return c.c.Do(r.WithContext(c.ctx)) }

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// retryAfter reads Telegram's retry_after from an error (both the JSON and
// the upload path set it; only the JSON path sets the code).
func retryAfter(err error) time.Duration {
	var tgErr *tgbotapi.Error
	if errors.As(err, &tgErr) && tgErr.RetryAfter > 0 {
		return time.Duration(tgErr.RetryAfter) * time.Second
	}
	return 0
}

// scrub turns a Bot API error into one that is safe to log or print: the
// library's transport errors quote the request URL, which holds the token.
// The chain is cut on purpose, so that no caller can reach the original.
func (c *Channel) scrub(method string, err error) error {
	return errors.New("telegram: " + method + ": " + redactErr(err, c.cfg.Token))
}

// redact hides the token in an endpoint for logs.
func redact(endpoint string) string {
	return strings.Replace(endpoint, "%s/%s", "<token>/<method>", 1)
}

// redactErr hides the token in errors that quote a request URL, as typed
// and as the URL escapes it.
func redactErr(err error, token string) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if token == "" {
		return msg
	}
	for _, t := range []string{token, url.PathEscape(token), url.QueryEscape(token)} {
		msg = strings.ReplaceAll(msg, t, "<token>")
	}
	return msg
}

// escape makes text safe for parse_mode HTML.
func escape(s string) string { return html.EscapeString(s) }
