package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestServeRefusesBadConfig(t *testing.T) {
	fake := telegramtest.New(t, "1:good")
	db := filepath.Join(t.TempDir(), "bot.db")
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"no channel", map[string]string{"DATABASE_URL": db}, "no channel configured"},
		{"wrong token", map[string]string{"DATABASE_URL": db, "TELEGRAM_BOT_TOKEN": "1:bad", "TELEGRAM_API_ENDPOINT": fake.Endpoint()}, "TELEGRAM_BOT_TOKEN"},
		{"unreachable database", map[string]string{"DATABASE_URL": "postgres://postgres@127.0.0.1:1/x?sslmode=disable&connect_timeout=2",
			"TELEGRAM_BOT_TOKEN": "1:good", "TELEGRAM_API_ENDPOINT": fake.Endpoint()}, "cannot reach database"},
		{"zalo without secret", map[string]string{"DATABASE_URL": db, "ZALO_APP_ID": "a", "ZALO_APP_SECRET": "s"}, "ZALO_OA_SECRET_KEY"},
		{"webhook without secret", map[string]string{"DATABASE_URL": db, "TELEGRAM_BOT_TOKEN": "1:good", "TELEGRAM_API_ENDPOINT": fake.Endpoint(),
			"TELEGRAM_WEBHOOK_URL": "https://x/telegram/webhook"}, "TELEGRAM_WEBHOOK_SECRET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.env["HTTP_ADDR"] = freeAddr(t)
			code, _, errs := runCLI(t, tt.env, "", "serve")
			if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tt.want) {
				t.Fatalf("exit %d, stderr %q: want exit 1 and one line with %q", code, errs, tt.want)
			}
			if strings.Contains(errs, "1:bad") || strings.Contains(errs, "1:good") {
				t.Fatalf("token leaked: %q", errs)
			}
		})
	}
}

