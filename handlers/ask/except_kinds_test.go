package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRankingWithoutKinds: "không tính thành phố và thị xã, huyện nào …"
// ranks the districts proper; a total of a level without some kinds,
// is added from those units' own reports; "mỗi sở" after two agencies named
// is each of them, not every agency.
func TestRankingWithoutKinds(t *testing.T) {
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	subs := fixture(t)
	n := vi.NewNumbers()
	best, most, kept, left, total := "", -1.0, "", "", 0.0
	for code, per := range subs {
		v, ok := per["Q2/2019"]
		if !ok || strings.HasPrefix(code, "S-") {
			continue
		}
		u := unitByCode(t, s, code)
		if u.Kind != "Huyện" {
			left = u.Name
			continue
		}
		if v["hstong"] > most {
			best, most = u.Name, v["hstong"]
		}
		total += v["hstong"]
		kept = u.Name
	}
	if best == "" || left == "" || kept == "" {
		t.Fatal("the fixture has no district and no town or city in Q2/2019")
	}
	pct := func(code string) string {
		v := subs[code]["Q2/2019"]
		return n.Num(float64(int(v["hstt"]/v["hstong"]*10000+0.5))/100) + "%"
	}
	checkReplies(t, a, []replyCase{
		{q: "Quý 2, không tính thành phố và thị xã, huyện nào tiếp nhận nhiều hồ sơ TTHC nhất ạ", kind: ask.KindFigure,
			want: []string{"không tính thành phố, thị xã", best + " " + n.Num(most) + " hồ sơ"}},
		{q: "quý 2 trừ TP, TX ra liệt kê tỷ lệ hồ sơ trực tuyến các huyện", kind: ask.KindFigure, want: []string{kept}, not: []string{left}},
		{q: "tổng hồ sơ quý 2 các huyện không tính thành phố và thị xã", kind: ask.KindFigure,
			want: []string{"(không tính thành phố, thị xã) quý 2/2019: " + n.Num(total) + " hồ sơ"}},
		{q: "Sở Tài chính với Sở TT&TT quý 2 tỷ lệ nộp hồ sơ trực tuyến mỗi sở bao nhiêu ạ", kind: ask.KindFigure,
			want: []string{pct("S-TC"), pct("S-TTTT")}},
	})
}

// unitByCode is the stored unit of a code.
func unitByCode(t *testing.T, s *queries.Store, code string) queries.Unit {
	t.Helper()
	u, err := s.UnitByCode(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
