package dataset_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

var update = flag.Bool("update", false, "rewrite testdata/datasets/q3-2025.xlsx")

// q3Fixture is a workbook of new figures for Q3/2025, as a department's
// admin would fill it in Excel: a new indicator with aliases, figures of
// the province and of new communes (one with the code 18406 that a 2019
// unit also carried), numbers as number cells, as Vietnamese text and as a
// percentage cell, periods written three ways and one as a date cell. It
// is written with excelize directly, not by this package's exporter, and
// is fictitious test data.
func q3Fixture(t *testing.T) string {
	p := filepath.Join("..", "testdata", "datasets", "q3-2025.xlsx")
	if !*update {
		return p
	}
	f := excelize.NewFile()
	defer f.Close()
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	sheets := []struct {
		name string
		rows [][]any
	}{
		{"nguon", [][]any{{"ma", "ten", "ngay", "co_quan"},
			{"KT-Q3/2025", "Số liệu kiểm thử quý 3/2025 (không phải số thật)", "15/10/2025", "Sở Khoa học và Công nghệ Hà Tĩnh"}}},
		{"chi_tieu", [][]any{{"ma", "ten", "loai", "don_vi_tinh", "bi_danh"},
			{"vneid_accounts", "số tài khoản định danh điện tử mức 2 được kích hoạt", "số lượng", "tài khoản",
				"tài khoản định danh điện tử;định danh điện tử + mức 2;tài khoản VNeID;VNeID"}}},
		{"so_lieu", [][]any{{"chi_tieu", "don_vi", "ky", "gia_tri", "nguon", "trich_dan"},
			{"vneid_accounts", "", "đến ngày 30/09/2025", 812345, "KT-Q3/2025", "toàn tỉnh có 812.345 tài khoản"},
			{"vneid_accounts", "18406", nil, "4 321", "KT-Q3/2025", ""},
			{"hstt_tt_share", nil, "Q3/2025", "41,7%", "KT-Q3/2025", "tỷ lệ hồ sơ trực tuyến toàn trình 41,7%"},
			{"hstt_tt_share", "18406", "quý 3/2025", 0.385, "KT-Q3/2025", ""},
			{"hstt_tt_share", "18754", "quý III/2025", "52", "KT-Q3/2025", ""},
			{"dvc_tt", "18754", "Q3/2025", "1.234,0", "KT-Q3/2025", ""},
			{"payment_share", "", "Q3/2025", 27.5, "KT-Q3/2025", ""}}},
		{"muc_tieu", [][]any{{"chi_tieu", "don_vi", "loai", "gia_tri", "han", "nguon", "ky"},
			{"vneid_accounts", "", "kế hoạch", 1000000, "31/12/2025", "KT-Q3/2025", "năm 2025"}}},
	}
	for i, sh := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", sh.name)
		} else {
			f.NewSheet(sh.name)
		}
		for r, row := range sh.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(sh.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The 30/09/2025 of the second figure is a date cell, 0,385 a percentage cell.
	f.SetCellValue("so_lieu", "C3", 45930)
	f.SetCellStyle("so_lieu", "C3", "C3", date)
	f.SetCellStyle("so_lieu", "D5", "D5", pct)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestQ3Workbook: the Q3/2025 workbook loads over the demo and the 2025
// structure; its figures land on the units of 2025, the new indicator is
// named by its aliases, and loading it again changes nothing.
func TestQ3Workbook(t *testing.T) {
	path := q3Fixture(t)
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		wb, err := dataset.Open(path, dataset.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		rep, err := dataset.Import(ctx, s, wb, dataset.Options{Now: importAt})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Sheet("so_lieu").Added != 7 || rep.Sheet("chi_tieu").Added != 1 || rep.Sheet("muc_tieu").Added != 1 {
			t.Fatalf("report:\n%s", rep.Summary(20))
		}
		for _, c := range []struct {
			ind, unit, end string
			want           float64
		}{
			{"vneid_accounts", "42", "2025-09-30", 812345}, {"vneid_accounts", "18406", "2025-09-30", 4321},
			{"hstt_tt_share", "42", "2025-09-30", 41.7}, {"hstt_tt_share", "18406", "2025-09-30", 38.5},
			{"hstt_tt_share", "18754", "2025-09-30", 52}, {"dvc_tt", "18754", "2025-09-30", 1234},
			{"payment_share", "42", "2025-09-30", 27.5},
		} {
			v, ok := value(t, s, c.ind, c.unit, c.end, c.end)
			if !ok || v.Value != c.want {
				t.Errorf("%s of %s: %+v, want %v", c.ind, c.unit, v, c.want)
			}
		}
		p := nlu.Understand(vocabulary(t, s, "2025-10-15"), "có bao nhiêu tài khoản định danh điện tử", time.Date(2025, 10, 15, 9, 0, 0, 0, time.UTC))
		if strings.Join(p.Indicators, ",") != "vneid_accounts" {
			t.Errorf("the new indicator's alias: %+v", p.Indicators)
		}
		again, err := dataset.Open(path, dataset.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if rep, err := dataset.Import(ctx, s, again, dataset.Options{Now: importAt}); err != nil || rep.HasChanges() {
			t.Fatalf("again: %v\n%s", err, rep.Summary(10))
		}
	})
}
