package telegramtest_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
)

const (
	token  = "123456:TEST-token"
	chatID = int64(401234567)
	userID = int64(401234567)
)

// reference is where the documented payload shapes live.
var reference = filepath.Join("..", "..", "..", "testdata", "telegram")

func newBot(t *testing.T) (*telegramtest.Server, *tgbotapi.BotAPI) {
	t.Helper()
	srv := telegramtest.New(t, token)
	bot, err := tgbotapi.NewBotAPIWithAPIEndpoint(token, srv.Endpoint())
	if err != nil {
		t.Fatalf("NewBotAPIWithAPIEndpoint: %v", err)
	}
	return srv, bot
}

// apiError unwraps the *tgbotapi.Error the client returns for ok=false.
func apiError(t *testing.T, err error) *tgbotapi.Error {
	t.Helper()
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("error = %v (%T), want *tgbotapi.Error", err, err)
	}
	return apiErr
}

func TestGetMe(t *testing.T) {
	srv := telegramtest.New(t, token)
	tests := []struct {
		name     string
		token    string
		wantCode int
	}{
		{name: "right token", token: token},
		{name: "wrong token", token: "123456:wrong", wantCode: http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bot, err := tgbotapi.NewBotAPIWithAPIEndpoint(tt.token, srv.Endpoint())
			if tt.wantCode != 0 {
				if e := apiError(t, err); e.Code != tt.wantCode || e.Message != "Unauthorized" {
					t.Fatalf("error = %d %q, want %d Unauthorized", e.Code, e.Message, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewBotAPIWithAPIEndpoint: %v", err)
			}
			if !bot.Self.IsBot || bot.Self.UserName != "TroLySoLieuBot" {
				t.Fatalf("Self = %+v, want bot TroLySoLieuBot", bot.Self)
			}
		})
	}
	if got := srv.Calls("getMe"); len(got) != 2 || got[0].Status != 200 || got[1].Status != 401 {
		t.Fatalf("getMe calls = %+v, want a 200 then a 401", got)
	}
}

func TestGetUpdatesOffsets(t *testing.T) {
	srv, bot := newBot(t)
	for _, text := range []string{"một", "hai", "ba"} {
		srv.PushMessage(chatID, userID, text)
	}
	steps := []struct {
		name       string
		config     tgbotapi.UpdateConfig
		wantIDs    []int
		wantOffset int
	}{
		{name: "no offset returns all", config: tgbotapi.UpdateConfig{}, wantIDs: []int{1, 2, 3}},
		{name: "limit", config: tgbotapi.UpdateConfig{Limit: 2}, wantIDs: []int{1, 2}},
		{name: "offset confirms earlier", config: tgbotapi.UpdateConfig{Offset: 3}, wantIDs: []int{3}, wantOffset: 3},
		{name: "confirmed never return", config: tgbotapi.UpdateConfig{Offset: 1}, wantIDs: []int{3}, wantOffset: 3},
		{name: "all confirmed", config: tgbotapi.UpdateConfig{Offset: 4}, wantIDs: []int{}, wantOffset: 4},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			updates, err := bot.GetUpdates(step.config)
			if err != nil {
				t.Fatalf("GetUpdates: %v", err)
			}
			ids := []int{}
			for _, u := range updates {
				ids = append(ids, u.UpdateID)
			}
			if !slices.Equal(ids, step.wantIDs) {
				t.Fatalf("update ids = %v, want %v", ids, step.wantIDs)
			}
			if got := srv.Offset(); got != step.wantOffset {
				t.Fatalf("Offset() = %d, want %d", got, step.wantOffset)
			}
		})
	}
}

