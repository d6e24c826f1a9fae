package ask_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

var corpusRef = handlertest.Ref

// demoStore is the demo dataset plus the corpus's fictitious submissions.
func demoStore(t testing.TB, d queries.Dialect) *queries.Store {
	return handlertest.CorpusStore(t, d)
}

// newAnswerer wires the question answering as the commands do.
func newAnswerer(t testing.TB, s *queries.Store) *ask.Answerer {
	t.Helper()
	return handlertest.Wire(t, s, corpusRef, handlers.RouterConfig{}).Jobs.Ask
}

type corpusLine struct {
	line           int
	question, want string
}

func readCorpus(t testing.TB, path string) []corpusLine {
	lines, _ := readCorpusSplit(t, path)
	return lines
}

// readCorpusSplit reads a corpus file; heldout.tsv keeps its unanswerable
// questions after a line "# unanswerable".
func readCorpusSplit(t testing.TB, path string) (answerable, unanswerable []corpusLine) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := &answerable
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "# unanswerable" {
			out = &unanswerable
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", path, n)
		}
		*out = append(*out, corpusLine{n, q, want})
	}
	return answerable, unanswerable
}

var viNumber = regexp.MustCompile(`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`)

// parseVI reads a Vietnamese-formatted number.
func parseVI(s string) (float64, bool) {
	if !viNumber.MatchString(s) || viNumber.FindString(s) != s {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."), 64)
	return v, err == nil
}

// hasAll reports whether every expected token is in the reply: numbers
// compared numerically, names as text.
func hasAll(reply, want string) bool {
	var nums []float64
	for _, m := range viNumber.FindAllString(reply, -1) {
		if v, ok := parseVI(m); ok {
			nums = append(nums, v)
		}
	}
	for _, tok := range strings.Split(want, "|") {
		if v, ok := parseVI(tok); ok {
			found := false
			for _, n := range nums {
				if n > v-0.0051 && n < v+0.0051 {
					found = true
				}
			}
			if !found {
				return false
			}
			continue
		}
		// Names as text, whatever their case: a name that starts a
		// sentence is capitalised ("Tập huấn …").
		if !strings.Contains(strings.ToLower(reply), strings.ToLower(tok)) {
			return false
		}
	}
	return true
}

func TestHasAll(t *testing.T) {
	reply := "Số hồ sơ của Huyện Can Lộc quý 2/2019: 1.995 hồ sơ; tỷ lệ 27,73% (3.565 triệu đồng)."
	for want, ok := range map[string]bool{"1.995": true, "27,73": true, "3.565|Can Lộc": true, "1.996": false,
		"Đức Thọ": false, "2019": true, "27,7": false, "1995": true} {
		if hasAll(reply, want) != ok {
			t.Errorf("hasAll(%q) = %v", want, !ok)
		}
	}
}

// tally is a corpus run: answerable questions right, answered with a
// wrong figure, or not answered; unanswerable ones given a figure.
type tally struct {
	answerable, unanswerable int
	right, wrong, silent     int
}

func (r tally) rightPct() float64 { return 100 * float64(r.right) / float64(max(r.answerable, 1)) }
func (r tally) wrongPct() float64 {
	return 100 * float64(r.wrong) / float64(max(r.answerable+r.unanswerable, 1))
}

func (r tally) String() string {
	return fmt.Sprintf("%d answerable: %d right (%.1f%%), %d unanswered; %d wrong of %d questions (%.1f%%)",
		r.answerable, r.right, r.rightPct(), r.silent, r.wrong, r.answerable+r.unanswerable, r.wrongPct())
}

// carriesFigure: the reply states a figure, of the period asked or of the
// nearest one (which it names first).
func carriesFigure(k ask.AnswerKind) bool { return k == ask.KindFigure || k == ask.KindNearest }

// misleads: a figure given where none may be. A figure of the nearest
// stored period is not one when the reply says first that the period asked
// has none.
func misleads(ans ask.Answer) bool {
	return ans.Kind == ask.KindFigure || ans.Kind == ask.KindNearest && !strings.HasPrefix(ans.Text, "Chưa có số liệu")
}

// score runs questions through the same path as `chatbot ask` and counts
// right, wrong and unanswered, logging each miss.
func score(t *testing.T, a *ask.Answerer, name string, answerable, unanswerable []corpusLine) tally {
	t.Helper()
	ctx := context.Background()
	r := tally{answerable: len(answerable), unanswerable: len(unanswerable)}
	for _, c := range answerable {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatalf("%s:%d %q: %v", name, c.line, c.question, err)
		}
		switch {
		case carriesFigure(ans.Kind) && hasAll(ans.Text, c.want):
			r.right++
		case carriesFigure(ans.Kind):
			r.wrong++
			t.Logf("WRONG %s:%d %q want %s\n\tslots=%v\n\tgot: %s", name, c.line, c.question, c.want, ask.Slots(ans.Parse), ans.Text)
		default:
			r.silent++
			t.Logf("UNANSWERED %s:%d %q want %s\n\tkind=%s slots=%v\n\tgot: %s", name, c.line, c.question, c.want, ans.Kind, ask.Slots(ans.Parse), ans.Text)
		}
	}
	for _, c := range unanswerable {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatalf("%s:%d %q: %v", name, c.line, c.question, err)
		}
		if misleads(ans) {
			r.wrong++
			t.Logf("WRONG %s:%d %q (%s)\n\tslots=%v\n\tgot: %s", name, c.line, c.question, c.want, ask.Slots(ans.Parse), ans.Text)
		}
		if c.want == "ambiguous" && ans.Kind != ask.KindAsk {
			t.Logf("NOT ASKED BACK %s:%d %q: %s %s", name, c.line, c.question, ans.Kind, ans.Text)
		}
	}
	t.Logf("%s: %s", name, r)
	return r
}

