package dataset_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestPassagesDryRunThenApplyThenAgain: a source's text is added in full,
// reported per source and written only when not a dry run; the same rows
// again change nothing; fewer or other rows replace the whole stored text
// of that source, and of no other.
func TestPassagesDryRunThenApplyThenAgain(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demo2025(t, d)
		sheets := map[string]string{
			"nguon":   q3Sources,
			"van_ban": "nguon,stt,noi_dung\nTEST-Q3,2,\"Câu hai, có dấu phẩy.\"\nTEST-Q3,1,Câu một.\nTEST-Q3,3,Câu ba.\n",
		}
		before := snapshot(t, s)
		rep, err := dataset.Import(ctx, s, book(t, sheets), dataset.Options{DryRun: true, Now: importAt})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Sheet("van_ban"); got.Added != 3 || got.Changed != 0 || got.Unchanged != 0 || len(got.Changes) != 1 ||
			got.Changes[0].Key != "TEST-Q3" || got.Changes[0].Line != 2 || !strings.Contains(rep.Summary(5), "van_ban: thêm 3, sửa 0, giữ nguyên 0") {
			t.Fatalf("dry run: %+v\n%s", got, rep.Summary(5))
		}
		if after := snapshot(t, s); after != before {
			t.Fatalf("a dry run wrote:\n%s\n%s", before, after)
		}
		if _, err := dataset.Import(ctx, s, book(t, sheets), dataset.Options{Now: importAt}); err != nil {
			t.Fatal(err)
		}
		want := []string{"TEST-Q3 1 Câu một.", "TEST-Q3 2 Câu hai, có dấu phẩy.", "TEST-Q3 3 Câu ba."}
		if got := passages(t, s, "TEST-Q3"); !equalLines(got, want) {
			t.Fatalf("stored %q", got)
		}
		applied := snapshot(t, s)
		rep, err = dataset.Import(ctx, s, book(t, sheets), dataset.Options{Now: importAt})
		if err != nil || rep.HasChanges() || rep.Sheet("van_ban").Unchanged != 3 {
			t.Fatalf("the same file again: %v\n%s", err, rep.Summary(5))
		}
		if got := snapshot(t, s); got != applied {
			t.Fatalf("the same file again wrote:\n%s\n%s", applied, got)
		}
		sheets["van_ban"] = "nguon,stt,noi_dung\nTEST-Q3,1,Câu một.\nTEST-Q3,2,\"Câu hai, đã sửa.\"\n"
		rep, err = dataset.Import(ctx, s, book(t, sheets), dataset.Options{Now: importAt})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Sheet("van_ban"); got.Changed != 2 || got.Added != 0 || len(got.Changes) != 1 ||
			got.Changes[0].Before != "3 câu nguyên văn" || got.Changes[0].After != "2 câu nguyên văn (thêm 0, sửa 1, bỏ 1)" {
			t.Fatalf("replacement: %+v", got)
		}
		want = []string{"TEST-Q3 1 Câu một.", "TEST-Q3 2 Câu hai, đã sửa."}
		if got := passages(t, s, "TEST-Q3"); !equalLines(got, want) {
			t.Fatalf("after the replacement %q", got)
		}
	})
}

func passages(t *testing.T, s *queries.Store, source string) []string {
	t.Helper()
	ps, err := s.SourcePassages(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		if p.SourceCode == source {
			out = append(out, fmt.Sprintf("%s %d %s", p.SourceCode, p.Seq, p.Text))
		}
	}
	return out
}

func equalLines(a, b []string) bool { return strings.Join(a, "\n") == strings.Join(b, "\n") }
