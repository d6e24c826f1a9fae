package nlu

import (
	"regexp"
	"strings"
)

// TableQuestions reads a table pasted into the chat, its cells split by
// "|" or tabs ("STT | Đơn vị | Kỳ | DVC mức 3 | 1 | Can Lộc | Q2/2019 | ?"):
// a header row, then rows of as many cells, each cell to fill left as "?"
// or empty. Each cell to fill becomes a question: its column's name with
// the row's other cells (a unit, a period; not its number), and the words
// written after a "?" ("? (tỷ lệ hồ sơ trực tuyến)") beside every one.
// nil when the message is no such table.
func TableQuestions(message string) []string {
	if qs := tableOfLines(message); qs != nil {
		return qs
	}
	message = strings.ReplaceAll(message, "\t", "|")
	if strings.Count(message, "|") < 3 {
		return nil
	}
	var cells []string
	for _, c := range strings.Split(message, "|") {
		cells = append(cells, strings.TrimSpace(c))
	}
	for len(cells) > 0 && cells[0] == "" {
		cells = cells[1:]
	}
	// The header ends at the first cell that is a number or a blank to
	// fill: a row's number ("1"), a year, a "?".
	width := -1
	for i, c := range cells {
		if isNumber(c) || strings.HasPrefix(c, "?") {
			width = i
			break
		}
	}
	if width < 2 || len(cells) <= width {
		return nil
	}
	return filledCells(cells[:width], cells[width:])
}

// rowBreak ends a pasted table's row: a line break, or the run of spaces
// some apps leave in its place.
var rowBreak = regexp.MustCompile(`\r?\n| {3,}`)

// tableOfLines reads a table pasted row by row ("Chỉ tiêu⇥Giá trị⏎Số DVC
// mức 3⇥?⏎a điền hộ e ô B3 với"): its first row of cells is the header,
// every other row starts with its label (a unit, an indicator), not a
// cell to fill; a line of one cell before it is its title, read with
// every cell ("Q1/2019⏎Đơn vị | Tỷ lệ⏎Can Lộc | ?"), one after it the
// asker's words. nil unless every row has the header's width.
func tableOfLines(message string) []string {
	if !strings.ContainsAny(message, "|\t") || !rowBreak.MatchString(message) {
		return nil
	}
	var rows [][]string
	var title []string
	for _, line := range rowBreak.Split(message, -1) {
		cells := strings.FieldsFunc(strings.Trim(line, " \r"), func(r rune) bool { return r == '|' || r == '\t' })
		for i, c := range cells {
			cells[i] = strings.TrimSpace(c)
		}
		switch {
		case len(cells) >= 2:
			rows = append(rows, cells)
		case len(cells) == 1 && len(rows) == 0:
			title = append(title, cells[0])
		}
	}
	if len(rows) < 2 {
		return nil
	}
	var data []string
	for _, r := range rows[1:] {
		if len(r) != len(rows[0]) || r[0] == "" || strings.HasPrefix(r[0], "?") {
			return nil
		}
		data = append(data, r...)
	}
	qs := filledCells(rows[0], data)
	for i := range qs {
		qs[i] = strings.Join(append(title, qs[i]), " ")
	}
	return qs
}

// filledCells writes a question for each cell to fill of the rows (data,
// row after row) under a header.
func filledCells(header, data []string) []string {
	width := len(header)
	// Blank cells at the end may be cells to fill ("| Q2/2019 | |") or
	// what a last "|" leaves: as many are dropped as the rows need.
	for len(data)%width != 0 && data[len(data)-1] == "" {
		data = data[:len(data)-1]
	}
	if len(data)%width != 0 {
		return nil
	}
	var note string
	for i, c := range data {
		if rest, ok := strings.CutPrefix(c, "?"); ok {
			var words []string
			for _, w := range strings.Fields(rest) {
				if w = strings.Trim(w, "()?"); w != "" {
					words = append(words, w)
				}
			}
			if len(words) > 0 {
				note = strings.Join(words, " ") // "? (tỷ lệ hồ sơ trực tuyến)"
			}
			data[i] = "?"
		}
	}
	// Blank cells are cells to fill only in a table with no "?".
	blank := !strings.Contains(strings.Join(data, "|"), "?")
	fill := func(c string) bool { return c == "?" || c == "" && blank }
	numbered := isRowNumber(header[0])
	var out []string
	for r := 0; r < len(data); r += width {
		row := data[r : r+width]
		var context []string
		for k, c := range row {
			if fill(c) || c == "" || k == 0 && numbered {
				continue
			}
			context = append(context, c)
		}
		for k, c := range row {
			if !fill(c) || k == 0 && numbered {
				continue
			}
			q := strings.Join(append([]string{header[k]}, context...), " ")
			if note != "" {
				q += " " + note
			}
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// isRowNumber: the header names the rows' numbers ("STT", "TT").
func isRowNumber(cell string) bool {
	switch strings.ToLower(strings.TrimRight(cell, ".")) {
	case "stt", "tt", "số tt", "#", "no":
		return true
	}
	return false
}
