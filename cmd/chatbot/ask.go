package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/bot/console"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// answerer opens the database and builds the question answering.
func (e *env) answerer(ctx context.Context, demo bool) (*ask.Answerer, func(), error) {
	s, done, err := e.openStore(ctx, demo)
	if err != nil {
		return nil, nil, err
	}
	b, err := e.wire(ctx, s, handlers.RouterConfig{})
	if err != nil {
		done()
		return nil, nil, err
	}
	return b.Jobs.Ask, done, nil
}

// askResult is one line of `ask --json` (design.md §3).
type askResult struct {
	Question   string         `json:"question"`
	Understood bool           `json:"understood"`
	Intent     string         `json:"intent"`
	Slots      map[string]any `json:"slots"`
	Reply      string         `json:"reply"`
	Kind       string         `json:"kind"`
	Path       string         `json:"path"`
	Inherited  []string       `json:"inherited,omitempty"`
	File       string         `json:"file,omitempty"`
}

func (e *env) ask(ctx context.Context, args []string) error {
	fs := e.flags("ask")
	demo := fs.Bool("demo", false, "use the embedded demo database")
	asJSON := fs.Bool("json", false, "one JSON object per question")
	outDir := fs.String("out", "", "directory to write charts and spreadsheets to")
	if err := parse(fs, args); err != nil {
		return err
	}
	a, done, err := e.answerer(ctx, *demo)
	if err != nil {
		return err
	}
	defer done()
	answer := func(q string) error {
		// The lines of one run are one conversation: a follow-up keeps the
		// rest of the question before it.
		ans, err := a.Converse(ctx, ask.Chat{Platform: "console", ID: "ask"}, q)
		if err != nil {
			return err
		}
		file := ""
		if ans.Attachment != nil && *outDir != "" {
			file = filepath.Join(*outDir, ans.Attachment.Name)
			if err := os.WriteFile(file, ans.Attachment.Data, 0o644); err != nil {
				return fmt.Errorf("write %s: %w", file, err)
			}
		}
		if !*asJSON {
			if file != "" {
				ans.Text += "\n[" + file + "]"
			}
			console.Write(e.stdout, bot.Reply{Text: ans.Text, Options: options(ans)})
			return nil
		}
		line, err := json.Marshal(askResult{Question: q, Understood: ans.Understood(), Intent: ans.Parse.Intent,
			Slots: ask.Slots(ans.Parse), Reply: ans.Text, Kind: string(ans.Kind), Path: ans.Path, Inherited: ans.Inherited, File: file})
		if err != nil {
			return fmt.Errorf("encode answer: %w", err)
		}
		_, err = fmt.Fprintln(e.stdout, string(line))
		return err
	}
	if fs.NArg() > 0 {
		return answer(strings.Join(fs.Args(), " "))
	}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" {
			if err := answer(q); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}

func options(ans ask.Answer) []bot.Option {
	var out []bot.Option
	for _, o := range ans.Options {
		out = append(out, bot.Option{Label: o.Label, Data: o.Label})
	}
	return out
}

func (e *env) chat(ctx context.Context, args []string) error {
	fs := e.flags("chat")
	demo := fs.Bool("demo", false, "use the embedded demo database")
	if err := parse(fs, args); err != nil {
		return err
	}
	s, done, err := e.openStore(ctx, *demo)
	if err != nil {
		return err
	}
	defer done()
	fmt.Fprintln(e.stdout, "Trợ lý số liệu — gõ câu hỏi rồi Enter; /help để xem hướng dẫn; Ctrl+D để thoát.")
	operator, err := s.Operator(ctx, time.Now())
	if err != nil && !errors.Is(err, queries.ErrNotFound) {
		return err
	}
	if operator.Role == "" {
		operator.Role = "admin" // no units yet: questions only
	}
	b, err := e.wire(ctx, s, handlers.RouterConfig{TrustedPlatforms: []string{"console"}, Operator: operator})
	if err != nil {
		return err
	}
	h := bot.Chain(b.Router.Handle, bot.Recover(e.log, handlers.MsgSorry), bot.Log(e.log))
	return console.Run(ctx, e.stdin, e.stdout, true, h)
}
