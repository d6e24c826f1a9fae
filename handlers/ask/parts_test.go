package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPartsAreAnsweredAsParts: a question about one recipient, one year
// of a project or one unit's funding gets that part, or says it is not
// stored and offers the whole as a choice; never the programme's totals.
func TestPartsAreAnsweredAsParts(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	totals := []string{"4.652", "2.680", "3.565"}
	for _, tt := range []struct {
		q    string
		kind ask.AnswerKind
		want []string
	}{
		{"Báo Hà Tĩnh năm 2019 được cấp bao nhiêu kinh phí làm chuyên mục", ask.KindFigure, []string{"Báo Hà Tĩnh", "năm 2019: 30 triệu đồng"}},
		{"Đài PTTH tỉnh được cấp bao nhiêu tiền năm 2018", ask.KindFigure, []string{"Đài Phát thanh", "năm 2018: 40 triệu đồng"}},
		{"báo hà tĩnh được cấp bao nhiêu", ask.KindFigure, []string{"70 triệu", "30 triệu", "Tổng cộng: 100 triệu đồng"}},
		{"năm 2018 dự án CIO được cấp bao nhiêu", ask.KindFigure, []string{"năm 2018", "405 triệu đồng"}},
		// A year the appendix gives the project no line of, when it gives
		// others: no figure; the whole is said beside, not as the answer.
		{"năm 2017 dự án CIO được cấp bao nhiêu", ask.KindNoData, []string{"Chưa có số liệu kinh phí riêng năm 2017", "630 triệu đồng"}},
		{"Sở Nội vụ được cấp bao nhiêu kinh phí", ask.KindNoData, []string{"Chưa có số liệu kinh phí cấp riêng cho Sở Nội vụ"}},
		{"Sở Nội vụ cho biết được cấp bao nhiêu kinh phí", ask.KindNoData, []string{"Chưa có số liệu kinh phí cấp riêng cho Sở Nội vụ"}},
		{"kinh phí cho đào tạo CIO là bao nhiêu", ask.KindFigure, []string{"CIO", "630 triệu đồng"}},
		// A project named by words that also name indicators.
		{"bao nhiêu tiền để làm phóng sự minh bạch", ask.KindFigure, []string{"Phóng sự, chuyên mục về minh bạch thông tin", "230 triệu đồng"}},
		// A project given no money: its line says so, and no figure is the answer.
		{"dự án thiết bị bộ phận một cửa được bao nhiêu tiền", ask.KindNoData, []string{"Trang thiết bị cho Bộ phận tiếp nhận", "chưa được cấp kinh phí"}},
		{"trích lọc chấm điểm minh bạch", ask.KindFigure, []string{"Phần mềm trích lọc", "1.500 triệu đồng"}},
		{"tập huấn người dân doanh nghiệp điều tra mức độ hài lòng tốn bao nhiêu", ask.KindFigure, []string{"Tập huấn cho người dân", "1.800 triệu đồng"}},
		// A year of a source some of whose money has no year (project 3,
		// 2017–2020): the year's lines are a part, said so; a project of
		// that one year (2, 6) counts in it.
		{"Tổng kinh phí nguồn Nghị quyết 22 cấp trong riêng năm 2018 cho tất cả các dự án là bao nhiêu?", ask.KindNoData, []string{"Chưa có tổng nguồn NQ 22 riêng năm 2018", "dự án số 3", "1.120 triệu đồng, chưa phải cả năm"}},
		{"Năm 2017 nguồn NQ22 cấp cho các dự án bao nhiêu", ask.KindNoData, []string{"dự án số 3.", "1.095 triệu đồng, chưa phải cả năm"}},
		{"tổng nguồn lồng ghép năm 2018", ask.KindFigure, []string{"695 triệu đồng"}},
		// A year a project has no money of, when its words also name a
		// money figure stored for that year: that figure.
		{"Năm nay tỉnh bố trí bao nhiêu tiền cho đào tạo, tập huấn người dân và doanh nghiệp về giao dịch trực tuyến?", ask.KindFigure,
			[]string{"Kinh phí đào tạo, tập huấn toàn tỉnh năm 2019: 2.025 triệu đồng"}},
		// A rate over quarters asked by its quarters: each quarter beside
		// the whole (fixture: Hương Khê 176/1.590 and 230/1.675).
		{"Đề nghị cho biết tỷ lệ hồ sơ trực tuyến của huyện Hương Khê trong hai quý đầu năm 2019.", ask.KindFigure,
			[]string{"6 tháng đầu năm 2019: 12,43%", "Từng quý: quý 1/2019: 11,07%; quý 2/2019: 13,73%"}},
	} {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind != tt.kind {
			t.Errorf("%q: kind %s, want %s: %s", tt.q, ans.Kind, tt.kind, ans.Text)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(ans.Text, w) {
				t.Errorf("%q: lacks %q: %s", tt.q, w, ans.Text)
			}
		}
		for _, total := range totals {
			if strings.Contains(ans.Text, total) {
				t.Errorf("%q: answered with the total %s: %s", tt.q, total, ans.Text)
			}
		}
		if ans.Kind == ask.KindNoData && len(ans.Options) == 0 && !strings.Contains(ans.Text, "chưa được cấp kinh phí") && !strings.Contains(ans.Text, "chưa phải cả năm") &&
			!strings.Contains(ans.Text, "; cả dự án: ") {
			t.Errorf("%q: a part not stored offers nothing", tt.q)
		}
	}
}
