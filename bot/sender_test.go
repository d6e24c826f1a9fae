package bot_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// timed is a Deliverer that records when each text reached it, takes
// latency per send (more for the texts in slow), and fails on demand by
// text.
type timed struct {
	mu       sync.Mutex
	latency  time.Duration
	slow     map[string]time.Duration
	sends    []send
	inflight int
	most     int // most sends in flight at once
	fail     map[string]error
}

type send struct {
	chat, text string
	at         time.Time
}

func (d *timed) Deliver(ctx context.Context, chat string, r bot.Reply) error {
	d.mu.Lock()
	d.inflight++
	d.most = max(d.most, d.inflight)
	err := d.fail[r.Text]
	delete(d.fail, r.Text)
	latency := d.latency + d.slow[r.Text]
	d.mu.Unlock()
	time.Sleep(latency)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.inflight--
	if err == nil {
		d.sends = append(d.sends, send{chat, r.Text, time.Now()})
	}
	return err
}

func (d *timed) got() []send {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]send(nil), d.sends...)
}

func (d *timed) wait(t *testing.T, n int, within time.Duration) []send {
	t.Helper()
	deadline := time.Now().Add(within)
	for len(d.got()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d sends after %s, want %d", len(d.got()), within, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return d.got()
}

func put(t *testing.T, s *queries.Store, chat, text string) {
	t.Helper()
	if _, err := s.Enqueue(context.Background(), queries.OutboxMessage{IdempotencyKey: chat + ":" + text, Platform: "test", ChatID: chat,
		Body: text}, time.Now()); err != nil {
		t.Fatal(err)
	}
}

func runSender(t *testing.T, sender *bot.Sender) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { sender.Run(ctx); close(done) }()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return stop
}

// TestSenderKeepsChatOrderWithoutBlockingOthers: one chat with ten
// messages at 2 a second does not hold up ten other chats, its own
// messages arrive in order and spaced by its limit, and the pool keeps
// several sends in flight when each takes 100 ms. The spacing is measured
// where the messages arrive (at the end of each delivery), as a platform
// counts it: the sender spaces a chat's sends from when the previous one
// may have arrived, so a delivery slowed by a busy machine does not bring
// the next one closer (it once arrived 101 ms after a slow one; m03 is
// slow on purpose).
func TestSenderKeepsChatOrderWithoutBlockingOthers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		s := dbtest.Open(t, d)
		for i := 0; i < 10; i++ {
			put(t, s, "busy", fmt.Sprintf("m%02d", i))
		}
		for i := 0; i < 10; i++ {
			put(t, s, fmt.Sprintf("other%d", i), "hello")
		}
		// m03 takes 600 ms, as on a loaded machine.
		dl := &timed{latency: 100 * time.Millisecond, slow: map[string]time.Duration{"m03": 500 * time.Millisecond}}
		sender := bot.NewSender(s, bot.SenderConfig{Poll: 20 * time.Millisecond})
		sender.Register("test", dl, bot.Limits{PerSecond: 50, PerChatPerSecond: 2, ChatBurst: 1})
		runSender(t, sender)
		got := dl.wait(t, 20, 15*time.Second)
		start := got[0].at
		var busy []send
		for _, g := range got {
			if g.chat == "busy" {
				busy = append(busy, g)
			} else if g.at.Sub(start) > time.Second {
				t.Fatalf("chat %s waited %s behind the busy chat", g.chat, g.at.Sub(start))
			}
		}
		for i, b := range busy {
			if b.text != fmt.Sprintf("m%02d", i) {
				t.Fatalf("busy chat got %s as message %d: out of order", b.text, i)
			}
			if i > 0 && b.at.Sub(busy[i-1].at) < 500*time.Millisecond {
				t.Fatalf("busy chat got two messages %s apart, its limit is 2/s", b.at.Sub(busy[i-1].at))
			}
		}
		if dl.most < 3 {
			t.Fatalf("at most %d sends in flight: the pool does not overlap round trips", dl.most)
		}
	})
}

