package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestWholeAndPartsAsked: "toàn tỉnh, trong đó cấp tỉnh" is the whole and
// its part; "đủ 50" of the level-4 services is the target of those added
// under the resolution; a project "tích hợp lên Cổng thông tin điện tử"
// is not the portal's; "cấp từ NQ22" after a programme's name asks its
// money.
func TestWholeAndPartsAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Số DVC mức độ 4 toàn tỉnh, trong đó cấp tỉnh bao nhiêu?", kind: ask.KindFigure,
			want: []string{"mức độ 4 toàn tỉnh đến ngày 10/06/2019: 30 dịch vụ", "cấp tỉnh đến ngày 10/06/2019: 7 dịch vụ"}},
		{q: "còn thiếu mấy DVC mức 4 nữa thì đủ 50", kind: ask.KindFigure, want: []string{"23 dịch vụ", "còn thiếu 27 dịch vụ"}},
		// A goal no target is stored for stays the question's own.
		{q: "còn thiếu mấy DVC mức 4 nữa thì đủ 40", kind: ask.KindFigure, want: []string{"30 dịch vụ", "còn thiếu 10 dịch vụ"}},
		{q: "Xây dựng chuyên mục “Tư vấn hỗ trợ pháp lý” tích hợp lên Cổng thông tin điện tử tỉnh đã được cấp bao nhiêu", kind: ask.KindFigure,
			want: []string{"Tư vấn hỗ trợ pháp lý", "300 triệu đồng"}, not: []string{"1.777"}},
		{q: "chương trình tập huấn người dân DN cấp từ nq22 bn", kind: ask.KindFigure, want: []string{"nguồn NQ 22: 1.800 triệu đồng"}},
	})
}

// TestGapAndReachedAfter: "hơn bn điểm" after two units set side by side
// is their gap; "đạt bn rồi" after a target is how far the figure got;
// "sở?" after the districts' rate is the agencies'.
func TestGapAndReachedAfter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "gap-reached", []chatCase{
		{turns: []string{"q2 Can Lộc với Thạch Hà ai cao hơn tl online", "hơn bn điểm"}, want: []string{"cao hơn Huyện Thạch Hà 11,4 điểm %"}},
		{turns: []string{"Can Lộc và Hương Khê quý 1 hồ sơ trực tuyến", "chênh bao nhiêu"}, want: []string{"468 hồ sơ", "Huyện Can Lộc cao hơn"}},
		{turns: []string{"nq22 mục tiêu thêm bn dvc mức 4", "đạt bn rồi"}, want: []string{"23 dịch vụ", "mục tiêu 50"}},
		{turns: []string{"tl hs online toàn tỉnh q1/2019", "q2", "các huyện?", "sở?"}, want: []string{"sở, ban, ngành cấp tỉnh quý 2/2019: 9,13%"}},
		{turns: []string{"chương trình tập huấn người dân DN cấp từ nq22 bn", "lồng ghép"}, want: []string{"lồng ghép nguồn khác: 180 triệu đồng"}},
	})
}
