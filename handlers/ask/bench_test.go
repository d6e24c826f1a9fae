package ask_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// benchQuestions mixes every intent, with and without diacritics.
var benchQuestions = []string{
	"Hiện nay có bao nhiêu DVC mức độ 3, mức độ 4?",
	"ty le hs truc tuyen nam 2018",
	"đào tạo cấp xã còn thiếu bao nhiêu so với mục tiêu?",
	"con thieu bao nhieu kinh phi",
	"du an nao de xuat kinh phi lon nhat",
	"tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019",
	"huyen nao ty le hs truc tuyen cao nhat q2 2019",
	"Tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2 so với quý 1/2019",
	"bao nhiêu đơn vị đã nộp báo cáo quý 2/2019?",
	"tỷ lệ hồ sơ trực tuyến quý 2?",
	"giá vàng hôm nay",
}

func BenchmarkUnderstand(b *testing.B) {
	a := newAnswerer(b, demoStore(b, queries.SQLite))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Understand(benchQuestions[i%len(benchQuestions)])
	}
}

// BenchmarkAnswer measures question -> reply (understanding, the intent's
// queries, formatting) with no network, and reports the median and 99th
// percentile latency besides the mean.
func BenchmarkAnswer(b *testing.B) {
	for _, d := range []queries.Dialect{queries.SQLite, queries.Postgres} {
		b.Run(string(d), func(b *testing.B) {
			if d == queries.Postgres {
				dbtest.URL(b, d) // skips (or fails on CI) without TEST_DATABASE_URL
			}
			a := newAnswerer(b, demoStore(b, d))
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := a.Answer(ctx, benchQuestions[i%len(benchQuestions)]); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "ns-p50")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "ns-p99")
		})
	}
}
