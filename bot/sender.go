package bot

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

// OutboxStore is the durable queue the sender works from; *queries.Store has it.
type OutboxStore interface {
	ClaimDueOutbox(ctx context.Context, platform string, now time.Time, perChat, limit int) ([]queries.OutboxMessage, error)
	MarkOutboxSent(ctx context.Context, id int64, now time.Time) error
	RetryOutbox(ctx context.Context, id int64, next time.Time, reason string) error
	DeadOutbox(ctx context.Context, id int64, reason string) error
	UnclaimOutbox(ctx context.Context, id int64, next time.Time) error
	ReleaseSendingOutbox(ctx context.Context) (int64, error)
	AcquireLease(ctx context.Context, name, holder string, now, expires time.Time) (bool, error)
	ReleaseLease(ctx context.Context, name, holder string) error
	MarkChatInactive(ctx context.Context, platform, chatID, reason string, at time.Time) error
}

// Limits are a platform's sending limits.
type Limits struct {
	// PerSecond paces the starts of all chats together, and at most
	// int(PerSecond) may arrive at the platform within any second; 0: none.
	PerSecond        float64
	PerChatPerSecond float64 // one chat, once its burst is spent; 0: none
	ChatBurst        int     // messages a chat may get at once; default 1
	// Workers caps the sends in flight; 0 sizes it from PerSecond and how
	// long a send keeps its worker (Little's law, with room to spare).
	Workers int
}

// TelegramLimits keep under Telegram's documented limits: about 30
// messages/s per bot in all, and in one chat no more than one a second
// after a short burst (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
// Both are kept where Telegram counts them, at arrival (pace.go); the
// margins (29 in any second, one per 1,05 s) cover what that bound assumes
// (a floor under the round trip learnt from the sends themselves): a 429
// costs a pause of retry_after, far more than the margin gains. The burst
// of 3 lets a reply in three parts arrive at once; should Telegram allow
// less, its 429 pauses that chat only.
var TelegramLimits = Limits{PerSecond: 29, PerChatPerSecond: 1 / 1.05, ChatBurst: 3}

// leaseName is the role the sending process holds in the leases table.
const leaseName = "outbox-sender"

// SenderConfig tunes the sender.
type SenderConfig struct {
	MaxAttempts int           // then the message is dead (visible to admins); default 8
	Poll        time.Duration // how often to look for due rows without a nudge; default 300 ms
	// Lease is how long the sending process's lease lasts unrenewed: a
	// sender that dies is replaced after at most this long, and the rows it
	// had claimed are sent by its successor. Default 15 s.
	Lease   time.Duration
	Now     func() time.Time
	Log     *slog.Logger
	Metrics *Metrics // nil: none
}

// Sender delivers the outbox: every outbound message goes through it, so
// nothing is lost across restarts.
//
// One process sends. Several serve processes on one database each run a
// Sender, but only the holder of the lease "outbox-sender" (a row in the
// leases table, renewed every third of its length) claims and sends; the
// others wait to take over. That keeps the platform's global limit, each
// chat's limit and each chat's order across processes without sharing a
// token bucket, and works the same on SQLite and PostgreSQL. A holder that
// cannot renew in time stops sending before its lease can run out; one
// that stops cleanly gives the lease up a second after its last send
// ended (its messages then count no more at the platform), and another
// takes over at once.
//
// Within the process each platform has a lane: a scheduler that claims due
// rows, keeps them per chat in order, and hands them to a pool of workers
// as the global and per-chat limits allow, so a chat that must wait does
// not hold up the others. A row is claimed before sending and marked sent
// after: a crash in between resends that row only (the new holder releases
// every claimed row when it takes the lease).
type Sender struct {
	store  OutboxStore
	lanes  map[string]*lane
	order  []string
	cfg    SenderConfig
	holder string

	mu      sync.Mutex
	leading bool
}

// NewSender makes a sender; Register its platforms before Run.
func NewSender(store OutboxStore, cfg SenderConfig) *Sender {
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 8
	}
	if cfg.Poll == 0 {
		cfg.Poll = 300 * time.Millisecond
	}
	if cfg.Lease == 0 {
		cfg.Lease = 15 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	id := make([]byte, 8)
	_, _ = crand.Read(id)
	return &Sender{store: store, lanes: map[string]*lane{}, cfg: cfg, holder: hex.EncodeToString(id)}
}

