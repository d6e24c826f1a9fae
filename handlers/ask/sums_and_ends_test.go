package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRunningSumsAndSamePeriod: "lũy kế đến hết 2018" of a project adds
// its years to then; "cùng kỳ năm trước" of a part of a year is that part
// a year before, never the whole year.
func TestRunningSumsAndSamePeriod(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Lũy kế đến hết 2018 dự án nâng cấp Cổng TTĐT tỉnh đã được cấp bao nhiêu?", kind: ask.KindFigure,
			want: []string{"năm 2017", "năm 2018", "1.600 triệu đồng"}, not: []string{"1.777"}},
		{q: "Dự án nâng cấp cổng TTĐT đến hết 2019 được cấp tổng bao nhiêu", kind: ask.KindFigure, want: []string{"1.777 triệu đồng"}},
		{q: "5 tháng đầu 2019 HS trực tuyến tăng bao nhiêu so với cùng kỳ năm trước?", kind: ask.KindNoData,
			want: []string{"5 tháng đầu năm 2018"}, not: []string{"1.952", "4.752"}},
		{q: "quý 2/2019 Can Lộc tỷ lệ hồ sơ trực tuyến so với cùng kỳ năm ngoái", kind: ask.KindNoData, want: []string{"quý 2/2018"}},
		// (A named year set against: that year.)
		{q: "5 tháng đầu năm 2019 tỷ lệ hồ sơ trực tuyến tăng bao nhiêu so với năm 2018", kind: ask.KindFigure, want: []string{"4,92%", "13,25%"}},
	})
}

// TestRankingEnds: how units rank asked in other words, and "top N với
// bét M" from both ends with their own counts.
func TestRankingEnds(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Quý 2/2019 các sở xếp thế nào về DVC mức 4, từ cao xuống thấp", kind: ask.KindFigure,
			want: []string{"1. Sở Tài chính 4 dịch vụ", "2. Sở Giáo dục và Đào tạo 3 dịch vụ", "3. Sở Thông tin và Truyền thông 2 dịch vụ"}},
		{q: "tổng hs tiếp nhận q2/2019: 3 sở xếp thứ tự ra sao", kind: ask.KindFigure, want: []string{"1.590 hồ sơ", "1.120 hồ sơ", "402 hồ sơ"}},
		{q: "xếp 5 dự án đề xuất kinh phí giai đoạn tiếp theo từ cao tới thấp", kind: ask.KindFigure,
			want: []string{"1.500 triệu đồng", "990 triệu đồng", "490 triệu đồng", "435 triệu đồng", "150 triệu đồng"}},
		// "nơi đứng đầu" folds like "nội dung" (the report's content).
		{q: "3 nơi đứng đầu với 3 nơi đứng chót về tổng hồ sơ tiếp nhận quý 1/2019, tính các địa phương", kind: ask.KindFigure,
			want: []string{"Thành phố Hà Tĩnh 3.720", "Huyện Lộc Hà 1.120", "Huyện Hương Khê 1.590"}},
		{q: "bxh dvc mức 4 quý 2/2019 cấp huyện: top 3 với bét 1", kind: ask.KindFigure,
			want: []string{"3. Huyện Hương Khê 8 dịch vụ", "1. Huyện Kỳ Anh 0 dịch vụ"}, not: []string{"Huyện Hương Sơn"}},
		{q: "Quý 2/2019 những địa phương đứng top 3 về hồ sơ trực tuyến và 2 địa phương bét", kind: ask.KindFigure,
			want: []string{"Thành phố Hà Tĩnh 812", "Huyện Can Lộc 642", "Huyện Thạch Hà 405", "Huyện Đức Thọ 54", "Huyện Kỳ Anh 118"}, not: []string{"Huyện Hương Sơn"}},
		// ("top 3 thấp nhất" is the lowest three only.)
		{q: "top 3 thấp nhất về tỷ lệ hồ sơ trực tuyến quý 2/2019 cấp huyện", kind: ask.KindFigure,
			want: []string{"Huyện Đức Thọ 2,86%", "Huyện Kỳ Anh 6,82%"}, not: []string{"Can Lộc"}},
	})
}

// TestQuotedShare: a share quoted to check says the rate is asked.
func TestQuotedShare(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "báo cáo ghi 84% xã có trang TTĐT, tính chính xác ra 2 chữ số thập phân là bao nhiêu", kind: ask.KindFigure,
			want: []string{"84,35%"}, not: []string{"không khớp"}},
		{q: "báo cáo ghi 80% xã có trang TTĐT, kiểm tra giúp", kind: ask.KindFigure, want: []string{"84%", "Con số 80% bạn nêu không khớp"}},
	})
}

