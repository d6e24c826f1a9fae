package dataset_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

func normalise(s string) string { return nlu.Normalize(s).Folded }

func seeded(t *testing.T, d queries.Dialect) *queries.Store {
	t.Helper()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(context.Background(), s, time.Now()); err != nil {
		t.Fatalf("seed demo: %v", err)
	}
	return s
}

// reportText is the source report with whitespace collapsed.
func reportText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/report/47-BC-STTTT-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

// demoFigures lists each figure of the report a leader may ask about, where
// it is stored, and the words of the report that state it.
var demoFigures = []struct {
	indicator, unit, level, periodEnd string
	value                             float64
	line                              string
}{
	{"dvc3", "42", "", "2019-06-10", 1995, "có 1995 DVC mức độ 3 và 30 DVC mức độ 4"},
	{"dvc4", "42", "", "2019-06-10", 30, "có 1995 DVC mức độ 3 và 30 DVC mức độ 4"},
	{"dvc3", "42", "agency", "2019-06-10", 610, "các cơ quan cấp tỉnh có 610 DVC mức độ 3"},
	{"dvc4", "42", "agency", "2019-06-10", 7, "7 DVC mức độ 4 (DVC mức độ 4 của các Sở"},
	{"dvc3", "42", "district", "2019-06-10", 1385, "UBND cấp huyện có 1385 DVC mức độ 3"},
	{"dvc4", "42", "district", "2019-06-10", 23, "1385 DVC mức độ 3; 23 DVC mức độ 4"},
	{"dvc3", "42", "commune", "2019-06-10", 35, "35 DVC mức độ 3 của mỗi đơn vị cấp xã"},
	{"dvc3", "42", "sector", "2019-06-10", 181, "ngành Điện lực và ngành Thuế cung cấp 181 DVC mức 3"},
	{"dvc3", "DL-HT", "", "2019-06-10", 27, "Điện lực: 27"},
	{"dvc3", "CT-HT", "", "2019-06-10", 154, "Thuế: 154"},
	{"dvc3_added", "42", "", "2019-06-10", 1612, "triển khai thêm được 1.612 dịch vụ công trực tuyến mức 3"},
	{"dvc4_added", "42", "", "2019-06-10", 23, "23 dịch vụ công trực tuyến mức 4"},
	{"dvc3_tthc", "42", "", "2019-06-10", 1967, "1967 dịch vụ công trực tuyến (DVCTT) mức độ 3"},
	{"tthc_dvc3", "42", "", "2019-06-10", 750, "mức độ 3 của 750 TTHC"},
	{"hstt", "42", "", "2018-12-31", 1952, "mức độ 4 là 1952, đạt tỉ lệ 4,92%"},
	{"hstt_share", "42", "", "2018-12-31", 4.92, "là 1952, đạt tỉ lệ 4,92%"},
	{"hstt", "42", "", "2019-05-31", 6704, "mức độ 4 là 6704, đạt tỉ lệ 13,25%"},
	{"hstt_share", "42", "", "2019-05-31", 13.25, "là 6704, đạt tỉ lệ 13,25%"},
	{"hstt", "42", "", "2019-02-27", 1636, "Tính đến thời điểm 27/02/2019, trên Cổng dịch vụ công của tỉnh phát sinh 1.636 hồ sơ"},
	{"hstt", "42", "commune", "2019-02-27", 776, "776 hồ sơ cấp xã tại TP Hà Tĩnh và TX Hồng Lĩnh"},
	{"train_communes_pct", "42", "", "2019-03-31", 53, "đã đào tạo được 53% cấp xã"},
	{"train_business_pct", "42", "", "2019-03-31", 35, "53% cấp xã, 35% doanh nghiệp"},
	{"train_budget", "42", "", "2019-12-31", 2025e6, "kinh phí cho đào tạo trong năm 2019 là 2.025.000.000đ"},
	{"train_participants", "443", "", "2018-12-31", 2450, "hơn 2.450 người dân doanh nghiệp tham gia"},
	{"train_communes_reached", "443", "", "2018-12-31", 22, "tại 22 xã, thị trấn"},
	{"train_participants", "445", "", "2018-12-31", 300, "cho 300 cán bộ Đoàn xã"},
	{"train_participants", "42", "", "2019-03-31", 350, "với hơn 350 người dân, doanh nghiệp tham gia"},
	{"train_classes", "42", "", "2019-03-31", 2, "Quý I/2019 đã tổ chức được 02 lớp"},
	{"leaflets", "42", "", "2019-06-10", 10000, "in sao 10.000 tờ rơi"},
	{"portal_pct", "42", "commune", "2019-06-10", 84, "84% UBND cấp xã có Cổng/ trang thông tin điện tử"},
	{"portal_pct", "42", "agency", "2019-06-10", 100, "100% các sở ban ngành, UBND cấp huyện"},
	{"portal_count", "42", "commune", "2019-06-10", 221, "có 221/262 xã, phường, thị trấn"},
	{"onestop_pct", "42", "agency", "2019-06-10", 100, "tại 100% đơn vị cấp tỉnh"},
	{"onestop_count", "42", "district", "2019-06-10", 13, "13/13 đơn vị cấp huyện"},
	{"onestop_count", "42", "commune", "2019-06-10", 262, "262/262 đơn vị cấp xã"},
	{"pci_rank", "42", "", "2017-12-31", 33, "từ vị trí 33 của năm 2017"},
	{"pci_rank", "42", "", "2018-12-31", 23, "lên vị trí 23 (tăng 10 bậc"},
	{"pci_transparency", "42", "", "2017-12-31", 6.16, "năm 2017: 6,16 điểm"},
	{"pci_transparency", "42", "", "2018-12-31", 6.25, "năm 2018 đạt 6,25 điểm"},
	{"ecom_members", "42", "", "2019-06-10", 498, "có 498 doanh nghiệp đăng ký làm thành viên"},
	{"ecom_stores", "42", "", "2019-06-10", 202, "202 gian hàng"},
	{"ecom_products", "42", "", "2019-06-10", 502, "502 sản phẩm hiện có"},
	{"ecom_logins", "42", "", "2019-06-10", 47770, "lên 47.770 lượt"},
	{"media_tv_bulletins", "DPTTH", "", "2018-12-31", 470, "phát sóng 470 bản tin, phóng sự ngắn"},
	{"media_tv_topics", "DPTTH", "", "2018-12-31", 9, "xây dựng 09 chuyên đề"},
	{"media_press_articles", "BAO-HT", "", "2017-12-31", 75, "đăng tải 75 bài và 134 tin, ảnh"},
	{"media_press_news", "BAO-HT", "", "2017-12-31", 134, "75 bài và 134 tin, ảnh"},
	{"media_press_articles", "BAO-HT", "", "2018-12-31", 450, "450 tin, bài"},
	{"media_press_articles", "42", "", "2017-12-31", 350, "có trên 350 tin, bài"},
	{"media_videos", "S-TTTT", "", "2019-06-10", 30, "đăng tải 30 video clip"},
	{"funding_nq22", "42", "", "2019-06-10", 4652e6, "4.652.000.000đ (Bốn tỷ sáu trăm năm hai triệu đồng)"},
	{"funding_other", "42", "", "2019-06-10", 2680e6, "2.680.000.000đ (Hai tỷ sáu trăm tám mươi triệu đồng)"},
	{"funding_missing", "42", "", "2019-06-10", 3565e6, "3.565.000.000đ (Ba tỷ năm trăm sáu mươi lăm triệu đồng)"},
}