// TestServeRunsAndStopsGracefully starts serve with Telegram polling, checks
// /healthz, /metrics and an answered message, then stops it as SIGTERM does.
func TestServeRunsAndStopsGracefully(t *testing.T) {
	fake := telegramtest.New(t, "1:good")
	addr := freeAddr(t)
	env := map[string]string{"DATABASE_URL": filepath.Join(t.TempDir(), "bot.db"), "TELEGRAM_BOT_TOKEN": "1:good",
		"TELEGRAM_API_ENDPOINT": fake.Endpoint(), "HTTP_ADDR": addr, "PUBLIC_QUESTIONS": "true"}
	if code, _, errs := runCLI(t, env, "", "seed", "demo"); code != 0 {
		t.Fatalf("seed: %s", errs)
	}
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	go func() {
		code, _, _ := runCLIContext(ctx, env, "serve")
		exited <- code
	}()
	get := func(path string) (int, string) {
		deadline := time.Now().Add(10 * time.Second)
		for {
			resp, err := http.Get("http://" + addr + path)
			if err == nil {
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				return resp.StatusCode, string(b)
			}
			if time.Now().After(deadline) {
				t.Fatalf("GET %s: %v", path, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, `"ok"`) {
		t.Fatalf("/healthz %d %s", code, body)
	}
	fake.PushMessage(77, 77, "tỷ lệ hồ sơ trực tuyến năm 2018")
	if got := fake.WaitCalls("sendMessage", 1, 10*time.Second); !strings.Contains(got[0].Params["text"], "4,92%") {
		t.Fatalf("reply %q", got[0].Params["text"])
	}
	if len(fake.Calls("setMyCommands")) != 1 {
		t.Fatal("setMyCommands not called")
	}
	// The row is marked sent just after the Bot API answers, and the
	// gauges are sampled on their own clock: wait for all of it (a loaded
	// machine takes seconds), then report what is still missing.
	problem := "no /metrics read"
	for deadline := time.Now().Add(20 * time.Second); problem != "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		_, metrics := get("/metrics")
		problem = metricsProblem(metrics)
	}
	if problem != "" {
		t.Fatal(problem)
	}
	start := time.Now()
	cancel() // what SIGTERM does through signal.NotifyContext
	select {
	case code := <-exited:
		if code != 0 {
			t.Fatalf("exit %d after shutdown", code)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Fatalf("shutdown took %s", took)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// metricsProblem parses /metrics with Prometheus's own text parser and
// checks the families an operator relies on, after one answered question;
// it says what is wrong, or "".
func metricsProblem(text string) string {
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(text))
	if err != nil {
		return fmt.Sprintf("/metrics does not parse: %v\n%s", err, text)
	}
	value := func(name string, labels map[string]string) (*dto.Metric, bool) {
		f, ok := families[name]
		if !ok {
			return nil, false
		}
	next:
		for _, m := range f.GetMetric() {
			for _, lp := range m.GetLabel() {
				if want, ok := labels[lp.GetName()]; ok && want != lp.GetValue() {
					continue next
				}
			}
			return m, true
		}
		return nil, false
	}
	checks := []struct {
		name   string
		labels map[string]string
		kind   dto.MetricType
		ok     func(*dto.Metric) bool
	}{
		{"go_goroutines", nil, dto.MetricType_GAUGE, func(m *dto.Metric) bool { return m.GetGauge().GetValue() > 0 }},
		{"process_resident_memory_bytes", nil, dto.MetricType_GAUGE, func(m *dto.Metric) bool { return m.GetGauge().GetValue() > 0 }},
		{"chatbot_updates_total", map[string]string{"platform": "telegram"}, dto.MetricType_COUNTER,
			func(m *dto.Metric) bool { return m.GetCounter().GetValue() == 1 }},
		{"chatbot_replies_total", map[string]string{"platform": "telegram"}, dto.MetricType_COUNTER,
			func(m *dto.Metric) bool { return m.GetCounter().GetValue() == 1 }},
		{"chatbot_handle_seconds", map[string]string{"platform": "telegram"}, dto.MetricType_HISTOGRAM,
			func(m *dto.Metric) bool { return m.GetHistogram().GetSampleCount() == 1 }},
		{"chatbot_answer_seconds", map[string]string{"path": "rules", "outcome": "figure"}, dto.MetricType_HISTOGRAM,
			func(m *dto.Metric) bool {
				return m.GetHistogram().GetSampleCount() == 1 && len(m.GetHistogram().GetBucket()) > 5
			}},
		{"chatbot_outbox_messages", map[string]string{"status": "sent"}, dto.MetricType_GAUGE,
			func(m *dto.Metric) bool { return m.GetGauge().GetValue() == 1 }},
		{"chatbot_outbox_depth", map[string]string{"platform": "telegram"}, dto.MetricType_GAUGE,
			func(m *dto.Metric) bool { return m.GetGauge().GetValue() == 0 }},
		{"chatbot_outbox_oldest_due_seconds", map[string]string{"platform": "telegram"}, dto.MetricType_GAUGE,
			func(m *dto.Metric) bool { return m.GetGauge().GetValue() == 0 }},
		{"chatbot_outbox_sends_total", map[string]string{"platform": "telegram", "outcome": "sent"}, dto.MetricType_COUNTER,
			func(m *dto.Metric) bool { return m.GetCounter().GetValue() == 1 }},
		{"chatbot_outbox_send_seconds", map[string]string{"platform": "telegram"}, dto.MetricType_HISTOGRAM,
			func(m *dto.Metric) bool { return m.GetHistogram().GetSampleCount() == 1 }},
		{"chatbot_outbox_leader", nil, dto.MetricType_GAUGE, func(m *dto.Metric) bool { return m.GetGauge().GetValue() == 1 }},
	}
	for _, c := range checks {
		m, ok := value(c.name, c.labels)
		if !ok {
			return fmt.Sprintf("/metrics lacks %s%v:\n%s", c.name, c.labels, text)
		}
		if got := families[c.name].GetType(); got != c.kind {
			return fmt.Sprintf("%s is a %v, want %v", c.name, got, c.kind)
		}
		if !c.ok(m) {
			return fmt.Sprintf("%s%v has an unexpected value: %v", c.name, c.labels, m)
		}
	}
	for name, f := range families {
		for _, m := range f.GetMetric() {
			for _, lp := range m.GetLabel() {
				if lp.GetName() == "chat" || lp.GetName() == "chat_id" || lp.GetName() == "user" {
					return fmt.Sprintf("%s has a per-chat label %s", name, lp.GetName())
				}
			}
		}
	}
	return ""
}
