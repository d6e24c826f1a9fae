package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPerHundred: a share asked as so many of a hundred is the rate;
// "trên 100" before a count asked after "thì" is no bound, and
// "trung bình" no mean; "những huyện trên 100 hồ sơ" stays a bound.
func TestPerHundred(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Tính trên 100 xã thì chừng mấy xã đã có trang thông tin điện tử?", kind: ask.KindFigure, want: []string{"84%"}, not: []string{"221 đơn vị"}},
		{q: "Năm 2018, trung bình trăm bộ hồ sơ thủ tục thì có mấy bộ nộp qua mạng?", kind: ask.KindFigure, want: []string{"4,92%"}},
		{q: "Đức Thọ quý 1/2019 trăm hồ sơ thì mấy hồ sơ nộp qua mạng?", kind: ask.KindFigure, want: []string{"6,68%"}},
		{q: "trong 100 bộ hồ sơ năm 2018 thì mấy bộ nộp qua mạng", kind: ask.KindFigure, want: []string{"4,92%"}},
		{q: "những huyện nào trên 100 hồ sơ nộp trực tuyến quý 2", kind: ask.KindFigure, want: []string{"trên 100 hồ sơ", "Huyện Kỳ Anh 118"}, not: []string{"Đức Thọ"}},
	})
}

// TestLevelChecked: a level's own figure checked against a bound in a
// question that ends checking ("… hơn 20 thôi sao") is that figure, with
// the check; a list of units past the bound is asked with "các", "mấy
// đơn vị".
func TestLevelChecked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "dvc mức độ 4 cấp huyện chẳng phải chỉ có hơn 20 thôi sao", kind: ask.KindFigure, want: []string{"23 dịch vụ", "trên 20: đúng"}},
		{q: "Cấp huyện có bao nhiêu dịch vụ công mức độ 3, hơn 1.300 hả", kind: ask.KindFigure, want: []string{"1.385 dịch vụ"}, not: []string{"không có đơn vị nào"}},
		{q: "cấp huyện có mấy đơn vị trên 20% hồ sơ trực tuyến quý 2", kind: ask.KindFigure, want: []string{"Có 2 trong 9", "Huyện Can Lộc 27,73%"}},
	})
}

// TestAsidesAndGuesses: what the asker adds after the question (their
// errand, a guess by name, "xã mô cũng như xã mô") is no part of it;
// "hay còn huyện khác" asks every unit of the kind.
func TestAsidesAndGuesses(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "toàn tỉnh có mấy dịch vụ công trực tuyến ạ, e đang làm báo cáo xã", kind: ask.KindFigure, want: []string{"1.995", "30 dịch vụ"}, not: []string{"cấp xã"}},
		{q: "theo báo cáo 47 thì những sở nào đã có DVC mức độ 4 ạ, bên e muốn qua chào giải pháp", kind: ask.KindFigure,
			want: []string{"Tài chính, Công Thương, Giáo dục và Đào tạo"}},
		// ("e" before the question may say what it asks.)
		{q: "e nghe nói mức 4 là nộp với nhận kết quả online hết luôn, tỉnh mình có mấy cái như rứa ạ", kind: ask.KindFigure, want: []string{"30 dịch vụ"}},
		{q: "quý 1/2019 huyện nào tỷ lệ hồ sơ trực tuyến cao nhất, Can Lộc chứ gì", kind: ask.KindFigure, want: []string{"Huyện Lộc Hà 23,39%"}},
		{q: "mỗi xã có mấy DVC mức 3, xã mô cũng như xã mô à", kind: ask.KindFigure, want: []string{"35 dịch vụ"}},
		{q: "quý trước chỉ có Nghi Xuân với Vũ Quang chưa gửi báo cáo thôi à, hay còn huyện khác", kind: ask.KindFigure,
			want: []string{"Huyện Vũ Quang", "Huyện Nghi Xuân", "Huyện Cẩm Xuyên", "Huyện Lộc Hà"}},
	})
}

