package zalo_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/zalo"
	"github.com/hatinh-stttt/chatbot/bot/zalo/zalotest"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

const (
	appID     = "app-123"
	appSecret = "app-secret"
	oaSecret  = "oa-secret"
)

// zaloRig is the Zalo channel as `serve` wires it, on a real database,
// against a fake OA API server.
type zaloRig struct {
	store  *queries.Store
	fake   *zalotest.Server
	hook   *httptest.Server
	sender *bot.Sender
	wired  *handlers.Bot
}

func newZaloRig(t *testing.T, d queries.Dialect) *zaloRig {
	t.Helper()
	ctx := context.Background()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(ctx, s, time.Now()); err != nil {
		t.Fatal(err)
	}
	wired, err := handlers.Wire(ctx, s, handlers.Config{RouterConfig: handlers.RouterConfig{PublicQuestions: true},
		ZNSTemplates: map[string]string{"overdue": "tmpl-overdue-1"}})
	if err != nil {
		t.Fatal(err)
	}
	fake := zalotest.New(t, appID, appSecret)
	client := zalo.NewClient(zalo.Config{APIBase: fake.URL(), OAuthBase: fake.URL(), ZNSBase: fake.URL(), AppID: appID, AppSecret: appSecret},
		zalo.DatabaseTokens(s), zalo.Tokens(fake.Issue()))
	sender := bot.NewSender(s, bot.SenderConfig{Poll: 50 * time.Millisecond})
	sender.Register(zalo.Platform, zalo.Channel{Client: client}, bot.Limits{PerSecond: 10})
	disp := bot.NewDispatcher(s, wired.Router.Handle, sender, nil)
	hook := httptest.NewServer(zalo.WebhookHandler(oaSecret, zalo.DefaultMaxEventAge, time.Now, zalo.Events(disp.Dispatch)))
	t.Cleanup(hook.Close)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { sender.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return &zaloRig{store: s, fake: fake, hook: hook, sender: sender, wired: wired}
}

func (r *zaloRig) post(t *testing.T, msgID, text string, tamper func(*http.Request)) int {
	t.Helper()
	body := zalotest.TextEvent{AppID: appID, OAID: "oa-1", UserID: "user-9", MsgID: msgID, Text: text, At: time.Now()}.Body()
	req := zalotest.SignedRequest(t, r.hook.URL, body, oaSecret)
	if tamper != nil {
		tamper(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func waitSent(t *testing.T, fake *zalotest.Server, n int) []zalotest.SentMessage {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if got := fake.Sent(); len(got) >= n {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("fewer than %d messages sent: %+v", n, fake.Sent())
	return nil
}

func TestSignedEventAnswered(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newZaloRig(t, d)
		if code := r.post(t, "m1", "con thieu bao nhieu kinh phi", nil); code != http.StatusOK {
			t.Fatalf("status %d", code)
		}
		got := waitSent(t, r.fake, 1)
		if got[0].UserID != "user-9" || !strings.Contains(got[0].Text, "3.565 triệu đồng") {
			t.Fatalf("sent %+v", got[0])
		}
		// Zalo redelivers the same event: answered once.
		if code := r.post(t, "m1", "con thieu bao nhieu kinh phi", nil); code != http.StatusOK {
			t.Fatalf("redelivery status %d", code)
		}
		time.Sleep(300 * time.Millisecond)
		if n := len(r.fake.Sent()); n != 1 {
			t.Fatalf("%d messages after a redelivery, want 1", n)
		}
	})
}

func TestBadSignatureRefused(t *testing.T) {
	r := newZaloRig(t, queries.SQLite)
	cases := map[string]func(*http.Request){
		"missing": func(q *http.Request) { q.Header.Del(zalo.SignatureHeader) },
		"wrong":   func(q *http.Request) { q.Header.Set(zalo.SignatureHeader, "mac="+strings.Repeat("0", 64)) },
	}
	for name, tamper := range cases {
		if code := r.post(t, "bad-"+name, "con thieu bao nhieu kinh phi", tamper); code != http.StatusUnauthorized {
			t.Fatalf("%s signature: status %d, want 401", name, code)
		}
	}
	time.Sleep(200 * time.Millisecond)
	if n := len(r.fake.Sent()); n != 0 {
		t.Fatalf("%d messages sent for refused events", n)
	}
}

func TestExpiredTokenRefreshedOnceAndPersisted(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newZaloRig(t, d)
		r.fake.ExpireAccessToken()
		r.fake.SetRefreshDelay(100 * time.Millisecond)
		for i := 0; i < 5; i++ {
			if code := r.post(t, fmt.Sprintf("e%d", i), "ty le ho so truc tuyen nam 2018", nil); code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
		}
		got := waitSent(t, r.fake, 5)
		if !strings.Contains(got[0].Text, "4,92%") {
			t.Fatalf("sent %q", got[0].Text)
		}
		if n := r.fake.RefreshCalls(); n != 1 {
			t.Fatalf("%d refreshes, want 1", n)
		}
		stored, ok, err := r.store.LoadPlatformTokens(context.Background(), zalo.Platform)
		if err != nil || !ok {
			t.Fatalf("tokens not stored: %v", err)
		}
		if cur := r.fake.Current(); stored.RefreshToken != cur.RefreshToken || stored.AccessToken != cur.AccessToken {
			t.Fatalf("stored %+v, server's current %+v", stored, cur)
		}
	})
}

func TestNumberedOptions(t *testing.T) {
	got := zalo.NumberedOptions([]bot.Option{{Label: "Huyện Kỳ Anh"}, {Label: "Thị xã Kỳ Anh"}, {Label: "Khác"}})
	want := "1. Huyện Kỳ Anh\n2. Thị xã Kỳ Anh\n3. Khác\nTrả lời 1, 2 hoặc 3."
	if got != want {
		t.Fatalf("%q", got)
	}
}

// TestFileSentOnZalo: a workbook an admin sends through Zalo (the OA's
// user_send_file event) is answered with how to send it on Telegram, and
// nothing is imported; a redelivered event is answered once.
func TestFileSentOnZalo(t *testing.T) {
	r := newZaloRig(t, queries.SQLite)
	r.invite(t, "user-9", "42", "admin", "")
	post := func(msgID string) {
		t.Helper()
		body := zalotest.FileEvent{AppID: appID, OAID: "oa-1", UserID: "user-9", MsgID: msgID, Name: "so-lieu.xlsx", Size: 18432,
			At: time.Now()}.Body()
		resp, err := http.DefaultClient.Do(zalotest.SignedRequest(t, r.hook.URL, body, oaSecret))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
	}
	post("f1")
	got := waitSent(t, r.fake, 1)
	if !strings.Contains(got[0].Text, "gửi tệp .xlsx hoặc .csv cho bot trên Telegram") || !strings.Contains(got[0].Text, "/mau") {
		t.Fatalf("reply %q", got[0].Text)
	}
	post("f1")
	time.Sleep(300 * time.Millisecond)
	if n := len(r.fake.Sent()); n != 1 {
		t.Fatalf("%d replies to one file", n)
	}
	var uploads int
	if err := r.store.DB().Get(&uploads, "SELECT COUNT(*) FROM pending_uploads"); err != nil || uploads != 0 {
		t.Fatalf("%d uploads kept, %v", uploads, err)
	}
}
