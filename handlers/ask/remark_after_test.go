package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRemarkAfterQuestion: a likening after the question ("Học sinh này
// tụt hạng à", "Như xét học sinh tiến bộ vượt bậc ấy") changes nothing
// asked, nor does a short "tại sao" after it; a second sentence that
// names a period still asks.
func TestRemarkAfterQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Đức Thọ quý 2 tỷ lệ hồ sơ trực tuyến giảm bao nhiêu điểm % so với quý 1? Học sinh này tụt hạng à", kind: ask.KindFigure,
			want: []string{"giảm 3,82 điểm %"}, not: []string{"đứng thứ"}},
		{q: "Từ quý 1 sang quý 2, đơn vị nào tiến bộ nhiều nhất về tỷ lệ hồ sơ trực tuyến? Như xét học sinh tiến bộ vượt bậc ấy", kind: ask.KindFigure,
			want: []string{"1. Huyện Can Lộc +6,75"}},
		{q: "Can Lộc quý 1 tỷ lệ hồ sơ trực tuyến bao nhiêu? Như quý 2 thì sao", kind: ask.KindFigure, want: []string{"quý 2/2019"}},
		// A short "why" after it: the figure, which no stored figure says
		// why of.
		{q: "quý 2/2019 huyện nào tỉ lệ nộp trực tuyến thấp nhất, tại sao", kind: ask.KindFigure, want: []string{"thấp nhất là Huyện Đức Thọ 2,86%"}},
		{q: "quý 1 huyện nào không nộp báo cáo, lý do", kind: ask.KindFigure, want: []string{"Chưa nộp: Huyện Vũ Quang"}},
		{q: "tỷ lệ hồ sơ trực tuyến của Hương Khê là bn, vì sao tăng", kind: ask.KindAsk, want: []string{"kỳ nào"}},
		// A statement whose cause is asked stays a question of the
		// report's words.
		{q: "Hai tiêu chí về trang web tỉnh bị giảm, nguyên nhân gì?", kind: ask.KindInfo},
	})
}
