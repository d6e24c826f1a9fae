package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestComplaintsAndDialect: an irritated asker's words around the
// question ("… mà im re", "… mà quảng cáo rầm rộ rứa", "chú sợ là Hương
// Sơn mình"), "đứa mô", "bên mô" (which of them), "không thèm nộp" (did
// not) and "tăng … mạnh nhất" are read as the plain question.
func TestComplaintsAndDialect(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Nghi Xuân quý 1 được mấy % mà im re", []string{"tỷ lệ hồ sơ trực tuyến Nghi Xuân quý 1/2019"}},
		{"bao nhiêu sản phẩm trên sàn TMĐT mà quảng cáo rầm rộ rứa", []string{"bao nhiêu sản phẩm trên sàn TMĐT"}},
		{"Can Lộc với TP Hà Tĩnh quý 2 đứa mô tỷ lệ cao hơn", []string{"Can Lộc với TP Hà Tĩnh quý 2 bên nào tỷ lệ hồ sơ trực tuyến cao hơn"}},
		{"quý 1 Hương Sơn với Đức Thọ bên mô tỷ lệ thấp hơn", []string{"quý 1 Hương Sơn với Đức Thọ đơn vị nào tỷ lệ hồ sơ trực tuyến thấp hơn"}},
		{"quý 1 huyện mô thấp nhất về tỷ lệ nộp trực tuyến, chú sợ là Hương Sơn mình", []string{"quý 1 huyện nào thấp nhất về tỷ lệ nộp trực tuyến"}},
		{"quý 1 có mấy sở không thèm nộp", []string{"quý 1 có mấy sở chưa nộp báo cáo"}},
		{"sở nào không báo cáo quý 2", []string{"sở nào chưa nộp báo cáo quý 2"}},
		{"từ quý 1 sang quý 2 huyện nào tăng tỷ lệ mạnh nhất", []string{"từ quý 1 sang quý 2 huyện nào tăng tỷ lệ nhiều nhất"}},
		// "hả, nói" is no Hà Nội: a comma stands between.
		{"các huyện thị có bao nhiêu dịch vụ công trực tuyến hả, nói cả mức 3 mức 4", []string{"cấp huyện có bao nhiêu DVC mức 3, mức 4"}},
	})
	if ans := answerOf(t, a, "ha noi co bn dvc muc 3"); ans.Kind.CarriesFigure() {
		t.Errorf("Hà Nội typed without marks: %s", ans.Text)
	}
	// "Sở nào không báo cáo" lists those that did not, not those that did.
	if got := replyText(t, a, "sở nào chẳng thèm báo cáo quý 2"); strings.Contains(got, "Đã nộp:") {
		t.Errorf("the agencies that reported listed: %s", got)
	}
}

// TestCommuneWithItsDistrict: a commune named with its district ("xã Sơn
// Tây (Hương Sơn)", "Phường Bắc Hồng của thị xã Hồng Lĩnh") is asked, not
// the district too: no district's figure stands for it. A list of units
// ("Thạch Hà, TP Hà Tĩnh", though Thạch Hạ is a commune of the city), the
// province said again and an agency beside it stay as named.
func TestCommuneWithItsDistrict(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{"xã Sơn Tây (Hương Sơn) quý 2 có bao nhiêu hồ sơ nộp trực tuyến", "xã Sơn Tây, huyện Hương Sơn quý 2 có bao nhiêu hồ sơ nộp trực tuyến",
		"Phường Bắc Hồng của thị xã Hồng Lĩnh có bao nhiêu hồ sơ nộp trực tuyến quý 2/2019?"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure for a commune: %s", q, ans.Text)
		}
	}
	holdsReplies(t, a, []repliedAs{
		{"tỷ lệ hs online quý 2 của Can Lộc, Thạch Hà, TP Hà Tĩnh", []string{"tỷ lệ hồ sơ trực tuyến huyện Thạch Hà quý 2/2019", "tỷ lệ hồ sơ trực tuyến thành phố Hà Tĩnh quý 2/2019"}},
		{"Báo cáo của Sở TT&TT ghi toàn tỉnh có bao nhiêu dịch vụ công mức 3 vậy e", []string{"toàn tỉnh có bao nhiêu dịch vụ công mức 3"}},
	})
}

// TestEachAskedAndRequest: "đâu là tỷ lệ …, đâu là số hồ sơ? Đề nghị nêu
// cả hai." asks both figures; the request after them is no words of the
// last.
func TestEachAskedAndRequest(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Xin cho biết con số của năm 2018 về hồ sơ trực tuyến: đâu là tỷ lệ trên tổng số hồ sơ, đâu là số hồ sơ? Đề nghị nêu cả hai.",
			[]string{"tỷ lệ hồ sơ trực tuyến năm 2018", "số hồ sơ nộp trực tuyến năm 2018"}},
	})
}

