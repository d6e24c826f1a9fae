package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestEitherOr: "X hay Y … hơn?" of one period asks which of the two is
// more, with both figures, not a change over time nobody stored.
func TestEitherOr(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Nghi Xuân hay Cẩm Xuyên quý 1 tỷ lệ nộp online khá hơn?", kind: ask.KindFigure, want: []string{"6,11%", "8,27%", "Huyện Cẩm Xuyên cao hơn"}},
		{q: "Sở TT&TT hay Sở Tài chính quý 1 tỷ lệ nộp online khá hơn?", kind: ask.KindFigure, want: []string{"10,99%", "6,89%"}},
		{q: "đào tạo kỹ năng giao dịch online: cấp xã với DN bên mô được nhiều hơn", kind: ask.KindFigure, want: []string{"53%", "35%"}},
		{q: "DVC mức 3 của các sở nhiều hơn hay của ngành Thuế nhiều hơn?", kind: ask.KindFigure, want: []string{"610 dịch vụ", "154 dịch vụ"}},
	})
}

// TestWholeAndItsParts: what a message names as a part of a figure, or
// as the total of one, gets that and no other figure.
func TestWholeAndItsParts(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		// "tổng" before the files named: their total, not all files.
		{q: "năm 2018 tổng hồ sơ nộp qua dvc mức 3 mức 4 là bao nhiêu", kind: ask.KindFigure, want: []string{"1.952 hồ sơ"}, not: []string{"Chưa có số liệu tổng số hồ sơ"}},
		{q: "năm 2018 hồ sơ qua dvc mức 3 mức 4 là bao nhiêu", kind: ask.KindFigure, want: []string{"1.952 hồ sơ"}, not: []string{"1.995", "dịch vụ công trực tuyến mức độ 3"}},
		// ("tổng bao nhiêu hồ sơ" is all the files received.)
		{q: "Hồng Lĩnh quý 2 tổng bao nhiêu hồ sơ", kind: ask.KindFigure, want: []string{"1.540 hồ sơ"}},
		// Two levels' rate taken as one.
		{q: "quý 1 tính cả sở ngành với huyện đã nộp thì tỷ lệ hs trực tuyến chung là bao nhiêu", kind: ask.KindFigure, want: []string{"11,09% (3.049/27.503)"}, not: []string{"11,88%"}},
		// ("cộng lại" of counts: each level and their sum.)
		{q: "DVC mức 3 cấp tỉnh và cấp huyện lần lượt bao nhiêu, cộng lại có khớp 1995 không?", kind: ask.KindFigure, want: []string{"610 dịch vụ", "1.385 dịch vụ", "1.995"}},
		// A figure asked of the units that reported, not how many did.
		{q: "quý 1 mấy sở đã nộp có tổng cộng bn DVC mức 3?", kind: ask.KindFigure, want: []string{"152 dịch vụ"}},
		{q: "có bao nhiêu đơn vị đã gửi báo cáo quý 1 về DVC mức độ 3, 4", kind: ask.KindFigure, want: []string{"17/32 đơn vị"}},
		// Two indicators joined as an official writes, "đồng thời".
		{q: "tính đến hết quý I/2019 đã đào tạo được bao nhiêu phần trăm cấp xã, đồng thời bao nhiêu phần trăm doanh nghiệp về kỹ năng giao dịch trực tuyến?", kind: ask.KindFigure, want: []string{"53%", "35%"}},
	})
	checkChats(t, a, "parts", []chatCase{
		// A project named after the money missing: its part of it.
		{turns: []string{"KP còn thiếu NQ22", "trong đó phần mềm trích lọc bao nhiêu"}, want: []string{"Phần mềm trích lọc", "1.500 triệu đồng"}, not: []string{"4.652", "3.565"}},
		// "tổng … bn" after the projects counted: their money summed.
		{turns: []string{"mấy dự án có đề xuất kinh phí tiếp?", "tổng đề xuất bn?"}, want: []string{"3.565 triệu đồng"}},
	})
}

// TestSpokenPunctuation: marks a screen reader or voice typing left as
// words are read as marks.
func TestSpokenPunctuation(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Cho tôi xin số dịch vụ công mức 4 của các sở dấu phẩy ban dấu phẩy ngành cấp tỉnh dấu hỏi", kind: ask.KindFigure, want: []string{"7 dịch vụ"}},
		{q: "Kinh phí đào tạo năm 2019 mở ngoặc tính bằng triệu đồng đóng ngoặc là bao nhiêu chấm hỏi", kind: ask.KindFigure, want: []string{"2.025 triệu đồng"}},
		{q: "Q2 gạch ngang 2019 huyện Hương Khê có tỷ lệ hồ sơ trực tuyến là bao nhiêu chấm hỏi", kind: ask.KindFigure, want: []string{"13,73%"}},
		{q: "Quý 1 năm 2019 huyện nào còn nợ báo cáo quý chấm hỏi xuống dòng Em cảm ơn ạ", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang"}},
	})
}

