package report

import (
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Figures is one period's figures per unit, for the "Số liệu" sheet. The
// figures are counts or money and are shown as #,##0.
type Figures struct {
	Period  string // e.g. "quý 2/2019"
	Headers []string
	Units   []UnitFigures
}

// UnitFigures is one unit's row. Values follow Figures.Headers; a value whose
// Present entry is false is left blank (a nil or short Present means all
// present). Share is the percentage of online dossiers, written when HasShare.
type UnitFigures struct {
	Code, Name string
	Values     []float64
	Present    []bool
	Share      float64
	HasShare   bool
}

// StatusRow is one unit's submission for the period. At is written as
// Vietnam time (UTC+7); a zero At leaves the cell blank.
type StatusRow struct {
	Code, Name string
	Submitted  bool
	At         time.Time
	By         string
	Late       bool
}

// FundingRow is one NQ 22 project, money in triệu đồng. A zero Seq is
// replaced by the row's position.
type FundingRow struct {
	Seq                   int
	Name, Lead, Status    string
	NQ22, Other, Proposed float64
}

// FundingTotals are the totals stated in the report, shown under the
// computed ones so a reader can compare them.
type FundingTotals struct{ NQ22, Other, Proposed float64 }

// Number formats.
const (
	formatCount    = "#,##0"
	formatPercent  = "0.00"
	formatDateTime = "dd/mm/yyyy hh:mm"
)

// vietnamOffset is UTC+7 in seconds; Vietnam has no daylight saving time.
const vietnamOffset = 7 * 60 * 60

// Workbook builds an .xlsx with the sheets "Số liệu", "Tình hình nộp" and
// "Kinh phí NQ 22". Each has a title row naming the period, a bold header
// row frozen under it, and the data from row 3. Empty inputs give sheets
// with headers only.
func Workbook(f Figures, status []StatusRow, funding []FundingRow, stated FundingTotals) ([]byte, error) {
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return nil, err
	}
	if err := x.SetSheetName("Sheet1", sheetFigures); err != nil {
		return nil, fmt.Errorf("report: rename sheet: %w", err)
	}
	if err := errors.Join(writeFigures(x, st, f), writeStatus(x, st, f.Period, status),
		writeFunding(x, st, f.Period, funding, stated)); err != nil {
		return nil, err
	}
	buf, err := x.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("report: write workbook: %w", err)
	}
	return buf.Bytes(), nil
}

func writeFigures(x *excelize.File, st styles, f Figures) error {
	headers := append(append([]string{headerCode, headerUnit}, f.Headers...), headerShare)
	widths := []float64{12, 30}
	for _, h := range f.Headers {
		widths = append(widths, min(max(float64(utf8.RuneCountInString(h))*0.6+2, 12), 24))
	}
	s := newSheet(x, st, sheetFigures, withPeriod(titleFigures, f.Period), headers, append(widths, 16))
	for i, u := range f.Units {
		if len(u.Values) > len(f.Headers) {
			return fmt.Errorf("report: unit %q has %d values for %d headers", u.Code, len(u.Values), len(f.Headers))
		}
		row := i + 3
		s.cell(1, row, clean(u.Code), st.text)
		s.cell(2, row, clean(u.Name), st.text)
		for j := range f.Headers {
			var v any
			if j < len(u.Values) && (j >= len(u.Present) || u.Present[j]) {
				v = u.Values[j]
			}
			s.cell(j+3, row, v, st.count)
		}
		var share any
		if u.HasShare {
			share = u.Share
		}
		s.cell(len(headers), row, share, st.percent)
	}
	return s.err
}

func writeStatus(x *excelize.File, st styles, period string, rows []StatusRow) error {
	s := newSheet(x, st, sheetStatus, withPeriod(titleStatus, period), statusHeaders[:], []float64{12, 30, 10, 18, 26, 10})
	vietnam := time.FixedZone("ICT", vietnamOffset)
	for i, r := range rows {
		row := i + 3
		s.cell(1, row, clean(r.Code), st.text)
		s.cell(2, row, clean(r.Name), st.text)
		s.cell(3, row, yesNo(r.Submitted), st.center)
		var at any
		if !r.At.IsZero() {
			// Excel has no time zones: store Vietnam wall-clock time.
			t := r.At.In(vietnam)
			at = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
		}
		s.cell(4, row, at, st.dateTime)
		s.cell(5, row, clean(r.By), st.text)
		s.cell(6, row, yesNo(r.Late), st.center)
	}
	return s.err
}

