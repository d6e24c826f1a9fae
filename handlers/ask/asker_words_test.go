package ask_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestNamesAndWordsOfNewAskers: a district's name typed a letter or two
// off as a name ("Hương Kê", "Cẩm Xiên"), Southern "nhứt", "top 3",
// "sở nào có nộp", a closing "nghen", the asker's own "cho huyện" beside
// "toàn tỉnh", the parts of NQ 22 money listed, get the plain
// question's reply; a name of another province, a ward's, or a name
// typed in capitals is not read as one of our districts.
func TestNamesAndWordsOfNewAskers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Hương Kê quý 2 nộp online được nhiêu hồ sơ", "số hồ sơ nộp trực tuyến của Hương Khê quý 2/2019"},
		{"Hương Sơng quý 1 tỷ lệ hồ sơ trực tuyến", "tỷ lệ hồ sơ trực tuyến của huyện Hương Sơn quý 1/2019"},
		{"Cẩm Xiên quý 1 tỷ lệ hồ sơ nhiêu", "tỷ lệ hồ sơ trực tuyến của Cẩm Xuyên quý 1/2019"},
		{"quý 1 huyện nào tỷ lệ cao nhứt", "quý 1/2019 huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất"},
		{"top 3 địa phương tỷ lệ cao nhất quý 2", "3 đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất quý 2/2019"},
		{"quý 1 sở nào có nộp", "quý 1/2019 sở nào đã nộp báo cáo"},
		{"q1 so nop bao cao duoc may don vi", "quý 1/2019 có mấy sở đã nộp báo cáo"},
		{"các sở ban ngành tổng dịch vụ công bn cái, mức 3 với mức 4 luôn nghen", "các sở có tổng bao nhiêu DVC mức 3 và mức 4"},
		{"e đang làm tờ trình cho huyện, cần số DVC mức 4 toàn tỉnh hiện tại ạ", "số DVC mức 4 toàn tỉnh"},
		{"kinh phi NQ 22: bo tri, long ghep, con thieu moi khoan bn", "kinh phí đã bố trí, lồng ghép và còn thiếu của NQ 22"},
		// An adviser's English, a clerk's "x.", "t.".
		{"UBND cấp district có bao nhiêu DVC mức 3?", "cấp huyện có bao nhiêu DVC mức 3"},
		{"Nghi Xuân quý 1/2019 có bao nhiêu online application?", "số hồ sơ trực tuyến của Nghi Xuân quý 1/2019"},
		{"Xin chào, trên cổng DVC của province hiện nay có bao nhiêu level 3 service?", "toàn tỉnh có bao nhiêu DVC mức 3"},
		{"moi x. dc bao nhieu dvc muc 3 a", "mỗi xã có bao nhiêu DVC mức 3"},
		{"cho e hoi t. Ha Tinh hien co bao nhiu dvc muc 3 a", "toàn tỉnh có bao nhiêu DVC mức 3"},
		// "lần lượt" after two years; the PCI's score, not the project of
		// evaluating it; the column, not the portal it sits on.
		{"Điểm minh bạch PCI của tỉnh hai năm 2017 và 2018 lần lượt là bao nhiêu?", "Điểm minh bạch PCI năm 2017 và năm 2018"},
		{"Giữa hai kỳ đánh giá PCI 2017 và 2018, điểm chỉ số minh bạch của tỉnh đã nhích lên bao nhiêu điểm?", "Điểm minh bạch PCI năm 2017 và năm 2018"},
		{"Dự án xây dựng chuyên mục \"Tư vấn hỗ trợ pháp lý\" trên Cổng TTĐT tỉnh đã được cấp tổng cộng bao nhiêu?", "dự án tư vấn pháp lý được cấp bao nhiêu"},
		// Both quarters of the year so far; a count's growth in percent;
		// two units' rate together; levels that name no project.
		{"cả hai quý 2019 Can Lộc có bao nhiêu hồ sơ trực tuyến", "số hồ sơ trực tuyến của Can Lộc 6 tháng đầu năm 2019"},
		{"Tính theo tốc độ tăng trưởng, số hồ sơ trực tuyến của Can Lộc quý II/2019 tăng bao nhiêu phần trăm so với quý I/2019?",
			"số hồ sơ trực tuyến của Can Lộc quý 2/2019 tăng mấy phần trăm so với quý 1/2019"},
		{"quy 2 Huong Son vs Huong Khe ty le chung bn", "tỷ lệ hồ sơ trực tuyến chung của Hương Sơn và Hương Khê quý 2/2019"},
		{"Số DVC mức độ 4 được phân bố giữa cấp tỉnh và cấp huyện như thế nào, cụ thể mỗi cấp bao nhiêu dịch vụ?", "Số DVC mức độ 4 cấp tỉnh và cấp huyện"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	for q, not := range map[string]string{
		"Thanh Hóa nộp bao nhiêu hồ sơ trực tuyến quý 2/2019":            "Thạch Hà",
		"phường Bắc Hà quý 1 năm 2019 nộp trực tuyến bao nhiêu hồ sơ ạ":  "Lộc Hà",
		"Sở Thông tin và Truyền thông quý 2 có bao nhiêu DVC mức 3?":     "Sơn Hồng",
		"lệ phí thu qua dịch vụ công trực tuyến quý 2 của TP Hà Tĩnh":    "",
		"Các huyện có bao nhiêu kiosk tra cứu hồ sơ tại bộ phận một cửa": "",
		"T.Hà q2 tỷ lệ": "tỉnh",
	} {
		ans, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if not != "" && strings.Contains(ans.Text, not) || not == "" && ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
	// "Cơ cấu nguồn": each source's share of the two together, as the
	// share asked of each alone states it.
	got := answerText(t, a, "Cơ cấu nguồn kinh phí đã cấp thực hiện NQ22: nguồn NQ22 chiếm bao nhiêu %, lồng ghép chiếm bao nhiêu %?")
	for _, q := range []string{"kinh phí NQ22 chiếm bao nhiêu % tổng kinh phí NQ22 và lồng ghép", "lồng ghép chiếm bao nhiêu % tổng kinh phí NQ22 và lồng ghép"} {
		if want := lastSentence(body(answerText(t, a, q))); !strings.Contains(got, want) {
			t.Errorf("cơ cấu nguồn:\n%s\nwant %q (from %q)", got, want, q)
		}
	}
}

// TestReportingAcrossQuarters: the units that sent every quarter of a
// year, or none, are those the stored submissions of each quarter give;
// the share still missing is the count missing over the count that must
// report, as the plain reply states them.
func TestReportingAcrossQuarters(t *testing.T) {
	ctx := context.Background()
	store := demoStore(t, queries.SQLite)
	a := newAnswerer(t, store)
	sentIn := map[string]int{}
	units := 0
	for _, q := range []string{"2019-01-01", "2019-04-01"} {
		status, err := store.PeriodStatus(ctx, "quarter", q)
		if err != nil {
			t.Fatal(err)
		}
		units = len(status)
		for _, s := range status {
			n := sentIn[s.UnitCode] // every unit that must report has a key
			if s.SubmissionID.Valid {
				n++
			}
			sentIn[s.UnitCode] = n
		}
	}
	both, neither := 0, 0
	for _, n := range sentIn {
		if n == 2 {
			both++
		}
		if n == 0 {
			neither++
		}
	}
	if both == 0 || neither == 0 || len(sentIn) != units {
		t.Fatalf("fixture: %d units, %d sent both quarters, %d neither", units, both, neither)
	}
	if got, want := answerText(t, a, "có bao nhiêu đơn vị nộp đủ cả 2 quý năm 2019"), fmt.Sprintf("%d đơn vị đã nộp báo cáo đủ cả quý 1/2019 và quý 2/2019", both); !strings.Contains(got, want) {
		t.Errorf("nộp đủ cả 2 quý:\n%s\nwant %q", got, want)
	}
	if got, want := answerText(t, a, "năm nay bao nhiêu đơn vị chưa nộp bc quý nào hết"), fmt.Sprintf("%d đơn vị chưa nộp báo cáo cả quý 1/2019 lẫn quý 2/2019", neither); !strings.Contains(got, want) {
		t.Errorf("chưa nộp quý nào:\n%s\nwant %q", got, want)
	}
	plain := answerText(t, a, "quý 2/2019 có bao nhiêu đơn vị đã nộp báo cáo")
	var sent, total int
	if _, err := fmt.Sscanf(plain[strings.Index(plain, ": ")+2:], "%d/%d", &sent, &total); err != nil {
		t.Fatalf("no count in %s: %v", plain, err)
	}
	want := "Tỷ lệ chưa nộp: " + formatCount(math.Round(10000*float64(total-sent)/float64(total))/100) + "%"
	for _, q := range []string{"quý 2/2019 còn bao nhiêu % đơn vị chưa nộp bc", "Quý II/2019 các đơn vị còn nợ bc bao nhiêu phần trăm"} {
		if got := answerText(t, a, q); !strings.Contains(got, want) {
			t.Errorf("%q:\n%s\nwant %q", q, got, want)
		}
	}
}

// TestDeadlineAndPlaceWords: "trước hạn mấy ngày", "trễ hạn mấy ngày",
// "hạn cuối là ngày mấy" ask the reporting schedule; "ai về nhì" the
// second of a ranking.
func TestDeadlineAndPlaceWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	schedule := body(answerText(t, a, "hạn nộp báo cáo quý là bao lâu sau khi hết quý"))
	for _, q := range []string{"trước hạn mấy ngày thì hệ thống nhắc đầu mối các đơn vị", "trễ hạn mấy ngày thì bắt đầu gửi tin nhắc quá hạn"} {
		if got := body(answerText(t, a, q)); got != schedule {
			t.Errorf("%q:\n%s\nwant the schedule:\n%s", q, got, schedule)
		}
	}
	if got, want := body(answerText(t, a, "quý 2 ai về nhì tỷ lệ hồ sơ trực tuyến vậy")), body(answerText(t, a, "quý 2/2019 ai đứng thứ hai về tỷ lệ hồ sơ trực tuyến")); got != want {
		t.Errorf("ai về nhì:\n%s\nwant:\n%s", got, want)
	}
}

