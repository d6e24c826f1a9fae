package dataset

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes the workbook as an .xlsx file: one sheet per table,
// the header in bold and frozen, numbers as number cells, every other
// cell as text (a code such as 18406 stays text).
func (wb *Workbook) WriteXLSX(w io.Writer) error {
	f, err := wb.xlsx(true)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("dataset: write xlsx: %w", err)
	}
	return nil
}

// xlsx builds the file. Streamed sheets cost little memory for a large
// export, but take no data validation afterwards: the template is not
// streamed.
func (wb *Workbook) xlsx(stream bool) (*excelize.File, error) {
	f := excelize.NewFile()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("dataset: xlsx style: %w", err)
	}
	for i, s := range wb.Sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				f.Close()
				return nil, fmt.Errorf("dataset: xlsx sheet: %w", err)
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			f.Close()
			return nil, fmt.Errorf("dataset: xlsx sheet: %w", err)
		}
		write := writeSheet
		if !stream {
			write = setSheet
		}
		if err := write(f, s, bold); err != nil {
			f.Close()
			return nil, err
		}
	}
	return f, nil
}

func writeSheet(f *excelize.File, s *Sheet, bold int) error {
	sw, err := f.NewStreamWriter(s.Name)
	if err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	for i := range s.Header {
		width := 16.0
		if i == 1 {
			width = 40
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	head := make([]any, len(s.Header))
	for i, h := range s.Header {
		head[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	for i, r := range s.Rows {
		vals := cellValues(r)
		ref, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
		if err := sw.SetRow(ref, vals); err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	return nil
}

// setSheet writes a sheet cell by cell (see xlsx).
func setSheet(f *excelize.File, s *Sheet, bold int) error {
	for i := range s.Header {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
		width := 16.0
		if i == 1 {
			width = 40
		}
		if err := f.SetColWidth(s.Name, col, col, width); err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
	}
	if err := f.SetPanes(s.Name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	head := make([]any, len(s.Header))
	for i, h := range s.Header {
		head[i] = h
	}
	if err := f.SetSheetRow(s.Name, "A1", &head); err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	if err := f.SetRowStyle(s.Name, 1, 1, bold); err != nil {
		return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
	}
	for i, r := range s.Rows {
		vals := cellValues(r)
		ref, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
		if err := f.SetSheetRow(s.Name, ref, &vals); err != nil {
			return fmt.Errorf("dataset: xlsx %s: %w", s.Name, err)
		}
	}
	return nil
}

// cellValues are a row's cells as excelize writes them: numbers as
// numbers, text as text, empty cells left empty.
func cellValues(r Row) []any {
	vals := make([]any, len(r.Cells))
	for j, c := range r.Cells {
		switch {
		case c.Kind == CellNumber:
			vals[j] = c.Number
		case c.Text != "":
			vals[j] = c.Text
		}
	}
	return vals
}

// WriteCSVDir writes one UTF-8 CSV file per sheet into dir (created if
// needed), named like the sheet.
func (wb *Workbook) WriteCSVDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	for _, s := range wb.Sheets {
		f, err := os.Create(filepath.Join(dir, s.Name+".csv"))
		if err != nil {
			return fmt.Errorf("dataset: %w", err)
		}
		err = s.WriteCSV(f)
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("dataset: %w", cerr)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// WriteCSV writes one sheet as CSV: the header, then the rows.
func (s *Sheet) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(s.Header); err != nil {
		return fmt.Errorf("dataset: csv %s: %w", s.Name, err)
	}
	rec := make([]string, len(s.Header))
	for _, r := range s.Rows {
		for i := range rec {
			rec[i] = ""
			if i < len(r.Cells) {
				rec[i] = r.Cells[i].Text
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("dataset: csv %s: %w", s.Name, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("dataset: csv %s: %w", s.Name, err)
	}
	return nil
}
