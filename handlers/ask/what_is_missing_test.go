package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestWhatIsMissing: an inspector asks what is not there: the files not
// filed online (said "không qua DVC", "nộp giấy", "chưa online"), their
// change between quarters, the units ranked by them or by the rest of
// their rate, the level's without some kinds of unit; the projects not
// done; the share of units that have not reported. Each is worked out
// from the stored figures, never the online figure its words also name.
func TestWhatIsMissing(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ q, want, not string }{
		{"TX Hồng Lĩnh quý 1 bao nhiêu hồ sơ nộp giấy (không qua DVC)", "1.265 hồ sơ", ""},
		{"Sở Công Thương quý 1 bao nhiêu hồ sơ không qua DVC", "565 hồ sơ", ""},
		{"Hồng Lĩnh quý 2 mấy % hồ sơ còn nộp giấy", "phần còn lại: 81,36%", ""},
		{"Can Lộc hồ sơ không trực tuyến quý 2 giảm bao nhiêu so với quý 1", "giảm 90 hồ sơ", "174"},
		{"Đức Thọ hồ sơ không trực tuyến quý 2 tăng bao nhiêu so với quý 1", "tăng 145 hồ sơ", "67"},
		{"quý 2 đơn vị cấp huyện nào nhiều hồ sơ không trực tuyến nhất", "Thành phố Hà Tĩnh 3.138 hồ sơ", "3.950"},
		{"quý 1 huyện nào ít hồ sơ không trực tuyến nhất", "Huyện Lộc Hà 858 hồ sơ", ""},
		{"quý 1 huyện nào tỷ lệ hồ sơ chưa online cao nhất", "Huyện Hương Sơn 97,67%", "Lộc Hà"},
		{"quý 2 sở nào tỷ lệ hồ sơ không trực tuyến thấp nhất", "Sở Thông tin và Truyền thông 85,82%", ""},
		{"quý 2 bỏ TP Hà Tĩnh ra thì các huyện còn bao nhiêu hồ sơ không online", "13.666 hồ sơ", "16.804"},
		{"bao nhiêu dự án NQ22 chưa hoàn thành", "11 dự án", ""},
		{"quý 2 tỷ lệ đơn vị chưa nộp là bao nhiêu %", "62,5%", "85,55"},
		{"Sở TC quý 1 % không trực tuyến", "phần còn lại: 93,11%", ""},
		{"Lộc Hà q1 mấy % chưa online", "phần còn lại: 76,61%", ""},
		{"năm ngoái còn mấy % hồ sơ ko nộp trực tuyến", "phần còn lại: 95,08%", ""},
		{"Sở TTTT q2 hồ sơ ko trực tuyến nhiều hơn q1 bao nhiêu", "tăng 29 hồ sơ", "tăng 18"},
		// One unit left out, another asked: the other's own figure.
		{"bỏ ngành điện ra thì ngành thuế cung cấp bao nhiêu DVC mức 3", "Cục Thuế tỉnh Hà Tĩnh đến ngày 10/06/2019: 154 dịch vụ", "Điện lực"},
		{"không tính bên thuế, Điện lực Hà Tĩnh có mấy dvc mức 3", "Điện lực Hà Tĩnh đến ngày 10/06/2019: 27 dịch vụ", "Cục Thuế"},
		{"dự án phóng sự, bỏ phần của Đài PTTH ra thì Báo Hà Tĩnh nhận tổng bao nhiêu", "Tổng cộng: 100 triệu đồng", "Đài Phát thanh"},
		// Not asked of the files not online: each figure's own change.
		{"hồ sơ TTHC huyện Hương Khê tiếp nhận quý 2 nhiều hơn quý 1/2019 bao nhiêu hồ sơ", "tăng 85 hồ sơ", ""},
	} {
		got := replyText(t, a, tc.q)
		if !strings.Contains(got, tc.want) || tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%q:\n%s\nwant %q, not %q", tc.q, got, tc.want, tc.not)
		}
	}
	// As follow-ups: the rest of the files asked before, counted or as
	// a rate.
	followsAs(t, a, []string{"Sở TT&TT quý 1 có bao nhiêu hồ sơ nộp trực tuyến", "không trực tuyến"}, "Sở TT&TT quý 1 bao nhiêu hồ sơ không nộp trực tuyến")
	followsAs(t, a, []string{"Sở TT&TT quý 1 tiếp nhận bao nhiêu hồ sơ", "không trực tuyến", "quý 2 không trực tuyến"}, "Sở TT&TT quý 2 bao nhiêu hồ sơ không nộp trực tuyến")
	followsAs(t, a, []string{"Đức Thọ quý 2 bao nhiêu hồ sơ không nộp online", "rứa Hương Khê", "tính ra phần trăm chưa online"}, "Hương Khê quý 2 tỷ lệ hồ sơ không nộp trực tuyến")
	if got := replyText(t, a, "có mấy dự án chưa thực hiện"); !strings.Contains(got, "1 dự án chưa thực hiện") {
		t.Errorf("the projects not started: %s", got)
	}
}
