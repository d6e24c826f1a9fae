package ask_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestListedQuestions: a message that letters or dashes its questions,
// after words that name their period or before a sentence about them,
// gets each item's reply as the item asked alone (with the period the
// words before them name) would.
func TestListedQuestions(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct {
		asked string
		each  []string
	}{
		{"Tôi đang đối chiếu số liệu, kính mong Trợ lý cho biết: a) DVC mức 3 cấp tỉnh; b) DVC mức 3 cấp huyện; c) tổng DVC mức 3 toàn tỉnh. Cộng a với b có khớp c không ạ?",
			[]string{"DVC mức 3 cấp tỉnh", "DVC mức 3 cấp huyện", "tổng DVC mức 3 toàn tỉnh"}},
		{"Kính mong cho biết năm 2018: - số hồ sơ nộp trực tuyến; - tỷ lệ trên tổng số hồ sơ.",
			[]string{"số hồ sơ nộp trực tuyến năm 2018", "tỷ lệ hồ sơ nộp trực tuyến năm 2018"}},
		{"Kính hỏi: a) tổng hồ sơ DVC mức 3, 4 đến 27/02/2019; b) trong đó hồ sơ cấp xã",
			[]string{"số hồ sơ nộp trực tuyến đến 27/02/2019", "số hồ sơ nộp trực tuyến cấp xã đến 27/02/2019"}},
	} {
		got := body(answerText(t, a, tc.asked))
		for _, q := range tc.each {
			if want := body(answerText(t, a, q)); !strings.Contains(got, want) {
				t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, q, want)
			}
		}
		if strings.Contains(got, "Chưa có số liệu") {
			t.Errorf("%q:\n%s\nstates a figure no item asks", tc.asked, got)
		}
	}
}

// TestRestOfWhole: the whole without one level ("ngoài cấp xã", "trừ đi
// phần cấp xã", "phần còn lại không phải cấp xã") is the province's
// figure less the level's, both as stated by the plain questions.
func TestRestOfWhole(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	whole := figureIn(t, answerText(t, a, "số hồ sơ nộp trực tuyến toàn tỉnh đến 27/02/2019"))
	part := figureIn(t, lastSentence(body(answerText(t, a, "số hồ sơ nộp trực tuyến cấp xã đến 27/02/2019"))))
	want := formatCount(whole - part)
	for _, q := range []string{
		"số hồ sơ trực tuyến đến 27/02/2019 ngoài cấp xã là bao nhiêu",
		"số hồ sơ trực tuyến toàn tỉnh đến 27/02/2019 trừ đi phần cấp xã còn bao nhiêu",
		"số hồ sơ trực tuyến đến 27/02/2019 không tính cấp xã là bao nhiêu",
		"số hồ sơ trực tuyến đến 27/02/2019 phần còn lại không phải cấp xã là bao nhiêu",
	} {
		if got := answerText(t, a, q); !strings.Contains(got, "còn lại: "+want+" hồ sơ") {
			t.Errorf("%q:\n%s\nwant the rest %s", q, got, want)
		}
	}
	// Two levels set against each other are a difference, not a rest.
	if got := answerText(t, a, "dvc4: cấp huyện trừ cấp tỉnh = ?"); strings.Contains(got, "còn lại") {
		t.Errorf("cấp huyện trừ cấp tỉnh:\n%s\nwant a difference", got)
	}
}

