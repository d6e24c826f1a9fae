package ask_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestCorrectedAsItGoes: what the asker takes back in the message ("à
// ko", "í lộn", "sửa lại:", "à thôi hỏi", "ý a là … chứ ko phải …") is
// not answered; what replaces it is, read on from what it corrects.
func TestCorrectedAsItGoes(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"năm 2018 tỷ lệ hồ sơ nộp trực tuyến, à ko, số lượng hồ sơ thôi", []string{"số hồ sơ trực tuyến năm 2018"}},
		{"chỉ số minh bạch năm 2018, í lộn năm 2017 đạt bao nhiêu điểm", []string{"điểm chỉ số minh bạch năm 2017"}},
		{"Sở Tài chính quý 1 tỷ lệ, sửa lại: quý 2", []string{"tỷ lệ hồ sơ trực tuyến của Sở Tài chính quý 2/2019"}},
		{"PCI tỉnh năm 2017 hạng mấy, à lộn 2018", []string{"xếp hạng PCI năm 2018"}},
		{"năm 2019 có bao nhiêu hồ sơ nộp online, ý a là số hồ sơ chứ ko phải tỷ lệ", []string{"số hồ sơ trực tuyến năm 2019"}},
	})
	for _, q := range []string{"Hương Khê quý 1, à thôi hỏi Vũ Quang quý 1 tỷ lệ hs online"} {
		if got := replyText(t, a, q); strings.Contains(got, "Hương Khê") {
			t.Errorf("%q: the unit taken back answered: %s", q, got)
		}
	}
	if got := replyText(t, a, "năm 2018 tỷ lệ hồ sơ nộp trực tuyến, à ko, số lượng hồ sơ thôi"); strings.Contains(got, "%") {
		t.Errorf("the rate taken back answered: %s", got)
	}
}

// TestQuestionLists: several questions each closed by "?" ("… / …",
// "…?; …?", numbered, a lead before a colon, a parenthesis after) get
// each its own reply, in order: an item of its own topic is a question
// of its own, one of the topic before goes on from it.
func TestQuestionLists(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"1. DVC mức 3 toàn tỉnh? / 2. tỷ lệ HS trực tuyến năm 2018? / 3. k/p NQ22 còn thiếu?",
			[]string{"số DVC mức 3 toàn tỉnh", "tỷ lệ hồ sơ trực tuyến năm 2018", "kinh phí NQ22 còn thiếu"}},
		{"quý 2 bn đơn vị nộp báo cáo?; tỷ lệ xã được tập huấn?; DVC mức 4 cấp tỉnh?",
			[]string{"quý 2 bao nhiêu đơn vị nộp báo cáo", "số DVC mức 4 cấp tỉnh"}},
		{"1) Can Lộc Q2/2019 hstt? 2) hstong? 3) tỷ lệ trực tuyến?",
			[]string{"số hồ sơ trực tuyến của huyện Can Lộc quý 2/2019", "tổng số hồ sơ tiếp nhận của huyện Can Lộc quý 2/2019", "tỷ lệ hồ sơ trực tuyến của huyện Can Lộc quý 2/2019"}},
		{"TP Hà Tĩnh quý 1: DVC mức 3? / mức 4? / hs trực tuyến?",
			[]string{"số DVC mức 3 của Thành phố Hà Tĩnh quý 1/2019", "số DVC mức 4 của Thành phố Hà Tĩnh quý 1/2019", "số hồ sơ trực tuyến của Thành phố Hà Tĩnh quý 1/2019"}},
		{"💰 đã bố trí bn? 💰 lồng ghép bn? (NQ22 nha ad)", []string{"kinh phí NQ22 đã bố trí", "kinh phí lồng ghép nguồn khác NQ22"}},
		{"a ơi cho e: điểm minh bạch PCI 2018? / đài PTTH 2018 phát bn bản tin CCHC? / in bn tờ rơi?",
			[]string{"điểm minh bạch PCI 2018", "Đài PTTH năm 2018 có bao nhiêu bản tin CCHC", "số tờ rơi đã in"}},
		{"BT hỏi: hs trực tuyến 5 tháng 2019 bn? / tỷ lệ tăng bn điểm % so năm 2018?",
			[]string{"số hồ sơ trực tuyến 5 tháng đầu năm 2019", "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019 so với năm 2018"}},
		{"năm 2018 Can Lộc tuyên truyền DVC ở mấy xã?; quý 1/2019 bn người tham gia tập huấn?", []string{"số người tham gia tập huấn toàn tỉnh quý 1/2019"}},
		{"quý 1/2019 huyện Nghi Xuân có tỷ lệ hồ sơ trực tuyến bao nhiêu ạ? Ngoài ra số DVC mức độ 3 của huyện là bao nhiêu?",
			[]string{"tỷ lệ hồ sơ trực tuyến của huyện Nghi Xuân quý 1/2019", "số DVC mức 3 của huyện Nghi Xuân quý 1/2019"}},
		{"quý 2 các sở đã nộp tiếp nhận tổng bn hồ sơ?; các huyện đã nộp tổng bn?",
			[]string{"tổng số hồ sơ tiếp nhận của các sở quý 2/2019", "tổng số hồ sơ tiếp nhận cấp huyện quý 2/2019"}},
		{"STT | Sở | Quý | HSTT | 1 | Sở Tài chính | Q2/2019 | ? | 2 | Sở TT&TT | Q2/2019 | ?",
			[]string{"số hồ sơ trực tuyến của Sở Tài chính quý 2/2019", "số hồ sơ trực tuyến của Sở TT&TT quý 2/2019"}},
	})
	if got := replyText(t, a, "1. DVC mức 3 toàn tỉnh? / 2. abc xyz?"); !strings.Contains(got, "1.995") {
		t.Errorf("an item not understood lost the others: %s", got)
	}
}

