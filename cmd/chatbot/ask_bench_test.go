package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// askLines is the public question corpus (answerable and unanswerable
// questions of testdata/questions), repeated to n lines.
func askLines(tb testing.TB, n int) []byte {
	tb.Helper()
	var qs []string
	for _, path := range []string{"../../testdata/questions/answerable.tsv", "../../testdata/questions/unanswerable.tsv"} {
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			q, _, _ := strings.Cut(line, "\t")
			qs = append(qs, q)
		}
		f.Close()
	}
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		b.WriteString(qs[i%len(qs)])
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// BenchmarkAskThroughput is `chatbot ask --demo --json` over stdin, in one
// process, as an operator runs it: 10.000 questions (ASK_LINES to change),
// start-up and the demo's seeding included. It reports questions/s.
func BenchmarkAskThroughput(b *testing.B) {
	n := 10000
	if v := os.Getenv("ASK_LINES"); v != "" {
		var err error
		if n, err = parseInt(v); err != nil {
			b.Fatal(err)
		}
	}
	in := askLines(b, n)
	for i := 0; i < b.N; i++ {
		start := time.Now()
		var errb bytes.Buffer
		code := run(context.Background(), []string{"ask", "--demo", "--json"}, bytes.NewReader(in), io.Discard, &errb,
			func(string) string { return "" })
		if code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "questions/s")
	}
}

func parseInt(s string) (int, error) {
	var n int
	_, err := fmt.Sscan(s, &n)
	return n, err
}
