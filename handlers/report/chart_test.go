package report

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
)

const vietnameseSample = "Tỷ lệ hồ sơ trực tuyến các huyện quý 2/2019 — Đức Thọ, Kỳ Anh, Hương Khê"

func samplePoints() []Point {
	return []Point{{"Quý 3/2018", 41.5}, {"Quý 4/2018", 48.25}, {"Quý 1/2019", 55}, {"Quý 2/2019", 63.75}}
}

func sampleBars(n int) []Bar {
	bars := make([]Bar, n)
	for i := range bars {
		bars[i] = Bar{Label: fmt.Sprintf("Xã Kỳ Lạc %d, huyện Kỳ Anh", i), Value: float64(i*37%100) + 0.5}
	}
	return bars
}

func sampleProjects() []ProjectFunding {
	return []ProjectFunding{
		{"Đường giao thông liên xã Đức Lĩnh – Đức Hương, huyện Vũ Quang", 1500, 2000},
		{"Trường mầm non xã Hương Trà", 700, 900},
		{"Kè chống sạt lở bờ sông Ngàn Sâu", 2400, 3150.5},
	}
}

// charts lists each chart with its expected size and the colours that its
// data must paint.
var charts = []struct {
	name       string
	draw       func() ([]byte, error)
	minH, maxH int
	colors     []uint32
}{
	{"trend", func() ([]byte, error) { return TrendChart(vietnameseSample, "Tỷ lệ (%)", samplePoints()) }, 600, 600, []uint32{colorMain}},
	{"ranking 5", func() ([]byte, error) { return RankingChart("Xếp hạng", "Tỷ lệ (%)", sampleBars(5)) }, 600, 600, []uint32{colorMain}},
	{"ranking 40", func() ([]byte, error) { return RankingChart("Xếp hạng", "Tỷ lệ (%)", sampleBars(40)) }, 1000, 1200, []uint32{colorMain}},
	{"funding", func() ([]byte, error) { return FundingChart("Kinh phí NQ 22", sampleProjects()) }, 600, 600, []uint32{colorMain, colorProposed}},
}

func TestChartsArePNGWithContent(t *testing.T) {
	for _, c := range charts {
		t.Run(c.name, func(t *testing.T) {
			b, err := c.draw()
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			size := img.Bounds().Size()
			if size.X != chartWidth || size.Y < c.minH || size.Y > c.maxH {
				t.Fatalf("size %v, want %d x [%d, %d]", size, chartWidth, c.minH, c.maxH)
			}
			// The plot area, away from the title and the axes.
			area := image.Rect(size.X*3/10, size.Y/10, size.X*95/100, size.Y*85/100)
			distinct, dark, painted := map[color.RGBA]bool{}, 0, map[uint32]int{}
			for y := area.Min.Y; y < area.Max.Y; y++ {
				for x := area.Min.X; x < area.Max.X; x++ {
					p := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
					distinct[p] = true
					if int(p.R)+int(p.G)+int(p.B) < 3*128 {
						dark++
					}
					painted[uint32(p.R)<<16|uint32(p.G)<<8|uint32(p.B)]++
				}
			}
			if len(distinct) < 20 || dark < 500 {
				t.Errorf("plot area looks blank: %d colours, %d dark pixels", len(distinct), dark)
			}
			for _, want := range c.colors {
				if painted[want] < 500 {
					t.Errorf("colour %06x painted on %d pixels, want at least 500", want, painted[want])
				}
			}
		})
	}
}

func TestChartsWithoutDataReturnErrNoData(t *testing.T) {
	for name, draw := range map[string]func() ([]byte, error){
		"trend nil":     func() ([]byte, error) { return TrendChart("t", "y", nil) },
		"trend empty":   func() ([]byte, error) { return TrendChart("t", "y", []Point{}) },
		"ranking nil":   func() ([]byte, error) { return RankingChart("t", "x", nil) },
		"ranking empty": func() ([]byte, error) { return RankingChart("t", "x", []Bar{}) },
		"funding nil":   func() ([]byte, error) { return FundingChart("t", nil) },
		"funding empty": func() ([]byte, error) { return FundingChart("t", []ProjectFunding{}) },
	} {
		t.Run(name, func(t *testing.T) {
			if b, err := draw(); !errors.Is(err, ErrNoData) || b != nil {
				t.Fatalf("got %d bytes, %v; want ErrNoData", len(b), err)
			}
		})
	}
}

