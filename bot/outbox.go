package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/hatinh-stttt/chatbot/queries"
)

// Deliverer sends one reply to a chat on one platform.
type Deliverer interface {
	Deliver(ctx context.Context, chatID string, r Reply) error
}

// RetryAfterError is a platform's "too many requests, retry after".
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string { return fmt.Sprintf("retry after %s: %v", e.After, e.Err) }
func (e *RetryAfterError) Unwrap() error { return e.Err }

// PermanentError is a delivery that will never succeed (chat blocked, not found).
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return "permanent: " + e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// payload is what an outbox row carries besides its text.
type payload struct {
	Options  []Option `json:"options,omitempty"`
	Photo    *File    `json:"photo,omitempty"`
	Document *File    `json:"document,omitempty"`
}

// EncodeReply turns a reply into an outbox row's body and payload.
func EncodeReply(r Reply) (body, extra string, err error) {
	p := payload{Options: r.Options, Photo: r.Photo, Document: r.Document}
	if len(p.Options) == 0 && p.Photo == nil && p.Document == nil {
		return r.Text, "", nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", "", fmt.Errorf("bot: encode reply: %w", err)
	}
	return r.Text, string(b), nil
}

// DecodeReply is the inverse of EncodeReply.
func DecodeReply(body, extra string) (Reply, error) {
	r := Reply{Text: body}
	if extra == "" {
		return r, nil
	}
	var p payload
	if err := json.Unmarshal([]byte(extra), &p); err != nil {
		return r, fmt.Errorf("bot: decode reply: %w", err)
	}
	r.Options, r.Photo, r.Document = p.Options, p.Photo, p.Document
	return r, nil
}

// OutboxStore is the durable queue the sender works from.
type OutboxStore interface {
	ClaimDueOutbox(ctx context.Context, now time.Time, limit int) ([]queries.OutboxMessage, error)
	MarkOutboxSent(ctx context.Context, id int64, now time.Time) error
	RetryOutbox(ctx context.Context, id int64, next time.Time, reason string) error
	DeadOutbox(ctx context.Context, id int64, reason string) error
	ReleaseStaleOutbox(ctx context.Context, before time.Time) (int64, error)
}

// Limits are a platform's sending limits.
type Limits struct {
	PerSecond        float64 // all chats together
	PerChatPerSecond float64
}

// TelegramLimits keep under Telegram's documented limits (about 30
// messages/s per bot, 1/s per chat) with a small margin: a 429 costs a
// pause of retry_after, more than the margin gains.
var TelegramLimits = Limits{PerSecond: 29, PerChatPerSecond: 1}

// SenderConfig tunes the sender.
type SenderConfig struct {
	MaxAttempts int           // then the message is dead (visible to admins); default 8
	Poll        time.Duration // how often to look for due rows without a nudge; default 1 s
	StaleAfter  time.Duration // a row claimed longer ago by a dead sender is retried; default 2 min
	Now         func() time.Time
	Log         *slog.Logger
}

// Sender delivers the outbox: every outbound message goes through it, so
// nothing is lost across restarts. A row is claimed before sending and
// marked sent after: a crash between the two resends that one row at most.
type Sender struct {
	store      OutboxStore
	deliverers map[string]Deliverer
	limits     map[string]*limiter
	cfg        SenderConfig
	nudge      chan struct{}
}

