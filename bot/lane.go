package bot

import (
	"context"
	"errors"
	"math"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

const (
	// holdAhead is how many seconds of sending a lane claims ahead: enough
	// that there is always another chat ready while some wait for their
	// slot, few enough that claimed rows wait seconds, not minutes.
	holdAhead = 4
	// longPause is the longest pause during which claimed rows stay in
	// memory; rows that must wait longer go back to the database, due when
	// the pause ends.
	longPause = 5 * time.Second
	// sendTimeout bounds one send, so a hung connection frees its worker.
	sendTimeout = 30 * time.Second
	// chatScopeWindow: a 429 for a chat that got another message this
	// recently concerns that chat; otherwise the bot's global rate.
	chatScopeWindow = time.Second
)

// lane sends one platform's outbox. One goroutine (run) owns the state
// below and decides what to send when; workers make the calls and report
// back on results. Each chat has at most one send in flight, so its order
// is kept; chats wait for their slot apart from one another.
type lane struct {
	platform string
	d        Deliverer
	lim      Limits
	store    OutboxStore
	cfg      *SenderConfig
	nudge    chan struct{}
	results  chan result

	chats    map[string]*chat
	global   bucket
	window   []time.Time // starts within the last second, at most int(PerSecond)
	paused   time.Time   // the whole bot waits (a 429 about the global rate)
	held     int         // claimed rows waiting in chat queues
	inflight int
	latency  time.Duration // moving average of a send's duration
	workers  int
}

// chat is one chat's queue and limits.
type chat struct {
	id        string
	queue     []queries.OutboxMessage // claimed, in (not_before, id) order
	busy      bool                    // a send is in flight
	bucket    bucket
	paused    time.Time // this chat waits (a 429 about it)
	lastStart time.Time
}

// result is a finished send, reported by a worker.
type result struct {
	row       queries.OutboxMessage
	err       error
	start     time.Time
	took      time.Duration
	prevStart time.Time // the chat's previous send, for a 429's scope
}

func newLane(platform string, d Deliverer, l Limits, store OutboxStore, cfg *SenderConfig) *lane {
	if l.ChatBurst < 1 {
		l.ChatBurst = 1
	}
	return &lane{platform: platform, d: d, lim: l, store: store, cfg: cfg, nudge: make(chan struct{}, 1),
		results: make(chan result, 128)}
}

func (l *lane) notify() {
	select {
	case l.nudge <- struct{}{}:
	default:
	}
}

// maxHeld is how many claimed rows the lane keeps at most.
func (l *lane) maxHeld() int {
	if l.lim.PerSecond <= 0 {
		return 64
	}
	return int(l.lim.PerSecond*holdAhead) + 16
}

// perChatHeld is how many rows of one chat the lane claims at most.
func (l *lane) perChatHeld() int {
	if l.lim.PerChatPerSecond <= 0 {
		return 16
	}
	return l.lim.ChatBurst + int(math.Ceil(l.lim.PerChatPerSecond*holdAhead))
}

// sizeWorkers sets how many sends may be in flight: the rate times the
// measured round trip (Little's law), half again for its variance, plus two.
func (l *lane) sizeWorkers() {
	n := l.lim.Workers
	switch {
	case n > 0:
	case l.lim.PerSecond <= 0:
		n = 8
	default:
		n = int(math.Ceil(l.lim.PerSecond*l.latency.Seconds()*1.5)) + 2
		n = min(max(n, 2), 64)
	}
	if n != l.workers {
		l.workers = n
		l.cfg.Metrics.setWorkers(l.platform, n)
	}
}

func (l *lane) reset() {
	l.chats = map[string]*chat{}
	// A burst of 2 lets the scheduler catch up one interval when it wakes
	// late (a busy machine); the window keeps any second to the limit, and
	// a larger burst would gather sends at the window's edge.
	l.global = bucket{rate: l.lim.PerSecond, burst: 2}
	l.window = nil
	l.paused, l.held, l.inflight = time.Time{}, 0, 0
	if l.latency == 0 {
		l.latency = 250 * time.Millisecond
	}
	l.sizeWorkers()
}

func (l *lane) run(ctx context.Context) { _ = l.loop(ctx, false) }

func (l *lane) drain(ctx context.Context) error { return l.loop(ctx, true) }

// loop schedules until ctx ends; in drain mode it returns once nothing is
// due, held or in flight.
func (l *lane) loop(ctx context.Context, drain bool) error {
	l.reset()
	defer l.stop()
	poll := time.NewTicker(l.cfg.Poll)
	defer poll.Stop()
	wake := time.NewTimer(time.Hour)
	defer wake.Stop()
	wantClaim, lastExpiry := true, time.Now()
	for ctx.Err() == nil {
		if wantClaim && l.held < l.maxHeld() {
			n, asked, err := l.claim(ctx)
			switch {
			case err != nil && drain:
				return err
			case err != nil:
				if ctx.Err() == nil {
					l.cfg.Log.Error("outbox: claim", "platform", l.platform, "err", err)
				}
				wantClaim = false
			default:
				wantClaim = n == asked
				if drain && n == 0 && l.held == 0 && l.inflight == 0 {
					return nil
				}
			}
		}
		now := time.Now()
		next := l.dispatch(now)
		if now.Sub(lastExpiry) > time.Second {
			l.expire(now)
			lastExpiry = now
		}
		wake.Reset(time.Hour)
		if !next.IsZero() {
			wake.Reset(max(time.Until(next), 0))
		}
		select {
		case <-ctx.Done():
		case r := <-l.results:
			l.finish(r)
			wantClaim = wantClaim || drain || l.held <= l.maxHeld()/2
		case <-wake.C:
		case <-poll.C:
			wantClaim = true
		case <-l.nudge:
			wantClaim = true
		}
	}
	return nil
}

// stop waits for the sends in flight and puts the rows still held back in
// the queue, due now, so the next sender needs no takeover delay for them.
func (l *lane) stop() {
	for l.inflight > 0 {
		l.finish(<-l.results)
	}
	var rows []queries.OutboxMessage
	for _, c := range l.chats {
		rows = append(rows, c.queue...)
		c.queue = nil
	}
	l.held = 0
	l.unclaim(rows, l.cfg.Now())
}

// claim takes due rows from the database into the chat queues.
func (l *lane) claim(ctx context.Context) (n, asked int, err error) {
	asked = l.maxHeld() - l.held
	rows, err := l.store.ClaimDueOutbox(ctx, l.platform, l.cfg.Now(), l.perChatHeld(), asked)
	if err != nil {
		return 0, asked, err
	}
	for _, r := range rows {
		l.chatOf(r.ChatID).enqueue(r)
		l.held++
	}
	return len(rows), asked, nil
}

func (l *lane) chatOf(id string) *chat {
	c := l.chats[id]
	if c == nil {
		c = &chat{id: id, bucket: bucket{rate: l.lim.PerChatPerSecond, burst: float64(l.lim.ChatBurst),
			tokens: float64(l.lim.ChatBurst), at: time.Now()}}
		l.chats[id] = c
	}
	return c
}

// enqueue inserts a row in order: rows come back to the queue after a 429.
func (c *chat) enqueue(r queries.OutboxMessage) {
	i := len(c.queue)
	for i > 0 && before(r, c.queue[i-1]) {
		i--
	}
	c.queue = append(c.queue, queries.OutboxMessage{})
	copy(c.queue[i+1:], c.queue[i:])
	c.queue[i] = r
}

func before(a, b queries.OutboxMessage) bool {
	if !a.NotBefore.Equal(b.NotBefore) {
		return a.NotBefore.Before(b.NotBefore)
	}
	return a.ID < b.ID
}

// dispatch starts every send the limits allow now and returns when the
// next one may start (zero: when a worker is free or a row arrives).
func (l *lane) dispatch(now time.Time) time.Time {
	for l.inflight < l.workers {
		if now.Before(l.paused) {
			return l.paused
		}
		if at := l.globalReadyAt(now); at.After(now) {
			return at
		}
		c, next := l.pick(now)
		if c == nil {
			return next
		}
		row := c.queue[0]
		c.queue = c.queue[1:]
		l.held--
		c.busy = true
		c.bucket.take(now)
		l.global.take(now)
		if n := int(l.lim.PerSecond); n > 0 {
			if len(l.window) >= n {
				l.window = l.window[1:]
			}
			l.window = append(l.window, now)
		}
		prev := c.lastStart
		c.lastStart = now
		l.inflight++
		go l.send(row, now, prev)
	}
	return time.Time{}
}

// globalReadyAt is when the platform's limit allows the next start: the
// token bucket spaces sends (with a small burst to catch up after a late
// wake-up), and a sliding window keeps any second to int(PerSecond)
// starts, one under the limit so that the jitter of arrival times does not
// make a 429 at a limit counted in any sliding second, as Telegram's.
func (l *lane) globalReadyAt(now time.Time) time.Time {
	at := l.global.readyAt(now)
	if n := int(l.lim.PerSecond); n > 0 && len(l.window) >= n {
		if w := l.window[len(l.window)-n].Add(time.Second); w.After(at) {
			at = w
		}
	}
	return at
}

// pick is the chat whose next row is oldest among those that may send now,
// or the earliest time one may.
func (l *lane) pick(now time.Time) (*chat, time.Time) {
	var best *chat
	var next time.Time
	for _, c := range l.chats {
		if c.busy || len(c.queue) == 0 {
			continue
		}
		at := c.bucket.readyAt(now)
		if c.paused.After(at) {
			at = c.paused
		}
		if at.After(now) {
			if next.IsZero() || at.Before(next) {
				next = at
			}
			continue
		}
		if best == nil || before(c.queue[0], best.queue[0]) {
			best = c
		}
	}
	return best, next
}

// send runs on a worker: one call to the platform, then the row's record.
func (l *lane) send(row queries.OutboxMessage, start, prev time.Time) {
	reply, err := DecodeReply(row.Body, row.Payload)
	if err == nil {
		// Detached from the lane's context: stopping must not cut a
		// request in half after the row was claimed.
		ctx, cancel := context.WithTimeout(context.Background(), sendTimeout)
		err = l.d.Deliver(ctx, row.ChatID, reply)
		cancel()
	} else {
		err = &PermanentError{Err: err}
	}
	took := time.Since(start)
	l.record(row, err)
	l.results <- result{row: row, err: err, start: start, took: took, prevStart: prev}
}

// record writes a finished send's outcome to its row (a 429 is left to the
// scheduler, which decides whether the row waits in memory or goes back).
func (l *lane) record(row queries.OutboxMessage, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	now := l.cfg.Now()
	var ra *RetryAfterError
	var perm *PermanentError
	switch {
	case err == nil:
		// The message is out: a lost mark would send it again, so try hard.
		for i := 0; i < 3; i++ {
			if err = l.store.MarkOutboxSent(ctx, row.ID, now); err == nil {
				return
			}
			time.Sleep(time.Duration(i+1) * 500 * time.Millisecond)
		}
		l.cfg.Log.Error("outbox: sent but not recorded; it may be sent again", "id", row.ID, "err", err)
	case errors.As(err, &ra):
	case errors.As(err, &perm):
		l.cfg.Log.Warn("outbox: undeliverable", "id", row.ID, "platform", l.platform, "blocked", perm.Blocked, "err", err)
		if perm.Blocked {
			if err := l.store.MarkChatInactive(ctx, l.platform, row.ChatID, err.Error(), now); err != nil {
				l.cfg.Log.Error("outbox: mark chat inactive", "err", err)
			}
		}
		l.dead(ctx, row, err.Error())
	case row.Attempts >= l.cfg.MaxAttempts:
		l.cfg.Log.Warn("outbox: giving up", "id", row.ID, "attempts", row.Attempts, "err", err)
		l.dead(ctx, row, err.Error())
	default:
		if err := l.store.RetryOutbox(ctx, row.ID, now.Add(Backoff(row.Attempts)), err.Error()); err != nil {
			l.cfg.Log.Error("outbox: retry", "id", row.ID, "err", err)
		}
	}
}

func (l *lane) dead(ctx context.Context, row queries.OutboxMessage, reason string) {
	if err := l.store.DeadOutbox(ctx, row.ID, reason); err != nil {
		l.cfg.Log.Error("outbox: dead", "id", row.ID, "err", err)
	}
	l.cfg.Metrics.deadLetter(l.platform)
}

// finish updates the schedule after a send.
func (l *lane) finish(r result) {
	l.inflight--
	c := l.chatOf(r.row.ChatID)
	c.busy = false
	var ra *RetryAfterError
	var perm *PermanentError
	switch {
	case r.err == nil:
		l.observe(r.took)
		l.cfg.Metrics.sent(l.platform, outcomeSent, r.took)
	case errors.As(r.err, &ra):
		l.observe(r.took)
		l.cfg.Metrics.sent(l.platform, outcomeRateLimited, r.took)
		l.rateLimited(c, r, ra.After)
	case errors.As(r.err, &perm) && perm.Blocked:
		l.cfg.Metrics.sent(l.platform, outcomeBlocked, r.took)
		// Everything else queued for the chat would meet the same refusal.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		for _, row := range c.queue {
			l.dead(ctx, row, r.err.Error())
		}
		cancel()
		l.held -= len(c.queue)
		c.queue = nil
	case errors.As(r.err, &perm):
		l.cfg.Metrics.sent(l.platform, outcomeUndeliverable, r.took)
	default:
		l.cfg.Metrics.sent(l.platform, outcomeFailed, r.took)
		if r.row.Attempts < l.cfg.MaxAttempts {
			// The row waits for its retry in the database; the chat's later
			// rows go back too, and are claimed only after it (see
			// claim-due-outbox), so the chat's order holds.
			l.unclaim(c.queue, l.cfg.Now())
			l.held -= len(c.queue)
			c.queue = nil
		}
	}
}

