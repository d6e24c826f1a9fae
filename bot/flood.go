package bot

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// FloodControl limits each person to perMinute messages (with a burst);
// over it, one polite reply, then silence until the rate allows again.
func FloodControl(perMinute float64, burst int, slowDown string) Middleware {
	var mu sync.Mutex
	type state struct {
		lim    *rate.Limiter
		warned bool
		seen   time.Time
	}
	users := map[string]*state{}
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, m Message) ([]Reply, error) {
			key := m.Platform + ":" + m.UserID
			mu.Lock()
			st := users[key]
			if st == nil {
				if len(users) > 100_000 {
					users = map[string]*state{} // forget idle senders rather than grow without bound
				}
				st = &state{lim: rate.NewLimiter(rate.Limit(perMinute/60), burst)}
				users[key] = st
			}
			st.seen = time.Now()
			allowed := st.lim.Allow()
			warn := !allowed && !st.warned
			if allowed {
				st.warned = false
			} else {
				st.warned = true
			}
			mu.Unlock()
			switch {
			case allowed:
				return next(ctx, m)
			case warn:
				return []Reply{{Text: slowDown}}, nil
			}
			return nil, nil
		}
	}
}
