package nlu

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSpokenMarks(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Cho tôi xin số dịch vụ công mức 4 của các sở dấu phẩy ban dấu phẩy ngành cấp tỉnh dấu hỏi",
			"Cho tôi xin số dịch vụ công mức 4 của các sở, ban, ngành cấp tỉnh?"},
		{"Cấp huyện có bao nhiêu dịch vụ công mở ngoặc mức 3 và mức 4 đóng ngoặc chấm hỏi Xin cảm ơn chấm",
			"Cấp huyện có bao nhiêu dịch vụ công (mức 3 và mức 4)? Xin cảm ơn."},
		{"chào trợ lý xuống dòng Năm 2018 dấu phẩy tỷ lệ hồ sơ bao nhiêu phần trăm chấm hỏi",
			"chào trợ lý\nNăm 2018, tỷ lệ hồ sơ bao nhiêu phần trăm?"},
		{"Q2 gạch ngang 2019 huyện Hương Khê tỷ lệ bao nhiêu", "Q2-2019 huyện Hương Khê tỷ lệ bao nhiêu"},
		{"các sở có cổng gạch chéo trang thông tin điện tử", "các sở có cổng/trang thông tin điện tử"},
		{"DAU PHAY khong dau van duoc cham hoi", ", khong dau van duoc?"},
	}
	for _, c := range cases {
		got, ok := SpokenMarks(c.in)
		if !ok || got != c.want {
			t.Errorf("SpokenMarks(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	// Words that only look like marks stay: a decimal read aloud, scoring,
	// a message with no mark said.
	for _, in := range []string{"tỷ lệ 4 phẩy 92 phần trăm đúng không", "phần mềm trích lọc chấm điểm minh bạch", "Can Lộc quý 2 bao nhiêu hồ sơ"} {
		if got, ok := SpokenMarks(in); ok || got != in {
			t.Errorf("SpokenMarks(%q) = %q, %v; want it unchanged", in, got, ok)
		}
	}
}

func FuzzSpokenMarks(f *testing.F) {
	for _, s := range []string{"các sở dấu phẩy ban chấm hỏi", "mở ngoặc đóng ngoặc", "gạch ngang", "xuống dòng xuống dòng", "a chấm", "mở ngoặc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := SpokenMarks(s)
		if !ok && got != s {
			t.Fatalf("unchanged message rewritten: %q → %q", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q: %q", s, got)
		}
		if ok && len(strings.Fields(got)) > len(strings.Fields(s)) {
			t.Fatalf("more words after: %q → %q", s, got)
		}
	})
}
