package ask_test

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// readVi reads a number written the Vietnamese way ("1.340,8").
func readVi(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."), 64)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return v
}

// TestAveragesAndShares: a mean per month of a span's count, a project's
// mean per year, and one part's share of several funding totals are
// worked out from the figures the same reply states.
func TestAveragesAndShares(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	n := vi.NewNumbers()
	got := answerText(t, a, "Bình quân mỗi tháng trong 5 tháng đầu năm 2019 có bao nhiêu hồ sơ nộp trực tuyến?")
	m := regexp.MustCompile(`5 tháng đầu năm 2019: ([\d.,]+) hồ sơ`).FindStringSubmatch(got)
	if m == nil {
		t.Fatalf("no five months' count in %q", got)
	}
	if want := "Bình quân mỗi tháng (5 tháng): " + n.Num(math.Round(readVi(t, m[1])/5*100)/100) + " hồ sơ"; !strings.Contains(got, want) {
		t.Errorf("per month: %q lacks %q", got, want)
	}

	got = answerText(t, a, "Bình quân mỗi năm dự án nâng cấp Cổng TTĐT tỉnh được cấp bao nhiêu?")
	years := regexp.MustCompile(`năm (\d{4}): nguồn NQ 22: ([\d.,]+) triệu đồng`).FindAllStringSubmatch(got, -1)
	if len(years) < 2 {
		t.Fatalf("no years' lines in %q", got)
	}
	var sum float64
	for _, y := range years {
		sum += readVi(t, y[2])
	}
	if want := "Bình quân mỗi năm " + years[0][1] + "-" + years[len(years)-1][1] + ": " + n.Num(math.Round(sum/float64(len(years))*100)/100); !strings.Contains(got, want) {
		t.Errorf("per year: %q lacks %q", got, want)
	}

	got = answerText(t, a, "Từ đầu năm 2018 đến hết tháng 5/2019 tổng cộng bao nhiêu hồ sơ nộp trực tuyến?")
	span := regexp.MustCompile(`: ([\d.,]+) hồ sơ \(năm 2018: ([\d.,]+); 5 tháng đầu năm 2019: ([\d.,]+)\)`).FindStringSubmatch(got)
	if span == nil || readVi(t, span[1]) != readVi(t, span[2])+readVi(t, span[3]) {
		t.Errorf("span of a year and five months: %q, want the two stated parts and their sum", got)
	}

	got = answerText(t, a, "kinh phí còn thiếu chiếm mấy % tổng nhu cầu (đã bố trí + lồng ghép + còn thiếu)?")
	parts := regexp.MustCompile(`\(đến ngày [\d/]+\): ([\d.,]+) triệu đồng`).FindAllStringSubmatch(got, -1)
	if len(parts) != 3 {
		t.Fatalf("want the three totals stated in %q", got)
	}
	var whole float64
	for _, p := range parts {
		whole += readVi(t, p[1])
	}
	missing := readVi(t, parts[2][1])
	if want := "chiếm " + n.Num(math.Round(missing/whole*10000)/100) + "%"; !strings.Contains(got, want) {
		t.Errorf("share: %q lacks %q", got, want)
	}
}
