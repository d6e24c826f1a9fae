package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestDateRangesAndPrices: two whole dates side by side with a dash are
// the period from one to the other (a quarter, a year); a leaflet's price
// and a project's money split by commune are no stored figure.
func TestDateRangesAndPrices(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Trong khoảng 01/01/2019 - 31/03/2019, Hương Sơn có bao nhiêu hồ sơ nộp trực tuyến?", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn quý 1/2019: 49 hồ sơ"}},
		{q: "Tỷ lệ hồ sơ nộp trực tuyến giai đoạn 01/01/2018 – 31/12/2018 là bao nhiêu?", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "Sở nào có tỷ lệ HS trực tuyến thấp nhất trong khoảng 01/01/2019 - 31/03/2019?", kind: ask.KindFigure, want: []string{"Sở Y tế"}},
	})
	for _, q := range []string{
		"in 10.000 tờ rơi thì mỗi tờ giá bao nhiêu",
		"chi phí làm trang TTĐT tính trên mỗi xã là bao nhiêu",
	} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure (%s): %s", q, ans.Kind, ans.Text)
		}
	}
}

// TestScopesAndSources: two asks joined by "và", a level's figure then a
// unit's own, each get their own scope; one source of the resolution's
// money "bằng bao nhiêu %" the other is set against that other, not
// against their total.
func TestScopesAndSources(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "UBND cấp huyện có bao nhiêu DVC mức độ 4 và toàn tỉnh bao nhiêu DVC mức độ 3", kind: ask.KindFigure,
			want: []string{"cấp huyện đến ngày 10/06/2019: 23 dịch vụ", "mức độ 3 toàn tỉnh đến ngày 10/06/2019: 1.995 dịch vụ"}, not: []string{"1.385"}},
		{q: "kinh phí lồng ghép nguồn khác bằng bao nhiêu % vốn NQ22", kind: ask.KindFigure, want: []string{"bằng 57,61%"}, not: []string{"36,55%"}},
	})
}