// TestReportingAndTopicFollowUps: "Khối các sở thì …" keeps the quarter
// asked before; "còn thiếu bao nhiêu đơn vị" after who reported is who
// has not.
func TestReportingAndTopicFollowUps(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for i, tc := range []struct {
		turns []string
		same  string
	}{
		{[]string{"Quý 1/2019 các huyện có tổng bao nhiêu hồ sơ trực tuyến?", "Khối các sở thì tỷ lệ chung được mấy %?"},
			"tỷ lệ hồ sơ trực tuyến của các sở quý 1/2019"},
		{[]string{"Quý 1/2019 mới có bao nhiêu đơn vị nộp ạ?", "Còn thiếu bao nhiêu đơn vị ạ?"},
			"quý 1/2019 còn bao nhiêu đơn vị chưa nộp báo cáo"},
		// After two periods side by side, "so với năm 2018" is from 2018
		// to the other one.
		{[]string{"Tỷ lệ hồ sơ nộp trực tuyến năm 2018?", "Dạ, 5 tháng đầu năm 2019 thì tỷ lệ ấy lên được mấy phần trăm ạ?",
			"Như rứa là tăng được mấy điểm phần trăm so với năm 2018, nhờ tính giùm tôi?"},
			"tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019 tăng bao nhiêu điểm so với năm 2018"},
		// A count, then "tỷ lệ … là mấy %", then "so với quý một" just
		// after quý 1 was asked.
		{[]string{"Huyện Hương Khê quý 2 có bao nhiêu hồ sơ nộp trực tuyến?", "tỷ lệ trên tổng số hồ sơ là mấy %"},
			"tỷ lệ hồ sơ trực tuyến của huyện Hương Khê quý 2/2019"},
		{[]string{"dạ thị xã hồng lĩnh quý hai nộp trực tuyến được bao nhiêu hồ sơ", "trên tổng số bao nhiêu hồ sơ"},
			"tổng số hồ sơ tiếp nhận của thị xã Hồng Lĩnh quý 2/2019"},
		{[]string{"thị xã hồng lĩnh quý hai có bao nhiêu hồ sơ trực tuyến", "tỉ lệ thì sao", "quý một",
			"ừ so với quý một thì hồ sơ trực tuyến tăng bao nhiêu"},
			"số hồ sơ trực tuyến của Hồng Lĩnh quý 2/2019 tăng bao nhiêu so với quý 1/2019"},
		{[]string{"chỉ số tính minh bạch và tiếp cận thông tin năm 2018 được mấy điểm rứa", "hơn năm trước mấy điểm rứa"},
			"chỉ số minh bạch năm 2018 tăng bao nhiêu điểm so với năm 2017"},
	} {
		chat := ask.Chat{Platform: "test", ID: strings.Repeat("r", i+1)}
		var ans ask.Answer
		for _, q := range tc.turns {
			var err error
			if ans, err = a.Converse(ctx, chat, q); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := body(ans.Text), body(answerText(t, a, tc.same)); !strings.Contains(got, want) {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.turns, got, tc.same, want)
		}
	}
}

// TestToldInOneBreath: a question typed in one breath after what the
// asker tells ("… anh em hỏi …", "… cho tui hỏi …") and before it ("…
// tui ú ớ không trả lời được") gets the reply of the question alone.
func TestToldInOneBreath(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"sáng ni đi họp giao ban mặt trận xã về anh em hỏi tỉnh mình chừ có bao nhiêu dịch vụ công mức 3 tui ú ớ không trả lời được nhờ cháu xem giùm",
			"toàn tỉnh có bao nhiêu dịch vụ công mức 3"},
		{"chiều qua đoàn giám sát hđnd huyện làm việc với xã có nhắc nghị quyết 22 cho tui hỏi kinh phí đã bố trí theo nghị quyết 22 là bao nhiêu",
			"kinh phí đã bố trí theo nghị quyết 22"},
		{"bữa họp hội đồng nhân dân xã có người hỏi quý 2 huyện hương sơn cung cấp bao nhiêu dịch vụ công mức 3 tui trả lời không được",
			"quý 2/2019 huyện Hương Sơn có bao nhiêu dịch vụ công mức 3"},
		{"hồi sáng họp giao ban mặt trận có chị hội phụ nữ hỏi tỉnh mình có bao nhiêu dịch vụ công mức 3 tui hứa về hỏi lại",
			"toàn tỉnh có bao nhiêu dịch vụ công mức 3"},
		{"xã tui có cậu công chức văn hóa kiêm luôn cntt nên tui quan tâm đào tạo bồi dưỡng cio và chuyên trách cntt lồng ghép được bao nhiêu tiền",
			"dự án đào tạo bồi dưỡng CIO và chuyên trách CNTT lồng ghép bao nhiêu"},
		{"hợp tác xã bên tui muốn đưa mật ong lên sàn thương mại điện tử của tỉnh sàn có bao nhiêu doanh nghiệp thành viên rứa",
			"sàn thương mại điện tử có bao nhiêu doanh nghiệp thành viên"},
		{"mặt trận huyện sắp sơ kết giữa năm cần số 6 tháng đầu năm 2019 hương sơn có bao nhiêu hồ sơ nộp trực tuyến cộng cả hai quý",
			"huyện Hương Sơn 6 tháng đầu năm 2019 có bao nhiêu hồ sơ nộp trực tuyến"},
		{"huyện tui hương sơn quý 2 tiếp nhận tất cả bao nhiêu hồ sơ thủ tục", "tổng số hồ sơ tiếp nhận của huyện Hương Sơn quý 2/2019"},
		{"hội nghị mặt trận huyện hôm qua có khen một huyện đứng đầu mà tui nghe không rõ quý 1 năm 2019 huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất",
			"quý 1/2019 huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất"},
		{"sở nào đã nộp báo cáo quý 2 kể tên giùm tui", "sở nào đã nộp báo cáo quý 2"},
		{"Tỷ lệ chung của các đơn vị báo cáo quý 2 so với quý 1 chênh bao nhiêu điểm phần trăm (dù số đơn vị báo cáo 2 kỳ khác nhau)?",
			"Tỷ lệ chung của các đơn vị báo cáo quý 2 so với quý 1 chênh bao nhiêu điểm phần trăm?"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); !strings.Contains(got, want) {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	// A unit with no data stays without: the words dropped would be the
	// unit asked.
	if ans, err := a.Answer(context.Background(), "Sở Xây dựng nộp bao nhiêu hồ sơ trực tuyến quý 2"); err != nil || ans.Kind.CarriesFigure() {
		t.Errorf("Sở Xây dựng: %v %s %v, want no figure", ans.Kind, ans.Text, err)
	}
}

