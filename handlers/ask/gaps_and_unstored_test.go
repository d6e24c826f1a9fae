package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestGapsAndUnstoredRates: two units' rates "trên … mấy điểm", "cách …
// mấy điểm" are their gap (both figures were given without it); files
// settled on time or late are no stored figure ("giải quyết đúng hạn được
// bao nhiêu %" gave the online rate, "trễ hẹn" the online count); "tỉnh
// mô … cả nước" asks another province (was this one's rank), while
// "tỉnh mở mấy lớp" still asks the classes; "đầu năm nay" of a unit's
// quarterly figure is quarter 1 (was the year, answered with quarter 2).
func TestGapsAndUnstoredRates(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Quý 1 Can Lộc trên Nghi Xuân mấy điểm về tỷ lệ nộp trực tuyến", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc cao hơn Huyện Nghi Xuân 14,87 điểm %"}},
		{q: "Hương Khê quý 2 cách Can Lộc mấy điểm %", kind: ask.KindFigure, want: []string{"cao hơn Huyện Hương Khê 14 điểm %"}},
		{q: "Can Lộc quý 2 giải quyết đúng hạn được bao nhiêu % hồ sơ", kind: ask.KindNotUnderstood, not: []string{"27,73"}},
		{q: "Can Lộc quý 2 có bao nhiêu hồ sơ bị trễ hẹn", kind: ask.KindNotUnderstood, not: []string{"642"}},
		{q: "PCI 2018 tỉnh mô đứng đầu cả nước", kind: ask.KindOutOfScope, not: []string{"hạng 23"}},
		{q: "Quý 1 vừa rồi tỉnh mở mấy lớp tập huấn em", kind: ask.KindFigure, want: []string{"2 lớp"}},
		{q: "Hương Sơn đầu năm nay tỷ lệ nộp hồ sơ online", kind: ask.KindFigure, want: []string{"quý 1/2019: 2,33%"}},
		{q: "Huyện Kỳ Anh đầu năm nay tổng hồ sơ TTHC tiếp nhận bao nhiêu", kind: ask.KindFigure, want: []string{"quý 1/2019: 1.655 hồ sơ"}},
	})
}
