package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBoundsChecked: a yes-or-no question setting one figure against a
// bound ("có nhiều hơn 20 … không", "đã quá 600 chưa", "có quá 50 nghìn
// … chưa", "có lọt top 25 không") gets the figure and whether it is past
// the bound; the bound is no change asked, no filter of units and no
// year ("2 nghìn").
func TestBoundsChecked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ q, figure, verdict string }{
		{"Cấp huyện có nhiều hơn 20 dịch vụ công mức độ 4 không", "23 dịch vụ", "trên 20: đúng"},
		{"Các sở cấp tỉnh có bao nhiêu DVC mức độ 3 nhỉ, đã quá 600 chưa", "610 dịch vụ", "trên 600: đúng"},
		{"sàn thương mại điện tử có quá 50 nghìn lượt đăng nhập chưa", "47.770 lượt", "trên 50.000: không đúng"},
		{"PCI năm 2018 tỉnh mình có lọt top 25 không em", "hạng 23", "không quá 25: đúng"},
	} {
		got := replyText(t, a, tc.q)
		if !strings.Contains(got, tc.figure) || !strings.Contains(got, "Mốc bạn hỏi, "+tc.verdict) {
			t.Errorf("%q:\n%s\nwant %q and %q", tc.q, got, tc.figure, tc.verdict)
		}
	}
	if got := replyText(t, a, "2018 số hồ sơ online khoảng 2 nghìn đúng ko, cho xin số chuẩn"); !strings.Contains(got, "năm 2018: 1.952 hồ sơ") {
		t.Errorf("\"2 nghìn\" read as something else: %s", got)
	}
}