// TestSenderRetryAfterScope: a 429 for a chat that just got a message
// pauses that chat only; a 429 for a quiet chat pauses every chat.
func TestSenderRetryAfterScope(t *testing.T) {
	s := dbtest.Open(t, queries.SQLite)
	put(t, s, "a", "a1")
	put(t, s, "a", "a2")
	dl := &timed{fail: map[string]error{"a2": &bot.RetryAfterError{After: 2 * time.Second, Err: errors.New("429")}}}
	sender := bot.NewSender(s, bot.SenderConfig{Poll: 20 * time.Millisecond})
	sender.Register("test", dl, bot.Limits{PerSecond: 100, PerChatPerSecond: 10, ChatBurst: 3})
	stop := runSender(t, sender)
	dl.wait(t, 1, 5*time.Second)
	time.Sleep(100 * time.Millisecond) // a2 answered 429 by now; chat a waits 2 s
	put(t, s, "b", "b1")
	sender.Notify()
	got := dl.wait(t, 3, 5*time.Second)
	if got[1].text != "b1" || got[1].at.Sub(got[0].at) > time.Second {
		t.Fatalf("b1 did not pass the paused chat: %+v", got)
	}
	if got[2].text != "a2" || got[2].at.Sub(got[0].at) < 2*time.Second {
		t.Fatalf("a2 was not held for retry_after: %+v", got)
	}
	stop()

	s = dbtest.Open(t, queries.SQLite)
	put(t, s, "quiet", "q1")
	dl = &timed{fail: map[string]error{"q1": &bot.RetryAfterError{After: 2 * time.Second, Err: errors.New("429")}}}
	sender = bot.NewSender(s, bot.SenderConfig{Poll: 20 * time.Millisecond})
	sender.Register("test", dl, bot.Limits{PerSecond: 100})
	start := time.Now()
	runSender(t, sender)
	time.Sleep(300 * time.Millisecond)
	put(t, s, "other", "o1")
	sender.Notify()
	got = dl.wait(t, 2, 5*time.Second)
	for _, g := range got {
		if g.at.Sub(start) < 1900*time.Millisecond {
			t.Fatalf("%s went out during the bot-wide pause of 2 s (after %s)", g.text, g.at.Sub(start))
		}
	}
}

// TestSenderBlockedChat: a 403 ends the chat's messages at once, without
// retries, and the other chats go on.
func TestSenderBlockedChat(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		put(t, s, "gone", "g1")
		put(t, s, "gone", "g2")
		put(t, s, "fine", "f1")
		dl := &timed{fail: map[string]error{"g1": &bot.PermanentError{Err: errors.New("403 blocked"), Blocked: true}}}
		sender := bot.NewSender(s, bot.SenderConfig{})
		sender.Register("test", dl, bot.Limits{PerSecond: 100, PerChatPerSecond: 1})
		if err := sender.Drain(ctx); err != nil {
			t.Fatal(err)
		}
		got := dl.got()
		if len(got) != 1 || got[0].text != "f1" {
			t.Fatalf("sent %+v, want f1 only", got)
		}
		depth, err := s.OutboxDepth(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if depth["dead"] != 2 || depth["sent"] != 1 || depth["pending"]+depth["sending"] != 0 {
			t.Fatalf("outbox %v: want both of the blocked chat's messages dead", depth)
		}
	})
}

