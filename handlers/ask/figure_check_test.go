package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFigureChecked: a message that quotes a figure to check gets the
// stored figure and whether the one quoted is it; an approximation gets
// the figure alone; a message that checks nothing is not changed.
func TestFigureChecked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	n := vi.NewNumbers()
	online := answerFigure(t, a, "hồ sơ nộp trực tuyến năm 2018")
	leaflets := answerFigure(t, a, "số tờ rơi đã in")
	checkReplies(t, a, []replyCase{
		{q: "Bản tin ghi năm 2018 tỉnh có " + n.Num(online+27) + " hồ sơ nộp trực tuyến, nhờ đối chiếu giúp.", kind: ask.KindFigure,
			want: []string{n.Num(online) + " hồ sơ", "Con số " + n.Num(online+27) + " bạn nêu không khớp"}},
		{q: "Bản tin ghi năm 2018 tỉnh có " + n.Num(online) + " hồ sơ nộp trực tuyến, nhờ đối chiếu giúp.", kind: ask.KindFigure,
			want: []string{"Con số " + n.Num(online) + " bạn nêu khớp"}},
		{q: "em viết \"đã in " + n.Num(leaflets/1000) + " nghìn tờ rơi\" có đúng không anh, số chính xác bao nhiêu", kind: ask.KindFigure,
			want: []string{"bạn nêu khớp"}},
		{q: "Em đang viết \"toàn tỉnh đã cung cấp ngót 2 nghìn DVC mức độ 3\", anh cho em con số chính xác với", kind: ask.KindFigure,
			want: []string{"mức độ 3"}, not: []string{"khớp"}},
		{q: "Có bao nhiêu xã, phường, thị trấn có trang thông tin điện tử? Tôi cần đối chiếu với tỷ lệ 84%.", kind: ask.KindFigure, want: []string{"Tính ra"}, not: []string{"khớp"}},
		// A period asked back is chosen by the figure quoted; "mới nhất
		// theo báo cáo quý" is the units' latest quarter.
		{q: n.Num(online) + " hồ sơ trực tuyến là số tính đến thời điểm nào?", kind: ask.KindFigure, want: []string{"năm 2018: " + n.Num(online) + " hồ sơ"}},
		{q: "Tỷ lệ hồ sơ trực tuyến chung mới nhất theo báo cáo quý là bao nhiêu?", kind: ask.KindFigure, want: []string{"toàn tỉnh quý 2/2019"}},
		// A number that is no figure ("1 DVC": one service) chooses no
		// quarter because a label holds it ("quý 1/2019").
		{q: "TP Hà Tĩnh bình quân 1 DVC được mấy hồ sơ", kind: ask.KindAsk, want: []string{"kỳ nào"}},
		{q: "Can Lộc 2 dịch vụ được bao nhiêu hồ sơ", kind: ask.KindAsk, want: []string{"kỳ nào"}},
	})
}
