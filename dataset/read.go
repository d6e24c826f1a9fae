package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// ReadOptions bound what a reader accepts (a file sent by chat must not
// exhaust the server).
type ReadOptions struct {
	MaxRows      int   // data rows of all sheets together; 0: no limit
	MaxPartBytes int64 // decompressed size of one part of an .xlsx file; 0: 128 MB
}

// ErrTooManyRows is returned when a file has more rows than ReadOptions allow.
var ErrTooManyRows = errors.New("dataset: too many rows")

// Open reads PATH as `chatbot import` does: an .xlsx workbook, a folder
// of CSV files named like the sheets, or one .csv file (its name is the
// sheet's).
func Open(p string, opt ReadOptions) (*Workbook, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	if info.IsDir() {
		return ReadCSVDir(os.DirFS(p), opt)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	return ReadFile(filepath.Base(p), f, opt)
}

// ReadFile reads one file by the extension of its name: .xlsx is a
// workbook, .csv one sheet named like the file. It is what a chat upload
// calls.
func ReadFile(name string, r io.Reader, opt ReadOptions) (*Workbook, error) {
	switch strings.ToLower(path.Ext(name)) {
	case ".xlsx":
		return ReadXLSX(r, opt)
	case ".csv":
		wb := &Workbook{}
		s, err := readCSV(headerName(strings.TrimSuffix(name, path.Ext(name))), r, opt.MaxRows)
		if err != nil {
			return nil, err
		}
		wb.Sheets = append(wb.Sheets, s)
		return wb, nil
	}
	return nil, &FileError{Reason: fmt.Sprintf(msgFileKind, name)}
}

// FileError is a file that cannot be read as a dataset at all; its text
// is Vietnamese and may be shown as it is.
type FileError struct{ Reason string }

func (e *FileError) Error() string { return e.Reason }

// ReadCSVDir reads every .csv file of a folder as the sheet named like the
// file; other files (a README) are left alone.
func ReadCSVDir(fsys fs.FS, opt ReadOptions) (*Workbook, error) {
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		return nil, fmt.Errorf("dataset: list folder: %w", err)
	}
	sort.Strings(names)
	wb := &Workbook{}
	rows := 0
	for _, name := range names {
		if !strings.EqualFold(path.Ext(name), ".csv") {
			continue
		}
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		limit := 0
		if opt.MaxRows > 0 {
			limit = opt.MaxRows - rows
		}
		s, err := readCSV(headerName(strings.TrimSuffix(name, path.Ext(name))), f, limit)
		f.Close()
		if err != nil {
			return nil, err
		}
		rows += len(s.Rows)
		wb.Sheets = append(wb.Sheets, s)
	}
	if len(wb.Sheets) == 0 {
		return nil, &FileError{Reason: msgNoCSV}
	}
	return wb, nil
}

func readCSV(name string, r io.Reader, maxRows int) (*Sheet, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dataset: read %s.csv: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return nil, &FileError{Reason: fmt.Sprintf(msgNotUTF8, name)}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = csvDelimiter(data)
	cr.FieldsPerRecord = -1
	s := &Sheet{Name: name}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &FileError{Reason: fmt.Sprintf(msgBadCSV, name, pe.Line, pe.Err)}
			}
			return nil, fmt.Errorf("dataset: %s.csv: %w", name, err)
		}
		line, _ := cr.FieldPos(0) // encoding/csv skips blank lines: count as the file does
		if s.Header == nil {
			for _, h := range rec {
				s.Header = append(s.Header, headerName(h))
			}
			continue
		}
		if blank(rec) {
			continue
		}
		if maxRows > 0 && len(s.Rows) >= maxRows {
			return nil, ErrTooManyRows
		}
		cells := make([]Cell, len(rec))
		for i, v := range rec {
			cells[i] = Cell{Text: cleanText(v)}
		}
		s.Rows = append(s.Rows, Row{Line: line, Cells: cells})
	}
	return s, nil
}

// csvDelimiter guesses the separator from the header line: a comma, or
// the semicolon or tab that spreadsheets in a Vietnamese locale write.
func csvDelimiter(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	best, n := ',', bytes.Count(first, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if k := bytes.Count(first, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// unquoted drops the literal parts of a number format ("text", [colour]).
func unquoted(code string) string {
	var b strings.Builder
	quote, bracket := false, false
	for _, r := range code {
		switch {
		case r == '"':
			quote = !quote
		case !quote && r == '[':
			bracket = true
		case !quote && r == ']':
			bracket = false
		case !quote && !bracket:
			b.WriteRune(r)
		}
	}
	return b.String()
}
