package dataset_test

import (
	"context"
	"errors"
	"testing"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
)

// FuzzImportValueRow puts any cells in a row of so_lieu and plans the
// import (dry run) against the demo with the 2025 structure: nothing
// panics, a refusal is a list of problems naming so_lieu and line 2, an
// acceptance reports exactly one row, and nothing is ever written.
func FuzzImportValueRow(f *testing.F) {
	f.Add("hstt_tt_share", "18406", "Q3/2025", "41,7%", "47/BC-STTTT", "", "")
	f.Add("dvc3", "", "năm 2019", "1.995", "47/BC-STTTT", "huyện", "có")
	f.Add("dvc3", "443", "quý 3/2025", "1 234", "47/BC-STTTT", "xã", "x")
	f.Add("hstt", "42", "đến ngày 31/02/2019", "-1", "", "", "")
	s := demo2025(f, queries.SQLite)
	ctx := context.Background()
	before := snapshot(f, s)
	f.Fuzz(func(t *testing.T, ind, unit, period, value, source, level, perUnit string) {
		wb := &dataset.Workbook{}
		sh := wb.AddSheet("so_lieu", "chi_tieu", "don_vi", "ky", "gia_tri", "nguon", "cap", "moi_don_vi")
		sh.Append(ind, unit, period, value, source, level, perUnit)
		rep, err := dataset.Import(ctx, s, wb, dataset.Options{DryRun: true, Now: importAt})
		var probs dataset.Problems
		switch {
		case errors.As(err, &probs):
			for _, p := range probs {
				if p.Sheet != "so_lieu" || p.Line != 2 || p.Reason == "" {
					t.Fatalf("problem %+v", p)
				}
			}
		case err != nil:
			t.Fatalf("not a problem list: %v", err)
		case rep.Rows("so_lieu") != 1:
			t.Fatalf("one row reported as %+v", rep.Sheet("so_lieu"))
		}
	})
	if after := snapshot(f, s); after != before {
		f.Fatalf("a dry run wrote:\n%s\n%s", before, after)
	}
}
