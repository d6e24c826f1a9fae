package dataset_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestExportThenImportChangesNothing: on a database holding the demo, the
// 2025 structure, the Q3/2025 workbook and a corrected figure, export
// writes what import reads back with no change, as .xlsx and as CSV, and
// into an empty database it rebuilds the same export.
func TestExportThenImportChangesNothing(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		wb, err := dataset.Open(q3Fixture(t), dataset.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := dataset.Import(ctx, s, wb, dataset.Options{Now: importAt}); err != nil {
			t.Fatal(err)
		}
		fix := book(t, map[string]string{"so_lieu": "chi_tieu,don_vi,ky,gia_tri,nguon\nhstt_share,42,năm 2018,\"4,95\",47/BC-STTTT\n"})
		if _, err := dataset.Import(ctx, s, fix, dataset.Options{Now: importAt}); err != nil {
			t.Fatal(err)
		}
		out, err := dataset.Export(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if out.Sheet("so_lieu") == nil || len(out.Sheet("so_lieu").Rows) != 56+7 || len(out.Sheet("don_vi").Rows) != 370+0 ||
			len(out.Sheet("van_ban").Rows) != 159 {
			t.Fatalf("export has %d figures, %d units, %d passages", len(out.Sheet("so_lieu").Rows), len(out.Sheet("don_vi").Rows),
				len(out.Sheet("van_ban").Rows))
		}
		var xlsx bytes.Buffer
		if err := out.WriteXLSX(&xlsx); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := out.WriteCSVDir(dir); err != nil {
			t.Fatal(err)
		}
		fromXLSX, err := dataset.ReadXLSX(bytes.NewReader(xlsx.Bytes()), dataset.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		fromCSV, err := dataset.ReadCSVDir(os.DirFS(dir), dataset.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for name, back := range map[string]*dataset.Workbook{"xlsx": fromXLSX, "csv": fromCSV} {
			rep, err := dataset.Import(ctx, s, back, dataset.Options{DryRun: true, Now: importAt})
			if err != nil || rep.HasChanges() {
				t.Fatalf("%s: export then import: %v\n%s", name, err, rep.Summary(10))
			}
		}
		// Into an empty database, the export rebuilds itself.
		empty := dbtest.Open(t, d)
		if _, err := dataset.Import(ctx, empty, fromCSV, dataset.Options{Now: importAt}); err != nil {
			t.Fatal(err)
		}
		again, err := dataset.Export(ctx, empty)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := csvText(t, out), csvText(t, again); a != b {
			t.Fatalf("the export of the rebuilt database differs")
		}
	})
}

func csvText(t *testing.T, wb *dataset.Workbook) string {
	var b bytes.Buffer
	for _, s := range wb.Sheets {
		b.WriteString("# " + s.Name + "\n")
		if err := s.WriteCSV(&b); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// TestTemplate: the template explains every column, offers the current
// codes in drop-down lists, holds the catalog, and imports as no change.
func TestTemplate(t *testing.T) {
	ctx := context.Background()
	s := demo2025(t, queries.SQLite)
	var buf bytes.Buffer
	if err := dataset.Template(ctx, s, &buf, "2026-01-15"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if sheets[0] != "huong_dan" || sheets[len(sheets)-1] != "danh_sach" {
		t.Fatalf("sheets %v", sheets)
	}
	if vis, _ := f.GetSheetVisible("danh_sach"); vis {
		t.Error("danh_sach is visible")
	}
	guide, _ := f.GetRows("huong_dan")
	explained := map[string]bool{}
	for _, r := range guide {
		if len(r) >= 4 && r[1] != "" && r[3] != "" {
			explained[r[0]+"."+r[1]] = true
		}
	}
	for _, sh := range sheets[1 : len(sheets)-1] {
		rows, _ := f.GetRows(sh)
		for _, col := range rows[0] {
			if !explained[sh+"."+col] {
				t.Errorf("huong_dan does not explain %s.%s", sh, col)
			}
		}
	}
	lists, _ := f.GetRows("danh_sach")
	units := map[string]bool{}
	for _, r := range lists[1:] {
		if len(r) > 2 && r[2] != "" {
			units[r[2]] = true
		}
	}
	if len(units) != 1+69+24 || units["443"] || !units["18406"] || !units["S-KHCN"] || units["S-TTTT"] {
		t.Errorf("%d current units offered (443 %v, 18406 %v)", len(units), units["443"], units["18406"])
	}
	dvs, err := f.GetDataValidations("so_lieu")
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, dv := range dvs {
		refs = append(refs, dv.Sqref+"="+dv.Formula1)
	}
	joined := strings.Join(refs, " ")
	for _, want := range []string{"A2:A50000=danh_sach!$A$2:$A$", "B2:B50000=danh_sach!$C$2:$C$95"} {
		if !strings.Contains(joined, want) {
			t.Errorf("so_lieu validations %s lack %s", joined, want)
		}
	}
	if dvs, err := f.GetDataValidations("van_ban"); err != nil || len(dvs) != 1 || dvs[0].Sqref != "A2:A50000" ||
		!strings.HasPrefix(dvs[0].Formula1, "danh_sach!$E$2:$E$") {
		t.Errorf("van_ban's nguon offers no list of sources: %v %v", dvs, err)
	}
	don, _ := f.GetRows("don_vi")
	if len(don) != 1+370 {
		t.Errorf("the catalog's don_vi has %d rows", len(don)-1)
	}
	wb, err := dataset.ReadXLSX(bytes.NewReader(buf.Bytes()), dataset.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := dataset.Import(ctx, s, wb, dataset.Options{DryRun: true, Now: time.Now()})
	if err != nil || rep.HasChanges() {
		t.Fatalf("the template imports as a change: %v\n%s", err, rep.Summary(10))
	}
}