func TestLongPoll(t *testing.T) {
	tests := []struct {
		name    string
		push    bool
		want    int
		atLeast time.Duration
		atMost  time.Duration
	}{
		{name: "returns early on push", push: true, want: 1, atMost: 3 * time.Second},
		{name: "waits out the timeout", want: 0, atLeast: time.Second, atMost: 3 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, bot := newBot(t)
			if tt.push {
				time.AfterFunc(200*time.Millisecond, func() { srv.PushMessage(chatID, userID, "có ai không?") })
			}
			config := tgbotapi.NewUpdate(0)
			config.Timeout = map[bool]int{true: 10, false: 1}[tt.push]
			start := time.Now()
			updates, err := bot.GetUpdates(config)
			elapsed := time.Since(start)
			if err != nil {
				t.Fatalf("GetUpdates: %v", err)
			}
			if len(updates) != tt.want || elapsed < tt.atLeast || elapsed > tt.atMost {
				t.Fatalf("got %d updates after %v, want %d within [%v, %v]", len(updates), elapsed, tt.want, tt.atLeast, tt.atMost)
			}
		})
	}
}

func TestLongPollReleasedOnClose(t *testing.T) {
	done := make(chan time.Duration, 1)
	t.Run("server", func(t *testing.T) {
		_, bot := newBot(t)
		go func() {
			start := time.Now()
			config := tgbotapi.NewUpdate(0)
			config.Timeout = 30
			_, _ = bot.GetUpdates(config)
			done <- time.Since(start)
		}()
		time.Sleep(100 * time.Millisecond) // let the poll start
	}) // the subtest's cleanup closes the server
	select {
	case elapsed := <-done:
		t.Logf("long poll released after %v", elapsed)
	case <-time.After(5 * time.Second):
		t.Fatal("long poll still pending after the server closed")
	}
}

func TestSendMessageRecordsParams(t *testing.T) {
	srv, bot := newBot(t)
	msg := tgbotapi.NewMessage(chatID, "<b>Quý 2/2024</b>: 3 đơn vị chưa nộp")
	msg.ParseMode = tgbotapi.ModeHTML
	msg.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(
		tgbotapi.NewInlineKeyboardButtonData("Xem danh sách", "overdue:2024-Q2"),
	))
	var ids []int
	for range 2 {
		sent, err := bot.Send(msg)
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		ids = append(ids, sent.MessageID)
		if sent.Chat.ID != chatID || sent.Text != "Quý 2/2024: 3 đơn vị chưa nộp" || sent.Date == 0 {
			t.Fatalf("sent = chat %d text %q date %d, want the chat, the text without tags and a date", sent.Chat.ID, sent.Text, sent.Date)
		}
		if sent.ReplyMarkup == nil || sent.ReplyMarkup.InlineKeyboard[0][0].Text != "Xem danh sách" {
			t.Fatalf("sent.ReplyMarkup = %+v, want the keyboard echoed", sent.ReplyMarkup)
		}
	}
	if ids[1] <= ids[0] {
		t.Fatalf("message ids = %v, want increasing", ids)
	}

	calls := srv.Sent()
	if len(calls) != 2 {
		t.Fatalf("Sent() = %d calls, want 2", len(calls))
	}
	var markup tgbotapi.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(calls[0].Params["reply_markup"]), &markup); err != nil {
		t.Fatalf("reply_markup %q: %v", calls[0].Params["reply_markup"], err)
	}
	got := calls[0].Params
	if got["parse_mode"] != "HTML" || got["chat_id"] != "401234567" || got["text"] != msg.Text ||
		*markup.InlineKeyboard[0][0].CallbackData != "overdue:2024-Q2" {
		t.Fatalf("params = %v, want parse_mode HTML, chat_id, raw text and the keyboard", got)
	}
}