// TestOwnWholeAndOthers: the province is its own whole ("cả tỉnh … chiếm
// bao nhiêu %" is its rate); a share checked beside a count and its rate
// is the rate; one unit over another; the quarter of Tết; a bound before a
// bare number ("chưa tới 2000"); prices, tenders and the capital of Laos
// are no figure.
func TestOwnWholeAndOthers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "năm ni cả tỉnh hồ sơ nộp qua mạng đang chiếm bao nhiêu % ạ", kind: ask.KindNearest, want: []string{"5 tháng đầu năm 2019", "13,25%"}},
		{q: "Sở ban ngành có trang thông tin điện tử đủ 100% chưa", kind: ask.KindFigure, want: []string{"100%"}, not: []string{"Chưa có số liệu"}},
		{q: "Hương Khê quý 2/2019 có vượt Hồng Lĩnh không về tỷ lệ hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"13,73%", "18,64%", "4,91 điểm %"}},
		{q: "Thạch Hà tỷ lệ quý vừa rồi tăng mấy điểm so với quý có Tết", kind: ask.KindFigure, want: []string{"12,97%", "16,33%", "3,36 điểm %"}},
		{q: "sau Tết tới ngày 27/02 thì tổng hồ sơ dvc mức 3 4 trên cổng tỉnh là bao nhiêu a", kind: ask.KindFigure, want: []string{"1.636 hồ sơ"}},
		{q: "Năm 2018 tổng hồ sơ qua DVC mức 3, mức 4 chưa tới 2000 phải k", kind: ask.KindFigure, want: []string{"1.952 hồ sơ"}},
		{q: "doanh nghiệp so với kế hoạch năm 2019 còn hụt bao nhiêu", kind: ask.KindFigure, want: []string{"kế hoạch năm 2019: 75%"}, not: []string{"3.565"}},
		{q: "số đơn vị có trang thông tin điện tử cấp huyện", kind: ask.KindNoData, want: []string{"cấp huyện"}, not: []string{"toàn tỉnh"}},
		{q: "Viêng Chăn có bao nhiêu dịch vụ công trực tuyến?", kind: ask.KindOutOfScope},
		{q: "bên nào trúng thầu nâng cấp cổng TTĐT tỉnh vậy a", kind: ask.KindInfo, not: []string{"1.777"}},
		{q: "mỗi lớp tập huấn đơn giá bao nhiêu tiền ạ", kind: ask.KindNotUnderstood, not: []string{"2.025", "2 lớp"}},
	})
}

// TestBesidesLeftOut: something set aside in a clause closed by "thì",
// then something else asked, which holds nothing of it: the question
// without the clause; a list of units without one stays with the rules
// that take it out, and the rest of a whole is not made up.
func TestBesidesLeftOut(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "nếu không tính thuế thì ngành điện lực có mấy DVC mức 3", kind: ask.KindFigure, want: []string{"27 dịch vụ"}, not: []string{"154"}},
		{q: "Ngoài khối nhà nước thì ngành Điện lực với ngành Thuế cung cấp được bao nhiêu dịch vụ công mức 3 hả cháu?", kind: ask.KindFigure, want: []string{"181 dịch vụ"}},
		{q: "Ngoài cổng tỉnh thì Điện lực với Thuế cung cấp tổng cộng bao nhiêu DVC mức độ 3?", kind: ask.KindFigure, want: []string{"Tổng cộng: 181 dịch vụ"}},
		{q: "ngoài nguồn NQ22 thì lồng ghép được bn", kind: ask.KindFigure, want: []string{"2.680 triệu đồng"}, not: []string{"4.652"}},
		{q: "ngoai NS NQ22 thi long ghep dc bn tien", kind: ask.KindFigure, want: []string{"2.680 triệu đồng"}},
		{q: "không tính nguồn lồng ghép thì NQ22 đã cấp bao nhiêu", kind: ask.KindFigure, want: []string{"4.652 triệu đồng"}, not: []string{"2.680"}},
		{q: "TP Hà Tĩnh quý 2 không tính mức 4 thì có bao nhiêu DVC mức 3", kind: ask.KindFigure, want: []string{"118 dịch vụ"}},
		{q: "ngoài Can Lộc thì năm 2018 huyện nào còn tập huấn dvc trực tuyến, được bao nhiêu người", kind: ask.KindNoData},
		{q: "ngoài cấp xã thì còn lại bao nhiêu hồ sơ", kind: ask.KindNoData},
	})
}

