package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestOrdinalsAndHundreds: a project by its place in the list ("dự án
// thứ nhất", "thứ mười hai"), and "trăm hồ sơ được mấy hồ sơ nộp qua
// DVC" without "thì": the rate.
func TestOrdinalsAndHundreds(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Dự án thứ nhất được lồng ghép tổng số tiền là bao nhiêu ạ?", kind: ask.KindFigure, want: []string{"«Phóng sự, chuyên mục về minh bạch thông tin»"}},
		{q: "dự án thứ mười hai được bố trí bao nhiêu", want: []string{"«Quy chế công khai minh bạch thông tin»"}},
		{q: "Đến nay đã triển khai thêm được mấy dịch vụ công trực tuyến mức IV theo NQ 22 ạ", kind: ask.KindFigure, want: []string{"mức độ 4 triển khai thêm", "23 dịch vụ"}},
		{q: "Dự án số III trong phụ lục đã được cấp từ nguồn NQ 22 bao nhiêu?", want: []string{"«Tập huấn cho người dân, doanh nghiệp"}},
		// "với cả tỷ lệ", "cả mức 3 với 4": both.
		{q: "cho anh cái số hồ sơ trực tuyến với cả tỷ lệ năm 2018 luôn", kind: ask.KindFigure, want: []string{"1.952 hồ sơ", "4,92%"}},
		{q: "khối sở có bao nhiêu dịch vụ công trực tuyến (cả mức 3 với 4)", kind: ask.KindFigure, want: []string{"610 dịch vụ", "mức độ 4 của các sở"}},
		{q: "H. Kỳ Anh quý 1/2019 trăm hồ sơ được mấy hồ sơ nộp qua dvc", kind: ask.KindFigure, want: []string{"Huyện Kỳ Anh quý 1/2019: 4,89%"}},
		{q: "STC quý 1/2019 trăm hồ sơ mấy cái online", kind: ask.KindFigure, want: []string{"6,89%"}},
	})
}

// TestMissingThenAsked: a quarter said to have no report, then another
// asked: the other one.
func TestMissingThenAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Nghi Xuân quý 2 chưa có số, cho e xin tỷ lệ hồ sơ trực tuyến quý 1/2019 của họ", kind: ask.KindFigure, want: []string{"Huyện Nghi Xuân quý 1/2019: 6,11%"}},
		{q: "Sở GD&ĐT quý 1 ko nộp, quý 2 tỷ lệ hồ sơ trực tuyến nhiêu", kind: ask.KindFigure, want: []string{"Sở Giáo dục và Đào tạo quý 2/2019: 8,24%"}},
		{q: "quý 1 chưa nộp những huyện nào, quý 2 thì sao", not: []string{"6,11"}},
	})
}
