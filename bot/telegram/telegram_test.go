package telegram_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/telegram"
	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

const token = "123456:TEST-token"

// rig is the bot as `serve` wires it, on a real database, talking to the
// real go-telegram-bot-api client pointed at a fake Bot API server.
type rig struct {
	t       *testing.T
	store   *queries.Store
	fake    *telegramtest.Server
	ch      *telegram.Channel
	sender  *bot.Sender
	disp    *bot.Dispatcher
	handled atomic.Int64
}

func newRig(t *testing.T, d queries.Dialect, public bool) *rig {
	t.Helper()
	ctx := context.Background()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(ctx, s, time.Now()); err != nil {
		t.Fatal(err)
	}
	fake := telegramtest.New(t, token)
	ch, err := telegram.New(telegram.Config{Token: token, Endpoint: fake.Endpoint(), PollTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	wired, err := handlers.Wire(ctx, s, handlers.Config{RouterConfig: handlers.RouterConfig{PublicQuestions: public}})
	if err != nil {
		t.Fatal(err)
	}
	router := wired.Router
	r := &rig{t: t, store: s, fake: fake, ch: ch}
	counted := func(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
		r.handled.Add(1)
		return router.Handle(ctx, m)
	}
	r.sender = bot.NewSender(s, bot.SenderConfig{Poll: 50 * time.Millisecond})
	r.sender.Register(telegram.Platform, ch, bot.TelegramLimits)
	r.disp = bot.NewDispatcher(s, counted, r.sender, nil)
	return r
}

// run polls and sends until the test ends or stop is called.
func (r *rig) run() (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{}, 2)
	go func() { r.ch.Poll(ctx, r.disp.Dispatch); done <- struct{}{} }()
	go func() { r.sender.Run(ctx); done <- struct{}{} }()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		<-done
		<-done
	}
	r.t.Cleanup(stop)
	return stop
}

// invite makes an invite code the way `chatbot users invite` does.
func (r *rig) invite(unit, role string) string {
	r.t.Helper()
	ctx := context.Background()
	u, err := r.store.UnitByCode(ctx, unit)
	if err != nil {
		r.t.Fatal(err)
	}
	code := strings.ToUpper(role[:3]) + strconv.FormatInt(time.Now().UnixNano()%1e9, 10)
	if err := r.store.AddInvite(ctx, queries.Invite{Code: code, UnitID: u.ID, Role: role, CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
		r.t.Fatal(err)
	}
	return code
}

func sentTo(calls []telegramtest.Call, chat int64) []telegramtest.Call {
	var out []telegramtest.Call
	for _, c := range calls {
		if c.Params["chat_id"] == strconv.FormatInt(chat, 10) {
			out = append(out, c)
		}
	}
	return out
}

func TestStrangerRegistersThenAsks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newRig(t, d, false)
		r.run()
		const chat = 5001
		r.fake.PushMessage(chat, chat, "hiện nay có bao nhiêu dvc mức 3")
		got := r.fake.WaitCalls("sendMessage", 1, 5*time.Second)
		if text := got[0].Params["text"]; !strings.Contains(text, "/dangky") || strings.Contains(text, "1.995") {
			t.Fatalf("stranger got %q, want registration help and no figure", text)
		}
		r.fake.PushMessage(chat, chat, "/dangky SAI-MA")
		got = r.fake.WaitCalls("sendMessage", 2, 5*time.Second)
		if !strings.Contains(got[1].Params["text"], "không đúng") {
			t.Fatalf("bad code: %q", got[1].Params["text"])
		}
		code := r.invite("443", "leader")
		r.fake.PushMessage(chat, chat, "/dangky "+strings.ToLower(code))
		got = r.fake.WaitCalls("sendMessage", 3, 5*time.Second)
		if !strings.Contains(got[2].Params["text"], "Huyện Can Lộc") || !strings.Contains(got[2].Params["text"], "lãnh đạo") {
			t.Fatalf("registration reply: %q", got[2].Params["text"])
		}
		r.fake.PushMessage(chat, chat, "hiện nay có bao nhiêu dvc mức 3")
		got = r.fake.WaitCalls("sendMessage", 4, 5*time.Second)
		if !strings.Contains(got[3].Params["text"], "1.995") || got[3].Params["parse_mode"] != "HTML" {
			t.Fatalf("answer: %+v", got[3].Params)
		}
		// The same code a second time, from someone else: refused.
		r.fake.PushMessage(6001, 6001, "/dangky "+code)
		got = r.fake.WaitCalls("sendMessage", 5, 5*time.Second)
		if !strings.Contains(got[4].Params["text"], "đã được dùng") {
			t.Fatalf("reused code: %q", got[4].Params["text"])
		}
	})
}

