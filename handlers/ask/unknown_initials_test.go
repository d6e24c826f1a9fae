package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnknownInitials: two letters nothing here knows, typed where a
// unit's initials stand ("ck", "qv"), are asked about, not dropped for the
// province's figure; the units whose initials begin alike are offered, and
// choosing one (by button or typing its name) answers the question. Words
// typed short that are no unit ("DN", "NQ", "bq" of bình quân) do not ask.
func TestUnknownInitials(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{"ck q1 ty le nop tt", "quy truoc ck nop tt bn hs", "so hs tt cua ck q2", "ck va loc ha q1 cong lai hs tt"} {
		ans := answerOf(t, a, q)
		if ans.Kind != ask.KindAsk || !strings.Contains(ans.Text, "«ck»") || len(ans.Options) != 2 ||
			!strings.Contains(ans.Options[0].Label+ans.Options[1].Label, "Can Lộc") {
			t.Errorf("%q: %s %s %v, want «ck» asked about, Can Lộc offered", q, ans.Kind, ans.Text, ans.Options)
		}
	}
	if ans := answerOf(t, a, "ty le nop tt q1 cua qv"); ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, "«qv»") {
		t.Errorf("unknown «qv»: %s %s", ans.Kind, ans.Text)
	}
	chat := ask.Chat{Platform: "test", ID: "ck"}
	first := lastReply(t, a, chat, []string{"ck q1 ty le nop tt"})
	if len(first.Options) == 0 {
		t.Fatalf("no options: %s", first.Text)
	}
	for _, o := range first.Options {
		if strings.Contains(o.Label, "Can Lộc") {
			if got := lastReply(t, a, chat, []string{o.Label}); !strings.Contains(got.Text, "Huyện Can Lộc quý 1/2019: 20,98%") {
				t.Errorf("pressed Can Lộc: %s", got.Text)
			}
		}
	}
	typed := ask.Chat{Platform: "test", ID: "ck-typed"}
	if got := lastReply(t, a, typed, []string{"ty le hs tt ck quy 2", "can loc"}); !strings.Contains(got.Text, "Huyện Can Lộc quý 2/2019: 27,73%") {
		t.Errorf("typed Can Lộc: %s", got.Text)
	}
	for _, q := range []string{"bq DVC mức 4 trên 1 sở đã báo cáo Q2/2019", "bao nhiêu % DN trên địa bàn tỉnh đã qua tập huấn của TT CNTT-TT",
		"Thực hiện NQ 36a/NQ-CP, tỉnh đã đưa vào vận hành bao nhiêu DVCTT mức độ 3?"} {
		if ans := answerOf(t, a, q); !ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
}

// TestShortFormsOfPlaces: "fb" is Facebook and "cổng tt điện tử" the
// portal ("thông tin", not "trực tuyến"), not a unit's initials or
// another figure.
func TestShortFormsOfPlaces(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"so tttt dang may clip huong dan tren fb", []string{"sở tttt đăng mấy clip hướng dẫn trên facebook"}},
		{"cong tt dien tu tinh nam 2017 dc bn tien", []string{"cổng thông tin điện tử tỉnh năm 2017 được bao nhiêu tiền"}},
	})
}
