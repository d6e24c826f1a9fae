package dataset_test

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

var importAt = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

// book reads CSV texts as the sheets of one workbook, by sheet name.
func book(t testing.TB, sheets map[string]string) *dataset.Workbook {
	t.Helper()
	wb := &dataset.Workbook{}
	names := make([]string, 0, len(sheets))
	for n := range sheets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		one, err := dataset.ReadFile(n+".csv", strings.NewReader(sheets[n]), dataset.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		wb.Sheets = append(wb.Sheets, one.Sheets...)
	}
	return wb
}

// demo2025 is a store with the demo and the 2025 structure.
func demo2025(t testing.TB, d queries.Dialect) *queries.Store {
	t.Helper()
	s := dbtest.Open(t, d)
	ctx := context.Background()
	if _, err := dataset.SeedDemo(ctx, s, importAt); err != nil {
		t.Fatal(err)
	}
	if _, err := dataset.SeedHaTinh2025(ctx, s, importAt); err != nil {
		t.Fatal(err)
	}
	return s
}

// snapshot counts rows of the tables an import writes: equal snapshots,
// nothing written.
func snapshot(t testing.TB, s *queries.Store) string {
	t.Helper()
	var b strings.Builder
	for _, table := range []string{"sources", "indicators", "indicator_aliases", "units", "unit_aliases", "unit_successors",
		"report_forms", "form_fields", "form_units", "reminder_stages", "indicator_values", "targets", "projects",
		"project_leads", "project_aliases", "funding_lines", "source_passages", "audit_log"} {
		var n int
		if err := s.DB().Get(&n, "SELECT COUNT(*) FROM "+table); err != nil {
			t.Fatal(err)
		}
		var sum float64
		switch table {
		case "indicator_values":
			s.DB().Get(&sum, "SELECT COALESCE(SUM(value), 0) FROM indicator_values WHERE superseded_at IS NULL")
		case "source_passages":
			s.DB().Get(&sum, "SELECT COALESCE(SUM(seq * LENGTH(text)), 0) FROM source_passages")
		}
		fmt.Fprintf(&b, "%s=%d/%v ", table, n, sum)
	}
	return b.String()
}

const q3Sources = "ma,ten,ngay\nTEST-Q3,Số liệu kiểm thử quý 3/2025,15/10/2025\n"

func value(t testing.TB, s *queries.Store, indicator, unit, on, periodEnd string) (queries.Value, bool) {
	t.Helper()
	ctx := context.Background()
	u, err := s.UnitByCodeOn(ctx, unit, on)
	if err != nil {
		t.Fatal(err)
	}
	ins, err := s.Indicators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		if in.Code != indicator {
			continue
		}
		vals, err := s.UnitValues(ctx, in.ID, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			if v.PeriodEnd == periodEnd && v.Level == "" {
				return v, true
			}
		}
	}
	return queries.Value{}, false
}