func TestSendMessageRejects(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		parseMode string
		data      string
		want      string
	}{
		{name: "unknown tag", text: "Dòng 1<br>Dòng 2", parseMode: tgbotapi.ModeHTML, want: "Unsupported start tag \"br\""},
		{name: "unescaped less-than", text: "Tỉ lệ < 50%", parseMode: tgbotapi.ModeHTML, want: "can't parse entities"},
		{name: "unclosed tag", text: "<b>Quan trọng", parseMode: tgbotapi.ModeHTML, want: "Can't find end tag"},
		{name: "too long", text: strings.Repeat("ả", 4097), want: "message is too long"},
		{name: "empty", text: "", want: "message text is empty"},
		{name: "whitespace only", text: " \n", want: "message text is empty"},
		{name: "callback data over 64 bytes", text: "Chọn", data: strings.Repeat("đ", 33), want: "BUTTON_DATA_INVALID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, bot := newBot(t)
			msg := tgbotapi.NewMessage(chatID, tt.text)
			msg.ParseMode = tt.parseMode
			if tt.data != "" {
				msg.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(
					tgbotapi.NewInlineKeyboardButtonData("Nút", tt.data)))
			}
			_, err := bot.Send(msg)
			if e := apiError(t, err); e.Code != 400 || !strings.Contains(e.Message, tt.want) {
				t.Fatalf("error = %d %q, want 400 containing %q", e.Code, e.Message, tt.want)
			}
			if calls := srv.Calls("sendMessage"); len(calls) != 1 || calls[0].Status != 400 || len(srv.Sent()) != 0 {
				t.Fatalf("calls = %+v, want one failed sendMessage", calls)
			}
		})
	}
}

func TestCallbackQuery(t *testing.T) {
	srv, bot := newBot(t)
	srv.PushCallback(chatID, userID, 42, "period:2024-Q2")
	updates, err := bot.GetUpdates(tgbotapi.NewUpdate(0))
	if err != nil || len(updates) != 1 || updates[0].CallbackQuery == nil {
		t.Fatalf("GetUpdates = %+v, %v, want one callback query", updates, err)
	}
	query := updates[0].CallbackQuery
	if query.ID != "cb1" || query.Data != "period:2024-Q2" || query.From.ID != userID ||
		query.Message.MessageID != 42 || query.Message.Chat.ID != chatID {
		t.Fatalf("callback query = %+v, want cb1 with data, sender and message 42", query)
	}

	if _, err := bot.Request(tgbotapi.NewCallback(query.ID, "Đã chọn quý 2")); err != nil {
		t.Fatalf("answerCallbackQuery: %v", err)
	}
	_, err = bot.Request(tgbotapi.NewCallback(query.ID, "lần hai"))
	if e := apiError(t, err); !strings.Contains(e.Message, "query is too old") {
		t.Fatalf("second answer error = %q, want query is too old", e.Message)
	}
	calls := srv.Calls("answerCallbackQuery")
	if len(calls) != 2 || calls[0].Params["callback_query_id"] != "cb1" || calls[0].Params["text"] != "Đã chọn quý 2" || calls[1].Status != 400 {
		t.Fatalf("answerCallbackQuery calls = %+v", calls)
	}

	edit := tgbotapi.NewEditMessageTextAndMarkup(chatID, 42, "Đã chọn quý 2/2024", tgbotapi.NewInlineKeyboardMarkup(
		tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("Đổi kỳ", "period:change"))))
	edited, err := bot.Send(edit)
	if err != nil || edited.MessageID != 42 || edited.Text != "Đã chọn quý 2/2024" || edited.EditDate == 0 {
		t.Fatalf("editMessageText = %+v, %v, want message 42 edited", edited, err)
	}
	if _, err := bot.Send(tgbotapi.NewEditMessageReplyMarkup(chatID, 42, tgbotapi.NewInlineKeyboardMarkup())); err != nil {
		t.Fatalf("editMessageReplyMarkup: %v", err)
	}
}

