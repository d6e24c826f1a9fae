package ask_test

import (
	"context"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// fixture reads the corpus's submissions: unit code → period → figure.
func fixture(t *testing.T) map[string]map[string]map[string]float64 {
	t.Helper()
	recs := handlertest.ReadCSV(t, handlertest.Testdata("questions", "submissions.csv"))
	out := map[string]map[string]map[string]float64{}
	for _, r := range recs[1:] {
		if out[r[0]] == nil {
			out[r[0]] = map[string]map[string]float64{}
		}
		out[r[0]][r[1]] = map[string]float64{}
		for i, code := range recs[0][2:] {
			v, err := strconv.ParseFloat(r[i+2], 64)
			if err != nil {
				t.Fatal(err)
			}
			out[r[0]][r[1]][code] = v
		}
	}
	return out
}

// TestArithmeticAsked: a question that asks for an average, a difference,
// a ratio or a sum gets it, computed from the stored figures; one whose
// figures cannot give it says so and gives no figure for it.
func TestArithmeticAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	var districtSum float64
	districts := 0
	for code, per := range subs {
		if v, ok := per["Q2/2019"]; ok && !strings.HasPrefix(code, "S-") {
			districtSum += v["hstt"]
			districts++
		}
	}
	// Averages over the units that reported: the agencies' in Q1, every
	// unit's in Q2.
	var agencySum, allSum, agencyQ2 float64
	agencyN, allN := 0, 0
	for code, per := range subs {
		if v, ok := per["Q1/2019"]; ok && strings.HasPrefix(code, "S-") {
			agencySum += v["dvc3"]
			agencyN++
		}
		if v, ok := per["Q2/2019"]; ok && strings.HasPrefix(code, "S-") {
			agencyQ2 += v["hstt"]
		}
		if v, ok := per["Q2/2019"]; ok {
			allSum += v["dvc4"]
			allN++
		}
	}
	canLoc, thachHa := subs["443"]["Q2/2019"]["hstt"], subs["445"]["Q2/2019"]["hstt"]
	dvc3 := answerFigure(t, a, "hiện nay có bao nhiêu DVC mức độ 3")
	dvc4 := answerFigure(t, a, "hiện nay có bao nhiêu DVC mức độ 4")
	online2018 := answerFigure(t, a, "hồ sơ nộp trực tuyến năm 2018")
	online2019 := answerFigure(t, a, "hồ sơ nộp trực tuyến 5 tháng đầu năm 2019")
	trained := answerFigure(t, a, "tỷ lệ doanh nghiệp được tập huấn")
	district := answerFigure(t, a, "DVC mức 3 cấp huyện")
	agencies := answerFigure(t, a, "DVC mức 3 cấp sở")

	for _, c := range []struct {
		question string
		want     string
	}{
		{"trung bình mỗi huyện có bao nhiêu hồ sơ trực tuyến quý 2/2019", n.Num(math.Round(districtSum/float64(districts)*100) / 100)},
		{"Can Lộc hơn Thạch Hà bao nhiêu hồ sơ trực tuyến quý 2/2019", n.Num(canLoc - thachHa)},
		{"ho so truc tuyen quy 2/2019 cua Thach Ha va Can Loc chenh lech bao nhieu", n.Num(canLoc - thachHa)},
		{"Can Lộc và Thạch Hà gộp lại bao nhiêu hồ sơ trực tuyến quý 2/2019", n.Num(canLoc + thachHa)},
		{"DVC mức 3 gấp bao nhiêu lần mức 4?", n.Num(math.Round(dvc3/dvc4*100) / 100)},
		{"số DVC mức 3 trừ đi mức 4 là bao nhiêu", n.Num(dvc3 - dvc4)},
		{"tổng cộng DVC mức 3 và mức 4 hiện nay", n.Num(dvc3 + dvc4)},
		{"DVC mức 4 chiếm bao nhiêu phần trăm so với mức 3", n.Num(math.Round(dvc4/dvc3*10000) / 100)},
		{"Can Lộc đứng thứ mấy về hồ sơ trực tuyến quý 2/2019", place(subs, "443", "Q2/2019", "hstt")},
		{"mỗi huyện có bao nhiêu DVC mức 3 quý 1/2019", eachOf(n, subs, "Q1/2019", "dvc3")},
		{"DVC mức 3 ở cấp huyện nhiều hơn cấp sở bao nhiêu?", n.Num(math.Abs(district - agencies))},
		// "trừ" between two levels or two units is a subtraction, not a
		// part taken out.
		{"dvc3: cấp huyện trừ cấp sở = ?", n.Num(math.Abs(district - agencies))},
		{"hồ sơ trực tuyến quý 2/2019 Can Lộc trừ Thạch Hà", n.Num(canLoc - thachHa)},
		{"DVC mức 3 của khối huyện nhiều hơn khối tỉnh bao nhiêu dịch vụ", n.Num(math.Abs(district - agencies))},
		{"dvc3 huyen hon tinh bn", n.Num(math.Abs(district - agencies))},
		{"ngoài mức 2 ra thì cổng dịch vụ công tỉnh có mấy cái mức 3 với mức 4", n.Num(dvc3)},
		{"DVC mức 3 của cấp huyện và tổng toàn tỉnh là bao nhiêu?", n.Num(district) + "|" + n.Num(dvc3)},
		{"hs tt 5 tháng 2019 tăng bn so 2018", n.Num(online2019 - online2018)},
		{"Con số DVC mức 3 trên Cổng và DVCTT mức 3 đã vận hành lệch nhau bao nhiêu?", n.Num(math.Abs(dvc3 - answerFigure(t, a, "DVCTT mức 3 đã đưa vào vận hành")))},
		{"Lũy kế quý 1 và quý 2, Sở Tài chính nộp trực tuyến bao nhiêu hồ sơ?", n.Num(subs["S-TC"]["Q1/2019"]["hstt"] + subs["S-TC"]["Q2/2019"]["hstt"])},
		{"Nếu tính thêm DVC mức 3 của ngành Điện lực, Thuế thì tổng DVC mức 3 là bao nhiêu?", n.Num(dvc3 + answerFigure(t, a, "DVC mức 3 của ngành Điện lực và Thuế"))},
		{"Số đơn vị báo cáo quý 1 nhiều hơn quý 2 bao nhiêu đơn vị?", "nhiều hơn " + strconv.Itoa(sentIn(subs, "Q1/2019")-sentIn(subs, "Q2/2019")) + " đơn vị"},
		{"so với năm 2018 thì 5 tháng đầu năm 2019 hồ sơ trực tuyến gấp mấy lần", n.Num(math.Round(online2019/online2018*100) / 100)},
		{"Can Lộc quý 1 và quý 2 cộng lại có bao nhiêu hồ sơ trực tuyến", n.Num(subs["443"]["Q1/2019"]["hstt"] + canLoc)},
		{"Sở Tài chính và Sở TT&TT quý 2 ai nhiều hồ sơ trực tuyến hơn", n.Num(math.Abs(subs["S-TC"]["Q2/2019"]["hstt"] - subs["S-TTTT"]["Q2/2019"]["hstt"]))},
		{"còn bao nhiêu phần trăm doanh nghiệp chưa được tập huấn", n.Num(100 - trained)},
		{"trừ các sở ra thì hồ sơ trực tuyến quý 2/2019 là bao nhiêu", n.Num(districtSum)},
		{"quý 2/2019 ngoài Can Lộc thì các đơn vị còn lại có bao nhiêu hồ sơ trực tuyến", n.Num(districtSum + agencyQ2 - canLoc)},
		// The districts' reports added, without Can Lộc's (was refused).
		{"ngoài Can Lộc, các huyện còn lại có tổng bao nhiêu hồ sơ trực tuyến quý 2/2019", n.Num(districtSum - canLoc)},
		{"trung binh moi so quy 1 co bao nhieu dvc muc 3", n.Num(math.Round(agencySum/float64(agencyN)*100) / 100)},
		{"bình quân mỗi đơn vị đã báo cáo quý 2 có bao nhiêu DVC mức 4", n.Num(math.Round(allSum/float64(allN)*100) / 100)},
		// One level over both levels' services (was refused).
		{"tỷ lệ dvc mức 4 trên tổng số dvc", n.Num(math.Round(dvc4/(dvc3+dvc4)*10000) / 100)},
	} {
		ans, err := a.Answer(context.Background(), c.question)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind != ask.KindFigure || !hasAll(ans.Text, c.want) {
			t.Errorf("%q: want %s in a figure, got %s %q", c.question, c.want, ans.Kind, ans.Text)
		}
	}

	// ("trung bình tỷ lệ … của các huyện" is the districts' pooled rate,
	// said as such: TestAverageOfRates.)
	for _, q := range []string{
		"Can Lộc, Thạch Hà và Hương Khê chênh nhau bao nhiêu hồ sơ trực tuyến quý 2/2019",
		"tỷ lệ hồ sơ trực tuyến gấp mấy lần số hồ sơ trực tuyến của Can Lộc quý 2/2019",
		"không tính lồng ghép thì tổng kinh phí là bao nhiêu",
	} {
		ans, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind == ask.KindFigure || ans.Kind == ask.KindNearest || !strings.HasPrefix(ans.Text, "Tôi chưa tính được") {
			t.Errorf("%q: want the arithmetic refused, got %s %q", q, ans.Kind, ans.Text)
		}
	}
}

