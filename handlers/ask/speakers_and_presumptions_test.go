package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestSpeakersAndPresumptions: a leader of a unit named by its kind asks
// of that unit when the question names none; a correction keeps the unit
// named before it; "chẳng phải X dẫn đầu … à?" asks who is first; the
// named units' reports are told quarter by quarter; a number the asker
// checks does not choose between readings, which are asked back.
func TestSpeakersAndPresumptions(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "lãnh đạo huyện Can Lộc hỏi quý 2 tiếp nhận tổng bao nhiêu hồ sơ", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 2/2019: 2.315 hồ sơ"}},
		{q: "lãnh đạo Kỳ Anh hỏi quý 2 có mấy dvc mức 3", kind: ask.KindAsk, want: []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}},
		{q: "lãnh đạo UBND huyện Hương Khê hỏi huyện có mấy dịch vụ công mức 4", kind: ask.KindAsk, want: []string{"Huyện Hương Khê, kỳ nào"}},
		{q: "lãnh đạo huyện Can Lộc hỏi các huyện có bao nhiêu DVC mức 3", kind: ask.KindFigure, want: []string{"cấp huyện"}, not: []string{"Huyện Can Lộc"}},
		{q: "lãnh đạo thị xã Hồng Lĩnh hỏi thị xã có mấy dịch vụ công mức 4 quý 2", kind: ask.KindFigure, want: []string{"Thị xã Hồng Lĩnh quý 2/2019: 9 dịch vụ"}},
		{q: "lãnh đạo huyện Can Lộc hỏi toàn tỉnh có bao nhiêu DVC mức 3", kind: ask.KindFigure, want: []string{"toàn tỉnh"}, not: []string{"Can Lộc"}},
		{q: "Đ/c Chánh VP hỏi: tổng số hồ sơ tiếp nhận quý 2?", kind: ask.KindFigure, want: []string{"toàn tỉnh quý 2/2019"}},
		{q: "Thị xã Kỳ Anh học kỳ 2, à không, quý 2/2019 tỷ lệ hồ sơ trực tuyến bao nhiêu?", kind: ask.KindFigure, want: []string{"Thị xã Kỳ Anh quý 2/2019: 17,21%"}},
		{q: "chẳng phải Lộc Hà dẫn đầu quý 2 à? huyện nào tỉ lệ hồ sơ trực tuyến cao nhất quý 2", kind: ask.KindFigure, want: []string{"cao nhất là Huyện Can Lộc 27,73%"}},
		{q: "chẳng phải sở tài chính nhiều hồ sơ trực tuyến nhất quý 2 à?", kind: ask.KindFigure, want: []string{"cao nhất là Sở Giáo dục và Đào tạo 131 hồ sơ"}},
		{q: "chẳng phải Hương Khê quý 1 tỷ lệ cao hơn Thạch Hà à?", kind: ask.KindFigure, want: []string{"Huyện Hương Khê quý 1/2019: 11,07%", "Huyện Thạch Hà"}},
		{q: "có đúng là quý 2 chưa sở nào đạt 10% không", kind: ask.KindFigure, want: []string{"từ 10% trở lên", "Sở Thông tin và Truyền thông 14,18%"}},
		{q: "Cho anh số hồ sơ nộp trực tuyến 5 tháng đầu năm 2019, có so với năm 2018 thì càng tốt", kind: ask.KindFigure, want: []string{"tăng 4.752 hồ sơ"}},
		{q: "có đúng là chưa dự án nào hoàn thành không?", kind: ask.KindFigure, want: []string{"2 dự án đã hoàn thành"}},
		{q: "dự án nào chưa hoàn thành", kind: ask.KindFigure, want: []string{"11 dự án không thuộc nhóm «đã hoàn thành»"}},
		{q: "Vũ Quang quý 1 với quý 2 đều chưa nộp à", kind: ask.KindFigure,
			want: []string{"Huyện Vũ Quang chưa nộp báo cáo quý 1/2019", "Huyện Vũ Quang chưa nộp báo cáo quý 2/2019"}},
		{q: "Can Lộc chưa nộp quý nào à", kind: ask.KindFigure, want: []string{"Huyện Can Lộc đã nộp báo cáo quý 1/2019", "Huyện Can Lộc đã nộp báo cáo quý 2/2019"}},
		{q: "huyện nào cả 2 quý đều chưa nộp", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang"}},
		{q: "huyện nào cả 2 quý đều đã nộp", kind: ask.KindFigure, want: []string{"đủ cả quý 1/2019 và quý 2/2019"}},
		{q: "Hương Khê dv mức 4 có 8 phải k", kind: ask.KindAsk, want: []string{"kỳ nào"}},
		{q: "Kỳ Anh quý 1 hồ sơ trực tuyến em ghi 81 đúng k", kind: ask.KindAsk, want: []string{"Thị xã Kỳ Anh"}},
		{q: "6.704 hồ sơ trực tuyến là số tính đến thời điểm nào?", kind: ask.KindFigure, want: []string{"5 tháng đầu năm 2019: 6.704 hồ sơ"}},
	})
}
