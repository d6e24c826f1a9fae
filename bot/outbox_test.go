package bot_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// recorder is a Deliverer that records replies and fails on demand.
type recorder struct {
	mu    sync.Mutex
	got   []string
	fails map[string][]error // by text: errors to return first
}

func (r *recorder) Deliver(ctx context.Context, chat string, reply bot.Reply) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if errs := r.fails[reply.Text]; len(errs) > 0 {
		r.fails[reply.Text] = errs[1:]
		return errs[0]
	}
	r.got = append(r.got, chat+":"+reply.Text)
	return nil
}

func (r *recorder) delivered() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.got...)
}

func enqueue(t *testing.T, s *queries.Store, key, text string) {
	t.Helper()
	body, extra, err := bot.EncodeReply(bot.Reply{Text: text, Options: []bot.Option{{Label: "A", Data: "1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(context.Background(), queries.OutboxMessage{IdempotencyKey: key, Platform: "test", ChatID: "c-" + key, Body: body, Payload: extra}, time.Now()); err != nil {
		t.Fatal(err)
	}
}

func TestSenderDeliversOnceWithRetries(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		clock := time.Now()
		var mu sync.Mutex
		now := func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }
		advance := func(dur time.Duration) { mu.Lock(); clock = clock.Add(dur); mu.Unlock() }
		rec := &recorder{fails: map[string][]error{
			"slow":   {&bot.RetryAfterError{After: time.Second, Err: errors.New("429")}},
			"flaky":  {errors.New("502 bad gateway"), errors.New("connection reset")},
			"gone":   {&bot.PermanentError{Err: errors.New("chat not found")}},
			"broken": {errors.New("e1"), errors.New("e2"), errors.New("e3"), errors.New("e4")},
		}}
		sender := bot.NewSender(s, bot.SenderConfig{MaxAttempts: 3, Now: now})
		sender.Register("test", rec, bot.Limits{})
		for _, k := range []string{"ok", "slow", "flaky", "gone", "broken"} {
			enqueue(t, s, k, k)
		}
		enqueue(t, s, "ok", "ok") // same key: not queued twice
		for i := 0; i < 6; i++ {
			if err := sender.Drain(ctx); err != nil {
				t.Fatal(err)
			}
			advance(10 * time.Minute)
		}
		got := rec.delivered()
		want := map[string]bool{"c-ok:ok": true, "c-slow:slow": true, "c-flaky:flaky": true}
		if len(got) != len(want) {
			t.Fatalf("delivered %v, want each of %v once", got, want)
		}
		for _, g := range got {
			if !want[g] {
				t.Fatalf("unexpected delivery %q", g)
			}
		}
		depth, err := s.OutboxDepth(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if depth["sent"] != 3 || depth["dead"] != 2 || depth["pending"] != 0 {
			t.Fatalf("outbox %v, want 3 sent and 2 dead (gone, broken)", depth)
		}
	})
}

func TestDispatcherHandlesEachUpdateOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		calls := 0
		h := func(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
			calls++
			return []bot.Reply{{Text: "đã nhận: " + m.Text}}, nil
		}
		disp := bot.NewDispatcher(s, h, nil, nil)
		m := bot.Message{Platform: "telegram", ChatID: "7", UserID: "7", Text: "xin chào"}
		for i := 0; i < 3; i++ {
			fresh, err := disp.Dispatch(ctx, "100", m)
			if err != nil {
				t.Fatal(err)
			}
			if fresh != (i == 0) {
				t.Fatalf("dispatch %d: fresh=%v", i, fresh)
			}
		}
		if calls != 1 {
			t.Fatalf("handler ran %d times, want 1", calls)
		}
		due, err := s.DueOutbox(ctx, time.Now().Add(time.Minute), 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(due) != 1 || due[0].Body != "đã nhận: xin chào" {
			t.Fatalf("outbox %+v", due)
		}
	})
}

func TestReplyRoundTrip(t *testing.T) {
	r := bot.Reply{Text: "x", Options: []bot.Option{{Label: "Huyện Kỳ Anh", Data: "1"}}, Document: &bot.File{Name: "a.xlsx", Data: []byte{1, 2}}}
	body, extra, err := bot.EncodeReply(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := bot.DecodeReply(body, extra)
	if err != nil || back.Text != "x" || len(back.Options) != 1 || back.Options[0].Label != "Huyện Kỳ Anh" || back.Document.Name != "a.xlsx" {
		t.Fatalf("%+v %v", back, err)
	}
	if _, err := bot.DecodeReply("x", "{broken"); err == nil {
		t.Fatal("broken payload accepted")
	}
}
