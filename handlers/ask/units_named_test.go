package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitsNamedTogether: a kind before a list of names holds for each
// ("hai thị xã Hồng Lĩnh và Kỳ Anh"), and one period named with each of
// two units is one period (the units set against each other), with the
// figures taken from the fixture file.
func TestUnitsNamedTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	for _, tt := range []struct {
		q    string
		want []string
		not  []string
	}{
		{"hai thị xã Hồng Lĩnh và Kỳ Anh quý 2/2019 tổng hồ sơ trực tuyến",
			[]string{"Thị xã Kỳ Anh", n.Num(subs["437"]["Q2/2019"]["hstt"]+subs["449"]["Q2/2019"]["hstt"]) + " hồ sơ"}, []string{"Huyện Kỳ Anh"}},
		{"Lộc Hà quý 1/2019 so với Thạch Hà quý 1/2019 chênh nhau mấy điểm % tỷ lệ trực tuyến",
			[]string{n.Num(pct(subs["448"]["Q1/2019"])-pct(subs["445"]["Q1/2019"])) + " điểm %"}, []string{"quý 2"}},
	} {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(ans.Text, w) {
				t.Errorf("%q: want %q in %s", tt.q, w, ans.Text)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(ans.Text, w) {
				t.Errorf("%q: %q must not be in %s", tt.q, w, ans.Text)
			}
		}
	}
}
