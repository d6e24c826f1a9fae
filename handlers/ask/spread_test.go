package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestSpreadAsked: both ends of a ranking come with the gap between them,
// whether the words ask the range ("trải từ mức nào đến mức nào", "chênh
// tối đa") or the difference ("cao nhất trừ thấp nhất"); of projects too.
func TestSpreadAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Quý 1 tỷ lệ hồ sơ trực tuyến các huyện trải từ mức nào đến mức nào?", kind: ask.KindFigure,
			want: []string{"cao nhất là Huyện Lộc Hà 23,39%", "thấp nhất là Huyện Hương Sơn 2,33%", "cách nhau 21,06 điểm %"}},
		{q: "Khối sở quý 2: tỷ lệ cao nhất trừ thấp nhất là bao nhiêu điểm?", kind: ask.KindFigure, want: []string{"cách nhau 5,94 điểm %"}},
		{q: "Quý 2 số hồ sơ trực tuyến giữa các đơn vị cấp huyện chênh tối đa bao nhiêu?", kind: ask.KindFigure,
			want: []string{"Thành phố Hà Tĩnh 812 hồ sơ", "Huyện Đức Thọ 54 hồ sơ", "cách nhau 758 hồ sơ"}},
		{q: "Giữa dự án nhận NQ22 nhiều nhất và ít nhất cách biệt bao nhiêu tiền?", kind: ask.KindFigure,
			want: []string{"1.800 triệu đồng", "ít nhất: «Ấn phẩm điện tử hướng dẫn giao dịch trực tuyến» 110 triệu đồng", "cách nhau 1.690 triệu đồng"}},
		{q: "Liệt kê các dự án có đề xuất kinh phí giai đoạn tiếp theo, sắp xếp số tiền từ lớn đến nhỏ", kind: ask.KindFigure,
			want: []string{"xếp từ nhiều đến ít: «Phần mềm trích lọc, chấm điểm minh bạch thông tin» 1.500 triệu đồng; «Tập huấn", "150 triệu đồng"}},
		{q: "sắp các sở theo tỷ lệ trực tuyến quý 1/2019, cao trên thấp dưới", kind: ask.KindFigure,
			want: []string{"1. Sở Thông tin và Truyền thông 10,99%", "5. Sở Y tế 2,65%"}},
	})
}

// TestGapToEnd: one unit set against the first (or last) of the ranking
// of its level, or of every unit when "toàn tỉnh" is said; as a follow-up,
// of the unit asked before and the quarter named now.
func TestGapToEnd(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Cẩm Xuyên quý 1 đứng dưới top 1 bao nhiêu điểm %", kind: ask.KindFigure,
			want: []string{"Huyện Cẩm Xuyên (8,27%, hạng 8) là Huyện Lộc Hà 23,39% (hạng 1), cách 15,12 điểm %"}},
		{q: "Sở TT&TT quý 2 kém đơn vị dẫn đầu toàn tỉnh bao nhiêu điểm %?", kind: ask.KindFigure,
			want: []string{"Sở Thông tin và Truyền thông (14,18%, hạng 6) là Huyện Can Lộc 27,73% (hạng 1), cách 13,55 điểm %"}},
		{q: "Hương Sơn quý 1 tỷ lệ hồ sơ trực tuyến hơn huyện thấp nhất bao nhiêu", kind: ask.KindFigure,
			want: []string{"Huyện Hương Sơn (2,33%) đứng cuối"}},
		{q: "Lộc Hà quý 1 có tỷ lệ hồ sơ trực tuyến cao nhất, hơn Can Lộc bao nhiêu", kind: ask.KindFigure,
			want: []string{"Huyện Lộc Hà cao hơn Huyện Can Lộc 2,41 điểm %"}},
	})
	checkChats(t, a, "end", []chatCase{
		{turns: []string{"tỷ lệ hồ sơ trực tuyến Thạch Hà quý 2", "Thạch Hà kém top mấy điểm"},
			want: []string{"Huyện Thạch Hà (16,33%, hạng 5) là Huyện Can Lộc 27,73% (hạng 1), cách 11,4 điểm %"}},
		{turns: []string{"tỷ lệ hồ sơ trực tuyến Thạch Hà quý 2", "Thạch Hà kém top mấy điểm", "quý 1 thì kém đơn vị đứng đầu mấy điểm"},
			want: []string{"quý 1/2019", "Huyện Thạch Hà (12,97%, hạng 6) là Huyện Lộc Hà 23,39% (hạng 1), cách 10,42 điểm %"}},
		{turns: []string{"tỷ lệ hồ sơ trực tuyến huyện Kỳ Anh quý 1", "kém top quý 2 bao nhiêu điểm"},
			want: []string{"quý 2/2019", "cách 20,91 điểm %"}},
	})
}

