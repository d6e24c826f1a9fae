package nlu

import (
	"slices"
	"strings"
	"testing"
)

func TestClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Sở Y tế quý 1 nhận bao nhiêu hồ sơ, trực tuyến mấy", []string{"Sở Y tế quý 1 nhận bao nhiêu hồ sơ", "trực tuyến mấy"}},
		{"kp còn thiếu bn; riêng phần mềm đề xuất bn?", []string{"kp còn thiếu bn", "riêng phần mềm đề xuất bn"}},
		// A piece that asks nothing belongs to the question next to it.
		{"Can Lộc, Thạch Hà quý 2 tỷ lệ bao nhiêu", nil},
		{"tỷ lệ bao nhiêu, quý 2?", nil},
		// A decimal comma and a list of kinds of units join.
		{"tỷ lệ 3,6% là của đơn vị nào", nil},
		{"tập huấn tại bao nhiêu xã, thị trấn và bao nhiêu người", nil},
		{"", nil},
	} {
		if got := Clauses(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Clauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzClauses: the clauses are the message's own words, in order, each
// asking something.
func FuzzClauses(f *testing.F) {
	for _, s := range []string{"nhận bao nhiêu hồ sơ, trực tuyến mấy", "a,b;c?d", "3,6, mấy", ",,,", "bao nhiêu?bao nhiêu"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clauses(s)
		if len(got) == 1 {
			t.Fatalf("%q: one clause %q (want none or several)", s, got)
		}
		rest := s
		for _, c := range got {
			if !Asks(Normalize(c).Tokens) {
				t.Fatalf("%q: clause %q asks nothing", s, c)
			}
			first, _, _ := strings.Cut(c, ", ")
			at := strings.Index(rest, first)
			if at < 0 {
				t.Fatalf("%q: clause %q not in order in the message", s, c)
			}
			rest = rest[at+len(first):]
		}
	})
}
