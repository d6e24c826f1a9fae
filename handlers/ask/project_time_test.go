package ask_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestProjectsByTime: projects counted by when they run, with the counts
// taken from the demo dataset's project file, not from the answer code.
func TestProjectsByTime(t *testing.T) {
	rows := handlertest.ReadCSV(t, "../../dataset/data/demo-2019/du_an.csv")
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	countWhere := func(status string, keep func(start, end int) bool) int {
		n := 0
		for _, r := range rows[1:] {
			s, err1 := strconv.Atoi(r[col["nam_bat_dau"]])
			e, err2 := strconv.Atoi(r[col["nam_ket_thuc"]])
			if err1 == nil && err2 == nil && keep(s, e) && (status == "" || r[col["nhom_tinh_trang"]] == status) {
				n++
			}
		}
		return n
	}
	count := func(keep func(start, end int) bool) int { return countWhere("", keep) }
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"mấy dự án kéo dài đến năm 2020", count(func(_, e int) bool { return e == 2020 })},
		{"có bao nhiêu dự án kết thúc năm 2017", count(func(_, e int) bool { return e == 2017 })},
		{"dự án nào bắt đầu năm 2018", count(func(s, _ int) bool { return s == 2018 })},
		{"có bao nhiêu dự án thực hiện cả giai đoạn 2017-2020", count(func(s, e int) bool { return s == 2017 && e == 2020 })},
		{"năm 2018 có bao nhiêu dự án được thực hiện", count(func(s, e int) bool { return s <= 2018 && 2018 <= e })},
		// A day: those done by then, whichever year they ended in.
		{"Tính đến 10/6/2019 có bao nhiêu dự án theo NQ 22 đã hoàn thành ạ?", countWhere("hoàn thành", func(_, e int) bool { return e <= 2019 })},
	} {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("có %d dự án", tt.want); !strings.Contains(ans.Text, want) {
			t.Errorf("%q: want %q in %s", tt.q, want, ans.Text)
		}
	}
}

