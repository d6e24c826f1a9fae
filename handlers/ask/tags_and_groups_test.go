package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestTagsAndGroups: a unit's code tagged ("#443"), a rate written "%"
// before its files ("%HSTT"), units named as one group ("của cả nhóm",
// "cả 2 sở").
func TestTagsAndGroups(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "#443 quý 2 hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 2/2019: 642 hồ sơ"}},
		{q: "hstt #2019 #CanLoc", want: []string{"Huyện Can Lộc"}, not: []string{"mã 2019"}},
		{q: "người tập huấn 2018: Can Lộc > Thạch Hà bn người?", kind: ask.KindFigure, want: []string{"2.150 người"}},
		// Another province next to "trực tuyến" (no Tuyên Quang).
		{q: "tl hs trực tuyến Quảng Bình q1", kind: ask.KindOutOfScope},
		{q: "TP HT Δ %HSTT Q1 → Q2 ?", kind: ask.KindFigure, want: []string{"Tỷ lệ hồ sơ nộp trực tuyến của Thành phố Hà Tĩnh", "tăng 4,32 điểm %"}},
		{q: "q2/2019 4 huyện Can Lộc, Thạch Hà, Hương Khê, Đức Thọ, tỉ lệ hồ sơ nộp trực tuyến của cả nhóm là bao nhiêu", kind: ask.KindFigure,
			want: []string{"Tính chung các đơn vị trên: 15,92%"}},
		{q: "Sở Y tế, Sở Nội vụ quý 1/2019 tỷ lệ hồ sơ trực tuyến của cả 2 sở", kind: ask.KindFigure, want: []string{"Tính chung các đơn vị trên: 2,89% (44/1.520)"}},
	})
}
