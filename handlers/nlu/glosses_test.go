package nlu

import (
	"testing"
	"unicode/utf8"
)

func TestWithoutGlosses(t *testing.T) {
	for in, want := range map[string]string{
		"Đài PTTH (Phát thanh và Truyền hình) tỉnh nhận bao nhiêu?":         "Đài PTTH tỉnh nhận bao nhiêu?",
		"Cổng TTĐT (Cổng thông tin điện tử) của tỉnh":                       "Cổng TTĐT của tỉnh",
		"số DVC (tức là dịch vụ công) mức 4":                                "số DVC mức 4",
		"Thứ hạng PCI năm 2017 là bao nhiêu [trước khi tăng bậc]?":          "Thứ hạng PCI năm 2017 là bao nhiêu?",
		"còn bao nhiêu sở chưa nộp (*) - (*) chỉ tính các cơ quan bắt buộc": "còn bao nhiêu sở chưa nộp",
		// Kept: a field's code that opens the line, blanks to fill, a
		// parenthesis that is no spelling-out.
		"[hstong] Thạch Hà / Q1/2019":            "[hstong] Thạch Hà / Q1/2019",
		"năm 2018: [....] hồ sơ, tỷ lệ [....]":   "năm 2018: [....] hồ sơ, tỷ lệ [....]",
		"Hương Khê (quý 2) tỷ lệ bao nhiêu":      "Hương Khê (quý 2) tỷ lệ bao nhiêu",
		"PCI (chỉ số năng lực cạnh tranh) 2018?": "PCI (chỉ số năng lực cạnh tranh) 2018?",
	} {
		if got := WithoutGlosses(in); got != want {
			t.Errorf("WithoutGlosses(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzWithoutGlosses(f *testing.F) {
	for _, s := range []string{"Đài PTTH (Phát thanh và Truyền hình)", "a [b c] (*) d (*) e", "((", "[]", "x (tức", "(*)(*)(*)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := WithoutGlosses(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("WithoutGlosses(%q) = %q: not UTF-8", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("WithoutGlosses(%q) = %q: longer", s, got)
		}
	})
}