// TestMarksAndOtherForms: a commune written with its marks ("xã em Thạch
// Hạ") is not the district that folds alike; "trên cổng dvc tỉnh" in a
// question about the asker's commune; "cả mức 3 lẫn 4"; "tầm 8 phần 10"
// (the share); "giảm hơn một nửa" (the change of the counts); translating
// the report (no figure).
func TestMarksAndOtherForms(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	if ans := answerOf(t, a, "xã em Thạch Hạ được tập huấn dịch vụ công trực tuyến cho bao nhiêu người rồi"); ans.Kind.CarriesFigure() {
		t.Errorf("a commune's figure that is not stored got one: %s", ans.Text)
	}
	holdsReplies(t, a, []repliedAs{
		{"em làm ở xã Thạch Hạ, xã em có bao nhiêu dịch vụ công mức 3 trên cổng dvc tỉnh ạ", []string{"mỗi xã có bao nhiêu DVC mức 3"}},
		{"các cơ quan cấp tỉnh có bao nhiêu dịch vụ công trực tuyến, cả mức 3 lẫn 4", []string{"số DVC mức 3 cấp tỉnh", "số DVC mức 4 cấp tỉnh"}},
		{"có đúng Đức Thọ quý 2 hồ sơ nộp trực tuyến giảm hơn một nửa so với quý 1 ko", []string{"Đức Thọ số hồ sơ trực tuyến quý 2/2019 so với quý 1/2019 giảm bao nhiêu"}},
		{"Thạch Hà 2018 tập huấn bao nhiêu cán bộ", []string{"huyện Thạch Hà năm 2018 tập huấn bao nhiêu người"}},
		{"Sở Tư pháp bên e cũng thuộc diện báo cáo; quý 2/2019 có mấy sở, ngành đã gửi báo cáo quý?",
			[]string{"quý 2/2019 có mấy sở đã gửi báo cáo", "Sở Tư pháp đã nộp báo cáo quý 2/2019 chưa"}},
	})
	share := body(answerText(t, a, "tỷ lệ xã có trang thông tin điện tử"))
	share = share[:strings.Index(share, "%")+1]
	if got := replyText(t, a, "trang thông tin điện tử cấp xã phủ được tầm 8 phần 10 chưa?"); !strings.Contains(got, share) {
		t.Errorf("a fraction checked: %s\nwant %q", got, share)
	}
	if ans := answerOf(t, a, "bạn dịch báo cáo này sang tiếng Anh giúp tôi được không? xin cảm ơn"); ans.Kind != ask.KindOutOfScope {
		t.Errorf("translating: %s %s", ans.Kind, ans.Text)
	}
}

