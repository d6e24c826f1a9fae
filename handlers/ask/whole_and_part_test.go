package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestWholeAndPartNotAdded: the province and one of its units asked
// together are a whole and its part: each stated, never added; "toàn
// tỉnh và Sở Tài chính" is that agency, not every agency; two units that
// are no part of each other are still added.
func TestWholeAndPartNotAdded(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "DVC mức 4 toàn tỉnh với của Sở Tài chính quý 2/2019", kind: ask.KindFigure,
			want: []string{"toàn tỉnh quý 2/2019", "của Sở Tài chính quý 2/2019: 4 dịch vụ"}, not: []string{"Tổng cộng"}},
		{q: "số DVC mức 3 của toàn tỉnh và Sở Tài chính quý 2/2019", kind: ask.KindFigure,
			want: []string{"toàn tỉnh quý 2/2019", "của Sở Tài chính quý 2/2019: 41 dịch vụ"}, not: []string{"Tổng cộng", "các sở, ban, ngành"}},
		{q: "số DVC mức 3 của Can Lộc và Sở Tài chính quý 2/2019", kind: ask.KindFigure, want: []string{"Tổng cộng: 150 dịch vụ"}},
		{q: "số DVC mức 3 của huyện và sở quý 2/2019", kind: ask.KindFigure, want: []string{"cấp huyện quý 2/2019", "các sở, ban, ngành cấp tỉnh quý 2/2019"}},
	})
}
