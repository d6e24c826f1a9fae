package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBoundsChecked: a yes-or-no question setting one figure against a
// bound ("có nhiều hơn 20 … không", "đã quá 600 chưa", "có quá 50 nghìn
// … chưa", "có lọt top 25 không") gets the figure and whether it is past
// the bound; the bound is no change asked, no filter of units and no
// year ("2 nghìn").
func TestBoundsChecked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ q, figure, verdict string }{
		{"Cấp huyện có nhiều hơn 20 dịch vụ công mức độ 4 không", "23 dịch vụ", "trên 20: đúng"},
		{"Các sở cấp tỉnh có bao nhiêu DVC mức độ 3 nhỉ, đã quá 600 chưa", "610 dịch vụ", "trên 600: đúng"},
		{"sàn thương mại điện tử có quá 50 nghìn lượt đăng nhập chưa", "47.770 lượt", "trên 50.000: không đúng"},
		{"PCI năm 2018 tỉnh mình có lọt top 25 không em", "hạng 23", "không quá 25: đúng"},
	} {
		got := replyText(t, a, tc.q)
		if !strings.Contains(got, tc.figure) || !strings.Contains(got, "Mốc bạn hỏi, "+tc.verdict) {
			t.Errorf("%q:\n%s\nwant %q and %q", tc.q, got, tc.figure, tc.verdict)
		}
	}
	if got := replyText(t, a, "2018 số hồ sơ online khoảng 2 nghìn đúng ko, cho xin số chuẩn"); !strings.Contains(got, "năm 2018: 1.952 hồ sơ") {
		t.Errorf("\"2 nghìn\" read as something else: %s", got)
	}
}

// TestVersusBeforeACount: "vs" between two units before a count asked is
// "và": each figure and both together ("ngành điện lực vs ngành thuế cung
// cấp bn dvc mức 3": 27, 154, 181); before a rate it still sets them
// against each other.
func TestVersusBeforeACount(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	if got := replyText(t, a, "nganh dien luc vs nganh thue cung cap bn dvc muc 3"); !strings.Contains(got, "Tổng cộng: 181 dịch vụ") {
		t.Errorf("the two sectors' services together: %s", got)
	}
	if got := replyText(t, a, "hs cap xa o tp ha tinh vs tx hong linh den 27/2 la bn"); !strings.Contains(got, "776") {
		t.Errorf("the communes' files of the city and the town: %s", got)
	}
	if got := replyText(t, a, "Can Lộc vs Hương Khê tỷ lệ q2"); !strings.Contains(got, "cao hơn Huyện Hương Khê 14 điểm %") {
		t.Errorf("two rates set against each other: %s", got)
	}
}

// TestRateOfThoseReporting: "tỷ lệ chung các đơn vị đã nộp" is the online
// rate of all the units that reported (the province's from their reports),
// not the share of units that reported, nor not understood.
func TestRateOfThoseReporting(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"quý 1 tỷ lệ chung các đơn vị đã gửi là bao nhiêu", []string{"tỷ lệ hồ sơ trực tuyến toàn tỉnh quý 1/2019"}},
		{"tỷ lệ chung các đơn vị đã nộp quý 2 tăng mấy điểm so với quý 1", []string{"tỷ lệ hồ sơ trực tuyến toàn tỉnh quý 2/2019 tăng bao nhiêu so với quý 1/2019"}},
	})
}

// TestAgainstTheLevelsRate: "Can Lộc quý 2 hơn bình quân các huyện bao
// nhiêu điểm %", "… kém bình quân khối huyện", "… thua bình quân các
// huyện mấy điểm" set the unit's rate against its level's (all units'
// files together), the gap in points; "điểm" with no figure named is the
// online rate, named in the reply.
func TestAgainstTheLevelsRate(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for q, want := range map[string]string{
		"Can Lộc quý 2 năm 2019 hơn bình quân các huyện bao nhiêu điểm %":             "Huyện Can Lộc cao hơn cấp huyện 12,45 điểm %",
		"quý 1/2019 huyện Kỳ Anh kém bình quân khối huyện bao nhiêu điểm %":           "Cấp huyện cao hơn Huyện Kỳ Anh 6,99 điểm %",
		"Cẩm Xuyên quý 1/2019 tỉ lệ nộp trực tuyến thua bình quân các huyện mấy điểm": "Cấp huyện cao hơn Huyện Cẩm Xuyên 3,61 điểm %",
		"Đức Thọ quý 2/2019 kém bình quân cả tỉnh bao nhiêu điểm":                     "11,59 điểm %",
	} {
		ans := answerOf(t, a, q)
		if !ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, want) || !ans.Understood() {
			t.Errorf("%q: %s %s, want %q", q, ans.Kind, ans.Text, want)
		}
	}
}