func TestChartsRejectNonFiniteValues(t *testing.T) {
	for name, draw := range map[string]func() ([]byte, error){
		"trend NaN":    func() ([]byte, error) { return TrendChart("t", "y", []Point{{"Quý 1", math.NaN()}}) },
		"ranking +Inf": func() ([]byte, error) { return RankingChart("t", "x", []Bar{{"Đức Thọ", math.Inf(1)}}) },
		"funding -Inf": func() ([]byte, error) { return FundingChart("t", []ProjectFunding{{"Dự án", 1, math.Inf(-1)}}) },
	} {
		t.Run(name, func(t *testing.T) {
			_, err := draw()
			if err == nil || errors.Is(err, ErrNoData) || !strings.HasPrefix(err.Error(), "report: ") {
				t.Fatalf("err = %v, want a report: error about the value", err)
			}
		})
	}
}

func TestChartsHandleEdgeValues(t *testing.T) {
	for name, draw := range map[string]func() ([]byte, error){
		"trend one zero point": func() ([]byte, error) { return TrendChart("", "", []Point{{"Quý 1", 0}}) },
		"trend negative":       func() ([]byte, error) { return TrendChart("t", "y", []Point{{"a", -5}, {"b", 3}}) },
		"trend 24 periods": func() ([]byte, error) {
			pts := make([]Point, 24)
			for i := range pts {
				pts[i] = Point{fmt.Sprintf("Tháng %d/2019", i+1), float64(i * 1000)}
			}
			return TrendChart("t", "y", pts)
		},
		"ranking equal values": func() ([]byte, error) { return RankingChart("t", "x", []Bar{{"a", 2}, {"b", 2}}) },
		"funding zeros":        func() ([]byte, error) { return FundingChart("t", []ProjectFunding{{"Dự án", 0, 0}}) },
	} {
		t.Run(name, func(t *testing.T) {
			b, err := draw()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := png.Decode(bytes.NewReader(b)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestRankingIsSortedHighToLow(t *testing.T) {
	bars := []Bar{{"Đức Thọ", 40}, {"Kỳ Anh", 90}, {"Hương Khê", 65}}
	p, _, err := rankingPlot("t", "x", bars)
	if err != nil {
		t.Fatal(err)
	}
	var fromTop []string
	ticks := p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max)
	for i := len(ticks) - 1; i >= 0; i-- {
		fromTop = append(fromTop, ticks[i].Label)
	}
	if got, want := strings.Join(fromTop, ","), "Kỳ Anh,Hương Khê,Đức Thọ"; got != want {
		t.Errorf("from top: %s, want %s", got, want)
	}
	if bars[0].Label != "Đức Thọ" {
		t.Error("RankingChart reordered the caller's slice")
	}
}

// TestChartFontsCoverVietnamese looks up, in the text handler's font cache,
// every face the charts use and checks the glyph index of each rune.
func TestChartFontsCoverVietnamese(t *testing.T) {
	trend, _, err := trendPlot("t", "y", samplePoints())
	if err != nil {
		t.Fatal(err)
	}
	funding, _, err := fundingPlot("t", sampleProjects())
	if err != nil {
		t.Fatal(err)
	}
	fonts := map[string]font.Font{"value labels": sans(10, false)}
	for name, p := range map[string]*plot.Plot{"trend": trend, "funding": funding} {
		fonts[name+" title"] = p.Title.TextStyle.Font
		fonts[name+" x label"] = p.X.Label.TextStyle.Font
		fonts[name+" y label"] = p.Y.Label.TextStyle.Font
		fonts[name+" x ticks"] = p.X.Tick.Label.Font
		fonts[name+" y ticks"] = p.Y.Tick.Label.Font
		fonts[name+" legend"] = p.Legend.TextStyle.Font
	}
	cache := trend.TextHandler.(text.Plain).Fonts
	sample := norm.NFC.String(vietnameseSample + " ệ ố ữ ạ Đ đ Ư ơ ẵ ỹ")
	for name, f := range fonts {
		t.Run(name, func(t *testing.T) {
			if f.Typeface != "Liberation" || f.Variant != "Sans" || !cache.Has(f) {
				t.Fatalf("font %+v is not Liberation Sans in the cache", f)
			}
			face := cache.Lookup(f, f.Size).Face
			var buf sfnt.Buffer
			full, err := face.Name(&buf, sfnt.NameIDFull)
			if err != nil || !strings.HasPrefix(full, "Liberation Sans") {
				t.Fatalf("face %q (%v), want Liberation Sans", full, err)
			}
			for _, r := range sample {
				if g, err := face.GlyphIndex(&buf, r); err != nil || g == 0 {
					t.Errorf("%s has no glyph for %q (U+%04X)", full, r, r)
				}
			}
		})
	}
}

func TestChartsAreSafeConcurrently(t *testing.T) {
	want := make([][]byte, len(charts))
	for i, c := range charts {
		var err error
		if want[i], err = c.draw(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for range 2 {
		for i, c := range charts {
			wg.Go(func() {
				if got, err := c.draw(); err != nil || !bytes.Equal(got, want[i]) {
					t.Errorf("%s: concurrent result differs (err %v)", c.name, err)
				}
			})
		}
		wg.Go(func() {
			if _, err := Workbook(sampleFigures(), sampleStatus(), sampleFunding(), FundingTotals{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestFormatNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {7, "7"}, {1234, "1.234"}, {1234567, "1.234.567"}, {85.37, "85,37"},
		{1890.5, "1.890,5"}, {-2500.25, "-2.500,25"}, {-0.001, "0"}, {0.005, "0,01"}, {999.999, "1.000"},
	} {
		if got := formatNumber(tc.in); got != tc.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLabelText(t *testing.T) {
	decomposed := norm.NFD.String("Đức Thọ")
	for _, tc := range []struct {
		name, got, want string
	}{
		{"NFC", clean(" " + decomposed + " "), "Đức Thọ"},
		{"short kept", shorten("Kỳ Anh", 10), "Kỳ Anh"},
		{"long shortened", shorten("Ủy ban nhân dân huyện Hương Khê", 12), "Ủy ban nhân…"},
		{"wrap two lines", wrap("Đường giao thông liên xã Đức Lĩnh", 20, 2), "Đường giao thông\nliên xã Đức Lĩnh"},
		{"wrap overflow", wrap("một hai ba bốn năm sáu bảy tám", 8, 2), "một hai\nba bốn…"},
		{"period", withPeriod(titleFigures, " quý 2/2019 "), "Số liệu báo cáo quý 2/2019"},
		{"no period", withPeriod(titleFigures, ""), "Số liệu báo cáo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

func BenchmarkTrendChart(b *testing.B) {
	pts := make([]Point, 12)
	for i := range pts {
		pts[i] = Point{fmt.Sprintf("Tháng %d/2019", i+1), float64(i*i) * 10}
	}
	for b.Loop() {
		if _, err := TrendChart(vietnameseSample, "Số hồ sơ", pts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRankingChart(b *testing.B) {
	bars := sampleBars(40)
	for b.Loop() {
		if _, err := RankingChart("Xếp hạng", "Tỷ lệ (%)", bars); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFundingChart(b *testing.B) {
	var projects []ProjectFunding
	for range 4 {
		projects = append(projects, sampleProjects()...)
	}
	for b.Loop() {
		if _, err := FundingChart("Kinh phí NQ 22", projects); err != nil {
			b.Fatal(err)
		}
	}
}
