package telegram_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/telegram"
	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

var ict = time.FixedZone("ICT", 7*3600)

// deliverReminders seeds n synthetic units, sweeps on a working Friday
// morning of 2019 when Q2's deadline has passed, and sends everything to a
// fake Bot API that enforces Telegram's limits with 429s. It returns how
// long the delivery took.
func deliverReminders(tb testing.TB, d queries.Dialect, n int) (*telegramtest.Server, time.Duration) {
	tb.Helper()
	ctx := context.Background()
	s := dbtest.Open(tb, d)
	if _, err := dataset.SeedDemo(ctx, s, time.Now()); err != nil {
		tb.Fatal(err)
	}
	const base = 2000000
	if err := dataset.SeedSynthetic(ctx, s, n, base, time.Now()); err != nil {
		tb.Fatal(err)
	}
	// Q1 reported by everyone, so each unit gets exactly one reminder (Q2's).
	form, _ := s.FormByCode(ctx, dataset.QuarterlyFormCode)
	units, _ := s.Units(ctx, "2019-07-19")
	for _, u := range units {
		if u.Level == "district" && u.Code[:3] == "SYN" {
			if _, err := s.SaveSubmission(ctx, queries.Submission{FormID: form.ID, UnitID: u.ID, PeriodStart: "2019-01-01", PeriodEnd: "2019-03-31",
				PeriodLabel: "quý 1/2019", Via: "test", Values: map[string]float64{"dvc3": 1, "dvc4": 1, "hstt": 1, "hstong": 1}}, time.Now()); err != nil {
				tb.Fatal(err)
			}
		}
	}
	res, err := reporting.NewReminders(s, ict).Sweep(ctx, time.Date(2019, 7, 19, 9, 0, 0, 0, ict), false)
	if err != nil {
		tb.Fatal(err)
	}
	if res.Queued != n {
		tb.Fatalf("queued %d reminders for %d units", res.Queued, n)
	}
	fake := telegramtest.New(tb, token)
	fake.EnforceLimits(30, 1)
	ch, err := telegram.New(telegram.Config{Token: token, Endpoint: fake.Endpoint()})
	if err != nil {
		tb.Fatal(err)
	}
	sender := bot.NewSender(s, bot.SenderConfig{Poll: 20 * time.Millisecond})
	sender.Register(telegram.Platform, ch, bot.TelegramLimits)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	start := time.Now()
	go func() { sender.Run(runCtx); close(done) }()
	fake.WaitCalls("sendMessage", n, time.Duration(n/20+30)*time.Second)
	took := time.Since(start)
	time.Sleep(200 * time.Millisecond)
	cancel()
	<-done
	per := map[string]int{}
	for _, c := range fake.Sent() {
		per[c.Params["chat_id"]]++
	}
	for i := 1; i <= n; i++ {
		if got := per[strconv.Itoa(base+i)]; got != 1 {
			tb.Fatalf("chat %d received %d reminders, want 1", base+i, got)
		}
	}
	if len(per) != n {
		tb.Fatalf("%d chats received reminders, want %d", len(per), n)
	}
	return fake, took
}

// TestRemindersAtTelegramLimits: every reminder delivered once through a
// server that answers 429 above 30 messages/s or 1/s per chat.
func TestRemindersAtTelegramLimits(t *testing.T) {
	n := 150
	if v, err := strconv.Atoi(os.Getenv("LOAD_UNITS")); err == nil && v > 0 {
		n = v
	}
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		fake, took := deliverReminders(t, d, n)
		rejected := 0
		for _, c := range fake.Calls("sendMessage") {
			if c.Status == 429 {
				rejected++
			}
		}
		t.Logf("%s: %d reminders in %s: %.1f/s (%.0f%% of 30/s), %d answered 429", d, n, took.Round(time.Millisecond),
			float64(n)/took.Seconds(), 100*float64(n)/took.Seconds()/30, rejected)
	})
}

// BenchmarkReminderDelivery reports the delivery rate as a fraction of
// Telegram's limit: go test -run XXX -bench ReminderDelivery -benchtime 1x
// (LOAD_UNITS=10000 for the scale in BENCHMARKS.md).
func BenchmarkReminderDelivery(b *testing.B) {
	n := 600
	if v, err := strconv.Atoi(os.Getenv("LOAD_UNITS")); err == nil && v > 0 {
		n = v
	}
	for _, d := range []queries.Dialect{queries.SQLite, queries.Postgres} {
		b.Run(string(d), func(b *testing.B) {
			if d == queries.Postgres {
				dbtest.URL(b, d)
			}
			for i := 0; i < b.N; i++ {
				_, took := deliverReminders(b, d, n)
				b.ReportMetric(float64(n)/took.Seconds(), "msgs/s")
				b.ReportMetric(100*float64(n)/took.Seconds()/30, "%-of-limit")
			}
		})
	}
}