// TestReportersAndSpeakers: the share of units that reported, the
// agencies after the districts ("sở thì mấy"), both levels ("tính cả sở
// ngành"), a speaker's unit after his post ("anh là bí thư huyện ủy Thạch
// Hà"), and the bot addressed as "cán bộ".
func TestReportersAndSpeakers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Tỷ lệ đơn vị đã báo cáo quý 2/2019 là bao nhiêu %", kind: ask.KindFigure, want: []string{"12/32 đơn vị phải báo cáo đã nộp báo cáo (37,5%)"}},
		{q: "ty le ho so truc tuyen nam 2018 bao nhieu can bo", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "Can Lộc có bao nhiêu cán bộ", kind: ask.KindNotUnderstood},
	})
	checkChats(t, a, "reporters", []chatCase{
		{turns: []string{"quý 2 mấy huyện nộp báo cáo rồi", "sở thì mấy"}, want: []string{"3/19 đơn vị sở, ban, ngành cấp tỉnh đã nộp báo cáo"}},
		{turns: []string{"Quý 2 những huyện nào chưa nộp báo cáo em", "tính cả sở ngành thì bao nhiêu đơn vị chưa nộp"},
			want: []string{"12/32 đơn vị phải báo cáo đã nộp báo cáo", "còn 20 đơn vị chưa nộp"}},
		{turns: []string{"Chào em, anh là bí thư huyện ủy Thạch Hà. Quý 2/2019 huyện anh tỷ lệ hồ sơ trực tuyến được bao nhiêu"},
			want: []string{"Huyện Thạch Hà quý 2/2019: 16,33%"}},
		{turns: []string{"Chào em, anh là bí thư huyện ủy Thạch Hà. Quý 2/2019 huyện anh tỷ lệ hồ sơ trực tuyến được bao nhiêu", "huyện mình quý 1 nộp trực tuyến mấy hồ sơ"},
			want: []string{"Huyện Thạch Hà quý 1/2019: 311 hồ sơ"}},
	})
}

// TestProjectsAndMoneyAsked: the projects with no money, each lead by
// full name, the resolution's money as a whole, and what no line holds
// (licences, portal logins, payments online, the staff who report).
func TestProjectsAndMoneyAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Những DA nào chưa được bố trí kinh phí từ nguồn nào cả?", kind: ask.KindFigure,
			want: []string{"5 dự án không có kinh phí được cấp", "«Quy chế công khai minh bạch thông tin»"}, not: []string{"Phóng sự"}},
		{q: "Dự án tập huấn người dân, DN và điều tra mức độ hài lòng do đơn vị nào chủ trì", kind: ask.KindFigure,
			want: []string{"Sở Thông tin và Truyền thông (Sở TT&TT), UBND cấp huyện"}},
		{q: "Đào tạo, bồi dưỡng CIO và chuyên trách CNTT ai là cơ quan chủ trì, đã lồng ghép được bao nhiêu?", kind: ask.KindFigure,
			want: []string{"Sở Thông tin và Truyền thông", "lồng ghép nguồn khác: 630 triệu đồng"}},
		{q: "ai là giám đốc sở TTTT", kind: ask.KindOutOfScope},
		{q: "tóm tắt kinh phí NQ22 gửi lãnh đạo, ngắn gọn", kind: ask.KindFigure, want: []string{"4.652 triệu đồng", "2.680 triệu đồng", "3.565 triệu đồng"}},
		{q: "kinh phí NQ22 đã bố trí bao nhiêu", kind: ask.KindFigure, want: []string{"4.652 triệu đồng"}, not: []string{"2.680"}},
		{q: "Tiền bản quyền phần mềm một cửa điện tử mỗi năm bao nhiêu?", kind: ask.KindNotUnderstood},
		{q: "số lượt đăng nhập cổng DVC tỉnh là bao nhiêu", kind: ask.KindNotUnderstood},
		{q: "Tỷ lệ thanh toán trực tuyến trên cổng DVC có trên 5% không", kind: ask.KindNotUnderstood},
		{q: "mỗi đv có mấy cán bộ đầu mối nhập BC", kind: ask.KindNotUnderstood},
		{q: "số lượt đăng nhập sàn TMĐT", kind: ask.KindFigure, want: []string{"47.770 lượt"}},
	})
}