// TestImportDryRunThenApplyThenAgain: a dry run reports and writes
// nothing; the import writes what it reported; the same file again
// changes nothing; a changed figure supersedes the stored one, which stays
// as history.
func TestImportDryRunThenApplyThenAgain(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		sheets := map[string]string{
			"nguon": q3Sources,
			"so_lieu": "chi_tieu,don_vi,ky,gia_tri,nguon,trich_dan\n" +
				"hstt_tt_share,,Q3/2025,\"41,7%\",TEST-Q3,tỷ lệ toàn tỉnh\n" +
				"hstt_tt_share,18406,quý 3/2025,\"38,5\",TEST-Q3,\n" +
				"dvc_tt,18754,Q3/2025,\"1.234,0\",TEST-Q3,\n",
		}
		before := snapshot(t, s)
		rep, err := dataset.Import(ctx, s, book(t, sheets), dataset.Options{DryRun: true, Now: importAt})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Sheet("so_lieu"); got.Added != 3 || got.Changed != 0 || !rep.DryRun {
			t.Fatalf("dry run: %+v\n%s", got, rep.Summary(10))
		}
		if after := snapshot(t, s); after != before {
			t.Fatalf("a dry run wrote:\n%s\n%s", before, after)
		}
		if _, err := dataset.Import(ctx, s, book(t, sheets), dataset.Options{Now: importAt}); err != nil {
			t.Fatal(err)
		}
		v, ok := value(t, s, "hstt_tt_share", "18406", "2025-09-30", "2025-09-30")
		if !ok || v.Value != 38.5 || v.PeriodLabel != "quý 3/2025" || v.SourceCode != "TEST-Q3" {
			t.Fatalf("Xã Can Lộc: %+v %v", v, ok)
		}
		if _, ok := value(t, s, "hstt_tt_share", "18406", "2019-06-10", "2025-09-30"); ok {
			t.Fatal("the figure of Xã Can Lộc landed on Thị trấn Nghèn, the 2019 unit with its code")
		}
		if v, ok := value(t, s, "dvc_tt", "18754", "2025-09-30", "2025-09-30"); !ok || v.Value != 1234 {
			t.Fatalf("Phường Sông Trí: %+v", v)
		}
		applied := snapshot(t, s)
		rep, err = dataset.Import(ctx, s, book(t, sheets), dataset.Options{Now: importAt})
		if err != nil || rep.HasChanges() {
			t.Fatalf("the same file again: %v\n%s", err, rep.Summary(10))
		}
		if got := snapshot(t, s); got != applied {
			t.Fatalf("the same file again wrote:\n%s\n%s", applied, got)
		}
		sheets["so_lieu"] = strings.Replace(sheets["so_lieu"], "\"38,5\"", "39", 1)
		rep, err = dataset.Import(ctx, s, book(t, sheets), dataset.Options{Now: importAt.Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		ch := rep.Sheet("so_lieu")
		if ch.Changed != 1 || ch.Unchanged != 2 || len(ch.Changes) != 1 || !strings.Contains(ch.Changes[0].Before, "38.5") ||
			!strings.Contains(ch.Changes[0].After, "39") || ch.Changes[0].Line != 3 {
			t.Fatalf("correction: %+v", ch)
		}
		u, _ := s.UnitByCodeOn(ctx, "18406", "2025-09-30")
		ids := indicatorIDs(t, s)
		hist, err := s.ValueHistory(ctx, ids["hstt_tt_share"], u.ID, "2025-09-30")
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 2 || hist[0].Value != 38.5 || !hist[0].SupersededAt.Valid || hist[1].Value != 39 || hist[1].SupersededAt.Valid {
			t.Fatalf("history %+v", hist)
		}
		var linked int64
		if err := s.DB().Get(&linked, s.DB().Rebind("SELECT COALESCE(superseded_by, 0) FROM indicator_values WHERE id = ?"), hist[0].ID); err != nil || linked != hist[1].ID {
			t.Fatalf("old row points at %d, want %d (%v)", linked, hist[1].ID, err)
		}
	})
}

