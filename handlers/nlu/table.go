package nlu

import (
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
	header, data := cells[:width], cells[width:]
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
			if rest = strings.Trim(rest, "()? "); rest != "" {
				note = rest
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
