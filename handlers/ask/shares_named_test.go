package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestSharesAsNamed: "A bằng mấy % B" of one figure of two places is A over
// B as named, above 100% too (it gave B over A, the smaller over the
// larger); "tổng X bằng khoảng mấy % so với tổng Y" is X over Y, not X
// over their sum; the money still missing set against what was allotted
// from both sources is over those two, not over a sum that holds itself.
func TestSharesAsNamed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, c := range []struct{ question, want, not string }{
		{"hồ sơ trực tuyến Can Lộc quý 2 bằng mấy phần trăm Hương Sơn", "490,08%", "20,4%"},
		{"hồ sơ trực tuyến Hương Sơn quý 2 bằng mấy phần trăm Can Lộc", "20,4%", "490,08%"},
		{"tổng DVC mức 4 chỉ bằng khoảng mấy % so với tổng DVC mức 3 nhỉ", "bằng 1,5%", "1,48%"},
		{"phần còn thiếu bằng bao nhiêu % tổng kinh phí đã có của cả 2 nguồn", "48,62%", "32,72%"},
		{"kinh phí còn thiếu chiếm mấy % tổng nhu cầu (đã bố trí + lồng ghép + còn thiếu)", "32,72%", "48,62%"},
		{"Kinh phí còn thiếu bằng bao nhiêu phần trăm kinh phí đã bố trí theo NQ22?", "76,63%", "130,5"},
	} {
		got := replyText(t, a, c.question)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%q:\n%s\nwant %q, not %q", c.question, got, c.want, c.not)
		}
	}
}
