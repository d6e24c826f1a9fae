package dataset

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// Workbook is a dataset as read from a file: sheets of rows under a header
// row. It is the same whether it came from an .xlsx workbook or a folder
// of CSV files.
type Workbook struct {
	Sheets []*Sheet
}

// Sheet is one table: its name, its header (the column names, the
// contract) and its rows.
type Sheet struct {
	Name   string
	Header []string
	Rows   []Row
}

// Row is one line of a sheet. Line is its number in the file as a
// spreadsheet shows it (the header is line 1).
type Row struct {
	Line  int
	Cells []Cell
}

// CellKind says how a spreadsheet stored a cell.
type CellKind uint8

// Cell kinds: CSV cells are always text.
const (
	CellText   CellKind = iota
	CellNumber          // a number cell of a workbook: Number holds it, percent formats already × 100
	CellDate            // a date-formatted number cell: Text holds YYYY-MM-DD
)

// Cell is one value as written: Text is NFC with whitespace collapsed.
type Cell struct {
	Kind   CellKind
	Text   string
	Number float64
}

// Sheet returns the sheet of that name, or nil.
func (wb *Workbook) Sheet(name string) *Sheet {
	for _, s := range wb.Sheets {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// AddSheet appends an empty sheet with a header and returns it.
func (wb *Workbook) AddSheet(name string, header ...string) *Sheet {
	s := &Sheet{Name: name, Header: header}
	wb.Sheets = append(wb.Sheets, s)
	return s
}

// RowCount is the number of data rows of every sheet together.
func (wb *Workbook) RowCount() int {
	n := 0
	for _, s := range wb.Sheets {
		n += len(s.Rows)
	}
	return n
}

// Append adds a row of text cells, one per header column.
func (s *Sheet) Append(values ...string) {
	cells := make([]Cell, len(values))
	for i, v := range values {
		cells[i] = Cell{Text: v}
	}
	s.Rows = append(s.Rows, Row{Line: len(s.Rows) + 2, Cells: cells})
}

// column returns the index of a column in the header, or -1.
func (s *Sheet) column(name string) int {
	for i, h := range s.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// cleanText is how every cell and header is read: valid UTF-8, NFC, no
// leading, trailing or repeated whitespace (a non-breaking space counts).
func cleanText(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if !strings.ContainsAny(s, " \t\r\n\u00a0\u202f") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f', '\u00a0', '\u202f', '\u2007':
		return true
	}
	return false
}

// headerName is how a sheet name, file name or header cell is matched
// against the contract: "Số liệu", "so lieu" and "so_lieu" are the same.
func headerName(s string) string {
	return strings.ReplaceAll(nlu.Fold(cleanText(s)), " ", "_")
}
