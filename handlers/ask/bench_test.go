package ask_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
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

// BenchmarkSearch measures "báo cáo nói gì về …" (understanding, the
// full-text query, the quotes) over 10.000 stored sentences: the demo's
// figures and text, and the text of another source made of the report's
// sentences, repeated with other units and years until there are that
// many, indexed as the data is (the phrases' statistics are of them).
func BenchmarkSearch(b *testing.B) {
	for _, d := range []queries.Dialect{queries.SQLite, queries.Postgres} {
		b.Run(string(d), func(b *testing.B) {
			if d == queries.Postgres {
				dbtest.URL(b, d)
			}
			ctx := context.Background()
			s := demoStore(b, d)
			wired := handlertest.Wire(b, s, corpusRef, handlers.RouterConfig{})
			stored, err := s.SearchTexts(ctx)
			if err != nil {
				b.Fatal(err)
			}
			src, err := s.UpsertSource(ctx, queries.Source{Code: "THU-TAI", Title: "Văn bản thử tải", Issuer: "Sở TT&TT", IssuedOn: "2019-07-01"})
			if err != nil {
				b.Fatal(err)
			}
			if err := s.ReplaceSourcePassages(ctx, src, sentences(b, 10000-len(stored))); err != nil {
				b.Fatal(err)
			}
			if err := wired.Catalog.Reload(ctx); err != nil {
				b.Fatal(err)
			}
			if texts, err := s.SearchTexts(ctx); err != nil || len(texts) != 10000 {
				b.Fatalf("%d stored sentences (%v)", len(texts), err)
			}
			a := wired.Jobs.Ask
			topics := []string{"tập huấn doanh nghiệp", "sàn giao dịch thương mại điện tử", "cổng thông tin điện tử cấp xã",
				"chữ ký số văn bản", "kinh phí nghị quyết 22", "hồ sơ trực tuyến cấp xã"}
			lat := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				ans, err := a.Answer(ctx, "báo cáo nói gì về "+topics[i%len(topics)])
				if err != nil || ans.Kind != ask.KindInfo {
					b.Fatalf("%s %q %v", ans.Kind, ans.Text, err)
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

// sentences are n passages made of the report's sentences, each copy
// naming another district and year.
func sentences(tb testing.TB, n int) []queries.Passage {
	tb.Helper()
	raw, err := os.ReadFile(handlertest.Testdata("report", "47-BC-STTTT-2019.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var base []string
	for _, s := range strings.FieldsFunc(string(raw), func(r rune) bool { return r == '.' || r == '\n' || r == ';' }) {
		if s = strings.TrimSpace(s); len(s) > 40 {
			base = append(base, s)
		}
	}
	districts := []string{"Can Lộc", "Hương Khê", "Thạch Hà", "Đức Thọ", "Kỳ Anh", "Nghi Xuân", "Vũ Quang", "Lộc Hà", "Cẩm Xuyên"}
	out := make([]queries.Passage, n)
	for i := range out {
		out[i] = queries.Passage{Seq: i + 1, Text: fmt.Sprintf("%s (huyện %s, năm %d)", base[i%len(base)], districts[i%len(districts)], 2015+i%10)}
	}
	return out
}
