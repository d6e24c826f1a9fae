package nlu

import (
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

func FuzzQuestionList(f *testing.F) {
	f.Add("a? / b?")
	f.Add("1. x? 2. y?")
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range QuestionList(s) {
			if q == "" || strings.Contains(q, "?") {
				t.Fatalf("QuestionList(%q): item %q", s, q)
			}
		}
	})
}
