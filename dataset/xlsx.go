package dataset

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"
)

// The .xlsx reader. Workbooks are written with excelize; they are read
// here, in one streaming pass over each sheet's XML, because reading a
// cell's type and number format through excelize decodes the whole sheet
// into memory first: 100.000 rows took 7 s to read that way, 1 s this way.
// It reads what Excel, LibreOffice and Google Sheets write: shared and
// inline strings, numbers, booleans, formula results, and the number
// formats that make a number a date or a percentage.

// defaultMaxPartSize bounds one decompressed part of a workbook when
// ReadOptions do not: 100.000 rows of figures take about 25 MB of XML.
const defaultMaxPartSize = 128 << 20

type xlsxBook struct {
	maxPart  uint64
	files    map[string]*zip.File
	shared   []string
	kinds    []CellKind // by style index: number or date
	percent  []bool     // by style index
	date1904 bool
}

// ReadXLSX reads a workbook: each sheet's first non-empty row is its
// header. A number cell keeps its number (a cell formatted as a
// percentage holds 41,7 for 41,7%, as it shows); a date cell becomes its
// date.
func ReadXLSX(r io.Reader, opt ReadOptions) (*Workbook, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dataset: read xlsx: %w", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &FileError{Reason: msgBadXLSX}
	}
	b := &xlsxBook{files: map[string]*zip.File{}, maxPart: defaultMaxPartSize}
	if opt.MaxPartBytes > 0 {
		b.maxPart = uint64(opt.MaxPartBytes)
	}
	for _, f := range zr.File {
		b.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	sheets, err := b.workbook()
	if err != nil {
		return nil, err
	}
	if err := b.sharedStrings(); err != nil {
		return nil, err
	}
	if err := b.styles(); err != nil {
		return nil, err
	}
	wb := &Workbook{}
	rows := 0
	for _, sh := range sheets {
		limit := 0
		if opt.MaxRows > 0 {
			limit = opt.MaxRows - rows
		}
		s, err := b.sheet(sh[0], sh[1], limit)
		if err != nil {
			return nil, err
		}
		rows += len(s.Rows)
		wb.Sheets = append(wb.Sheets, s)
	}
	return wb, nil
}

// open returns a part's decoder, or nil when the workbook lacks it.
func (b *xlsxBook) open(name string) (*xml.Decoder, io.Closer, error) {
	f, ok := b.files[name]
	if !ok {
		return nil, nil, nil
	}
	// archive/zip refuses to inflate past the declared size, so checking
	// the declaration bounds what a zip bomb can do.
	if f.UncompressedSize64 > b.maxPart {
		return nil, nil, &FileError{Reason: msgXLSXTooBig}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, &FileError{Reason: msgBadXLSX}
	}
	d := xml.NewDecoder(rc)
	d.Strict = false
	return d, rc, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// each calls fn for every start element of a part.
func (b *xlsxBook) each(name string, fn func(d *xml.Decoder, se xml.StartElement) error) error {
	d, c, err := b.open(name)
	if err != nil || d == nil {
		return err
	}
	defer c.Close()
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &FileError{Reason: msgBadXLSX}
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(d, se); err != nil {
				return err
			}
		}
	}
}

// workbook lists the sheets in order as [name, part path].
func (b *xlsxBook) workbook() ([][2]string, error) {
	targets := map[string]string{}
	err := b.each("xl/_rels/workbook.xml.rels", func(_ *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local == "Relationship" {
			t := attr(se, "Target")
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(t, "/")
			} else {
				t = path.Join("xl", t)
			}
			targets[attr(se, "Id")] = t
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out [][2]string
	err = b.each("xl/workbook.xml", func(_ *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "date1904")
			b.date1904 = v == "1" || v == "true"
		case "sheet":
			if t, ok := targets[attr(se, "id")]; ok {
				out = append(out, [2]string{attr(se, "name"), t})
			}
		}
		return nil
	})
	if err == nil && len(out) == 0 {
		err = &FileError{Reason: msgBadXLSX}
	}
	return out, err
}

