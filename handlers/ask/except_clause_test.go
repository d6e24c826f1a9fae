package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBesidesOther: a clause setting aside a figure the question does not
// ask is no rest to compute ("không tính phần lồng ghép, nguồn … NQ 22
// …": the resolution's money); one setting aside part of what is asked
// still gets no figure.
func TestBesidesOther(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "không tính phần lồng ghép, nguồn thực hiện NQ 22 đã bố trí được bn tiền", kind: ask.KindFigure, want: []string{"4.652 triệu đồng"}},
		{q: "ngoài nguồn NQ22 ra, tập huấn người dân và DN được lồng ghép thêm bao nhiêu", kind: ask.KindFigure, want: []string{"180"}},
		{q: "ngoài Can Lộc ra, Thạch Hà quý 2 có bao nhiêu hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"Huyện Thạch Hà quý 2/2019: 405 hồ sơ"}},
		{q: "quý 2 tổng hồ sơ trực tuyến của Can Lộc, Hương Khê và Thạch Hà, không tính Hương Khê", kind: ask.KindNoData},
		// A unit set aside from a level or the province asked is a part
		// of it: the rest, computed.
		{q: "ngoài STTTT, mấy sở còn lại Q2 tỷ lệ chung bn", kind: ask.KindFigure, want: []string{"(ngoài Sở Thông tin và Truyền thông) quý 2/2019: 8,38%"}},
		{q: "Quý 1 tổng hồ sơ nộp trực tuyến các đơn vị, trừ Sở Y tế ra", kind: ask.KindFigure, want: []string{"3.023"}},
	})
}
