package ask_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestShortFollowUps: what a conversation's short messages mean after a
// question about one place: a figure named alone is that place's, a kind
// of unit is the other unit of the same name, "nhiều hơn X bao nhiêu" sets
// the two units against each other, "cùng năm" is the year the reply
// before was of. Expected figures come from the fixture.
func TestShortFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	for i, tt := range []struct {
		turns []string
		want  []string // in the last reply
		not   []string
	}{
		{[]string{"TP Hà Tĩnh quý 2/2019 có bao nhiêu hồ sơ trực tuyến", "tổng hồ sơ tiếp nhận"},
			[]string{"Thành phố Hà Tĩnh", "quý 2/2019", n.Num(subs["436"]["Q2/2019"]["hstong"])}, []string{"toàn tỉnh"}},
		{[]string{"Tỷ lệ hồ sơ trực tuyến quý 2/2019 của Huyện Kỳ Anh", "thị xã thì sao?"},
			[]string{"Thị xã Kỳ Anh"}, []string{"Huyện Kỳ Anh"}},
		{[]string{"Can Lộc quý 2/2019 có bao nhiêu hồ sơ trực tuyến", "nhiều hơn Thạch Hà bao nhiêu?"},
			[]string{"Huyện Thạch Hà", n.Num(subs["443"]["Q2/2019"]["hstt"] - subs["445"]["Q2/2019"]["hstt"])}, []string{"quý 1/2019"}},
		{[]string{"Đài PTTH năm 2018 phát bao nhiêu bản tin CCHC", "chuyên đề?", "báo Hà Tĩnh cùng năm bao nhiêu tin bài"},
			[]string{"Báo Hà Tĩnh", "năm 2018"}, []string{"kỳ nào"}},
		// Two periods asked in two turns: the change is between them, not
		// from the last one to the one before it.
		{[]string{"Sở TT&TT quý 2/2019 tỷ lệ hồ sơ trực tuyến", "quý 1?", "tăng bao nhiêu điểm %?"},
			[]string{"quý 1/2019", "quý 2/2019", "tăng " + n.Num(pct(subs["S-TTTT"]["Q2/2019"])-pct(subs["S-TTTT"]["Q1/2019"])) + " điểm %"},
			[]string{"quý 4/2018"}},
		// Formal follow-ups point back with words that name nothing:
		// "hai huyện", "tỷ lệ ấy", "khối này", "lấy quý …", "như vậy
		// … vươn lên", a kind of unit beside "tỷ lệ".
		{[]string{"So sánh tỷ lệ hồ sơ trực tuyến quý 2/2019 giữa huyện Can Lộc và huyện Thạch Hà.", "Hai huyện chênh nhau mấy điểm phần trăm?"},
			[]string{"Huyện Can Lộc", "Huyện Thạch Hà", n.Num(pct(subs["443"]["Q2/2019"])-pct(subs["445"]["Q2/2019"])) + " điểm %"}, []string{"cấp huyện"}},
		{[]string{"Năm 2018 tỉnh ta xếp thứ mấy về Chỉ số năng lực cạnh tranh cấp tỉnh?", "Như vậy đã vươn lên mấy bậc kể từ năm 2017?"},
			[]string{"hạng 33", "hạng 23", "tăng 10 bậc"}, []string{"chưa hiểu"}},
		{[]string{"Thành phố Hà Tĩnh quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến?", "Tỷ lệ quý 2 của thành phố là bao nhiêu?"},
			[]string{"Thành phố Hà Tĩnh", "quý 2/2019", n.Num(pct(subs["436"]["Q2/2019"])) + "%"}, []string{"chưa hiểu"}},
		{[]string{"Cộng các huyện, thị xã, thành phố đã báo cáo quý 1/2019 thì có tất cả bao nhiêu hồ sơ trực tuyến?", "Tỷ lệ chung của khối này là bao nhiêu?"},
			[]string{"cấp huyện", "quý 1/2019"}, []string{"toàn tỉnh", "kỳ nào"}},
		// A kind of unit beside a figure of its own is the unit before:
		// "tỷ lệ đó của huyện", "so với quý 1 thì thành phố tăng …".
		{[]string{"Quý 1/2019 huyện Can Lộc tiếp nhận tổng cộng bao nhiêu hồ sơ thủ tục hành chính?", "Quý 2/2019 tỷ lệ đó của huyện là bao nhiêu?"},
			[]string{"Huyện Can Lộc", "quý 2/2019", n.Num(pct(subs["443"]["Q2/2019"])) + "%"}, []string{"cấp huyện"}},
		{[]string{"Thành phố Hà Tĩnh quý 2/2019 có bao nhiêu hồ sơ được nộp qua mạng?", "So với quý 1 thì thành phố tăng thêm bao nhiêu hồ sơ?"},
			[]string{"Thành phố Hà Tĩnh", "tăng " + n.Num(subs["436"]["Q2/2019"]["hstt"]-subs["436"]["Q1/2019"]["hstt"]) + " hồ sơ"}, []string{"toàn tỉnh"}},
		// "với X thì thế nào" after two units set against each other: the
		// first against X; "qua mạng" is "trực tuyến".
		{[]string{"so sánh tỷ lệ hồ sơ trực tuyến quý 2/2019 của Thạch Hà với Can Lộc", "với Hồng Lĩnh thì thế nào"},
			[]string{"Huyện Thạch Hà", "Thị xã Hồng Lĩnh", n.Num(pct(subs["437"]["Q2/2019"])) + "%"}, []string{"Báo cáo viết", "Huyện Can Lộc"}},
		{[]string{"huyện Đức Thọ quý 1/2019 tỷ lệ nộp qua mạng bao nhiêu", "sang quý 2"},
			[]string{"Huyện Đức Thọ", "quý 2/2019", n.Num(pct(subs["440"]["Q2/2019"])) + "%"}, nil},
		// "tính tỷ lệ …" opening a message is the verb, not the province.
		{[]string{"tổng hồ sơ trực tuyến các huyện đã báo cáo quý 1/2019 là bao nhiêu?", "tính tỷ lệ chung giúp anh"},
			[]string{"cấp huyện", "quý 1/2019", "%"}, []string{"toàn tỉnh", "kỳ nào"}},
		// "đến thời điểm báo cáo" is when, not the reports sent.
		{[]string{"Nghị quyết 22 đặt mục tiêu phát triển thêm bao nhiêu dịch vụ công mức độ 4?", "Đến thời điểm báo cáo đã làm được bao nhiêu?"},
			[]string{"23 dịch vụ", "46%"}, []string{"đơn vị phải báo cáo"}},
		// Two quarters asked in turn: "hai quý", "cả 2 quý", a change
		// asked of another figure of the unit, a bare "hồ sơ" that keeps
		// the applications asked (received, not online).
		{[]string{"Can Lộc quý 2/2019 nộp trực tuyến bao nhiêu hồ sơ?", "quý 1 được bao nhiêu?", "hai quý chênh nhau bao nhiêu hồ sơ?"},
			[]string{"tăng " + n.Num(subs["443"]["Q2/2019"]["hstt"]-subs["443"]["Q1/2019"]["hstt"]) + " hồ sơ"}, nil},
		{[]string{"Hương Khê quý 2/2019 nộp trực tuyến bao nhiêu hồ sơ?", "lũy kế cả 2 quý?"},
			[]string{n.Num(subs["444"]["Q1/2019"]["hstt"]+subs["444"]["Q2/2019"]["hstt"]) + " hồ sơ"}, nil},
		{[]string{"Thị xã Hồng Lĩnh quý 1/2019 tiếp nhận bao nhiêu hồ sơ TTHC?", "quý 2?", "tăng bao nhiêu hồ sơ?"},
			[]string{"tăng " + n.Num(subs["437"]["Q2/2019"]["hstong"]-subs["437"]["Q1/2019"]["hstong"]) + " hồ sơ"}, []string{"trực tuyến"}},
		{[]string{"Can Lộc quý 2/2019 tỷ lệ hồ sơ online", "quý 1 được bao nhiêu", "số hồ sơ trực tuyến tăng thêm bao nhiêu"},
			[]string{"Huyện Can Lộc", "tăng " + n.Num(subs["443"]["Q2/2019"]["hstt"]-subs["443"]["Q1/2019"]["hstt"]) + " hồ sơ"}, []string{"toàn tỉnh"}},
		{[]string{"Thạch Hà quý 1/2019 nộp trực tuyến bao nhiêu hồ sơ", "quý 2 được bao nhiêu", "tỷ lệ tăng mấy điểm %"},
			[]string{"tăng " + n.Num(pct(subs["445"]["Q2/2019"])-pct(subs["445"]["Q1/2019"])) + " điểm %"}, nil},
		// A period named after "cao hơn" is what the one asked is set against.
		{[]string{"Tỷ lệ hồ sơ trực tuyến toàn tỉnh 5 tháng đầu năm 2019?", "vậy cao hơn 2018 mấy điểm %?"},
			[]string{"năm 2018", "5 tháng đầu năm 2019", "tăng"}, []string{"chưa hiểu"}},
		// The two units asked in turn, "hai huyện cộng lại"; "chuyên mục
		// đó" is the project before; "tỉnh ta" is the "Hà Tĩnh" asked.
		{[]string{"Can Lộc quý 2/2019 có bao nhiêu hồ sơ trực tuyến", "Thạch Hà thì sao?", "hai huyện cộng lại?"},
			[]string{"Tổng cộng: " + n.Num(subs["443"]["Q2/2019"]["hstt"]+subs["445"]["Q2/2019"]["hstt"]) + " hồ sơ"}, nil},
		{[]string{"Chuyên mục tư vấn hỗ trợ pháp lý được cấp bao nhiêu tiền ạ?", "Năm 2017 chuyên mục đó được mấy ạ?"},
			[]string{"năm 2017", "Tư vấn hỗ trợ pháp lý"}, []string{"chưa hiểu"}},
		{[]string{"Năm 2018 Hà Tĩnh đứng thứ mấy về PCI ạ?", "Năm 2017 thì tỉnh ta đứng thứ mấy ạ?", "Như rứa là tỉnh mình lên được mấy bậc rứa?"},
			[]string{"tăng 10 bậc"}, []string{"năm 2016"}},
		// A target asked after a figure that has none: the figure of the
		// topic the words name that has one; a sibling named in a short
		// how-many question; the quarter asked before, for the reports.
		{[]string{"tiền đào tạo tập huấn năm 2019 là bao nhiêu", "dự kiến năm nay đạt bao nhiêu % xã"},
			[]string{"kế hoạch năm 2019: 70%"}, []string{"chưa có mục tiêu"}},
		// A question that would ask which quarter, right after one asked.
		{[]string{"Can Lộc quý 2/2019 có bao nhiêu hồ sơ trực tuyến", "Đức Thọ kém Can Lộc bao nhiêu hồ sơ trực tuyến?"},
			[]string{"quý 2/2019", n.Num(subs["443"]["Q2/2019"]["hstt"]-subs["440"]["Q2/2019"]["hstt"]) + " hồ sơ"}, []string{"kỳ nào"}},
		// An ask-back answered in the asker's words.
		{[]string{"Kỳ Anh quý 2/2019 tỷ lệ hồ sơ trực tuyến", "huyện đó em"}, []string{"Huyện Kỳ Anh", n.Num(pct(subs["447"]["Q2/2019"])) + "%"}, []string{"Bạn hỏi"}},
		{[]string{"Kỳ Anh quý 2/2019 tỷ lệ hồ sơ trực tuyến", "bên thị xã"}, []string{"Thị xã Kỳ Anh", n.Num(pct(subs["449"]["Q2/2019"])) + "%"}, []string{"Bạn hỏi"}},
		{[]string{"sàn thương mại điện tử tỉnh có mấy gian hàng rồi", "bao nhiêu doanh nghiệp là thành viên"},
			[]string{"thành viên", "498 doanh nghiệp"}, []string{"chưa hiểu"}},
		{[]string{"Can Lộc quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến", "mấy đơn vị gửi báo cáo rồi"},
			[]string{"Quý 1/2019: " + fmt.Sprint(sentIn(subs, "Q1/2019")) + "/32"}, nil},
		// The one unit a ranking named is what a figure asked next is of;
		// a bound named alone replaces the list's; "bọn em" is "we", not
		// "bốn" (four); a period the chat asked is the one an ask-back
		// would offer.
		{[]string{"huyện nào bị giảm tỷ lệ hồ sơ trực tuyến quý 2 so với quý 1 ạ", "giảm bao nhiêu điểm % ạ"},
			[]string{"Huyện Đức Thọ", "giảm " + n.Num(pct(subs["440"]["Q1/2019"])-pct(subs["440"]["Q2/2019"])) + " điểm %"}, []string{"cấp huyện"}},
		{[]string{"huyện nào bị giảm tỷ lệ hồ sơ trực tuyến quý 2 so với quý 1 ạ", "số hồ sơ trực tuyến giảm bao nhiêu ạ"},
			[]string{"Huyện Đức Thọ", "giảm " + n.Num(subs["440"]["Q1/2019"]["hstt"]-subs["440"]["Q2/2019"]["hstt"]) + " hồ sơ"}, []string{"cấp huyện"}},
		{[]string{"quý 2 đơn vị cấp huyện nào trên 15% hồ sơ trực tuyến ạ", "còn dưới 10% ạ"},
			[]string{"dưới 10%", "Huyện Đức Thọ"}, []string{"Huyện Can Lộc"}},
		{[]string{"Sở TT&TT có bao nhiêu hồ sơ nộp trực tuyến quý 1 ạ", "vậy Sở Nội vụ bọn em quý đó tỷ lệ bao nhiêu ạ"},
			[]string{"Sở Nội vụ", n.Num(pct(subs["S-NV"]["Q1/2019"])) + "%"}, []string{"Sở Thông tin"}},
		{[]string{"năm 2018 tỷ lệ hồ sơ trực tuyến bao nhiêu vậy", "5 tháng đầu năm nay thì sao", "số hồ sơ nhiêu cái"},
			[]string{"5 tháng đầu năm 2019", "6.704"}, []string{"kỳ nào"}},
		// A follow-up after questions offered ("Có phải bạn muốn hỏi")
		// goes on from the question before; "đức thọ răng" (Nghệ-Tĩnh
		// "thì sao") is Đức Thọ's.
		{[]string{"chỉ tiêu dvc mức 4 theo nq22", "đã làm thêm được mấy", "đạt bao nhiêu % chỉ tiêu"},
			[]string{"46% mục tiêu"}, []string{"chưa hiểu"}},
		{[]string{"chỉ tiêu dvc mức 4 theo nq22", "số người dự hội thảo năm 2019", "đạt bao nhiêu % chỉ tiêu"},
			[]string{"46% mục tiêu"}, []string{"chưa hiểu"}},
		{[]string{"hs nộp trực tuyến hương khê quý 1", "đức thọ răng"},
			[]string{"Huyện Đức Thọ", "quý 1/2019", n.Num(subs["440"]["Q1/2019"]["hstt"]) + " hồ sơ"}, []string{"Báo cáo viết"}},
		// "quý đó" is the quarter before; one unit after two set against
		// each other is that unit's figure; "cao hơn hay thấp hơn" asks
		// the change; "cộng cả … nữa" adds a part to the money before;
		// "tổng số … còn thiếu" after a project is the programme's.
		{[]string{"Hà Tĩnh quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến?", "cả tỉnh", "tỷ lệ chung toàn tỉnh quý đó"},
			[]string{"toàn tỉnh quý 1/2019", "%"}, []string{"kỳ nào"}},
		{[]string{"Quý 2/2019 so sánh tỷ lệ hồ sơ trực tuyến giữa Can Lộc và Thạch Hà", "thành phố Hà Tĩnh cùng quý"},
			[]string{"Thành phố Hà Tĩnh quý 2/2019: " + n.Num(pct(subs["436"]["Q2/2019"])) + "%"}, []string{"chưa tính được"}},
		{[]string{"Đức Thọ quý 2/2019 tỷ lệ hồ sơ trực tuyến bao nhiêu?", "quý 1 cao hơn hay thấp hơn, bao nhiêu"},
			[]string{"quý 1/2019: " + n.Num(pct(subs["440"]["Q1/2019"])) + "%"}, []string{"chưa hiểu"}},
		{[]string{"Quý 2 Thạch Hà có tỷ lệ hồ sơ trực tuyến bao nhiêu ạ?", "Đức Thọ thấp hơn Thạch Hà bao nhiêu điểm %?"},
			[]string{n.Num(pct(subs["445"]["Q2/2019"])-pct(subs["440"]["Q2/2019"])) + " điểm %"}, nil},
		{[]string{"Kinh phí đã bố trí NQ 22 có phải 4 tỷ 652 triệu không?", "cộng cả nguồn lồng ghép nữa là bao nhiêu", "cộng cả phần còn thiếu?"},
			[]string{"Tổng cộng: 10.897 triệu đồng"}, nil},
		{[]string{"dự án đánh giá cải thiện chỉ số minh bạch hằng năm đề xuất bao nhiêu", "tổng số kinh phí còn thiếu theo báo cáo"},
			[]string{"3.565 triệu đồng"}, []string{"Dự án"}},
		// "huyện ấy" (with its own quarter), "được bao nhiêu hồ sơ?" after
		// a ranking that named one unit; "Ấy là …" goes on from before.
		{[]string{"Quý 1/2019 huyện nào tỷ lệ nộp trực tuyến thấp nhất?", "quý 2 huyện ấy được bao nhiêu phần trăm?"},
			[]string{"Huyện Hương Sơn quý 2/2019: " + n.Num(pct(subs["439"]["Q2/2019"])) + "%"}, []string{"thấp nhất"}},
		{[]string{"Quý 2/2019 sở nào có nhiều hồ sơ nộp trực tuyến nhất?", "được bao nhiêu hồ sơ?"},
			[]string{"Sở Giáo dục và Đào tạo quý 2/2019: " + n.Num(subs["S-GDDT"]["Q2/2019"]["hstt"]) + " hồ sơ"}, []string{"kỳ nào"}},
		{[]string{"huyện Can Lộc quý 1/2019 nộp trực tuyến được bao nhiêu phần trăm hồ sơ?", "Thế còn quý 2 năm nay thì sao?", "Ấy là quý 2 nộp trực tuyến nhiều hơn quý 1 bao nhiêu hồ sơ?"},
			[]string{"Huyện Can Lộc", "tăng " + n.Num(subs["443"]["Q2/2019"]["hstt"]-subs["443"]["Q1/2019"]["hstt"]) + " hồ sơ"}, []string{"toàn tỉnh"}},
		// A place alone asked how ("Hương Khê thế nào?").
		{[]string{"Can Lộc quý 2/2019 tỷ lệ nộp hồ sơ online?", "Hương Khê thế nào?", "còn Đức Thọ"},
			[]string{"Huyện Đức Thọ quý 2/2019: " + n.Num(pct(subs["440"]["Q2/2019"])) + "%"}, []string{"Báo cáo viết"}},
	} {
		chat := ask.Chat{Platform: "test", ID: fmt.Sprint("short-", i)}
		var last ask.Answer
		for _, turn := range tt.turns {
			var err error
			if last, err = a.Converse(context.Background(), chat, turn); err != nil {
				t.Fatal(err)
			}
		}
		checkText(t, tt.turns, last.Text, tt.want, tt.not)
	}
}

// pct is a unit's online share of one quarter, rounded as replies show it.
func pct(q map[string]float64) float64 {
	return math.Round(q["hstt"]/q["hstong"]*10000) / 100
}