// TestRankStretches: a stretch of places ("từ hạng 2 tới hạng 5", "hạng
// 6-7"), as many from each end ("top 3 … và 3 … thấp nhất"), and every
// unit that reports ("cả sở lẫn địa phương").
func TestRankStretches(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "xếp hạng đơn vị cấp huyện theo số DVC mức 3 quý 1/2019, e cần từ hạng 2 tới hạng 5", kind: ask.KindFigure,
			want: []string{"2. Huyện Thạch Hà 110 dịch vụ; 3. Huyện Can Lộc 107 dịch vụ; 4. Huyện Hương Khê 105 dịch vụ; 5. Huyện Cẩm Xuyên 103 dịch vụ."},
			not:  []string{"1. Thành phố Hà Tĩnh"}},
		{q: "Quý 1/2019 thứ hạng 6-7 về dvc mức 3 cấp huyện", kind: ask.KindFigure, want: []string{"6. Thị xã Hồng Lĩnh 102 dịch vụ; 7. Thị xã Kỳ Anh 101 dịch vụ."}},
		{q: "quý 2/2019 xếp thứ 2 và thứ 3 về số hs nộp trực tuyến là địa phương nào", kind: ask.KindFigure, want: []string{"2. Huyện Can Lộc 642 hồ sơ; 3. Huyện Thạch Hà 405 hồ sơ."}},
		{q: "top 3 đơn vị cấp huyện tỷ lệ hs online cao nhất và 3 đơn vị thấp nhất quý 1/2019", kind: ask.KindFigure,
			want: []string{"3. Thành phố Hà Tĩnh 16,24%", "1. Huyện Hương Sơn 2,33%; 2. Huyện Kỳ Anh 4,89%; 3. Huyện Nghi Xuân 6,11%"}},
		{q: "Trong tất cả đơn vị đã nộp q1/2019 (cả sở lẫn địa phương), 5 đơn vị có tỷ lệ hs trực tuyến thấp nhất", kind: ask.KindFigure,
			want: []string{"(17/32 đơn vị đã báo cáo)", "2. Sở Y tế 2,65%; 3. Sở Nội vụ 3,33%"}},
		{q: "q1/2019 xếp hạng DVC mức 4 khối sở, lấy 2 sở cuối", kind: ask.KindFigure, want: []string{"1. Sở Thông tin và Truyền thông 1 dịch vụ; 2. Sở Nội vụ 2 dịch vụ."}},
		// (One place asked stays the places to it.)
		{q: "huyện nào đứng thứ 2 về tỷ lệ hstt quý 1", kind: ask.KindFigure, want: []string{"2. Huyện Can Lộc 20,98%"}},
	})
}

// TestJoinedWords: words run together in hashtags and quick posts.
func TestJoinedWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "#DVCmuc3 toàn tỉnh giờ có bn dv z ad", kind: ask.KindFigure, want: []string{"1.995 dịch vụ"}},
		{q: "#TPHaTinh Q2/2019 tỷ lệ hs online", kind: ask.KindFigure, want: []string{"Thành phố Hà Tĩnh quý 2/2019: 20,56%"}},
		{q: "TXHồngLĩnh quý1 tỷ lệ online", kind: ask.KindFigure, want: []string{"Thị xã Hồng Lĩnh quý 1/2019: 15,55%"}},
		{q: "SởTTTT quý2 tiếp nhận tổng bn hồ sơ", kind: ask.KindFigure, want: []string{"402 hồ sơ"}},
		{q: "NghệAn DVC mức3 bn", kind: ask.KindOutOfScope},
	})
}

// TestChoiceWithMore: a reply to an ask-back that chooses and asks more
// ("thị xã, kèm tỷ lệ luôn"), or waves the choice off ("sao cũng đc"),
// gets the option chosen and what it adds, or every option.
func TestChoiceWithMore(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "more", []chatCase{
		{turns: []string{"Kỳ Anh quý 2 có bao nhiêu hồ sơ nộp trực tuyến", "thị xã, kèm tỷ lệ luôn"},
			want: []string{"Thị xã Kỳ Anh quý 2/2019: 352 hồ sơ", "Thị xã Kỳ Anh quý 2/2019: 17,21%"}, not: []string{"Huyện Kỳ Anh"}},
		{turns: []string{"Thạch Hà nộp trực tuyến bao nhiêu hồ sơ", "quý 1, mà cho cả tổng hồ sơ tiếp nhận nữa"},
			want: []string{"Huyện Thạch Hà quý 1/2019: 311 hồ sơ", "Huyện Thạch Hà quý 1/2019: 2.398 hồ sơ"}, not: []string{"quý 2/2019"}},
		{turns: []string{"Thành phố Hà Tĩnh tỷ lệ hồ sơ trực tuyến", "2 quý luôn, để a so"}, want: []string{"20,56%", "16,24%"}},
		{turns: []string{"Kỳ Anh tỷ lệ hồ sơ trực tuyến quý 2", "sao cũng đc, e xem giúp"}, want: []string{"6,82%", "17,21%"}},
		// (A courtesy after the choice asks nothing more.)
		{turns: []string{"Kỳ Anh quý 2 có bao nhiêu hồ sơ nộp trực tuyến", "thị xã ạ, cảm ơn"}, want: []string{"Thị xã Kỳ Anh quý 2/2019: 352 hồ sơ"}},
	})
}