func writeFunding(x *excelize.File, st styles, period string, rows []FundingRow, stated FundingTotals) error {
	s := newSheet(x, st, sheetFunding, withPeriod(titleFunding, period), fundingHeaders[:], []float64{6, 45, 28, 22, 16, 16, 16})
	var sum FundingTotals
	for i, r := range rows {
		row := i + 3
		seq := r.Seq
		if seq == 0 {
			seq = i + 1
		}
		s.cell(1, row, seq, st.center)
		s.cell(2, row, clean(r.Name), st.wrap)
		s.cell(3, row, clean(r.Lead), st.wrap)
		s.cell(4, row, clean(r.Status), st.wrap)
		for j, v := range []float64{r.NQ22, r.Other, r.Proposed} {
			s.cell(5+j, row, v, st.count)
		}
		sum.NQ22, sum.Other, sum.Proposed = sum.NQ22+r.NQ22, sum.Other+r.Other, sum.Proposed+r.Proposed
	}
	// Numbers, not SUM formulas: excelize stores a formula's cached result as
	// text, which a spreadsheet that does not recalculate on load shows as is.
	for k, t := range []struct {
		label  string
		totals FundingTotals
	}{{totalComputed, sum}, {totalStated, stated}} {
		row := len(rows) + 3 + k
		s.merge(1, 4, row, t.label, st.totalLabel)
		for j, v := range []float64{t.totals.NQ22, t.totals.Other, t.totals.Proposed} {
			s.cell(5+j, row, v, st.totalCount)
		}
	}
	return s.err
}

func yesNo(b bool) string {
	if b {
		return answerYes
	}
	return answerNo
}

// styles holds the workbook's style IDs.
type styles struct {
	title, header, text, wrap, center, count, percent, dateTime, totalLabel, totalCount int
}

func newStyles(x *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1},
	}
	format := func(f string) *string { return &f }
	middle := func(horizontal string, wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: horizontal, Vertical: "center", WrapText: wrap}
	}
	var st styles
	for _, d := range []struct {
		id    *int
		style excelize.Style
	}{
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: middle("left", false)}},
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: middle("center", true), Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}},
		{&st.text, excelize.Style{Border: border, Alignment: middle("", false)}},
		{&st.wrap, excelize.Style{Border: border, Alignment: middle("", true)}},
		{&st.center, excelize.Style{Border: border, Alignment: middle("center", false)}},
		{&st.count, excelize.Style{Border: border, CustomNumFmt: format(formatCount)}},
		{&st.percent, excelize.Style{Border: border, CustomNumFmt: format(formatPercent)}},
		{&st.dateTime, excelize.Style{Border: border, CustomNumFmt: format(formatDateTime), Alignment: middle("center", false)}},
		{&st.totalLabel, excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Alignment: middle("left", false)}},
		{&st.totalCount, excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, CustomNumFmt: format(formatCount)}},
	} {
		id, err := x.NewStyle(&d.style)
		if err != nil {
			return st, fmt.Errorf("report: new style: %w", err)
		}
		*d.id = id
	}
	return st, nil
}

// sheet writes cells and keeps the first error, so that the layout code
// reads as a list of cells.
type sheet struct {
	x    *excelize.File
	name string
	err  error
}

// newSheet lays out the title row, the frozen header row and the widths.
func newSheet(x *excelize.File, st styles, name, title string, headers []string, widths []float64) *sheet {
	s := &sheet{x: x, name: name}
	if _, err := x.NewSheet(name); err != nil {
		s.err = fmt.Errorf("report: new sheet %q: %w", name, err)
		return s
	}
	s.merge(1, len(headers), 1, title, st.title)
	for i, h := range headers {
		s.cell(i+1, 2, clean(h), st.header)
	}
	s.do(func() error { return x.SetRowHeight(name, 1, 24) })
	s.do(func() error { return x.SetRowHeight(name, 2, 36) })
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		s.do(func() error { return x.SetColWidth(name, col, col, w) })
	}
	s.do(func() error {
		return x.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
	})
	return s
}

func (s *sheet) do(f func() error) {
	if s.err == nil {
		if err := f(); err != nil {
			s.err = fmt.Errorf("report: sheet %q: %w", s.name, err)
		}
	}
}

// cell writes v (nil leaves the cell blank) at 1-based col and row.
func (s *sheet) cell(col, row int, v any, style int) {
	ref, _ := excelize.CoordinatesToCellName(col, row)
	if v != nil {
		s.do(func() error { return s.x.SetCellValue(s.name, ref, v) })
	}
	s.do(func() error { return s.x.SetCellStyle(s.name, ref, ref, style) })
}

// merge writes v across columns from..to of one row.
func (s *sheet) merge(from, to, row int, v any, style int) {
	first, _ := excelize.CoordinatesToCellName(from, row)
	last, _ := excelize.CoordinatesToCellName(max(from, to), row)
	s.cell(from, row, v, style)
	s.do(func() error { return s.x.SetCellStyle(s.name, first, last, style) })
	if last != first {
		s.do(func() error { return s.x.MergeCell(s.name, first, last) })
	}
}
