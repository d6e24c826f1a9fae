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

// TestChangeStatedFromAnotherYear: the report's own change "so với năm
// 2014" is no answer to a change from 2018: no figure for it; from 2014,
// it is the report's.
func TestChangeStatedFromAnotherYear(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "DN thành viên sàn TMĐT năm nay so với năm ngoái tăng bao nhiêu", kind: ask.KindNoData, want: []string{"năm 2018 để so sánh"}},
		{q: "số doanh nghiệp thành viên sàn TMĐT tăng bao nhiêu so với năm 2014", kind: ask.KindNearest, want: []string{"so với năm 2014"}},
	})
}
