package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestAgainstTheAverage: a unit's reported rate "trên hay dưới (mức)
// bình quân chung" is set against that of all units that reported, "so
// với bình quân các sở", "so với các huyện" against its level's: both
// figures and the gap, in the one quarter asked, asked on its own or
// after the unit's rate.
func TestAgainstTheAverage(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"TX Kỳ Anh quý 2 tỷ lệ hồ sơ trực tuyến trên hay dưới bình quân chung?", []string{"tỷ lệ hồ sơ trực tuyến quý 2 của thị xã Kỳ Anh so với toàn tỉnh"}},
		{"Hương Khê quý 2 tỷ lệ hồ sơ trực tuyến trên hay dưới mức bình quân chung các đơn vị đã nộp?", []string{"tỷ lệ hồ sơ trực tuyến quý 2 của Hương Khê so với toàn tỉnh"}},
	})
	for _, tc := range []struct{ q, want string }{
		{"Sở TT&TT quý 1 tỷ lệ HS trực tuyến so với bình quân các sở đã nộp thế nào?", "cao hơn các sở, ban, ngành cấp tỉnh 5,32 điểm %"},
		{"Thạch Hà quý 2 tỷ lệ hồ sơ trực tuyến so với các huyện", "cao hơn cấp huyện 1,05 điểm %"},
		// No figure named: the one units are ranked by, said in the reply.
		{"Thạch Hà quý 2 có trên mức bình quân của các huyện đã báo cáo không?", "cao hơn cấp huyện 1,05 điểm %"},
		{"Hương Khê quý 1 so với bình quân chung các đơn vị báo cáo thì trên hay dưới?", "toàn tỉnh quý 1/2019: 11,09%"},
	} {
		if got := replyText(t, a, tc.q); !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n%s\nwant %q", tc.q, got, tc.want)
		}
	}
	followsAs(t, a, []string{"Hương Khê quý 1 tỷ lệ hồ sơ trực tuyến", "trên hay dưới mức bình quân chung?"}, "tỷ lệ hồ sơ trực tuyến quý 1 của Hương Khê so với toàn tỉnh")
	followsAs(t, a, []string{"Sở TT&TT quý 1 tỷ lệ hồ sơ trực tuyến", "so với bình quân các sở thì sao"}, "Sở TT&TT quý 1 tỷ lệ HS trực tuyến so với bình quân các sở đã nộp thế nào?")
	// A bound said is no average: the unit's own rate.
	if got := replyText(t, a, "Sở GD&ĐT quý 2 tỷ lệ HS trực tuyến trên hay dưới 10%?"); !strings.Contains(got, "8,24%") {
		t.Errorf("a bound: %s", got)
	}
}
