package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// followsAs runs the turns in a chat of their own and checks that the last
// reply holds the reply to the plain question asked whole.
func followsAs(t *testing.T, a *ask.Answerer, turns []string, plain string) {
	t.Helper()
	got := replyTextIn(t, a, turns)
	if want := body(answerText(t, a, plain)); !strings.Contains(got, want) {
		t.Errorf("%q:\n%s\nwant what %q gets:\n%s", turns, got, plain, want)
	}
}

// TestAdviserEnglish: an adviser's English words ("how many", "progress",
// "ranking", "funding gap", "latest quarter", "provincial agencies",
// "one-stop") and "số lượng của" get the replies of the Vietnamese
// questions; "provincial agencies" is the agencies, not the province.
func TestAdviserEnglish(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"xin hỏi, số lượng của dịch vụ công level 3 trên Cổng DVC tỉnh hiện nay là bao nhiêu?", []string{"số DVC mức 3 hiện nay"}},
		{"provincial agencies cung cấp mấy DVC mức 4?", []string{"các sở ngành cung cấp bao nhiêu DVC mức 4"}},
		{"đào tạo cấp xã progress so với target thế nào?", []string{"tỷ lệ cấp xã được đào tạo so với mục tiêu"}},
		{"how many tờ rơi được in?", []string{"số tờ rơi đã in"}},
		{"one-stop điện tử cấp huyện: bao nhiêu đơn vị?", []string{"số đơn vị có một cửa điện tử cấp huyện"}},
		{"PCI ranking năm 2017?", []string{"xếp hạng PCI năm 2017"}},
		{"how much funding vẫn còn thiếu cho NQ22?", []string{"kinh phí còn thiếu"}},
		{"funding gap NQ22 cho 2020?", []string{"kinh phí còn thiếu"}},
		{"xin hỏi latest quarter Thạch Hà có bao nhiêu hồ sơ online?", []string{"số hồ sơ trực tuyến của huyện Thạch Hà quý 2/2019"}},
	})
}

// TestFiguresOfRatesAndRanks: after a rate, "số lượng cụ thể?" is the
// count behind it and "tỷ lệ cấp huyện?" that rate of the districts;
// "mức 4 thì thế nào" after the services of level 3 added is those of
// level 4; after a unit's place, "tỷ lệ cụ thể" is its own rate; "bao
// nhiêu người" is the people trained, not the leaflets "tuyên truyền"
// also names.
func TestFiguresOfRatesAndRanks(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	followsAs(t, a, []string{"bao nhiêu % UBND xã có website?", "số lượng cụ thể?"}, "số xã có trang thông tin điện tử")
	followsAs(t, a, []string{"bao nhiêu % UBND xã có website?", "số lượng cụ thể?", "tỷ lệ cấp huyện?"}, "tỷ lệ cấp huyện có trang thông tin điện tử")
	followsAs(t, a, []string{"bao nhiêu % UBND xã có website?", "tỷ lệ cấp huyện?"}, "tỷ lệ cấp huyện có trang thông tin điện tử")
	followsAs(t, a, []string{"tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019", "cụ thể là bao nhiêu?"}, "số hồ sơ trực tuyến của Can Lộc quý 2/2019")
	followsAs(t, a, []string{"chỉ tiêu 400 DVC mức 3 theo NQ22 đã đạt chưa", "mức 4 thì thế nào"}, "chỉ tiêu DVC mức 4 theo NQ22 đạt bao nhiêu")
	followsAs(t, a, []string{"Sở Nội vụ quý 1 đứng hạng mấy trong các sở đã nộp về tỷ lệ trực tuyến", "tỷ lệ cụ thể là bao nhiêu"},
		"tỷ lệ hồ sơ trực tuyến của Sở Nội vụ quý 1/2019")
	followsAs(t, a, []string{"Can Lộc 2018 tuyên truyền DVC cho bao nhiêu người?", "ở bao nhiêu xã?"}, "số xã được tuyên truyền của Can Lộc năm 2018")
	checkReplies(t, a, []replyCase{{q: "Can Lộc 2018 tuyên truyền DVC cho bao nhiêu người?", kind: ask.KindFigure,
		want: []string{body(answerText(t, a, "số người tham gia tập huấn của Can Lộc năm 2018"))}, not: []string{"tờ rơi"}}})
}

// TestUnitsLeftOut: units named after "không tính", "ngoài", "bỏ … ra"
// are left out of a ranking, a place and a total of their level, each
// computed here from the fixture; "ngoài Vũ Quang còn huyện nào chưa
// nộp" lists every district that has not.
func TestUnitsLeftOut(t *testing.T) {
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	subs := fixture(t)
	n := vi.NewNumbers()
	kind := func(code string) string { return unitByCode(t, s, code).Kind }
	districts := func(keep func(string) bool) func(string) bool {
		return func(code string) bool { return !strings.HasPrefix(code, "S-") && keep(kind(code)) }
	}
	notCity := districts(func(k string) bool { return k != "Thành phố" })
	huyen := districts(func(k string) bool { return k == "Huyện" })
	best, most := "", -1.0
	var num, den float64
	var late []string
	for code, per := range subs {
		if strings.HasPrefix(code, "S-") {
			continue
		}
		v, ok := per["Q2/2019"]
		if !ok {
			continue
		}
		if notCity(code) {
			num, den = num+v["hstt"], den+v["hstong"]
			if v["hstt"] > most {
				best, most = unitByCode(t, s, code).Name, v["hstt"]
			}
		}
	}
	units, err := s.AllUnits(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if _, sent := subs[u.Code]["Q2/2019"]; u.Level == "district" && !sent {
			late = append(late, u.Name)
		}
	}
	if best == "" || den == 0 || len(late) < 2 {
		t.Fatal("the fixture has no district but the city in Q2/2019, or fewer than two late")
	}
	checkReplies(t, a, []replyCase{
		{q: "Quý 2, ngoài TP Hà Tĩnh ra thì địa phương nào nhiều hồ sơ trực tuyến nhất", kind: ask.KindFigure,
			want: []string{"không tính thành phố", best + " " + n.Num(most) + " hồ sơ"}},
		{q: "Quý 2, không tính TP Hà Tĩnh thì tỷ lệ trực tuyến chung của các đơn vị cấp huyện còn lại là bao nhiêu", kind: ask.KindFigure,
			want: []string{n.Num(float64(int(num/den*10000+0.5))/100) + "%", "(" + n.Num(num) + "/" + n.Num(den) + ")"}},
		{q: "Không kể thành phố và 2 thị xã, quý 2 Hương Khê xếp hạng mấy về tỷ lệ trực tuyến", kind: ask.KindFigure,
			want: []string{"thứ " + placeBy(subs, "444", "Q2/2019", pct, huyen)}},
		{q: "Quý 1, bỏ thành phố với 2 thị xã ra, huyện nào nhiều DVC mức 4 nhất", kind: ask.KindFigure,
			want: []string{"không tính thành phố, thị xã"}, not: []string{"Thành phố Hà Tĩnh", "Thị xã"}},
		{q: "ngoài Vũ Quang còn huyện nào chưa nộp quý 2", kind: ask.KindFigure, want: late},
	})
}
