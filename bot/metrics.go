package bot

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the handling-time histogram.
var latencyBuckets = []float64{0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5}

// Metrics counts what the bot does and serves it in Prometheus text format.
type Metrics struct {
	mu      sync.Mutex
	updates map[string]uint64
	replies map[string]uint64
	errors  map[string]uint64
	buckets map[string][]uint64
	sum     map[string]float64
	count   map[string]uint64
	outbox  func(ctx context.Context) (map[string]int, error)
	extra   []func(w io.Writer)
}

// Collect adds a writer of further metrics (the language model's, say).
func (m *Metrics) Collect(f func(w io.Writer)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.extra = append(m.extra, f)
}

// NewMetrics makes a registry; outbox reports the outbox depth by status.
func NewMetrics(outbox func(ctx context.Context) (map[string]int, error)) *Metrics {
	return &Metrics{updates: map[string]uint64{}, replies: map[string]uint64{}, errors: map[string]uint64{},
		buckets: map[string][]uint64{}, sum: map[string]float64{}, count: map[string]uint64{}, outbox: outbox}
}

// Middleware counts messages, replies, errors and handling time per platform.
func (m *Metrics) Middleware() Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, msg Message) ([]Reply, error) {
			start := time.Now()
			out, err := next(ctx, msg)
			m.observe(msg.Platform, len(out), err, time.Since(start))
			return out, err
		}
	}
}

func (m *Metrics) observe(platform string, replies int, err error, took time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.updates[platform]++
	m.replies[platform] += uint64(replies)
	if err != nil {
		m.errors[platform]++
	}
	b := m.buckets[platform]
	if b == nil {
		b = make([]uint64, len(latencyBuckets))
		m.buckets[platform] = b
	}
	s := took.Seconds()
	for i, le := range latencyBuckets {
		if s <= le {
			b[i]++
		}
	}
	m.sum[platform] += s
	m.count[platform]++
}

// ServeHTTP writes the metrics in Prometheus text exposition format.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.mu.Lock()
	counter := func(name, help string, v map[string]uint64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n", name, help, name)
		for _, p := range keys(v) {
			fmt.Fprintf(w, "%s{platform=%q} %d\n", name, p, v[p])
		}
	}
	counter("chatbot_updates_total", "Messages handled.", m.updates)
	counter("chatbot_replies_total", "Replies produced.", m.replies)
	counter("chatbot_errors_total", "Messages whose handling failed.", m.errors)
	for _, f := range m.extra {
		f(w)
	}
	fmt.Fprintf(w, "# HELP chatbot_handle_seconds Time to handle a message.\n# TYPE chatbot_handle_seconds histogram\n")
	for _, p := range keys(m.count) {
		for i, le := range latencyBuckets {
			fmt.Fprintf(w, "chatbot_handle_seconds_bucket{platform=%q,le=\"%g\"} %d\n", p, le, m.buckets[p][i])
		}
		fmt.Fprintf(w, "chatbot_handle_seconds_bucket{platform=%q,le=\"+Inf\"} %d\n", p, m.count[p])
		fmt.Fprintf(w, "chatbot_handle_seconds_sum{platform=%q} %g\nchatbot_handle_seconds_count{platform=%q} %d\n", p, m.sum[p], p, m.count[p])
	}
	m.mu.Unlock()
	if m.outbox != nil {
		depth, err := m.outbox(r.Context())
		if err == nil {
			fmt.Fprintf(w, "# HELP chatbot_outbox_messages Outbox rows by status.\n# TYPE chatbot_outbox_messages gauge\n")
			for _, s := range []string{"pending", "sending", "sent", "dead"} {
				fmt.Fprintf(w, "chatbot_outbox_messages{status=%q} %d\n", s, depth[s])
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
