package nlu

import (
	"slices"
	"strings"
	"testing"
)

func TestTableQuestions(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"STT | Cấp | DVC mức 3 | DVC mức 4 | 2 | UBND cấp huyện | ? | ?", []string{"DVC mức 3 UBND cấp huyện", "DVC mức 4 UBND cấp huyện"}},
		{"Năm | Số HS trực tuyến | Tỷ lệ (%) | 2018 | ? | ?", []string{"Số HS trực tuyến 2018", "Tỷ lệ (%) 2018"}},
		// Periods as columns, the topic written after a "?".
		{"STT | Đơn vị | Q1/2019 | Q2/2019 | 1 | Hương Khê | ? | ? (tỷ lệ hồ sơ trực tuyến)",
			[]string{"Q1/2019 Hương Khê tỷ lệ hồ sơ trực tuyến", "Q2/2019 Hương Khê tỷ lệ hồ sơ trực tuyến"}},
		// Blank cells to fill, one of them last; a blank beside a "?" is
		// nothing to fill.
		{"STT | Đơn vị | Kỳ | DVC3 | 1 | Hương Sơn | Q2/2019 | | 2 | Đức Thọ | Q2/2019 | |",
			[]string{"DVC3 Hương Sơn Q2/2019", "DVC3 Đức Thọ Q2/2019"}},
		{"TT | Địa phương | Kỳ | HSTT | 1 | TP Hà Tĩnh | Q1/2019 | ? | 2 | Tăng/giảm | | ?", []string{"HSTT TP Hà Tĩnh Q1/2019", "HSTT Tăng/giảm"}},
		{"STT\tCột B\tCột C\t1\t?\t?", []string{"Cột B", "Cột C"}},
		// Rows pasted on lines of their own: the header is the first row,
		// a line of one cell before it the title, one after it the
		// asker's words.
		{"Chỉ tiêu\tGiá trị\nSố DVC mức 3 trên Cổng DVC tỉnh\t?\na điền hộ e ô B3 với", []string{"Giá trị Số DVC mức 3 trên Cổng DVC tỉnh"}},
		{"Q1/2019\nĐơn vị | Tỷ lệ\nCan Lộc | ?\nHương Sơn | ?", []string{"Q1/2019 Tỷ lệ Can Lộc", "Q1/2019 Tỷ lệ Hương Sơn"}},
		{"Chỉ tiêu | Giá trị    Số DVC mức 3 | ?", []string{"Giá trị Số DVC mức 3"}},
		// No table: too few cells, rows of another width, nothing to fill,
		// a row of cells to fill only (read as one question).
		{"HSTT | Tổng HS | TL\n? | ? | ?", nil},
		{"Đơn vị | Tỷ lệ\nCan Lộc | Q2 | ?", nil},
		{"a | b", nil},
		{"tỷ lệ | Can Lộc | quý 2", nil},
		{"STT | Đơn vị | Tỷ lệ | 1 | Can Lộc | 5 | 2", nil},
		{"STT | Đơn vị | Tỷ lệ | 1 | Can Lộc | 27,73", nil},
	} {
		if got := TableQuestions(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// FuzzTableQuestions: reading a table never panics, and each question it
// writes is made of the message's own words (cells and the note after a
// "?"), none empty.
func FuzzTableQuestions(f *testing.F) {
	for _, s := range []string{
		"STT | Cấp | DVC mức 3 | DVC mức 4 | 2 | UBND cấp huyện | ? | ?",
		"STT | Đơn vị | Q1/2019 | Q2/2019 | 1 | Hương Khê | ? | ? (tỷ lệ hồ sơ trực tuyến)",
		"| | | |", "?|?|?|?", "a\tb\t1\t?", "x | y | z | 1 | | ",
		"Q1/2019\nĐơn vị | Tỷ lệ\nCan Lộc | ?", "a\tb\n?\tc   d | ?",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := TableQuestions(s)
		words := map[string]bool{}
		for _, w := range strings.Fields(strings.ReplaceAll(s, "|", " ")) {
			words[strings.Trim(w, "?()")] = true
			words[w] = true
		}
		for _, q := range qs {
			if strings.TrimSpace(q) == "" {
				t.Fatalf("%q: an empty question", s)
			}
			for _, w := range strings.Fields(q) {
				if !words[w] && !words[strings.Trim(w, "()")] {
					t.Fatalf("%q: question %q has %q, not in the message", s, q, w)
				}
			}
		}
	})
}
