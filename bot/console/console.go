// Package console is the terminal channel behind `chatbot chat`: one line
// in, the replies out, options numbered.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
)

// Run reads messages from in until EOF and writes the replies to out.
func Run(ctx context.Context, in io.Reader, out io.Writer, prompt bool, h bot.HandlerFunc) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for {
		if prompt {
			fmt.Fprint(out, "> ")
		}
		if !sc.Scan() {
			break
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		replies, err := h(ctx, bot.Message{Platform: "console", ChatID: "console", UserID: "console", Text: line, Time: time.Now()})
		if err != nil && len(replies) == 0 {
			return fmt.Errorf("console: %w", err)
		}
		for _, r := range replies {
			Write(out, r)
		}
		if err := ctx.Err(); err != nil {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("console: read: %w", err)
	}
	return nil
}

// Write prints one reply, options as numbered lines.
func Write(out io.Writer, r bot.Reply) {
	fmt.Fprintln(out, r.Text)
	for i, o := range r.Options {
		fmt.Fprintf(out, "  %d. %s\n", i+1, o.Label)
	}
	if r.Photo != nil {
		fmt.Fprintf(out, "  [ảnh: %s]\n", r.Photo.Name)
	}
	if r.Document != nil {
		fmt.Fprintf(out, "  [tệp: %s]\n", r.Document.Name)
	}
	fmt.Fprintln(out)
}
