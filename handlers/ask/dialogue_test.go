package ask_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// dialogue is one conversation of testdata/dialogues: user turns, each
// with what its reply must be.
type dialogue struct {
	name  string
	line  int
	turns []turn
}

// turn is "> text" (typed) or "* label" (a button pressed), and the
// expectation: "=" a figure with every token, "?" an ask-back whose text
// or options hold every token, "!" no figure.
type turn struct {
	line         int
	press        bool
	text         string
	expect, want string
}

func readDialogues(t *testing.T, path string) []dialogue {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []dialogue
	var cur *dialogue
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			cur = nil
		case strings.HasPrefix(line, "# "):
			out = append(out, dialogue{name: strings.TrimPrefix(line, "# "), line: n})
			cur = &out[len(out)-1]
		case cur == nil:
			t.Fatalf("%s:%d: a turn outside a dialogue", path, n)
		case strings.HasPrefix(line, "> "), strings.HasPrefix(line, "* "):
			cur.turns = append(cur.turns, turn{line: n, press: line[0] == '*', text: typedMessage(line[2:])})
		case len(line) > 0 && strings.ContainsRune("=?!", rune(line[0])):
			if len(cur.turns) == 0 || cur.turns[len(cur.turns)-1].expect != "" {
				t.Fatalf("%s:%d: an expectation without its turn", path, n)
			}
			cur.turns[len(cur.turns)-1].expect = line[:1]
			cur.turns[len(cur.turns)-1].want = strings.TrimSpace(line[1:])
		default:
			t.Fatalf("%s:%d: unreadable line %q", path, n, line)
		}
	}
	return out
}

// TestDialogues runs every conversation of testdata/dialogues in its own
// chat, as the router does: a pressed button sends its label back. At
// least 95% of the turns must get the reply expected.
func TestDialogues(t *testing.T) {
	names := append([]string{"dialogues"}, numbered(t, "../../testdata/dialogues/dialogues*.txt")...)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runDialogues(t, "../../testdata/dialogues/"+name+".txt")
		})
	}
}

func runDialogues(t *testing.T, path string) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	dialogues := readDialogues(t, path)
	if len(dialogues) < 40 {
		t.Fatalf("only %d dialogues", len(dialogues))
	}
	total, right := 0, 0
	for i, d := range dialogues {
		chat := ask.Chat{Platform: "test", ID: fmt.Sprint(path, i)}
		var last ask.Answer
		for _, tr := range d.turns {
			text := tr.text
			if tr.press {
				text = ""
				for _, o := range last.Options {
					if strings.Contains(o.Label, tr.text) {
						text = o.Label
						break
					}
				}
			}
			total++
			if tr.press && text == "" {
				t.Logf("MISS dialogues:%d %q: no button %q among %v", tr.line, d.name, tr.text, last.Options)
				last = ask.Answer{}
				continue
			}
			ans, err := a.Converse(context.Background(), chat, text)
			if err != nil {
				t.Fatalf("dialogues:%d %q: %v", tr.line, text, err)
			}
			last = ans
			if ok := expected(ans, tr); ok {
				right++
			} else {
				t.Logf("MISS dialogues:%d %q: %q want %s %s\n\tkind=%s inherited=%v slots=%v\n\tgot: %s %v",
					tr.line, d.name, text, tr.expect, tr.want, ans.Kind, ans.Inherited, ask.Slots(ans.Parse), ans.Text, ans.Options)
			}
		}
	}
	pct := 100 * float64(right) / float64(total)
	t.Logf("dialogues: %d conversations, %d turns, %d right (%.1f%%)", len(dialogues), total, right, pct)
	if pct < 95 {
		t.Fatalf("dialogues: %.1f%% of turns right, want ≥ 95%%", pct)
	}
}

func expected(ans ask.Answer, tr turn) bool {
	switch tr.expect {
	case "=":
		return ans.Kind.CarriesFigure() && hasAll(ans.Text, tr.want)
	case "?":
		if ans.Kind != ask.KindAsk {
			return false
		}
		all := ans.Text
		for _, o := range ans.Options {
			all += " " + o.Label
		}
		return hasAll(all, tr.want)
	case "!":
		return !misleads(ans)
	}
	return false
}

// TestFollowUpsNeverBreak follows every third question of the corpora
// with each kind of follow-up: no error, always a reply, and a figure only
// when an intent was understood.
func TestFollowUpsNeverBreak(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	qs := readCorpus(t, "../../testdata/questions/answerable.tsv")
	qs = append(qs, readCorpus(t, "../../testdata/questions/unanswerable.tsv")...)
	followUps := []string{"còn năm 2018?", "quý trước thì sao?", "thế còn Hương Khê?", "các huyện thì sao?", "còn mức 4?",
		"tính ra phần trăm", "so với mục tiêu thì sao?", "tăng bao nhiêu so với năm trước?", "vẽ biểu đồ luôn", "xuất excel", "2", "%0 với"}
	ctx := context.Background()
	for i := 0; i < len(qs); i += 3 {
		for k, next := range followUps {
			chat := ask.Chat{Platform: "test", ID: fmt.Sprint("follow-", i, "-", k)}
			if _, err := a.Converse(ctx, chat, qs[i].question); err != nil {
				t.Fatal(err)
			}
			ans, err := a.Converse(ctx, chat, next)
			if err != nil {
				t.Fatalf("%q after %q: %v", next, qs[i].question, err)
			}
			if strings.TrimSpace(ans.Text) == "" && ans.Attachment == nil {
				t.Errorf("%q after %q: empty reply (%+v)", next, qs[i].question, ans.Parse)
			}
			if ans.Kind.CarriesFigure() && !ans.Understood() {
				t.Errorf("%q after %q: a figure without an intent", next, qs[i].question)
			}
		}
	}
}