// TestRunningTotalsAndAverages: "lũy kế cả quý 2" after a quarter is from
// the year's start; "bình quân mỗi tháng?" after a count is per month.
func TestRunningTotalsAndAverages(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "running", []chatCase{
		{turns: []string{"Can Lộc quý 1 bao nhiêu hồ sơ trực tuyến", "lũy kế cả quý 2 thì bao nhiêu hồ sơ?"}, want: []string{"Huyện Can Lộc 6 tháng đầu năm 2019: 1.110 hồ sơ"}},
		{turns: []string{"năm 2018 có bao nhiêu hồ sơ trực tuyến", "bình quân mỗi tháng?"}, want: []string{"Bình quân mỗi tháng (12 tháng): 162,67 hồ sơ"}},
		{turns: []string{"Thạch Hà quý 2 có bao nhiêu hồ sơ trực tuyến", "bình quân mỗi tháng?"}, want: []string{"Bình quân mỗi tháng (3 tháng): 135 hồ sơ"}},
	})
}

// TestChoiceThenNegation: "thành phố nha, ko phải tỉnh" chooses the city
// and the chat goes on from it; "ngoài Vũ Quang" is no agency.
func TestChoiceThenNegation(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "negation", []chatCase{
		{turns: []string{"tỷ lệ hs online của Hà Tĩnh quý trước", "thành phố nha, ko phải tỉnh", "so quý 1 tăng nhiêu điểm"}, want: []string{"Thành phố Hà Tĩnh", "tăng 4,32 điểm %"}},
		{turns: []string{"ngoài Vũ Quang còn huyện nào chưa nộp quý 2"}, want: []string{"Nghi Xuân", "Cẩm Xuyên"}, not: []string{"Sở Ngoại vụ"}},
	})
}

// TestReportAsSource: "theo báo cáo", "theo BC 47" name the source, not
// the quarterly reports sent.
func TestReportAsSource(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Cơ sở dữ liệu dùng chung hiện trạng ra sao theo BC 47?", not: []string{"đã nộp báo cáo"}},
		{q: "cơ sở dữ liệu dùng chung thì tình hình ra sao theo báo cáo", not: []string{"đã nộp báo cáo"}},
		{q: "theo báo cáo quý 2 những huyện nào chưa nộp", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang"}},
	})
}

// TestFiguresListed: one more figure listed after a comma with "đồng
// thời", "cùng với", "và" is answered too, as the one before it.
func TestFiguresListed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Tỷ lệ hồ sơ nộp trực tuyến năm 2019 là bao nhiêu, của năm 2018 là bao nhiêu, đồng thời số hồ sơ năm 2018", kind: ask.KindFigure,
			want: []string{"13,25%", "4,92%", "1.952 hồ sơ"}},
		{q: "Em cho tôi số dịch vụ công của huyện Thạch Hà quý 2/2019, cùng với số hồ sơ trực tuyến quý đó", kind: ask.KindFigure,
			want: []string{"112 dịch vụ", "4 dịch vụ", "405 hồ sơ"}},
		{q: "Đức Thọ quý 2 tỷ lệ hồ sơ trực tuyến giảm bao nhiêu điểm so với quý 1, số hồ sơ trực tuyến giảm bao nhiêu, đồng thời tỷ lệ quý 1", kind: ask.KindFigure,
			want: []string{"giảm 3,82 điểm %", "giảm 67 hồ sơ", "6,68%"}},
	})
}

// TestEachOfAWhole: "mỗi xã được bao nhiêu tờ rơi" of a figure stated only
// for the whole gets no figure for each, the whole said as such; a figure
// stated for each unit ("35 DVC mức 3 mỗi xã") is answered.
func TestEachOfAWhole(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "mỗi xã được phát bao nhiêu tờ rơi DVC", kind: ask.KindNoData, want: []string{"của từng đơn vị cấp xã", "10.000 tờ rơi"}},
		{q: "mỗi xã được chia bao nhiêu tiền tập huấn", kind: ask.KindNoData, want: []string{"của từng đơn vị cấp xã"}},
		{q: "mỗi xã có bao nhiêu DVC mức 3", kind: ask.KindFigure, want: []string{"35 dịch vụ"}},
		{q: "số video hướng dẫn người dân trên fanpage là bao nhiêu", kind: ask.KindFigure, want: []string{"30 video clip"}},
	})
}

// TestThreeFiguresListed: three figures listed with commas and "và", each
// naming its own, get each.
func TestThreeFiguresListed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Cho tôi hỏi tỷ lệ hồ sơ trực tuyến năm 2018, số hồ sơ trực tuyến 5 tháng đầu năm 2019 và kinh phí còn thiếu năm 2020", kind: ask.KindFigure,
			want: []string{"4,92%", "6.704 hồ sơ", "3.565 triệu đồng"}},
	})
}
