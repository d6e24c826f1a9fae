package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestForwardedAndSpokenFigures: links, the bot's @name and hashtags
// pasted with a question leave it as asked; a figure said with "phẩy"
// ("bốn phẩy chín mươi hai phần trăm") is read as the number to check;
// "kỳ báo cáo vừa rồi" is the latest report; a count asked "trên tổng
// số" where only its rate is stored gets that rate.
func TestForwardedAndSpokenFigures(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"@trolysolieu_bot bao nhiêu dự án NQ22 đã hoàn thành rồi", []string{"bao nhiêu dự án NQ22 đã hoàn thành"}},
		{"https://dichvucong.hatinh.gov.vn/portaldvc/home trên cổng này đang có bao nhiêu DVC mức 3 với mức 4 vậy", []string{"có bao nhiêu DVC mức 3 và mức 4"}},
		{"sàn TMĐT hiện có bao nhiêu sản phẩm #TMDT #sanTMDT", []string{"sàn TMĐT có bao nhiêu sản phẩm"}},
		{"tỷ lệ UBND cấp xã có cổng/trang TTĐT là bao nhiêu #congTTDT", []string{"tỷ lệ UBND cấp xã có cổng/trang TTĐT là bao nhiêu"}},
		{"Có đúng tỷ lệ hồ sơ trực tuyến năm 2018 chỉ được bốn phẩy chín mươi hai phần trăm không đồng chí?", []string{"tỷ lệ hồ sơ trực tuyến năm 2018"}},
		{"Xin hỏi chỉ số minh bạch năm ngoái đạt sáu phẩy hai lăm điểm có phải không?", []string{"chỉ số minh bạch năm 2018"}},
		{"Kỳ báo cáo vừa rồi tỷ suất hồ sơ trực tuyến của huyện Can Lộc đạt bao nhiêu bách phân?", []string{"tỷ lệ hồ sơ trực tuyến Can Lộc quý 2"}},
		{"năm 2018 tỉnh ta nhận bao nhiêu hồ sơ trực tuyến và đạt tỷ lệ bao nhiêu trên tổng số hồ sơ?", []string{"số hồ sơ trực tuyến năm 2018", "tỷ lệ hồ sơ trực tuyến năm 2018"}},
	})
}
