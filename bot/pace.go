package bot

import (
	"slices"
	"time"
)

// A platform counts its limits where messages arrive, not where they are
// sent: Telegram refuses the 31st message arriving within a second, and the
// arrival of each is its start plus a round trip's first half, which varies
// (a busy machine, a slow connection). Sends started evenly arrive bunched,
// so a limit kept on starts is exceeded at arrival by the jitter.
//
// The sender cannot see arrivals, but it can bound them: a message arrives
// after it is sent and before its answer comes back. More precisely, with a
// fixed path (a delay x out, y back, each plus a non-negative jitter), send
// j arrives no later than its end minus y and send k no earlier than its
// start plus x. A second at the platform that holds both arrivals then
// means end(j) > start(k) - 1 s + x + y, and x + y is at most the shortest
// round trip seen. Hence the rule of arrivalWindow: a send may start at t
// only while fewer than n sends are in flight or ended after
// t - 1 s + floor, floor being a little under the shortest recent round
// trip. Taking k as
// the last to start among the messages arriving in any one second, every
// other one was counted when k started, so at most n arrive in any second,
// however the round trips vary. The price is small: a send counts from its
// start to one second after its end minus floor, i.e. one second plus its
// own jitter, so the rate falls below n only by the mean jitter (1% for
// 10 ms). A window kept on starts instead lets the jitter through, and a
// window kept on whole round trips costs a rate of n/(1 + round trip): 26/s
// at 150 ms.

// arrivalWindow keeps at most n messages arriving at the platform within
// any second (see above).
type arrivalWindow struct {
	n     int
	ends  []time.Time // ends of the sends of the last second, in order
	floor rttFloor
}

// finished records a send that started at start and took took; answered
// says the platform answered it (its duration is a round trip).
func (w *arrivalWindow) finished(start time.Time, took time.Duration, answered bool) {
	if answered {
		w.floor.observe(took)
	}
	if w.n <= 0 {
		return
	}
	end := start.Add(took)
	i := len(w.ends)
	for i > 0 && w.ends[i-1].After(end) {
		i--
	}
	w.ends = slices.Insert(w.ends, i, end)
}

// readyAt is when the next send may start, given inflight sends without an
// end yet; zero when only the end of one of those can free a place.
func (w *arrivalWindow) readyAt(now time.Time, inflight int) time.Time {
	if w.n <= 0 {
		return now
	}
	// An end at or before now - 1 s never counts again (floor >= 0).
	drop := 0
	for drop < len(w.ends) && !w.ends[drop].After(now.Add(-time.Second)) {
		drop++
	}
	w.ends = w.ends[drop:]
	if inflight >= w.n {
		return time.Time{}
	}
	cut := now.Add(w.floor.value() - time.Second)
	first := len(w.ends)
	for first > 0 && w.ends[first-1].After(cut) {
		first--
	}
	counted := len(w.ends) - first + inflight
	if counted < w.n {
		return now
	}
	// The send that must leave the count for one place to free.
	return w.ends[first+counted-w.n].Add(time.Second - w.floor.value())
}

// rttFloor is a little under the shortest round trip of the last 512 to
// 1.024 answered sends: the fixed part of the path, the rest being jitter.
// The shortest round trip still holds the least jitter of its sample, by
// which it overstates the fixed part. An overstated floor lets the window
// count a send too briefly, an understated one only makes it stricter; so
// the floor is zero (nothing assumed) until 64 round trips were seen (the
// first ones may all be slow: new connections, a busy start), then the
// minimum of a long sample less floorMargin. It follows a path that got
// faster at once, one that got slower within 1.024 sends.
type rttFloor struct {
	cur, prev time.Duration
	n, seen   int
	aged      bool
}

const (
	floorSample  = 512
	floorMinSeen = 64
	floorMargin  = 5 * time.Millisecond
)

func (f *rttFloor) observe(d time.Duration) {
	if f.n == 0 || d < f.cur {
		f.cur = d
	}
	f.n++
	f.seen = min(f.seen+1, floorMinSeen)
	if f.n == floorSample {
		f.prev, f.aged = f.cur, true
		f.n = 0
	}
}

func (f *rttFloor) value() time.Duration {
	var v time.Duration
	switch {
	case f.seen < floorMinSeen:
		return 0
	case f.n == 0:
		v = f.prev
	case f.aged:
		v = min(f.prev, f.cur)
	default:
		v = f.cur
	}
	return max(v-floorMargin, 0)
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
