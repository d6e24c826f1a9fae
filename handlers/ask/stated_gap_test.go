package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestGapOfStatedFigures: a gap between two rates is the difference of
// the rates as the reply states them, so a reader who subtracts them finds
// it: 23,39% − 2,33% is 21,06 (the unrounded shares are 21,07 apart) and
// 20,98% − 15,55% is 5,43 (not 5,42).
func TestGapOfStatedFigures(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "q1 Lộc Hà tỷ lệ cao hơn Hương Sơn bao nhiêu điểm", kind: ask.KindFigure,
			want: []string{"23,39%", "2,33%", "cao hơn Huyện Hương Sơn 21,06 điểm %"}},
		{q: "quý 1 tỷ lệ hồ sơ trực tuyến Can Lộc cao hơn Hồng Lĩnh bao nhiêu điểm %", kind: ask.KindFigure,
			want: []string{"20,98%", "15,55%", "cao hơn Thị xã Hồng Lĩnh 5,43 điểm %"}},
	})
}
