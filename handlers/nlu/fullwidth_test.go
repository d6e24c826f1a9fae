package nlu

import "testing"

func TestFromFullWidth(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"5 tháng đầu ２０１９ tỉ lệ bao nhiêu，số hồ sơ bao nhiêu luôn ạ？", "5 tháng đầu 2019 tỉ lệ bao nhiêu,số hồ sơ bao nhiêu luôn ạ?"},
		{"「Can Lộc」ｑ２ tỉ lệ。", "\"Can Lộc\"q2 tỉ lệ. "},
		{"tỷ lệ quý 2", "tỷ lệ quý 2"},
	} {
		if got, _ := FromFullWidth(tt.in); got != tt.want {
			t.Errorf("FromFullWidth(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFromFullWidth: one pass reads every wide sign (a second changes
// nothing), and text with none is left as it is.
func FuzzFromFullWidth(f *testing.F) {
	for _, s := range []string{"ｑ２/２０１９，Can Lộc？", "「x」。、", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once, ok := FromFullWidth(s)
		if !ok && once != s {
			t.Fatalf("changed %q with nothing wide", s)
		}
		if twice, _ := FromFullWidth(once); twice != once {
			t.Fatalf("second pass: %q → %q", once, twice)
		}
	})
}
