package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFinanceOfficerFollowUps: the two sources said added ("NQ22 cộng
// lồng ghép"), then the share of the one named ("trong đó NQ22 chiếm mấy
// %", not the other's); a project's money of every year after one year's
// ("tổng 3 năm"); a unit's files between two quarters after its rates.
func TestFinanceOfficerFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct {
		turns []string
		plain string
	}{
		{[]string{"NQ22 cộng lồng ghép tổng đã có bao nhiêu tiền"}, "kinh phí NQ22 và lồng ghép tổng cộng bao nhiêu"},
		{[]string{"chuyên mục tư vấn hỗ trợ pháp lý năm 2017 cấp bao nhiêu", "năm 2019", "tổng 3 năm là bao nhiêu"}, "chuyên mục tư vấn hỗ trợ pháp lý được cấp tổng cộng bao nhiêu"},
		{[]string{"tỷ lệ HS trực tuyến Can Lộc quý 2/2019", "quý 1 thì răng", "số hồ sơ trực tuyến quý 2 hơn quý 1 bao nhiêu"}, "số hồ sơ trực tuyến Can Lộc quý 2 hơn quý 1 bao nhiêu"},
		{[]string{"năm 2020 cần thêm bao nhiêu tiền nữa để thực hiện NQ22"}, "kinh phí còn thiếu NQ22"},
		{[]string{"năm 2018 đài PTTH được cấp nhiêu cho mần phóng sự"}, "năm 2018 đài PTTH được cấp bao nhiêu cho làm phóng sự"},
		{[]string{"báo trung ương với tỉnh bạn đưa tin bài vìa mình năm 2017 nhiêu"}, "báo trung ương với tỉnh bạn đưa tin bài về mình năm 2017 bao nhiêu"},
	} {
		got := replyTextIn(t, a, tc.turns)
		if want := body(replyText(t, a, tc.plain)); !strings.Contains(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.turns, got, want)
		}
	}
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
