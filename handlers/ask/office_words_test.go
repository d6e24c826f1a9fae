package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestOfficeBeforeUnit: an office named before its unit ("tòa soạn báo Hà
// Tĩnh", "bộ phận tiếp nhận và trả kết quả huyện Đức Thọ") asks the
// unit's figure, not a project or an indicator the office's words name.
func TestOfficeBeforeUnit(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tòa soạn báo Hà Tĩnh năm 2018 đăng được bao nhiêu tin bài CCHC trên báo điện tử", kind: ask.KindFigure, want: []string{"Báo Hà Tĩnh năm 2018: 450 bài"}},
		{q: "bộ phận tiếp nhận và trả kết quả huyện Đức Thọ quý 2 có mấy dvc mức 4", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ quý 2/2019: 2 dịch vụ"}},
		{q: "bộ phận một cửa huyện Can Lộc nhận bao nhiêu hồ sơ trực tuyến", kind: ask.KindAsk, want: []string{"Huyện Can Lộc, kỳ nào"}},
	})
}
