package ask_test

import (
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestTodaysLevels: in the 2019 demo, which counts no figure by today's
// names, "toàn trình" is its level-4 count and "một phần" its level-3
// one, said by the level's own name; in a follow-up too. A catalog that
// stores today's figures keeps them (TestUnitsOverTime).
func TestTodaysLevels(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "cổng dvc tỉnh có bn dvc toàn trình", kind: ask.KindFigure, want: []string{"mức độ 4 toàn tỉnh", "30 dịch vụ"}, not: []string{"mức độ 3"}},
		{q: "cấp tỉnh có bao nhiêu dịch vụ công trực tuyến một phần", kind: ask.KindFigure, want: []string{"mức độ 3 của các sở", "610 dịch vụ"}},
		{q: "Tổng số DVC trực tuyến trên Cổng DVC tỉnh, cả một phần lẫn toàn trình?", kind: ask.KindFigure, want: []string{"1.995", "30 dịch vụ", "Tổng cộng: 2.025"}},
		{q: "DVC toàn trình triển khai thêm theo Nghị quyết 22 đạt được bao nhiêu % mục tiêu?", kind: ask.KindFigure, want: []string{"mức độ 4 triển khai thêm", "đạt 46% mục tiêu"}},
		// Files digitised: no figure of the report; not the files received.
		{q: "bao nhiêu hồ sơ được số hóa kết quả giải quyết TTHC", kind: ask.KindNotUnderstood, not: []string{"22.947"}},
	})
	checkChats(t, a, "todays", []chatCase{
		{turns: []string{"cổng DVC tỉnh có bao nhiêu DVC mức 3", "toàn trình thì sao"}, want: []string{"mức độ 4 toàn tỉnh", "30 dịch vụ"}},
		{turns: []string{"cấp huyện có bao nhiêu DVC toàn trình", "một phần cấp tỉnh"}, want: []string{"mức độ 3 của các sở", "610 dịch vụ"}},
	})
}

// TestTodaysLevelsStored: where today's figures are stored, "toàn trình"
// is theirs, and a year counted the old way gets the former figure,
// named as such.
func TestTodaysLevelsStored(t *testing.T) {
	a := reformed(t, queries.SQLite, time.Date(2025, 11, 20, 10, 0, 0, 0, time.FixedZone("ICT", 7*3600)))
	checkReplies(t, a, []replyCase{
		{q: "số dịch vụ công toàn trình quý 3/2025", kind: ask.KindNoData, want: []string{"dịch vụ công trực tuyến toàn trình"}, not: []string{"mức độ 4"}},
		{q: "có bao nhiêu DVC toàn trình năm 2019", kind: ask.KindNearest, want: []string{"chỉ tiêu cũ", "mức độ 4", "30 dịch vụ"}},
	})
}
