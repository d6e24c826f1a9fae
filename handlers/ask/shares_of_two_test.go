package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestShareOfTwo: one unit's part of two named together ("trong số … của
// A và B") is over their sum; "A bằng mấy % B" stays A over B; a unit's
// part of the files received is of those, not its online rate.
func TestShareOfTwo(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Điện lực chiếm bao nhiêu phần trăm trong số DVC mức 3 của ngành điện và ngành thuế", kind: ask.KindFigure,
			want: []string{"Điện lực Hà Tĩnh bằng 14,92% tổng của"}, not: []string{"17,53"}},
		{q: "Can Lộc bằng mấy % Hương Sơn quý 2 hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"bằng 490,08%"}},
		{q: "Thạch Hà chiếm mấy % tổng hồ sơ tiếp nhận quý 2/2019 của các đơn vị đã nộp", kind: ask.KindFigure,
			want: []string{"bằng 10,81% tổng số hồ sơ thủ tục hành chính tiếp nhận toàn tỉnh"}, not: []string{"16,33"}},
		{q: "Quý 2/2019 TX Kỳ Anh chiếm bao nhiêu phần trăm trong tổng hs trực tuyến của khối huyện", kind: ask.KindFigure,
			want: []string{"bằng 11,61% số hồ sơ nộp trực tuyến (mức độ 3, 4) cấp huyện"}},
		// Its own files: its rate.
		{q: "Hương Khê quý 2/2019 hồ sơ trực tuyến chiếm bao nhiêu phần trăm tổng hồ sơ?", kind: ask.KindFigure, want: []string{"13,73%"}},
	})
}