func TestUploads(t *testing.T) {
	tests := []struct {
		name   string
		method string
		field  string
		config func(tgbotapi.RequestFileData) tgbotapi.Chattable
	}{
		{name: "document", method: "sendDocument", field: "document", config: func(f tgbotapi.RequestFileData) tgbotapi.Chattable {
			doc := tgbotapi.NewDocument(chatID, f)
			doc.Caption = "Báo cáo quý 2"
			return doc
		}},
		{name: "photo", method: "sendPhoto", field: "photo", config: func(f tgbotapi.RequestFileData) tgbotapi.Chattable {
			photo := tgbotapi.NewPhoto(chatID, f)
			photo.Caption = "Biểu đồ"
			return photo
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, bot := newBot(t)
			file := tgbotapi.FileBytes{Name: "bao-cao-quy-2.xlsx", Bytes: []byte("PK\x03\x04 nội dung")}
			sent, err := bot.Send(tt.config(file))
			if err != nil {
				t.Fatalf("Send: %v", err)
			}
			if sent.Document == nil && len(sent.Photo) == 0 {
				t.Fatalf("sent = %+v, want a document or photo", sent)
			}
			calls := srv.WaitCalls(tt.method, 1, time.Second)
			got := calls[0].Files[tt.field]
			if got.Name != file.Name || !bytes.Equal(got.Data, file.Bytes) || calls[0].Params["chat_id"] != "401234567" || calls[0].Params["caption"] == "" {
				t.Fatalf("recorded %+v with params %v, want %s with its bytes, chat_id and caption", got, calls[0].Params, file.Name)
			}
		})
	}
}

func TestUploadCaptionTooLong(t *testing.T) {
	_, bot := newBot(t)
	doc := tgbotapi.NewDocument(chatID, tgbotapi.FileBytes{Name: "a.pdf", Bytes: []byte("%PDF")})
	doc.Caption = strings.Repeat("ư", 1025)
	_, err := bot.Send(doc)
	if e := apiError(t, err); e.Message != "Bad Request: message caption is too long" {
		t.Fatalf("error = %q, want caption too long", e.Message)
	}
}

func TestFailNext(t *testing.T) {
	tests := []struct {
		name           string
		method         string
		status         int
		retryAfter     int
		send           tgbotapi.Chattable
		wantCode       int
		wantRetryAfter int
		wantMessage    string
	}{
		{name: "429 on sendMessage", method: "sendMessage", status: 429, retryAfter: 3,
			send: tgbotapi.NewMessage(chatID, "xin chào"), wantCode: 429, wantRetryAfter: 3, wantMessage: "Too Many Requests: retry after 3"},
		// tgbotapi v5.5.1 UploadFiles does not copy error_code into Error.Code.
		{name: "429 on upload loses the code", method: "sendDocument", status: 429, retryAfter: 3,
			send:     tgbotapi.NewDocument(chatID, tgbotapi.FileBytes{Name: "a.txt", Bytes: []byte("a")}),
			wantCode: 0, wantRetryAfter: 3, wantMessage: "Too Many Requests: retry after 3"},
		{name: "500", method: "sendMessage", status: 500,
			send: tgbotapi.NewMessage(chatID, "xin chào"), wantCode: 500, wantMessage: "Internal Server Error"},
		{name: "403 blocked", method: "sendMessage", status: 403,
			send: tgbotapi.NewMessage(chatID, "xin chào"), wantCode: 403, wantMessage: "Forbidden: bot was blocked by the user"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, bot := newBot(t)
			srv.FailNext(tt.method, tt.status, tt.retryAfter)
			_, err := bot.Send(tt.send)
			e := apiError(t, err)
			if e.Code != tt.wantCode || e.RetryAfter != tt.wantRetryAfter || e.Message != tt.wantMessage {
				t.Fatalf("error = code %d retry_after %d %q, want %d %d %q", e.Code, e.RetryAfter, e.Message, tt.wantCode, tt.wantRetryAfter, tt.wantMessage)
			}
			if _, err := bot.Send(tt.send); err != nil {
				t.Fatalf("second Send: %v, want success", err)
			}
			if calls := srv.Calls(tt.method); len(calls) != 2 || calls[0].Status != tt.status || calls[1].Status != 200 {
				t.Fatalf("calls = %+v, want a %d then a 200", calls, tt.status)
			}
		})
	}
}

