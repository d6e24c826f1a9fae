package nlu

import (
	"strings"
	"testing"
)

func TestFromVIQR(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"to^?ng so^' DVC mu+'c ddo^. 3", "tổng số DVC mức độ 3"},
		{"Ca(n Lo^.c quy' 2 ty' le^. ho^` so+ tru+.c tuye^'n?", "Căn Lộc quý 2 tý lệ hồ sơ trực tuyến?"},
		{"ti?nh hie^.n co' ma^'y DVC mu+'c 4 a.", "tỉnh hiện có mấy DVC mức 4 a."},
		{"DDa`o ta.o ca^'p xa~, Nghe^. An", "Đào tạo cấp xã, Nghệ An"},
		// One sign inside a word is enough: a short follow-up.
		{"co`n 2017", "còn 2017"},
		{"huye^.n", "huyện"},
		{"don't", "don't"},
		{"QI+QII", "QI+QII"},
		// A hat no vowel takes is dropped.
		{"hi^' ca'c", "hí các"},
		// Not VIQR: a quote, a question mark, a stop alone.
		{"NQ22' OR '1'='1", "NQ22' OR '1'='1"},
		{"Can Lộc quý 2 bao nhiêu?", "Can Lộc quý 2 bao nhiêu?"},
		{"tỷ lệ 13.25% à.", "tỷ lệ 13.25% à."},
		{"ddi", "ddi"},
	} {
		if got := fromVIQR(tt.in); got != tt.want {
			t.Errorf("fromVIQR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Normalize("Ca(n Lo^.c quy' 2 ty3 le^. ho^` so+ tru+.c tuye^'n").Folded; got != "can loc quy 2 ty le ho so truc tuyen" {
		t.Errorf("Normalize of VIQR = %q", got)
	}
}

// FuzzFromVIQR: reading VIQR drops signs only, reads the same again, and
// leaves a message with no sign after a vowel as it is.
func FuzzFromVIQR(f *testing.F) {
	f.Add("to^?ng so^' DVC mu+'c ddo^. 3")
	f.Add("NQ22' OR '1'='1")
	f.Add("a^'a`.")
	f.Fuzz(func(t *testing.T, s string) {
		got := fromVIQR(s)
		if !looksVIQR(s) && got != s {
			t.Fatalf("fromVIQR(%q) = %q changed a message that is no VIQR", s, got)
		}
		if again := fromVIQR(got); again != got {
			t.Fatalf("fromVIQR(%q) = %q, read again %q", s, got, again)
		}
		for _, sign := range []string{"^", "(", "+", "'", "`", "~"} {
			if strings.Count(got, sign) > strings.Count(s, sign) {
				t.Fatalf("fromVIQR(%q) = %q added %q", s, got, sign)
			}
		}
	})
}