func TestButtonsAnswerTheChoice(t *testing.T) {
	r := newRig(t, queries.SQLite, true)
	r.run()
	const chat = 7001
	r.fake.PushMessage(chat, chat, "kinh phí dự án nâng cấp là bao nhiêu")
	got := r.fake.WaitCalls("sendMessage", 1, 5*time.Second)
	markup := got[0].Params["reply_markup"]
	if !strings.Contains(markup, "inline_keyboard") || !strings.Contains(markup, `"callback_data":"2"`) {
		t.Fatalf("ask-back without buttons: %q", markup)
	}
	r.fake.PushCallback(chat, chat, 1, "2")
	got = r.fake.WaitCalls("sendMessage", 2, 5*time.Second)
	if !strings.Contains(got[1].Params["text"], "Sàn giao dịch") || !strings.Contains(got[1].Params["text"], "700") {
		t.Fatalf("choice answer: %q", got[1].Params["text"])
	}
	if calls := r.fake.WaitCalls("answerCallbackQuery", 1, 5*time.Second); calls[0].Params["callback_query_id"] == "" {
		t.Fatalf("callback not answered: %+v", calls[0])
	}
}

func TestRedeliveredUpdateHandledOnce(t *testing.T) {
	r := newRig(t, queries.SQLite, true)
	msg := map[string]any{"update_id": 4242, "message": map[string]any{"message_id": 1, "date": time.Now().Unix(),
		"chat": map[string]any{"id": 8001, "type": "private"}, "from": map[string]any{"id": 8001, "is_bot": false, "first_name": "An"},
		"text": "ty le ho so truc tuyen nam 2018"}}
	r.fake.PushRaw(msg)
	stop := r.run()
	r.fake.WaitCalls("sendMessage", 1, 5*time.Second)
	stop()
	// Telegram sends it again (say the offset was never confirmed).
	r.fake.PushRaw(msg)
	r.run()
	deadline := time.Now().Add(2 * time.Second)
	for r.fake.Offset() <= 4242 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	if n := len(r.fake.Calls("sendMessage")); n != 1 || r.handled.Load() != 1 {
		t.Fatalf("%d replies, handler ran %d times; want 1 and 1", n, r.handled.Load())
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	r := newRig(t, queries.SQLite, true)
	r.fake.FailNext("sendMessage", http.StatusTooManyRequests, 1)
	r.run()
	r.fake.PushMessage(9001, 9001, "con thieu bao nhieu kinh phi")
	ok := r.fake.WaitCalls("sendMessage", 1, 10*time.Second)
	all := r.fake.Calls("sendMessage")
	if len(all) != 2 || all[0].Status != http.StatusTooManyRequests {
		t.Fatalf("calls %+v, want a 429 then the delivery", all)
	}
	if gap := ok[0].At.Sub(all[0].At); gap < time.Second {
		t.Fatalf("retried after %s, want ≥ retry_after (1 s)", gap)
	}
	if !strings.Contains(ok[0].Params["text"], "3.565") {
		t.Fatalf("reply %q", ok[0].Params["text"])
	}
}

// TestPollingKilledMidBatch stops the loop in the middle of a batch and
// starts it again: every update answered exactly once.
func TestPollingKilledMidBatch(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newRig(t, d, true)
		const n = 10
		for i := 0; i < n; i++ {
			r.fake.PushMessage(int64(10000+i), int64(10000+i), "ty le ho so truc tuyen nam 2018")
		}
		ctx, cancel := context.WithCancel(context.Background())
		var seen atomic.Int64
		killer := func(c context.Context, id string, m bot.Message) (bool, error) {
			if seen.Add(1) == 4 {
				cancel() // the process dies while handling the 4th update
			}
			return r.disp.Dispatch(c, id, m)
		}
		if err := r.ch.Poll(ctx, killer); err != nil {
			t.Fatal(err)
		}
		r.run() // restart: the ordinary loop and the sender
		r.fake.WaitCalls("sendMessage", n, 10*time.Second)
		time.Sleep(300 * time.Millisecond)
		per := map[string]int{}
		for _, c := range r.fake.Calls("sendMessage") {
			per[c.Params["chat_id"]]++
		}
		if len(per) != n {
			t.Fatalf("%d chats answered, want %d", len(per), n)
		}
		for chat, k := range per {
			if k != 1 {
				t.Fatalf("chat %s answered %d times", chat, k)
			}
		}
	})
}

