package ask_test

import (
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
	checkReplies(t, a, []replyCase{
		{q: "hồ sơ trực tuyến Can Lộc quý 2 bằng mấy phần trăm Hương Sơn", want: []string{"490,08%"}, not: []string{"20,4%"}},
		{q: "hồ sơ trực tuyến Hương Sơn quý 2 bằng mấy phần trăm Can Lộc", want: []string{"20,4%"}, not: []string{"490,08%"}},
		{q: "tổng DVC mức 4 chỉ bằng khoảng mấy % so với tổng DVC mức 3 nhỉ", want: []string{"bằng 1,5%"}, not: []string{"1,48%"}},
		{q: "phần còn thiếu bằng bao nhiêu % tổng kinh phí đã có của cả 2 nguồn", want: []string{"48,62%"}, not: []string{"32,72%"}},
		{q: "kinh phí còn thiếu chiếm mấy % tổng nhu cầu (đã bố trí + lồng ghép + còn thiếu)", want: []string{"32,72%"}, not: []string{"48,62%"}},
		{q: "Kinh phí còn thiếu bằng bao nhiêu phần trăm kinh phí đã bố trí theo NQ22?", want: []string{"76,63%"}, not: []string{"130,5"}},
	})
}
