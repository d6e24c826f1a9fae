package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRegionalSpelling: words spelt as regional speech says them ("Nộc
// Hà", "sã", "huyệng", "rịch vụ", "xở lào", "cả lước") are read as the
// place, level or figure they name, so the unit asked is never dropped
// for the province's figure; SQL's words are no slips.
func TestRegionalSpelling(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Nộc Hà quý 1 năm 2019 tỷ lệ hồ sơ trực tuyến bao nhiu", []string{"Lộc Hà quý 1 năm 2019 tỷ lệ hồ sơ trực tuyến bao nhiêu"}},
		{"mỗi sã được bao nhiêu DVC mức 3 vậy anh", []string{"mỗi xã được bao nhiêu DVC mức 3"}},
		{"UBND cấp huyệng có bao nhiêu dịch vụ công mức 3", []string{"UBND cấp huyện có bao nhiêu dịch vụ công mức 3"}},
		{"tính chung các huyệng thị xã thành phố quý 2/2019 tỷ lệ hồ sơ trực tuyến", []string{"tỷ lệ hồ sơ trực tuyến chung cấp huyện quý 2/2019"}},
		{"thấp nhất là huyện lào quý 2 tỷ lệ hồ sơ trực tuyến", []string{"huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất quý 2"}},
		{"có bao nhiêu rự án theo NQ22", []string{"có bao nhiêu dự án theo NQ22"}},
	})
	if got := replyText(t, a, "Sở Lao động - Thương binh và Xã hội quý 1 nộp bao nhiêu hồ sơ trực tuyến?"); !strings.Contains(got, "Sở Lao động") {
		t.Errorf("\"Lao động\" read as \"nào\": %s", got)
	}
	for _, q := range []string{"cả lước có bao nhiêu dịch vụ công mức 4", "UPDATE so_lieu SET gia_tri=0 WHERE chi_tieu='dvc3'"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure: %s", q, ans.Text)
		}
	}
}
