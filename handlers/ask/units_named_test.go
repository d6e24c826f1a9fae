package ask_test

import (
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
	checkReplies(t, a, []replyCase{
		{q: "hai thị xã Hồng Lĩnh và Kỳ Anh quý 2/2019 tổng hồ sơ trực tuyến",
			want: []string{"Thị xã Kỳ Anh", n.Num(subs["437"]["Q2/2019"]["hstt"]+subs["449"]["Q2/2019"]["hstt"]) + " hồ sơ"}, not: []string{"Huyện Kỳ Anh"}},
		{q: "Lộc Hà quý 1/2019 so với Thạch Hà quý 1/2019 chênh nhau mấy điểm % tỷ lệ trực tuyến",
			want: []string{n.Num(pct(subs["448"]["Q1/2019"])-pct(subs["445"]["Q1/2019"])) + " điểm %"}, not: []string{"quý 2"}},
	})
}
