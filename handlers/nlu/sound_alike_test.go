package nlu

import (
	"slices"
	"testing"
)

// TestSoundAlikes: the spellings one regional slip away, at a word's
// start or end; never another consonant ("nh", "ng", "th" stay).
func TestSoundAlikes(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
		not  []string
	}{
		{"huyeng", []string{"huyen"}, nil},
		{"noc", []string{"loc"}, nil},
		{"sa", []string{"xa"}, nil},
		{"xo", []string{"so"}, nil},
		{"chuc", []string{"truc"}, nil},
		{"rich", []string{"dich", "gich"}, nil},
		{"dao", []string{"giao", "rao"}, nil},
		{"nhieu", nil, []string{"lhieu"}},
		{"nguon", nil, []string{"lguon"}},
		{"thanh", nil, []string{"chanh"}},
		{"nhiu", []string{"nhieu"}, nil},
	} {
		got := soundAlikes(tc.w)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("soundAlikes(%q) = %v, want %q among them", tc.w, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("soundAlikes(%q) = %v, not %q", tc.w, got, w)
			}
		}
	}
}

// FuzzSoundAlikes: every regional respelling of a word is another,
// non-empty word of letters, and one slip away: the same length give or
// take one letter ("ch"/"tr", "gi"/"d", "iu"/"iêu", "n"/"ng").
func FuzzSoundAlikes(f *testing.F) {
	for _, w := range []string{"huyeng", "noc", "sa", "xo", "chuc", "rich", "dao", "nhieu", "nguon", "thanh", "nhiu", "gi", "d", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, v := range soundAlikes(w) {
			if v == "" || v == w {
				t.Fatalf("soundAlikes(%q) holds %q", w, v)
			}
			if d := len(v) - len(w); d < -1 || d > 1 {
				t.Fatalf("soundAlikes(%q) holds %q, more than one slip away", w, v)
			}
		}
	})
}