func TestWebhookSecret(t *testing.T) {
	r := newRig(t, queries.SQLite, true)
	h := r.ch.Webhook("s3cret", r.disp.Dispatch)
	body := `{"update_id":77,"message":{"message_id":1,"date":1560000000,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"An"},"text":"xin chào"}}`
	for _, tt := range []struct {
		secret string
		want   int
	}{{"", 401}, {"wrong", 401}, {"s3cret", 200}} {
		req, _ := http.NewRequest(http.MethodPost, "/telegram/webhook", strings.NewReader(body))
		if tt.secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", tt.secret)
		}
		rec := &statusRecorder{header: http.Header{}}
		h.ServeHTTP(rec, req)
		if rec.status != tt.want {
			t.Fatalf("secret %q: status %d, want %d", tt.secret, rec.status, tt.want)
		}
	}
	if r.handled.Load() != 1 {
		t.Fatalf("handler ran %d times, want 1 (only the signed request)", r.handled.Load())
	}
	if err := r.ch.SetWebhook("https://bot.example/telegram/webhook", "s3cret"); err != nil {
		t.Fatal(err)
	}
	if c := r.fake.Calls("setWebhook"); len(c) != 1 || c[0].Params["secret_token"] != "s3cret" {
		t.Fatalf("setWebhook %+v", c)
	}
}

type statusRecorder struct {
	header http.Header
	status int
}