// TestStatisticsWords: a statistician's growth index ("chỉ số phát triển
// (%)", the "%" the index's, not a rate), base and reported periods ("kỳ
// gốc", "kỳ báo cáo"), "số tuyệt đối lẫn số tương đối", "nửa đầu 2019",
// "giữa 2 quý", "DS các huyện", a how-to and returns by post (no figure).
func TestStatisticsWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Sở Tài chính Q2 so với Q1/2019: chỉ số phát triển số HS trực tuyến (%)?", kind: ask.KindFigure,
			want: []string{"chỉ số phát triển: 133,33%"}, not: []string{"Tỷ lệ hồ sơ"}},
		{q: "Chỉ số phát triển (%) của điểm minh bạch năm 2018 so với 2017 (lấy 2 chữ số thập phân)?", kind: ask.KindFigure, want: []string{"101,46%"}},
		{q: "Kỳ gốc 2017, kỳ báo cáo 2018: PCI của tỉnh tăng mấy bậc?", kind: ask.KindFigure, want: []string{"tăng 10 bậc"}},
		{q: "Chỉ số phát triển (%) số hồ sơ trực tuyến của TP Hà Tĩnh, kỳ báo cáo Q2 so với kỳ gốc Q1/2019?", kind: ask.KindFigure, want: []string{"134,44%"}},
		{q: "xã có trang TTĐT: cho xin cả số tuyệt đối lẫn số tương đối", kind: ask.KindFigure, want: []string{"221 đơn vị", "84%"}},
		{q: "5 tháng đàu 2019 số hồ sơ nộp qua dvc vs tỉ lệ đạt bn", kind: ask.KindFigure, want: []string{"6.704 hồ sơ", "13,25%"}},
		{q: "Hương Khê nửa đầu 2019 tổng hồ sơ tiếp nhận", kind: ask.KindFigure, want: []string{"6 tháng đầu năm 2019: 3.265 hồ sơ"}},
		{q: "Giữa 2 quý năm 2019, huyện nào có tỷ lệ HS trực tuyến tăng nhiều điểm % nhất?", kind: ask.KindFigure, want: []string{"Huyện Can Lộc +6,75"}},
		{q: "DS các huyện chưa gửi báo cáo quý 2/2019", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang", "Huyện Lộc Hà"}},
		{q: "Nói nôm na cứ 100 xã thì bao nhiêu xã có trang thông tin điện tử?", kind: ask.KindFigure, want: []string{"84%"}},
		{q: "hướng dẫn e cách scan hồ sơ để nộp lên cổng dvc với", kind: ask.KindOutOfScope},
		{q: "quý 2 Can Lộc trả kết quả qua bưu điện bao nhiêu hồ sơ", kind: ask.KindNotUnderstood, not: []string{"642"}},
	})
}

// TestFollowUpsLeftOutAndStatistics: "bỏ năm 2019 ra" ending a follow-up
// leaves that year out (it had given that very year's money); "số tương
// đối" after a count is its rate, "số tuyệt đối" after a rate its count;
// "so với kỳ gốc 2017" sets the year against the one asked.
func TestFollowUpsLeftOutAndStatistics(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "leftout", []chatCase{
		{turns: []string{"chuyên mục tư vấn hỗ trợ pháp lý được cấp tổng bao nhiêu", "năm 2019 thì", "bỏ năm 2019 ra"},
			want: []string{"năm 2017: nguồn NQ 22: 120", "năm 2018: nguồn NQ 22: 120"}, not: []string{"năm 2019: nguồn NQ 22: 60"}},
		{turns: []string{"năm 2018 số hồ sơ trực tuyến", "số tương đối tương ứng?"}, want: []string{"4,92%"}},
		{turns: []string{"tỷ lệ xã có trang thông tin điện tử", "số tuyệt đối?"}, want: []string{"221 đơn vị"}},
		{turns: []string{"PCI 2018 tỉnh đứng thứ mấy", "so với kỳ gốc 2017 lên mấy bậc?"}, want: []string{"tăng 10 bậc"}},
	})
}

// TestTypedOtherwise: a message typed in VIQR reads as if typed with its
// marks, before its "?" and "." are taken for a sentence's end; a scan's
// letters inside a number ("2Ol8") are its digits; a village's own
// figures, and a table's columns ("kẻ bảng 2 cột"), are no figure and no
// bound.
func TestTypedOtherwise(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "to^?ng so^' DVC mu+'c ddo^. 3 tre^n co^?ng DVC ti?nh hie^.n nay la` bao nhie^u ?", kind: ask.KindFigure, want: []string{"1.995 dịch vụ"}},
		{q: "So+? Xa^y du+.ng quy' 1 ty? le^. ho^` so+ tru+.c tuye^'n", kind: ask.KindNoData, not: []string{"11,09"}},
		{q: "Nghe^. An co' bao nhie^u DVC mu+'c 4", kind: ask.KindOutOfScope},
		{q: "Ca(n Lo^.c quy' 2 ty? le^. ho^` so+ tru+.c tuye^'n", kind: ask.KindFigure, want: []string{"27,73%"}},
		{q: "tỉ lệ hồ sơ trực tuyến/ tổng số hồ sơ năm 2O18 là 4,92 hay 4,29 %, bản photo nhòe quá", want: []string{"năm 2018: 4,92%"}, not: []string{"13,25", "2020"}},
		{q: "dịch vụ công của UBND cấp huyện có bao nhiêu, e kẻ bảng 2 cột mức 3 mức 4", kind: ask.KindFigure, want: []string{"1.385", "23 dịch vụ"}},
		{q: "thôn tui có bao nhiêu hộ dùng dịch vụ công", kind: ask.KindNotUnderstood, not: []string{"1.995"}},
		{q: "xóm em được phát mấy tờ rơi dịch vụ công", kind: ask.KindNotUnderstood, not: []string{"10.000"}},
	})
}
