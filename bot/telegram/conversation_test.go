package telegram_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/telegram"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// restarted is the bot of r built again over the same database and fake
// Bot API, as a new `serve` process would: nothing kept in memory.
func restarted(t *testing.T, r *rig) *rig {
	t.Helper()
	ctx := context.Background()
	ch, err := telegram.New(telegram.Config{Token: token, Endpoint: r.fake.Endpoint(), PollTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	wired, err := handlers.Wire(ctx, r.store, handlers.Config{RouterConfig: handlers.RouterConfig{PublicQuestions: true}})
	if err != nil {
		t.Fatal(err)
	}
	n := &rig{t: t, store: r.store, fake: r.fake, ch: ch}
	n.sender = bot.NewSender(r.store, bot.SenderConfig{Poll: 50 * time.Millisecond})
	n.sender.Register(telegram.Platform, ch, bot.TelegramLimits)
	n.disp = bot.NewDispatcher(r.store, func(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
		n.handled.Add(1)
		return wired.Router.Handle(ctx, m)
	}, n.sender, nil)
	return n
}

// submitKyAnh stores the quarterly reports of Huyện Kỳ Anh and Thị xã Kỳ Anh,
// so a bare "Kỳ Anh" has two readings with data.
func submitKyAnh(t *testing.T, s *queries.Store) {
	t.Helper()
	ctx := context.Background()
	form, err := s.FormByCode(ctx, dataset.QuarterlyFormCode)
	if err != nil {
		t.Fatal(err)
	}
	for unit, hstt := range map[string]float64{"447": 118, "449": 352} {
		u, err := s.UnitByCode(ctx, unit)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []struct{ start, end, label string }{{"2019-01-01", "2019-03-31", "quý 1/2019"}, {"2019-04-01", "2019-06-30", "quý 2/2019"}} {
			if _, err := s.SaveSubmission(ctx, queries.Submission{FormID: form.ID, UnitID: u.ID, PeriodStart: q.start, PeriodEnd: q.end,
				PeriodLabel: q.label, Via: "test", Values: map[string]float64{"dvc3": 100, "dvc4": 2, "hstt": hstt, "hstong": 1000}}, time.Now()); err != nil {
				t.Fatal(err)
			}
			hstt -= 10
		}
	}
}

// TestConversationThroughTelegram: a follow-up keeps the rest of the
// question, and an ask-back answered by its button gives the figure of the
// unit chosen, through the real client and the fake Bot API; after a
// restart the conversation goes on, and nothing is sent twice.
func TestConversationThroughTelegram(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newRig(t, d, true)
		submitKyAnh(t, r.store)
		stop := r.run()
		const chat = 7301
		say := func(text string, n int) string {
			t.Helper()
			r.fake.PushMessage(chat, chat, text)
			return sentTo(r.fake.WaitCalls("sendMessage", n, 10*time.Second), chat)[n-1].Params["text"]
		}
		if got := say("tỷ lệ hồ sơ trực tuyến năm 2018", 1); !strings.Contains(got, "4,92%") {
			t.Fatalf("first question: %q", got)
		}
		got := say("còn 5 tháng đầu năm 2019 thì sao?", 2)
		if !strings.Contains(got, "13,25%") || !strings.Contains(got, "Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh 5 tháng đầu năm 2019") {
			t.Fatalf("follow-up: %q", got)
		}
		r.fake.PushMessage(chat, chat, "Kỳ Anh có bao nhiêu hồ sơ nộp trực tuyến quý 2/2019?")
		ask := r.fake.WaitCalls("sendMessage", 3, 10*time.Second)
		markup := ask[2].Params["reply_markup"]
		if !strings.Contains(ask[2].Params["text"], "Thị xã Kỳ Anh") || !strings.Contains(markup, `"callback_data":"2"`) {
			t.Fatalf("ask-back: %q %q", ask[2].Params["text"], markup)
		}

		// A new process: the button of the old message still answers.
		stop()
		r = restarted(t, r)
		r.run()
		r.fake.PushCallback(chat, chat, 3, "2")
		got = r.fake.WaitCalls("sendMessage", 4, 10*time.Second)[3].Params["text"]
		if !strings.Contains(got, "Thị xã Kỳ Anh") || !strings.Contains(got, "342") {
			t.Fatalf("the button's answer: %q", got)
		}
		got = say("quý 1/2019 thì sao?", 5)
		if !strings.Contains(got, "Thị xã Kỳ Anh quý 1/2019") || !strings.Contains(got, "352") {
			t.Fatalf("follow-up after the choice: %q", got)
		}
		time.Sleep(300 * time.Millisecond)
		all := r.fake.Calls("sendMessage")
		if len(all) != 5 {
			t.Fatalf("%d messages sent for 5 questions", len(all))
		}
		seen := map[string]bool{}
		for _, c := range all {
			if seen[c.Params["text"]] {
				t.Fatalf("sent twice: %q", c.Params["text"])
			}
			seen[c.Params["text"]] = true
		}
	})
}
