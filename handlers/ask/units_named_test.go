package ask_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitsNamedTogether: a kind before a list of names holds for each
// ("hai thị xã Hồng Lĩnh và Kỳ Anh"), and one period named with each of
// two units is one period (the units set against each other), with the
// figures taken from the fixture file.
func TestUnitsNamedTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	// A district's part of the districts' total in Q1, from the fixture.
	partOfDistricts := func(code, field string) string {
		total := 0.0
		for unit, per := range subs {
			if v, ok := per["Q1/2019"]; ok && !strings.HasPrefix(unit, "S-") {
				total += v[field]
			}
		}
		return n.Num(subs[code]["Q1/2019"][field]/total*100) + "%"
	}
	checkReplies(t, a, []replyCase{
		{q: "TP Hà Tĩnh chiếm bao nhiêu phần trăm tổng số hồ sơ tiếp nhận của các huyện quý 1/2019?",
			want: []string{partOfDistricts("436", "hstong")}},
		{q: "Quý 1/2019 Thạch Hà đóng góp bao nhiêu % số hồ sơ trực tuyến của các huyện?",
			want: []string{partOfDistricts("445", "hstt")}},
		{q: "hai thị xã Hồng Lĩnh và Kỳ Anh quý 2/2019 tổng hồ sơ trực tuyến",
			want: []string{"Thị xã Kỳ Anh", n.Num(subs["437"]["Q2/2019"]["hstt"]+subs["449"]["Q2/2019"]["hstt"]) + " hồ sơ"}, not: []string{"Huyện Kỳ Anh"}},
		{q: "Lộc Hà quý 1/2019 so với Thạch Hà quý 1/2019 chênh nhau mấy điểm % tỷ lệ trực tuyến",
			want: []string{n.Num(pct(subs["448"]["Q1/2019"])-pct(subs["445"]["Q1/2019"])) + " điểm %"}, not: []string{"quý 2"}},
	})
}

