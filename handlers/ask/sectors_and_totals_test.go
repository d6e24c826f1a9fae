package ask_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestQuartersSoFar: "từ đầu năm đến nay", "lũy kế từ đầu năm" of a unit
// that reports each quarter is the sum of the quarters ended so far (a
// rate, of their parts added), named as such; the reply's figure is the
// one the two quarters' replies add up to.
func TestQuartersSoFar(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, unit, figure string }{
		{"Từ đầu năm đến nay Can Lộc có bao nhiêu hồ sơ trực tuyến?", "Can Lộc", "số hồ sơ trực tuyến"},
		{"Sở Tài chính lũy kế từ đầu năm có bao nhiêu hồ sơ trực tuyến?", "Sở Tài chính", "số hồ sơ trực tuyến"},
		{"Từ đầu năm đến nay huyện Hương Sơn tiếp nhận bao nhiêu hồ sơ?", "huyện Hương Sơn", "tổng số hồ sơ tiếp nhận"},
	} {
		got := answerText(t, a, tc.asked)
		q1 := answerFigure(t, a, tc.figure+" của "+tc.unit+" quý 1/2019")
		q2 := answerFigure(t, a, tc.figure+" của "+tc.unit+" quý 2/2019")
		if v := figureIn(t, got); v != q1+q2 || !strings.Contains(got, "cộng dồn từ quý 1/2019 đến hết quý 2/2019") {
			t.Errorf("%q:\n%s\nwant %v + %v, named as the quarters so far", tc.asked, got, q1, q2)
		}
	}
	// A rate: of the parts of both quarters, not an average of the two.
	got := answerText(t, a, "Huyện Đức Thọ từ đầu năm đến nay tỷ lệ hồ sơ trực tuyến đạt bao nhiêu?")
	online := answerFigure(t, a, "số hồ sơ trực tuyến của Đức Thọ quý 1/2019") + answerFigure(t, a, "số hồ sơ trực tuyến của Đức Thọ quý 2/2019")
	all := answerFigure(t, a, "tổng số hồ sơ tiếp nhận của Đức Thọ quý 1/2019") + answerFigure(t, a, "tổng số hồ sơ tiếp nhận của Đức Thọ quý 2/2019")
	if want := formatCount(math.Round(10000*online/all)/100) + "%"; !strings.Contains(got, want) {
		t.Errorf("Đức Thọ so far: %s\nwant %v/%v", got, online, all)
	}
	// A unit that reported one quarter only has no sum: the quarter it
	// has, named as the nearest.
	if got := answerText(t, a, "Sở Y tế từ đầu năm đến nay có bao nhiêu hồ sơ trực tuyến"); !strings.Contains(got, "Chưa có số liệu cả") {
		t.Errorf("Sở Y tế so far: %s", got)
	}
}

