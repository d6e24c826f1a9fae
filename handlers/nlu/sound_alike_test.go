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