// TestCorpus runs the tuning corpus and holds the quality bar: at least
// 95% of the answerable questions get the right figure, at most 1% of all
// questions a wrong one.
func TestCorpus(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	answerable := readCorpus(t, "../../testdata/questions/answerable.tsv")
	unanswerable := readCorpus(t, "../../testdata/questions/unanswerable.tsv")
	if len(answerable) < 300 || len(unanswerable) < 40 {
		t.Fatalf("corpus too small: %d answerable, %d unanswerable", len(answerable), len(unanswerable))
	}
	if r := score(t, a, "corpus", answerable, unanswerable); r.rightPct() < 95 || r.wrongPct() > 1 {
		t.Fatalf("quality bar missed: %s (want ≥ 95%% right, ≤ 1%% wrong)", r)
	}
}

// TestHeldOutCorpus runs the first held-out set (heldout.tsv), written after
// the rules were first tuned: at most 2% wrong figures.
func TestHeldOutCorpus(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	answerable, unanswerable := readCorpusSplit(t, "../../testdata/questions/heldout.tsv")
	if len(answerable) < 100 || len(unanswerable) < 20 {
		t.Fatalf("held-out corpus too small: %d + %d", len(answerable), len(unanswerable))
	}
	if r := score(t, a, "heldout", answerable, unanswerable); r.wrongPct() > 2 {
		t.Fatalf("held-out corpus: %s", r)
	}
}

// TestHeldOutCorpus2 runs the second held-out set (heldout2.tsv, see
// testdata/questions/README.md) and holds issue 14's bar: at least 97% of
// the answerable questions right, at most 0,5% of all questions wrong.
func TestHeldOutCorpus2(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	answerable, unanswerable := readCorpusSplit(t, "../../testdata/questions/heldout2.tsv")
	if len(answerable) < 200 || len(unanswerable) < 50 {
		t.Fatalf("held-out corpus too small: %d + %d", len(answerable), len(unanswerable))
	}
	if r := score(t, a, "heldout2", answerable, unanswerable); r.rightPct() < 97 || r.wrongPct() > 0.5 {
		t.Fatalf("quality bar missed: %s (want ≥ 97%% right, ≤ 0,5%% wrong)", r)
	}
}

// TestHeldOutCorpus3 and TestHeldOutCorpus4 run the third and fourth
// held-out sets, each written by a new writer after the rules were tuned on
// the sets before it (see testdata/questions/README.md), with issue 14's
// bar: at least 97% right, at most 0,5% wrong.
func TestHeldOutCorpus3(t *testing.T) { heldOut(t, "heldout3") }

func TestHeldOutCorpus4(t *testing.T) { heldOut(t, "heldout4") }

// TestHeldOutCorpus5 runs the fifth set, written by a fifth writer after
// the tuning on the fourth.
func TestHeldOutCorpus5(t *testing.T) { heldOut(t, "heldout5") }

