// Package handlers is what the bot does with a message, on every channel:
// the router below decides what a message is (a command, the choice of an
// offered option, an answer to a pending form, a question) and hands it to
// one job: handlers/ask (questions), handlers/reporting (the reporting
// cycle), handlers/admin (people, history, imports). A file someone sends
// is read here (dataset's reader, within the size and row limits) and
// handed to the job for their role. Imports go one way: router -> jobs ->
// catalog, nlu, report, vi -> queries' types. The router never talks to a
// chat platform and never writes SQL.
package handlers

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/admin"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// People is what the router needs to know who is writing and what they
// were offered.
type People interface {
	AccountByExternalID(ctx context.Context, platform, externalID string) (queries.Account, error)
	TouchAccount(ctx context.Context, platform, externalID string, at time.Time) error
	SetChoices(ctx context.Context, platform, chatID string, choices []queries.Choice, at time.Time) error
	ChoiceAt(ctx context.Context, platform, chatID string, position int) (queries.Choice, bool, error)
}

// Jobs are the jobs the router hands messages to.
type Jobs struct {
	Ask       *ask.Answerer
	Reporting *reporting.Desk
	Admin     *admin.Desk
}

// RouterConfig says who may ask.
type RouterConfig struct {
	// PublicQuestions lets unregistered chats ask questions (PUBLIC_QUESTIONS).
	PublicQuestions bool
	// TrustedPlatforms are channels whose user is the operator at the
	// machine (the console): Operator, an admin, without registration.
	TrustedPlatforms []string
	Operator         queries.Account
	// Owner is who runs the bot, as its messages name it (CHATBOT_OWNER).
	Owner string
	Now   func() time.Time
	// ObserveAnswer, when set, is told how long each question took, its
	// intent ("" when not understood), path (rules or llm) and kind of
	// answer: the answer-latency histogram of /metrics.
	ObserveAnswer func(intent, path, outcome string, took time.Duration)
}

// Router turns a chat message into replies: commands by name, a number
// choosing an offered option, anything else a question. Every channel
// calls the same Handle.
type Router struct {
	jobs   Jobs
	people People
	cfg    RouterConfig
}

