package ask

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSignsAsWords: writing the signs between names as words never
// panics, changes only the signs it writes ("-", "−", "+" become "trừ"),
// keeps every other word in its place, and a second pass changes nothing
// more.
func FuzzSignsAsWords(f *testing.F) {
	for _, s := range []string{
		"Q2/2019 hstt: TX Kỳ Anh + TP Hà Tĩnh - Can Lộc = ?",
		"q2/2019 hồ sơ trực tuyến (TP Hà Tĩnh + Can Lộc) - (Thạch Hà + TX Kỳ Anh + Hồng Lĩnh) =",
		"hstong Q1/2019 TP Hà Tĩnh trừ tổng (Can Lộc + Lộc Hà)",
		"Sở Lao động - Thương binh và Xã hội quý 1",
		"so sánh Can Lộc - Thạch Hà", "- ( + ) -", "A - (", "+ + -", "(((- A",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		out, changed := signsAsWords(s)
		if !changed {
			if out != s {
				t.Fatalf("unchanged but rewritten: %q → %q", s, out)
			}
			return
		}
		in, got := strings.Fields(s), strings.Fields(out)
		if len(in) != len(got) {
			t.Fatalf("%q → %q: %d words, want %d", s, out, len(got), len(in))
		}
		for i := range in {
			if in[i] != got[i] && (got[i] != "trừ" || in[i] != "-" && in[i] != "−" && in[i] != "+") {
				t.Fatalf("%q → %q: word %d %q became %q", s, out, i, in[i], got[i])
			}
		}
		if again, _ := signsAsWords(out); again != out && strings.ContainsAny(out, "-−") {
			// (A second pass may only write signs the first left: a dash
			// between names after a bracket closed.)
			for i, w := range strings.Fields(again) {
				if w != got[i] && w != "trừ" {
					t.Fatalf("second pass %q → %q", out, again)
				}
			}
		}
	})
}
