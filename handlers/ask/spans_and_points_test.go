package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPointsInTime: a day that closes the period asked is no second
// period ("quý 1/2019, số chốt đến 31/3", "năm 2017 (chốt 31/12/2017)");
// a quarter's end alone is that quarter of a figure units report ("chốt
// 30/6/2019"), a year's end that year ("tính đến hết năm 2018"); two
// quarters' ends set against each other are the two quarters; "từ đầu
// năm" to a day is one span.
func TestPointsInTime(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tỷ lệ hồ sơ trực tuyến của Thạch Hà trong quý 1/2019, số chốt đến 31/3", kind: ask.KindFigure,
			want: []string{"Huyện Thạch Hà quý 1/2019: 12,97%"}, not: []string{"quý 4/2018"}},
		{q: "Năm 2017 (chốt 31/12/2017) báo HT đăng bao nhiêu tin, ảnh về cải cách hành chính?", kind: ask.KindFigure,
			want: []string{"Báo Hà Tĩnh năm 2017: 134 tin, ảnh"}, not: []string{"năm 2016"}},
		{q: "TP Hà Tĩnh: tỷ lệ HSTT chốt 30/6/2019 so với chốt 31/3/2019 tăng mấy điểm %", kind: ask.KindFigure, want: []string{"tăng 4,32 điểm %"}},
		{q: "Tỷ lệ hồ sơ trực tuyến chung của các huyện đã báo cáo, chốt 30/6/2019?", kind: ask.KindFigure, want: []string{"cấp huyện quý 2/2019: 15,28%"}},
		{q: "Tính đến hết quý 1/2019 huyện nào dẫn đầu về tỷ lệ hồ sơ nộp trực tuyến?", kind: ask.KindFigure, want: []string{"Huyện Lộc Hà 23,39%"}},
		{q: "Xin cho biết tỷ lệ hồ sơ nộp trực tuyến tính đến hết năm 2018.", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "tính đến cuối tháng 5/2019 có bao nhiêu hồ sơ nộp trực tuyến từ đầu năm", kind: ask.KindFigure, want: []string{"5 tháng đầu năm 2019: 6.704 hồ sơ"}},
		{q: "Tại mốc 30/6/2019 tỷ lệ hồ sơ trực tuyến quý 2 của Can Lộc cao hơn Thạch Hà bao nhiêu điểm %?", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc cao hơn Huyện Thạch Hà 11,4 điểm %"}},
		{q: "tỷ lệ hồ sơ trực tuyến chốt cuối năm 2018 đạt bao nhiêu %", kind: ask.KindFigure, want: []string{"4,92%"}},
		{q: "Can Lộc quý 3 tỷ lệ hồ sơ trực tuyến, chưa có thì cho e quý gần nhất", kind: ask.KindNearest,
			want: []string{"Chưa có số liệu quý 3/2019; kỳ gần nhất có số liệu là quý 2/2019", "27,73%"}},
	})
}

// TestPerSpanAverages: a figure that adds up over time, averaged over the
// months, quarters or years of the period asked; not a figure in force.
func TestPerSpanAverages(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "5 tháng đầu 2019 bình quân 1 tháng được mấy hs trực tuyến?", kind: ask.KindFigure, want: []string{"Bình quân mỗi tháng (5 tháng): 1.340,8 hồ sơ"}},
		{q: "năm 2018 tb mỗi quý có bao nhiêu hồ sơ nộp qua dịch vụ công mức 3,4", kind: ask.KindFigure, want: []string{"Bình quân mỗi quý (4 quý): 488 hồ sơ"}},
		{q: "KP đào tạo 2019 chia ra mỗi tháng bao nhiêu tiền", kind: ask.KindFigure, want: []string{"Bình quân mỗi tháng (12 tháng): 168,75 triệu đồng"}},
		{q: "can loc q2 moi thang duoc may ho so truc tuyen", kind: ask.KindFigure, want: []string{"Bình quân mỗi tháng (3 tháng): 214 hồ sơ"}},
		{q: "Thạch Hà 2018 bình quân 1 tháng tập huấn được mấy người", kind: ask.KindFigure, want: []string{"Bình quân mỗi tháng (12 tháng): 25 người"}},
		{q: "số DVC mức 3 toàn tỉnh bình quân mỗi tháng", not: []string{"Bình quân mỗi tháng"}},
		{q: "thanh pho ha tinh quy 1 nam 2019 bao nhieu ho so online", kind: ask.KindFigure, want: []string{"quý 1/2019: 604 hồ sơ"}, not: []string{"Bình quân"}},
	})
}

