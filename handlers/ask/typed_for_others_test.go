package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestTypedForOthers: a grandchild typing for her grandfather ("ông lo
// Đức Thọ tụt, …", "quê ông cháu", "ấy chết không phải", "à k ông bảo
// nhầm"), a sports writer's table ("á quân", "đội nào", "tụt dốc",
// "trắng tay"), a chairman's fractions ("được một phần tư
// không"), letters typed apart, a Chinese-style keyboard's signs and a
// post's hashtag after its question.
func TestTypedForOthers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "dạ huyện Hương Sơn quê ông cháu, quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến ạ", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn quý 1/2019: 49 hồ sơ"}},
		{q: "ông lo Đức Thọ tụt, tỷ lệ hồ sơ trực tuyến quý 2 năm 2019 giảm mấy điểm phần trăm so với quý 1", kind: ask.KindFigure, want: []string{"giảm 3,82 điểm %"}},
		{q: "Đức Thọ quý 1 năm 2019 tỷ lệ, ấy chết không phải, quý 2 ạ, tỷ lệ hồ sơ trực tuyến bao nhiêu", kind: ask.KindFigure, want: []string{"quý 2/2019: 2,86%"}, not: []string{"6,68%"}},
		{q: "Thạch Hà, à k ông bảo nhầm, Hương Khê ạ, quý 1/2019 tiếp nhận bao nhiêu hồ sơ", kind: ask.KindFigure, want: []string{"Huyện Hương Khê quý 1/2019: 1.590 hồ sơ"}},
		// A post he held is where he worked, not a leader asked about.
		{q: "ông tôi từng làm chủ tịch Hương Sơn, quý 2 huyện tiếp nhận bao nhiêu hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn quý 2/2019: 131 hồ sơ"}},
		{q: "chủ tịch Hương Sơn là ai", kind: ask.KindOutOfScope},
		{q: "Á quân tỷ lệ hồ sơ trực tuyến quý 1 trong các huyện là đội nào?", kind: ask.KindFigure, want: []string{"2. Huyện Can Lộc 20,98%"}},
		{q: "Đội nào tụt dốc, quý 2 tỷ lệ nộp trực tuyến lại thấp hơn quý 1?", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ −3,82"}},
		{q: "Quý 1 huyện nào trắng tay DVC mức 4, không có cái nào?", kind: ask.KindFigure, want: []string{"Huyện Kỳ Anh 0 dịch vụ"}, not: []string{"Thành phố Hà Tĩnh 10"}},
		{q: "Lộc Hà quý 1 tỷ lệ hồ sơ trực tuyến có được một phần tư không", kind: ask.KindFigure, want: []string{"23,39%"}},
		{q: "Quý 1 có mấy đơn vị vắng mặt, không nộp báo cáo?", kind: ask.KindFigure, want: []string{"còn 15 đơn vị chưa nộp"}},
		{q: "H ư ơ n g S ơ n quý 1 bao nhiêu hồ sơ online", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn quý 1/2019: 49 hồ sơ"}},
		{q: "5 tháng đầu ２０１９ tỉ lệ nộp online bao nhiêu，số hồ sơ bao nhiêu luôn ạ", kind: ask.KindFigure, want: []string{"13,25%", "6.704 hồ sơ"}},
		{q: "✅ Toàn Tỉnh Đang Cung Cấp Bao Nhiêu Dịch Vụ Công Trực Tuyến? #ChuyểnĐổiSố", kind: ask.KindFigure, want: []string{"1.995 dịch vụ", "30 dịch vụ"}, not: []string{"thấp nhất"}},
		// A unit that opens a piece the rest does not name is asked of,
		// not left for the province's figure.
		{q: "Hương Sơn múa lân vui vẻ thế nào, quý 2 tỷ lệ tăng mấy điểm % so với quý 1?", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn", "tăng 3,6 điểm %"}, not: []string{"14,45%"}},
		{q: "Những huyện nào đã nộp báo cáo quý 1/2019 nhưng đến quý 2/2019 lại chưa nộp?", kind: ask.KindFigure, want: []string{"Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà"}},
	})
	for _, q := range []string{
		"số doanh nghiệp cả nước dùng DVC trực tuyến", // the country's, not the province's services
		"hồ sơ đăng ký thường trú qua mạng quý 2 bao nhiêu",
		"bưu điện nhận gửi bao nhiêu hồ sơ qua dịch vụ BCCI quý 2 ạ",
	} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure (%s): %s", q, ans.Kind, ans.Text)
		}
	}
}
