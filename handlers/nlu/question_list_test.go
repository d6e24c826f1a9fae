package nlu

import (
	"slices"
	"strings"
	"testing"
)

func TestQuestionList(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"5 tháng đầu 2019 số HS nộp qua DVC mức 3, 4? / đạt tỷ lệ bao nhiêu?", []string{"5 tháng đầu 2019 số HS nộp qua DVC mức 3, 4", "đạt tỷ lệ bao nhiêu"}},
		{"1. DVC mức 3 toàn tỉnh? / 2. tỷ lệ HS trực tuyến năm 2018? / 3. k/p NQ22 còn thiếu?", []string{"DVC mức 3 toàn tỉnh", "tỷ lệ HS trực tuyến năm 2018", "k/p NQ22 còn thiếu"}},
		{"quý 2 bn đơn vị nộp báo cáo?; tỷ lệ xã được tập huấn?; DVC mức 4 cấp tỉnh?", []string{"quý 2 bn đơn vị nộp báo cáo", "tỷ lệ xã được tập huấn", "DVC mức 4 cấp tỉnh"}},
		{"- Can Lộc q2 tỷ lệ? - PCI 2018 hạng mấy? xin cảm ơn", []string{"Can Lộc q2 tỷ lệ", "PCI 2018 hạng mấy"}},
		{"Thạch Hà quý 2/2019: - Số DVC mức độ 3? - Mức độ 4?", []string{"Thạch Hà quý 2/2019: Số DVC mức độ 3", "Thạch Hà quý 2/2019: Mức độ 4"}},
		{"đã bố trí bn? lồng ghép bn? (NQ22 nha)", []string{"đã bố trí bn (NQ22 nha)", "lồng ghép bn (NQ22 nha)"}},
	} {
		got := QuestionList(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("QuestionList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{"Can Lộc quý 2 bao nhiêu hồ sơ?", "bao nhiêu?", "??"} {
		if got := QuestionList(in); got != nil {
			t.Errorf("QuestionList(%q) = %q: not a list", in, got)
		}
	}
}

func TestItemList(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"c cần 3 số: HS online 2018; HS online 5 tháng 2019; tỷ lệ 5 tháng", []string{"HS online 2018", "HS online 5 tháng 2019", "tỷ lệ 5 tháng"}},
		{"- số xã có trang TTĐT - số DN trên sàn TMĐT - số video trên fanpage", []string{"số xã có trang TTĐT", "số DN trên sàn TMĐT", "số video trên fanpage"}},
		{"Xin số liệu kinh phí NQ 22: 1. đã bố trí; 2. lồng ghép nguồn khác", []string{"kinh phí NQ 22: đã bố trí", "kinh phí NQ 22: lồng ghép nguồn khác"}},
		{"Báo Hà Tĩnh: + số bài năm 2017; + số tin, bài năm 2018", []string{"Báo Hà Tĩnh: số bài năm 2017", "Báo Hà Tĩnh: số tin, bài năm 2018"}},
	} {
		got := ItemList(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("ItemList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{
		"KP NQ22: bố trí, lồng ghép, còn thiếu",               // one figure's parts
		"Dự án cổng TTĐT tỉnh: 600 năm 2017 + 1.000 năm 2018", // added
		"=SUM(kinh phí NQ22 đã bố trí ; lồng ghép nguồn khác)",
		"Huyện Can Lộc quý 2/2019: tỷ lệ HS trực tuyến, kèm số DVC mức 3",
	} {
		if got := ItemList(in); got != nil {
			t.Errorf("ItemList(%q) = %q: not a list", in, got)
		}
	}
}

// TestBlockList: blocks of a message split at empty lines, not at single
// line breaks, which join one question's parts.
func TestBlockList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"q2 mấy đơn vị đã nộp\n\nhuyện nào tỷ lệ cao nhất", []string{"q2 mấy đơn vị đã nộp", "huyện nào tỷ lệ cao nhất"}},
		{"Hương Khê\nquý 2\ntỷ lệ?\n \t\nCan Lộc\nquý 1", []string{"Hương Khê\nquý 2\ntỷ lệ?", "Can Lộc\nquý 1"}},
		{"Hương Khê\nquý 2\ntỷ lệ?", nil},
		{"\n\nmột câu\n\n", nil},
	}
	for _, tt := range tests {
		if got := BlockList(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("BlockList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzQuestionList(f *testing.F) {
	f.Add("a? / b?")
	f.Add("1. x? 2. y?")
	f.Add("c cần 3 số: a; b; c")
	f.Add("- a - b")
	f.Add("a\n\nb\n \nc")
	f.Fuzz(func(t *testing.T, s string) {
		blocks := BlockList(s)
		if blocks != nil && len(blocks) < 2 {
			t.Fatalf("BlockList(%q) = %q: a list of one", s, blocks)
		}
		for _, b := range blocks {
			if b == "" || b != strings.TrimSpace(b) {
				t.Fatalf("BlockList(%q): block %q", s, b)
			}
		}
		for _, q := range QuestionList(s) {
			if q == "" || strings.Contains(q, "?") {
				t.Fatalf("QuestionList(%q): item %q", s, q)
			}
		}
		items := ItemList(s)
		if items != nil && len(items) < 2 {
			t.Fatalf("ItemList(%q) = %q: a list of one", s, items)
		}
		for _, q := range items {
			if strings.TrimSpace(q) == "" || strings.HasSuffix(q, ": ") {
				t.Fatalf("ItemList(%q): empty item %q", s, q)
			}
		}
	})
}