// NewSender makes a sender for the given platforms.
func NewSender(store OutboxStore, cfg SenderConfig) *Sender {
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 8
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	if cfg.StaleAfter == 0 {
		cfg.StaleAfter = 2 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Sender{store: store, deliverers: map[string]Deliverer{}, limits: map[string]*limiter{}, cfg: cfg, nudge: make(chan struct{}, 1)}
}

// Register adds a platform's deliverer and limits.
func (s *Sender) Register(platform string, d Deliverer, l Limits) {
	s.deliverers[platform] = d
	s.limits[platform] = newLimiter(l)
}

// Notify wakes the sender now (a reply was just enqueued).
func (s *Sender) Notify() {
	select {
	case s.nudge <- struct{}{}:
	default:
	}
}

// Run delivers until ctx ends. Rows a dead sender left claimed for longer
// than StaleAfter go back to the queue, checked at start and then as often.
func (s *Sender) Run(ctx context.Context) error {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	var released time.Time
	for {
		if now := s.cfg.Now(); now.Sub(released) >= s.cfg.StaleAfter {
			if n, err := s.store.ReleaseStaleOutbox(ctx, now.Add(-s.cfg.StaleAfter)); err != nil && ctx.Err() == nil {
				s.cfg.Log.Error("outbox: release stale", "err", err)
			} else if n > 0 {
				s.cfg.Log.Warn("outbox: resending rows a stopped sender had claimed", "n", n)
			}
			released = now
		}
		if err := s.Drain(ctx); err != nil && ctx.Err() == nil {
			s.cfg.Log.Error("outbox: drain", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-s.nudge:
		}
	}
}

// claimBatch is how many due rows a sender takes at once: about a second
// of Telegram's global limit.
const claimBatch = 30

// Drain sends every row that is due now. Rows are claimed a batch at a
// time (SKIP LOCKED on PostgreSQL, so several senders share the work).
func (s *Sender) Drain(ctx context.Context) error {
	for ctx.Err() == nil {
		rows, err := s.store.ClaimDueOutbox(ctx, s.cfg.Now(), claimBatch)
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		for i, row := range rows {
			if err := s.deliver(ctx, row); err != nil {
				s.release(rows[i+1:])
				return err
			}
		}
	}
	return nil
}

// release puts claimed rows that were not sent back in the queue at once
// (shutting down, or a database error), so nobody waits for StaleAfter.
func (s *Sender) release(rows []queries.OutboxMessage) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, row := range rows {
		if err := s.store.RetryOutbox(ctx, row.ID, s.cfg.Now(), ""); err != nil {
			s.cfg.Log.Warn("outbox: release", "id", row.ID, "err", err)
		}
	}
}

func (s *Sender) deliver(ctx context.Context, row queries.OutboxMessage) error {
	d, ok := s.deliverers[row.Platform]
	if !ok {
		return s.store.DeadOutbox(ctx, row.ID, "no channel for platform "+row.Platform)
	}
	if err := s.limits[row.Platform].wait(ctx, row.ChatID); err != nil {
		s.release([]queries.OutboxMessage{row})
		return ctx.Err()
	}
	reply, err := DecodeReply(row.Body, row.Payload)
	if err != nil {
		return s.store.DeadOutbox(ctx, row.ID, err.Error())
	}
	// The send gets its own context so a shutdown does not cut a request in
	// half after the row was claimed.
	sendCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	err = d.Deliver(sendCtx, row.ChatID, reply)
	cancel()
	now := s.cfg.Now()
	var ra *RetryAfterError
	var perm *PermanentError
	switch {
	case err == nil:
		return s.store.MarkOutboxSent(ctx, row.ID, now)
	case errors.As(err, &perm):
		s.cfg.Log.Warn("outbox: undeliverable", "id", row.ID, "platform", row.Platform, "err", err)
		return s.store.DeadOutbox(ctx, row.ID, err.Error())
	case row.Attempts >= s.cfg.MaxAttempts:
		s.cfg.Log.Warn("outbox: giving up", "id", row.ID, "attempts", row.Attempts, "err", err)
		return s.store.DeadOutbox(ctx, row.ID, err.Error())
	case errors.As(err, &ra):
		s.limits[row.Platform].pause(ra.After)
		return s.store.RetryOutbox(ctx, row.ID, now.Add(ra.After), err.Error())
	}
	return s.store.RetryOutbox(ctx, row.ID, now.Add(Backoff(row.Attempts)), err.Error())
}

// Backoff is the wait before attempt n+1 after a transient failure:
// exponential from 1 s, capped at 5 min, with ±25% jitter.
func Backoff(n int) time.Duration {
	d := time.Second << min(n-1, 9)
	if d > 5*time.Minute {
		d = 5 * time.Minute
	}
	jitter := time.Duration(rand.Int64N(int64(d/2))) - d/4
	return d + jitter
}

// limiter keeps a platform's global and per-chat rates.
type limiter struct {
	global  *rate.Limiter
	perChat float64
	mu      sync.Mutex
	chats   map[string]*rate.Limiter
	until   time.Time // paused by a retry_after
}

func newLimiter(l Limits) *limiter {
	lim := &limiter{perChat: l.PerChatPerSecond, chats: map[string]*rate.Limiter{}}
	if l.PerSecond > 0 {
		lim.global = rate.NewLimiter(rate.Limit(l.PerSecond), 1)
	}
	return lim
}

func (l *limiter) wait(ctx context.Context, chat string) error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	until := l.until
	var per *rate.Limiter
	if l.perChat > 0 {
		per = l.chats[chat]
		if per == nil {
			per = rate.NewLimiter(rate.Limit(l.perChat), 1)
			l.chats[chat] = per
		}
	}
	l.mu.Unlock()
	if d := time.Until(until); d > 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
		}
	}
	if per != nil {
		if err := per.Wait(ctx); err != nil {
			return err
		}
	}
	if l.global != nil {
		return l.global.Wait(ctx)
	}
	return nil
}

func (l *limiter) pause(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t := time.Now().Add(d); t.After(l.until) {
		l.until = t
	}
}
