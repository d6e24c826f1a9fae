package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFilesNotOnline: "hồ sơ không nộp trực tuyến", "nộp trực tiếp" are
// the files received less the online ones, and their rate the rest of
// the online rate, both computed here from the fixture; never the online
// figure their words also name.
func TestFilesNotOnline(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	v := fixture(t)["443"]["Q2/2019"]
	n := vi.NewNumbers()
	rest := 100 - pct(v)
	checkReplies(t, a, []replyCase{
		{q: "Quý 2/2019 Can Lộc có bao nhiêu hồ sơ không nộp trực tuyến?", kind: ask.KindFigure,
			want: []string{n.Num(v["hstong"]-v["hstt"]) + " hồ sơ"}},
		{q: "quý 2/2019 huyện Can Lộc có bao nhiêu hồ sơ nộp trực tiếp", kind: ask.KindFigure,
			want: []string{n.Num(v["hstong"]-v["hstt"]) + " hồ sơ"}},
		{q: "tỷ lệ hồ sơ không nộp trực tuyến của Can Lộc quý 2/2019", kind: ask.KindFigure,
			want: []string{"phần còn lại: " + n.Num(float64(int(rest*100+0.5))/100) + "%"}},
	})
}

// TestPlacesTheDataHasNot: a ward formed in 2025, a body no unit is, a
// ministry and the asker's own commune get no figure (not the
// province's, not the district told); what the asker tells of their
// commune does not stop the district asked from being answered.
func TestPlacesTheDataHasNot(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	district := body(answerText(t, a, "số hồ sơ nộp trực tuyến của huyện Hương Sơn quý 2/2019"))
	for _, q := range []string{
		"phường Vũng Áng quý 2/2019 tiếp nhận bao nhiêu hồ sơ",
		"công an tỉnh có bao nhiêu DVC mức 4",
		"Bộ Công an có bao nhiêu DVC mức 4",
		"xã em trước thuộc Hương Sơn, riêng xã em quý 2/2019 nộp trực tuyến bao nhiêu hồ sơ ạ",
	} {
		got := replyText(t, a, q)
		if strings.Contains(got, district) || strings.Contains(got, "toàn tỉnh") {
			t.Errorf("%q: a figure of another place: %s", q, got)
		}
	}
	holdsReplies(t, a, []repliedAs{
		{"dạ xã em trước thuộc huyện Đức Thọ, cho em số hồ sơ trực tuyến của huyện Đức Thọ quý 2/2019", []string{"số hồ sơ trực tuyến của huyện Đức Thọ quý 2/2019"}},
		{"Quý 1 huyện nào nộp trực tuyến ít nhất, chắc Vũ Quang?", []string{"Quý 1 huyện nào nộp trực tuyến ít nhất"}},
	})
}

// TestTypedOddly: Telex and VNI keys left in the words, "tỉ" for "tỷ",
// "mìn" for "mình" (not the spreadsheet's "min"), money typed joined to
// its number, "thật không", "tham dự" get the replies of the questions
// typed plainly.
func TestTypedOddly(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"tir leej noopj truwcj tuyeens 5 thangs ddaauf nawm 2019", []string{"tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019"}},
		{"so61 ho62 so7 tru7c5 tuye61n 2018", []string{"số hồ sơ trực tuyến năm 2018"}},
		{"kinh phi1 co2n thie61u bao nhieu", []string{"kinh phí còn thiếu bao nhiêu"}},
		{"tỉnh mìn hiện có bn dvc mức độ 3 vậy", []string{"số DVC mức 3 hiện nay"}},
		{"Dự án nâng cấp sàn TMĐT được 700tr thật ko?", []string{"kinh phí dự án nâng cấp sàn TMĐT"}},
		{"Mấy lớp quý 1 năm nay có bao nhiêu người dân, DN tham dự", []string{"số người tham gia tập huấn quý 1/2019"}},
	})
}

