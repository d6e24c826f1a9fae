package ask_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestAnswersSeeACorrectionAtOnce: answers keep what they read of the
// figures only while no figure changes; a correction is answered by the
// next question, with no reload.
func TestAnswersSeeACorrectionAtOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := demoStore(t, d)
		a := newAnswerer(t, s)
		q := "số hồ sơ nộp trực tuyến của Can Lộc quý 2/2019"
		before, err := a.Answer(ctx, q)
		if err != nil || !strings.Contains(before.Text, "642") {
			t.Fatalf("before: %q %v", before.Text, err)
		}
		form, err := s.FormByCode(ctx, dataset.QuarterlyFormCode)
		if err != nil {
			t.Fatal(err)
		}
		u, err := s.UnitByCode(ctx, "443")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveSubmission(ctx, queries.Submission{FormID: form.ID, UnitID: u.ID, PeriodStart: "2019-04-01", PeriodEnd: "2019-06-30",
			PeriodLabel: "quý 2/2019", Via: "test", Values: map[string]float64{"dvc3": 109, "dvc4": 3, "hstt": 700, "hstong": 2000}}, time.Now()); err != nil {
			t.Fatal(err)
		}
		after, err := a.Answer(ctx, q)
		if err != nil || !strings.Contains(after.Text, "700") || strings.Contains(after.Text, "642") {
			t.Fatalf("after the correction: %q %v", after.Text, err)
		}
	})
}