// TestHeldOutCorpus6 runs the sixth set, written by a sixth writer after
// the arithmetic guard.
func TestHeldOutCorpus6(t *testing.T) { heldOut(t, "heldout6") }

// TestHeldOutCorpus7 runs the seventh set, written by a seventh writer
// after the sixth set's fixes and the probes of units and arithmetic.
func TestHeldOutCorpus7(t *testing.T) { heldOut(t, "heldout7") }

// TestHeldOutCorpus8 runs the eighth set, written by an eighth writer after
// the seventh set's fixes; its first run's wrong figures were fixed in one
// session, what it left unanswered in the next.
func TestHeldOutCorpus8(t *testing.T) { heldOut(t, "heldout8") }

// TestHeldOutCorpus9 runs the ninth set, written by a ninth writer while
// the eighth set's unanswered questions were being done.
func TestHeldOutCorpus9(t *testing.T) { heldOut(t, "heldout9") }

// TestHeldOutCorpus10 runs the tenth set, written at the same time as the
// ninth and first run after the ninth set's fixes.
func TestHeldOutCorpus10(t *testing.T) { heldOut(t, "heldout10") }

// TestHeldOutCorpus11 and TestHeldOutCorpus12 run the eleventh and twelfth
// sets, written while the ninth and tenth sets' fixes were made, and first
// run after them.
func TestHeldOutCorpus11(t *testing.T) { heldOut(t, "heldout11") }

func TestHeldOutCorpus12(t *testing.T) { heldOut(t, "heldout12") }

// TestHeldOutCorpus13 and TestHeldOutCorpus14 run the thirteenth and
// fourteenth sets, written while the eleventh and twelfth sets' fixes were
// made, and first run after them.
func TestHeldOutCorpus13(t *testing.T) { heldOut(t, "heldout13") }

func TestHeldOutCorpus14(t *testing.T) { heldOut(t, "heldout14") }

// TestHeldOutCorpus15 and TestHeldOutCorpus16 run the fifteenth and
// sixteenth sets, written while the thirteenth and fourteenth sets' fixes
// were made, and first run after them.
func TestHeldOutCorpus15(t *testing.T) { heldOut(t, "heldout15") }

func heldOut(t *testing.T, name string) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	answerable, unanswerable := readCorpusSplit(t, "../../testdata/questions/"+name+".tsv")
	if len(answerable) < 200 || len(unanswerable) < 50 {
		t.Fatalf("held-out corpus too small: %d + %d", len(answerable), len(unanswerable))
	}
	if r := score(t, a, name, answerable, unanswerable); r.rightPct() < 97 || r.wrongPct() > 0.5 {
		t.Fatalf("quality bar missed: %s (want ≥ 97%% right, ≤ 0,5%% wrong)", r)
	}
}

// TestSearchCorpus runs "báo cáo nói gì về …" questions written from the
// stored quotes: the reply quotes the sentence asked about, at least 90%
// of the time, and never answers with a figure instead.
func TestSearchCorpus(t *testing.T) {
	for _, name := range []string{"search3", "search4", "search5", "search6", "search7", "search8", "search9", "search10", "search11", "search12", "search13", "search14", "search15"} {
		t.Run(name, func(t *testing.T) { searchCorpus(t, name) })
	}
}

func searchCorpus(t *testing.T, name string) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	lines := readCorpus(t, "../../testdata/questions/"+name+".tsv")
	if len(lines) < 30 {
		t.Fatalf("only %d search questions", len(lines))
	}
	right := 0
	for _, c := range lines {
		ans, err := a.Answer(context.Background(), c.question)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case carriesFigure(ans.Kind):
			t.Errorf("%s:%d %q: answered with a figure: %s", name, c.line, c.question, ans.Text)
		case ans.Kind == ask.KindInfo && strings.Contains(nlu.Fold(ans.Text), nlu.Fold(c.want)):
			right++
		default:
			t.Logf("MISS %s:%d %q want %q\n\tgot: %s", name, c.line, c.question, c.want, strings.ReplaceAll(ans.Text, "\n", " / "))
		}
	}
	pct := 100 * float64(right) / float64(len(lines))
	t.Logf("%s: %d questions, %d quote the sentence asked about (%.1f%%)", name, len(lines), right, pct)
	if pct < 90 {
		t.Fatalf("search: %.1f%% right, want ≥ 90%%", pct)
	}
}