// TestProjectMoneyAsked: projects named by their topic in a money
// question, two of them joined by "với"/"hơn", two parts of one project set
// against each other; the figures are the report's appendix (47/BC-STTTT).
func TestProjectMoneyAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "cổng TTĐT tỉnh với sàn TMĐT cộng lại được cấp bao nhiêu NQ22", kind: ask.KindFigure, want: []string{"1.777", "700", "Tổng cộng: 2.477 triệu đồng"}},
		{q: "cổng TTĐT tỉnh được cấp nhiều hơn sàn TMĐT bao nhiêu", kind: ask.KindFigure, want: []string{"1.077 triệu đồng"}},
		{q: "đề xuất cho đào tạo CIO và rà soát cổng TTĐT cộng lại bao nhiêu", kind: ask.KindFigure, want: []string{"490", "435", "925 triệu đồng"}},
		{q: "dự án tập huấn người dân: NQ22 đã cấp hơn số đề xuất thêm bao nhiêu", kind: ask.KindFigure, want: []string{"1.800", "990", "chênh lệch 810 triệu đồng"}},
		{q: "sàn thương mại điện tử năm 2019 được phân bổ bao nhiêu", kind: ask.KindFigure, want: []string{"Sàn giao dịch", "700 triệu đồng"}},
		{q: "Dự án nâng cấp cổng TTĐT năm 2017, 2018, 2019 mỗi năm được cấp bao nhiêu?", kind: ask.KindFigure,
			want: []string{"năm 2017: nguồn NQ 22: 600", "năm 2018: nguồn NQ 22: 1.000", "năm 2019: nguồn NQ 22: 177"}},
		{q: "Bao nhiêu hộp thư điện tử công vụ đã cấp", not: []string{"triệu đồng"}},
		{q: "số cán bộ chuyên trách CNTT cấp xã", not: []string{"triệu đồng"}},
		// "CNTT" is what every project is about: it names none of them.
		{q: "Tổng chi ngân sách cho CNTT toàn tỉnh năm 2018 là bao nhiêu ạ", not: []string{"CIO", "405"}},
		{q: "kinh phí đào tạo chuyên trách CNTT năm 2018", kind: ask.KindFigure, want: []string{"CIO", "405 triệu đồng"}},
		{q: "kinh phí NQ22' OR '1'='1", kind: ask.KindOutOfScope},
		// The two sources of the programme's money: added when both are
		// asked, one as a part of their total (not of the other).
		{q: "tổng kinh phí đã có cho NQ22 cả hai nguồn là bao nhiêu", kind: ask.KindFigure, want: []string{"Tổng cộng: 7.332 triệu đồng"}},
		{q: "Nguồn lồng ghép chiếm tỷ trọng bao nhiêu trong tổng kinh phí đã được cấp?", kind: ask.KindFigure, want: []string{"lồng ghép", "chiếm 36,55%"}},
		{q: "Cơ cấu nguồn vốn: kinh phí NQ 22 chiếm bao nhiêu % trong tổng kinh phí đã cấp?", kind: ask.KindFigure, want: []string{"chiếm 63,45%"}},
		{q: "Kinh phí lồng ghép bằng bao nhiêu % kinh phí NQ22 đã bố trí?", kind: ask.KindFigure, want: []string{"57,61%"}, not: []string{"36,55"}},
		{q: "ngoài tiền nghị quyết thì huy động nguồn khác được bao nhiêu", kind: ask.KindFigure, want: []string{"2.680 triệu đồng"}},
		{q: "Mỗi huyện được phân bổ bao nhiêu kinh phí từ nguồn NQ 22?", kind: ask.KindNoData, want: []string{"không có số phân bổ"}},
		{q: "Năm 2018 Báo Hà Tĩnh và Đài PTTH mỗi đơn vị được cấp bao nhiêu cho phóng sự?", kind: ask.KindFigure, want: []string{"Báo Hà Tĩnh", "Đài Phát thanh"}},
		{q: "tiến độ làm thêm dịch vụ công theo nghị quyết 22 tới đâu rồi a", kind: ask.KindFigure, want: []string{"mức độ 3 triển khai thêm", "mức độ 4 triển khai thêm"}, not: []string{"Kinh phí"}},
		{q: "chương trình tập huấn cho người dân, DN và điều tra sự hài lòng do đơn vị nào chủ trì", kind: ask.KindFigure, want: []string{"UBND cấp huyện"}, not: []string{"41,18"}},
		// One year's or one recipient's part of a project's lines; a line
		// of the appendix by its number.
		{q: "Năm 2018 chiếm bao nhiêu phần trăm tổng số đã cấp cho dự án nâng cấp Cổng TTĐT tỉnh?", kind: ask.KindFigure, want: []string{"56,27%", "1.000", "1.777"}},
		{q: "Phần của Đài PTTH tỉnh chiếm bao nhiêu % kinh phí dự án phóng sự, chuyên mục?", kind: ask.KindFigure, want: []string{"Đài Phát thanh", "56,52%"}},
		{q: "Mục ấn phẩm điện tử (STT 2 phụ lục) đã cấp bao nhiêu triệu?", kind: ask.KindFigure, want: []string{"Ấn phẩm điện tử", "110 triệu đồng"}},
		{q: "Số tiền hoàn trả ngân sách của các dự án NQ22?", not: []string{"triệu đồng"}},
		{q: "NQ22 + lồng ghép tổng đã có bn", kind: ask.KindFigure, want: []string{"Tổng cộng: 7.332 triệu đồng"}},
		// A proposal asked of a project that has none: said, not its grant.
		{q: "Dự án nâng cấp Cổng TTĐT tỉnh đề xuất kinh phí giai đoạn tiếp theo bao nhiêu ạ?", kind: ask.KindNoData, want: []string{"không nêu kinh phí đề xuất"}},
	})
}
