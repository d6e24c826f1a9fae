package ask_test

import (
	"context"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestOtherProvinces: a question about another province gets no figure
// of this one; the province's own units whose names hold another
// province's ("Hương Sơn là …" holds "Sơn La") are still answered.
func TestOtherProvinces(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tt := range []struct {
		q    string
		kind ask.AnswerKind
	}{
		{"Nghệ An có bao nhiêu dvc mức 3", ask.KindOutOfScope},
		{"quang binh ty le ho so truc tuyen 2018", ask.KindOutOfScope},
		{"so sánh Hà Tĩnh với Thanh Hóa về PCI", ask.KindOutOfScope},
		{"TPHCM có bao nhiêu DVC mức 4", ask.KindOutOfScope},
		{"huyện Hương Sơn là bao nhiêu hồ sơ quý 1/2019", ask.KindFigure},
		{"tỷ lệ hồ sơ trực tuyến của TP Hà Tĩnh quý 2/2019", ask.KindFigure},
	} {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind != tt.kind {
			t.Errorf("%q: kind %s, want %s: %s", tt.q, ans.Kind, tt.kind, ans.Text)
		}
	}
}
