package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitCodes: units named by their official codes ("mã 436", "huyện
// 440", "443 - Can Lộc", "(mã 445)", "S-TC", a code with a zero-width
// character pasted inside) are those units (they were dropped, and the
// province's figure given); a code no unit has gets no figure; a number
// that counts something stays a number; a code typed alone in a
// follow-up switches the unit.
func TestUnitCodes(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Mã 436, Q1/2019: số hồ sơ nộp trực tuyến?", kind: ask.KindFigure, want: []string{"Thành phố Hà Tĩnh quý 1/2019: 604 hồ sơ"}},
		{q: "Tỷ lệ hồ sơ nộp trực tuyến của huyện 440, quý 1 năm 2019?", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ quý 1/2019: 6,68%"}},
		{q: "443 quý I/2019 có bao nhiêu hồ sơ nộp trực tuyến?", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 1/2019: 468 hồ sơ"}},
		{q: "S-TC quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến", kind: ask.KindFigure, want: []string{"Sở Tài chính quý 1/2019: 72 hồ sơ"}},
		{q: "Số hồ sơ trực tuyến của 44\u200b5 quý 1/2019", kind: ask.KindFigure, want: []string{"Huyện Thạch Hà quý 1/2019: 311 hồ sơ"}},
		{q: "443 - Can Lộc quý 1 tỷ lệ hstt", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 1/2019: 20,98%"}},
		{q: "hstt quý 1 của Thạch Hà (mã 445)", kind: ask.KindFigure, want: []string{"Huyện Thạch Hà quý 1/2019: 311 hồ sơ"}},
		{q: "mã 438 quý 1 tỷ lệ hồ sơ trực tuyến", kind: ask.KindNoData, want: []string{"Không có đơn vị nào mang mã 438"}},
		{q: "tỷ lệ hồ sơ trực tuyến 444 Q1-2019", kind: ask.KindFigure, want: []string{"Huyện Hương Khê quý 1/2019: 11,07%"}},
		{q: "TX 449: tỷ lệ hstt Q2/2019 cao hơn Q1/2019 bao nhiêu điểm phần trăm", kind: ask.KindFigure, want: []string{"Thị xã Kỳ Anh", "tăng 4,13 điểm %"}},
		// A count, not a code.
		{q: "Can Lộc quý 2 có 443 hồ sơ trực tuyến không", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 2/2019: 642 hồ sơ"}, not: []string{"Huyện Can Lộc, Huyện Can Lộc"}},
	})
	if got := replyTextIn(t, a, []string{"đơn vị 443 quý 1 có bao nhiêu hồ sơ trực tuyến", "thế 436"}); !hasAll(got, "Thành phố Hà Tĩnh|604") {
		t.Errorf("a code typed alone in a follow-up: %s", got)
	}
}
