package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFiguresQuotedBack: the bot's own figures said back before a
// follow-up are no values asked. "13,25 là chỉ 5 tháng thôi hả, thế cả năm
// 2018 được mấy %" gave 13,25% again; "ngoài 470 cái đó thì …" was refused
// as a remainder; "2.849 hồ sơ đó trên tổng bao nhiêu hồ sơ tiếp nhận"
// was refused as a share; "cộng lại" after two agencies gave the last one.
func TestFiguresQuotedBack(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "quoted", []chatCase{
		{[]string{"tỉ lệ hồ sơ nộp trực tuyến 5 tháng đầu 2019 bao nhiêu", "13,25 là chỉ 5 tháng thôi hả, thế cả năm 2018 được mấy %"},
			[]string{"năm 2018: 4,92%"}, []string{"13,25"}},
		{[]string{"tỉ lệ hồ sơ nộp trực tuyến 5 tháng đầu 2019 bao nhiêu", "13,25 là chỉ 5 tháng thôi hả, thế cả năm 2018 được mấy %",
			"từ 4,92 lên 13,25 là lên được mấy điểm % vậy"}, []string{"tăng 8,33 điểm %"}, nil},
		{[]string{"PCI 2018 tỉnh mình xếp thứ mấy vậy bot", "hạng 23 đó là năm 2018, thế năm 2017 đứng thứ mấy"},
			[]string{"năm 2017: hạng 33"}, []string{"hạng 23"}},
		{[]string{"năm 2018 đài PTTH tỉnh phát sóng bao nhiêu bản tin, phóng sự", "ngoài 470 cái đó thì đài làm được mấy chuyên đề"},
			[]string{"9 chuyên đề"}, nil},
		{[]string{"TP Hà Tĩnh quý 2 có bao nhiêu hồ sơ nộp trực tuyến", "812 hồ sơ đó là trên tổng bao nhiêu hồ sơ tiếp nhận"},
			[]string{"Thành phố Hà Tĩnh quý 2/2019: 3.950 hồ sơ"}, []string{"toàn tỉnh"}},
		{[]string{"TP Hà Tĩnh quý 2 có bao nhiêu hồ sơ nộp trực tuyến", "812 hồ sơ đó là trên tổng bao nhiêu hồ sơ tiếp nhận", "ra tỷ lệ bao nhiêu %"},
			[]string{"20,56%"}, nil},
		{[]string{"tỷ lệ văn bản ký số gửi nhận trực tuyến", "ngoài 100% đó thì bao nhiêu % văn bản còn gửi kèm bản giấy"},
			[]string{"song song với bản giấy", "5%"}, nil},
		// Two agencies asked in turn, then added.
		{[]string{"ngành điện lực có bao nhiêu dvc mức 3", "ngành thuế thì sao", "27 với 154 cộng lại là bao nhiêu"},
			[]string{"Tổng cộng: 181 dịch vụ"}, nil},
		{[]string{"ngành điện lực có bao nhiêu dvc mức 3", "ngành thuế thì sao", "cộng lại"},
			[]string{"Tổng cộng: 181 dịch vụ"}, nil},
		// A number of the question that is no figure given stays asked.
		{[]string{"tỉ lệ hồ sơ nộp trực tuyến 5 tháng đầu 2019 bao nhiêu", "huyện nào trên 20% quý 2"},
			[]string{"Can Lộc", "Thành phố Hà Tĩnh"}, nil},
	})
}

