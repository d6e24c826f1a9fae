package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestOwnUnitAskedBack: "huyện tui", "sở em" with no name the chat knows
// is asked back, not answered with the province's total or a list of every
// district; the unit typed next answers the question held, of the kind
// asked ("thị xã em" then "Kỳ Anh" is the town), and is where the asker
// works from then on. The asker saying who she is ("Sở em đang tổng hợp,
// …") and the level ("cấp huyện") are not asked back.
func TestOwnUnitAskedBack(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "huyện tui quý 2 có bao nhiêu hồ sơ nộp mạng", kind: ask.KindAsk, want: []string{"huyện nào"}, not: []string{"812", "3.315"}},
		{q: "sở em quý 2 có bao nhiêu hồ sơ nộp trực tuyến", kind: ask.KindAsk, want: []string{"sở nào"}, not: []string{"3.315"}},
		{q: "huyện em có bao nhiêu DVC mức 3", kind: ask.KindAsk, want: []string{"huyện nào"}, not: []string{"1.385"}},
		{q: "huyện chúng tôi đứng thứ mấy về tỷ lệ hồ sơ trực tuyến quý 2", kind: ask.KindAsk, want: []string{"huyện nào"}},
		{q: "Sở em đang tổng hợp, cho hỏi số DVC mức 3", kind: ask.KindFigure, want: []string{"1.995"}},
		{q: "cấp huyện em có bao nhiêu dvc mức 3", kind: ask.KindFigure, want: []string{"1.385"}},
	})
	checkChats(t, a, "own", []chatCase{
		{turns: []string{"huyện tui quý 2 có bao nhiêu hồ sơ nộp mạng", "Can Lộc"}, want: []string{"Huyện Can Lộc quý 2/2019: 642 hồ sơ"}},
		{turns: []string{"huyện tui quý 2 có bao nhiêu hồ sơ nộp mạng", "Can Lộc", "huyện em quý 1 thì sao"}, want: []string{"Huyện Can Lộc quý 1/2019: 468 hồ sơ"}},
		{turns: []string{"sở em quý 2 có bao nhiêu hồ sơ nộp trực tuyến", "Tài chính ạ"}, want: []string{"Sở Tài chính quý 2/2019: 96 hồ sơ"}},
		{turns: []string{"thị xã em quý 2 tỷ lệ trực tuyến", "Kỳ Anh"}, want: []string{"Thị xã Kỳ Anh quý 2/2019: 17,21%"}},
		{turns: []string{"huyện em quý 2 tỷ lệ trực tuyến", "Kỳ Anh"}, want: []string{"Huyện Kỳ Anh quý 2/2019: 6,82%"}},
		{turns: []string{"huyện em đứng thứ mấy về tỷ lệ hồ sơ trực tuyến quý 2", "Hương Khê"}, want: []string{"Huyện Hương Khê đứng thứ 6/9"}},
		{turns: []string{"huyện em đã nộp báo cáo quý 2 chưa", "Thạch Hà"}, want: []string{"Huyện Thạch Hà đã nộp báo cáo quý 2/2019"}},
		// A district given for "sở em": not taken for it.
		{turns: []string{"sở em có bao nhiêu hồ sơ trực tuyến quý 2", "Can Lộc"}, not: []string{"642"}},
	})
}