func TestEnforceLimits(t *testing.T) {
	srv, bot := newBot(t)
	srv.EnforceLimits(30, 1)
	steps := []struct {
		name      string
		chat      int64
		wait      time.Duration
		wantRetry int // 0 means success
	}{
		{name: "first to chat", chat: chatID},
		{name: "second to same chat within a second", chat: chatID, wantRetry: 1},
		{name: "other chat", chat: 501234567},
		{name: "same chat after a second", chat: chatID, wait: 1100 * time.Millisecond},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			time.Sleep(step.wait)
			_, err := bot.Send(tgbotapi.NewMessage(step.chat, "thông báo"))
			if step.wantRetry == 0 {
				if err != nil {
					t.Fatalf("Send: %v", err)
				}
				return
			}
			if e := apiError(t, err); e.Code != 429 || e.RetryAfter != step.wantRetry {
				t.Fatalf("error = %d retry_after %d, want 429 retry_after %d", e.Code, e.RetryAfter, step.wantRetry)
			}
		})
	}
}

// TestMaxPerSecondAndConnections: the fake counts arrivals in a sliding
// second and the connections a client opened (one, reused, when it sends
// one message after another).
func TestMaxPerSecondAndConnections(t *testing.T) {
	srv, bot := newBot(t) // getMe opened the connection
	for i := range 10 {
		if _, err := bot.Send(tgbotapi.NewMessage(chatID+int64(i), "thông báo")); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(1100 * time.Millisecond)
	if _, err := bot.Send(tgbotapi.NewMessage(chatID, "thông báo")); err != nil {
		t.Fatal(err)
	}
	if got := srv.MaxPerSecond(); got != 10 {
		t.Fatalf("MaxPerSecond = %d, want 10", got)
	}
	if got := srv.Connections(); got != 1 {
		t.Fatalf("%d connections for 12 sequential calls, want 1 kept alive", got)
	}
}

func TestUpdatesChannel(t *testing.T) {
	srv, bot := newBot(t)
	config := tgbotapi.NewUpdate(0)
	config.Timeout = 1
	updates := bot.GetUpdatesChan(config)
	t.Cleanup(bot.StopReceivingUpdates)
	go func() {
		for u := range updates {
			if u.Message != nil && u.Message.IsCommand() {
				_, _ = bot.Send(tgbotapi.NewMessage(u.Message.Chat.ID, "Lệnh: "+u.Message.Command()+" "+u.Message.CommandArguments()))
			}
		}
	}()
	srv.PushMessage(chatID, userID, "/baocao@TroLySoLieuBot quý 2")
	calls := srv.WaitCalls("sendMessage", 1, 5*time.Second)
	if got := calls[0].Params["text"]; got != "Lệnh: baocao quý 2" {
		t.Fatalf("reply = %q, want the parsed command", got)
	}
	// The channel confirms an update only with its next poll.
	for deadline := time.Now().Add(5 * time.Second); srv.Offset() != 2; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("Offset() = %d, want 2", srv.Offset())
		}
	}
}