// TestReportWordsOfWhatAndWho: what, which, who and whether of an
// activity ("năng lực nào", "do ai làm", "vì cớ chi", "tới những đâu",
// "… chưa ạ"), and a copy of the report's sentence asked for ("em copy
// nguyên câu"), get the report's words, not a figure its words happen to
// name; a figure asked beside such words keeps its figure.
func TestReportWordsOfWhatAndWho(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{
		"Báo cáo cho rằng năng lực nào của người dân, doanh nghiệp còn là rào cản với dịch vụ công trực tuyến?",
		"Về cơ sở dữ liệu dùng chung, báo cáo chỉ ra bất cập gì đối với người sử dụng dịch vụ công trực tuyến?",
		"fanpage hanh chinh cong Ha Tinh do ai lam",
		"thủ tục hành chính trên cổng dvc ai cập nhật",
		"Sở TT&TT phải đôn đốc lấy số liệu hằng tháng đúng không, em copy nguyên câu trong báo cáo",
		"vì cớ chi dân phải khai báo lại thông tin mỗi lần nộp dvc",
		"sàn tmđt hiện đang lập dự án gì hả anh",
		"thủ tục hành chính đã được công khai hết trên cổng dvc chưa ạ",
		"Tờ rơi hướng dẫn DVCTT được phát tới những đâu, có tới TTHCC với bộ phận một cửa không em",
		"sàn TMĐT tỉnh yếu ở điểm nào mà phải lập dự án nâng cấp vậy",
		"các đơn vị báo cáo định kỳ về DVC mức 3, 4 có nghiêm túc không",
		"Đơn vị nào đứng ra đào tạo cấp xã và doanh nghiệp về giao dịch trực tuyến vậy em?",
		"Sở có phải đi đôn đốc lấy số liệu hằng tháng không, đọc giúp bác câu ấy trong báo cáo với",
	} {
		ans, err := a.Answer(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind != ask.KindInfo || !strings.Contains(ans.Text, "Báo cáo viết:") {
			t.Errorf("%q: %s %s, want the report's words", q, ans.Kind, ans.Text)
		}
	}
	for q, same := range map[string]string{
		"Quy chế công khai minh bạch thông tin do ai chủ trì?":                                             "dự án quy chế công khai minh bạch thông tin do đơn vị nào chủ trì",
		"Chỉ số thành phần Tính minh bạch và tiếp cận thông tin trong PCI 2018 của tỉnh đạt mức điểm nào?": "điểm chỉ số minh bạch PCI năm 2018",
		"điểm chỉ số minh bạch PCI 2018 bao nhiêu":                                                         "điểm chỉ số minh bạch PCI năm 2018",
	} {
		if got, want := body(answerText(t, a, q)), body(answerText(t, a, same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", q, got, same, want)
		}
	}
	got := answerText(t, a, "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019, trích nguyên câu bc giúp chị")
	if want := body(answerText(t, a, "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019")); !strings.Contains(got, want) || !strings.Contains(got, "Báo cáo viết:") {
		t.Errorf("a figure and its sentence:\n%s\nwant %q and the report's words", got, want)
	}
}

// TestSpreadsheetWordsAndShortNames: an analyst's "MAX", "MIN", "list",
// "count", "delta … QoQ", "=SUM(hstt Q1:Q2)", "% online", "tỷ trọng HS",
// a department by the head of its name ("Sở Nông nghiệp") and a count
// asked with its rate ("… và % trên tổng") get the plain questions'
// replies.
func TestSpreadsheetWordsAndShortNames(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"MIN tỷ lệ HS online theo huyện, Q1/2019", "huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất quý 1/2019"},
		{"max dvc4 theo đơn vị cấp huyện Q1/2019", "đơn vị cấp huyện nào có nhiều DVC mức 4 nhất quý 1/2019"},
		{"list huyện chưa nộp báo cáo Q2/2019", "quý 2/2019 liệt kê các huyện chưa nộp báo cáo"},
		{"count dự án đã hoàn thành", "bao nhiêu dự án đã hoàn thành"},
		{"Thị xã Kỳ Anh delta điểm % hồ sơ trực tuyến QoQ", "tỷ lệ hồ sơ trực tuyến của thị xã Kỳ Anh quý 2/2019 tăng bao nhiêu so với quý 1/2019"},
		{"Hương Khê =SUM(hstt Q1:Q2) 2019", "cộng số hồ sơ trực tuyến của Hương Khê quý 1 và quý 2 năm 2019"},
		{"% online Can Lộc 2019Q2", "tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019"},
		{"tỷ trọng HS online TX Hồng Lĩnh quý 1/2019", "tỷ lệ hồ sơ trực tuyến của thị xã Hồng Lĩnh quý 1/2019"},
		{"Sở Thông tin quý 2 có bao nhiêu hồ sơ trực tuyến", "Sở TT&TT quý 2/2019 có bao nhiêu hồ sơ trực tuyến"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	// Not the province's figure for a department that sent nothing.
	ans, err := a.Answer(context.Background(), "Sở Nông nghiệp hstt Q2/2019")
	if err != nil || ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, "Sở Nông nghiệp và Phát triển nông thôn") {
		t.Errorf("Sở Nông nghiệp: %v %s %v", ans.Kind, ans.Text, err)
	}
	got := answerText(t, a, "2018: số hồ sơ nộp qua DVC mức 3,4 và % trên tổng")
	for _, q := range []string{"số hồ sơ trực tuyến năm 2018", "tỷ lệ hồ sơ trực tuyến năm 2018"} {
		if want := body(answerText(t, a, q)); !strings.Contains(got, want) {
			t.Errorf("a count and its rate:\n%s\nwant %q", got, want)
		}
	}
}

// TestLevelAndShareFollowUps: "mỗi mức" after one level of services is
// every level; "chiếm mấy % toàn tỉnh" after a level's figure is its
// share of the province's.
func TestLevelAndShareFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for i, tc := range []struct {
		turns []string
		same  string
	}{
		{[]string{"DVC mức 3 toàn tỉnh bn", "muc 4", "cấp huyện mỗi mức bn"}, "cấp huyện có bao nhiêu DVC mức 3 và mức 4"},
		{[]string{"khối sở có bn DVC mức 3", "chiếm mấy % toàn tỉnh"}, "DVC mức 3 của khối sở chiếm bao nhiêu % toàn tỉnh"},
	} {
		ans := lastReply(t, a, ask.Chat{Platform: "test", ID: strings.Repeat("l", i+1)}, tc.turns)
		if want := body(answerText(t, a, tc.same)); body(ans.Text) != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.turns, ans.Text, tc.same, want)
		}
	}
}

