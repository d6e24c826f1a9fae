package ask_test

import (
	"context"
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