func TestDemoFiguresReadBack(t *testing.T) {
	report := reportText(t)
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := seeded(t, d)
		ids := indicatorIDs(t, s)
		for _, f := range demoFigures {
			t.Run(f.indicator+"/"+f.unit+"/"+f.level+"/"+f.periodEnd, func(t *testing.T) {
				if !strings.Contains(report, f.line) {
					t.Fatalf("the report does not say %q", f.line)
				}
				u, err := s.UnitByCode(ctx, f.unit)
				if err != nil {
					t.Fatal(err)
				}
				vals, err := s.UnitValues(ctx, ids[f.indicator], u.ID)
				if err != nil {
					t.Fatal(err)
				}
				for _, v := range vals {
					if v.Level == f.level && v.PeriodEnd == f.periodEnd {
						if v.Value != f.value {
							t.Fatalf("value %v, report says %v (%q)", v.Value, f.value, f.line)
						}
						if v.SourceCode != dataset.ReportSourceCode || v.SourceIssuedOn != "2019-06-10" {
							t.Fatalf("source %q %q", v.SourceCode, v.SourceIssuedOn)
						}
						if !strings.Contains(report, v.SourceRef) {
							t.Fatalf("stored source line %q is not in the report", v.SourceRef)
						}
						return
					}
				}
				t.Fatalf("no value stored (have %d others)", len(vals))
			})
		}
	})
}