// sentIn is how many units sent the fixture's report of the quarter.
func sentIn(subs map[string]map[string]map[string]float64, period string) int {
	return sentWhere(subs, period, func(string) bool { return true })
}

// sentWhere is how many of the units kept sent the quarter's report.
func sentWhere(subs map[string]map[string]map[string]float64, period string, keep func(string) bool) int {
	n := 0
	for u, per := range subs {
		if _, ok := per[period]; ok && keep(u) {
			n++
		}
	}
	return n
}

// replyText is the reply to a question asked on its own.
func replyText(t *testing.T, a *ask.Answerer, q string) string {
	t.Helper()
	return answerOf(t, a, q).Text
}

// answerOf is the reply to a question asked on its own, kind and all.
func answerOf(t *testing.T, a *ask.Answerer, q string) ask.Answer {
	t.Helper()
	ans, err := a.Answer(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// answerFigure is the figure a plain question's reply states: the number
// right after the first colon ("…: 1.995 dịch vụ", "…: 35%").
func answerFigure(t *testing.T, a *ask.Answerer, q string) float64 {
	t.Helper()
	text := replyText(t, a, q)
	_, after, ok := strings.Cut(text, ": ")
	if fields := strings.Fields(after); ok && len(fields) > 0 {
		f := strings.ReplaceAll(strings.ReplaceAll(strings.Trim(fields[0], ".,;%"), ".", ""), ",", ".")
		if v, err := strconv.ParseFloat(f, 64); err == nil {
			return v
		}
	}
	t.Fatalf("%q: no figure in %q", q, text)
	return 0
}

// place is "k/n": the unit's place among the district-level units that
// reported the figure for the period, highest first.
func place(subs map[string]map[string]map[string]float64, unit, period, code string) string {
	return placeBy(subs, unit, period, func(v map[string]float64) float64 { return v[code] }, func(u string) bool { return !strings.HasPrefix(u, "S-") })
}

// placeBy is "k/n": the unit's place by value among the units kept that
// reported the period, highest first.
func placeBy(subs map[string]map[string]map[string]float64, unit, period string, value func(map[string]float64) float64, keep func(string) bool) string {
	mine := value(subs[unit][period])
	k, total := 1, 0
	for u, per := range subs {
		v, ok := per[period]
		if !ok || !keep(u) {
			continue
		}
		total++
		if value(v) > mine {
			k++
		}
	}
	return strconv.Itoa(k) + "/" + strconv.Itoa(total)
}

// eachOf is every district-level unit's figure for the period, as tokens.
func eachOf(n vi.Numbers, subs map[string]map[string]map[string]float64, period, code string) string {
	var want []string
	for u, per := range subs {
		if v, ok := per[period]; ok && !strings.HasPrefix(u, "S-") {
			want = append(want, n.Num(v[code]))
		}
	}
	return strings.Join(want, "|")
}

// TestTypedFiguresAreNoAnswer: a question that gives stored figures as
// its data and asks one that is not stored gets no figure: the ones it
// typed are not the answer; nor is an index the answer to one criterion.
func TestTypedFiguresAreNoAnswer(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	n := vi.NewNumbers()
	online, rate := answerFigure(t, a, "hồ sơ nộp trực tuyến năm 2018"), answerFigure(t, a, "tỷ lệ hồ sơ trực tuyến năm 2018")
	checkReplies(t, a, []replyCase{
		{q: "Lấy " + n.Num(online) + " hồ sơ chia cho " + n.Num(rate) + "% thì tổng hồ sơ TTHC năm 2018 toàn tỉnh là bao nhiêu?", kind: ask.KindNoData,
			want: []string{"Chưa có số liệu tổng số hồ sơ"}},
		{q: "tỷ lệ hồ sơ trực tuyến năm 2018 và tổng hồ sơ TTHC năm 2018", kind: ask.KindFigure, want: []string{n.Num(rate) + "%"}},
		{q: "53% xã được đào tạo tức là bao nhiêu xã", kind: ask.KindNoData, want: []string{"không nêu số đó"}},
		{q: "Có bao nhiêu xã, phường, thị trấn có trang thông tin điện tử? Tôi cần đối chiếu với tỷ lệ 84%.", kind: ask.KindFigure, want: []string{"Tính ra"}},
		// Nor is an index the score of one of its criteria.
		{q: "điểm tiêu chí Tiếp cận tài liệu pháp lý PCI 2018 là bao nhiêu", kind: ask.KindNoData, want: []string{"không nêu riêng"}},
		{q: "chỉ số minh bạch PCI 2018 được mấy điểm", kind: ask.KindFigure},
	})
}
