package ask_test

import (
	"context"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitsAsked: questions about which units, how many of them, one
// unit's report, the units' change and one unit's part of the province get
// that, computed from the fixture file, not a level's total.
func TestUnitsAsked(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	subs := fixture(t)
	n := vi.NewNumbers()
	name := func(code string) string { return unitByCode(t, s, code).Name }
	district := func(code string) bool { return !strings.HasPrefix(code, "S-") }

	// Under 10% in Q2: every such district named, and none over it.
	var under, notUnder []string
	// Over 100 level-3 services in Q1: how many of how many.
	over, reportedQ1 := 0, 0
	// The largest rise of online applications from Q1 to Q2.
	best, bestRise := "", math.Inf(-1)
	var provinceQ2 float64
	// The lowest online share of Q2 among districts and among agencies.
	lowest := map[bool]string{}
	lowShare := map[bool]float64{true: math.Inf(1), false: math.Inf(1)}
	for code, per := range subs {
		if v, ok := per["Q2/2019"]; ok {
			provinceQ2 += v["hstt"]
			if share := v["hstt"] / v["hstong"]; share < lowShare[district(code)] {
				lowest[district(code)], lowShare[district(code)] = name(code), share
			}
			switch {
			case district(code) && 100*v["hstt"]/v["hstong"] < 10:
				under = append(under, name(code))
			case district(code):
				notUnder = append(notUnder, name(code))
			}
		}
		if v, ok := per["Q1/2019"]; ok && district(code) {
			reportedQ1++
			if v["dvc3"] > 100 {
				over++
			}
		}
		q1, ok1 := per["Q1/2019"]
		q2, ok2 := per["Q2/2019"]
		if ok1 && ok2 && district(code) && q2["hstt"]-q1["hstt"] > bestRise {
			best, bestRise = name(code), q2["hstt"]-q1["hstt"]
		}
	}
	sort.Strings(under)
	canLoc := subs["443"]["Q2/2019"]["hstt"]
	_, vuQuangQ2 := subs["441"]["Q2/2019"]

	for _, c := range []struct{ question, want string }{
		{"quý 2/2019 huyện nào có tỷ lệ hồ sơ trực tuyến dưới 10%", strings.Join(under, "|")},
		{"Quý 2/2019 huyện nào chưa đạt 10% hồ sơ nộp trực tuyến ạ", strings.Join(under, "|")},
		// Two questions of two levels joined by "và": each answered.
		{"huyen nao thap nhat ty le ho so truc tuyen quy 2 va so nao thap nhat quy 2 a", lowest[true] + "|" + lowest[false]},
		{"có mấy huyện có trên 100 DVC mức 3 quý 1/2019", "Có " + n.Num(float64(over)) + " trong " + n.Num(float64(reportedQ1))},
		{"Hương Khê đã nộp báo cáo quý 2 chưa", "Huyện Hương Khê đã nộp báo cáo quý 2/2019"},
		{"huyện nào tăng hồ sơ trực tuyến nhiều nhất từ quý 1 sang quý 2", "1. " + best + " +" + n.Num(bestRise)},
		{"Can Lộc chiếm bao nhiêu phần trăm hồ sơ trực tuyến của cả tỉnh quý 2", n.Num(math.Round(canLoc/provinceQ2*10000) / 100)},
	} {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind != ask.KindFigure || !hasAll(ans.Text, c.want) {
			t.Errorf("%q: want %s in a figure, got %s %q", c.question, c.want, ans.Kind, ans.Text)
		}
		// The list under a bound names no unit over it.
		for _, over := range notUnder {
			if strings.Contains(c.question, "10%") && strings.Contains(ans.Text, over) {
				t.Errorf("%q: %s is not under 10%%: %s", c.question, over, ans.Text)
			}
		}
	}
	if vuQuangQ2 {
		t.Fatal("the fixture now has Vũ Quang in Q2: pick another unit that did not report")
	}
	ans, err := a.Answer(ctx, "Vũ Quang đã nộp báo cáo quý 2/2019 chưa")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ans.Text, "Huyện Vũ Quang chưa nộp báo cáo quý 2/2019") {
		t.Errorf("Vũ Quang: %s", ans.Text)
	}
	// A stock counted in June 2019 is not the figure "đến cuối năm 2020".
	ans, err = a.Answer(ctx, "đến cuối năm 2020 có bao nhiêu DVC mức 4")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Kind != ask.KindNearest || !strings.HasPrefix(ans.Text, "Chưa có số liệu") {
		t.Errorf("a future date answered as if stored: %s %q", ans.Kind, ans.Text)
	}
}
