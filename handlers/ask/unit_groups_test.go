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
