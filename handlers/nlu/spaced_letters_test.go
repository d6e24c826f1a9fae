package nlu

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestJoinSpacedLetters(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"H ư ơ n g S ơ n quý 1 bao nhiêu hồ sơ online", "HươngSơn quý 1 bao nhiêu hồ sơ online"},
		{"Đ ứ c T h ọ quý 1 tỉ lệ", "ĐứcThọ quý 1 tỉ lệ"},
		{"a c e hỏi", "a c e hỏi"}, // three letters: words of their own
		{"tỷ lệ quý 2", "tỷ lệ quý 2"},
	} {
		got, _ := JoinSpacedLetters(tt.in)
		if got != tt.want {
			t.Errorf("JoinSpacedLetters(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzJoinSpacedLetters: joining is done in one pass (a second joins
// nothing), and the words' letters are kept, in order.
func FuzzJoinSpacedLetters(f *testing.F) {
	for _, s := range []string{"H ư ơ n g S ơ n quý 1", "a b c d e", "x y z", "q u ý 2 C a n L ộ c", "ạ  ạ ạ ạ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once, _ := JoinSpacedLetters(s)
		if twice, ok := JoinSpacedLetters(once); ok && twice != once {
			t.Fatalf("second pass joined %q into %q", once, twice)
		}
		if squeeze(once) != squeeze(s) {
			t.Fatalf("letters changed: %q → %q", s, once)
		}
	})
}

func squeeze(s string) string { return strings.Join(strings.Fields(norm.NFC.String(s)), "") }