// NewRouter makes the message handler shared by every channel.
func NewRouter(jobs Jobs, people People, cfg RouterConfig) *Router {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Owner == "" {
		cfg.Owner = DefaultOwner
	}
	return &Router{jobs: jobs, people: people, cfg: cfg}
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

// Handle is a bot.HandlerFunc. A job that fails returns its error and no
// reply; the person then gets the fixed apology.
func (r *Router) Handle(ctx context.Context, m bot.Message) ([]bot.Reply, error) {
	text := strings.TrimSpace(m.Text)
	if text == "" && m.Document == nil {
		return nil, nil
	}
	who, err := r.identify(ctx, m)
	if err != nil {
		return reply(msgInternalError), err
	}
	var out []bot.Reply
	if m.Document != nil {
		out, err = r.document(ctx, m, who)
	} else {
		out, err = r.route(ctx, m, who, text)
	}
	if err != nil {
		if len(out) == 0 {
			out = reply(msgInternalError)
		}
		return out, err
	}
	return r.offer(ctx, m, out)
}

// route decides what a message is: a command, the choice of an offered
// option (typed as its number or pressed as a button), an answer to a
// pending submission, or a question.
func (r *Router) route(ctx context.Context, m bot.Message, who caller, text string) ([]bot.Reply, error) {
	if strings.HasPrefix(text, "/") && !m.Button {
		return r.command(ctx, m, who, text)
	}
	chosen := false
	if n, err := strconv.Atoi(text); err == nil && (who.registered || r.cfg.PublicQuestions) {
		choice, ok, err := r.people.ChoiceAt(ctx, m.Platform, m.ChatID, n)
		if err != nil {
			return nil, err
		}
		if ok {
			text, chosen = choice.Data, true
		}
	}
	if m.Button && !chosen {
		// A button from an older message, or pressed twice.
		return reply(msgChoiceExpired), nil
	}
	if who.registered {
		if out, ok, err := r.jobs.Admin.Button(ctx, who.account, text); ok {
			return out, err
		}
		if out, ok, err := r.jobs.Reporting.Button(ctx, who.account, m, text); ok {
			return out, err
		}
		if !chosen {
			if out, ok, err := r.jobs.Reporting.PendingAnswer(ctx, m, who.account, text); ok || err != nil {
				return out, err
			}
		}
	}
	if !who.registered && !r.cfg.PublicQuestions {
		return reply(r.registerFirst()), nil
	}
	return r.question(ctx, m, text)
}

// offer remembers the options of the last reply by position, so "2" typed
// or a button whose data is "2" (short, as Telegram wants) chooses the
// second; a reply without options forgets the previous ones.
func (r *Router) offer(ctx context.Context, m bot.Message, out []bot.Reply) ([]bot.Reply, error) {
	var choices []queries.Choice
	for i := range out {
		if i < len(out)-1 || len(out[i].Options) == 0 {
			continue
		}
		for k, o := range out[i].Options {
			choices = append(choices, queries.Choice{Label: o.Label, Data: o.Data})
			out[i].Options[k].Data = strconv.Itoa(k + 1)
		}
	}
	if err := r.people.SetChoices(ctx, m.Platform, m.ChatID, choices, r.cfg.Now()); err != nil {
		return reply(msgInternalError), err
	}
	return out, nil
}

// identify finds the registered person behind a message.
func (r *Router) identify(ctx context.Context, m bot.Message) (caller, error) {
	for _, p := range r.cfg.TrustedPlatforms {
		if m.Platform == p {
			return caller{registered: true, account: r.cfg.Operator}, nil
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
		return reply(r.helpFor(who)), nil
	case "/dangky":
		return r.register(ctx, m, who, arg)
	case "/huy":
		if err := r.jobs.Reporting.CancelFlow(ctx, m.Platform, m.ChatID); err != nil {
			return nil, err
		}
		if err := r.jobs.Ask.Forget(ctx, ask.Chat{Platform: m.Platform, ID: m.ChatID}); err != nil {
			return nil, err
		}
		if err := r.jobs.Admin.CancelChat(ctx, m.Platform, m.ChatID); err != nil {
			return nil, err
		}
		return reply(msgCancelled), nil
	}
	if !who.registered {
		return reply(r.registerFirst()), nil
	}
	switch name {
	case "/nop":
		return r.jobs.Reporting.Nop(ctx, m, who.account, arg)
	case "/baocao":
		return r.jobs.Reporting.Status(ctx, who.account, m.Platform, arg)
	case "/mau":
		return r.jobs.Admin.Template(ctx, who.account)
	case "/moi":
		return text1(r.jobs.Admin.Invite(ctx, who.account, arg))
	case "/nguoidung":
		return text1(r.jobs.Admin.ListPeople(ctx, who.account, arg))
	case "/thuhoi":
		return text1(r.jobs.Admin.Revoke(ctx, who.account, arg))
	case "/lichsu":
		return text1(r.jobs.Admin.History(ctx, who.account, arg))
	case "/nhacnho":
		return r.jobs.Reporting.Remind(ctx, who.account, arg, false)
	case "/bieudo":
		return r.question(ctx, m, text)
	case "/xuat":
		if who.role() != "leader" && who.role() != "admin" {
			return reply(msgExportNotAllowed), nil
		}
		return r.question(ctx, m, text)
	}
	return reply(msgUnknownCommand), nil
}

// register binds the chat account to the person of an invite code.
func (r *Router) register(ctx context.Context, m bot.Message, who caller, code string) ([]bot.Reply, error) {
	if who.registered {
		return reply(fmt.Sprintf(msgAlreadyRegistered, who.account.UnitName, admin.RoleName(who.account.Role))), nil
	}
	text, acc, ok, err := r.jobs.Admin.Register(ctx, m, code)
	if err != nil || !ok {
		return reply(text), err
	}
	return reply(text + "\n\n" + r.helpFor(caller{registered: true, account: acc})), nil
}

// question answers a question in the chat's conversation. An option's
// data is its label: choosing it sends the label back, which the
// conversation matches to the option.
func (r *Router) question(ctx context.Context, m bot.Message, text string) ([]bot.Reply, error) {
	start := time.Now()
	ans, err := r.jobs.Ask.Converse(ctx, ask.Chat{Platform: m.Platform, ID: m.ChatID}, text)
	if err != nil {
		return nil, err
	}
	if r.cfg.ObserveAnswer != nil {
		r.cfg.ObserveAnswer(ans.Parse.Intent, ans.Path, string(ans.Kind), time.Since(start))
	}
	out := bot.Reply{Text: ans.Text}
	for _, o := range ans.Options {
		out.Options = append(out.Options, bot.Option{Label: o.Label, Data: o.Label})
	}
	if at := ans.Attachment; at != nil {
		file := &bot.File{Name: at.Name, Data: at.Data}
		if at.Image {
			out.Photo = file
		} else {
			out.Document = file
		}
	}
	return []bot.Reply{out}, nil
}

// helpFor is the help of a role: what anyone may ask, then the role's
// commands.
func (r *Router) helpFor(who caller) string {
	head := fmt.Sprintf(msgHelp, r.cfg.Owner)
	switch who.role() {
	case "clerk":
		return head + "\n\n" + msgHelpClerk
	case "admin":
		return head + "\n\n" + msgHelpLeader + "\n\n" + msgHelpAdmin
	case "leader":
		return head + "\n\n" + msgHelpLeader
	}
	return r.registerFirst()
}

// registerFirst is the reply to a chat that is not registered.
func (r *Router) registerFirst() string {
	return fmt.Sprintf(msgRegisterFirst, r.cfg.Owner, r.cfg.Owner)
}

// document reads a file someone sent and hands it to the job for their
// role: an admin's is imported (after its dry run and «Xác nhận»), a
// clerk's is their unit's quarterly form. A file over the limits is
// refused before it is read.
func (r *Router) document(ctx context.Context, m bot.Message, who caller) ([]bot.Reply, error) {
	if !who.registered {
		return reply(r.registerFirst()), nil
	}
	doc := m.Document
	switch {
	case doc.Size > bot.MaxDocumentBytes || len(doc.Data) > bot.MaxDocumentBytes:
		mb := math.Ceil(10*float64(max(doc.Size, int64(len(doc.Data))))/(1<<20)) / 10
		return reply(fmt.Sprintf(msgFileTooBig, doc.Name, vi.NewNumbers().Num(mb), bot.MaxDocumentBytes>>20)), nil
	case doc.Data == nil && m.Platform == "zalo":
		return reply(msgFileOnZalo), nil
	case doc.Data == nil:
		return reply(msgFileNotReceived), nil
	case who.role() != "admin" && who.role() != "clerk":
		return reply(msgFileNotAllowed), nil
	}
	wb, err := dataset.ReadFile(doc.Name, bytes.NewReader(doc.Data), dataset.ReadOptions{MaxRows: MaxUploadRows})
	var fe *dataset.FileError
	switch {
	case errors.Is(err, dataset.ErrTooManyRows):
		return reply(fmt.Sprintf(msgFileTooManyRows, doc.Name, vi.NewNumbers().Num(MaxUploadRows))), nil
	case errors.As(err, &fe):
		return reply(fe.Reason), nil
	case err != nil:
		return nil, fmt.Errorf("handlers: read %s: %w", doc.Name, err)
	}
	if who.role() == "clerk" {
		return r.jobs.Reporting.SubmitSheet(ctx, m, who.account, wb)
	}
	return r.jobs.Admin.Upload(ctx, m, who.account, wb)
}

// MaxUploadRows is the most data rows a file sent by chat may have.
const MaxUploadRows = 50000

// text1 is a job's one text reply.
func text1(text string, err error) ([]bot.Reply, error) {
	if err != nil {
		return nil, err
	}
	return reply(text), nil
}

func reply(text string) []bot.Reply { return []bot.Reply{{Text: text}} }
