package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitsTheReportDoesNotName: "xã nào chưa có trang thông tin điện
// tử" is a list the report does not give; the level's count is context,
// not the answer. "chưa được tập huấn" of people whose whole no line
// states has no figure, never the people trained.
func TestUnitsTheReportDoesNotName(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "xã nào chưa có trang thông tin điện tử?", kind: ask.KindNoData, want: []string{"không nêu tên từng đơn vị cấp xã", "còn 41 chưa có"}},
		{q: "những xã nào đã có trang thông tin điện tử", kind: ask.KindNoData, want: []string{"không nêu tên từng đơn vị cấp xã", "221"}},
		// Every commune has it: none is missing, and the figure says so.
		{q: "xã nào chưa có một cửa điện tử", kind: ask.KindFigure, want: []string{"262 đơn vị (262/262)"}},
		// How many is still a count.
		{q: "còn bao nhiêu xã phường chưa có trang thông tin điện tử", kind: ask.KindFigure, want: []string{"còn 41 chưa có"}},
		{q: "bao nhiêu cán bộ một cửa chưa được tập huấn?", kind: ask.KindNoData, want: []string{"không tính được phần còn lại"}},
	})
}

// TestPlacesAgainstOthers: the unit a unit only just beats, the unit
// ranked n-th it is set against, and how many rank above or below it.
func TestPlacesAgainstOthers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Q2 2019 số hs trực tuyến của huyện Kỳ Anh chỉ hơn được huyện nào", kind: ask.KindFigure,
			want: []string{"xếp ngay dưới Huyện Kỳ Anh (118 hồ sơ, hạng 8) là Huyện Đức Thọ 54 hồ sơ"}},
		{q: "quý 2/2019 Sở TT&TT hơn sở đứng thứ 2 bao nhiêu điểm % tỷ lệ hồ sơ trực tuyến", kind: ask.KindFigure,
			want: []string{"xếp thứ 2 là Sở Tài chính 8,57%", "cách nhau 5,61 điểm %"}},
		{q: "Can Lộc quý 2/2019 hơn huyện xếp thứ 3 bao nhiêu điểm tỷ lệ hồ sơ trực tuyến", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc 27,73% (hạng 1)", "xếp thứ 3 là Thị xã Hồng Lĩnh 18,64%", "9,09 điểm %"}},
		{q: "Can Lộc quý 2/2019 hơn huyện xếp thứ 30 bao nhiêu điểm tỷ lệ hồ sơ trực tuyến", kind: ask.KindNoData,
			want: []string{"không có đơn vị xếp thứ 30"}},
		{q: "quý 1/2019 Cẩm Xuyên đứng thứ mấy về tl hồ sơ trực tuyến giữa các địa phương, trên nó có mấy đơn vị", kind: ask.KindFigure,
			want: []string{"thứ 8/12", "Xếp trên có 7 đơn vị."}},
		{q: "Cẩm Xuyên quý 1/2019 tỷ lệ hồ sơ trực tuyến xếp thứ mấy, dưới có bao nhiêu huyện", kind: ask.KindFigure,
			want: []string{"thứ 8/12", "Xếp dưới có 4 đơn vị."}},
		// Its own place is no other unit's.
		{q: "Cẩm Xuyên đứng thứ 8 về tỷ lệ hồ sơ trực tuyến quý 1/2019 đúng không", not: []string{"xếp thứ 8 là"}},
	})
}
