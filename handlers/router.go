package handlers

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/queries"
)

// People is what the router needs to know who is writing.
type People interface {
	AccountByExternalID(ctx context.Context, platform, externalID string) (queries.Account, error)
	Register(ctx context.Context, r queries.Registration, at time.Time) (queries.Account, error)
	TouchAccount(ctx context.Context, platform, externalID string, at time.Time) error
	SetChoices(ctx context.Context, platform, chatID string, choices []queries.Choice, at time.Time) error
	ChoiceAt(ctx context.Context, platform, chatID string, position int) (queries.Choice, bool, error)
}

// RouterConfig says who may ask.
type RouterConfig struct {
	// PublicQuestions lets unregistered chats ask questions (PUBLIC_QUESTIONS).
	PublicQuestions bool
	// TrustedPlatforms are channels whose user is the operator at the
	// machine (the console): treated as an admin, no registration.
	TrustedPlatforms []string
	Now              func() time.Time
}

// Router turns a chat message into replies: commands by name, a number
// choosing an offered option, anything else a question. Every channel
// calls the same Handle.
type Router struct {
	answerer *Answerer
	people   People
	cfg      RouterConfig
}

// NewRouter makes the message handler shared by every channel.
func NewRouter(a *Answerer, people People, cfg RouterConfig) *Router {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Router{answerer: a, people: people, cfg: cfg}
}

// caller is who wrote a message.
type caller struct {
	registered bool
	account    queries.Account
}

func (c caller) role() string {
	if !c.registered {
		return ""
	}
	return c.account.Role
}

// Handle is a bot.HandlerFunc.
func (r *Router) Handle(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
	text := strings.TrimSpace(m.Text)
	if text == "" {
		return nil, nil
	}
	who, err := r.identify(ctx, m)
	if err != nil {
		return []bot.Reply{{Text: msgInternalError}}, err
	}
	if strings.HasPrefix(text, "/") && !m.Button {
		return r.command(ctx, m, who, text)
	}
	if !who.registered && !r.cfg.PublicQuestions {
		return []bot.Reply{{Text: msgRegisterFirst}}, nil
	}
	if n, err := strconv.Atoi(text); err == nil {
		choice, ok, err := r.people.ChoiceAt(ctx, m.Platform, m.ChatID, n)
		if err != nil {
			return []bot.Reply{{Text: msgInternalError}}, err
		}
		if ok {
			text = choice.Data
		}
	}
	return r.question(ctx, m, text)
}

// identify finds the registered person behind a message.
func (r *Router) identify(ctx context.Context, m bot.Message) (caller, error) {
	for _, p := range r.cfg.TrustedPlatforms {
		if m.Platform == p {
			return caller{registered: true, account: queries.Account{Role: "admin", FullName: "console"}}, nil
		}
	}
	acc, err := r.people.AccountByExternalID(ctx, m.Platform, m.UserID)
	if errors.Is(err, queries.ErrNotFound) {
		return caller{}, nil
	}
	if err != nil {
		return caller{}, fmt.Errorf("handlers: identify: %w", err)
	}
	if err := r.people.TouchAccount(ctx, m.Platform, m.UserID, r.cfg.Now()); err != nil {
		return caller{}, err
	}
	return caller{registered: true, account: acc}, nil
}

func (r *Router) command(ctx context.Context, m bot.Message, who caller, text string) ([]bot.Reply, error) {
	name, arg, _ := strings.Cut(text, " ")
	name, _, _ = strings.Cut(strings.ToLower(name), "@") // "/help@TroLySoLieuBot" in groups
	arg = strings.TrimSpace(arg)
	switch name {
	case "/start", "/help", "/trogiup":
		return []bot.Reply{{Text: helpFor(who)}}, nil
	case "/dangky":
		return r.register(ctx, m, who, arg)
	case "/huy":
		if err := r.people.SetChoices(ctx, m.Platform, m.ChatID, nil, r.cfg.Now()); err != nil {
			return []bot.Reply{{Text: msgInternalError}}, err
		}
		return []bot.Reply{{Text: msgCancelled}}, nil
	}
	if !who.registered {
		return []bot.Reply{{Text: msgRegisterFirst}}, nil
	}
	switch name {
	case "/nop", "/baocao", "/nhacnho", "/bieudo", "/xuat":
		return []bot.Reply{{Text: msgNotYet}}, nil
	}
	return []bot.Reply{{Text: msgUnknownCommand}}, nil
}

// register binds the chat account to the person of an invite code.
func (r *Router) register(ctx context.Context, m bot.Message, who caller, code string) ([]bot.Reply, error) {
	if who.registered {
		return []bot.Reply{{Text: fmt.Sprintf(msgAlreadyRegistered, who.account.UnitName, roleName(who.account.Role))}}, nil
	}
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return []bot.Reply{{Text: msgRegisterUsage}}, nil
	}
	acc, err := r.people.Register(ctx, queries.Registration{Code: code, Platform: m.Platform, ExternalID: m.UserID,
		ChatID: m.ChatID, DisplayName: m.Name}, r.cfg.Now())
	if errors.Is(err, queries.ErrInviteUnusable) {
		return []bot.Reply{{Text: msgInviteUnusable}}, nil
	}
	if err != nil {
		return []bot.Reply{{Text: msgInternalError}}, err
	}
	return []bot.Reply{{Text: fmt.Sprintf(msgRegistered, acc.UnitName, roleName(acc.Role)) + "\n\n" + helpFor(caller{registered: true, account: acc})}}, nil
}

func (r *Router) question(ctx context.Context, m bot.Message, text string) ([]bot.Reply, error) {
	ans, err := r.answerer.Answer(ctx, text)
	if err != nil {
		return []bot.Reply{{Text: msgInternalError}}, err
	}
	reply := bot.Reply{Text: ans.Text}
	var choices []queries.Choice
	for i, o := range ans.Options {
		reply.Options = append(reply.Options, bot.Option{Label: o.Label, Data: strconv.Itoa(i + 1)})
		choices = append(choices, queries.Choice{Label: o.Label, Data: o.Query})
	}
	if err := r.people.SetChoices(ctx, m.Platform, m.ChatID, choices, r.cfg.Now()); err != nil {
		return []bot.Reply{{Text: msgInternalError}}, err
	}
	return []bot.Reply{reply}, nil
}

func helpFor(who caller) string {
	switch who.role() {
	case "clerk":
		return msgHelp + "\n\n" + msgHelpClerk
	case "admin":
		return msgHelp + "\n\n" + msgHelpAdmin
	case "leader":
		return msgHelp
	}
	return msgRegisterFirst
}

func roleName(role string) string {
	switch role {
	case "clerk":
		return "cán bộ đầu mối báo cáo"
	case "leader":
		return "lãnh đạo"
	case "admin":
		return "quản trị"
	}
	return role
}