// text reads the character data of the element just started, and of the
// <t> elements inside it (a rich-text string has several), skipping
// phonetic runs.
func text(d *xml.Decoder, se xml.StartElement) (string, error) {
	var b strings.Builder
	depth, inT, skip := 1, se.Name.Local == "t" || se.Name.Local == "v", 0
	for depth > 0 {
		tok, err := d.RawToken()
		if err != nil {
			return "", &FileError{Reason: msgBadXLSX}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "t":
				inT = true
			case "rPh":
				skip = depth
			}
		case xml.EndElement:
			if t.Name.Local == "t" {
				inT = false
			}
			if depth == skip {
				skip = 0
			}
			depth--
		case xml.CharData:
			if (inT || se.Name.Local == "v") && skip == 0 {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

func (b *xlsxBook) sharedStrings() error {
	return b.each("xl/sharedStrings.xml", func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "si" {
			return nil
		}
		s, err := text(d, se)
		b.shared = append(b.shared, s)
		return err
	})
}

// styles reads which cell styles make a number a date or a percentage:
// built-in formats 14–22 and 45–47 (dates, times), 9 and 10 (percent), or
// a custom format with d or y, or with %, outside its literal parts.
func (b *xlsxBook) styles() error {
	custom := map[string]string{}
	inXfs := false
	return b.each("xl/styles.xml", func(d *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "numFmt":
			custom[attr(se, "numFmtId")] = strings.ToLower(unquoted(attr(se, "formatCode")))
		case "cellXfs":
			inXfs = true
		case "cellStyleXfs", "dxfs":
			inXfs = false
		case "xf":
			if !inXfs {
				return nil
			}
			id := attr(se, "numFmtId")
			n, _ := strconv.Atoi(id)
			code := custom[id]
			kind, pct := CellNumber, false
			switch {
			case n >= 14 && n <= 22, n >= 45 && n <= 47, strings.ContainsAny(code, "dy"):
				kind = CellDate
			case n == 9, n == 10, strings.Contains(code, "%"):
				pct = true
			}
			b.kinds = append(b.kinds, kind)
			b.percent = append(b.percent, pct)
		}
		return nil
	})
}

// sheet streams one sheet's rows.
func (b *xlsxBook) sheet(name, part string, maxRows int) (*Sheet, error) {
	s := &Sheet{Name: headerName(name)}
	var cells []Cell
	line := 0
	flush := func() error {
		defer func() { cells = nil }()
		if len(cells) == 0 {
			return nil
		}
		empty := true
		for _, c := range cells {
			if c.Text != "" {
				empty = false
			}
		}
		switch {
		case empty:
		case s.Header == nil:
			for _, c := range cells {
				s.Header = append(s.Header, headerName(c.Text))
			}
		case maxRows > 0 && len(s.Rows) >= maxRows:
			return ErrTooManyRows
		default:
			s.Rows = append(s.Rows, Row{Line: line, Cells: cells})
		}
		return nil
	}
	col := 0
	err := b.each(part, func(d *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "row":
			if err := flush(); err != nil {
				return err
			}
			if n, err := strconv.Atoi(attr(se, "r")); err == nil && n > line {
				line = n
			} else {
				line++
			}
			col = 0
		case "c":
			if ref := attr(se, "r"); ref != "" {
				col = columnOf(ref)
			} else {
				col++
			}
			c, err := b.cell(d, se)
			if err != nil {
				return err
			}
			if col < 1 || col > 16384 {
				return &FileError{Reason: msgBadXLSX}
			}
			for len(cells) < col {
				cells = append(cells, Cell{})
			}
			cells[col-1] = c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, flush()
}

// columnOf is the column number of a cell reference ("C12": 3).
func columnOf(ref string) int {
	n := 0
	for i := 0; i < len(ref); i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		n = n*26 + int(c-'a'+1)
	}
	return n
}

// cell reads a <c> element: its value by type, a number as its number
// (scaled or turned into a date by its style).
func (b *xlsxBook) cell(d *xml.Decoder, se xml.StartElement) (Cell, error) {
	typ, style := attr(se, "t"), -1
	if s := attr(se, "s"); s != "" {
		style, _ = strconv.Atoi(s)
	}
	var v string
	for depth := 1; depth > 0; {
		tok, err := d.RawToken()
		if err != nil {
			return Cell{}, &FileError{Reason: msgBadXLSX}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "v" || t.Name.Local == "is" {
				if v, err = text(d, t); err != nil {
					return Cell{}, err
				}
			} else {
				depth++
			}
		case xml.EndElement:
			depth--
		}
	}
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(b.shared) {
			return Cell{}, &FileError{Reason: msgBadXLSX}
		}
		return Cell{Text: cleanText(b.shared[i])}, nil
	case "", "n":
	case "b":
		if v == "1" {
			return Cell{Text: "có"}, nil
		}
		return Cell{Text: "không"}, nil
	default: // str (formula text), inlineStr, e (error), d (ISO date)
		return Cell{Text: cleanText(v)}, nil
	}
	v = strings.TrimSpace(v)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return Cell{Text: cleanText(v)}, nil
	}
	if style >= 0 && style < len(b.kinds) {
		switch {
		case b.kinds[style] == CellDate:
			return Cell{Kind: CellDate, Text: excelDate(f, b.date1904)}, nil
		case b.percent[style]:
			f = roundPercent(f * 100)
		}
	}
	return Cell{Kind: CellNumber, Text: v, Number: f}, nil
}

// excelDate turns a date serial into YYYY-MM-DD (1900 system: day 1 is
// 1900-01-01, with Excel's phantom 29/02/1900; 1904 system: day 0 is
// 1904-01-01).
func excelDate(serial float64, date1904 bool) string {
	days := int(serial)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days < 61:
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return base.AddDate(0, 0, days).Format("2006-01-02")
}