// TestSectorsAndTotals: the vertical sectors named with the province's
// name ("Thuế Hà Tĩnh") or beside the sectors' level, "thêm" of the
// sectors, "tất cả bao nhiêu" of two figures, a count "cùng tỷ lệ tương
// ứng", a sentence after the question that tells what the figure is for,
// "để làm slide", "web": the plain question's reply, or a total of its
// figures; a count of people none of the figures counts, keys pressed
// with numbers: no figure.
func TestSectorsAndTotals(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Thuế Hà Tĩnh có mấy DVC mức độ 3 vậy", "Cục Thuế có bao nhiêu DVC mức 3"},
		{"điện lực Hà Tĩnh có mấy DVC mức 3", "ngành điện lực có bao nhiêu DVC mức 3"},
		{"Ngoài số của tỉnh, hai ngành Điện lực và Thuế cung cấp thêm bao nhiêu DVC mức độ 3?", "ngành dọc có bao nhiêu DVC mức 3"},
		{"Trong 181 DVC mức 3 của ngành dọc thì phần Điện lực là mấy?", "ngành điện lực có bao nhiêu DVC mức 3"},
		{"Tỉnh mình có bao nhiêu dịch vụ công trực tuyến mức 3? mình cần số để in vào tờ rơi cho đoàn viên đi phát", "toàn tỉnh có bao nhiêu DVC mức 3"},
		{"cho mình xin tỷ lệ hồ sơ trực tuyến năm 2018 với 5 tháng đầu 2019 để làm slide chiến dịch", "tỷ lệ hồ sơ trực tuyến năm 2018 và 5 tháng đầu năm 2019"},
		{"Đề nghị cung cấp số hồ sơ nộp trực tuyến 5 tháng đầu năm 2019 của toàn tỉnh cùng tỷ lệ tương ứng.", "số hồ sơ nộp trực tuyến và tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019"},
		{"cấp xã có web được bao nhiêu xã", "cấp xã có trang web được bao nhiêu xã"},
		// A year typed with a thousands mark or a space; "(theo báo cáo
		// Sở)" names the source, not an agency; "nơi nào", "TL"; the
		// number the resolution "giao"; "…, bao nhiêu DVC mức 4" after
		// those of level 3 added is those of level 4 added.
		{"NAM 2.018 CO BAO NHIEU HO SO NOP TRUC TUYEN", "số hồ sơ nộp trực tuyến năm 2018"},
		{"NAM 2 018 HO SO NOP QUA MANG BAO NHIU", "số hồ sơ nộp trực tuyến năm 2018"},
		{"Tỷ lệ hồ sơ nộp trực tuyến năm 2018 của tỉnh (theo báo cáo Sở)", "tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh năm 2018"},
		{"QUY 1 HUYEN KY ANH VOI TX KY ANH NOI NAO TL CAO HON", "quý 1/2019 tỷ lệ hồ sơ trực tuyến của huyện Kỳ Anh với thị xã Kỳ Anh đơn vị nào cao hơn"},
		{"NQ 22 GIAO 50 DVC MUC 4,DEN NAY DAT MAY PHAN TRAM", "DVC mức 4 triển khai thêm đạt bao nhiêu % mục tiêu NQ 22"},
		{"Chỉ tiêu NQ 22 là phát triển thêm bao nhiêu DVC mức 3, bao nhiêu DVC mức 4?", "mục tiêu NQ 22 phát triển thêm bao nhiêu DVC mức 3 và mức 4"},
		// The bot addressed as "Trợ lý"; two questions joined by "đồng
		// thời", each answered.
		{"Em chào Trợ lý, tổng kinh phí đã cấp từ nguồn thực hiện Nghị quyết 22 cho các dự án là bao nhiêu ạ?", "tổng kinh phí đã cấp từ nguồn Nghị quyết 22"},
		{"Thưa Trợ lý, thứ hạng PCI năm 2017 và năm 2018 của Hà Tĩnh lần lượt là bao nhiêu ạ? Nhờ hệ thống đánh giá giúp em mức độ chuyển biến.", "thứ hạng PCI của tỉnh năm 2017 và năm 2018"},
		// Who needs the figure, after the question; the money still
		// needed as the budget asks it; a count "trên tổng số bao nhiêu".
		{"Em chào Trợ lý, năm 2018 toàn tỉnh có bao nhiêu hồ sơ trực tuyến ạ? Đ/c PCT cần gấp.", "số hồ sơ trực tuyến toàn tỉnh năm 2018"},
		{"dự toán 2020 cần bổ sung cho NQ22 là bao nhiêu triệu", "kinh phí còn thiếu cần bố trí năm 2020"},
		{"Quý 2 năm nay những huyện nào chưa nộp báo cáo quý hả đồng chí?", "huyện nào chưa nộp báo cáo quý 2/2019"},
		{"UBND cấp huyện có web TTĐT tỷ lệ bao nhiêu", "tỷ lệ cấp huyện có trang web"},
		{"YTD tổng hs tiếp nhận Hương Khê 2019", "tổng số hồ sơ tiếp nhận của Hương Khê từ đầu năm đến nay"},
		// A retired official's past around the question ("hồi năm 2014 …
		// còn đi làm", "nghỉ hưu đã mấy năm nay", "Bác quê Can Lộc …"):
		// told, not asked.
		{"Cháu ơi, bác hồi năm 2014 còn đi làm thì dịch vụ công trực tuyến mức 3 của tỉnh đếm trên đầu ngón tay thôi. Chừ cho bác hỏi trên Cổng DVC của tỉnh có bao nhiêu dịch vụ mức 3?",
			"toàn tỉnh có bao nhiêu DVC mức 3"},
		{"Kính gửi đồng chí, tôi nghỉ hưu đã mấy năm nay, ngày trước mức 4 hầu như chưa có gì. Xin đồng chí cho biết hiện nay Cổng dịch vụ công của tỉnh có bao nhiêu dịch vụ công mức 4?",
			"toàn tỉnh có bao nhiêu DVC mức 4"},
		{"Năm 2018 huyện Can Lộc tổ chức tuyên truyền, hướng dẫn dịch vụ công cho bao nhiêu người dân, doanh nghiệp vậy cháu? Bác quê Can Lộc nên muốn biết.",
			"Năm 2018 huyện Can Lộc tổ chức tuyên truyền, hướng dẫn dịch vụ công cho bao nhiêu người dân, doanh nghiệp?"},
		{"Đồng chí cho tôi hỏi các cơ quan cấp tỉnh, tức là khối sở ban ngành, hiện đang cung cấp bao nhiêu DVC mức độ 3 ạ? Hồi tôi còn công tác thì con số này còn ít lắm.",
			"khối sở có bao nhiêu DVC mức 3"},
		{"quý 1/2019 huyện Cẩm Xuyên nhận bao nhiêu hồ sơ trực tuyến trên tổng số bao nhiêu hồ sơ ạ?", "số hồ sơ trực tuyến và tổng số hồ sơ tiếp nhận của Cẩm Xuyên quý 1/2019"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	// A sector set against a level of the province's units: each, and
	// the difference of the two.
	got := answerText(t, a, "Thưa Trợ lý, quý 2/2019 có bao nhiêu đơn vị cấp huyện đã nộp báo cáo, đồng thời bao nhiêu sở đã nộp ạ?")
	for _, q := range []string{"quý 2/2019 có bao nhiêu đơn vị cấp huyện đã nộp báo cáo", "quý 2/2019 có bao nhiêu sở đã nộp báo cáo"} {
		if want := body(answerText(t, a, q)); !strings.Contains(got, want) {
			t.Errorf("đồng thời:\n%s\nwant %q", got, want)
		}
	}
	got = answerText(t, a, "Dạ, có bao nhiêu dự án trong phụ lục do Sở Nội vụ chủ trì ạ? Đồng thời nhờ Trợ lý cho em biết tổng số dự án để em tính tỷ trọng.")
	for _, q := range []string{"có bao nhiêu dự án do Sở Nội vụ chủ trì", "có tổng số bao nhiêu dự án"} {
		if want := body(answerText(t, a, q)); !strings.Contains(got, want) {
			t.Errorf("đồng thời … cho em biết tổng số:\n%s\nwant %q", got, want)
		}
	}
	got = answerText(t, a, "Số DVC mức 3 của ngành Thuế ít hơn khối sở ngành cấp tỉnh bao nhiêu ạ")
	tax, agencies := answerFigure(t, a, "Cục Thuế có bao nhiêu DVC mức 3"), answerFigure(t, a, "khối sở có bao nhiêu DVC mức 3")
	if !strings.Contains(got, formatCount(agencies-tax)+" dịch vụ") {
		t.Errorf("ngành Thuế ít hơn khối sở: %s\nwant %v − %v", got, agencies, tax)
	}
	got = answerText(t, a, "Năm 2017 báo HT đăng tất cả bao nhiêu bài và tin ảnh")
	sum := answerFigure(t, a, "số bài viết về CCHC của Báo Hà Tĩnh năm 2017") + answerFigure(t, a, "số tin, ảnh về CCHC của Báo Hà Tĩnh năm 2017")
	if !strings.Contains(got, "Tổng cộng: "+formatCount(sum)) {
		t.Errorf("tất cả bài và tin ảnh: %s\nwant the total %v", got, sum)
	}
	for _, q := range []string{
		"Có bao nhiêu đoàn viên tham gia chiến dịch tình nguyện hỗ trợ dịch vụ công?",
		"dvc dvc dvc 123 456",
	} {
		ans, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
}

// TestFollowUpsOfGroupsAndQuarters: two quarters set against each other
// after a unit's quarters are that unit's; "tỷ lệ chung" after a level's
// count of a quarter is that level's rate of that quarter, and a new
// quarter keeps the level; "có huyện nào giảm không" after those that
// rose is those that fell between the same quarters; "cùng chỉ tiêu đó
// năm ngoái" is the figure before, not its target; "chênh nhau" after a
// sector and a level; "phải nộp" after who reported; "ở đâu" after a
// figure whose words say where.
func TestFollowUpsOfGroupsAndQuarters(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for i, tc := range []struct {
		turns []string
		same  string
	}{
		{[]string{"Sở Tài chính quý 2/2019 có bao nhiêu hồ sơ trực tuyến?", "quý 1 năm nay được bao nhiêu?", "quý 2 hơn quý 1 bao nhiêu hồ sơ?"},
			"số hồ sơ trực tuyến của Sở Tài chính quý 2/2019 hơn quý 1/2019 bao nhiêu"},
		{[]string{"toàn tỉnh quý 2 tỉ lệ hồ sơ trực tuyến", "quý 1", "vậy quý 2 hơn quý 1 mấy điểm %"},
			"tỷ lệ hồ sơ trực tuyến toàn tỉnh quý 2/2019 hơn quý 1/2019 mấy điểm %"},
		{[]string{"Các huyện quý 1/2019 có tổng bao nhiêu hồ sơ trực tuyến?", "tỷ lệ chung của các huyện?"},
			"tỷ lệ hồ sơ trực tuyến chung của các huyện quý 1/2019"},
		{[]string{"Các sở đã báo cáo quý 2/2019 có tổng bao nhiêu hồ sơ nộp trực tuyến?", "Tỷ lệ chung của các sở?", "Quý 1/2019 tỷ lệ chung là bao nhiêu?"},
			"tỷ lệ hồ sơ trực tuyến chung của các sở quý 1/2019"},
		{[]string{"huyện nào tăng tỷ lệ hồ sơ trực tuyến nhiều nhất từ quý 1 lên quý 2", "có huyện nào bị giảm không"},
			"huyện nào bị giảm tỷ lệ hồ sơ trực tuyến từ quý 1 lên quý 2"},
		{[]string{"Số hồ sơ trực tuyến toàn tỉnh 5 tháng đầu năm 2019?", "Cùng chỉ tiêu đó năm ngoái được bao nhiêu?"},
			"số hồ sơ trực tuyến toàn tỉnh năm 2018"},
		// A sector and a level each, then "chênh nhau"; out of how many
		// after who reported; where, after a figure whose words say it.
		{[]string{"số DVC mức 3 ngành Thuế và khối sở cấp tỉnh mỗi bên bao nhiêu", "chênh nhau bao nhiêu"},
			"Số DVC mức 3 của ngành Thuế ít hơn khối sở ngành cấp tỉnh bao nhiêu"},
		{[]string{"quý 1/2019 bao nhiêu đơn vị nộp báo cáo", "trên tổng số bao nhiêu đơn vị phải nộp"}, "quý 1/2019 bao nhiêu đơn vị nộp báo cáo"},
		{[]string{"quý 1 năm nay mở được mấy lớp tập huấn", "mở ở đâu vậy"}, "quý 1/2019 mở được mấy lớp tập huấn"},
		// "Dạ" before a choice typed; "dự án", "báo", "huyện" alone after
		// one of them: that one.
		{[]string{"Kính gửi, quý 1/2019 Kỳ Anh có bao nhiêu DVC mức 3 ạ?", "Dạ thị xã ạ"}, "số DVC mức 3 của thị xã Kỳ Anh quý 1/2019"},
		{[]string{"dự án nâng cấp Cổng TTĐT tỉnh đã được cấp bao nhiêu kinh phí ạ?", "Dạ, riêng năm 2018 dự án được cấp bao nhiêu ạ?"},
			"dự án nâng cấp cổng TTĐT tỉnh năm 2018 được cấp bao nhiêu"},
		{[]string{"năm 2018 Báo Hà Tĩnh đăng bao nhiêu tin, bài về cải cách hành chính ạ?", "Dạ, năm 2017 báo đăng bao nhiêu bài ạ?"},
			"số bài viết về CCHC của Báo Hà Tĩnh năm 2017"},
		{[]string{"huyện Can Lộc quý 2/2019 tiếp nhận bao nhiêu hồ sơ trực tuyến", "Dạ, quý 1/2019 huyện tiếp nhận bao nhiêu hồ sơ trực tuyến ạ?"},
			"số hồ sơ trực tuyến của Can Lộc quý 1/2019"},
		{[]string{"Tỷ lệ hồ sơ trực tuyến quý 2/2019 của Kỳ Anh là bao nhiêu hả đồng chí?", "huyện cháu ạ"}, "tỷ lệ hồ sơ trực tuyến của huyện Kỳ Anh quý 2/2019"},
		{[]string{"Thị xã Hồng Lĩnh quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến vậy đồng chí?", "tổng hồ sơ tiếp nhận quý 2 là bao nhiêu?"},
			"tổng số hồ sơ tiếp nhận của thị xã Hồng Lĩnh quý 2/2019"},
		{[]string{"Q1/2019 tổ chức mấy lớp tập huấn", "bn người tham dự"}, "số người tham gia tập huấn quý 1/2019"},
	} {
		ans := lastReply(t, a, ask.Chat{Platform: "test", ID: strings.Repeat("g", i+1)}, tc.turns)
		if want := body(answerText(t, a, tc.same)); body(ans.Text) != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.turns, ans.Text, tc.same, want)
		}
	}
}