// TestKindsOfUnits: "thành phố" alone is the province's one city, "hai
// thị xã" its two towns, named; "các huyện, thị xã, thành phố" is still
// the level, and "thành phố Vinh" another province's.
func TestKindsOfUnits(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"thành phố quý 2 nộp trực tuyến được bao nhiêu hồ sơ rứa?", "thành phố Hà Tĩnh quý 2/2019 nộp trực tuyến được bao nhiêu hồ sơ"},
		{"hai thị xã quý 1 cộng lại nộp trực tuyến bao nhiêu hồ sơ", "thị xã Hồng Lĩnh và thị xã Kỳ Anh quý 1/2019 cộng lại nộp trực tuyến bao nhiêu hồ sơ"},
		{"tỷ lệ chung của 2 thị xã quý 2/2019", "tỷ lệ chung của thị xã Hồng Lĩnh và thị xã Kỳ Anh quý 2/2019"},
		{"quý 2 thành phố với hai thị xã có tổng bao nhiêu DVC mức 4", "quý 2/2019 thành phố Hà Tĩnh, thị xã Hồng Lĩnh và thị xã Kỳ Anh có tổng bao nhiêu DVC mức 4"},
		{"Tổng số hồ sơ nộp trực tuyến của các huyện, thị xã, thành phố trong quý I/2019?", "tổng số hồ sơ trực tuyến cấp huyện quý 1/2019"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	if ans, err := a.Answer(ctx, "thành phố Vinh quý 2 tỷ lệ hồ sơ trực tuyến bao nhiêu"); err != nil || ans.Kind.CarriesFigure() {
		t.Errorf("thành phố Vinh: %v %s %v, want no figure", ans.Kind, ans.Text, err)
	}
	chat := ask.Chat{Platform: "test", ID: "kinds"}
	for _, turn := range []string{"Hà Tĩnh quý 2/2019 có bao nhiêu hồ sơ được nộp qua mạng?", "Tôi hỏi thành phố Hà Tĩnh."} {
		if _, err := a.Converse(ctx, chat, turn); err != nil {
			t.Fatal(err)
		}
	}
	ans, err := a.Converse(ctx, chat, "So với quý 1 thì thành phố tăng thêm bao nhiêu hồ sơ?")
	if want := body(answerText(t, a, "số hồ sơ trực tuyến của thành phố Hà Tĩnh quý 2/2019 tăng bao nhiêu so với quý 1/2019")); err != nil || body(ans.Text) != want {
		t.Errorf("so với quý 1 thì thành phố:\n%s\nwant:\n%s", ans.Text, want)
	}
}