func TestWebhookAndCommands(t *testing.T) {
	srv, bot := newBot(t)
	// v5.5.1 WebhookConfig has no secret_token, so adapters call MakeRequest.
	if _, err := bot.MakeRequest("setWebhook", tgbotapi.Params{"url": "https://bot.example.vn/hook", "secret_token": "s3cret_token"}); err != nil {
		t.Fatalf("setWebhook: %v", err)
	}
	if got := srv.Calls("setWebhook")[0].Params; got["url"] != "https://bot.example.vn/hook" || got["secret_token"] != "s3cret_token" {
		t.Fatalf("setWebhook params = %v", got)
	}
	if info, err := bot.GetWebhookInfo(); err != nil || info.URL != "https://bot.example.vn/hook" {
		t.Fatalf("GetWebhookInfo = %+v, %v", info, err)
	}
	_, err := bot.GetUpdates(tgbotapi.NewUpdate(0))
	if e := apiError(t, err); e.Code != http.StatusConflict {
		t.Fatalf("getUpdates with webhook: %d, want 409", e.Code)
	}
	if _, err := bot.Request(tgbotapi.DeleteWebhookConfig{DropPendingUpdates: true}); err != nil {
		t.Fatalf("deleteWebhook: %v", err)
	}
	if _, err := bot.GetUpdates(tgbotapi.NewUpdate(0)); err != nil {
		t.Fatalf("getUpdates after deleteWebhook: %v", err)
	}

	commands := []struct {
		name    string
		command tgbotapi.BotCommand
		wantErr bool
	}{
		{name: "valid", command: tgbotapi.BotCommand{Command: "baocao", Description: "Tra cứu báo cáo"}},
		{name: "vietnamese letters", command: tgbotapi.BotCommand{Command: "báo_cáo", Description: "Báo cáo"}, wantErr: true},
	}
	for _, tt := range commands {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.Request(tgbotapi.NewSetMyCommands(tt.command))
			if (err != nil) != tt.wantErr {
				t.Fatalf("setMyCommands error = %v, want error %v", err, tt.wantErr)
			}
		})
	}
	if got := srv.Calls("setMyCommands")[0].Params["commands"]; !strings.Contains(got, `"command":"baocao"`) {
		t.Fatalf("commands param = %s", got)
	}

	resp, err := bot.MakeRequest("getChat", tgbotapi.Params{"chat_id": "1"})
	if e := apiError(t, err); e.Code != http.StatusNotFound || e.Message != "Not Found" || resp.Ok {
		t.Fatalf("unknown method = %d %q, want 404 Not Found", e.Code, e.Message)
	}
}

// TestPushMatchesReference checks that pushed updates have the keys of the
// documented samples, through a raw getUpdates.
func TestPushMatchesReference(t *testing.T) {
	tests := []struct {
		file string
		push func(*telegramtest.Server)
	}{
		{file: "update_message.json", push: func(s *telegramtest.Server) { s.PushMessage(chatID, userID, "Xin chào") }},
		{file: "update_command_start.json", push: func(s *telegramtest.Server) { s.PushMessage(chatID, userID, "/start") }},
		{file: "update_callback_query.json", push: func(s *telegramtest.Server) { s.PushCallback(chatID, userID, 7, "period:2024-Q1") }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			srv := telegramtest.New(t, token)
			tt.push(srv)
			resp, err := http.PostForm(srv.URL()+"/bot"+token+"/getUpdates", url.Values{})
			if err != nil {
				t.Fatalf("getUpdates: %v", err)
			}
			defer resp.Body.Close()
			var body struct{ Result []map[string]any }
			if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || len(body.Result) != 1 {
				t.Fatalf("getUpdates body: %+v, %v", body, err)
			}
			var want map[string]any
			data, err := os.ReadFile(filepath.Join(reference, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			if got, want := keys("", body.Result[0]), keys("", want); !slices.Equal(got, want) {
				t.Fatalf("keys = %v\nwant %v", got, want)
			}
		})
	}
}

// keys lists the dotted paths of every key in a decoded JSON value.
func keys(prefix string, v any) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, child := range v {
			out = append(out, prefix+k)
			out = append(out, keys(prefix+k+".", child)...)
		}
	case []any:
		for _, child := range v {
			out = append(out, keys(prefix+"[].", child)...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestTemplatesMatchTestdata(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(reference, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("reference payloads: %v, %v", files, err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join("templates", filepath.Base(file)))
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("templates/%s differs from %s (%v); run go generate ./bot/telegram/telegramtest/", filepath.Base(file), file, err)
			}
		})
	}
}

