// Package reporttext cuts a source document's text into the passages of
// the van_ban sheet: the demo's data/demo-2019/van_ban.csv is made from
// testdata/report/47-BC-STTTT-2019.txt by it (a test rebuilds the file and
// compares). Run `go generate ./dataset` after changing the report text
// or this package.
package reporttext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/dataset"
)

// SheetName and the columns are the van_ban sheet's (dataset/sheets.go).
const SheetName = "van_ban"

// maxRunes is how long a sentence may be before it is also cut at its
// semicolons: a quote answers a question, it should not be a page.
const maxRunes = 350

// Passages are the text's prose lines (not empty; a line with a tab is a
// row of a table, left out), each cut into sentences: at ". " before an
// upper-case letter or a digit, once the sentence has more than one word
// ("1. Về …", "b. Triển khai …" are a heading's number, not a sentence);
// a sentence longer than maxRunes is cut at "; " too, into pieces as long
// as fit. Each passage is the document's words as written, spaces trimmed.
func Passages(text string) []string {
	var out []string
	for _, line := range ProseLines(text) {
		for _, s := range sentences(line) {
			out = append(out, semicolonPieces(s)...)
		}
	}
	return out
}

// ProseLines are the text's lines that are prose (not empty, not a row
// of a table), spaces trimmed; a line broken off inside a sentence (it
// ends with no mark that ends one, and the next prose line opens in lower
// case: "… của người dân địa" / "phương, tuyên truyền …") is joined to
// the next.
func ProseLines(text string) []string {
	var out []string
	open := false // the last line stopped inside a sentence
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "\t") {
			open = false
			continue
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(line)
		if open && unicode.IsLower(first) {
			out[len(out)-1] += " " + line
		} else {
			out = append(out, line)
		}
		last, _ := utf8.DecodeLastRuneInString(line)
		open = !strings.ContainsRune(".:;?!)»”\"*", last)
	}
	return out
}

// sentences cuts a line after each ". " that ends a sentence.
func sentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(line); i++ {
		if line[i] != '.' || line[i+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(line[i+2:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) {
			continue
		}
		if piece := strings.TrimSpace(line[start : i+1]); strings.Contains(piece, " ") {
			out = append(out, piece)
			start = i + 2
		}
	}
	return append(out, strings.TrimSpace(line[start:]))
}

// semicolonPieces cuts a long sentence at "; ", each piece as long as fits
// in maxRunes (a part with no semicolon in reach stays whole).
func semicolonPieces(s string) []string {
	if utf8.RuneCountInString(s) <= maxRunes {
		return []string{s}
	}
	var out []string
	for utf8.RuneCountInString(s) > maxRunes {
		cut := -1
		for i := 0; i+1 < len(s); i++ {
			if s[i] != ';' || s[i+1] != ' ' {
				continue
			}
			if cut >= 0 && utf8.RuneCountInString(s[:i+1]) > maxRunes {
				break
			}
			cut = i
		}
		if cut < 0 {
			break
		}
		out = append(out, strings.TrimSpace(s[:cut+1]))
		s = strings.TrimSpace(s[cut+2:])
	}
	return append(out, s)
}

// Workbook holds the van_ban sheet of one document: its passages in
// order, numbered from 1.
func Workbook(sourceCode, text string) *dataset.Workbook {
	wb := &dataset.Workbook{}
	sh := wb.AddSheet(SheetName, "nguon", "stt", "noi_dung")
	for i, p := range Passages(text) {
		sh.Append(sourceCode, strconv.Itoa(i+1), p)
	}
	return wb
}