// TestWordsOfToday: open questions on how a count stands (its rate too),
// a rate's parts asked after it, the places a unit moved between
// quarters, and hours, which no figure counts.
func TestWordsOfToday(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tình hình hồ sơ nộp trực tuyến năm ngoái của tỉnh thế nào em", kind: ask.KindFigure, want: []string{"1.952 hồ sơ", "4,92%"}},
		{q: "Hương Sơn quý 1 hồ sơ trực tuyến răng rồi", kind: ask.KindFigure, want: []string{"49 hồ sơ", "2,33%"}},
		{q: "Can Lộc quý 2 hồ sơ trực tuyến bao nhiêu", kind: ask.KindFigure, want: []string{"642 hồ sơ"}, not: []string{"27,73"}},
		{q: "Xếp chung cả sở lẫn huyện thì Hương Sơn tỷ lệ hstt q2 nhảy mấy hạng so với q1", kind: ask.KindFigure,
			want: []string{"đứng thứ 17/17", "đứng thứ 11/12", "Tăng 6 bậc"}},
		{q: "PCI năm 2018 HT nhảy bao nhiêu bậc so với 2017 vậy", kind: ask.KindFigure, want: []string{"tăng 10 bậc"}},
		{q: "Đài PTTH có bao nhiêu giờ phát sóng mỗi ngày", kind: ask.KindNotUnderstood},
		{q: "giờ có mấy DVC mức 4", kind: ask.KindFigure, want: []string{"30 dịch vụ"}},
		{q: "em cộng cột NQ22 từng dự án thấy lệch, báo cáo chốt tổng đã bố trí là bao nhiêu vậy", kind: ask.KindFigure, want: []string{"4.652 triệu đồng"}},
	})
	checkChats(t, a, "today", []chatCase{
		{turns: []string{"Can Lộc quý 1 tỷ lệ hồ sơ trực tuyến", "tử số mẫu số?"},
			want: []string{"Huyện Can Lộc quý 1/2019: 468 hồ sơ", "Huyện Can Lộc quý 1/2019: 2.231 hồ sơ"}, not: []string{"không nêu tỷ lệ"}},
		{turns: []string{"kinh phí NQ22 còn thiếu bao nhiêu?", "gồm những dự án nào, mỗi cái bao nhiêu?"},
			want: []string{"đề xuất cho giai đoạn tiếp theo tổng cộng 3.565 triệu đồng", "«Phần mềm trích lọc, chấm điểm minh bạch thông tin» 1.500 triệu đồng"}},
	})
}

// TestSetAsideApart: a bracketed clause that sets aside what the question
// does not ask ("(không tính mức 3)" of level-4 services, "(không tính cấp
// huyện, cấp xã)" of the agencies, the other Kỳ Anh) leaves the figure
// asked; one that sets aside part of it is still refused.
func TestSetAsideApart(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Số DVC mức 4 triển khai thêm theo NQ22 (không tính mức 3)?", kind: ask.KindFigure, want: []string{"23 dịch vụ"}},
		{q: "Huyện Đức Thọ quý 1/2019 có bao nhiêu DVC mức 3 (không tính mức 4)?", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ quý 1/2019: 97 dịch vụ"}},
		{q: "Tỷ lệ sở, ban, ngành có Cổng/Trang TTĐT (không tính cấp huyện, cấp xã)?", kind: ask.KindFigure, want: []string{"sở, ban, ngành cấp tỉnh đến ngày 10/06/2019: 100%"}},
		{q: "Thị xã Kỳ Anh (không tính huyện Kỳ Anh) quý 1/2019 có bao nhiêu HS trực tuyến?", kind: ask.KindFigure, want: []string{"Thị xã Kỳ Anh quý 1/2019: 259 hồ sơ"}},
		{q: "Dự án nâng cấp Sàn giao dịch TMĐT tỉnh được cấp bao nhiêu từ nguồn NQ22 (không tính lồng ghép)?", kind: ask.KindFigure, want: []string{"nguồn NQ 22: 700 triệu đồng"}},
		{q: "số hồ sơ trực tuyến (không tính mức 4)", kind: ask.KindNoData},
	})
}
