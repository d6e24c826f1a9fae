package ask_test

import (
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