// TestOtherProvincesAndSpans: other provinces ranked, a place "cả nước"
// by a figure only this province has, a translation: no figure; "cộng
// dồn 2 quý", a project's money "từ 2017 đến hết 2018", "bố trí thêm …
// nữa", "cả số hồ sơ lẫn tỷ lệ": the figures their plain questions give,
// added where asked.
func TestOtherProvincesAndSpans(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	// A chart asked with which is highest: the answer in words, the
	// chart after it.
	if got, want := answerText(t, a, "vẽ giúp biểu đồ cột kinh phí NQ22 theo từng dự án, dự án nào cao nhất"), body(answerText(t, a, "dự án nào được cấp từ nguồn NQ 22 nhiều nhất")); !strings.Contains(got, want) {
		t.Errorf("biểu đồ và cao nhất:\n%s\nwant %q", got, want)
	}
	for _, q := range []string{
		"top 10 tỉnh PCI cao nhất cả nước 2018",
		"Hà Tĩnh đứng thứ mấy cả nước về tỷ lệ hồ sơ trực tuyến",
		"dịch giúp câu này sang tiếng Anh: cải cách hành chính",
	} {
		ans, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
	if got, want := body(answerText(t, a, "PCI 2018 tỉnh mình đứng thứ mấy cả nước")), body(answerText(t, a, "thứ hạng PCI năm 2018")); got != want {
		t.Errorf("PCI cả nước:\n%s\nwant:\n%s", got, want)
	}
	sum := answerFigure(t, a, "số hồ sơ trực tuyến của Sở TT&TT quý 1/2019") + answerFigure(t, a, "số hồ sơ trực tuyến của Sở TT&TT quý 2/2019")
	if v := figureIn(t, answerText(t, a, "sở TT&TT cộng dồn 2 quý nộp online bao nhiêu hồ sơ")); v != sum {
		t.Errorf("cộng dồn 2 quý: %v, want %v", v, sum)
	}
	sum = answerFigure(t, a, "số hồ sơ trực tuyến của Hương Sơn quý 1/2019") + answerFigure(t, a, "số hồ sơ trực tuyến của Hương Sơn quý 2/2019")
	if v := figureIn(t, answerText(t, a, "cộng 2 quý Hương Sơn nộp trực tuyến được bao nhiêu hồ sơ")); v != sum {
		t.Errorf("cộng 2 quý: %v, want %v", v, sum)
	}
	got := answerText(t, a, "lũy kế vốn dự án nâng cấp cổng TTĐT tỉnh từ 2017 đến hết 2018 là bao nhiêu")
	years := figureIn(t, answerText(t, a, "dự án nâng cấp cổng TTĐT tỉnh năm 2017 được cấp bao nhiêu")) +
		figureIn(t, answerText(t, a, "dự án nâng cấp cổng TTĐT tỉnh năm 2018 được cấp bao nhiêu"))
	if !strings.Contains(got, "Tổng cộng: "+formatCount(years)+" triệu đồng") {
		t.Errorf("từ 2017 đến hết 2018: %s\nwant the two years added, %v", got, years)
	}
	gap := answerFigure(t, a, "kinh phí còn thiếu cần bố trí năm 2020")
	if got := answerText(t, a, "Năm 2020 phải bố trí thêm bao nhiêu vốn nữa cho các hạng mục NQ22?"); !strings.Contains(got, formatCount(gap)) {
		t.Errorf("bố trí thêm … nữa: %s\nwant %v", got, gap)
	}
	if got, want := body(answerText(t, a, "cho mình cả số hồ sơ lẫn tỷ lệ trực tuyến của năm 2018")), body(answerText(t, a, "số hồ sơ và tỷ lệ hồ sơ trực tuyến năm 2018")); got != want {
		t.Errorf("cả … lẫn …:\n%s\nwant:\n%s", got, want)
	}
}

// TestFiguresQuotedToCheck: "có phải vậy ko", "đúng vậy chứ", "hay đánh
// máy nhầm" check the numbers quoted against the figure the words ask;
// "bản tin" is a figure's name, not where the number was read; a number
// quoted of a figure the reply does not give is not said to differ.
func TestFiguresQuotedToCheck(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct {
		asked, same string
		matches     bool
	}{
		{"BC ghi cấp tỉnh 610 dvc mức 3, có phải vậy ko ạ", "khối sở có bao nhiêu DVC mức 3", true},
		{"Tôi thấy chỗ cấp huyện ghi 1.358 DVC mức 3, có phải vậy không hay đánh máy nhầm", "cấp huyện có bao nhiêu DVC mức 3", false},
	} {
		got := answerText(t, a, tc.asked)
		if want := body(answerText(t, a, tc.same)); !strings.Contains(got, want) || strings.Contains(got, "không khớp") == tc.matches || !strings.Contains(got, "khớp") {
			t.Errorf("%q:\n%s\nwant %q and whether it matches (%v)", tc.asked, got, want, tc.matches)
		}
	}
	got := answerText(t, a, "Bc ghi năm 2018 đài PTTH phát 470 bản tin và làm 9 chuyên đề, đúng vậy chứ")
	for _, q := range []string{"số bản tin của Đài PTTH năm 2018", "số chuyên đề của Đài PTTH năm 2018"} {
		if want := lastSentence(body(answerText(t, a, q))); !strings.Contains(got, want) || strings.Contains(got, "không khớp") {
			t.Errorf("bản tin và chuyên đề:\n%s\nwant %q, nothing said to differ", got, want)
		}
	}
}

// TestGrowthRates: "tốc độ tăng" of a count is its change in percent as
// well, % named or not; of a rate, only "tăng tương đối" is, its points
// otherwise.
func TestGrowthRates(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	q1 := answerFigure(t, a, "số hồ sơ trực tuyến của huyện Kỳ Anh quý 1/2019")
	q2 := answerFigure(t, a, "số hồ sơ trực tuyến của huyện Kỳ Anh quý 2/2019")
	want := "+" + formatCount(math.Round((q2-q1)/q1*10000)/100) + "%"
	if got := answerText(t, a, "Tốc độ tăng hồ sơ trực tuyến của huyện Kỳ Anh quý 2 so với quý 1/2019?"); !strings.Contains(got, want) {
		t.Errorf("tốc độ tăng: %s\nwant %s", got, want)
	}
	h1 := answerFigure(t, a, "số hồ sơ trực tuyến của huyện Hương Sơn quý 1/2019")
	h2 := answerFigure(t, a, "số hồ sơ trực tuyến của huyện Hương Sơn quý 2/2019")
	if got, want := answerText(t, a, "Tăng trưởng hồ sơ trực tuyến của huyện Hương Sơn giữa quý 1 và quý 2/2019 (%)?"), "+"+formatCount(math.Round((h2-h1)/h1*10000)/100)+"%"; !strings.Contains(got, want) {
		t.Errorf("tăng trưởng (%%): %s\nwant %s", got, want)
	}
	y18 := answerFigure(t, a, "tỷ lệ hồ sơ trực tuyến năm 2018")
	m19 := answerFigure(t, a, "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019")
	want = "+" + formatCount(math.Round((m19-y18)/y18*10000)/100) + "%"
	if got := answerText(t, a, "Tốc độ tăng tương đối của tỷ lệ hồ sơ trực tuyến (5 tháng 2019 so với năm 2018) là bao nhiêu %?"); !strings.Contains(got, want) {
		t.Errorf("tăng tương đối của tỷ lệ: %s\nwant %s", got, want)
	}
	if got := answerText(t, a, "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019 tăng bao nhiêu so với năm 2018"); strings.Contains(got, want) {
		t.Errorf("a rate's change is in points: %s", got)
	}
}

// lastReply is the reply to the last of turns said in one chat.
func lastReply(t *testing.T, a *ask.Answerer, chat ask.Chat, turns []string) ask.Answer {
	t.Helper()
	var ans ask.Answer
	for _, turn := range turns {
		var err error
		if ans, err = a.Converse(context.Background(), chat, turn); err != nil {
			t.Fatal(err)
		}
	}
	return ans
}
