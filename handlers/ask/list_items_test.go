package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestListItemsReadOn: the items of a question list read on from the ones
// before as a chat's turns do: "tổng cả hai" adds the two figures asked
// before it, and an item that names a figure of its own ("mức 3 cấp xã
// mỗi xã" after the services in operation) gets it, not the item before's
// figure again.
func TestListItemsReadOn(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"- tổng DVC mức 3 của Điện lực và Thuế? / - DVCTT mức 3 vận hành? / - mức 3 cấp xã mỗi xã?",
			[]string{"DVC mức 3 ngành điện lực và thuế", "DVCTT mức 3 đã vận hành", "số DVC mức 3 của mỗi xã"}},
	})
	got := replyText(t, a, "gấp: k/p NQ22 đã bố trí? / lồng ghép? / tổng cả hai bn?")
	sum := lastSentence(body(replyTextIn(t, a, []string{"kinh phí NQ22 đã bố trí bao nhiêu", "lồng ghép?", "tổng cả hai bn?"})))
	if !strings.HasPrefix(sum, "Tổng cộng") || !strings.Contains(got, sum) {
		t.Errorf("the two funds added (%q) not in the list's reply: %s", sum, got)
	}
}