// TestAddressAndTails: a journalist's "thưa ông", a purpose after the
// question ("… để khán giả thấy rõ xu hướng") and hearsay ("…, nghe nói
// …") leave the question's reply as it is; "chuyên đề" and "để làm gì"
// are no tail.
func TestAddressAndTails(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Kinh phí còn thiếu cần bố trí trong năm 2020 là bao nhiêu thưa ông?", "Kinh phí còn thiếu cần bố trí trong năm 2020 là bao nhiêu"},
		{"Cẩm Xuyên quý I/2019 nhận bao nhiêu hồ sơ nộp qua mạng thưa ông?", "Cẩm Xuyên quý 1/2019 nhận bao nhiêu hồ sơ nộp qua mạng"},
		{"Ông có thể cho biết số hồ sơ nộp trực tuyến năm 2018 và 5 tháng đầu năm 2019 để khán giả thấy rõ xu hướng?",
			"số hồ sơ nộp trực tuyến năm 2018 và 5 tháng đầu năm 2019"},
		{"các cơ quan cấp tỉnh có mấy dịch vụ công mức 4 vậy ạ, nghe nói chỉ có vài sở làm được", "các cơ quan cấp tỉnh có mấy dịch vụ công mức 4"},
		{"Năm 2018 Đài PTTH tỉnh có bao nhiêu bản tin và bao nhiêu chuyên đề về cải cách hành chính?", "Năm 2018 Đài PTTH có bao nhiêu bản tin và chuyên đề về CCHC"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
}

// TestAuditorChecks: a level's figure checked against a number ("có phải
// … cấp huyện đã hơn 1.300 … không"), figures of two periods added or
// subtracted by "cộng"/"trừ", "tỷ lệ chung" of the units that reported,
// and a count asked "không phải tỷ lệ" (none is stored) get the plain
// questions' replies, or no figure.
func TestAuditorChecks(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Có phải số DVC mức 3 ở cấp huyện đã hơn một nghìn ba trăm dịch vụ không ông?", "số DVC mức 3 cấp huyện có trên 1300 không"},
		{"Đào tạo CIO: 405 năm 2018 cộng 225 năm 2019 có bằng 630 triệu không?", "dự án đào tạo CIO năm 2018 và năm 2019 cộng lại được cấp bao nhiêu"},
		{"Thạch Hà: tổng hồ sơ tiếp nhận quý 2/2019 trừ quý 1/2019 ra bao nhiêu?", "số hồ sơ tiếp nhận của Thạch Hà quý 2/2019 tăng bao nhiêu so với quý 1/2019"},
		{"Tỷ lệ chung của 5 sở đã nộp báo cáo Q1/2019?", "tỷ lệ hồ sơ trực tuyến của các sở quý 1/2019"},
		{"Một điểm đáng chú ý là chỉ trong 5 tháng đầu năm 2019 số hồ sơ trực tuyến đã vượt cả năm 2018; cụ thể gấp bao nhiêu lần?",
			"5 tháng đầu năm 2019 số hồ sơ trực tuyến gấp bao nhiêu lần năm 2018"},
		{"Xin tóm lược cơ cấu tài chính của NQ 22: kinh phí đã bố trí, kinh phí lồng ghép và kinh phí còn thiếu lần lượt là bao nhiêu?",
			"kinh phí đã bố trí, lồng ghép và còn thiếu của NQ 22"},
		// A range with one ended quarter is that quarter; a change ranked
		// over two quarters named as a range; a goal "vượt mốc" states.
		{"Quý 2/2019 đến nay có bao nhiêu đơn vị đã nộp báo cáo quý về dịch vụ công?", "quý 2/2019 có bao nhiêu đơn vị đã nộp báo cáo"},
		{"Trong hai quý đầu năm 2019, đơn vị nào có tỷ lệ hồ sơ trực tuyến tăng mạnh nhất ạ?", "đơn vị nào có tỷ lệ hồ sơ trực tuyến tăng mạnh nhất từ quý 1 đến quý 2/2019"},
		{"5 tháng đầu năm 2019 tỷ lệ nộp hồ sơ qua mạng đã vượt mốc 10% rồi phải không ông?", "5 tháng đầu năm 2019 tỷ lệ hồ sơ trực tuyến đã vượt 10% chưa"},
		// "nếu chia đều cho 13 đơn vị", "nếu tự tính lại từ 221/262".
		{"Nếu chia đều cho 13 đơn vị cấp huyện thì bình quân mỗi đơn vị có bao nhiêu DVC mức độ 3?", "bình quân mỗi đơn vị cấp huyện có bao nhiêu DVC mức độ 3"},
		{"Nếu tự tính lại từ con số 221/262 đơn vị cấp xã thì tỷ lệ có trang thông tin điện tử chính xác là bao nhiêu phần trăm?",
			"tỷ lệ xã có trang thông tin điện tử"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	if ans, err := a.Answer(context.Background(), "Số doanh nghiệp (không phải tỷ lệ) đã được tập huấn đến quý I/2019 là bao nhiêu?"); err != nil || ans.Kind.CarriesFigure() {
		t.Errorf("không phải tỷ lệ: %v %s %v, want no figure", ans.Kind, ans.Text, err)
	}
}

// TestListsOfProjectsAndFiscalYears: three projects listed with one
// "cấp" are all added; a proposal of two projects named by their words;
// "năm tài chính 2018" is the year, not Sở Tài chính.
func TestListsOfProjectsAndFiscalYears(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	got := answerText(t, a, "Năm tài chính 2019 NQ22 cấp cho cổng TTĐT tỉnh, sàn TMĐT và chuyên mục tư vấn pháp lý tổng cộng bao nhiêu")
	var sum float64
	for _, q := range []string{"năm 2019 dự án nâng cấp cổng TTĐT tỉnh được cấp bao nhiêu", "năm 2019 dự án sàn TMĐT được cấp bao nhiêu",
		"năm 2019 dự án tư vấn pháp lý được cấp bao nhiêu"} {
		sum += figureAfter(t, answerText(t, a, q), "nguồn NQ 22: ")
	}
	if want := "Tổng cộng: " + formatCount(sum) + " triệu đồng"; !strings.Contains(got, want) {
		t.Errorf("three projects listed:\n%s\nwant %q", got, want)
	}
	for _, tc := range []struct{ asked, same string }{
		{"Năm tài chính 2018 dự án nâng cấp Cổng TTĐT tỉnh được cấp bao nhiêu", "năm 2018 dự án nâng cấp Cổng TTĐT tỉnh được cấp bao nhiêu"},
		{"Tổng đề xuất giai đoạn tới cho tập huấn người dân và đào tạo CIO", "tổng đề xuất của dự án tập huấn người dân doanh nghiệp và dự án đào tạo CIO"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
}

// TestForwardedQuestions: a question passed on from someone named ("Chị
// Thu (VP xã Tùng Ảnh) hỏi: "…"", "câu hỏi của anh Toàn (Can Lộc): …")
// is answered as asked; the forwarder's place is theirs.
func TestForwardedQuestions(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Chị Thu (VP xã Tùng Ảnh) hỏi: \"các sở ban ngành cấp tỉnh có bao nhiu DVC mức độ 3 vậy ạ\"", "các sở ban ngành cấp tỉnh có bao nhiêu DVC mức độ 3"},
		{"Bạn Hằng văn phòng xã Sơn Tây hỏi mỗi xã được mấy dịch vụ công mức 3 trên cổng ạ", "mỗi xã có bao nhiêu DVC mức 3"},
		{"Dạ em chuyển câu hỏi của anh Toàn (Can Lộc): kinh phí đào tạo năm 2019 là bao nhiêu tiền ạ?", "kinh phí đào tạo năm 2019"},
		// The asker's own "hỏi thêm về …" keeps the unit it names.
		{"Bác hỏi thêm về Hồng Lĩnh: quý 1/2019 thị xã có mấy dịch vụ công mức độ 4?", "thị xã Hồng Lĩnh quý 1/2019 có mấy DVC mức 4"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
}
