package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFollowUpsOfCountsAndQuarters: "ở bao nhiêu xã" after a district's
// people trained is its communes reached, and the chat goes on from the
// people ("còn Thạch Hà?"); "quý trước" after quarter 1/2019, whose
// quarter before has no figure, also gives the last quarter that ended,
// named; another district's figure is never a district's.
func TestFollowUpsOfCountsAndQuarters(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	say := func(chat ask.Chat, q string) ask.Answer {
		t.Helper()
		ans, err := a.Converse(ctx, chat, q)
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	chat := ask.Chat{Platform: "test", ID: "side"}
	say(chat, "Can Lộc năm 2018 tập huấn cho bao nhiêu người")
	if got, want := say(chat, "ở bao nhiêu xã").Text, answerText(t, a, "Can Lộc năm 2018 có bao nhiêu xã, thị trấn được tuyên truyền, hướng dẫn"); got != want {
		t.Errorf("side count:\n%s\nwant\n%s", got, want)
	}
	if got, want := say(chat, "còn Thạch Hà?").Text, answerText(t, a, "Thạch Hà năm 2018 tập huấn cho bao nhiêu người"); got != want {
		t.Errorf("after the side count:\n%s\nwant\n%s", got, want)
	}

	chat = ask.Chat{Platform: "test", ID: "quarter"}
	say(chat, "tỷ lệ hồ sơ trực tuyến Can Lộc quý 1/2019")
	got := say(chat, "quý trước thì sao?").Text
	last, _, _ := strings.Cut(answerText(t, a, "tỷ lệ hồ sơ trực tuyến Can Lộc quý 2/2019"), " Nguồn:")
	if !strings.Contains(got, "quý 4/2018") || !strings.Contains(got, last) {
		t.Errorf("quý trước after quarter 1:\n%s\nwant quý 4/2018 named and %q", got, last)
	}

	for _, q := range []string{"Hương Khê năm 2018 có bao nhiêu xã được tuyên truyền hướng dẫn", "Nghi Xuân năm 2018 có bao nhiêu xã được tuyên truyền hướng dẫn"} {
		if ans, err := a.Answer(ctx, q); err != nil || ans.Kind.CarriesFigure() {
			t.Errorf("%q: want no figure (only Can Lộc's is stored), got %v %s", q, err, ans.Text)
		}
	}
}