// TestKindWrittenBeforeAName: a district-level kind before a name that no
// unit of that kind has ("thị xã Hà Tĩnh", the city's old kind; "huyện
// Hồng Lĩnh") names the district-level unit of that name, not a level of
// the province or of another unit; "các huyện Hà Tĩnh" stays the
// province's districts. Figures from the fixture file.
func TestKindWrittenBeforeAName(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	q2 := func(code string) string { return n.Num(subs[code]["Q2/2019"]["hstt"]) + " hồ sơ" }
	// A district's part of the districts' total in Q2, from the fixture.
	partOfDistricts2 := func(code, field string) string {
		total := 0.0
		for unit, per := range subs {
			if v, ok := per["Q2/2019"]; ok && !strings.HasPrefix(unit, "S-") {
				total += v[field]
			}
		}
		return n.Num(math.Round(subs[code]["Q2/2019"][field]/total*10000)/100) + "%"
	}
	checkReplies(t, a, []replyCase{
		{q: "thị xã Hà Tĩnh quý 2/2019 nộp trực tuyến được bao nhiêu hồ sơ", want: []string{"Thành phố Hà Tĩnh", q2("436")}, not: []string{"cấp xã"}},
		{q: "huyện Hồng Lĩnh quý 2/2019 nộp trực tuyến bao nhiêu hồ sơ", want: []string{"Thị xã Hồng Lĩnh", q2("437")}},
		{q: "thành phố Kỳ Anh có bao nhiêu dvc mức 3", want: []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}, kind: ask.KindAsk},
		// Initials typed on a phone: "CL" is Can Lộc, "T.Hà" Thạch Hà,
		// "KA" both Kỳ Anh (asked back) unless a kind is written; "đt"
		// stays "điện tử".
		{q: "CL hs tt q2?", want: []string{"Huyện Can Lộc", q2("443")}},
		{q: "T.Hà q2 hs tt", want: []string{"Huyện Thạch Hà", q2("445")}},
		{q: "KA q2 hs tt", kind: ask.KindAsk, want: []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}},
		{q: "huyện KA q2 hs tt", want: []string{"Huyện Kỳ Anh", q2("447")}, not: []string{"Thị xã Kỳ Anh"}},
		{q: "1 cửa đt cấp xã bn đơn vị", kind: ask.KindFigure, not: []string{"Đức Thọ"}},
		{q: "huyện e Cẩm Xuyên quý 1 nộp online được bao nhiêu hồ sơ", want: []string{"Huyện Cẩm Xuyên", n.Num(subs["446"]["Q1/2019"]["hstt"]) + " hồ sơ"}, not: []string{"Thị trấn"}},
		{q: "Q1/2019 Lộc Hà và Cẩm Xuyên tỷ lệ HS trực tuyến mỗi huyện bao nhiêu",
			want: []string{"Huyện Lộc Hà", n.Num(pct(subs["448"]["Q1/2019"])) + "%", "Huyện Cẩm Xuyên", n.Num(pct(subs["446"]["Q1/2019"])) + "%"}},
		{q: "Cục Thuế tỉnh cùng các chi cục cấp huyện có mấy DVC mức độ 3", kind: ask.KindFigure, want: []string{"Cục Thuế"}, not: []string{"cấp huyện đến"}},
		// A place asked with no figure named is by the online share, said;
		// "có đúng X đứng đầu … không" names who is first.
		{q: "Sở Tài chính quý 1 ở vị trí thứ mấy trong các sở đã báo cáo?", want: []string{"tỷ lệ hồ sơ nộp trực tuyến", sharePlace(subs, "S-TC", "Q1/2019", true)}},
		{q: "Hương Khê quý 2/2019 xếp thứ mấy trong tất cả đơn vị đã báo cáo?", want: []string{placeAmongAll(subs, "444", "Q2/2019")}},
		{q: "Hồ sơ trực tuyến của Đức Thọ chiếm bao nhiêu phần trăm tổng của các đơn vị cấp huyện đã báo cáo quý 2/2019?",
			want: []string{partOfDistricts2("440", "hstt")}},
		{q: "Có đúng thành phố Hà Tĩnh đứng đầu tỉ lệ nộp hồ sơ online quý 1 không?", want: []string{"cao nhất là " + leaderName(t, a, "tỷ lệ hồ sơ trực tuyến quý 1/2019 đơn vị nào cao nhất")}},
		{q: "Có phải quý 1 chỉ có 5 sở gửi báo cáo không ạ?", want: []string{fmt.Sprintf("%d/19 đơn vị sở", sentAgencies(subs, "Q1/2019"))}},
		{q: "SGD q2 dvc4", kind: ask.KindFigure, want: []string{"Sở Giáo dục và Đào tạo", n.Num(subs["S-GDDT"]["Q2/2019"]["dvc4"]) + " dịch vụ"}},
		// A greeting is no "less" ("thưa"), a council session no commune
		// ("kỳ họp", not Xã Kỳ Hợp).
		{q: "Thưa quý Sở, huyện Hương Khê bên tôi có bao nhiêu hồ sơ nộp trực tuyến ạ? Tôi là đại biểu HĐND xã, cần số để báo cáo kỳ họp.",
			kind: ask.KindAsk, want: []string{"Huyện Hương Khê", "quý"}, not: []string{"Kỳ Hợp", "chênh lệch"}},
		// Together, of the units that have the figure, when one has none.
		{q: "Tỷ lệ hồ sơ trực tuyến chung của Hương Khê, Hương Sơn và Vũ Quang quý 2/2019 là bao nhiêu? Vũ Quang chưa nộp thì tính hai huyện kia.",
			want: []string{"Tính chung các đơn vị có số liệu: " + n.Num(math.Round((subs["444"]["Q2/2019"]["hstt"]+subs["439"]["Q2/2019"]["hstt"])/
				(subs["444"]["Q2/2019"]["hstong"]+subs["439"]["Q2/2019"]["hstong"])*10000)/100) + "%"}},
		{q: "các huyện Hà Tĩnh có bao nhiêu dvc mức 3", kind: ask.KindFigure, want: []string{"mức độ 3 cấp huyện"}},
	})
}

