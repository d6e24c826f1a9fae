package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestSignedSums: units' counts added and taken away in one message ("A +
// B - C", "(A + B) - (C + D + E)", "A trừ B rồi trừ tiếp C", "… cộng lại
// chia 3"), each stored figure shown with its sign; a unit without the
// figure leaves the result unsaid; a dash that lists names, "trừ" that sets
// units aside and a dash inside a name stay as they were read.
func TestSignedSums(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Q2/2019 hstt: TX Kỳ Anh + TP Hà Tĩnh - Can Lộc = ?", kind: ask.KindFigure,
			want: []string{"Thị xã Kỳ Anh 352 + Thành phố Hà Tĩnh 812 − Huyện Can Lộc 642 = 522 hồ sơ"}},
		{q: "q2/2019 hồ sơ trực tuyến (TP Hà Tĩnh + Can Lộc) - (Thạch Hà + TX Kỳ Anh + Hồng Lĩnh) =", kind: ask.KindFigure, want: []string{"= 410 hồ sơ"}},
		{q: "hồ sơ trực tuyến quý 2 năm 2019: Can Lộc trừ Thạch Hà rồi trừ tiếp Đức Thọ thì ra bn", kind: ask.KindFigure, want: []string{"= 183 hồ sơ"}},
		{q: "hstong Q1/2019 TP Hà Tĩnh trừ tổng (Can Lộc + Lộc Hà)", kind: ask.KindFigure, want: []string{"= 369 hồ sơ"}},
		{q: "hstt quý 1/2019 của TP Hà Tĩnh, Hồng Lĩnh, Can Lộc cộng lại chia 3", kind: ask.KindFigure, want: []string{"= 1.305 hồ sơ; chia 3: 435"}},
		{q: "Vũ Quang - Thạch Hà + Can Lộc hstt quý 1/2019", kind: ask.KindNoData, want: []string{"Vũ Quang"}, not: []string{"311"}},
		{q: "so sánh Can Lộc - Thạch Hà quý 2 hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"642 hồ sơ", "405 hồ sơ"}, not: []string{"−"}},
		{q: "Q1 tỉ lệ chung các sở trừ Sở TTTT", kind: ask.KindFigure, want: []string{"5,07%"}},
		{q: "Sở Lao động - Thương binh và Xã hội quý 1 bao nhiêu hồ sơ trực tuyến", kind: ask.KindNoData, not: []string{"−"}},
		// Figures of one kind named with "cộng": their sum too.
		{q: "UBND cấp huyện có bao nhiêu DVC mức 3 cộng mức 4", kind: ask.KindFigure, want: []string{"Tổng cộng: 1.408 dịch vụ"}},
		{q: "kinh phí đã bố trí cộng kinh phí lồng ghép là bao nhiêu", kind: ask.KindFigure, want: []string{"Tổng cộng: 7.332 triệu đồng"}},
	})
}

// TestCompactDatesAndNeighbours: "2k18", "06/19", "27/02/19" are read in
// full; "X đứng ngay sau huyện nào" asks the unit above X, "sau X là huyện
// nào" the one below.
func TestCompactDatesAndNeighbours(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tỷ lệ hs trực tuyến 2k18", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "tính đến 06/19 toàn tỉnh có bn dvc mức 3", kind: ask.KindFigure, want: []string{"1.995 dịch vụ"}},
		{q: "tính tới 27/02/19 trên cổng dvc phát sinh bn hs mức 3 mức 4", kind: ask.KindFigure, want: []string{"1.636 hồ sơ"}},
		{q: "q2 2019: Hương Sơn đứng ngay sau huyện nào về tỉ lệ hồ sơ trực tuyến", kind: ask.KindFigure,
			want: []string{"xếp ngay trên Huyện Hương Sơn", "là Huyện Kỳ Anh 6,82%"}},
		{q: "quý 1/2019 về DVC mức độ 3, sau Can Lộc là huyện nào", kind: ask.KindFigure, want: []string{"xếp ngay dưới Huyện Can Lộc", "Huyện Hương Khê"}},
		{q: "quý 2 tỷ lệ hồ sơ trực tuyến đứng ngay sau Can Lộc là ai", kind: ask.KindFigure, want: []string{"xếp ngay dưới Huyện Can Lộc"}},
	})
	checkChats(t, a, "neighbours", []chatCase{
		{turns: []string{"Thạch Hà quý 2 tỷ lệ hồ sơ trực tuyến", "liền sau là ai"}, want: []string{"xếp ngay dưới Huyện Thạch Hà"}},
		{turns: []string{"Thạch Hà quý 2 tỷ lệ hồ sơ trực tuyến", "chỉ đứng sau đơn vị nào"}, want: []string{"xếp ngay trên Huyện Thạch Hà"}},
	})
}