// rateLimited pauses the chat or the whole bot for retry_after. Telegram's
// 429 does not say which limit was hit; a chat that got another message
// within the last second has hit its own, otherwise the bot's global rate
// was exceeded. The row goes back to the head of its chat's queue.
func (l *lane) rateLimited(c *chat, r result, after time.Duration) {
	until := time.Now().Add(after)
	c.enqueue(r.row)
	l.held++
	if !r.prevStart.IsZero() && r.start.Sub(r.prevStart) < chatScopeWindow {
		l.cfg.Metrics.limited(l.platform, "chat")
		l.cfg.Log.Warn("outbox: 429 for one chat", "platform", l.platform, "retry_after", after)
		c.paused = until
		if after > longPause {
			l.unclaim(c.queue, l.cfg.Now().Add(after))
			l.held -= len(c.queue)
			c.queue = nil
		}
		return
	}
	l.cfg.Metrics.limited(l.platform, "bot")
	l.cfg.Log.Warn("outbox: 429 for the bot: pausing every send", "platform", l.platform, "retry_after", after)
	if until.After(l.paused) {
		l.paused = until
	}
	if after > longPause {
		var rows []queries.OutboxMessage
		for _, c := range l.chats {
			rows = append(rows, c.queue...)
			c.queue = nil
		}
		l.held = 0
		l.unclaim(rows, l.cfg.Now().Add(after))
	}
}