// TestRanksAsked: a unit's place asked in a journalist's words ("nằm ở
// vị trí số mấy trên bảng", "có lọt top 2 không, hạng mấy", "trong toàn
// bộ 17 đơn vị"), in two quarters with the move between them, or with no
// quarter (asked back); the unit at a place ("xếp số 2 … là ai", "áp
// chót"); "top ba"; every unit "xếp theo thứ tự".
func TestRanksAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Quý 1/2019 Can Lộc nằm ở vị trí số mấy trên bảng tỷ lệ hồ sơ trực tuyến của các đơn vị cấp huyện?", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc đứng thứ 2/12 đơn vị cấp huyện"}},
		{q: "Thạch Hà xếp hạng mấy về tỷ lệ nộp hồ sơ qua mạng quý 1/2019 so với các đơn vị cấp huyện khác?", kind: ask.KindFigure,
			want: []string{"Huyện Thạch Hà đứng thứ 6/12"}},
		{q: "Sở TT&TT xếp thứ mấy trong toàn bộ 17 đơn vị nộp báo cáo quý 1/2019 về tỷ lệ HS trực tuyến?", kind: ask.KindFigure,
			want: []string{"đứng thứ 8/17", "10,99%"}},
		{q: "Khối sở quý 1/2019, Sở Công Thương có lọt top 2 tỷ lệ hồ sơ trực tuyến không, hạng mấy?", kind: ask.KindFigure,
			want: []string{"Sở Công Thương đứng thứ 2/5"}},
		{q: "Sở GD&ĐT quý 2/2019 đứng thứ mấy trên bảng tổng (cả sở lẫn huyện) về tỷ lệ hồ sơ online?", kind: ask.KindFigure,
			want: []string{"đứng thứ 9/12", "8,24%"}},
		{q: "Huyện Kỳ Anh từ hạng mấy quý 1 lên hạng mấy quý 2/2019 về tỷ lệ online cấp huyện?", kind: ask.KindFigure,
			want: []string{"thứ 11/12", "quý 1/2019", "thứ 7/9", "quý 2/2019", "Tăng 4 bậc"}},
		{q: "Can Lộc quý 2/2019 thăng hạng hay tụt hạng về tỷ lệ hồ sơ trực tuyến so với quý 1?", kind: ask.KindFigure,
			want: []string{"thứ 2/12", "thứ 1/9", "Tăng 1 bậc"}},
		{q: "Can Lộc xếp hạng mấy về tỷ lệ nộp hồ sơ online?", kind: ask.KindAsk, want: []string{"quý 2/2019", "quý 1/2019"}},
		// A rank stored as the figure itself is still that figure.
		{q: "PCI tỉnh mình tăng 10 bậc đúng không em, từ hạng mấy lên hạng mấy", kind: ask.KindFigure, want: []string{"hạng 33", "hạng 23"}},
		{q: "sàn tmđt gian hàng mấy", kind: ask.KindFigure, want: []string{"202 gian hàng"}},
		// The unit at a place.
		{q: "Xếp số 2 về số DVC mức 4 quý 2/2019 trong các địa phương là ai vậy?", kind: ask.KindFigure, want: []string{"2. Thị xã Hồng Lĩnh 9 dịch vụ"}},
		{q: "hạng nhì tỷ lệ hồ sơ trực tuyến quý 1 cấp huyện là ai", kind: ask.KindFigure, want: []string{"2. Huyện Can Lộc 20,98%"}},
		{q: "Quý 1/2019, địa phương nào áp chót (đứng thứ 11) về tỷ lệ hồ sơ trực tuyến?", kind: ask.KindFigure,
			want: []string{"1. Huyện Hương Sơn 2,33%; 2. Huyện Kỳ Anh 4,89%"}},
		{q: "Top ba tỷ lệ hồ sơ online quý 2/2019 cấp huyện?", kind: ask.KindFigure,
			want: []string{"1. Huyện Can Lộc 27,73%", "3. Thị xã Hồng Lĩnh 18,64%"}, not: []string{"4."}},
		{q: "Quý mới nhất, tốp đầu khối sở về tỷ lệ hồ sơ trực tuyến gồm những sở nào, xếp theo thứ tự giúp mình", kind: ask.KindFigure,
			want: []string{"1. Sở Thông tin và Truyền thông 14,18%", "3. Sở Giáo dục và Đào tạo 8,24%"}},
	})
}

// TestPlannersPeriodsAndBounds: "19Q1", "H1-2019", "FY18" are periods (the
// quarter was asked back, or the latest ranked); "đã quá 2000 chưa" is a
// bound, not the year 2000; a bound in percent with no figure named is a
// bound of the one rate units report.
func TestPlannersPeriodsAndBounds(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Huyện nào tỷ lệ hồ sơ trực tuyến thấp nhất 19Q1?", kind: ask.KindFigure, want: []string{"quý 1/2019", "Huyện Hương Sơn 2,33%"}},
		{q: "Can Loc 19Q1 ty le ho so online", kind: ask.KindFigure, want: []string{"20,98%"}},
		{q: "Cho hỏi tỷ lệ hồ sơ trực tuyến H1-2019 toàn tỉnh theo báo cáo của Sở", want: []string{"13,25%"}},
		{q: "TP Hà Tĩnh H1-2019 tổng hồ sơ tiếp nhận", kind: ask.KindFigure, want: []string{"7.670"}},
		{q: "ty le ho so truc tuyen FY18", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "Toàn tỉnh giờ có bao nhiêu dịch vụ công trực tuyến rồi nhỉ, đã quá 2000 chưa?", kind: ask.KindFigure,
			want: []string{"1.995 dịch vụ", "30 dịch vụ"}, not: []string{"năm 2000"}},
		{q: "Hương Khê có dưới 10% không", kind: ask.KindAsk, want: []string{"tỷ lệ hồ sơ nộp trực tuyến", "quý 1/2019"}},
		{q: "quý 2 còn đơn vị nào dưới 3% không", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ 2,86%"}},
	})
	ans := lastReply(t, a, ask.Chat{Platform: "test", ID: "bound"}, []string{"quý 2 huyện nào tỷ lệ trực tuyến cao nhất, có ai trên 25% không", "thấp nhất thì sao"})
	checkText(t, "thấp nhất thì sao", ans.Text, []string{"Huyện Đức Thọ 2,86%"}, []string{"trên 25%"})
}
