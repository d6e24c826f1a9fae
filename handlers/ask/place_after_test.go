package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPlaceAfter: "đứng thứ mấy (trong đơn vị cấp huyện)" after one
// unit's quarterly figure is that unit's place by it; "Sở Công Thương xếp
// thứ mấy" after a ranking of quarter 1 is its place in that quarter, not
// in the latest.
func TestPlaceAfter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "place", []chatCase{
		{turns: []string{"Thạch Hà quý 1 tỷ lệ hồ sơ trực tuyến bn", "đứng thứ mấy trong đơn vị cấp huyện"},
			want: []string{"Huyện Thạch Hà đứng thứ 6/12 đơn vị cấp huyện"}},
		{turns: []string{"quý 1 sở nào áp chót tỷ lệ hồ sơ trực tuyến", "Sở Công Thương xếp thứ mấy"},
			want: []string{"Sở Công Thương đứng thứ 2/5", "quý 1/2019"}},
		{turns: []string{"Huyện Kỳ Anh quý 2 DVC mức 3 đứng thứ mấy từ dưới lên"},
			want: []string{"đứng thứ 9/9", "Tính từ dưới lên: thứ 1."}},
	})
}

// TestSpeakersNamedByPlace: an office or a listener named by "bên" or
// "ở" before the unit asks of that unit ("Bên Đức Thọ hỏi … của huyện",
// "Thính giả ở Kỳ Anh hỏi … bên mình": which Kỳ Anh is asked back); a
// "bên" not followed soon by the verb is the question's own unit.
func TestSpeakersNamedByPlace(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Bên Đức Thọ hỏi tỷ lệ hồ sơ trực tuyến của huyện quý 2/2019, nhờ bot xem giúp", kind: ask.KindFigure,
			want: []string{"của Huyện Đức Thọ quý 2/2019: 2,86%"}},
		{q: "thính giả ở Kỳ Anh hỏi quý 2 bên mình tiếp nhận bao nhiêu hồ sơ", kind: ask.KindAsk,
			want: []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}},
		{q: "bên thuế có mấy dịch vụ online mức 3, e hỏi để nộp thuế cho tiện", kind: ask.KindFigure,
			want: []string{"Cục Thuế tỉnh Hà Tĩnh đến ngày 10/06/2019: 154 dịch vụ"}},
		{q: "năm 2019 cổng TTĐT tỉnh với sàn TMĐT cấp bao nhiêu", kind: ask.KindFigure,
			want: []string{"nguồn NQ 22: 177 triệu đồng", "nguồn NQ 22: 700 triệu đồng"}},
		{q: "mỗi dự án đề xuất bao nhiêu?", kind: ask.KindFigure,
			want: []string{"tổng cộng 3.565 triệu đồng", "«Đào tạo, bồi dưỡng CIO và chuyên trách CNTT» 490 triệu đồng"}},
		{q: "Các huyện quý 1 tổng hồ sơ trực tuyến có vượt 2.500 không", kind: ask.KindFigure, want: []string{"cấp huyện quý 1/2019: 2.849 hồ sơ"}},
		{q: "Tỷ lệ trực tuyến chung của các huyện quý 2 có trên 15% không", kind: ask.KindFigure,
			want: []string{"cấp huyện quý 2/2019: 15,28%", "trên 15: đúng"}},
	})
}

// TestProvincePeriodsRanked: "kỳ nào … cả tỉnh cao nhất", "trong mấy kỳ
// báo cáo …, … cả tỉnh thấp nhất" set the province's periods side by
// side, not its units.
func TestProvincePeriodsRanked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Theo báo cáo của Sở, trong các kỳ có số liệu thì kỳ nào tỷ lệ hồ sơ trực tuyến cả tỉnh cao nhất, bao nhiêu %?", kind: ask.KindFigure,
			want: []string{"năm 2018: 4,92%", "5 tháng đầu năm 2019: 13,25%"}, not: []string{"Can Lộc"}},
		{q: "Trong mấy kỳ báo cáo 47 thống kê, tỷ lệ nộp hồ sơ trực tuyến cả tỉnh thấp nhất là bao nhiêu?", kind: ask.KindFigure,
			want: []string{"năm 2018: 4,92%"}, not: []string{"Đức Thọ"}},
	})
}

// TestThanksThenFollowUp: thanks before a follow-up ("Em cảm ơn, thế số
// liệu tương ứng của năm 2018 là bao nhiêu ạ?") is no greeting, and "số
// liệu tương ứng" is the figure before, of the period now named.
func TestThanksThenFollowUp(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "thanks", []chatCase{
		{turns: []string{"Cho em hỏi tỷ lệ hồ sơ nộp trực tuyến 5 tháng đầu năm 2019 là bao nhiêu ạ?",
			"Em cảm ơn, thế số liệu tương ứng của năm 2018 là bao nhiêu ạ?"},
			want: []string{"toàn tỉnh năm 2018: 4,92%"}, not: []string{"Xin chào"}},
	})
}