func TestPushRaw(t *testing.T) {
	srv, bot := newBot(t)
	first := srv.PushRaw(map[string]any{"edited_message": map[string]any{
		"message_id": 9, "date": 1717200000, "chat": map[string]any{"id": chatID, "type": "private"}, "text": "sửa"}})
	explicit := srv.PushRaw(map[string]any{"update_id": 10, "message": map[string]any{
		"message_id": 10, "date": 1717200000, "chat": map[string]any{"id": chatID, "type": "private"}, "text": "mới"}})
	next := srv.PushMessage(chatID, userID, "tiếp")
	if first != 1 || explicit != 10 || next != 11 {
		t.Fatalf("update ids = %d, %d, %d, want 1, 10, 11", first, explicit, next)
	}
	updates, err := bot.GetUpdates(tgbotapi.NewUpdate(0))
	if err != nil || len(updates) != 3 || updates[0].EditedMessage == nil || updates[0].EditedMessage.Text != "sửa" {
		t.Fatalf("GetUpdates = %+v, %v, want the edited message first", updates, err)
	}
}

func TestConcurrentPollsConflict(t *testing.T) {
	_, bot := newBot(t)
	first := make(chan error, 1)
	go func() {
		config := tgbotapi.NewUpdate(0)
		config.Timeout = 10
		_, err := bot.GetUpdates(config)
		first <- err
	}()
	time.Sleep(100 * time.Millisecond) // let the first poll start
	if _, err := bot.GetUpdates(tgbotapi.NewUpdate(0)); err != nil {
		t.Fatalf("second poll: %v", err)
	}
	select {
	case err := <-first:
		if e := apiError(t, err); e.Code != http.StatusConflict {
			t.Fatalf("first poll error code = %d, want 409", e.Code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("first poll not terminated by the second")
	}
}

// TestGetFileAndDownload: a pushed document arrives shaped like the
// reference update, getFile gives its path, and the path downloads the
// bytes from /file/bot<token>/, through the real client; a wrong token or
// path is refused.
func TestGetFileAndDownload(t *testing.T) {
	srv, bot := newBot(t)
	data := []byte("chi_tieu,don_vi,ky,gia_tri,nguon\n")
	_, fileID := srv.PushDocument(chatID, userID, "so_lieu.csv", data, "Số liệu")
	updates, err := bot.GetUpdates(tgbotapi.UpdateConfig{Timeout: 1})
	if err != nil || len(updates) != 1 || updates[0].Message == nil || updates[0].Message.Document == nil {
		t.Fatalf("updates %+v, %v", updates, err)
	}
	doc := updates[0].Message.Document
	if doc.FileID != fileID || doc.FileName != "so_lieu.csv" || doc.FileSize != len(data) || doc.MimeType != "text/csv" ||
		updates[0].Message.Caption != "Số liệu" || updates[0].Message.Text != "" {
		t.Fatalf("document %+v, caption %q", doc, updates[0].Message.Caption)
	}
	f, err := bot.GetFile(tgbotapi.FileConfig{FileID: fileID})
	if err != nil || f.FilePath == "" || f.FileSize != len(data) {
		t.Fatalf("getFile %+v, %v", f, err)
	}
	get := func(u string) (int, []byte) {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return resp.StatusCode, b.Bytes()
	}
	if code, got := get(srv.URL() + "/file/bot" + token + "/" + f.FilePath); code != http.StatusOK || !bytes.Equal(got, data) {
		t.Fatalf("download: %d %q", code, got)
	}
	if code, _ := get(srv.URL() + "/file/bot123456:wrong/" + f.FilePath); code != http.StatusUnauthorized {
		t.Fatalf("wrong token: %d", code)
	}
	if code, _ := get(srv.URL() + "/file/bot" + token + "/documents/none.csv"); code != http.StatusNotFound {
		t.Fatalf("unknown path: %d", code)
	}
	if _, err := bot.GetFile(tgbotapi.FileConfig{FileID: "nope"}); apiError(t, err).Code != http.StatusBadRequest {
		t.Fatalf("unknown file_id: %v", err)
	}
	if n := len(srv.Calls("file")); n != 3 {
		t.Fatalf("%d downloads recorded, want 3", n)
	}
}