// TestForecastsLevelsAndGaps: a forecast ("cứ tăng đều như … thì hết
// năm", "với tốc độ hiện nay thì …") gets no figure; "… nhiều hơn … bao
// nhiêu lần" is the ratio; "L3/L4" are the levels; a reporting rate of
// two levels side by side is each level's; "nhiều X nhất hơn … ít nhất
// mấy" gives both ends and the gap.
func TestForecastsLevelsAndGaps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{
		"Cứ tăng đều như 5 tháng đầu năm thì hết năm 2019 được bao nhiêu hồ sơ trực tuyến?",
		"Với tốc độ hiện nay thì đến năm nào xã được tập huấn đủ 100%?",
	} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a forecast answered with a figure: %s", q, ans.Text)
		}
	}
	holdsReplies(t, a, []repliedAs{
		{"Toàn tỉnh số DVC mức 3 nhiều hơn mức 4 bao nhiêu lần", []string{"số DVC mức 3 gấp mấy lần số DVC mức 4 toàn tỉnh"}},
		{"L4 toàn tỉnh count?", []string{"số DVC mức 4 toàn tỉnh"}},
		{"Tỷ lệ nộp báo cáo khối huyện quý 2/2019 so với khối sở", []string{"quý 2/2019 các huyện đã nộp báo cáo bao nhiêu", "quý 2/2019 các sở đã nộp báo cáo bao nhiêu"}},
	})
	s := demoStore(t, queries.SQLite)
	most, least := -1.0, -1.0
	for code, per := range fixture(t) {
		if v, ok := per["Q2/2019"]; ok && unitByCode(t, s, code).Level == "district" {
			if most < 0 || v["dvc3"] > most {
				most = v["dvc3"]
			}
			if least < 0 || v["dvc3"] < least {
				least = v["dvc3"]
			}
		}
	}
	if got := replyText(t, a, "quý 2/2019 địa phương nhiều DVC mức 3 nhất hơn địa phương ít nhất mấy dịch vụ"); !strings.Contains(got, fmt.Sprintf("cách nhau %d dịch vụ", int(most-least))) {
		t.Errorf("the gap between the ends: %s (want %v − %v)", got, most, least)
	}
	if ans := answerOf(t, a, "Dự án nâng cấp Cổng TTĐT tỉnh thực hiện từ năm nào đến năm nào?"); !ans.Kind.CarriesFigure() {
		t.Errorf("a project's span read as a forecast: %s", ans.Text)
	}
}

// TestStoriesAroundAQuestion: the one sentence a long message asks, among
// sentences that only tell a story (no other unit, no numbered period),
// is answered, or asked back as it would be alone; excited typing
// ("vậyyy", "ạaa"); a full question of two quarters after a unit's rate
// is that unit's.
func TestStoriesAroundAQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Chào cháu! Bác hỏi nhanh: ngành Thuế hiện có bao nhiêu dịch vụ công mức độ 3? Cuối năm bác phải khai thuế cho cái quán tạp hóa của bà nhà, nghe đồn giờ làm trên mạng được, bác muốn biết cho chắc. Cảm ơn cháu nhiều!",
			[]string{"ngành Thuế có bao nhiêu DVC mức 3"}},
		{"PCI năm 2018 HT xếp thứ mấy vậyyy 🤩", []string{"PCI năm 2018 Hà Tĩnh xếp thứ mấy"}},
		{"điểm minh bạch trong PCI 2018 bn ạaa", []string{"điểm minh bạch PCI 2018"}},
	})
	if ans := answerOf(t, a, "Cháu ơi, ông bạn chiến đấu cũ của bác ở dưới Kỳ Anh, hai ông già gọi điện cho nhau mỗi tối, hôm qua ông ấy hỏi mà bác chịu. Quý 2/2019 Kỳ Anh tỷ lệ hồ sơ nộp trực tuyến bao nhiêu hả cháu?"); ans.Kind != ask.KindAsk {
		t.Errorf("Kỳ Anh in a story not asked back: %s %s", ans.Kind, ans.Text)
	}
	followsAs(t, a, []string{"Can Lộc quý 2 tỷ lệ hồ sơ trực tuyến", "quý 1 thì bao nhiêu ạ", "số hồ sơ online quý 2 tăng bn so với quý 1 vậy"},
		"số hồ sơ trực tuyến của huyện Can Lộc quý 2/2019 so với quý 1/2019")
}
