package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBothReadingsSaid: a name two units share, said to mean both ("kỳ
// anh cả huyện cả thị xã gộp lại", "Kỳ Anh cả hai"), is both, not asked
// back; said alone it is still asked back.
func TestBothReadingsSaid(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "quý 1 kỳ anh cả huyện cả thị xã gộp lại tỉ lệ bn", kind: ask.KindFigure, want: []string{"Tính chung các đơn vị trên: 9,35% (340/3.635)"}},
		{q: "Kỳ Anh cả hai quý 1 có bao nhiêu hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"Tổng cộng: 340 hồ sơ"}},
		{q: "Kỳ Anh quý 1 có bao nhiêu hồ sơ trực tuyến", kind: ask.KindAsk, want: []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}},
	})
}
