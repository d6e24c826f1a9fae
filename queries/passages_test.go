package queries_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestSourcePassages: a source's passages are replaced as a whole, in one
// transaction (a failed replacement keeps the stored ones), listed in
// order with their source; and any replacement changes the search
// fingerprint, even with as many passages as before.
func TestSourcePassages(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		a, err := s.UpsertSource(ctx, queries.Source{Code: "47/BC-STTTT", Title: "Báo cáo", Issuer: "Sở TT&TT", IssuedOn: "2019-06-10"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.UpsertSource(ctx, queries.Source{Code: "12/BC-STTTT", Title: "Báo cáo tháng", Issuer: "Sở TT&TT", IssuedOn: "2019-07-01"})
		if err != nil {
			t.Fatal(err)
		}
		texts := func() []string {
			t.Helper()
			ps, err := s.SourcePassages(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, p := range ps {
				out = append(out, fmt.Sprintf("%s#%s#%d %s", p.SourceCode, p.SourceIssuedOn, p.Seq, p.Text))
			}
			return out
		}
		fingerprint := func() string {
			t.Helper()
			data, _, err := s.SearchFingerprints(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
		empty := fingerprint()
		if err := s.ReplaceSourcePassages(ctx, a, []queries.Passage{{Seq: 2, Text: "Câu hai."}, {Seq: 1, Text: "Câu một."}}); err != nil {
			t.Fatal(err)
		}
		if err := s.ReplaceSourcePassages(ctx, b, []queries.Passage{{Seq: 1, Text: "Tháng sáu."}}); err != nil {
			t.Fatal(err)
		}
		want := []string{"12/BC-STTTT#2019-07-01#1 Tháng sáu.", "47/BC-STTTT#2019-06-10#1 Câu một.", "47/BC-STTTT#2019-06-10#2 Câu hai."}
		if got := texts(); !slices.Equal(got, want) {
			t.Fatalf("passages %q, want %q", got, want)
		}
		before := fingerprint()
		if before == empty {
			t.Fatal("passages added, the search fingerprint unchanged")
		}
		// A corrected passage of the source written last (whose rows have
		// the highest ids), as many as before: another fingerprint.
		if err := s.ReplaceSourcePassages(ctx, b, []queries.Passage{{Seq: 1, Text: "Tháng sáu, sửa."}}); err != nil {
			t.Fatal(err)
		}
		if fingerprint() == before {
			t.Fatal("a passage corrected, the search fingerprint unchanged")
		}
		want[0] = "12/BC-STTTT#2019-07-01#1 Tháng sáu, sửa."
		// Two passages at one place: refused, the stored ones kept.
		if err := s.ReplaceSourcePassages(ctx, a, []queries.Passage{{Seq: 1, Text: "Mới."}, {Seq: 1, Text: "Trùng."}}); err == nil {
			t.Fatal("two passages at one place accepted")
		}
		if got := texts(); !slices.Equal(got, want) {
			t.Fatalf("after a refused replacement: %q, want %q", got, want)
		}
		// None: the source's text is gone, the other source's kept.
		if err := s.ReplaceSourcePassages(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
		if got := texts(); !slices.Equal(got, want[:1]) {
			t.Fatalf("after emptying a source: %q", got)
		}
	})
}
