package ask_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestAskedAgain: a clerk asking the reply just given again ("nhắc lại cái
// số lúc nãy", "số này lấy từ đâu ra", "ghép hai số vừa rồi thành một
// câu") gets it again, the two last when two are asked; "làm tròn" gets
// it rounded too; "…, không cần phần trăm" and "… chứ không phải %" are
// not asked.
func TestAskedAgain(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"hiện nay cổng dvc tỉnh có bao nhiêu DVC mức độ 3", "anh nhắc lại cái số lúc nãy giúp em với"}, "hiện nay cổng dvc tỉnh có bao nhiêu DVC mức độ 3"},
		{[]string{"Sở Tài chính quý 1 tỷ lệ hồ sơ trực tuyến", "số này lấy từ đâu ra ạ"}, "Sở Tài chính quý 1 tỷ lệ hồ sơ trực tuyến"},
		{[]string{"sàn TMĐT của tỉnh có bao nhiêu doanh nghiệp tham gia", "gian hàng thì mấy ạ", "anh ghép hai số vừa rồi thành một câu giúp em"}, "sàn TMĐT của tỉnh có bao nhiêu doanh nghiệp tham gia"},
		{[]string{"sàn TMĐT của tỉnh có bao nhiêu doanh nghiệp tham gia", "gian hàng thì mấy ạ", "anh ghép hai số vừa rồi thành một câu giúp em"}, "số gian hàng trên sàn TMĐT"},
		{[]string{"tỉ lệ hồ sơ trực tuyến năm 2018 bao nhiêu ạ", "em cần số hồ sơ cơ, không cần phần trăm"}, "năm 2018 có bao nhiêu hồ sơ trực tuyến"},
		{[]string{"Thạch Hà quý 2 tỷ lệ trực tuyến", "em cần số lượng hồ sơ chứ không phải %"}, "Thạch Hà quý 2 có bao nhiêu hồ sơ trực tuyến"},
	})
	got := replyTextIn(t, a, []string{"tỉ lệ hồ sơ trực tuyến năm 2018 bao nhiêu ạ", "bỏ phần lẻ đi giúp em"})
	n, rate := vi.NewNumbers(), answerFigure(t, a, "tỉ lệ hồ sơ trực tuyến năm 2018")
	if want := fmt.Sprintf("Làm tròn: %s%% ≈ %s%%.", n.Num(rate), n.Num(math.Round(rate))); !strings.HasPrefix(got, want) ||
		!strings.Contains(got, body(replyText(t, a, "tỉ lệ hồ sơ trực tuyến năm 2018"))) {
		t.Errorf("not rounded, or not the figure again: %s", got)
	}
	if got := replyTextIn(t, a, []string{"quý 1/2019 huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất", "tròn số giúp em nhé"}); !strings.HasPrefix(got, "Làm tròn: ") {
		t.Errorf("\"tròn số\" (a word the spelling corrector does not know) did not round: %s", got)
	}
	if got := replyText(t, a, "Cấp huyện mức 3 có bao nhiêu, không phải mức 3, mức 4 cơ"); !strings.Contains(got, "mức độ 4") {
		t.Errorf("a correction after a comma was dropped as not wanted: %s", got)
	}
}

// TestPressOfficerForms: "cứ 10 xã thì mấy xã" asks a share; a bound
// quoted to be checked ("chị viết "hơn 20" có đúng không") is not asked;
// "(cả giấy lẫn online)" describes the total asked, and a count "không
// phải phần trăm" that only a rate states gets no figure.
func TestPressOfficerForms(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Cứ 10 xã thì khoảng mấy xã có website riêng hả em", []string{"tỷ lệ xã có trang TTĐT"}},
		{"Cấp huyện có mấy dịch vụ công mức 4, chị viết \"hơn 20\" có đúng không", []string{"Cấp huyện có mấy dịch vụ công mức 4"}},
	})
	online := body(replyText(t, a, "năm 2018 bao nhiêu hồ sơ trực tuyến"))
	for _, q := range []string{"Năm 2018 toàn tỉnh tiếp nhận tổng cộng bao nhiêu hồ sơ TTHC (cả giấy lẫn online)?", "Cụ thể bao nhiêu doanh nghiệp (số lượng) đã được đào tạo, không phải phần trăm"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() || strings.Contains(ans.Text, online) {
			t.Errorf("%q: a figure not asked: %s %s", q, ans.Kind, ans.Text)
		}
	}
}
