package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestAveragePerQuarter: "trung bình mỗi quý" of one unit's flow is the
// mean of the quarters it reported, from the fixture file; a period asked
// keeps only its quarters.
func TestAveragePerQuarter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	mean := func(code string) string {
		return n.Num((subs[code]["Q1/2019"]["hstt"]+subs[code]["Q2/2019"]["hstt"])/2) + " hồ sơ"
	}
	checkReplies(t, a, []replyCase{
		{q: "trung bình mỗi quý TP Hà Tĩnh có bao nhiêu hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"trung bình mỗi quý", mean("436")}},
		{q: "Can Lộc bình quân một quý nộp trực tuyến bao nhiêu hồ sơ năm 2019", kind: ask.KindFigure, want: []string{mean("443")}},
		{q: "Can Lộc trung bình mỗi quý năm 2018 có bao nhiêu hồ sơ trực tuyến", not: []string{mean("443")}},
	})
}
