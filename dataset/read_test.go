package dataset

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadCSV(t *testing.T) {
	// A BOM, semicolons (Excel in a Vietnamese locale), NFD text, a blank
	// line, a header with diacritics and spaces, a short row.
	nfd := "Xa\u0303 Can Lô\u0323c"
	data := "\uFEFFMã;Tên;cấp\n18406;" + nfd + ";xã\n\n443;Huyện Can Lộc\n"
	wb, err := ReadFile("Đơn vị.csv", strings.NewReader(data), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheet("don_vi")
	if s == nil || strings.Join(s.Header, ",") != "ma,ten,cap" {
		t.Fatalf("sheets %+v", wb.Sheets)
	}
	if len(s.Rows) != 2 || s.Rows[0].Cells[1].Text != "Xã Can Lộc" || s.Rows[0].Line != 2 || s.Rows[1].Line != 4 {
		t.Fatalf("rows %+v", s.Rows)
	}
	if _, err := ReadFile("so_lieu.csv", strings.NewReader("a,b\n\xff\xfe,1\n"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Fatalf("Latin-1 file: %v", err)
	}
	if _, err := ReadFile("so_lieu.csv", strings.NewReader("a,b\n1,2\n3,4\n"), ReadOptions{MaxRows: 1}); !errors.Is(err, ErrTooManyRows) {
		t.Fatalf("row limit: %v", err)
	}
	if _, err := ReadFile("so_lieu.ods", strings.NewReader(""), ReadOptions{}); err == nil {
		t.Fatal("an .ods file was read")
	}
}

// TestReadXLSXCells: a number cell keeps its number (1.234 in a number
// cell is not ambiguous), a percentage cell reads as it shows (0,385 shown
// 38,5% reads 38,5), a date cell as its date, text as text.
func TestReadXLSXCells(t *testing.T) {
	f := excelize.NewFile()
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	custom := "dd/mm/yyyy"
	date2, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
	f.SetSheetRow("Sheet1", "A1", &[]any{"a", "b", "c", "d", "e"})
	f.SetCellValue("Sheet1", "A2", 1.234)
	f.SetCellValue("Sheet1", "B2", 0.385)
	f.SetCellStyle("Sheet1", "B2", "B2", pct)
	f.SetCellValue("Sheet1", "C2", 45930) // 30/09/2025
	f.SetCellStyle("Sheet1", "C2", "C2", date)
	f.SetCellStr("Sheet1", "D2", "41,7%")
	f.SetCellValue("Sheet1", "E2", 45839)
	f.SetCellStyle("Sheet1", "E2", "E2", date2)
	f.SetSheetName("Sheet1", "Số liệu")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	wb, err := ReadXLSX(&buf, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheet("so_lieu")
	if s == nil || len(s.Rows) != 1 {
		t.Fatalf("sheets %+v", wb.Sheets)
	}
	c := s.Rows[0].Cells
	want := []Cell{{Kind: CellNumber, Text: "1.234", Number: 1.234}, {Kind: CellNumber, Text: "0.385", Number: 38.5},
		{Kind: CellDate, Text: "2025-09-30"}, {Kind: CellText, Text: "41,7%"}, {Kind: CellDate, Text: "2025-07-01"}}
	for i, w := range want {
		if c[i] != w {
			t.Errorf("cell %d = %+v, want %+v", i, c[i], w)
		}
	}
	if _, err := ReadXLSX(strings.NewReader("not a zip"), ReadOptions{}); err == nil {
		t.Fatal("garbage read as a workbook")
	}
}

// FuzzReadCSV: no bytes make the CSV reader panic; what it reads has
// clean cells, a row limit holds, and line numbers rise.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("ma,ten\n42,Tỉnh Hà Tĩnh\n"))
	f.Add([]byte("\uFEFFa;b\n\"x;y\";2\n\n"))
	f.Add([]byte("a\tb\n\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		wb, err := ReadFile("so_lieu.csv", bytes.NewReader(data), ReadOptions{MaxRows: 100})
		if err != nil {
			return
		}
		s := wb.Sheets[0]
		if len(s.Rows) > 100 {
			t.Fatalf("%d rows past the limit", len(s.Rows))
		}
		last := 1
		for _, r := range s.Rows {
			if r.Line <= last {
				t.Fatalf("line %d after %d", r.Line, last)
			}
			last = r.Line
			for _, c := range r.Cells {
				if c.Text != cleanText(c.Text) {
					t.Fatalf("cell %q not clean", c.Text)
				}
			}
		}
	})
}

// FuzzReadXLSX: no bytes make the workbook reader panic; a bad file is a
// FileError. (The fuzzer reports executions per batch: long "0/sec"
// stretches are a batch running, not a hang.)
func FuzzReadXLSX(f *testing.F) {
	x := excelize.NewFile()
	x.SetSheetRow("Sheet1", "A1", &[]any{"chi_tieu", "gia_tri", "ky"})
	x.SetSheetRow("Sheet1", "A2", &[]any{"dvc3", 1.5, "Q3/2025"})
	var buf bytes.Buffer
	x.Write(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		wb, err := ReadXLSX(bytes.NewReader(data), ReadOptions{MaxRows: 1000, MaxPartBytes: 1 << 20})
		var fe *FileError
		switch {
		case err == nil:
			if wb.RowCount() > 1000 {
				t.Fatalf("%d rows past the limit", wb.RowCount())
			}
		case errors.As(err, &fe), errors.Is(err, ErrTooManyRows):
		default:
			t.Fatalf("error %v is neither a FileError nor the row limit", err)
		}
	})
}
