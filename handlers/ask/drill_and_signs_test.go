package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestDrillingIntoAFigure: a follow-up that splits the figure just given
// ("chia ra từng huyện", "chia ra từng quý", "chia mức 3 mức 4 luôn")
// gets its parts, as the question asking them does; one that points at
// the unit a ranking named ("tỷ lệ trực tuyến của nó", "huyện đó")
// gets that unit's; one that asks the gap of the two years asked in turn
// ("nhiều hơn bao nhiêu hồ sơ") gets it.
func TestDrillingIntoAFigure(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"tỷ lệ hồ sơ nộp trực tuyến quý 2/2019 toàn tỉnh", "chia ra từng huyện xem nào"}, "xếp hạng tỷ lệ hồ sơ nộp trực tuyến các huyện quý 2/2019"},
		{[]string{"6 tháng đầu năm 2019 Can Lộc có bao nhiêu hồ sơ nộp trực tuyến", "chia ra từng quý giúp chị"}, "Can Lộc quý 1 và quý 2 có bao nhiêu hồ sơ nộp trực tuyến"},
		{[]string{"Can Lộc năm 2019 hồ sơ trực tuyến", "từng quý"}, "Can Lộc quý 1 và quý 2 có bao nhiêu hồ sơ nộp trực tuyến"},
		{[]string{"TP Hà Tĩnh quý 2 có bao nhiêu dịch vụ công mức 3", "chia mức 3 mức 4 luôn em"}, "TP Hà Tĩnh quý 2 có bao nhiêu DVC mức 3 và mức 4"},
		{[]string{"quý 1 huyện nào tiếp nhận ít hồ sơ nhất", "tỷ lệ trực tuyến của nó"}, "tỷ lệ hồ sơ trực tuyến Lộc Hà quý 1"},
		{[]string{"quý 1 huyện nào tiếp nhận ít hồ sơ nhất", "tỷ lệ trực tuyến huyện đó"}, "tỷ lệ hồ sơ trực tuyến Lộc Hà quý 1"},
		{[]string{"quý 1 huyện nào tiếp nhận ít hồ sơ nhất", "huyện đó nộp trực tuyến mấy hồ sơ"}, "Lộc Hà quý 1 nộp trực tuyến mấy hồ sơ"},
		{[]string{"năm ngoái hồ sơ trực tuyến bao nhiêu", "năm nay", "nhiều hơn bao nhiêu hồ sơ"}, "số hồ sơ trực tuyến năm 2018 và năm 2019"},
	})
}

// TestNameOfTwoUnitsAfterARanking: "Kỳ Anh thì sao" after a ranking of the
// districts is asked back, though the ranking said "huyện": Thị xã Kỳ Anh
// is of that level too. "hai thị xã Hồng Lĩnh và Kỳ Anh" is still the town.
func TestNameOfTwoUnitsAfterARanking(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, first := range []string{"quý 2 huyện nào tỷ lệ hồ sơ trực tuyến thấp nhất em", "tỷ lệ hồ sơ trực tuyến quý 2 các huyện"} {
		chat := ask.Chat{Platform: "test", ID: t.Name() + first}
		if _, err := a.Converse(t.Context(), chat, first); err != nil {
			t.Fatal(err)
		}
		ans, err := a.Converse(t.Context(), chat, "Kỳ Anh thì sao")
		if err != nil {
			t.Fatal(err)
		}
		if ans.Kind != ask.KindAsk || len(ans.Options) != 2 {
			t.Errorf("after %q, Kỳ Anh was not asked back: %s %s %v", first, ans.Kind, ans.Text, ans.Options)
		}
	}
	holdsReplies(t, a, []repliedAs{
		{"hai thị xã Hồng Lĩnh và Kỳ Anh quý 2 tỷ lệ", []string{"thị xã Hồng Lĩnh quý 2 tỷ lệ", "thị xã Kỳ Anh quý 2 tỷ lệ"}},
	})
}

// TestSignsForWords: an analyst's signs ("%", ">", "÷", "→", "↑") read as
// the words they stand for.
func TestSignsForWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Hương Sơn Q1 %", []string{"tỷ lệ hồ sơ trực tuyến Hương Sơn quý 1"}},
		{"Q1 sở thấp nhất %", []string{"quý 1 sở nào tỷ lệ hồ sơ trực tuyến thấp nhất"}},
		{"quý 2 những địa phương nào trên 20%", []string{"quý 2 huyện nào có tỷ lệ hồ sơ trực tuyến trên 20%"}},
		{"đv cấp huyện Q2 tỷ lệ > 15%?", []string{"quý 2 huyện nào có tỷ lệ hồ sơ trực tuyến trên 15%"}},
		{"HK @Q2: hstt÷hstong", []string{"tỷ lệ hồ sơ trực tuyến HK quý 2"}},
		{"huyện nào tỷ lệ tăng mạnh nhất Q1→Q2", []string{"huyện nào tỷ lệ tăng nhiều nhất quý 2 so với quý 1"}},
		{"Hương Sơn: % Q2 so Q1 ↑ bn điểm", []string{"tỷ lệ hồ sơ trực tuyến Hương Sơn quý 2 so với quý 1 tăng bao nhiêu điểm"}},
		{"tỷ lệ HS online 2018 →", []string{"tỷ lệ hồ sơ trực tuyến năm 2018"}},
		{"huyện nào tỷ lệ đi xuống Q2 so Q1", []string{"huyện nào tỷ lệ giảm quý 2 so với quý 1"}},
	})
}

// TestListsLeaveUnitsOut: "ngoài Lộc Hà", "trừ Đức Thọ" in a list of units
// over a bound or a ranking leave those units out of it; the reply says so.
func TestListsLeaveUnitsOut(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for q, out := range map[string]string{
		"q1 có đơn vị nào trên 20% ngoài Lộc Hà không":      "Huyện Lộc Hà",
		"q1 có đơn vị nào trên 20% không tính Lộc Hà":       "Huyện Lộc Hà",
		"quý 2 huyện nào tỷ lệ thấp nhất trừ Đức Thọ":       "Huyện Đức Thọ",
		"quý 2 những huyện nào trên 15% ngoài Can Lộc thôi": "Huyện Can Lộc",
	} {
		ans := answerOf(t, a, q)
		_, list, _ := strings.Cut(ans.Text, "):")
		if !ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, "(ngoài "+out+")") || strings.Contains(list, out) {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
}

// TestCountsOfTwoThings: two counts of different things set against each
// other get the gap as a bare number, with both figures; "có hơn bao
// nhiêu người" asks how many, not a gap.
func TestCountsOfTwoThings(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	stores := answerFigure(t, a, "số gian hàng trên sàn TMĐT")
	products := answerFigure(t, a, "số sản phẩm trên sàn TMĐT")
	gap := vi.NewNumbers().Num(products - stores)
	if got := replyText(t, a, "Số gian hàng với số sản phẩm trên sàn TMĐT chênh nhau bao nhiêu vậy"); !strings.Contains(got, " "+gap+" (") {
		t.Errorf("the gap %s of %v products and %v stores is not given: %s", gap, products, stores, got)
	}
	people := answerFigure(t, a, "số người tham gia tập huấn quý 1/2019")
	got := answerOf(t, a, "Hai lớp tập huấn quý 1/2019 có hơn bao nhiêu người dân, doanh nghiệp tham dự?")
	if !strings.Contains(got.Text, vi.NewNumbers().Num(people)) || strings.Contains(got.Text, "nhiều hơn") {
		t.Errorf("not the people trained: %s", got.Text)
	}
}
