package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestThresholdShareOfReported: the units over (under) a bound say how
// many of those that reported they are, and their share; "trong 12 huyện
// đã nộp …" asks that, not the reports.
func TestThresholdShareOfReported(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "q2/2019 tỉ lệ huyện dưới 10% trên số huyện đã nộp", kind: ask.KindFigure, want: []string{"Như vậy là 3/9 đơn vị đã báo cáo (33,33%)"}},
		{q: "quý 1 các sở có gửi báo cáo thì bao nhiêu % sở dưới 5%", kind: ask.KindFigure, want: []string{"Sở Nội vụ 3,33%", "Như vậy là 2/5 đơn vị đã báo cáo (40%)"}},
		{q: "quý 1 trong 12 huyện đã nộp có bao nhiêu phần trăm số huyện đạt trên 10%", kind: ask.KindFigure, want: []string{"(58,33%)"}},
		{q: "quý 2 có bao nhiêu huyện đã nộp báo cáo", kind: ask.KindFigure, want: []string{"9/13 đơn vị cấp huyện đã nộp báo cáo"}},
	})
}
