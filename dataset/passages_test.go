package dataset_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/dataset/internal/reporttext"
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
		if got, demo := passages(t, s, "TEST-Q3"), passages(t, s, dataset.ReportSourceCode); !equalLines(got, want) || len(demo) != 159 {
			t.Fatalf("stored %q and %d of the demo", got, len(demo))
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
		if got, demo := passages(t, s, "TEST-Q3"), passages(t, s, dataset.ReportSourceCode); !equalLines(got, want) || len(demo) != 159 {
			t.Fatalf("after the replacement %q and %d of the demo", got, len(demo))
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

// TestDemoPassagesAreTheReport: every passage of the demo is the report's
// words as written, in order, and together they are every prose line of
// it (not the empty lines, not the appendix table's tab-separated rows):
// each such line is a run of passages joined by a space, no word lost.
func TestDemoPassagesAreTheReport(t *testing.T) {
	raw, err := os.ReadFile("../testdata/report/47-BC-STTTT-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	wb, err := dataset.ReadCSVDir(dataset.Demo(), dataset.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sh := wb.Sheet("van_ban")
	if sh == nil || strings.Join(sh.Header, ",") != "nguon,stt,noi_dung" || len(sh.Rows) < 100 {
		t.Fatalf("the demo's van_ban sheet: %+v", sh)
	}
	// (As written, but for the line breaks: a sentence broken across
	// lines is one passage.)
	flat := strings.Join(strings.Fields(string(raw)), " ")
	var texts []string
	for i, r := range sh.Rows {
		if r.Cells[0].Text != dataset.ReportSourceCode || r.Cells[1].Text != strconv.Itoa(i+1) {
			t.Fatalf("line %d: %q %q, want %s %d", r.Line, r.Cells[0].Text, r.Cells[1].Text, dataset.ReportSourceCode, i+1)
		}
		text := r.Cells[2].Text
		if text == "" || text != strings.TrimSpace(text) || !strings.Contains(flat, text) {
			t.Fatalf("line %d: %q is not in the report as written", r.Line, text)
		}
		texts = append(texts, text)
	}
	next := 0
	for n, line := range reporttext.ProseLines(string(raw)) {
		var run []string
		for next < len(texts) && len(strings.Join(run, " ")) < len(line) {
			run = append(run, texts[next])
			next++
		}
		if got := strings.Join(run, " "); got != line {
			t.Fatalf("prose line %d:\n%s\nis not passages %d… joined:\n%s", n+1, line, next-len(run)+1, got)
		}
	}
	if next != len(texts) {
		t.Fatalf("%d passages after the report's last line", len(texts)-next)
	}
}

// TestDemoPassagesAreBuiltFromTheReport: the shipped van_ban.csv is what
// internal/reporttext makes of the report (run go generate).
func TestDemoPassagesAreBuiltFromTheReport(t *testing.T) {
	raw, err := os.ReadFile("../testdata/report/47-BC-STTTT-2019.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := reporttext.Workbook(dataset.ReportSourceCode, string(raw)).Sheet("van_ban").WriteCSV(&want); err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadFile(dataset.Demo(), "van_ban.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatal("data/demo-2019/van_ban.csv is not what go generate makes of the report: run go generate ./dataset")
	}
}
