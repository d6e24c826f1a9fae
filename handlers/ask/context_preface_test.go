package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestContextBeforeTheQuestion: what the asker has in mind, said before the
// question ("Hương Khê là huyện miền núi mà làm tốt, em muốn nêu: …",
// "Nghe nói Lộc Hà quý 1 làm rất tốt, chị cần …"), is no part of it (it
// was not understood); words of the question itself before a comma
// ("Bình quân mỗi xã, thị trấn …", "Dự án quy chế công khai, minh bạch
// …", "400 DVC mức 3, 50 DVC mức 4"), a figure's own ("4,92%") and
// "minh bạch", "tối nay" (no "mình", "tôi") are kept.
func TestContextBeforeTheQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Hương Khê là huyện miền núi mà làm tốt, em muốn nêu: quý 1/2019 tỷ lệ hồ sơ trực tuyến Hương Khê bao nhiêu ạ", kind: ask.KindFigure, want: []string{"Huyện Hương Khê quý 1/2019: 11,07%"}},
		{q: "Nghe nói Lộc Hà quý 1 làm rất tốt, chị cần tỷ lệ hồ sơ trực tuyến quý 1/2019 của huyện Lộc Hà để dẫn chứng", kind: ask.KindFigure, want: []string{"Huyện Lộc Hà quý 1/2019: 23,39%"}},
		{q: "Dự án quy chế công khai, minh bạch của Sở Nội vụ được bố trí bao nhiêu tiền?", kind: ask.KindNoData},
		{q: "Tỷ lệ 4,92% năm 2018 được tính trên tổng bao nhiêu hồ sơ TTHC tiếp nhận?", kind: ask.KindNoData},
	})
	for q, piece := range map[string]string{
		"Bình quân mỗi xã, thị trấn ở Can Lộc có bao nhiêu người tham gia tuyên truyền năm 2018?": "thị trấn ở Can Lộc có bao nhiêu người tham gia tuyên truyền năm 2018?",
		"Dự án triển khai thêm 400 DVC mức 3, 50 DVC mức 4 được cấp bao nhiêu kinh phí?":          "50 DVC mức 4 được cấp bao nhiêu kinh phí?",
	} {
		if got := replyText(t, a, q); got == replyText(t, a, piece) {
			t.Errorf("%q: a piece of the question answered alone: %s", q, got)
		}
	}
	if got := replyTextIn(t, a, []string{"Thưa ông, tối nay Hà Tĩnh có mưa to không ạ", "vậy cho em xin tỷ lệ hồ sơ trực tuyến năm 2018"}); !hasAll(got, "toàn tỉnh|4,92") {
		t.Errorf("'tối nay Hà Tĩnh' taken for where the asker works: %s", got)
	}
}