// figureIn is the last figure a sentence states after a label ("…: 1.636
// hồ sơ", "… nguồn NQ 22: 110 triệu đồng"), read in Vietnamese digits.
func figureIn(t *testing.T, text string) float64 {
	t.Helper()
	after := ""
	for rest := text; ; {
		_, next, ok := strings.Cut(rest, ": ")
		if !ok {
			break
		}
		if next != "" && next[0] >= '0' && next[0] <= '9' {
			after = next
		}
		rest = next
	}
	if after == "" {
		t.Fatalf("no figure in %q", text)
	}
	digits := strings.ReplaceAll(strings.Fields(after)[0], ".", "")
	v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", "."), 64)
	if err != nil {
		t.Fatalf("no figure in %q: %v", text, err)
	}
	return v
}

func formatCount(v float64) string { return vi.NewNumbers().Num(v) }

// TestSpokenForms: words of speech and of voice typing get the reply of
// the plain question(s): "sử nào" heard for "sở nào", "plan", "cổng dvc"
// (not "cộng"), "thêm nữa là", "với lại", "rồi thì", "tui ở X nhưng …",
// "cột … trong phụ lục", "báo cáo công bố", "mỗi bên chiếm bao nhiêu".
func TestSpokenForms(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct {
		asked string
		same  []string
		not   string
	}{
		{"quý 1 sử nào có tỷ lệ hồ sơ trực tuyến thấp nhất", []string{"quý 1/2019 sở nào có tỷ lệ hồ sơ trực tuyến thấp nhất"}, ""},
		{"quý 2 trong tất cả đơn vị, ai bét bảng tỷ lệ trực tuyến", []string{"quý 2/2019 đơn vị nào có tỷ lệ hồ sơ trực tuyến thấp nhất"}, ""},
		{"có mấy dự án chưa làm gì hết v", []string{"có bao nhiêu dự án chưa thực hiện"}, ""},
		{"ở xã làm được mấy thủ tục mức 3 trên mạng rứa", []string{"mỗi xã có bao nhiêu dịch vụ công mức 3"}, ""},
		{"quý 2 trong 13 địa phương ai đứng thứ hai về tỷ lệ trực tuyến", []string{"quý 2/2019 top 2 huyện có tỷ lệ hồ sơ trực tuyến cao nhất"}, ""},
		{"UBND cấp huyeejn có bao nhiêu dịch vụ công muwcs 3 ạ", []string{"cấp huyện có bao nhiêu dịch vụ công mức 3"}, ""},
		{"cổng dvc tỉnh ngoài mức 2 ra thì mức 3 có bao nhiêu cái thêm nữa là mức 4 có bao nhiêu",
			[]string{"toàn tỉnh có bao nhiêu DVC mức 3", "toàn tỉnh có bao nhiêu DVC mức 4"}, "Tổng cộng"},
		{"Cột lồng ghép trong phụ lục cộng lại chỉ 1.040 triệu, vậy con số tổng báo cáo công bố là bao nhiêu?",
			[]string{"kinh phí lồng ghép từ các nguồn khác"}, "đơn vị phải báo cáo"},
		{"tui ở hương sơn nhưng hỏi chuyện chung của tỉnh thôi toàn tỉnh có bao nhiêu dvc mức 3 rồi thì mỗi xã được mấy cái",
			[]string{"toàn tỉnh có bao nhiêu dvc mức 3", "mỗi xã có bao nhiêu dvc mức 3"}, "Hương Sơn"},
		{"pci năm ngoái xếp hạng mấy với lại điểm minh bạch năm ngoái bao nhiêu",
			[]string{"thứ hạng PCI năm 2018", "điểm chỉ số minh bạch năm 2018"}, ""},
		// A list of agencies pasted: their own initials ("SNV" is Sở Nội
		// vụ's, not also Sở Ngoại vụ's), "BQLKKT", "của hai sở".
		{"STC và STTTT quý II: tổng số hồ sơ nộp trực tuyến của hai sở là bao nhiêu?",
			[]string{"tổng số hồ sơ nộp trực tuyến của Sở Tài chính và Sở TT&TT quý 2/2019"}, ""},
		{"quý 2 huyện nào tỷ lệ nộp trực tuyến thấp nhất mong không phải hương sơn", []string{"quý 2/2019 huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất"}, ""},
		{"tập huấn cho dân và dn lồng ghép nguồn khác bn", []string{"dự án tập huấn cho người dân và doanh nghiệp lồng ghép nguồn khác bao nhiêu"}, ""},
	} {
		got := body(answerText(t, a, tc.asked))
		for _, q := range tc.same {
			if want := body(answerText(t, a, q)); !strings.Contains(got, want) {
				t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, q, want)
			}
		}
		if tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%q:\n%s\nwant no %q", tc.asked, got, tc.not)
		}
	}
	for q, want := range map[string]string{
		"STC - SCT - SNV - SYT - STTTT: sở nào chưa gửi báo cáo quý 2?":  "Sở Nội vụ",
		"SKHĐT, STNMT, BQLKKT: đơn vị nào chưa nộp báo cáo quý II/2019?": "Ban Quản lý Khu kinh tế tỉnh",
	} {
		if got := answerText(t, a, q); !strings.Contains(got, want) || strings.Contains(got, "Ngoại vụ") {
			t.Errorf("%q:\n%s\nwant %s named, and not Sở Ngoại vụ", q, got, want)
		}
	}
	// A ranking among the units a message lists.
	among := answerText(t, a, "STC / SCT / SNV / SYT / STTTT — quý I/2019 tỷ lệ HS trực tuyến đơn vị nào cao nhất?")
	if !strings.Contains(among, "trong 5 đơn vị bạn nêu") || !strings.Contains(among, "Thông tin và Truyền thông") {
		t.Errorf("among the listed:\n%s", among)
	}
	got := answerText(t, a, "Trong 1995 DVC mức 3 trên Cổng, cấp tỉnh và cấp huyện mỗi bên chiếm bao nhiêu?")
	for _, q := range []string{"DVC mức 3 của các sở chiếm bao nhiêu % toàn tỉnh", "DVC mức 3 cấp huyện chiếm bao nhiêu % toàn tỉnh"} {
		if want := lastSentence(body(answerText(t, a, q))); !strings.Contains(got, want) {
			t.Errorf("mỗi bên chiếm:\n%s\nwant %q", got, want)
		}
	}
}

