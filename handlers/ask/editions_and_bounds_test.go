package ask_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestEditionsCountsAndBounds: "báo Hà Tĩnh (bản in …)" is the paper,
// not "báo tỉnh bạn" (the other provinces' papers, which folds the
// same); "… trên bao nhiêu đơn vị" after a total of the units' reports is
// that total, whose source counts the units, stated once; "từ 100 DVC mức
// 3 trở lên" bounds the count with the figure's words between, counted
// here from the fixture.
func TestEditionsCountsAndBounds(t *testing.T) {
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	holdsReplies(t, a, []repliedAs{
		{"Năm 2017 báo Hà Tĩnh (bản in và điện tử) đăng bao nhiêu bài về CCHC", []string{"Năm 2017 báo Hà Tĩnh đăng bao nhiêu bài về CCHC"}},
		{"Quý 2/2019, cộng các báo cáo đã gửi thì có bao nhiêu hồ sơ nộp trực tuyến, trên bao nhiêu đơn vị?", []string{"Quý 2/2019 có bao nhiêu hồ sơ nộp trực tuyến"}},
	})
	if got := replyText(t, a, "Quý 2/2019, cộng các báo cáo đã gửi thì có bao nhiêu hồ sơ nộp trực tuyến, trên bao nhiêu đơn vị?"); strings.Count(got, "Số hồ sơ nộp trực tuyến") != 1 {
		t.Errorf("the total stated more than once, or not at all: %s", got)
	}
	if got := replyText(t, a, "Năm 2017 báo tỉnh bạn đăng bao nhiêu bài về CCHC"); strings.Contains(got, "Báo Hà Tĩnh") {
		t.Errorf("the other provinces' papers read as Báo Hà Tĩnh: %s", got)
	}
	reported, over := 0, 0
	for code, per := range fixture(t) {
		v, ok := per["Q2/2019"]
		if !ok || unitByCode(t, s, code).Level != "district" {
			continue
		}
		reported++
		if v["dvc3"] >= 100 {
			over++
		}
	}
	if over == 0 || over == reported {
		t.Fatal("the fixture's districts are all, or none, at 100 DVC mức 3 in Q2/2019")
	}
	checkReplies(t, a, []replyCase{
		{q: "Quý 2 có bao nhiêu đơn vị cấp huyện cung cấp từ 100 DVC mức 3 trở lên", kind: ask.KindFigure,
			want: []string{fmt.Sprintf("Có %d trong %d đơn vị", over, reported)}},
	})
}

// TestRelayedAndOldForms: several people's questions passed on in one
// message ("chị Lan hỏi …, còn anh Tuấn hỏi …") each get their own figure;
// "Fwd: … mn" is the question inside; a level in Roman numerals ("mức độ
// IV"); "quý 1 sở công thương" (the quarter's number counts no agencies);
// a cue said twice ("các dự án NQ 22 dự án nào …"); "được bao nhiêu cho
// phóng sự" (money); "Đài và Báo Hà Tĩnh" (the two).
func TestRelayedAndOldForms(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"chị Lan hỏi số hs trực tuyến 2018, còn anh Tuấn hỏi tỷ lệ 5 tháng đầu năm 2019 ạ",
			[]string{"số hồ sơ trực tuyến năm 2018", "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019"}},
		{"chị Hằng hỏi Đức Thọ quý 1/2019 tỷ lệ hstt, anh Cường hỏi Hương Sơn quý 2/2019 tỷ lệ hstt",
			[]string{"tỷ lệ hồ sơ trực tuyến của Đức Thọ quý 1/2019", "tỷ lệ hồ sơ trực tuyến của Hương Sơn quý 2/2019"}},
		{"Fwd: PCI 2018 Hà Tĩnh xếp thứ mấy mn", []string{"PCI 2018 Hà Tĩnh xếp thứ mấy"}},
		{"Xin cho biết trên Cổng DVC tỉnh hiện có mấy dịch vụ công mức độ IV ạ", []string{"số DVC mức 4 toàn tỉnh"}},
		{"Cục Thuế tỉnh cung cấp mấy DVC mức độ III?", []string{"Cục Thuế có bao nhiêu DVC mức 3"}},
		{"quý 1 sở công thương có bao nhiêu dịch vụ mức 3", []string{"Sở Công Thương quý 1/2019 có bao nhiêu DVC mức 3"}},
		{"Fwd: trong các dự án NQ 22 dự án nào chưa thực hiện", []string{"dự án NQ 22 nào chưa thực hiện"}},
		{"Năm 2019 Đài truyền hình tỉnh được bao nhiêu cho phóng sự", []string{"Năm 2019 Đài truyền hình tỉnh được cấp bao nhiêu cho phóng sự"}},
		{"Năm 2018 Đài và Báo Hà Tĩnh được cấp tổng cộng bao nhiêu cho phóng sự, chuyên mục?",
			[]string{"Năm 2018 Đài PTTH và Báo Hà Tĩnh được cấp tổng cộng bao nhiêu cho phóng sự, chuyên mục?"}},
	})
	if got := replyText(t, a, "Kinh phí NQ22 đã bố trí là bao nhiêu, mục III.1 ghi thế nào"); strings.Contains(got, "mức độ hài lòng") {
		t.Errorf("a section's number (mục III) read as a level: %s", got)
	}
}
