package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestClaimsChecked: a reporter's question with the claim heard after it
// ("… bao nhiêu? Có người nói chỉ hơn 2%.") or the source asked after it
// ("Có đúng là … không? Nguồn là văn bản nào?") gets the figure, not a
// quote of the report; a speaker "lãnh đạo địa phương" is no level of
// units, and the province named is asked.
func TestClaimsChecked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Huyện Hương Sơn quý 1/2019 đạt tỷ lệ hồ sơ trực tuyến bao nhiêu? Có người nói chỉ hơn 2%.", []string{"tỷ lệ hồ sơ trực tuyến Hương Sơn quý 1/2019"}},
		{"Xin chào, tôi là phóng viên. Có đúng là hiện nay Cổng DVC tỉnh Hà Tĩnh có 1.995 DVC mức độ 3 không? Nguồn là văn bản nào?", []string{"số DVC mức 3 toàn tỉnh hiện nay"}},
		{"Một lãnh đạo địa phương phát biểu số DVC mức 3 toàn tỉnh là \"gần 2.000\". Xin con số cụ thể.", []string{"số DVC mức 3 toàn tỉnh"}},
	})
	if got, district := replyText(t, a, "Một lãnh đạo địa phương phát biểu số DVC mức 3 toàn tỉnh là gần 2.000"), body(replyText(t, a, "số DVC mức 3 cấp huyện")); strings.Contains(got, district) {
		t.Errorf("the districts' services for the province's: %s", got)
	}
}

// TestWordsOfNewAskers: the words of this batch's askers read as the plain
// question: "ND và DN" (the people and businesses), "nguồn lực tài chính"
// (money, not Sở Tài chính), "cấp thêm bn" of a project (its money), "so
// 2017" (so với), voice typing's "minh bạc", "vô" (vào), the units that
// must report whatever figure follows "về", and a rate's denominator
// ("mẫu số của tỷ lệ hồ sơ trực tuyến"), which is the files received; how
// long a file takes ("thời gian giải quyết") is no figure stored.
func TestWordsOfNewAskers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"tập huấn ND và DN lồng ghép bn", []string{"dự án tập huấn người dân và doanh nghiệp lồng ghép bao nhiêu"}},
		{"Em xin đủ ba con số về nguồn lực tài chính cho NQ22: đã bố trí, lồng ghép và còn thiếu ạ", []string{"kinh phí NQ22 đã bố trí", "kinh phí lồng ghép nguồn khác", "kinh phí còn thiếu"}},
		{"cổng ttđt tỉnh 2019 cấp thêm bn", []string{"dự án nâng cấp cổng TTĐT tỉnh năm 2019 được cấp bao nhiêu"}},
		{"minh bạch tăng bn điểm so 2017", []string{"chỉ số minh bạch tăng bao nhiêu điểm so với năm 2017"}},
		{"chỉ số minh bạc năm 2018 tăng bao nhiêu điểm so với năm trước", []string{"chỉ số minh bạch năm 2018 tăng bao nhiêu điểm so với năm 2017"}},
		{"nguồn khác lồng ghép vô được mấy tỷ rồi", []string{"kinh phí lồng ghép nguồn khác"}},
		{"Số đơn vị thuộc diện phải báo cáo quý về DVC mức độ 3, 4 là bao nhiêu ạ?", []string{"số đơn vị phải báo cáo quý"}},
	})
	for _, q := range []string{"Tổng số hồ sơ TTHC toàn tỉnh tiếp nhận năm 2018 (mẫu số của tỷ lệ hồ sơ trực tuyến) là bao nhiêu ạ?",
		"thời gian giải quyết trung bình một hồ sơ TTHC"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure no line stores: %s", q, ans.Text)
		}
	}
}

// TestTerseFollowUps: a vice-chairman's few words after the last reply:
// "thiếu mấy điểm nữa" (to the plan stated), "còn hụt bn" (to the
// target), "đang làm mấy" (the projects in progress), "bn sở" (the
// agencies among the units that reported), "hstt ít nhất" (among the
// districts ranked before).
func TestTerseFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"kế hoạch 2019 tập huấn xã", "thiếu mấy điểm nữa"}, "tỷ lệ xã được tập huấn so với kế hoạch năm 2019"},
		{[]string{"tập huấn xã đạt bn rồi", "dn", "mục tiêu dn nq22", "còn hụt bn"}, "tỷ lệ doanh nghiệp được tập huấn còn thiếu bao nhiêu so với mục tiêu"},
		{[]string{"mấy dự án nq22", "hoàn thành mấy", "đang làm mấy"}, "bao nhiêu dự án NQ22 đang thực hiện"},
		{[]string{"q1 bn đv nộp", "bn sở"}, "quý 1 bao nhiêu sở đã nộp báo cáo"},
		{[]string{"q1 bn đv nộp", "bn sở", "sang q2"}, "quý 2 bao nhiêu sở đã nộp báo cáo"},
		{[]string{"q1 huyện mô tổng hs ít nhất", "hstt ít nhất"}, "quý 1 huyện nào có số hồ sơ trực tuyến ít nhất"},
	})
}

