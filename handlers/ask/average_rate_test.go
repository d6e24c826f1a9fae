package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestAverageOfRates: the average rate of a level is its pooled rate,
// said as such (not refused, not the mean of the rates); a unit set
// against the average of its level or of the province, in words that do
// not name the rate ("cao hay thấp", "gấp mấy lần", "thì răng", "mức tb",
// "bq"), gets both rates and the gap.
func TestAverageOfRates(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Bình quân các sở quý 2/2019 tỷ lệ hồ sơ trực tuyến?", kind: ask.KindFigure,
			want: []string{"các sở, ban, ngành cấp tỉnh quý 2/2019: 9,13%", "tỷ lệ gộp của 3 đơn vị"}},
		{q: "trung bình tỷ lệ hồ sơ trực tuyến của các huyện quý 2/2019", kind: ask.KindFigure,
			want: []string{"cấp huyện quý 2/2019: 15,28% (3.031/19.835)", "tỷ lệ gộp của 9 đơn vị đã báo cáo", "không phải trung bình cộng các tỷ lệ"}},
		{q: "Trung bình các huyện quý 2 tỷ lệ hồ sơ trực tuyến chừ là bao nhiêu ạ?", kind: ask.KindFigure,
			want: []string{"cấp huyện quý 2/2019: 15,28%"}, not: []string{"hiện nay"}},
		{q: "Nghi Xuân quý 1/2019 so bình quân các huyện cao hay thấp?", kind: ask.KindFigure,
			want: []string{"Huyện Nghi Xuân quý 1/2019: 6,11%", "cấp huyện quý 1/2019: 11,88%"}},
		{q: "Can Lộc quý 2/2019 gấp mấy lần trung bình các huyện?", kind: ask.KindFigure,
			want: []string{"27,73%", "15,28%"}},
		{q: "Hương Khê quý 2 đứng trên hay dưới mức tb của các huyện?", kind: ask.KindFigure,
			want: []string{"13,73%", "15,28%"}},
		{q: "Sở TT&TT quý 2 so với bq khối sở thì răng?", kind: ask.KindFigure, want: []string{"14,18%", "9,13%"}},
		{q: "Cẩm Xuyên quý 1 so với mức chung toàn tỉnh ra sao?", kind: ask.KindFigure, want: []string{"8,27%", "11,09%"}},
		{q: "Hương Khê quý 2 đứng trên hay dưới mặt bằng các huyện", kind: ask.KindFigure, want: []string{"13,73%", "15,28%"}},
	})
}
