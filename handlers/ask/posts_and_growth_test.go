package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitsByTheirLeaders: a unit said by its leader ("bên ông chủ tịch
// UBND TP Hà Tĩnh", "huyện của bí thư Can Lộc", "Hồng Lĩnh chỗ anh chủ
// tịch") is the unit asked; a leader asked about as a person is not.
func TestUnitsByTheirLeaders(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "bên ông chủ tịch UBND TP Hà Tĩnh quý 2 nộp trực tuyến bn hồ sơ", kind: ask.KindFigure, want: []string{"Thành phố Hà Tĩnh quý 2/2019: 812 hồ sơ"}},
		{q: "quý 2 huyện của bí thư Can Lộc tỷ lệ nộp online được mấy %", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 2/2019: 27,73%"}},
		{q: "quý 1 TP Hà Tĩnh của ông chủ tịch thành phố có bao nhiêu dv mức 3", kind: ask.KindFigure, want: []string{"Thành phố Hà Tĩnh quý 1/2019: 115 dịch vụ"}},
		{q: "quý 1 đơn vị của anh bí thư Lộc Hà nộp trực tuyến bao nhiêu hồ sơ", kind: ask.KindFigure, want: []string{"Huyện Lộc Hà quý 1/2019: 262 hồ sơ"}},
		{q: "chủ tịch tỉnh hiện nay là ai", kind: ask.KindOutOfScope},
		{q: "chủ tịch Hương Khê là ai", kind: ask.KindOutOfScope},
		{q: "bí thư Đức Thọ quý 2 tỷ lệ hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ quý 2/2019: 2,86%"}},
	})
}

// TestGrowthInPercent: "hồ sơ trực tuyến … tăng bao nhiêu phần trăm" is
// the count's growth; "tỷ lệ … tăng bao nhiêu %" the rate's points.
func TestGrowthInPercent(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Thạch Hà hồ sơ trực tuyến quý 2 tăng bao nhiêu phần trăm so với quý 1", kind: ask.KindFigure,
			want: []string{"311 hồ sơ", "405 hồ sơ (tăng 94 hồ sơ)", "+30,23%"}},
		{q: "tỷ lệ hồ sơ trực tuyến Thạch Hà quý 2 tăng bao nhiêu % so với quý 1", kind: ask.KindFigure,
			want: []string{"tăng 3,36 điểm %"}, not: []string{"30,23"}},
		// Money of two years, in per cent of the older when asked so.
		{q: "kinh phí cấp cho Đài PTTH năm 2019 tăng bao nhiêu % so với 2018", kind: ask.KindFigure,
			want: []string{"Năm 2019 so với năm 2018: +50 triệu đồng. Tính theo phần trăm: +125%."}},
		{q: "Đài PTTH năm 2019 được nhiều hơn năm 2018 bao nhiêu", kind: ask.KindFigure,
			want: []string{"Năm 2019 so với năm 2018: +50 triệu đồng."}, not: []string{"Tính theo phần trăm"}},
	})
	checkChats(t, a, "growth", []chatCase{
		{turns: []string{"Can Lộc quý 2 nộp trực tuyến bao nhiêu hồ sơ", "so với quý 1 tăng bao nhiêu %?"}, want: []string{"tăng 174 hồ sơ", "+37,18%"}},
		{turns: []string{"Can Lộc quý 2 nộp trực tuyến bao nhiêu hồ sơ", "so với quý 1 tăng bao nhiêu %?", "thế Hương Khê?"}, want: []string{"Huyện Hương Khê", "+30,68%"}},
		{turns: []string{"Can Lộc quý 2 nộp trực tuyến bao nhiêu hồ sơ", "tính ra phần trăm"}, want: []string{"27,73%"}},
	})
}

// TestWhichPeriod: "quý nào Can Lộc cao hơn", "năm nào … nhiều nhất": the
// figure of every stored period, which shows which, not a ranking of units
// nor a question back.
func TestWhichPeriod(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "cho e hỏi quý nào Can Lộc có tỷ lệ hồ sơ nộp trực tuyến cao hơn ạ", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc, quý 1/2019: 20,98%; quý 2/2019: 27,73%"}},
		{q: "năm nào số hồ sơ nộp qua dvc mức 3, 4 nhiều nhất", kind: ask.KindFigure,
			want: []string{"toàn tỉnh, năm 2018: 1.952 hồ sơ; 5 tháng đầu năm 2019: 6.704 hồ sơ"}, not: []string{"Thành phố Hà Tĩnh"}},
		{q: "huyện nào tỷ lệ hồ sơ trực tuyến cao nhất quý 2", kind: ask.KindFigure, want: []string{"cao nhất là Huyện Can Lộc 27,73%"}},
		// A level's, or every unit's, reports: the quarters reported.
		{q: "quý nào khối sở có tỷ lệ hồ sơ trực tuyến thấp hơn", kind: ask.KindFigure,
			want: []string{"sở, ban, ngành cấp tỉnh, quý 1/2019: 5,67%; quý 2/2019: 9,13%"}},
		{q: "quý nào toàn tỉnh tỷ lệ hồ sơ nộp trực tuyến cao hơn, tính theo các đơn vị đã báo cáo", kind: ask.KindFigure,
			want: []string{"toàn tỉnh, quý 1/2019: 11,09%; quý 2/2019: 14,45%"}},
	})
}

// TestWhichPeriodAfter: "quý nào thấp hơn" after a unit's figure: the same
// figure of every stored period.
func TestWhichPeriodAfter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "which", []chatCase{
		{turns: []string{"Hương Sơn quý 2 tỷ lệ hồ sơ trực tuyến", "quý nào thấp hơn"}, want: []string{"quý 1/2019: 2,33%; quý 2/2019: 5,93%"}},
		{turns: []string{"Hương Khê quý 1 nộp trực tuyến bao nhiêu hồ sơ", "quý nào nhiều hơn"}, want: []string{"quý 1/2019: 176 hồ sơ; quý 2/2019: 230 hồ sơ"}},
	})
}