// TestImportProblems: each kind of wrong row is named by sheet, line,
// column and a Vietnamese reason, and nothing is written.
func TestImportProblems(t *testing.T) {
	head := "chi_tieu,don_vi,ky,gia_tri,nguon\n"
	tests := []struct {
		name    string
		sheets  map[string]string
		problem string // the expected problem as printed, in part
	}{
		{"unknown indicator", map[string]string{"so_lieu": head + "khong_co,42,năm 2025,1,47/BC-STTTT\n"},
			"trang so_lieu, dòng 2, cột chi_tieu: không có chỉ tiêu mã \"khong_co\""},
		{"unknown unit", map[string]string{"so_lieu": head + "dvc3,99999,năm 2025,1,47/BC-STTTT\n"},
			"trang so_lieu, dòng 2, cột don_vi: không có đơn vị mã \"99999\""},
		{"bad number", map[string]string{"so_lieu": head + "dvc3,42,năm 2025,12a,47/BC-STTTT\n"},
			"trang so_lieu, dòng 2, cột gia_tri: «12a» không phải số"},
		{"ambiguous number", map[string]string{"so_lieu": head + "dvc3,42,năm 2025,1.234,47/BC-STTTT\n"},
			"cột gia_tri: «1.234» không phải số: không rõ là số nghìn hay số thập phân"},
		{"bad period", map[string]string{"so_lieu": head + "dvc3,42,quý 5/2025,1,47/BC-STTTT\n"},
			"trang so_lieu, dòng 2, cột ky: kỳ «quý 5/2025» không đọc được"},
		{"relative period", map[string]string{"so_lieu": head + "dvc3,42,năm nay,1,47/BC-STTTT\n"},
			"cột ky: kỳ «năm nay» không đọc được: phải ghi rõ năm"},
		{"percent over 100", map[string]string{"so_lieu": head + "hstt_share,42,năm 2025,\"100,5%\",47/BC-STTTT\n"},
			"cột gia_tri: «100,5%»: tỷ lệ phải từ 0 đến 100"},
		{"percent sign on a count", map[string]string{"so_lieu": head + "dvc3,42,năm 2025,5%,47/BC-STTTT\n"},
			"cột gia_tri: «5%»: chỉ tiêu dvc3 không phải tỷ lệ"},
		{"duplicate row", map[string]string{"so_lieu": head + "dvc3,42,năm 2025,1,47/BC-STTTT\ndvc3,,2025,2,47/BC-STTTT\n"},
			"trang so_lieu, dòng 3: trùng với dòng 2"},
		{"unit outside its validity", map[string]string{"so_lieu": head + "dvc3,443,quý 3/2025,1,47/BC-STTTT\n"},
			"trang so_lieu, dòng 2, cột don_vi: đơn vị mã \"443\" không có hiệu lực ngày 30/09/2025 (Huyện Can Lộc (đến 30/06/2025))"},
		{"new unit before it exists", map[string]string{"so_lieu": head + "dvc3,X9,quý 3/2025,1,47/BC-STTTT\n",
			"don_vi": "ma,ten,cap,ma_cap_tren,hieu_luc_tu\nX9,Xã Thử,xã,42,01/01/2026\n"},
			"trang so_lieu, dòng 2, cột don_vi: đơn vị mã \"X9\" không có hiệu lực ngày 30/09/2025 (Xã Thử (từ 01/01/2026))"},
		{"unknown source", map[string]string{"so_lieu": head + "dvc3,42,năm 2025,1,KHONG\n"},
			"cột nguon: không có nguồn mã \"KHONG\""},
		{"unknown sheet", map[string]string{"so lieu 2": head},
			"trang so_lieu_2: trang \"so_lieu_2\" không có trong mẫu"},
		{"missing column", map[string]string{"so_lieu": "chi_tieu,don_vi,ky,nguon\n"},
			"trang so_lieu, dòng 1, cột gia_tri: thiếu cột bắt buộc này"},
		{"unknown column", map[string]string{"so_lieu": "chi_tieu,don_vi,ky,gia_tri,nguon,gia tri 2\n"},
			"cột gia_tri_2: cột \"gia_tri_2\" không có trong mẫu"},
		{"code reused, dates overlap", map[string]string{"don_vi": "ma,ten,cap,hieu_luc_tu\n443,Xã Mới,xã,01/06/2025\n"},
			"trang don_vi, dòng 2, cột ma: mã 443: Xã Mới (từ 01/06/2025) trùng thời gian hiệu lực với Huyện Can Lộc (đến 30/06/2025)"},
		{"successor that does not exist then", map[string]string{"don_vi": "ma,ten,cap,hieu_luc_den,thay_the_boi\n445,Huyện Thạch Hà,huyện,30/06/2025,18754;443\n"},
			"trang don_vi, dòng 2, cột thay_the_boi: không có đơn vị mã \"443\" có hiệu lực ngày 01/07/2025"},
		{"bad level", map[string]string{"don_vi": "ma,ten,cap\nX1,Xã Một,thôn\n"},
			"trang don_vi, dòng 2, cột cap: «thôn» không hợp lệ"},
		{"required cell", map[string]string{"chi_tieu": "ma,ten,loai,don_vi_tinh\nmoi,,count,hồ sơ\n"},
			"trang chi_tieu, dòng 2, cột ten: ô bắt buộc, đang trống"},
		{"passage twice at one place", map[string]string{"van_ban": "nguon,stt,noi_dung\n47/BC-STTTT,1,Câu một.\n47/BC-STTTT,1,Câu khác.\n"},
			"trang van_ban, dòng 3, cột stt: trùng với dòng 2 (cùng nguồn và số thứ tự)"},
		{"passage of an unknown source", map[string]string{"van_ban": "nguon,stt,noi_dung\nKHONG,1,Câu một.\n"},
			"trang van_ban, dòng 2, cột nguon: không có nguồn mã \"KHONG\" (thêm vào trang nguon)"},
		{"passage at place 0", map[string]string{"van_ban": "nguon,stt,noi_dung\n47/BC-STTTT,0,Câu một.\n"},
			"trang van_ban, dòng 2, cột stt: «0» phải là số nguyên từ 1 đến 100000"},
		{"empty passage", map[string]string{"van_ban": "nguon,stt,noi_dung\n47/BC-STTTT,1,\n"},
			"trang van_ban, dòng 2, cột noi_dung: ô bắt buộc, đang trống"},
		{"passage with no place", map[string]string{"van_ban": "nguon,stt,noi_dung\n47/BC-STTTT,,Câu một.\n"},
			"trang van_ban, dòng 2, cột stt: ô bắt buộc, đang trống"},
	}
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		before := snapshot(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := dataset.Import(ctx, s, book(t, tt.sheets), dataset.Options{Now: importAt})
				var probs dataset.Problems
				if !errors.As(err, &probs) {
					t.Fatalf("err = %v, want Problems", err)
				}
				if !strings.Contains(err.Error(), tt.problem) {
					t.Fatalf("problems:\n%s\nwant one with %q", err, tt.problem)
				}
				if after := snapshot(t, s); after != before {
					t.Fatalf("a refused file wrote:\n%s\n%s", before, after)
				}
			})
		}
	})
}

