package report

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func sampleFigures() Figures {
	return Figures{
		Period:  "quý 2/2019",
		Headers: []string{"Tổng số hồ sơ tiếp nhận", "Hồ sơ trực tuyến"},
		Units: []UnitFigures{
			{Code: "DT", Name: "Huyện Đức Thọ", Values: []float64{12345, 6789}, Share: 54.99, HasShare: true},
			{Code: "KA", Name: "Thị xã Kỳ Anh", Values: []float64{100, 0}, Present: []bool{true, false}},
		},
	}
}

func sampleStatus() []StatusRow {
	return []StatusRow{
		{Code: "DT", Name: "Huyện Đức Thọ", Submitted: true, At: time.Date(2019, 7, 5, 2, 30, 0, 0, time.UTC), By: "Nguyễn Văn Ạn"},
		{Code: "KA", Name: "Thị xã Kỳ Anh", Late: true},
	}
}

func sampleFunding() []FundingRow {
	return []FundingRow{
		{Seq: 1, Name: "Đường giao thông xã Đức Lĩnh", Lead: "UBND huyện Vũ Quang", Status: "Đang thi công", NQ22: 1500, Other: 300, Proposed: 2000},
		{Name: "Trường mầm non xã Hương Trà", Lead: "UBND xã Hương Trà", Status: "Chuẩn bị đầu tư", NQ22: 700, Proposed: 900},
	}
}