func (s *statusRecorder) Header() http.Header         { return s.header }
func (s *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (s *statusRecorder) WriteHeader(code int)        { s.status = code }

func TestBadTokenOneError(t *testing.T) {
	fake := telegramtest.New(t, token)
	_, err := telegram.New(telegram.Config{Token: "999:wrong", Endpoint: fake.Endpoint()})
	if err == nil || !strings.Contains(err.Error(), "TELEGRAM_BOT_TOKEN") || strings.Contains(err.Error(), "999:wrong") {
		t.Fatalf("err = %v, want one line naming TELEGRAM_BOT_TOKEN without the token", err)
	}
}

func TestSplitLongText(t *testing.T) {
	line := strings.Repeat("á", 100) + "\n"
	text := strings.Repeat(line, 90) // 9090 characters
	parts := bot.SplitText(text, telegram.MaxMessageLength)
	if len(parts) != 3 {
		t.Fatalf("%d parts", len(parts))
	}
	total := 0
	for _, p := range parts {
		if n := len([]rune(p)); n > telegram.MaxMessageLength || n == 0 {
			t.Fatalf("part of %d characters", n)
		}
		if strings.HasPrefix(p, "\n") || !strings.HasSuffix(p, "á") {
			t.Fatalf("part not cut at a line break: %q…", p[:10])
		}
		total += strings.Count(p, "á")
	}
	if total != 9000 {
		t.Fatalf("lost characters: %d", total)
	}
}

// TestSubmitConfirmAsk: a clerk submits and confirms with the button, then
// a leader's question returns the submitted figure and the share.
func TestSubmitConfirmAsk(t *testing.T) {
	r := newRig(t, queries.SQLite, false)
	r.run()
	const clerk, leader = 3001, 3002
	r.fake.PushMessage(clerk, clerk, "/dangky "+r.invite("443", "clerk"))
	r.fake.PushMessage(leader, leader, "/dangky "+r.invite("42", "leader"))
	r.fake.WaitCalls("sendMessage", 2, 5*time.Second)
	last := time.Now()
	period := nlu.LastEndedQuarter(last)
	r.fake.PushMessage(clerk, clerk, "/nop "+strings.ReplaceAll(period.Label, "quý ", "Q")+" dvc3=45 dvc4=2 hstt=120 hstong=900")
	got := r.fake.WaitCalls("sendMessage", 3, 5*time.Second)
	preview := got[2]
	if !strings.Contains(preview.Params["text"], "Xem lại báo cáo "+period.Label+" của Huyện Can Lộc") ||
		!strings.Contains(preview.Params["reply_markup"], "Xác nhận") {
		t.Fatalf("preview %+v", preview.Params)
	}
	r.fake.PushCallback(clerk, clerk, 3, "1")
	got = r.fake.WaitCalls("sendMessage", 4, 5*time.Second)
	if !strings.Contains(got[3].Params["text"], "Đã nhận báo cáo") {
		t.Fatalf("confirmation %q", got[3].Params["text"])
	}
	r.fake.PushMessage(leader, leader, "tỷ lệ hồ sơ trực tuyến và số hồ sơ trực tuyến của huyện Can Lộc "+period.Label)
	got = r.fake.WaitCalls("sendMessage", 5, 5*time.Second)
	answer := got[4].Params["text"]
	for _, want := range []string{"13,33%", "120 hồ sơ", "báo cáo quý của Huyện Can Lộc"} {
		if !strings.Contains(answer, want) {
			t.Fatalf("leader's answer %q lacks %q", answer, want)
		}
	}
}

// TestChartAndWorkbookUploaded: /bieudo and /xuat arrive as a photo and a
// document, uploaded multipart through the real client.
func TestChartAndWorkbookUploaded(t *testing.T) {
	r := newRig(t, queries.SQLite, false)
	r.run()
	const leader, clerk = 4001, 4002
	r.fake.PushMessage(leader, leader, "/dangky "+r.invite("42", "leader"))
	r.fake.PushMessage(clerk, clerk, "/dangky "+r.invite("443", "clerk"))
	r.fake.WaitCalls("sendMessage", 2, 5*time.Second)
	r.fake.PushMessage(leader, leader, "/bieudo kinh phí các dự án")
	photo := r.fake.WaitCalls("sendPhoto", 1, 10*time.Second)[0]
	if f, ok := photo.Files["photo"]; !ok || len(f.Data) < 1000 || !strings.HasSuffix(f.Name, ".png") || f.Data[1] != 'P' {
		t.Fatalf("photo upload %+v", photo.Params)
	}
	r.fake.PushMessage(leader, leader, "/xuat Q1/2019")
	doc := r.fake.WaitCalls("sendDocument", 1, 10*time.Second)[0]
	if f, ok := doc.Files["document"]; !ok || f.Name != "so-lieu-quy-1-2019.xlsx" || string(f.Data[:2]) != "PK" {
		t.Fatalf("document upload %+v", doc.Params)
	}
	r.fake.PushMessage(clerk, clerk, "/xuat Q1/2019")
	got := r.fake.WaitCalls("sendMessage", 5, 10*time.Second)
	if !strings.Contains(got[len(got)-1].Params["text"], "Chỉ lãnh đạo và quản trị") {
		t.Fatalf("clerk's /xuat: %q", got[len(got)-1].Params["text"])
	}
}
