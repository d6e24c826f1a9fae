package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestChoiceAskedAgain: an emoji or "???" in reply to an ask-back offers
// the same options again, numbered, and the choice made after it answers
// the question; "cái thứ 2 í" is the second option; quarters are offered
// oldest first, so a bare "2" is quý 2 whether read as the option's number
// or as the quarter's.
func TestChoiceAskedAgain(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for i, emoji := range []string{"🤔", "???", "👍"} {
		chat := ask.Chat{Platform: "test", ID: "again" + emoji}
		ans := lastReply(t, a, chat, []string{"Kỳ Anh có bao nhiêu DVC mức 3", emoji})
		if ans.Kind != ask.KindAsk || len(ans.Options) != 2 {
			t.Fatalf("%d %q: kind %s, %d options: %s", i, emoji, ans.Kind, len(ans.Options), ans.Text)
		}
		checkText(t, emoji, ans.Text, []string{"1. Huyện Kỳ Anh", "2. Thị xã Kỳ Anh"}, nil)
	}
	checkChats(t, a, "again", []chatCase{
		{turns: []string{"Kỳ Anh quý 2 tỷ lệ hồ sơ trực tuyến", "🤔", "thị xã"}, want: []string{"Thị xã Kỳ Anh quý 2/2019: 17,21%"}},
		{turns: []string{"ky anh quy 1 ty le", "cái thứ 2 í"}, want: []string{"Thị xã Kỳ Anh quý 1/2019: 13,08%"}},
		{turns: []string{"Can Lộc tỷ lệ hồ sơ trực tuyến", "2"}, want: []string{"Huyện Can Lộc quý 2/2019: 27,73%"}},
		{turns: []string{"Can Lộc tỷ lệ hồ sơ trực tuyến", "1"}, want: []string{"Huyện Can Lộc quý 1/2019: 20,98%"}},
		// The option not chosen, said otherwise: "đơn vị còn lại cùng
		// quý", Nghệ Tĩnh's "đơn vị tê thì"; the two figures just given,
		// set against each other.
		{turns: []string{"Kỳ Anh quý 2 tỷ lệ hồ sơ trực tuyến", "thị xã", "đơn vị còn lại cùng quý"}, want: []string{"Huyện Kỳ Anh quý 2/2019: 6,82%"}},
		{turns: []string{"Kỳ Anh quý 1 dvc mức 3", "huyện", "đơn vị tê thì"}, want: []string{"Thị xã Kỳ Anh quý 1/2019: 101 dịch vụ"}},
		{turns: []string{"Hương Khê nộp được bao nhiêu hồ sơ trực tuyến", "quý 1", "rồi quý 2", "số sau hơn số trước bao nhiêu"}, want: []string{"tăng 54 hồ sơ"}},
		// Not after an ask-back: not understood, as before.
		{turns: []string{"???"}, want: []string{"chưa hiểu"}},
	})
}