// TestOneBadRowAmongMany: a file of 828 good figures and one bad one
// writes nothing, and the problem names that row.
func TestOneBadRowAmongMany(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		units, err := s.Units(ctx, "2025-07-01")
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		b.WriteString("chi_tieu,don_vi,ky,gia_tri,nguon\n")
		line, bad := 1, 0
		for _, ind := range []string{"dvc_tt", "dvc_mp", "hstt_tt_share", "payment_share", "digitized_share", "ontime_share"} {
			for _, u := range units {
				if u.Level != "commune" {
					continue
				}
				for q := 3; q <= 4; q++ {
					line++
					v := fmt.Sprint(line % 97)
					if line == 734 {
						v, bad = "97,5,1", line
					}
					fmt.Fprintf(&b, "%s,%s,Q%d/2025,\"%s\",TEST-Q3\n", ind, u.Code, q, v)
				}
			}
		}
		if line < 800 || bad == 0 {
			t.Fatalf("%d rows", line-1)
		}
		before := snapshot(t, s)
		_, err = dataset.Import(ctx, s, book(t, map[string]string{"nguon": q3Sources, "so_lieu": b.String()}), dataset.Options{Now: importAt})
		var probs dataset.Problems
		if !errors.As(err, &probs) || len(probs) != 1 || probs[0].Sheet != "so_lieu" || probs[0].Line != bad || probs[0].Column != "gia_tri" {
			t.Fatalf("problems %v", err)
		}
		if after := snapshot(t, s); after != before {
			t.Fatalf("wrote:\n%s\n%s", before, after)
		}
	})
}

func indicatorIDs(t testing.TB, s *queries.Store) map[string]int64 {
	t.Helper()
	ins, err := s.Indicators(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, in := range ins {
		out[in.Code] = in.ID
	}
	return out
}

// TestOnlyUnit: a clerk's filled template is read for its figures only,
// and only figures of the clerk's unit are accepted.
func TestOnlyUnit(t *testing.T) {
	ctx := context.Background()
	s := demo2025(t, queries.SQLite)
	u, err := s.UnitByCodeOn(ctx, "18406", "2025-09-30")
	if err != nil {
		t.Fatal(err)
	}
	sheets := map[string]string{
		"chi_tieu": "ma,ten,loai,don_vi_tinh\nmoi,Chỉ tiêu mới,count,cái\n",
		"so_lieu":  "chi_tieu,don_vi,ky,gia_tri,nguon\ndvc_tt,18406,Q3/2025,12,47/BC-STTTT\ndvc_tt,18754,Q3/2025,13,47/BC-STTTT\n",
	}
	_, err = dataset.Import(ctx, s, book(t, sheets), dataset.Options{OnlyUnitID: u.ID, DryRun: true})
	if err == nil || !strings.Contains(err.Error(), "trang so_lieu, dòng 3, cột don_vi: chỉ được nạp số liệu của đơn vị mình, không phải của Phường Sông Trí") ||
		strings.Count(err.Error(), "\n- ") != 1 {
		t.Fatalf("another unit's row: %v", err)
	}
	sheets["so_lieu"] = "chi_tieu,don_vi,ky,gia_tri,nguon\ndvc_tt,18406,Q3/2025,12,47/BC-STTTT\n"
	rep, err := dataset.Import(ctx, s, book(t, sheets), dataset.Options{OnlyUnitID: u.ID})
	if err != nil || rep.Sheet("so_lieu").Added != 1 || rep.Sheet("chi_tieu").Added != 0 {
		t.Fatalf("own figures: %v\n%s", err, rep.Summary(5))
	}
	if ids := indicatorIDs(t, s); ids["moi"] != 0 {
		t.Fatal("a clerk's file added an indicator")
	}
}