// TestDemoFundingTotals checks the appendix: the rows do not add up to the
// report's stated totals, and both are kept.
func TestDemoFundingTotals(t *testing.T) {
	report := reportText(t)
	for _, line := range []string{"Tổng 4.652 2.680 3.565"} {
		if !strings.Contains(report, line) {
			t.Fatalf("report lacks %q", line)
		}
	}
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := seeded(t, d)
		ps, err := s.Projects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 13 {
			t.Fatalf("%d projects, want 13", len(ps))
		}
		var nq22, other, proposed float64
		for _, p := range ps {
			nq22 += p.NQ22Amount
			other += p.OtherAmount
			proposed += p.Proposed.Float64
		}
		if nq22 != 4952e6 || other != 1040e6 || proposed != 3565e6 {
			t.Fatalf("row sums nq22=%v other=%v proposed=%v, want 4952e6 1040e6 3565e6", nq22, other, proposed)
		}
		byseq := map[int]queries.Project{}
		for _, p := range ps {
			byseq[p.Seq] = p
		}
		checks := []struct {
			seq                   int
			nq22, other, proposed float64
		}{
			{1, 0, 230e6, 0}, {2, 110e6, 0, 0}, {3, 1800e6, 180e6, 990e6}, {4, 0, 630e6, 490e6},
			{6, 265e6, 0, 435e6}, {7, 0, 0, 1500e6}, {8, 1777e6, 0, 0}, {9, 700e6, 0, 0},
			{10, 300e6, 0, 0}, {13, 0, 0, 150e6},
		}
		for _, c := range checks {
			p := byseq[c.seq]
			if p.NQ22Amount != c.nq22 || p.OtherAmount != c.other || p.Proposed.Float64 != c.proposed {
				t.Errorf("project %d: %v/%v/%v, want %v/%v/%v", c.seq, p.NQ22Amount, p.OtherAmount, p.Proposed.Float64, c.nq22, c.other, c.proposed)
			}
		}
		lines, err := s.FundingLines(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var byYear float64
		for _, l := range lines {
			if l.Year.Valid && l.Year.Int64 == 2019 {
				byYear += l.Amount
			}
		}
		// 2019 lines: project 1 (90+30), 4 (225), 8 (177), 9 (700), 10 (60).
		if byYear != 1282e6 {
			t.Errorf("2019 funding lines sum %v, want 1282e6", byYear)
		}
	})
}

func TestDemoSeedTwiceIsNoop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := seeded(t, d)
		rep, err := dataset.SeedDemo(ctx, s, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if rep.HasChanges() {
			t.Fatalf("second seed changed something:\n%s", rep.Summary(10))
		}
		for sheet, rows := range map[string]int{"don_vi": 1 + 13 + 262 + 25, "du_an": 13, "so_lieu": 56, "muc_tieu": 6, "van_ban": 159} {
			if got := rep.Sheet(sheet).Unchanged; got != rows {
				t.Errorf("%s: %d rows unchanged, want %d", sheet, got, rows)
			}
		}
		ids := indicatorIDs(t, s)
		u, _ := s.UnitByCode(ctx, "42")
		hist, err := s.ValueHistory(ctx, ids["dvc3"], u.ID, "2019-06-10")
		if err != nil {
			t.Fatal(err)
		}
		// dvc3 for the province at 10/06/2019: total, agency, district, commune, sector scopes, once each.
		if len(hist) != 5 {
			t.Fatalf("%d rows after seeding twice, want 5", len(hist))
		}
		form, err := s.FormByCode(ctx, dataset.QuarterlyFormCode)
		if err != nil {
			t.Fatal(err)
		}
		status, err := s.FormStatus(ctx, form.ID, "2019-04-01")
		if err != nil {
			t.Fatal(err)
		}
		if len(status) != 32 {
			t.Fatalf("%d required units, want 32", len(status))
		}
		for _, st := range status {
			if st.SubmissionID.Valid {
				t.Fatalf("demo has a submission from %s", st.UnitCode)
			}
		}
	})
}

// TestAliasesAreNormalised checks that every stored folded alias is what the
// normaliser makes of it, so questions can match it.
func TestAliasesAreNormalised(t *testing.T) {
	s := seeded(t, queries.SQLite)
	ctx := context.Background()
	plus := regexp.MustCompile(`\s*\+\s*`)
	check := func(kind string, as []queries.Alias, err error) {
		if err != nil {
			t.Fatal(err)
		}
		if len(as) == 0 {
			t.Fatalf("no %s aliases", kind)
		}
		for _, a := range as {
			for _, phrase := range plus.Split(a.Folded, -1) {
				if got := normalise(phrase); got != phrase || phrase == "" {
					t.Errorf("%s alias %q: phrase %q normalises to %q", kind, a.Alias, phrase, got)
				}
			}
		}
	}
	ua, err := s.UnitAliases(ctx, "2019-06-10")
	check("unit", ua, err)
	ia, err := s.IndicatorAliases(ctx)
	check("indicator", ia, err)
	la, err := s.LevelAliases(ctx)
	check("level", la, err)
	pa, err := s.ProjectAliases(ctx)
	check("project", pa, err)
}
