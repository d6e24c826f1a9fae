package ask_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
)

// FuzzAnswer sends arbitrary text through understanding and answering: no
// panic, no error, always a reply in valid UTF-8, and a figure only when an
// intent was understood.
func FuzzAnswer(f *testing.F) {
	for _, seed := range []string{
		"hiện nay có bao nhiêu dvc mức 3", "ty le hs truc tuyen q2 2019", "huyện nào cao nhất",
		"'; DROP TABLE units; --", "kinh phí dự án nâng cấp", "huyện Hương quý 5/2019", "số liệu của",
		"so sanh q1 va q2 va q3 va q4 2019", "top 99 huyện", "Kỳ Anh Kỳ Anh Kỳ Anh", "\x00\xff", "sở",
		"tổng cộng điện lực cộng thuế cộng", "nâng cấp nâng cấp dự án", "xã xã xã huyện huyện",
		"trung bình gấp mấy lần chênh lệch hơn bao nhiêu", "hơn", "gấp lần năm 2014 so với", "trung bình mỗi xã",
	} {
		f.Add(seed)
	}
	a := newAnswerer(f, demoStore(f, "sqlite"))
	f.Fuzz(func(t *testing.T, q string) {
		ans, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if strings.TrimSpace(ans.Text) == "" && strings.TrimSpace(q) != "" {
			t.Fatalf("%q: empty reply", q)
		}
		if !utf8.ValidString(ans.Text) {
			t.Fatalf("%q: reply is not UTF-8", q)
		}
		if ans.Kind == ask.KindFigure && !ans.Understood() {
			t.Fatalf("%q: a figure without an intent", q)
		}
		for _, o := range ans.Options {
			if o.Label == "" {
				t.Fatalf("%q: empty option %+v", q, o)
			}
		}
	})
}

// FuzzConverse sends two arbitrary messages in one chat, the second a
// follow-up, an option chosen, or a new question: no panic, no error, a
// reply, a figure only when an intent was understood, and every option
// with a label.
func FuzzConverse(f *testing.F) {
	for _, seed := range [][2]string{
		{"tỷ lệ hồ sơ trực tuyến năm 2018", "còn năm 2019 thì sao?"},
		{"Kỳ Anh có bao nhiêu hồ sơ trực tuyến quý 2/2019", "2"},
		{"Kỳ Anh có bao nhiêu hồ sơ trực tuyến quý 2/2019", "thị xã"},
		{"tỷ lệ hồ sơ trực tuyến?", "99"},
		{"số dvc mức 3 cấp huyện", "còn mức 4?"},
		{"tỷ lệ xã được tập huấn", "so với mục tiêu thì sao?"},
		{"số hồ sơ trực tuyến của Can Lộc quý 2/2019", "quý trước nữa"},
		{"xin chào", "còn năm 2018?"},
		{"\x00", "vẽ biểu đồ luôn"},
		{"báo cáo nói gì về", "xuất excel"},
	} {
		f.Add(seed[0], seed[1])
	}
	a := newAnswerer(f, demoStore(f, "sqlite"))
	f.Fuzz(func(t *testing.T, first, second string) {
		// Its own chat, so a failure replays alone.
		chat := ask.Chat{Platform: "fuzz", ID: fmt.Sprintf("%x", sha256.Sum256([]byte(first+"\x00"+second)))}
		for _, q := range []string{first, second} {
			ans, err := a.Converse(context.Background(), chat, q)
			if err != nil {
				t.Fatalf("%q then %q: %v", first, second, err)
			}
			if strings.TrimSpace(ans.Text) == "" && strings.TrimSpace(q) != "" && ans.Attachment == nil {
				t.Fatalf("%q then %q: empty reply to %q", first, second, q)
			}
			if (ans.Kind == ask.KindFigure || ans.Kind == ask.KindNearest) && !ans.Understood() {
				t.Fatalf("%q then %q: a figure without an intent", first, second)
			}
			for _, o := range ans.Options {
				if o.Label == "" {
					t.Fatalf("%q then %q: an option without a label", first, second)
				}
			}
		}
	})
}
