// Package handlertest sets up the jobs of handlers/ for their tests: the
// demo dataset with the question corpus's fictitious submissions, on the
// corpus's reference date, wired exactly as the commands wire them.
package handlertest

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// Ref is the reference date the corpus was written for (20/07/2019:
// Q2/2019 has ended).
var Ref = time.Date(2019, 7, 20, 10, 0, 0, 0, time.FixedZone("ICT", 7*3600))

// Normalise folds a text the way the understanding does.
func Normalise(s string) string { return nlu.Normalize(s).Folded }

// Testdata is the path of the repository's testdata/ folder.
func Testdata(elem ...string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(append([]string{filepath.Dir(file), "..", "..", "..", "testdata"}, elem...)...)
}

// DemoStore is the demo dataset, seeded at Ref, without submissions.
func DemoStore(t testing.TB, d queries.Dialect) *queries.Store {
	t.Helper()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(context.Background(), s, Ref); err != nil {
		t.Fatal(err)
	}
	return s
}

// CorpusStore is the demo dataset plus the corpus's fictitious submissions.
func CorpusStore(t testing.TB, d queries.Dialect) *queries.Store {
	t.Helper()
	s := DemoStore(t, d)
	LoadSubmissions(t, s, Testdata("questions", "submissions.csv"))
	return s
}

// ReadCSV reads every record of a CSV file, header included.
func ReadCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// LoadSubmissions stores the quarterly submissions of a CSV file
// (unit_code,period,code...), each sent ten days after its quarter.
func LoadSubmissions(t testing.TB, s *queries.Store, path string) {
	t.Helper()
	ctx := context.Background()
	recs := ReadCSV(t, path)
	form, err := s.FormByCode(ctx, dataset.QuarterlyFormCode)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs[1:] {
		u, err := s.UnitByCode(ctx, r[0])
		if err != nil {
			t.Fatal(err)
		}
		per, err := nlu.ParseQuarter(r[1])
		if err != nil {
			t.Fatal(err)
		}
		vals := map[string]float64{}
		for i, code := range recs[0][2:] {
			v, err := strconv.ParseFloat(r[i+2], 64)
			if err != nil {
				t.Fatal(err)
			}
			vals[code] = v
		}
		at, _ := time.Parse("2006-01-02", per.End)
		_, err = s.SaveSubmission(ctx, queries.Submission{FormID: form.ID, UnitID: u.ID, PeriodStart: per.Start,
			PeriodEnd: per.End, PeriodLabel: per.Label, Via: "test", Values: vals}, at.AddDate(0, 0, 10))
		if err != nil {
			t.Fatal(err)
		}
	}
}

// Wire builds the jobs and the router over a store with the clock fixed at now.
func Wire(t testing.TB, s *queries.Store, now time.Time, rc handlers.RouterConfig) *handlers.Bot {
	t.Helper()
	rc.Now = func() time.Time { return now }
	b, err := handlers.Wire(context.Background(), s, handlers.Config{RouterConfig: rc, Loc: now.Location()})
	if err != nil {
		t.Fatal(err)
	}
	return b
}