// unclaim returns held rows to the database, due at next.
func (l *lane) unclaim(rows []queries.OutboxMessage, next time.Time) {
	if len(rows) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, r := range rows {
		if err := l.store.UnclaimOutbox(ctx, r.ID, next); err != nil {
			// It stays claimed until the next lease holder releases it.
			l.cfg.Log.Warn("outbox: unclaim", "id", r.ID, "err", err)
		}
	}
}

// observe folds a send's duration into the moving average that sizes the
// worker pool.
func (l *lane) observe(took time.Duration) {
	l.latency = (l.latency*4 + took) / 5
	l.sizeWorkers()
}

// expire forgets idle chats, so memory stays bounded by what is queued and
// what was sent in the last moments.
func (l *lane) expire(now time.Time) {
	for id, c := range l.chats {
		if !c.busy && len(c.queue) == 0 && !now.Before(c.paused) && now.Sub(c.lastStart) > chatScopeWindow && c.bucket.full(now) {
			delete(l.chats, id)
		}
	}
}

// bucket is a token bucket: rate tokens a second, at most burst; a zero
// rate never limits.
type bucket struct {
	rate, burst, tokens float64
	at                  time.Time
}

func (b *bucket) fill(now time.Time) {
	if b.rate <= 0 {
		return
	}
	if b.at.IsZero() {
		b.tokens, b.at = b.burst, now
		return
	}
	if now.After(b.at) {
		b.tokens = min(b.burst, b.tokens+now.Sub(b.at).Seconds()*b.rate)
		b.at = now
	}
}

// readyAt is when a token is available.
func (b *bucket) readyAt(now time.Time) time.Time {
	if b.rate <= 0 {
		return now
	}
	b.fill(now)
	if b.tokens >= 1 {
		return now
	}
	return now.Add(time.Duration((1 - b.tokens) / b.rate * float64(time.Second)))
}

func (b *bucket) take(now time.Time) {
	if b.rate <= 0 {
		return
	}
	b.fill(now)
	b.tokens--
}

func (b *bucket) full(now time.Time) bool {
	if b.rate <= 0 {
		return true
	}
	b.fill(now)
	return b.tokens >= b.burst
}
