package bot

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// path is a simulated network: a fixed delay each way, and jitter added to
// each (never taken off: a message is never early).
type path struct {
	out, back time.Duration
	jitter    func(r *rand.Rand) time.Duration
	// stalls: the platform stops for stallFor every stallEvery, and what
	// reaches it meanwhile is handled, all at once, when it resumes.
	stallEvery, stallFor time.Duration
}

type simSend struct{ start, arrival, end time.Time }

// simulate starts sends as soon as the window and the token bucket allow,
// as a lane does (rate n, burst 2), at most workers at once, for the given
// span of virtual time, and returns the sends.
func simulate(t *testing.T, n, workers int, p path, span time.Duration, seed uint64) []simSend {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	w := arrivalWindow{n: n}
	b := bucket{rate: float64(n), burst: 2}
	base := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	now := base
	var flight, done []simSend
	for now.Before(base.Add(span)) {
		at := w.readyAt(now, len(flight))
		if !at.IsZero() {
			at = maxTime(at, b.readyAt(now))
		}
		if len(flight) < workers && !at.IsZero() && !at.After(now) {
			b.take(now)
			s := simSend{start: now}
			s.arrival = now.Add(p.out + p.jitter(r))
			if p.stallEvery > 0 {
				if into := s.arrival.Sub(base) % p.stallEvery; into < p.stallFor {
					s.arrival = s.arrival.Add(p.stallFor - into)
				}
			}
			s.end = s.arrival.Add(p.back + p.jitter(r))
			flight = append(flight, s)
			continue
		}
		// The next event: a send ends, or the window opens.
		i := 0
		for j := range flight {
			if flight[j].end.Before(flight[i].end) {
				i = j
			}
		}
		if len(flight) < workers && !at.IsZero() && (len(flight) == 0 || at.Before(flight[i].end)) {
			now = at
			continue
		}
		s := flight[i]
		flight = slices.Delete(flight, i, i+1)
		now = s.end
		w.finished(s.start, s.end.Sub(s.start), true)
		done = append(done, s)
	}
	return done
}

func mostArrivingInASecond(sends []simSend) int {
	at := make([]time.Time, len(sends))
	for i, s := range sends {
		at[i] = s.arrival
	}
	slices.SortFunc(at, func(a, b time.Time) int { return a.Compare(b) })
	most := 0
	for i, j := 0, 0; j < len(at); j++ {
		for at[j].Sub(at[i]) >= time.Second {
			i++
		}
		most = max(most, j-i+1)
	}
	return most
}

// TestArrivalWindowBoundsArrivals: however the round trips vary, and even
// when the platform stalls and takes what reached it all at once, no more
// than n messages arrive within any second; and a steady path costs
// almost nothing of the rate.
func TestArrivalWindowBoundsArrivals(t *testing.T) {
	const n = 29
	none := func(*rand.Rand) time.Duration { return 0 }
	// Mostly a millisecond or two, sometimes tens, now and then hundreds
	// of milliseconds: a loaded machine.
	heavy := func(r *rand.Rand) time.Duration {
		switch x := r.Float64(); {
		case x < 0.7:
			return time.Duration(r.Int64N(int64(2 * time.Millisecond)))
		case x < 0.95:
			return time.Duration(r.Int64N(int64(50 * time.Millisecond)))
		default:
			return time.Duration(r.Int64N(int64(400 * time.Millisecond)))
		}
	}
	cases := []struct {
		name    string
		p       path
		minRate float64 // messages a second, at least
	}{
		{"steady 150 ms", path{out: 75 * time.Millisecond, back: 75 * time.Millisecond, jitter: none}, 28},
		{"steady 300 ms, all on the way out", path{out: 300 * time.Millisecond, jitter: none}, 28},
		{"steady 0 ms", path{out: 100 * time.Microsecond, back: 100 * time.Microsecond, jitter: none}, 28},
		{"jitter at 150 ms", path{out: 75 * time.Millisecond, back: 75 * time.Millisecond, jitter: heavy}, 26},
		{"jitter at 150 ms, all on the way back", path{back: 150 * time.Millisecond, jitter: heavy}, 26},
		{"jitter at 300 ms, all on the way out", path{out: 300 * time.Millisecond, jitter: heavy}, 26},
		{"stalls of 200 ms every 1,3 s", path{out: 75 * time.Millisecond, back: 75 * time.Millisecond, jitter: heavy,
			stallEvery: 1300 * time.Millisecond, stallFor: 200 * time.Millisecond}, 23},
		{"stalls of 300 ms every 0,7 s", path{out: 150 * time.Millisecond, jitter: heavy,
			stallEvery: 700 * time.Millisecond, stallFor: 300 * time.Millisecond}, 21},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for seed := uint64(1); seed <= 20; seed++ {
				const span = 60 * time.Second
				sends := simulate(t, n, 64, c.p, span, seed)
				if most := mostArrivingInASecond(sends); most > n {
					t.Fatalf("seed %d: %d messages arrived within one second, the window allows %d", seed, most, n)
				}
				if rate := float64(len(sends)) / span.Seconds(); rate < c.minRate {
					t.Fatalf("seed %d: %.1f messages a second, want at least %.1f", seed, rate, c.minRate)
				}
			}
		})
	}
}

// TestStartWindowLetsJitterThrough shows what the arrival window is for:
// the same path, with starts kept to n in any second instead, has more
// than n arriving within a second.
func TestStartWindowLetsJitterThrough(t *testing.T) {
	const n = 29
	r := rand.New(rand.NewPCG(7, 1))
	base := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var sends []simSend
	var starts []time.Time
	for now := base; now.Before(base.Add(60 * time.Second)); now = now.Add(time.Second / n) {
		if len(starts) >= n && now.Sub(starts[len(starts)-n]) < time.Second {
			continue
		}
		starts = append(starts, now)
		jitter := time.Duration(0)
		if r.Float64() < 0.05 {
			jitter = time.Duration(r.Int64N(int64(150 * time.Millisecond)))
		}
		sends = append(sends, simSend{start: now, arrival: now.Add(75*time.Millisecond + jitter)})
	}
	if most := mostArrivingInASecond(sends); most <= n {
		t.Fatalf("at most %d arrived within a second: the jitter did not bunch them", most)
	}
}

func TestRTTFloor(t *testing.T) {
	var f rttFloor
	if f.value() != 0 {
		t.Fatal("a floor before any round trip")
	}
	f.observe(400 * time.Millisecond)
	f.observe(150 * time.Millisecond)
	for range floorMinSeen - 3 {
		f.observe(400 * time.Millisecond)
	}
	if f.value() != 0 {
		t.Fatalf("a floor from %d round trips", floorMinSeen-1)
	}
	f.observe(400 * time.Millisecond)
	if got := f.value(); got != 150*time.Millisecond-floorMargin {
		t.Fatalf("floor %s", got)
	}
	// A slower path is followed once two samples have passed.
	for range 2 * floorSample {
		f.observe(300 * time.Millisecond)
	}
	if got := f.value(); got != 300*time.Millisecond-floorMargin {
		t.Fatalf("floor %s after the path slowed", got)
	}
	f.observe(100 * time.Millisecond)
	if got := f.value(); got != 100*time.Millisecond-floorMargin {
		t.Fatalf("floor %s after the path got faster", got)
	}
}
