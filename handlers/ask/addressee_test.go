package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBodyAskedToTell: a unit asked to tell ("đề nghị Sở TT&TT cho biết",
// "STTTT báo cáo đã …") is not the unit asked about when it has no figure
// of its own; a unit that has one is still answered for itself.
func TestBodyAskedToTell(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{"Đề nghị Sở TT&TT cho biết kinh phí thực hiện Nghị quyết 22 còn thiếu bao nhiêu?", ask.KindFigure, []string{"còn thiếu", "3.565 triệu đồng"}, nil},
		{"STTTT báo cáo đã bố trí bao nhiêu tiền theo NQ 22", ask.KindFigure, []string{"4.652 triệu đồng"}, nil},
		{"Sở Nội vụ cho biết được cấp bao nhiêu kinh phí", ask.KindNoData, []string{"Chưa có số liệu kinh phí cấp riêng cho Sở Nội vụ"}, nil},
		{"Theo Sở TT&TT, Báo Hà Tĩnh được cấp bao nhiêu?", ask.KindFigure, []string{"Báo Hà Tĩnh", "100 triệu đồng"}, nil},
		{"Sở TT&TT báo cáo tỷ lệ hồ sơ trực tuyến quý 2/2019", ask.KindFigure, []string{"Sở Thông tin và Truyền thông", "14,18%"}, nil},
	})
}