// TestVNIAndClosings: a question typed with a VNI keyboard whose marks
// came out as digits ("ty3 le65 ho62 so7") is read as typed with marks;
// thanks and wishes after the question ("Cảm ơn cháu, chúc cháu tiến
// bộ.") and "mấy hôm nay" (lately) ask nothing.
func TestVNIAndClosings(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"ty3 le65 ho62 so7 tru75c tuye61n qu1y 2 cu3a Can Lo65c", []string{"tỷ lệ hồ sơ trực tuyến quý 2 của Can Lộc"}},
		{"d9a2o ta5o CIO na8m 2019 d9u7o75c ca61p bao nhie6u", []string{"kinh phí đào tạo CIO năm 2019 được cấp bao nhiêu"}},
		{"Cho tôi hỏi hiện có bao nhiêu thủ tục hành chính đã có dịch vụ công trực tuyến mức độ 3 rồi? Cảm ơn cháu, chúc cháu tiến bộ.",
			[]string{"có bao nhiêu thủ tục hành chính đã có dịch vụ công trực tuyến mức độ 3"}},
		{"Chào cháu, bác là cựu cán bộ, mấy hôm nay nghe phong thanh tỉnh mình lên hạng. Cho bác hỏi năm 2018 chỉ số PCI của tỉnh xếp thứ mấy?",
			[]string{"năm 2018 PCI của tỉnh xếp thứ mấy"}},
	})
}

// TestAudienceRelayed: a listener's, viewer's or delegate's question read
// out on air ("Thính giả … ở thị trấn Nghèn hỏi …", "Một đại biểu HĐND xã
// ở Cẩm Xuyên hỏi: …", "Anh …, chủ doanh nghiệp ở Thạch Hà, muốn biết …")
// is the question, not of the place the asker lives in.
func TestAudienceRelayed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Thính giả Lê Thị Hoài ở thị trấn Nghèn hỏi tỷ lệ hồ sơ nộp trực tuyến năm 2018 đạt bao nhiêu phần trăm?", []string{"tỷ lệ hồ sơ nộp trực tuyến năm 2018"}},
		{"Một đại biểu HĐND xã ở Cẩm Xuyên hỏi: kinh phí đã được bố trí theo NQ 22 là bao nhiêu?", []string{"kinh phí đã được bố trí theo NQ 22 là bao nhiêu"}},
		{"Anh Nguyễn Văn Sáu, chủ doanh nghiệp ở Thạch Hà, muốn biết PCI năm 2018 tỉnh xếp thứ mấy cả nước?", []string{"PCI năm 2018 tỉnh xếp thứ mấy"}},
	})
	// The place asked stays when it is the question's own, or pointed at.
	if got := replyText(t, a, "Bà con bên Đức Thọ có hỏi tôi: quý 1 năm 2019 huyện đó tỷ lệ hồ sơ trực tuyến được bao nhiêu ạ?"); !strings.Contains(got, "Huyện Đức Thọ quý 1/2019: 6,68%") {
		t.Errorf("the place pointed at lost: %s", got)
	}
	if got := replyText(t, a, "Khán giả ở Can Lộc hỏi Can Lộc quý 2 tỷ lệ hồ sơ trực tuyến bao nhiêu"); !strings.Contains(got, "Huyện Can Lộc quý 2/2019: 27,73%") {
		t.Errorf("the unit asked lost: %s", got)
	}
}

// TestWordsRunTogether: words typed with no space between them, two or
// more ("sởbanngành", "lượtđăngnhập", "dichvucong") and a word joined to a
// year ("pci2018", "nam2018") are read apart.
func TestWordsRunTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"sởbanngành có cổng TTĐT được bao nhiêu phần trăm", []string{"sở ban ngành có cổng TTĐT được bao nhiêu phần trăm"}},
		{"lượtđăngnhập thànhviên sàn giao dịch tmđt", []string{"lượt đăng nhập thành viên sàn giao dịch tmđt"}},
		{"dichvucong muc 3 bao nhieu", []string{"dịch vụ công mức 3 bao nhiêu"}},
		{"chỉsố minhbạch trong pci2018 được mấy điểm", []string{"chỉ số minh bạch trong PCI năm 2018 được mấy điểm"}},
		{"UBNDcấphuyện có bao nhiêu dvc Mức 3", []string{"UBND cấp huyện có bao nhiêu dvc mức 3"}},
	})
}

// TestLevelsShareAfterItsServices: "mức 3 cấp huyện chiếm bao nhiêu phần
// trăm của tỉnh" after the districts' services of both levels is the
// districts' level-3 services as a share of the province's (69,42%), not
// their count alone.
func TestLevelsShareAfterItsServices(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	got := lastReply(t, a, ask.Chat{Platform: "test", ID: "share-level"}, []string{"cấp huyện có bao nhiêu dịch vụ công trực tuyến", "mức 3 cấp huyện chiếm bao nhiêu phần trăm của tỉnh"})
	if !strings.Contains(got.Text, "69,42") || strings.Contains(got.Text, "mức độ 4") {
		t.Errorf("the districts' level-3 share: %s", got.Text)
	}
}