func openWorkbook(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func TestWorkbookContent(t *testing.T) {
	b, err := Workbook(sampleFigures(), sampleStatus(), sampleFunding(), FundingTotals{NQ22: 2200, Other: 300, Proposed: 3000})
	if err != nil {
		t.Fatal(err)
	}
	x := openWorkbook(t, b)
	if got, want := x.GetSheetList(), []string{"Số liệu", "Tình hình nộp", "Kinh phí NQ 22"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}

	headers := map[string]string{
		"Số liệu":        "Mã đơn vị|Đơn vị|Tổng số hồ sơ tiếp nhận|Hồ sơ trực tuyến|Tỷ lệ hồ sơ trực tuyến (%)",
		"Tình hình nộp":  "Mã đơn vị|Đơn vị|Đã nộp|Thời điểm nộp|Người nộp|Nộp muộn",
		"Kinh phí NQ 22": "STT|Dự án|Cơ quan chủ trì|Hiện trạng|Nguồn NQ 22 (triệu đồng)|Lồng ghép (triệu đồng)|Đề xuất (triệu đồng)",
	}
	for sheet, want := range headers {
		t.Run(sheet+" layout", func(t *testing.T) {
			rows, err := x.GetRows(sheet)
			if err != nil || len(rows) < 2 {
				t.Fatalf("rows: %v, %v", rows, err)
			}
			if got := strings.Join(rows[1], "|"); got != want {
				t.Errorf("headers %q, want %q", got, want)
			}
			if font := cellStyle(t, x, sheet, "B2").Font; font == nil || !font.Bold {
				t.Error("header is not bold")
			}
			panes, err := x.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 2 || panes.XSplit != 0 || panes.TopLeftCell != "A3" {
				t.Errorf("panes %+v (%v), want frozen under row 2", panes, err)
			}
			if w, err := x.GetColWidth(sheet, "B"); err != nil || w < 25 {
				t.Errorf("column B width %v (%v), want room for names", w, err)
			}
		})
	}

	for _, tc := range []struct {
		sheet, cell, want, format string
	}{
		{"Số liệu", "A1", "Số liệu báo cáo quý 2/2019", ""},
		{"Số liệu", "B3", "Huyện Đức Thọ", ""},
		{"Số liệu", "C3", "12,345", formatCount},
		{"Số liệu", "D3", "6,789", formatCount},
		{"Số liệu", "E3", "54.99", formatPercent},
		{"Số liệu", "C4", "100", formatCount},
		{"Số liệu", "D4", "", formatCount}, // not present
		{"Số liệu", "E4", "", formatPercent},
		{"Tình hình nộp", "A1", "Tình hình nộp báo cáo quý 2/2019", ""},
		{"Tình hình nộp", "C3", "có", ""},
		{"Tình hình nộp", "D3", "05/07/2019 09:30", formatDateTime}, // 02:30 UTC is 09:30 in Vietnam
		{"Tình hình nộp", "E3", "Nguyễn Văn Ạn", ""},
		{"Tình hình nộp", "F3", "không", ""},
		{"Tình hình nộp", "C4", "không", ""},
		{"Tình hình nộp", "D4", "", formatDateTime},
		{"Tình hình nộp", "F4", "có", ""},
		{"Kinh phí NQ 22", "A1", "Kinh phí thực hiện Nghị quyết 22, báo cáo quý 2/2019", ""},
		{"Kinh phí NQ 22", "A3", "1", ""},
		{"Kinh phí NQ 22", "A4", "2", ""}, // Seq 0 takes the row's position
		{"Kinh phí NQ 22", "B4", "Trường mầm non xã Hương Trà", ""},
		{"Kinh phí NQ 22", "E3", "1,500", formatCount},
		{"Kinh phí NQ 22", "A5", "Tổng (cộng các dòng)", ""},
		{"Kinh phí NQ 22", "E5", "2,200", formatCount},
		{"Kinh phí NQ 22", "F5", "300", formatCount},
		{"Kinh phí NQ 22", "G5", "2,900", formatCount},
		{"Kinh phí NQ 22", "A6", "Tổng (theo báo cáo)", ""},
		{"Kinh phí NQ 22", "G6", "3,000", formatCount},
	} {
		t.Run(tc.sheet+" "+tc.cell, func(t *testing.T) {
			got, err := x.GetCellValue(tc.sheet, tc.cell)
			if err != nil || got != tc.want {
				t.Errorf("value %q (%v), want %q", got, err, tc.want)
			}
			if tc.format == "" {
				return
			}
			if st := cellStyle(t, x, tc.sheet, tc.cell); st.CustomNumFmt == nil || *st.CustomNumFmt != tc.format {
				t.Errorf("number format %v (built-in %d), want %q", st.CustomNumFmt, st.NumFmt, tc.format)
			}
		})
	}

	t.Run("date-time cell is a number", func(t *testing.T) {
		raw, err := x.GetCellValue("Tình hình nộp", "D3", excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		serial, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			t.Fatalf("raw value %q is not an Excel serial date", raw)
		}
		got, err := excelize.ExcelDateToTime(serial, false)
		if want := time.Date(2019, 7, 5, 9, 30, 0, 0, time.UTC); err != nil || got.Sub(want).Abs() > time.Second {
			t.Errorf("date %v (%v), want %v", got, err, want)
		}
	})

	t.Run("total rows are bold and merged", func(t *testing.T) {
		for _, cell := range []string{"A5", "E5", "A6", "G6"} {
			if font := cellStyle(t, x, "Kinh phí NQ 22", cell).Font; font == nil || !font.Bold {
				t.Errorf("%s is not bold", cell)
			}
		}
		merged, err := x.GetMergeCells("Kinh phí NQ 22")
		if err != nil {
			t.Fatal(err)
		}
		var refs []string
		for _, m := range merged {
			refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		for _, want := range []string{"A1:G1", "A5:D5", "A6:D6"} {
			if !slices.Contains(refs, want) {
				t.Errorf("merged cells %v lack %s", refs, want)
			}
		}
	})
}

func TestWorkbookWithoutData(t *testing.T) {
	b, err := Workbook(Figures{}, nil, nil, FundingTotals{})
	if err != nil {
		t.Fatal(err)
	}
	x := openWorkbook(t, b)
	for _, tc := range []struct{ sheet, cell, want string }{
		{"Số liệu", "A1", "Số liệu báo cáo"},
		{"Số liệu", "C2", "Tỷ lệ hồ sơ trực tuyến (%)"},
		{"Số liệu", "A3", ""},
		{"Tình hình nộp", "A2", "Mã đơn vị"},
		{"Kinh phí NQ 22", "A3", "Tổng (cộng các dòng)"},
		{"Kinh phí NQ 22", "E3", "0"},
		{"Kinh phí NQ 22", "A4", "Tổng (theo báo cáo)"},
	} {
		if got, err := x.GetCellValue(tc.sheet, tc.cell); err != nil || got != tc.want {
			t.Errorf("%s!%s = %q (%v), want %q", tc.sheet, tc.cell, got, err, tc.want)
		}
	}
}

func TestWorkbookRejectsMoreValuesThanHeaders(t *testing.T) {
	f := Figures{Headers: []string{"Hồ sơ"}, Units: []UnitFigures{{Code: "DT", Values: []float64{1, 2}}}}
	if _, err := Workbook(f, nil, nil, FundingTotals{}); err == nil || !strings.HasPrefix(err.Error(), "report: ") {
		t.Fatalf("err = %v, want a report: error", err)
	}
}

func cellStyle(t *testing.T, x *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := x.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := x.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st
}
