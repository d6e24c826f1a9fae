package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestNeighboursInRanking: "ai xếp ngay trên Hương Sơn", "liền sau", "kế
// TP Hà Tĩnh", "xếp trên Thạch Hà 1 bậc" name the unit next to the one
// asked, with both figures and the gap (the asked unit's own figure came
// back); "thêm bao nhiêu … mới ngang" is the gap of the two (was their
// sum); "thứ hai từ dưới lên" counts from the bottom (was from the top).
// "lũy kế", "không kể" are no "kế".
func TestNeighboursInRanking(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "neighbours", []chatCase{
		{[]string{"trong bảng tỷ lệ quý 2/2019, ai xếp ngay trên Hương Sơn"}, []string{"xếp ngay trên Huyện Hương Sơn (5,93%, hạng 8) là Huyện Kỳ Anh 6,82% (hạng 7), cách 0,89 điểm %"}, nil},
		{[]string{"q2 về tl hstt thì đv xếp trên Thạch Hà 1 bậc là đv nào ạ"}, []string{"là Thị xã Kỳ Anh 17,21%"}, nil},
		{[]string{"Hương Khê hơn đơn vị cấp huyện liền sau bao nhiêu điểm % trong quý 2/2019?"}, []string{"xếp ngay dưới Huyện Hương Khê", "Huyện Kỳ Anh 6,82%", "cách 6,91 điểm %"}, nil},
		{[]string{"quý 2/2019 về số DVC mức 3 thì kế TP Hà Tĩnh là đv nào"}, []string{"là Huyện Thạch Hà 112 dịch vụ (hạng 2)"}, nil},
		{[]string{"quý 2 tỷ lệ hstt đơn vị ngay trên Can Lộc"}, []string{"đứng đầu", "không có đơn vị nào xếp trên"}, nil},
		{[]string{"Quý 1/2019 Can Lộc phải có thêm bn hs trực tuyến thì mới ngang tp hà tĩnh"}, []string{"cao hơn Huyện Can Lộc 136 hồ sơ"}, []string{"Tổng cộng"}},
		{[]string{"Q2/2019 đơn vị cấp huyện xếp thứ hai từ dưới lên về tỷ lệ hstt là ai?"}, []string{"2. Huyện Hương Sơn 5,93%"}, []string{"Can Lộc"}},
		{[]string{"Lũy kế 6 tháng đầu năm 2019 TP Hà Tĩnh có bao nhiêu HS nộp trực tuyến?"}, []string{"1.416 hồ sơ"}, []string{"ngay dưới"}},
		{[]string{"Không kể thành phố và 2 thị xã, quý 2 Hương Khê xếp hạng mấy về tỷ lệ trực tuyến"}, []string{"đứng thứ 3/6"}, nil},
	})
}

// TestNeighbourAfterward: "kế sau là đơn vị nào?", "xếp trên nó 1 bậc
// là ai?", "liền trên là ai?" after a ranking or a unit's place or
// figure: that unit's neighbour (was the report's words, or its place
// again); "kém bao nhiêu điểm %?" then is the two units' gap. "quý liền
// trước" is a period, no neighbour.
func TestNeighbourAfterward(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "neighbour-after", []chatCase{
		{[]string{"q2/2019 huyện nào có tl hstt cao nhất", "kế sau là đơn vị cấp huyện nào?"}, []string{"xếp ngay dưới Huyện Can Lộc", "là Thành phố Hà Tĩnh 20,56%"}, nil},
		{[]string{"Thạch Hà q2/2019 xếp thứ mấy trong các đơn vị cấp huyện về tl hs trực tuyến", "xếp trên nó 1 bậc là ai?", "kém bao nhiêu điểm %?"},
			[]string{"Thị xã Kỳ Anh cao hơn Huyện Thạch Hà 0,88 điểm %"}, nil},
		{[]string{"Hồng Lĩnh q1/2019 tỷ lệ hstt", "đv cấp huyện xếp ngay dưới?"}, []string{"là Thị xã Kỳ Anh 13,08%", "cách 2,47 điểm %"}, nil},
		{[]string{"kỳ mới nhất huyện nào tỷ lệ hstt thấp nhất", "liền trên là ai?"}, []string{"là Huyện Hương Sơn 5,93%"}, nil},
		{[]string{"Sở TT&TT quý 2/2019 tỷ lệ hồ sơ trực tuyến", "quý liền trước"}, []string{"quý 1/2019: 10,99%"}, []string{"ngay"}},
	})
}

// TestEarlierTurns: "câu e hỏi mở đầu", "cái sở e hỏi trước tiên", "số a
// nói đầu tiên" turn back to the chat's first question; "câu đầu e hỏi
// đó, cho quý 1" after "huyện mô chưa nộp" is the first question's units,
// all of them (the district level of the second had replaced it); "gộp 2
// huyện lại" after two units is the two added.
func TestEarlierTurns(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "earlier", []chatCase{
		{[]string{"quý 2/2019 bao nhiêu đơn vị đã nộp báo cáo", "huyện mô chưa nộp", "câu đầu e hỏi đó, cho quý 1"}, []string{"17/32 đơn vị"}, nil},
		{[]string{"DVC mức 4 của Kỳ Anh quý 2/2019", "thị xã", "mức 3 của thị xã đó", "câu e hỏi mở đầu, thay bằng Hồng Lĩnh"},
			[]string{"mức độ 4 của Thị xã Hồng Lĩnh quý 2/2019: 9 dịch vụ"}, nil},
		// "gộp 2 huyện lại" after two units asked in turn: the two added
		// (was their level's figure, not stored).
		{[]string{"Can Lộc quý 2 bao nhiêu hồ sơ trực tuyến", "Thạch Hà thì sao", "gộp 2 huyện lại là bao nhiêu"}, []string{"Tổng cộng: 1.047 hồ sơ"}, nil},
	})
}