// TestWhichApplications: "nhận … hồ sơ" without "trực tuyến" is every
// application received, with it the online ones; a question that asks a
// count and then a rate gets both; points of a percentage between two
// units are of the rate units report. Figures from the fixture file.
func TestWhichApplications(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	q2 := func(code, field string) string { return n.Num(subs[code]["Q2/2019"][field]) + " hồ sơ" }
	checkReplies(t, a, []replyCase{
		{q: "quý 2/2019 địa phương nào nhận nhiều hồ sơ nhất", want: []string{"tiếp nhận", q2("436", "hstong")}},
		// Two units named with their kind: "nhận" still tells the figure
		// (it was taken, unanswered, by a money check that failed).
		{q: "quý 1 bên nào nhận nhiều hồ sơ hơn, huyện Can Lộc hay thị xã Kỳ Anh",
			want: []string{"tiếp nhận", n.Num(subs["443"]["Q1/2019"]["hstong"]), n.Num(subs["449"]["Q1/2019"]["hstong"])}},
		{q: "Sở Tài chính quý 2/2019 nhận được bao nhiêu hồ sơ trực tuyến?", want: []string{q2("S-TC", "hstt")}, not: []string{q2("S-TC", "hstong")}},
		{q: "Can Lộc quý 2/2019 có bao nhiêu hồ sơ trực tuyến, tỷ lệ bao nhiêu", want: []string{q2("443", "hstt"), n.Num(pct(subs["443"]["Q2/2019"])) + "%"}},
		{q: "Lộc Hà quý 1/2019 hồ sơ trực tuyến chiếm bao nhiêu phần trăm?", want: []string{n.Num(pct(subs["448"]["Q1/2019"])) + "%"}},
		{q: "Thị xã Kỳ Anh quý 2/2019 tăng bao nhiêu điểm % so với quý 1",
			want: []string{"tăng " + n.Num(pct(subs["449"]["Q2/2019"])-pct(subs["449"]["Q1/2019"])) + " điểm %"}},
		{q: "TX Kỳ Anh quý 1 + quý 2 năm 2019 tỷ lệ hồ sơ trực tuyến chung", want: []string{"Tính chung", n.Num(
			(subs["449"]["Q1/2019"]["hstt"]+subs["449"]["Q2/2019"]["hstt"])/(subs["449"]["Q1/2019"]["hstong"]+subs["449"]["Q2/2019"]["hstong"])*100) + "%"}},
		{q: "Can Lộc quý 2/2019 cao hơn Thạch Hà bao nhiêu điểm %",
			want: []string{n.Num(pct(subs["443"]["Q2/2019"])-pct(subs["445"]["Q2/2019"])) + " điểm %"}},
	})
}

// sharePlace is "k/n": the unit's place by online share among the units
// of its kind (agencies or district-level) that reported the quarter.
func sharePlace(subs map[string]map[string]map[string]float64, unit, period string, agencies bool) string {
	return placeBy(subs, unit, period, pct, func(u string) bool { return strings.HasPrefix(u, "S-") == agencies })
}

// sentAgencies is how many agencies sent the quarter's report.
func sentAgencies(subs map[string]map[string]map[string]float64, period string) int {
	return sentWhere(subs, period, func(u string) bool { return strings.HasPrefix(u, "S-") })
}

// leaderName is the unit a ranking question's reply names first.
func leaderName(t *testing.T, a *ask.Answerer, q string) string {
	t.Helper()
	text := replyText(t, a, q)
	_, after, ok := strings.Cut(text, "cao nhất là ")
	if words := strings.Fields(after); ok && len(words) >= 3 {
		return strings.Join(words[:3], " ") // "Huyện Lộc Hà"
	}
	t.Fatalf("%q: no leader in %q", q, text)
	return ""
}

// placeAmongAll is "k/n": the unit's place by online share among every
// unit that reported the quarter.
func placeAmongAll(subs map[string]map[string]map[string]float64, unit, period string) string {
	return placeBy(subs, unit, period, pct, func(string) bool { return true })
}
