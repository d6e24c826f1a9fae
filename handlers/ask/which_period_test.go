package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestWhichPeriodAsked: "quý nào … thấp nhất", "kỳ nào … nhiều nhất",
// "quý nào … hơn" of one unit shows every stored period, which says
// which; not asked back which period.
func TestWhichPeriodAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Hương Sơn quý nào tỷ lệ trực tuyến thấp nhất, bao nhiêu?", kind: ask.KindFigure, want: []string{"quý 1/2019: 2,33%; quý 2/2019: 5,93%"}},
		{q: "Thạch Hà quý nào nộp trực tuyến nhiều hồ sơ hơn, bao nhiêu?", kind: ask.KindFigure, want: []string{"quý 1/2019: 311 hồ sơ; quý 2/2019: 405 hồ sơ"}},
		{q: "Hương Sơn tỷ lệ trực tuyến bao nhiêu", kind: ask.KindAsk, want: []string{"kỳ nào"}},
	})
}