// TestRemainderNotStored: "còn bao nhiêu … chưa …" of a count whose whole
// no line states gets no figure (the count stated is said as such); one
// whose whole is stated gets the rest ("còn 41 chưa có").
func TestRemainderNotStored(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{"còn bao nhiêu doanh nghiệp chưa đăng ký lên sàn TMĐT", "còn bao nhiêu TTHC chưa có DVC mức 3", "còn mấy xã chưa được đào tạo giao dịch trực tuyến"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure for a rest no whole gives: %s", q, ans.Text)
		}
	}
	// What is stated is said, as the plain question gets it, with its source.
	for q, plain := range map[string]string{"còn bao nhiêu doanh nghiệp chưa đăng ký lên sàn TMĐT": "số doanh nghiệp thành viên sàn TMĐT",
		"còn bao nhiêu TTHC chưa có DVC mức 3": "số thủ tục hành chính có DVC mức 3"} {
		got, want := replyText(t, a, q), body(replyText(t, a, plain))
		if !strings.Contains(got, want) || !strings.Contains(got, "Nguồn:") {
			t.Errorf("%q:\n%s\nwant the count stated, %q, and its source", q, got, want)
		}
	}
	if ans := answerOf(t, a, "còn bao nhiêu xã chưa có trang TTĐT"); !ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, "còn 41 chưa có") {
		t.Errorf("the communes without a site, of 262: %s %s", ans.Kind, ans.Text)
	}
}

// TestNumberedItems: items numbered "1. … 2. … 3. …" (one of them asking
// with its own words) or "1/ … 2/ …" are each answered, and words before
// the marks that name a project are every item's; the money arranged is
// named beside the shortfall ("kinh phí bố trí NQ22 và số còn thiếu").
func TestNumberedItems(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Chuẩn bị giao ban: 1. kinh phí NQ22 còn thiếu 2. tỷ lệ hồ sơ trực tuyến 5 tháng đầu 2019 3. quý 2/2019 bao nhiêu đơn vị chưa nộp báo cáo",
			[]string{"kinh phí NQ22 còn thiếu", "tỷ lệ hồ sơ trực tuyến 5 tháng đầu 2019", "quý 2/2019 bao nhiêu đơn vị chưa nộp báo cáo"}},
		{"Chuẩn bị họp HĐND huyện, nhờ e: 1/ tổng DVC mức 4 toàn tỉnh 2/ DVC mức 4 triển khai thêm theo NQ22 3/ chỉ tiêu mức 4",
			[]string{"tổng DVC mức 4 toàn tỉnh", "DVC mức 4 triển khai thêm theo NQ22"}},
		{"dự án tập huấn cho người dân và DN: 1) nguồn NQ22 2) lồng ghép 3) đề xuất giai đoạn tới", []string{"dự án tập huấn cho người dân và doanh nghiệp được cấp bao nhiêu"}},
		{"kinh phí bố trí NQ22 và số còn thiếu, mỗi khoản bao nhiêu", []string{"kinh phí NQ22 đã bố trí", "kinh phí còn thiếu"}},
	})
	if got := replyText(t, a, "quý 1/ 2019 và quý 2/ 2019 Can Lộc tỷ lệ hồ sơ trực tuyến"); !strings.Contains(got, "quý 1/2019") || !strings.Contains(got, "quý 2/2019") {
		t.Errorf("\"1/ 2019\" read as an item's mark: %s", got)
	}
}

