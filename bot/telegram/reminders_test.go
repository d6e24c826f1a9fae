package telegram_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
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

// deliveryStats are what a fan-out cost besides its time: how often the
// sender claimed rows, and how much later than its start plus the fake's
// latency each message arrived (the jitter of the way there).
type deliveryStats struct {
	claims          int
	jitterP99, most time.Duration
}

// countingStore counts the sender's claims.
type countingStore struct {
	*queries.Store
	claims atomic.Int64
}

func (s *countingStore) ClaimDueOutbox(ctx context.Context, platform string, now time.Time, perChat, limit int) ([]queries.OutboxMessage, error) {
	s.claims.Add(1)
	return s.Store.ClaimDueOutbox(ctx, platform, now, perChat, limit)
}

// startTimes records when each chat's send started, client side.
type startTimes struct {
	bot.Deliverer
	mu sync.Mutex
	at map[string]time.Time
}

func (s *startTimes) Deliver(ctx context.Context, chat string, r bot.Reply) error {
	s.mu.Lock()
	s.at[chat] = time.Now()
	s.mu.Unlock()
	return s.Deliverer.Deliver(ctx, chat, r)
}

// deliverReminders seeds n synthetic units, sweeps on a working Friday
// morning of 2019 when Q2's deadline has passed, and sends everything to a
// fake Bot API that takes latency to answer and enforces Telegram's limits
// with 429s (30/s in all, 1/s per chat after a burst of 3). It checks that
// every chat got its reminder once and returns how long the delivery took.
func deliverReminders(tb testing.TB, d queries.Dialect, n int, latency time.Duration) (*telegramtest.Server, time.Duration, deliveryStats) {
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
	fake.SetChatBurst(3)
	fake.SetLatency(latency)
	ch, err := telegram.New(telegram.Config{Token: token, Endpoint: fake.Endpoint()})
	if err != nil {
		tb.Fatal(err)
	}
	store := &countingStore{Store: s}
	starts := &startTimes{Deliverer: ch, at: map[string]time.Time{}}
	sender := bot.NewSender(store, bot.SenderConfig{Poll: 20 * time.Millisecond})
	sender.Register(telegram.Platform, starts, bot.TelegramLimits)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	start := time.Now()
	go func() { sender.Run(runCtx); close(done) }()
	fake.WaitCalls("sendMessage", n, time.Duration(n/20+30)*time.Second)
	took := time.Since(start)
	time.Sleep(200*time.Millisecond + 2*latency) // anything sent twice would arrive now
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
	var jitter []time.Duration
	for _, c := range fake.Sent() {
		jitter = append(jitter, c.At.Sub(starts.at[c.Params["chat_id"]])-latency)
	}
	slices.Sort(jitter)
	return fake, took, deliveryStats{claims: int(store.claims.Load()), jitterP99: jitter[len(jitter)*99/100], most: jitter[len(jitter)-1]}
}

// TestRemindersAtTelegramLimits: every reminder delivered once, with no
// 429, through a server 150 ms away that enforces Telegram's limits. The
// rate is logged; BenchmarkReminderDelivery measures it at scale.
func TestRemindersAtTelegramLimits(t *testing.T) {
	n := 150
	if v, err := strconv.Atoi(os.Getenv("LOAD_UNITS")); err == nil && v > 0 {
		n = v
	}
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		fake, took, _ := deliverReminders(t, d, n, 150*time.Millisecond)
		if rejected := rejections(fake); rejected > 0 {
			t.Fatalf("%d sends answered 429: the sender exceeded Telegram's limits", rejected)
		}
		if most := fake.MaxPerSecond(); most > 30 {
			t.Fatalf("%d messages arrived within one second, Telegram allows 30", most)
		}
		// Kept alive: about one connection per send in flight (at most 64),
		// not one per message.
		if conns := fake.Connections(); conns > 65 {
			t.Fatalf("%d connections for %d messages: the client does not reuse them", conns, n)
		}
		t.Logf("%s: %d reminders in %s: %.1f/s (%.0f%% of 30/s), at most %d in a second, %d connections", d, n, took.Round(time.Millisecond),
			float64(n)/took.Seconds(), 100*float64(n)/took.Seconds()/30, fake.MaxPerSecond(), fake.Connections())
	})
}

func rejections(fake *telegramtest.Server) int {
	n := 0
	for _, c := range fake.Calls("sendMessage") {
		if c.Status == 429 {
			n++
		}
	}
	return n
}

// BenchmarkReminderDelivery reports the delivery rate against a Bot API
// 0, 150 and 300 ms away: go test -run XXX -bench ReminderDelivery
// -benchtime 1x ./bot/telegram/ (LOAD_UNITS=3000 for the figures in
// BENCHMARKS.md).
func BenchmarkReminderDelivery(b *testing.B) {
	n := 600
	if v, err := strconv.Atoi(os.Getenv("LOAD_UNITS")); err == nil && v > 0 {
		n = v
	}
	for _, d := range []queries.Dialect{queries.SQLite, queries.Postgres} {
		for _, latency := range []time.Duration{0, 150 * time.Millisecond, 300 * time.Millisecond} {
			b.Run(fmt.Sprintf("%s/%dms", d, latency.Milliseconds()), func(b *testing.B) {
				if d == queries.Postgres {
					dbtest.URL(b, d)
				}
				for i := 0; i < b.N; i++ {
					fake, took, stats := deliverReminders(b, d, n, latency)
					b.ReportMetric(float64(n)/took.Seconds(), "msgs/s")
					b.ReportMetric(float64(stats.claims), "claims")
					b.ReportMetric(float64(stats.jitterP99.Microseconds())/1000, "jitter-p99-ms")
					b.ReportMetric(float64(stats.most.Microseconds())/1000, "jitter-max-ms")
					b.ReportMetric(float64(fake.MaxPerSecond()), "max/s")
					b.ReportMetric(float64(rejections(fake)), "429s")
					b.ReportMetric(float64(fake.Connections()), "conns")
				}
			})
		}
	}
}
