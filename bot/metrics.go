package bot

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/hatinh-stttt/chatbot/queries"
)

// Buckets of the histograms, in seconds. Handling a message and answering
// a question take about a millisecond without the language model and a few
// seconds with it; a send is a round trip to the platform (tens to hundreds
// of milliseconds) and is cut at 30 s.
var (
	handleBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}
	sendBuckets   = []float64{0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2.5, 5, 10, 30}
)

// Metrics are the bot's Prometheus metrics. They live on a registry the
// caller makes and passes in (never the global default one), so that two
// servers in one test process do not collide. Labels are of low
// cardinality only: platform, intent, path, outcome, scope, status; never a
// chat or a person.
type Metrics struct {
	reg *prometheus.Registry

	updates *prometheus.CounterVec
	replies *prometheus.CounterVec
	errors  *prometheus.CounterVec
	handle  *prometheus.HistogramVec
	answer  *prometheus.HistogramVec

	sends       *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	dead        *prometheus.CounterVec
	sendSeconds *prometheus.HistogramVec
	workers     *prometheus.GaugeVec
	leader      prometheus.Gauge
}

// NewMetrics registers the bot's metrics, and the Go runtime and process
// collectors, on reg.
func NewMetrics(reg *prometheus.Registry) *Metrics {
	m := &Metrics{
		reg: reg,
		updates: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chatbot_updates_total",
			Help: "Messages handled, by platform."}, []string{"platform"}),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chatbot_replies_total",
			Help: "Replies produced, by platform."}, []string{"platform"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chatbot_errors_total",
			Help: "Messages whose handling failed, by platform."}, []string{"platform"}),
		handle: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "chatbot_handle_seconds",
			Help: "Time to handle a message, from receipt to queued replies, by platform.", Buckets: handleBuckets}, []string{"platform"}),
		answer: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "chatbot_answer_seconds",
			Help:    "Time to answer a question, by intent, path (rules or llm) and outcome (the kind of answer).",
			Buckets: handleBuckets}, []string{"intent", "path", "outcome"}),
		sends: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chatbot_outbox_sends_total",
			Help: "Send attempts from the outbox, by platform and outcome (sent, failed, rate_limited, blocked, undeliverable)."},
			[]string{"platform", "outcome"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chatbot_outbox_rate_limited_total",
			Help: "429 answers (retry_after), by platform and scope (bot: the whole bot paused; chat: one chat paused)."},
			[]string{"platform", "scope"}),
		dead: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "chatbot_outbox_dead_total",
			Help: "Messages given up (dead letters), by platform."}, []string{"platform"}),
		sendSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "chatbot_outbox_send_seconds",
			Help: "Duration of one send to the platform's API, by platform.", Buckets: sendBuckets}, []string{"platform"}),
		workers: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "chatbot_outbox_workers",
			Help: "Sends this process may have in flight at once, by platform (sized from the rate limit and the measured latency)."},
			[]string{"platform"}),
		leader: prometheus.NewGauge(prometheus.GaugeOpts{Name: "chatbot_outbox_leader",
			Help: "1 while this process is the one that sends the outbox, else 0."}),
	}
	reg.MustRegister(m.updates, m.replies, m.errors, m.handle, m.answer, m.sends, m.rateLimited, m.dead, m.sendSeconds,
		m.workers, m.leader, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry is where further metrics go (the language model's, say).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Middleware counts messages, replies, errors and handling time per platform.
func (m *Metrics) Middleware() Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, msg Message) ([]Reply, error) {
			start := time.Now()
			out, err := next(ctx, msg)
			m.updates.WithLabelValues(msg.Platform).Inc()
			m.replies.WithLabelValues(msg.Platform).Add(float64(len(out)))
			if err != nil {
				m.errors.WithLabelValues(msg.Platform).Inc()
			}
			m.handle.WithLabelValues(msg.Platform).Observe(time.Since(start).Seconds())
			return out, err
		}
	}
}

// ObserveAnswer records how long a question took; intent is empty for a
// question that was not understood.
func (m *Metrics) ObserveAnswer(intent, path, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	if intent == "" {
		intent = "none"
	}
	m.answer.WithLabelValues(intent, path, outcome).Observe(took.Seconds())
}

// Send outcomes, the values of chatbot_outbox_sends_total's outcome label.
const (
	outcomeSent          = "sent"
	outcomeFailed        = "failed"
	outcomeRateLimited   = "rate_limited"
	outcomeBlocked       = "blocked"
	outcomeUndeliverable = "undeliverable"
)

func (m *Metrics) sent(platform, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.sends.WithLabelValues(platform, outcome).Inc()
	m.sendSeconds.WithLabelValues(platform).Observe(took.Seconds())
}

func (m *Metrics) limited(platform, scope string) {
	if m != nil {
		m.rateLimited.WithLabelValues(platform, scope).Inc()
	}
}

func (m *Metrics) deadLetter(platform string) {
	if m != nil {
		m.dead.WithLabelValues(platform).Inc()
	}
}

func (m *Metrics) setWorkers(platform string, n int) {
	if m != nil {
		m.workers.WithLabelValues(platform).Set(float64(n))
	}
}

func (m *Metrics) setLeader(on bool) {
	if m == nil {
		return
	}
	if on {
		m.leader.Set(1)
	} else {
		m.leader.Set(0)
	}
}

// OutboxStats reads the outbox's state for the gauges; *queries.Store has it.
type OutboxStats interface {
	OutboxDepth(ctx context.Context) (map[string]int, error)
	OutboxBacklog(ctx context.Context, now time.Time) ([]queries.OutboxBacklog, error)
}

// RegisterOutbox adds the outbox gauges, read from the database at each
// scrape (so every process shows the shared outbox, whichever one sends):
// rows by status, and per platform the rows waiting and the age of the
// oldest one that is due; platforms (the channels served) show zeros when
// nothing waits. A scrape whose query fails omits them.
func (m *Metrics) RegisterOutbox(stats OutboxStats, now func() time.Time, platforms []string) {
	m.reg.MustRegister(&outboxCollector{stats: stats, now: now, platforms: platforms,
		messages: prometheus.NewDesc("chatbot_outbox_messages", "Outbox rows by status (pending, sending, sent, dead).",
			[]string{"status"}, nil),
		depth: prometheus.NewDesc("chatbot_outbox_depth", "Outbox rows waiting to be sent (pending or being sent), by platform.",
			[]string{"platform"}, nil),
		oldest: prometheus.NewDesc("chatbot_outbox_oldest_due_seconds",
			"Age of the oldest message that is due and not yet sent, by platform (0 when none is due).", []string{"platform"}, nil),
	})
}

type outboxCollector struct {
	stats                   OutboxStats
	now                     func() time.Time
	platforms               []string
	messages, depth, oldest *prometheus.Desc
}

func (c *outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.messages
	ch <- c.depth
	ch <- c.oldest
}

func (c *outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if depth, err := c.stats.OutboxDepth(ctx); err == nil {
		for _, s := range []string{"pending", "sending", "sent", "dead"} {
			ch <- prometheus.MustNewConstMetric(c.messages, prometheus.GaugeValue, float64(depth[s]), s)
		}
	}
	now := c.now()
	backlog, err := c.stats.OutboxBacklog(ctx, now)
	if err != nil {
		return
	}
	seen := map[string]bool{}
	for _, b := range backlog {
		seen[b.Platform] = true
		ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(b.Waiting), b.Platform)
		ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, b.OldestDueAge(now).Seconds(), b.Platform)
	}
	for _, p := range c.platforms {
		if !seen[p] {
			ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, 0, p)
			ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, 0, p)
		}
	}
}