// TestBoundsMoved: a list of units or projects past a bound, the bound
// moved by a follow-up that keeps its side ("hạ xuống 12%"), and a list
// asked of no quarter where two are stored asked back.
func TestBoundsMoved(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "bounds", []chatCase{
		{turns: []string{"quý 1 những huyện nào có tỷ lệ hồ sơ trực tuyến trên 20%", "vậy ngưỡng 15 thì những ai?"},
			want: []string{"Thành phố Hà Tĩnh 16,24%", "Thị xã Hồng Lĩnh 15,55%"}, not: []string{"Thị xã Kỳ Anh"}},
		{turns: []string{"quý 1 những huyện nào có tỷ lệ hồ sơ trực tuyến trên 20%", "kéo xuống 12% cho a xem"},
			want: []string{"Huyện Thạch Hà 12,97%"}, not: []string{"Huyện Hương Khê"}},
		{turns: []string{"quý 1 bao nhiêu sở không tới 5% hồ sơ online", "nâng lên 8% thì mấy sở"},
			want: []string{"Có 4 trong 5 đơn vị", "Sở Công Thương 7,38%"}, not: []string{"quý 4/2018"}},
		{turns: []string{"quý 1 bao nhiêu sở không tới 5% hồ sơ online", "còn quý 2 dưới 10%?"},
			want: []string{"Sở Tài chính 8,57%", "Sở Giáo dục và Đào tạo 8,24%"}},
		{turns: []string{"dự án nào được cấp từ NQ22 trên 1 tỷ", "hạ xuống 500 triệu"},
			want: []string{"Có 3 dự án", "700 triệu đồng"}},
		{turns: []string{"dự án nào được cấp từ NQ22 trên 1 tỷ", "thế dưới 300 triệu?"},
			want: []string{"265 triệu đồng", "110 triệu đồng"}, not: []string{"1.800"}},
		{turns: []string{"những huyện nào trên 10% hồ sơ trực tuyến", "quý 1/2019"},
			want: []string{"Huyện Lộc Hà 23,39%", "Huyện Hương Khê 11,07%"}},
	})
	checkReplies(t, a, []replyCase{
		{q: "những huyện nào trên 10% hồ sơ trực tuyến", kind: ask.KindAsk, want: []string{"quý 2/2019", "quý 1/2019"}},
		{q: "có dự án nào đề xuất trên 1 tỷ cho giai đoạn tới ko", kind: ask.KindFigure, want: []string{"Có 1 dự án", "1.500 triệu đồng"}},
		{q: "những dự án nhận dưới 300 triệu từ nguồn NQ22", kind: ask.KindFigure, want: []string{"265 triệu đồng", "110 triệu đồng"}, not: []string{"4.652"}},
		// (A claim beside a bound asks no list.)
		{q: "Khối sở, ban, ngành cấp tỉnh có bao nhiêu DVC mức độ 3? Tôi nghe đâu là hơn 700 dịch vụ thì phải.", kind: ask.KindFigure, want: []string{"610 dịch vụ"}},
	})
}

// TestRestsAndYears: what is not filed online as a share of the whole,
// money already granted and proposed added, each project's money of one
// year.
func TestRestsAndYears(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "rest of the whole", []chatCase{
		{turns: []string{"Thị xã Hồng Lĩnh quý 2 nhận tổng bao nhiêu hồ sơ", "trong đó nộp trực tiếp bao nhiêu"}, want: []string{"1.253 hồ sơ"}},
	})
	checkReplies(t, a, []replyCase{
		{q: "5 tháng đầu năm 2019 phần hồ sơ ko nộp online chiếm bn phần trăm vậy a", kind: ask.KindFigure, want: []string{"86,75%"}},
		{q: "TX Hồng Lĩnh quý 1 phần hồ sơ ko qua dvc trực tuyến chiếm bao nhiêu %", kind: ask.KindFigure, want: []string{"84,45%"}},
		{q: "năm ngoái còn mấy phần trăm hồ sơ nộp trực tiếp tại bộ phận một cửa", kind: ask.KindFigure, want: []string{"95,08%"}},
		{q: "Sở Công Thương quý 1 bao nhiêu hồ sơ vẫn nộp tại quầy", kind: ask.KindFigure, want: []string{"565 hồ sơ"}},
		{q: "dự án rà soát cổng TTĐT cả phần đã cấp lẫn phần đề xuất là bao nhiêu", kind: ask.KindFigure, want: []string{"700 triệu đồng"}},
		{q: "Năm 2018 kinh phí lồng ghép được cấp cho những dự án nào?", kind: ask.KindFigure,
			want: []string{"110 triệu đồng", "180 triệu đồng", "405 triệu đồng", "695 triệu đồng"}},
		{q: "năm 2017 NQ22 cấp cho DA nào bao nhiêu tiền", kind: ask.KindFigure, want: []string{"600 triệu đồng", "120 triệu đồng", "chưa phải cả năm"}},
		{q: "tổng LG năm 2018 bn trđ", kind: ask.KindFigure, want: []string{"695 triệu đồng"}},
		{q: "Nếu tính chính xác 221/262 thì tỷ lệ xã có trang TTĐT là bao nhiêu % (2 chữ số thập phân)?", kind: ask.KindFigure, want: []string{"84,35%"}},
	})
}