// Register adds a platform's deliverer and limits.
func (s *Sender) Register(platform string, d Deliverer, l Limits) {
	if _, ok := s.lanes[platform]; !ok {
		s.order = append(s.order, platform)
	}
	s.lanes[platform] = newLane(platform, d, l, s.store, &s.cfg)
}

// Notify wakes the senders now (a reply was just enqueued).
func (s *Sender) Notify() {
	for _, l := range s.lanes {
		l.notify()
	}
}

// Leading reports whether this process holds the lease and sends.
func (s *Sender) Leading() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.leading
}

// Run sends until ctx ends, whenever this process holds the lease.
func (s *Sender) Run(ctx context.Context) error {
	renew := max(s.cfg.Lease/3, 10*time.Millisecond)
	defer func() {
		// The next holder starts with an empty arrival window: it may send
		// only once this one's last messages are a second old.
		var last time.Time
		for _, l := range s.lanes {
			last = maxTime(last, l.lastEnd)
		}
		if wait := time.Until(last.Add(time.Second)); wait > 0 {
			time.Sleep(min(wait, time.Second))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.store.ReleaseLease(ctx, leaseName, s.holder); err != nil {
			s.cfg.Log.Warn("outbox: release lease", "err", err)
		}
	}()
	for {
		got := s.acquire(ctx)
		if got {
			s.lead(ctx, renew)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(min(renew, 2*time.Second)):
		}
	}
}

// acquire tries once to take or renew the lease.
func (s *Sender) acquire(ctx context.Context) bool {
	now := s.cfg.Now()
	ok, err := s.store.AcquireLease(ctx, leaseName, s.holder, now, now.Add(s.cfg.Lease))
	if err != nil && ctx.Err() == nil {
		s.cfg.Log.Error("outbox: lease", "err", err)
	}
	return ok && err == nil
}

// lead sends while the lease is renewed, and stops the lanes when it is
// not renewed in time: before it could expire and another process start.
func (s *Sender) lead(ctx context.Context, renew time.Duration) {
	s.setLeading(true)
	defer s.setLeading(false)
	s.cfg.Log.Info("outbox: this process sends")
	if n, err := s.store.ReleaseSendingOutbox(ctx); err != nil {
		s.cfg.Log.Error("outbox: release claimed rows", "err", err)
		return
	} else if n > 0 {
		s.cfg.Log.Warn("outbox: resending rows the previous sender had claimed", "n", n)
	}
	laneCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for _, p := range s.order {
		wg.Add(1)
		go func(l *lane) {
			defer wg.Done()
			l.run(laneCtx)
		}(s.lanes[p])
	}
	defer wg.Wait()
	defer stop()
	renewed := time.Now()
	t := time.NewTicker(renew)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		start := time.Now()
		if s.acquire(ctx) {
			renewed = start
			continue
		}
		// Not renewed: keep going only while the last renewal surely holds,
		// with a third of the lease to spare for the lanes to stop.
		if time.Since(renewed) > s.cfg.Lease-renew {
			s.cfg.Log.Warn("outbox: lease lost; this process stops sending")
			return
		}
	}
}

func (s *Sender) setLeading(on bool) {
	s.mu.Lock()
	s.leading = on
	s.mu.Unlock()
	s.cfg.Metrics.setLeader(on)
}

// Drain sends every row that is due now on every platform and returns,
// without the lease: for tests and one-shot tools that know they are alone.
func (s *Sender) Drain(ctx context.Context) error {
	for _, p := range s.order {
		if err := s.lanes[p].drain(ctx); err != nil {
			return err
		}
	}
	return nil
}

// Backoff is the wait before attempt n+1 after a transient failure:
// exponential from 1 s, capped at 5 min, with ±25% jitter.
func Backoff(n int) time.Duration {
	d := time.Second << min(max(n-1, 0), 9)
	if d > 5*time.Minute {
		d = 5 * time.Minute
	}
	jitter := time.Duration(rand.Int64N(int64(d/2))) - d/4
	return d + jitter
}