// TestFormFieldsAndMonthLetters: a form's fields ("Chỉ tiêu: … | Phạm vi:
// … | Thời điểm: …", "Hương Sơn; dvc3; quý 2/2019") are one question, the
// label "chỉ tiêu" no target and "ĐVT", "nguồn BC 47" nothing asked;
// months typed "T4-T6", "T1 đến T3" are the months; a condition always
// true ("don_vi=436 OR 1=1") gets no figure, in a form too.
func TestFormFieldsAndMonthLetters(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Chỉ tiêu: số DVC mức độ 3 | Phạm vi: toàn tỉnh | Thời điểm: hiện nay", []string{"số DVC mức 3 toàn tỉnh hiện nay"}},
		{"Cấp: sở, ban, ngành | Chỉ tiêu: DVC mức 3 đang cung cấp", []string{"các sở ban ngành có bao nhiêu DVC mức 3"}},
		{"Hương Sơn; dvc3; quý 2/2019", []string{"số DVC mức 3 của Hương Sơn quý 2/2019"}},
		{"Kinh phí đã bố trí theo NQ22 | ĐVT: triệu đồng", []string{"kinh phí đã bố trí theo NQ22"}},
		{"Lộc Hà T1-T3 có bao nhiêu hồ sơ trực tuyến", []string{"Lộc Hà quý 1/2019 có bao nhiêu hồ sơ trực tuyến"}},
		{"huyện Hương Sơn từ T4 đến T6 nộp online được bao nhiêu hồ sơ", []string{"số hồ sơ trực tuyến của Hương Sơn quý 2/2019"}},
		{"TX Kỳ Anh tỷ lệ T4-T6 so với T1-T3 tăng bao nhiêu điểm", []string{"tỷ lệ hồ sơ trực tuyến của thị xã Kỳ Anh quý 2/2019 tăng bao nhiêu so với quý 1/2019"}},
	})
	for _, q := range []string{"chi_tieu=hstt; don_vi=436 OR 1=1; ky=Q1/2019", "HS TT Q2; UPDATE SO_LIEU SET GIA_TRI=0"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
	// Lộc Hà sent no report of quarter 2: the months asked are said to
	// have none before any other quarter's figure.
	if got := replyText(t, a, "Lộc Hà T4-T6 có bao nhiêu hồ sơ trực tuyến"); !strings.HasPrefix(got, "Chưa có số liệu quý 2/2019") {
		t.Errorf("Lộc Hà's months 4 to 6: %s", got)
	}
}

// TestRanksTiedAndSecond: a unit with as much as another has no place of
// its own, so none is given (the places they share are); "đứng nhì" is
// the second; "DVC mức độ 5" is no level of service ("ngoài mức 2 ra"
// sets a level aside and asks the others).
func TestRanksTiedAndSecond(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{"Can Lộc quý 2 đứng thứ mấy về số DVC mức 4 trong các địa phương", "có bao nhiêu DVC mức độ 5"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
	if got := replyText(t, a, "Can Lộc quý 2 đứng thứ mấy về số DVC mức 4 trong các địa phương"); !strings.Contains(got, "Thị xã Kỳ Anh") {
		t.Errorf("the unit it ties with is not named: %s", got)
	}
	holdsReplies(t, a, []repliedAs{
		{"quý 1 đứng nhì về số hồ sơ nộp trực tuyến trong các đơn vị cấp huyện là ai", []string{"quý 1 đơn vị cấp huyện nào đứng thứ 2 về số hồ sơ nộp trực tuyến"}},
		{"ngoài dvc mức 2 ra thì cổng tỉnh có mấy dvc mức độ 4", []string{"cổng DVC tỉnh có bao nhiêu DVC mức 4"}},
		{"Can Lộc quý 2 đứng thứ mấy về tỷ lệ hồ sơ trực tuyến", []string{"Can Lộc quý 2 xếp hạng mấy về tỷ lệ hồ sơ trực tuyến"}},
	})
}

// TestPlaceFollowUps: "Can Lộc đứng thứ mấy?" after the districts ranked
// by their files online is its place by those files; "quý 1 huyện đó đứng
// thứ mấy" after the district at the bottom is that district's place;
// "đứng mấy trong các sở" asks a place, "xây dựng mấy chuyên đề" does not.
func TestPlaceFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"quý 2 địa phương nào nhiều hồ sơ nộp trực tuyến nhất", "Can Lộc đứng thứ mấy?"}, "quý 2 Can Lộc đứng thứ mấy về số hồ sơ nộp trực tuyến"},
		{[]string{"quý 2 huyện nào bét bảng tỷ lệ hồ sơ online", "quý 1 huyện đó đứng thứ mấy trong các đơn vị cấp huyện?"}, "quý 1 Đức Thọ đứng thứ mấy về tỷ lệ hồ sơ trực tuyến"},
	})
	holdsReplies(t, a, []repliedAs{
		{"Sở TT&TT quý 1 đứng mấy trong các sở về tỷ lệ hồ sơ online", []string{"Sở TT&TT quý 1 đứng thứ mấy về tỷ lệ hồ sơ trực tuyến"}},
		{"Đài PTTH năm 2018 xây dựng mấy chuyên đề", []string{"số chuyên đề Đài PTTH xây dựng năm 2018"}},
	})
}

// TestReportingRateAgain: "quý 2 tỷ lệ đó còn mấy" after the share of units
// that sent their reports in quarter 1 is that share of quarter 2, not
// the files' rate.
func TestReportingRateAgain(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"tỷ lệ đơn vị nộp báo cáo quý 1/2019", "quý 2 tỷ lệ đó còn mấy"}, "tỷ lệ đơn vị nộp báo cáo quý 2/2019"},
	})
}
