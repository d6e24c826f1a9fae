package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestThingAskedBesideOthers: the thing counted is the one asked, though
// the question names another figure beside it: the services "cho dân nộp
// hồ sơ" (not the files), the files a stated rate stands for (not the
// rate), the units that have not reported "số hồ sơ" (not the files).
func TestThingAskedBesideOthers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Sở Y tế quý 1/2019 có bao nhiêu DVC online cho dân nộp hồ sơ", kind: ask.KindFigure,
			want: []string{"mức độ 3 của Sở Y tế quý 1/2019: 30 dịch vụ", "mức độ 4 của Sở Y tế quý 1/2019: 5 dịch vụ"}, not: []string{"26 hồ sơ"}},
		{q: "5 tháng đầu 2019 tỷ lệ 13.25% thì số hồ sơ trực tuyến tương ứng là bao nhiêu", kind: ask.KindFigure,
			want: []string{"5 tháng đầu năm 2019: 6.704 hồ sơ"}},
		{q: "tỷ lệ 4,92% năm 2018 là đúng không", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "quý 1/2019 bao nhiêu đơn vị chưa báo cáo số hồ sơ", kind: ask.KindFigure,
			want: []string{"17/32", "còn 15 đơn vị chưa nộp"}, not: []string{"3.049"}},
		{q: "quý 2 huyện nào chưa báo cáo số hồ sơ trực tuyến", kind: ask.KindFigure,
			want: []string{"Huyện Vũ Quang, Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà"}},
	})
}
