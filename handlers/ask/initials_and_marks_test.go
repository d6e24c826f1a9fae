package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestInitialsAndMarks: a district's initials that are also another
// word's ("ĐT") name the district where that word cannot be meant; "H.KA"
// is the district, not the town; a word written with other marks than a
// unit's one-word name ("thuê", rent) does not name it, but "ngành thuê"
// still does; "lũy kế 2 quý" adds the two quarters.
func TestInitialsAndMarks(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"ĐT Q2.2019 tl hstt bn rứa", []string{"tỷ lệ hồ sơ trực tuyến huyện Đức Thọ quý 2/2019"}},
		{"Q2 năm nay ĐT tổng tiếp nhận bn hs", []string{"tổng hồ sơ tiếp nhận của huyện Đức Thọ quý 2/2019"}},
		{"ĐT có mấy lớp tập huấn", []string{"có mấy lớp tập huấn"}},
		{"H.KA Q1 tl hstt", []string{"tỷ lệ hồ sơ trực tuyến huyện Kỳ Anh quý 1/2019"}},
		{"ngành thuê cung cấp bn dvc mức 3", []string{"Cục Thuế có bao nhiêu dvc mức 3"}},
		{"Lũy kế 2 quý tổng hồ sơ tiếp nhận của Thạch Hà?", []string{"tổng hồ sơ tiếp nhận của huyện Thạch Hà 6 tháng đầu năm 2019"}},
		{"Tỷ lệ hồ sơ trực tuyến lũy kế 2 quý năm 2019 của Hồng Lĩnh?", []string{"tỷ lệ hồ sơ trực tuyến của Hồng Lĩnh 6 tháng đầu năm 2019"}},
	})
	if got := replyText(t, a, "Cổng TT ĐT có bao nhiêu dvc mức 3"); strings.Contains(got, "Đức Thọ") {
		t.Errorf("\"Cổng TT ĐT\" read as Đức Thọ: %s", got)
	}
	for _, q := range []string{"chi phí thuê hội trường cho các lớp tập huấn", "Chi phí thuê máy chủ hàng năm bao nhiêu?"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure for rent: %s", q, ans.Text)
		}
	}
}

// TestLargestFall: "giảm … nhiều nhất" ranks the units that fell, the
// largest fall first, not the largest rise, each with its two figures.
func TestLargestFall(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	fell := replyText(t, a, "Quý 2 so với quý 1 huyện nào bị giảm tỷ lệ nhiều nhất")
	rose := replyText(t, a, "Quý 2 so với quý 1 huyện nào tăng tỷ lệ nhiều nhất")
	// Each unit with both its figures: what it fell to is asked too ("giảm
	// còn bao nhiêu %").
	if !strings.Contains(fell, "1. Huyện") || !strings.Contains(fell, "−") || !strings.Contains(fell, "% → ") || strings.Contains(fell, "+") || fell == rose {
		t.Errorf("largest fall:\n%s\nlargest rise:\n%s", fell, rose)
	}
}

// TestFollowUpAfterNearest: a figure asked right after a year answered
// with its first months ("hồ sơ nhiêu?" after năm 2019's rate) is of the
// same months, not asked back.
func TestFollowUpAfterNearest(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	got := replyTextIn(t, a, []string{"năm 2019 tỷ lệ hồ sơ trực tuyến được nhiêu", "hồ sơ nhiêu?"})
	if want := body(replyText(t, a, "năm 2019 có bao nhiêu hồ sơ nộp trực tuyến")); !strings.Contains(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRankingOfTwoQuarters: "huyện đứng đầu … q1 và q2" ranks each
// quarter, not the first alone.
func TestRankingOfTwoQuarters(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"huyện đứng đầu tỷ lệ hs online q1 và q2 là huyện nào", []string{"huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất quý 1/2019", "huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất quý 2/2019"}},
	})
}
