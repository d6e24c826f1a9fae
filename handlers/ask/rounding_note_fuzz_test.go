package ask

import (
	"strings"
	"testing"
)

// FuzzWithoutTwoDecimalsNote: dropping "làm tròn 2 số lẻ" never panics,
// keeps everything before the note as typed, never lengthens the message
// by more than the space it puts in the note's place, and a message that
// is the note alone (asking the last reply rounded) is left whole.
func FuzzWithoutTwoDecimalsNote(f *testing.F) {
	for _, s := range []string{
		"tăng bao nhiêu %? làm tròn 2 số lẻ",
		"ngành thuế chiếm tỷ trọng bao nhiêu % (làm tròn 2 chữ số)?",
		"làm tròn 2 số lẻ", "làm tròn giúp", "lấy 2 chữ số thập phân", "? làm tròn hai số thập phân sau dấu phẩy)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := withoutTwoDecimalsNote(s)
		if len(out) > len(s)+1 {
			t.Fatalf("lengthened: %q → %q", s, out)
		}
		if loc := twoDecimalsNote.FindStringIndex(s); loc == nil || loc[0] == 0 {
			if out != s {
				t.Fatalf("no note after a question, but rewritten: %q → %q", s, out)
			}
			return
		}
		before := s[:twoDecimalsNote.FindStringIndex(s)[0]]
		if !strings.HasPrefix(out, before) {
			t.Fatalf("the question before the note changed: %q → %q", s, out)
		}
	})
}