// TestProjectsTogether: two projects named by their short names ("DA
// ấn phẩm + DA rà soát cổng", "cổng tỉnh và tư vấn pháp lý") are each
// answered and added; the projects "chưa được cấp đồng nào" are those
// with no money, not those with some; "mấy hạng mục" counts projects.
func TestProjectsTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	const granted, proposed = "nguồn NQ 22: ", "đề xuất giai đoạn tiếp theo: "
	for _, tc := range []struct {
		asked, label string
		each         []string
	}{
		{"DA ấn phẩm + DA rà soát cổng cộng lại được cấp bao nhiêu?", granted,
			[]string{"dự án ấn phẩm điện tử được cấp bao nhiêu", "dự án rà soát cổng được cấp bao nhiêu"}},
		{"Năm 2019 tư vấn pháp lý + cổng tỉnh được cấp bao nhiêu?", granted,
			[]string{"năm 2019 dự án tư vấn pháp lý được cấp bao nhiêu", "năm 2019 dự án nâng cấp cổng TTĐT tỉnh được cấp bao nhiêu"}},
		{"Tổng đề xuất của DA phần mềm và DA đánh giá minh bạch?", proposed,
			[]string{"dự án phần mềm trích lọc đề xuất bao nhiêu", "dự án đánh giá kết quả cải thiện chỉ số minh bạch đề xuất bao nhiêu"}},
	} {
		got := body(answerText(t, a, tc.asked))
		for _, q := range tc.each {
			plain := answerText(t, a, q)
			_, after, ok := strings.Cut(plain, tc.label)
			if !ok {
				t.Fatalf("%q states no %q: %s", q, tc.label, plain)
			}
			if want := strings.Fields(after)[0] + " triệu đồng"; !strings.Contains(got, want) {
				t.Errorf("%q:\n%s\nwant %s (what %q states)", tc.asked, got, want, q)
			}
		}
	}
	none := answerText(t, a, "Bao nhiêu dự án chưa được cấp đồng nào, cả NQ22 lẫn lồng ghép?")
	some := answerText(t, a, "Bao nhiêu dự án được cấp kinh phí?")
	if strings.Contains(none, "«Ấn phẩm") || !strings.Contains(some, "«Ấn phẩm") || !strings.Contains(none, "«Phần mềm") {
		t.Errorf("projects with no money:\n%s\nwith some:\n%s", none, some)
	}
	if got, want := body(answerText(t, a, "Mấy hạng mục có KP lồng ghép?")), body(answerText(t, a, "bao nhiêu dự án được lồng ghép nguồn khác")); got != want {
		t.Errorf("mấy hạng mục:\n%s\nwant:\n%s", got, want)
	}
}
