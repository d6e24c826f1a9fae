package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestKeywordsForecastsAndRanks: a what-if ("theo đà tăng …, ước tính cả
// năm", "… nhân đôi, tỷ lệ khi đó") gets no figure (it got a stored one
// as if it answered), while the report's plan ("dự kiến sẽ đạt") still
// does; a keyword string's year before an arrow is the year ("2018 → hồ
// sơ …" had no period), "huyện đứng thứ 2" the unit at that place; "số
// thủ tục HC" the procedures (was the services); "ai số 1", "xếp cuối",
// "đông … nhất" rank; a rank asked over "giai đoạn 2017-2018" gives both
// ends; "hstt" alone after a unit's quarter is its online files.
func TestKeywordsForecastsAndRanks(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Theo đà tăng từ quý 1 lên quý 2, ước tính cả năm 2019 huyện Thạch Hà có bao nhiêu hồ sơ trực tuyến?", kind: ask.KindNoData, not: []string{"405", "311"}},
		{q: "Trường hợp số hồ sơ trực tuyến quý 2/2019 của Can Lộc nhân đôi, tỷ lệ chung của tỉnh khi đó là bao nhiêu?", kind: ask.KindNoData, not: []string{"14,45"}},
		{q: "Năm 2019 dự kiến sẽ đạt bao nhiêu % cấp xã được tập huấn?", want: []string{"70%"}},
		{q: "2018 → hồ sơ qua DVC mức 3, 4: số lượng + tỉ lệ", kind: ask.KindFigure, want: []string{"năm 2018: 1.952 hồ sơ", "4,92%"}},
		{q: "tỷ lệ Q1/2019: huyện đứng thứ 2", kind: ask.KindFigure, want: []string{"2. Huyện Can Lộc 20,98%"}},
		{q: "- số thủ tục HC có DVCTT mức 3: ___", kind: ask.KindFigure, want: []string{"750 thủ tục"}},
		{q: "Ai số 1 tỷ lệ hồ sơ online quý 2/2019 giữa các huyện?", kind: ask.KindFigure, want: []string{"cao nhất là Huyện Can Lộc 27,73%"}},
		{q: "PCI của tỉnh từ hạng mấy lên hạng mấy giai đoạn 2017-2018?", kind: ask.KindFigure, want: []string{"năm 2017: hạng 33", "năm 2018: hạng 23"}},
		{q: "Hương Khê xếp thứ mấy về tỷ lệ hồ sơ online cấp huyện?", kind: ask.KindAsk, want: []string{"quý 2/2019", "quý 1/2019"}},
	})
	ans := lastReply(t, a, ask.Chat{Platform: "test", ID: "hstt"}, []string{"Lộc Hà – tổng HS – q1/2019", "hstt"})
	checkText(t, "hstt", ans.Text, []string{"Huyện Lộc Hà quý 1/2019: 262 hồ sơ"}, nil)
	ans = lastReply(t, a, ask.Chat{Platform: "test", ID: "cuoi"}, []string{"sở nào tỷ lệ cao nhất quý 1", "sở xếp cuối quý đó là ai?"})
	checkText(t, "sở xếp cuối", ans.Text, []string{"thấp nhất là Sở Y tế 2,65%"}, nil)
}

// TestUnitsInTheirOwnPeriods: two units, each with its own quarter, set
// against each other ("Can Lộc quý 1 và TP Hà Tĩnh quý 2 … chênh nhau"):
// each in its quarter and the gap (was each unit's change between the
// quarters); two quarters set against each other beside a unit ("quý 2 so
// với quý 1 … của thành phố") stay a change.
func TestUnitsInTheirOwnPeriods(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Chênh lệch giữa tỷ lệ trực tuyến của huyện Lộc Hà ở quý 1/2019 và huyện Can Lộc ở quý 2/2019 là bao nhiêu điểm %?", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc quý 2/2019 cao hơn Huyện Lộc Hà quý 1/2019 4,34 điểm %"}},
		{q: "So với Thạch Hà quý 1, TP Hà Tĩnh quý 2 tiếp nhận nhiều hơn bao nhiêu hồ sơ TTHC?", kind: ask.KindFigure,
			want: []string{"Thành phố Hà Tĩnh quý 2/2019 cao hơn Huyện Thạch Hà quý 1/2019 1.552 hồ sơ"}},
		{q: "quý 1 của Lộc Hà và quý 2 của Can Lộc tỷ lệ trực tuyến chênh nhau mấy điểm", kind: ask.KindFigure, want: []string{"4,34 điểm %"}},
		{q: "TX Hồng Lĩnh quý 1 và Thạch Hà quý 2, đơn vị nào có tỷ lệ trực tuyến cao hơn?", kind: ask.KindFigure,
			want: []string{"Huyện Thạch Hà quý 2/2019 cao hơn Thị xã Hồng Lĩnh quý 1/2019 0,78 điểm %"}},
		{q: "cho tôi hỏi quý 2 so với quý 1 năm 2019, tỷ lệ hồ sơ trực tuyến của thành phố Hà Tĩnh tăng bao nhiêu điểm phần trăm?", kind: ask.KindFigure,
			want: []string{"quý 1/2019: 16,24%; quý 2/2019: 20,56% (tăng 4,32 điểm %)"}},
	})
}

// TestUnitProfile: a briefing's "báo cáo nhanh về Sở Tài chính quý 1",
// "Hồng Lĩnh quý 2 báo cáo những gì", "Kỳ Anh quý 1 có những số gì" ask
// every figure of the unit (they got whether it had reported).
func TestUnitProfile(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "báo cáo nhanh về Sở Tài chính quý 1", kind: ask.KindFigure, want: []string{"40 dịch vụ", "72 hồ sơ", "1.045 hồ sơ"}, not: []string{"đã nộp báo cáo"}},
		{q: "Hồng Lĩnh quý 2 báo cáo những gì, cho tôi hết", kind: ask.KindFigure, want: []string{"104 dịch vụ", "287 hồ sơ", "1.540 hồ sơ"}},
		{q: "huyện Kỳ Anh quý 1 có những số gì", kind: ask.KindFigure, want: []string{"95 dịch vụ"}},
		{q: "Sở Tài chính nộp báo cáo quý 1 chưa", not: []string{"40 dịch vụ"}},
	})
}

// TestForecastFollowUp: "cứ tốc độ ri thì bao giờ đạt 85%" after a rate is
// a forecast, which no stored figure is, as a follow-up too.
func TestForecastFollowUp(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	if got := replyTextIn(t, a, []string{"tỷ lệ doanh nghiệp được tập huấn", "cứ tốc độ ri thì bao giờ đạt 85%"}); !strings.Contains(got, "không dự báo") {
		t.Errorf("a forecast answered: %s", got)
	}
}