// TestOneProcessSends: two senders on one database; only the lease holder
// sends, and when it stops the other takes over at once, a second after
// the last message.
func TestOneProcessSends(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		s := dbtest.Open(t, d)
		first, second := &timed{}, &timed{}
		a := bot.NewSender(s, bot.SenderConfig{Poll: 20 * time.Millisecond, Lease: time.Second})
		a.Register("test", first, bot.Limits{PerSecond: 100})
		b := bot.NewSender(s, bot.SenderConfig{Poll: 20 * time.Millisecond, Lease: time.Second})
		b.Register("test", second, bot.Limits{PerSecond: 100})
		stopA := runSender(t, a)
		for deadline := time.Now().Add(5 * time.Second); !a.Leading(); time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("no sender took the lease")
			}
		}
		runSender(t, b)
		for i := 0; i < 20; i++ {
			put(t, s, fmt.Sprintf("c%d", i), "x")
		}
		first.wait(t, 20, 5*time.Second)
		if len(second.got()) != 0 || b.Leading() {
			t.Fatalf("the second process sent %d messages while the first held the lease", len(second.got()))
		}
		stopA()
		for i := 0; i < 5; i++ {
			put(t, s, fmt.Sprintf("d%d", i), "y")
		}
		took := second.wait(t, 5, 5*time.Second)
		// Its limit counts at the platform: the successor starts once the
		// first one's messages are a second old.
		sent := first.got()
		if gap := took[0].at.Sub(sent[len(sent)-1].at); gap < time.Second {
			t.Fatalf("the second process sent %s after the first one's last message, within the platform's second", gap)
		}
		if len(first.got()) != 20 {
			t.Fatalf("the first sender sent %d after it stopped", len(first.got())-20)
		}
	})
}

// TestSplitReply: a long reply becomes one outbox row per part, each with
// its own key, its options under the last part, files alone.
func TestSplitReply(t *testing.T) {
	long := ""
	for i := 0; i < 300; i++ {
		long += "Dòng số liệu thứ " + fmt.Sprint(i) + "\n"
	}
	r := bot.Reply{Text: long, Options: []bot.Option{{Label: "A", Data: "1"}}, Photo: &bot.File{Name: "c.png", Data: []byte{1}}}
	parts := bot.SplitReply("zalo", r)
	if len(parts) < 3 {
		t.Fatalf("%d parts", len(parts))
	}
	last := parts[len(parts)-1]
	if last.Photo == nil || last.Text != "" {
		t.Fatalf("the photo is not a part of its own: %+v", last)
	}
	text := parts[len(parts)-2]
	if len(text.Options) != 1 || len(parts[0].Options) != 0 {
		t.Fatal("options are not under the last text part")
	}
	for _, p := range parts[:len(parts)-1] {
		if n := len([]rune(p.Text)); n > bot.MaxTextLength("zalo") || n == 0 {
			t.Fatalf("a part of %d characters", n)
		}
	}
}

// slowClaims is a store whose claims that return row hold come back late,
// as on a busy database.
type slowClaims struct {
	*queries.Store
	hold  string
	delay time.Duration
}

func (s *slowClaims) ClaimDueOutbox(ctx context.Context, platform string, now time.Time, perChat, limit int) ([]queries.OutboxMessage, error) {
	rows, err := s.Store.ClaimDueOutbox(ctx, platform, now, perChat, limit)
	for _, r := range rows {
		if r.Body == s.hold {
			time.Sleep(s.delay)
		}
	}
	return rows, err
}

// TestSenderKeepsOrderWhenAClaimRacesAFailure: claims run beside the
// sends. A claim that took a chat's next message while the chat's current
// one was failing, and came back after the failure, must not send the
// next message before the retry of the failed one.
func TestSenderKeepsOrderWhenAClaimRacesAFailure(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		s := dbtest.Open(t, d)
		put(t, s, "a", "a1")
		dl := &timed{slow: map[string]time.Duration{"a1": time.Second}, fail: map[string]error{"a1": errors.New("502 bad gateway")}}
		sender := bot.NewSender(&slowClaims{Store: s, hold: "a2", delay: 1500 * time.Millisecond}, bot.SenderConfig{Poll: 20 * time.Millisecond})
		sender.Register("test", dl, bot.Limits{PerSecond: 100})
		runSender(t, sender)
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
			dl.mu.Lock()
			started := dl.inflight > 0
			dl.mu.Unlock()
			if started {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("a1 was not sent")
			}
		}
		put(t, s, "a", "a2") // claimed while a1 is in flight, back after a1 failed
		got := dl.wait(t, 2, 15*time.Second)
		if got[0].text != "a1" || got[1].text != "a2" {
			t.Fatalf("chat a got %s then %s: a2 overtook the retry of a1", got[0].text, got[1].text)
		}
	})
}