// TestWholeNeedAndADay: a part's share of the whole need (the three
// totals added, each read from its own plain question) and of the
// projects under way "tính đến" a day, which is the report's state, not
// the projects ending that year.
func TestWholeNeedAndADay(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	n := vi.NewNumbers()
	missing := answerFigure(t, a, "kinh phí còn thiếu")
	whole := answerFigure(t, a, "kinh phí đã bố trí theo Nghị quyết 22") + answerFigure(t, a, "kinh phí lồng ghép nguồn khác") + missing
	share := n.Num(float64(int(missing/whole*10000+0.5))/100) + "%"
	checkReplies(t, a, []replyCase{
		{q: "kinh phí còn thiếu chiếm bao nhiêu % tổng nhu cầu", kind: ask.KindFigure, want: []string{share}},
		{q: "Tổng nhu cầu vốn NQ22 (3 khoản cộng lại) là bao nhiêu và phần còn thiếu chiếm tỷ trọng mấy %?", kind: ask.KindFigure, want: []string{share}},
	})
	holdsReplies(t, a, []repliedAs{{"Bao nhiêu dự án đang thực hiện tính đến 10/6/2019?", []string{"Bao nhiêu dự án đang thực hiện?"}}})
}

// TestChoicesAndToldParts: an ask-back answered by place ("lấy cái đầu",
// then "cái còn lại thì") or by "cả hai" (each option's figure, never
// added); what the asker holds ("… em có rồi"), tells ("Dạ em đang viết
// phần PCI") or serves ("Phục vụ bài nghiên cứu") around the question;
// "xin thêm" (one more figure, not those added); the quarterly form
// ("nộp biểu"); a unit's rate "trên tổng"; people counted that no figure
// counts ("số cán bộ chuyên trách", "tỷ lệ người dân hài lòng").
func TestChoicesAndToldParts(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	followsAs(t, a, []string{"Kỳ Anh quý 1/2019 có bao nhiêu DVC mức 3", "lấy cái đầu"}, "số DVC mức 3 của huyện Kỳ Anh quý 1/2019")
	followsAs(t, a, []string{"Kỳ Anh quý 1/2019 có bao nhiêu DVC mức 3", "lấy cái đầu", "cái còn lại thì"}, "số DVC mức 3 của thị xã Kỳ Anh quý 1/2019")
	followsAs(t, a, []string{"Kỳ Anh quý 2/2019 tiếp nhận bao nhiêu hồ sơ", "lấy cả 2 đi e"}, "tổng số hồ sơ tiếp nhận của huyện Kỳ Anh quý 2/2019")
	followsAs(t, a, []string{"Kỳ Anh quý 2/2019 tiếp nhận bao nhiêu hồ sơ", "lấy cả 2 đi e"}, "tổng số hồ sơ tiếp nhận của thị xã Kỳ Anh quý 2/2019")
	both := replyTextIn(t, a, []string{"Hà Tĩnh quý 2/2019 có bao nhiêu hồ sơ trực tuyến", "hai cái luôn"})
	if strings.Contains(both, "Tổng cộng") {
		t.Errorf("the province and its city added: %s", both)
	}
	holdsReplies(t, a, []repliedAs{
		{"Dạ em có số DVC mức 3 toàn tỉnh là 1.995 rồi ạ, nhờ cho em xin thêm số DVC mức độ 4 trên Cổng DVC của tỉnh", []string{"số DVC mức 4 toàn tỉnh"}},
		{"Dạ em đang viết phần PCI, năm 2018 tỉnh mình đứng thứ mấy ạ", []string{"xếp hạng PCI năm 2018"}},
		{"Phục vụ bài nghiên cứu, em cần số dịch vụ công trực tuyến của UBND cấp huyện, cả hai mức ạ", []string{"số DVC mức 3 và mức 4 cấp huyện"}},
		{"q2/2019 những sở nào đã nộp biểu", []string{"q2/2019 những sở nào đã nộp báo cáo"}},
		{"Sở Nội vụ Q1/2019 tỷ lệ hstt trên tổng", []string{"tỷ lệ hồ sơ trực tuyến của Sở Nội vụ quý 1/2019"}},
	})
	for _, q := range []string{"Phục vụ đề tài, em cần số cán bộ chuyên trách CNTT toàn tỉnh ạ",
		"Báo cáo có điều tra mức độ hài lòng, vậy tỷ lệ người dân hài lòng với DVC trực tuyến là bao nhiêu ạ"} {
		if ans, err := a.Answer(context.Background(), q); err != nil || ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure of something else: %v %s", q, err, ans.Text)
		}
	}
}

// replyTextIn is the last reply of the turns, in a chat of their own.
func replyTextIn(t *testing.T, a *ask.Answerer, turns []string) string {
	t.Helper()
	chat := ask.Chat{Platform: "test", ID: t.Name() + strings.Join(turns, "|")}
	var ans ask.Answer
	for _, q := range turns {
		var err error
		if ans, err = a.Converse(context.Background(), chat, q); err != nil {
			t.Fatal(err)
		}
	}
	return ans.Text
}
