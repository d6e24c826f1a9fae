package handlers

import (
	"context"
	"strconv"
	"strings"
	"sync"

	"github.com/hatinh-stttt/chatbot/bot"
)

// Router turns a chat message into replies: commands by name, a number
// choosing an offered option, anything else a question.
type Router struct {
	answerer *Answerer
	mu       sync.Mutex
	pending  map[string][]bot.Option // options last offered, by chat
}

// NewRouter makes the message handler shared by every channel.
func NewRouter(a *Answerer) *Router {
	return &Router{answerer: a, pending: map[string][]bot.Option{}}
}

// Handle is a bot.HandlerFunc.
func (r *Router) Handle(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
	text := strings.TrimSpace(m.Text)
	if text == "" {
		return nil, nil
	}
	if strings.HasPrefix(text, "/") && !m.Button {
		return r.command(ctx, m, text)
	}
	if n, err := strconv.Atoi(text); err == nil && !m.Button {
		if opts := r.takePending(m.ChatID); n >= 1 && n <= len(opts) {
			text = opts[n-1].Data
		}
	}
	return r.question(ctx, m, text)
}

func (r *Router) command(ctx context.Context, m bot.Message, text string) ([]bot.Reply, error) {
	name, _, _ := strings.Cut(text, " ")
	name, _, _ = strings.Cut(strings.ToLower(name), "@") // "/help@TroLySoLieuBot" in groups
	switch name {
	case "/start", "/help", "/trogiup":
		return []bot.Reply{{Text: msgHelp}}, nil
	case "/huy":
		r.takePending(m.ChatID)
		return []bot.Reply{{Text: msgCancelled}}, nil
	case "/dangky", "/nop", "/baocao", "/nhacnho", "/bieudo", "/xuat":
		return []bot.Reply{{Text: msgNotYet}}, nil
	}
	return []bot.Reply{{Text: msgUnknownCommand}}, nil
}

func (r *Router) question(ctx context.Context, m bot.Message, text string) ([]bot.Reply, error) {
	ans, err := r.answerer.Answer(ctx, text)
	if err != nil {
		return []bot.Reply{{Text: msgInternalError}}, err
	}
	reply := bot.Reply{Text: ans.Text}
	for _, o := range ans.Options {
		reply.Options = append(reply.Options, bot.Option{Label: o.Label, Data: o.Query})
	}
	r.mu.Lock()
	if len(reply.Options) > 0 {
		r.pending[m.ChatID] = reply.Options
	} else {
		delete(r.pending, m.ChatID)
	}
	r.mu.Unlock()
	return []bot.Reply{reply}, nil
}

func (r *Router) takePending(chat string) []bot.Option {
	r.mu.Lock()
	defer r.mu.Unlock()
	opts := r.pending[chat]
	delete(r.pending, chat)
	return opts
}
