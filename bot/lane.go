package bot

import (
	"context"
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
	claimed  chan claimResult

	chats    map[string]*chat
	global   bucket        // spaces the starts evenly
	arrivals arrivalWindow // keeps the platform's limit where it counts (pace.go)
	paused   time.Time     // the whole bot waits (a 429 about the global rate)
	held     int           // claimed rows waiting in chat queues
	inflight int
	claiming bool // a claim is running
	// recalled are the chats whose held rows went back to the database
	// while a claim ran: rows of theirs that it returns go back too.
	recalled map[string]recall
	// occupancy is the moving average of how long a send keeps its worker:
	// the round trip and recording the outcome.
	occupancy time.Duration
	workers   int
	lastEnd   time.Time // when the last send ended
}

// chat is one chat's queue and limits.
type chat struct {
	id        string
	queue     []queries.OutboxMessage // claimed, in (not_before, id) order
	busy      bool                    // a send is in flight
	bucket    bucket
	before    bucket    // bucket before the send in flight took its token
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
		results: make(chan result, 128), claimed: make(chan claimResult, 1)}
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
// measured occupancy of a worker (Little's law), half again for its
// variance, plus two.
func (l *lane) sizeWorkers() {
	n := l.lim.Workers
	switch {
	case n > 0:
	case l.lim.PerSecond <= 0:
		n = 8
	default:
		n = int(math.Ceil(l.lim.PerSecond*l.occupancy.Seconds()*1.5)) + 2
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
	// late (a busy machine); the arrival window keeps any second to the
	// limit whatever the bucket lets through.
	l.global = bucket{rate: l.lim.PerSecond, burst: 2}
	// The shortest round trip is the path's, so it outlives a lease.
	l.arrivals = arrivalWindow{n: int(l.lim.PerSecond), floor: l.arrivals.floor}
	l.paused, l.held, l.inflight, l.claiming, l.recalled = time.Time{}, 0, 0, false, nil
	if l.occupancy == 0 {
		l.occupancy = 250 * time.Millisecond
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
		// A claim reads every due row of the platform, which takes from a
		// millisecond to a second on a busy machine: it runs beside the
		// scheduler, which goes on sending what it holds, and only once half
		// of that has gone, so once per few seconds of sending.
		if wantClaim && !l.claiming && l.held <= l.maxHeld()/2 {
			l.claim()
			wantClaim = false
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
		case c := <-l.claimed:
			n := l.claimDone(c)
			switch {
			case c.err != nil && drain:
				return c.err
			case c.err != nil:
				if ctx.Err() == nil {
					l.cfg.Log.Error("outbox: claim", "platform", l.platform, "err", c.err)
				}
			default:
				wantClaim = len(c.rows) == c.asked
				if drain && n == 0 && l.held == 0 && l.inflight == 0 {
					return nil
				}
			}
		case r := <-l.results:
			l.finish(r)
			wantClaim = wantClaim || drain
		case <-wake.C:
		case <-poll.C:
			wantClaim = true
		case <-l.nudge:
			wantClaim = true
		}
	}
	return nil
}

// stop waits for the claim and the sends in flight and puts the rows still
// held back in the queue, due now, so the next sender needs no takeover
// delay for them.
func (l *lane) stop() {
	if l.claiming {
		l.claimDone(<-l.claimed)
	}
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
		if at := l.globalReadyAt(now); at.IsZero() || at.After(now) {
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
		c.before = c.bucket
		c.bucket.take(now)
		l.global.take(now)
		prev := c.lastStart
		c.lastStart = now
		l.inflight++
		go l.send(row, now, prev)
	}
	return time.Time{}
}

// globalReadyAt is when the platform's limit allows the next start: the
// token bucket spaces sends (with a small burst to catch up after a late
// wake-up), and the arrival window keeps the messages arriving within any
// second to int(PerSecond) (pace.go). Zero: when a send in flight ends.
func (l *lane) globalReadyAt(now time.Time) time.Time {
	at := l.arrivals.readyAt(now, l.inflight)
	if at.IsZero() {
		return at
	}
	return maxTime(at, l.global.readyAt(now))
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
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

// observe folds how long a send kept its worker into the moving average
// that sizes the pool.
func (l *lane) observe(d time.Duration) {
	l.occupancy = (l.occupancy*4 + d) / 5
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
