package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestNearestAsked: a period with no figure gets the nearest earlier one
// (or a part of it) named as such; a later one only when the asker asked
// for the nearest ("…, không có thì lấy năm gần nhất"), said first.
func TestNearestAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tỷ lệ hồ sơ trực tuyến năm 2017, ko có thì lấy năm gần nhất", kind: ask.KindNearest,
			want: []string{"Chưa có số liệu năm 2017; kỳ gần nhất có số liệu là năm 2018.", "4,92%"}},
		{q: "Can Lộc quý 3/2019 tỷ lệ hồ sơ trực tuyến, chưa có thì cho quý gần nhất", kind: ask.KindNearest,
			want: []string{"Chưa có số liệu quý 3/2019", "quý 2/2019: 27,73%"}},
		// Not asked: the later period is named, without its figure.
		{q: "tỷ lệ hồ sơ trực tuyến năm 2017", kind: ask.KindNoData, want: []string{"Kỳ gần nhất có số liệu: năm 2018."}, not: []string{"4,92"}},
	})
}