// TestMinutesAndLookAlikes: a question carried by who asked it in a
// meeting's minutes; words that fold like something else ("diễn biến"
// like Điện Biên, "trên 2000" like a year, "H. Kỳ Anh" like a sentence's
// end); a count of two quarters shown by quarter.
func TestMinutesAndLookAlikes(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Đ/c Chánh VP hỏi: quý 2/2019 mới có mấy đơn vị gửi báo cáo?", kind: ask.KindFigure, want: []string{"12/32 đơn vị"}, not: []string{"Cẩm Thành"}},
		{q: "Ý kiến đ/c Trưởng phòng Nội vụ: quý 2/2019 những huyện nào chưa nộp báo cáo?", kind: ask.KindFigure,
			want: []string{"Huyện Vũ Quang", "Huyện Lộc Hà"}, not: []string{"Sở Nội vụ"}},
		{q: "Kết luận của đ/c Chủ tịch: yêu cầu nêu rõ số DVC trực tuyến của các cơ quan cấp tỉnh hiện nay", kind: ask.KindFigure, want: []string{"610 dịch vụ"}},
		{q: "Đ/c Chủ tịch UBND huyện Can Lộc yêu cầu báo cáo tỷ lệ HS nộp qua mạng quý 2/2019 của Can Lộc", kind: ask.KindFigure, want: []string{"27,73%"}},
		{q: "Can Lộc tỷ lệ hồ sơ trực tuyến 2 quý đầu năm 2019 diễn biến ra sao?", kind: ask.KindFigure, want: []string{"20,98%", "27,73%"}},
		{q: "Điện Biên có bao nhiêu DVC mức 3", kind: ask.KindOutOfScope},
		{q: "H. Kỳ Anh quý 1 bao nhiêu hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"Huyện Kỳ Anh quý 1/2019: 81 hồ sơ"}},
		{q: "H.Sơn tỷ lệ q1", kind: ask.KindFigure, want: []string{"2,33%"}},
		{q: "Sở Tài chính số hồ sơ nộp trực tuyến 2 quý đầu năm", kind: ask.KindFigure, want: []string{"168 hồ sơ", "quý 1/2019: 72 hồ sơ", "quý 2/2019: 96 hồ sơ"}},
	})
	checkChats(t, a, "bound not year", []chatCase{
		{turns: []string{"quý 2 đơn vị nào tiếp nhận trên 2.300 hồ sơ", "trên 2000?"},
			want: []string{"Huyện Hương Sơn 2.210", "Thị xã Kỳ Anh 2.045"}, not: []string{"năm 2000"}},
	})
}

// TestOtherProjectsAndOwnPlace: the money of every project but one, or
// of every year but one; "của
// huyện" in a question the minutes give to a district's chairman is his
// district's.
func TestOtherProjectsAndOwnPlace(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Ngoài dự án phần mềm trích lọc ra thì các dự án khác đề xuất tổng bao nhiêu", kind: ask.KindFigure, want: []string{"2.065 triệu đồng"}},
		// A year left out of a project's money; "trừ năm 2019" is none of
		// that year's.
		{q: "Cổng TTĐT tỉnh: bỏ năm 2017 ra thì 2018, 2019 được cấp bao nhiêu", kind: ask.KindFigure, want: []string{"1.177 triệu đồng"}},
		{q: "dự án nâng cấp cổng TTĐT tỉnh trừ năm 2019 thì được cấp bao nhiêu", kind: ask.KindFigure, want: []string{"1.600 triệu đồng"}},
		{q: "nâng cấp cổng TTĐT tỉnh không kể năm 2018 thì được cấp bao nhiêu", kind: ask.KindFigure, want: []string{"777 triệu đồng"}, not: []string{"các dự án còn lại"}},
		{q: "dự án nâng cấp cổng TTĐT tỉnh năm 2018 trừ năm 2017 thì hơn bao nhiêu", kind: ask.KindFigure, want: []string{"+400 triệu đồng"}},
		{q: "Đ/c Chủ tịch UBND huyện Can Lộc hỏi: quý 2/2019 so với quý 1/2019 số hồ sơ trực tuyến của huyện tăng bao nhiêu?", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc", "174 hồ sơ"}, not: []string{"182"}},
	})
}
