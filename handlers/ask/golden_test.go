package ask_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden from the current replies")

// TestGoldenReplies keeps the exact wording of a sample of replies: a
// change shows up as a diff to review, not as a silent drift.
func TestGoldenReplies(t *testing.T) {
	a := newAnswerer(t, demoStore(t, "sqlite"))
	in, err := os.Open("../../testdata/golden/replies.input")
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var b strings.Builder
	sc := bufio.NewScanner(in)
	ctx := context.Background()
	for n := 0; sc.Scan(); n++ {
		q := sc.Text()
		if q == "" || strings.HasPrefix(q, "#") {
			continue
		}
		chat := ask.Chat{Platform: "golden", ID: fmt.Sprint(n)}
		ans, err := a.Converse(ctx, chat, q)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		fmt.Fprintf(&b, "Q: %s\n[%s] %s\n", q, ans.Kind, ans.Text)
		for i, o := range ans.Options {
			// What choosing the option answers: the question again, then its label.
			if _, err := a.Converse(ctx, chat, q); err != nil {
				t.Fatal(err)
			}
			chosen, err := a.Converse(ctx, chat, o.Label)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "  %d. %s -> [%s] %s\n", i+1, o.Label, chosen.Kind, chosen.Text)
		}
		b.WriteString("\n")
	}
	const path = "../../testdata/golden/replies.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	got := b.String()
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s:%d differs\n got: %s\nwant: %s\n(run with -update and review the diff if the change is intended)", path, i+1, g, w)
		}
	}
}
