package ask_test

import (
	"bufio"
	"context"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
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
		if !strings.Contains(reply, tok) {
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

// TestCorpus runs every question of testdata/questions through the same
// path as `chatbot ask` and holds the quality bar: at least 95% of the
// answerable questions get the right figure, at most 1% of all questions
// a wrong one, and none of the unanswerable ones a figure.
func TestCorpus(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	answerable := readCorpus(t, "../../testdata/questions/answerable.tsv")
	unanswerable := readCorpus(t, "../../testdata/questions/unanswerable.tsv")
	if len(answerable) < 300 || len(unanswerable) < 40 {
		t.Fatalf("corpus too small: %d answerable, %d unanswerable", len(answerable), len(unanswerable))
	}
	right, wrong, silent := 0, 0, 0
	for _, c := range answerable {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatalf("line %d %q: %v", c.line, c.question, err)
		}
		switch {
		case ans.Kind == ask.KindFigure && hasAll(ans.Text, c.want):
			right++
		case ans.Kind == ask.KindFigure:
			wrong++
			t.Logf("WRONG answerable:%d %q want %s\n\tintent=%s slots=%+v\n\tgot: %s", c.line, c.question, c.want, ans.Parse.Intent, ans.Parse, ans.Text)
		default:
			silent++
			t.Logf("UNANSWERED answerable:%d %q want %s\n\tkind=%s intent=%s slots=%+v\n\tgot: %s", c.line, c.question, c.want, ans.Kind, ans.Parse.Intent, ans.Parse, ans.Text)
		}
	}
	for _, c := range unanswerable {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatalf("line %d %q: %v", c.line, c.question, err)
		}
		if ans.Kind == ask.KindFigure {
			wrong++
			t.Logf("WRONG unanswerable:%d %q (%s)\n\tintent=%s slots=%+v\n\tgot: %s", c.line, c.question, c.want, ans.Parse.Intent, ans.Parse, ans.Text)
		}
		if c.want == "ambiguous" && ans.Kind != ask.KindAsk {
			t.Logf("NOT ASKED BACK unanswerable:%d %q: %s %s", c.line, c.question, ans.Kind, ans.Text)
		}
	}
	total := len(answerable) + len(unanswerable)
	rightPct := 100 * float64(right) / float64(len(answerable))
	wrongPct := 100 * float64(wrong) / float64(total)
	t.Logf("corpus: %d answerable: %d right (%.1f%%), %d unanswered; %d wrong of %d questions (%.1f%%)",
		len(answerable), right, rightPct, silent, wrong, total, wrongPct)
	if rightPct < 95 || wrongPct > 1 {
		t.Fatalf("quality bar missed: %.1f%% right (want ≥ 95%%), %.1f%% wrong (want ≤ 1%%)", rightPct, wrongPct)
	}
}

// score runs questions and counts right, wrong and unanswered, logging each miss.
func score(t *testing.T, a *ask.Answerer, name string, answerable, unanswerable []corpusLine) (right, wrong, silent int) {
	ctx := context.Background()
	for _, c := range answerable {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatalf("%s:%d %q: %v", name, c.line, c.question, err)
		}
		switch {
		case ans.Kind == ask.KindFigure && hasAll(ans.Text, c.want):
			right++
		case ans.Kind == ask.KindFigure:
			wrong++
			t.Logf("WRONG %s:%d %q want %s\n\tslots=%v\n\tgot: %s", name, c.line, c.question, c.want, ask.Slots(ans.Parse), ans.Text)
		default:
			silent++
			t.Logf("UNANSWERED %s:%d %q want %s\n\tkind=%s slots=%v\n\tgot: %s", name, c.line, c.question, c.want, ans.Kind, ask.Slots(ans.Parse), ans.Text)
		}
	}
	for _, c := range unanswerable {
		ans, err := a.Answer(ctx, c.question)
		if err != nil {
			t.Fatalf("%s:%d %q: %v", name, c.line, c.question, err)
		}
		if ans.Kind == ask.KindFigure {
			wrong++
			t.Logf("WRONG %s:%d %q (%s)\n\tslots=%v\n\tgot: %s", name, c.line, c.question, c.want, ask.Slots(ans.Parse), ans.Text)
		}
	}
	return right, wrong, silent
}

// TestHeldOutCorpus runs questions written after the rules were tuned, by
// someone who never saw the parser or the tuning corpus. It guards honesty
// (at most 2% wrong figures) and reports, rather than enforces, the share
// answered: tuning the rules on it would make it one more training set.
func TestHeldOutCorpus(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	answerable, unanswerable := readCorpusSplit(t, "../../testdata/questions/heldout.tsv")
	if len(answerable) < 100 || len(unanswerable) < 20 {
		t.Fatalf("held-out corpus too small: %d + %d", len(answerable), len(unanswerable))
	}
	right, wrong, silent := score(t, a, "heldout", answerable, unanswerable)
	total := len(answerable) + len(unanswerable)
	t.Logf("held-out: %d answerable: %d right (%.1f%%), %d unanswered; %d wrong of %d (%.1f%%)",
		len(answerable), right, 100*float64(right)/float64(len(answerable)), silent, wrong, total, 100*float64(wrong)/float64(total))
	if 100*float64(wrong)/float64(total) > 2 {
		t.Fatalf("held-out corpus: %d wrong figures of %d questions", wrong, total)
	}
}
