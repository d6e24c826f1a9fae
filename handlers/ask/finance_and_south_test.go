package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFinanceOfficerFollowUps: the two sources said added ("NQ22 cộng
// lồng ghép"), then the share of the one named ("trong đó NQ22 chiếm mấy
// %", not the other's); a project's money of every year after one year's
// ("tổng 3 năm"); a unit's files between two quarters after its rates.
func TestFinanceOfficerFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"NQ22 cộng lồng ghép tổng đã có bao nhiêu tiền"}, "kinh phí NQ22 và lồng ghép tổng cộng bao nhiêu"},
		{[]string{"chuyên mục tư vấn hỗ trợ pháp lý năm 2017 cấp bao nhiêu", "năm 2019", "tổng 3 năm là bao nhiêu"}, "chuyên mục tư vấn hỗ trợ pháp lý được cấp tổng cộng bao nhiêu"},
		{[]string{"tỷ lệ HS trực tuyến Can Lộc quý 2/2019", "quý 1 thì răng", "số hồ sơ trực tuyến quý 2 hơn quý 1 bao nhiêu"}, "số hồ sơ trực tuyến Can Lộc quý 2 hơn quý 1 bao nhiêu"},
		{[]string{"năm 2020 cần thêm bao nhiêu tiền nữa để thực hiện NQ22"}, "kinh phí còn thiếu NQ22"},
		{[]string{"năm 2018 đài PTTH được cấp nhiêu cho mần phóng sự"}, "năm 2018 đài PTTH được cấp bao nhiêu cho làm phóng sự"},
		{[]string{"báo trung ương với tỉnh bạn đưa tin bài vìa mình năm 2017 nhiêu"}, "báo trung ương với tỉnh bạn đưa tin bài về mình năm 2017 bao nhiêu"},
	})
	// The share said of the source named, whichever figure the chat kept.
	share := func(text string) string {
		for _, s := range strings.Split(text, ". ") {
			if strings.Contains(s, " chiếm ") {
				return s
			}
		}
		return ""
	}
	got := share(replyTextIn(t, a, []string{"NQ22 cộng lồng ghép tổng đã có bao nhiêu tiền", "trong đó NQ22 chiếm mấy %"}))
	if want := share(replyText(t, a, "nguồn NQ 22 chiếm bao nhiêu % trong tổng kinh phí NQ22 và lồng ghép")); want == "" || got != want {
		t.Errorf("the share of NQ 22: got %q, want %q", got, want)
	}
	if fell := replyText(t, a, "có đơn vị nào quý 2 tỷ lệ bị tụt so với quý 1 hông"); fell != replyText(t, a, "đơn vị nào bị giảm tỷ lệ quý 2 so với quý 1") {
		t.Errorf("\"bị tụt\" not read as a fall: %s", fell)
	}
}

// TestAlikeAsksTheGap: asked whether two figures are alike ("có sát nhau
// không", "sàn sàn nhau", "ngang ngửa"), the reply gives both and the gap,
// as "chênh nhau bao nhiêu" does; of a level's rate against another's
// when the words also name a count of one of them.
func TestAlikeAsksTheGap(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Tỷ lệ HS trực tuyến quý 2 của TP Hà Tĩnh với TX Hồng Lĩnh có sát nhau không em", []string{"Tỷ lệ HS trực tuyến quý 2 của TP Hà Tĩnh với TX Hồng Lĩnh chênh nhau bao nhiêu"}},
		{"Quý 1 TX Hồng Lĩnh và TX Kỳ Anh tỷ lệ trực tuyến có xêm xêm nhau không em", []string{"Quý 1 TX Hồng Lĩnh và TX Kỳ Anh tỷ lệ trực tuyến chênh nhau bao nhiêu"}},
		{"Cho chị hỏi DVC mức 3 của khối sở ngành với của cấp huyện có ngang ngửa nhau không em?", []string{"DVC mức 3 của khối sở ngành với của cấp huyện chênh nhau bao nhiêu"}},
	})
	agencies := answerFigure(t, a, "tỷ lệ sở ban ngành có cổng TTĐT")
	communes := answerFigure(t, a, "tỷ lệ cấp xã có trang TTĐT")
	gap := vi.NewNumbers().Diff(agencies-communes, "percent", "")
	if got := replyText(t, a, "Tỷ lệ sở ngành có cổng TTĐT so với cấp xã chênh nhau mấy điểm vậy"); !strings.Contains(got, gap) {
		t.Errorf("the gap of the two levels' rates (%v%% and %v%%), %s, is not given: %s", agencies, communes, gap, got)
	}
}
