package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitGroups: groups of units set against each other, each taken
// together (a count added, a rate from its parts), and the gap.
func TestUnitGroups(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tx Kỳ Anh + Hương Khê đối chiếu với Đức Thọ + Hương Sơn q2/2019, hstt mỗi bên bao nhiêu", kind: ask.KindFigure,
			want: []string{"nhóm 1 (Thị xã Kỳ Anh, Huyện Hương Khê): 582 hồ sơ", "nhóm 2 (Huyện Đức Thọ, Huyện Hương Sơn): 185 hồ sơ", "Nhóm 1 cao hơn nhóm 2 397 hồ sơ"}},
		{q: "khối thành thị (TP Hà Tĩnh, Hồng Lĩnh) và khối nông thôn (Can Lộc, Thạch Hà, Hương Khê) q2/2019 tỷ lệ trực tuyến từng khối", kind: ask.KindFigure,
			want: []string{"nhóm 1 (Thành phố Hà Tĩnh, Thị xã Hồng Lĩnh): 20,02% (1.099/5.490)", "19,74% (1.277/6.470)", "0,28 điểm %"}},
		{q: "nhóm I: Can Lộc, Lộc Hà; nhóm II: Thạch Hà, Cẩm Xuyên. Q1/2019 tỉ lệ online mỗi nhóm bao nhiêu", kind: ask.KindFigure,
			want: []string{"nhóm 1 (Huyện Can Lộc, Huyện Lộc Hà): 21,78% (730/3.351)", "nhóm 2 (Huyện Thạch Hà, Huyện Cẩm Xuyên): 10,69%", "11,09 điểm %"}},
		// One unit against one: no groups.
		{q: "Can Lộc so với Thạch Hà quý 2 hồ sơ trực tuyến", kind: ask.KindFigure, not: []string{"nhóm 1"}},
	})
}

// TestByLevels: "từng cấp", "chia theo cấp": the figure of each level that
// has one (not one stated for each unit of a level).
func TestByLevels(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "DVC mức 4 chia theo cấp", kind: ask.KindFigure, want: []string{"cấp tỉnh đến ngày 10/06/2019: 7 dịch vụ", "cấp huyện đến ngày 10/06/2019: 23 dịch vụ"}},
		{q: "DVC mức 3 từng cấp", kind: ask.KindFigure, want: []string{"610 dịch vụ", "1.385 dịch vụ"}, not: []string{"mỗi đơn vị cấp xã"}},
	})
}

// TestEveryOneListed: every unit of a level asked one by one ("hết thảy
// các huyện", "đủ 13 huyện thị", "kê hết ra", "từng đơn vị … mới nhất"):
// each unit's figure, never the level's total in their place.
func TestEveryOneListed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "cho e xin tỷ lệ hồ sơ nộp trực tuyến quý 1/2019 của hết thảy các huyện nhé", kind: ask.KindFigure,
			want: []string{"1. Huyện Lộc Hà 23,39%", "Huyện Hương Sơn 2,33%"}},
		{q: "kê giúp a tỉ lệ hs trực tuyến q2/2019 đủ 13 huyện thị", kind: ask.KindFigure, want: []string{"1. Huyện Can Lộc 27,73%"}},
		{q: "Tỷ lệ hồ sơ trực tuyến mới nhất của từng đơn vị cấp huyện?", kind: ask.KindFigure, want: []string{"quý 2/2019", "1. Huyện Can Lộc 27,73%"}},
		// Added up: the total.
		{q: "tổng hồ sơ trực tuyến quý 2 của tất cả các huyện cộng lại", kind: ask.KindFigure, want: []string{"3.031 hồ sơ"}, not: []string{"1. Thành phố"}},
	})
}
