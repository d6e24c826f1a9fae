package reporting_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// BenchmarkSweep measures one reminder sweep over many late units (10,000
// by default; SWEEP_UNITS to change): deciding every reminder, logging it
// and queueing its message. Run with -benchtime 1x.
func BenchmarkSweep(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("SWEEP_UNITS")); err == nil && v > 0 {
		n = v
	}
	for _, d := range []queries.Dialect{queries.SQLite, queries.Postgres} {
		b.Run(string(d), func(b *testing.B) {
			if d == queries.Postgres {
				dbtest.URL(b, d)
			}
			ctx := context.Background()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s := dbtest.Open(b, d)
				if _, err := dataset.SeedDemo(ctx, s, handlertest.Ref); err != nil {
					b.Fatal(err)
				}
				if err := dataset.SeedSynthetic(ctx, s, n, 1000000, handlertest.Ref); err != nil {
					b.Fatal(err)
				}
				r := reporting.NewReminders(s, handlertest.Ref.Location())
				b.StartTimer()
				res, err := r.Sweep(ctx, handlertest.Ref, false)
				if err != nil {
					b.Fatal(err)
				}
				if res.Queued < n {
					b.Fatalf("queued %d for %d units", res.Queued, n)
				}
				b.ReportMetric(float64(res.Queued), "reminders")
			}
		})
	}
}
