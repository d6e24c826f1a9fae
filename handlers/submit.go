package handlers

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Submissions is what /nop and /baocao read and write.
type Submissions interface {
	FormFields(ctx context.Context, formID int64) ([]queries.FormField, error)
	StartPending(ctx context.Context, p queries.Pending, at time.Time, ttl time.Duration) (int64, error)
	OpenPending(ctx context.Context, platform, chatID string, now time.Time) (queries.Pending, bool, error)
	PendingByID(ctx context.Context, id int64) (queries.Pending, error)
	UpdatePending(ctx context.Context, id int64, values map[string]float64, awaiting string) error
	ConfirmPending(ctx context.Context, id int64, at time.Time) (queries.Pending, queries.SubmissionOutcome, error)
	CancelPending(ctx context.Context, id int64, at time.Time) (bool, error)
	CancelOpenPending(ctx context.Context, platform, chatID string, at time.Time) error
	UnitAllValues(ctx context.Context, unitID int64) ([]queries.Value, error)
	FormStatus(ctx context.Context, formID int64, periodStart string) ([]queries.FormStatus, error)
}

// pendingTTL is how long a preview waits for "Xác nhận".
const pendingTTL = 24 * time.Hour

// Button data of the confirmation buttons ("nop:ok:17").
const (
	confirmPrefix = "nop:ok:"
	cancelPrefix  = "nop:huy:"
)

// nop handles "/nop [kỳ] mã=giá_trị ...", and "/nop [kỳ]" alone, which
// starts the guided form.
func (r *Router) nop(ctx context.Context, m bot.Message, who caller, args string) ([]bot.Reply, error) {
	if who.role() != "clerk" && who.role() != "admin" {
		return reply(msgNopNotAllowed), nil
	}
	c := r.answerer.cat.Load()
	fields, err := r.subs.FormFields(ctx, c.form.ID)
	if err != nil {
		return reply(msgInternalError), err
	}
	now := r.cfg.Now()
	d, problems := ParseSubmission(args, fields, now)
	unit, problem := r.submittingUnit(c, who, d.Unit)
	if problem != "" {
		problems = append([]string{problem}, problems...)
	}
	if len(problems) > 0 {
		return reply(nopProblems(problems)), nil
	}
	p := queries.Pending{Platform: m.Platform, ChatID: m.ChatID, PersonID: who.account.PersonID, FormID: c.form.ID,
		UnitID: unit.ID, PeriodStart: d.Period.Start, PeriodEnd: d.Period.End, PeriodLabel: d.Period.Label, Values: d.Values}
	if len(d.Values) == 0 {
		// Guided form: one question per code.
		p.Awaiting = fields[0].Code
		if _, err := r.subs.StartPending(ctx, p, now, pendingTTL); err != nil {
			return reply(msgInternalError), err
		}
		return reply(fmt.Sprintf(msgNopGuidedStart, d.Period.Label, unit.Name) + "\n" + askField(fields[0])), nil
	}
	if rules := CheckRules(d.Values, fields); len(rules) > 0 {
		return reply(nopProblems(rules)), nil
	}
	id, err := r.subs.StartPending(ctx, p, now, pendingTTL)
	if err != nil {
		return reply(msgInternalError), err
	}
	p.ID = id
	return r.preview(ctx, m, c, p, fields, unit)
}

// submittingUnit is the unit a /nop is for: a clerk's own, or the one an
// admin names.
func (r *Router) submittingUnit(c *catalog, who caller, named string) (queries.Unit, string) {
	own := c.unitsByID[who.account.UnitID]
	if named == "" {
		if who.role() == "admin" {
			return queries.Unit{}, msgNopAdminNamesUnit
		}
		if !c.requiredUnit[own.ID] {
			return queries.Unit{}, fmt.Sprintf(msgNopNotReporter, own.Name)
		}
		return own, ""
	}
	var u queries.Unit
	if byCode, ok := c.units[strings.ToUpper(named)]; ok {
		u = byCode
	} else if byCode, ok := c.units[named]; ok {
		u = byCode
	} else {
		codes := c.vocab.ResolveUnit(named)
		switch len(codes) {
		case 0:
			return queries.Unit{}, fmt.Sprintf(msgNopUnknownUnit, named)
		case 1:
			u = c.units[codes[0]]
		default:
			var names []string
			for _, code := range codes {
				names = append(names, c.units[code].Name+" ("+code+")")
			}
			return queries.Unit{}, fmt.Sprintf(msgNopAmbiguousUnit, named, joinVI(names))
		}
	}
	if who.role() != "admin" && u.ID != own.ID {
		return queries.Unit{}, fmt.Sprintf(msgNopOwnUnitOnly, own.Name)
	}
	if !c.requiredUnit[u.ID] {
		return queries.Unit{}, fmt.Sprintf(msgNopNotReporter, u.Name)
	}
	return u, ""
}

// preview shows the parsed values with the change against the previous
// quarter and asks for confirmation.
func (r *Router) preview(ctx context.Context, m bot.Message, c *catalog, p queries.Pending, fields []queries.FormField, unit queries.Unit) ([]bot.Reply, error) {
	prevPeriod := nlu.PreviousQuarter(nlu.Period{Kind: nlu.PeriodQuarter, Start: p.PeriodStart, End: p.PeriodEnd})
	vals, err := r.subs.UnitAllValues(ctx, unit.ID)
	if err != nil {
		return reply(msgInternalError), err
	}
	prev, current := map[int64]float64{}, map[int64]float64{}
	for _, v := range vals {
		if v.SubmissionID.Valid && v.PeriodStart == prevPeriod.Start {
			prev[v.IndicatorID] = v.Value
		}
		if v.SubmissionID.Valid && v.PeriodStart == p.PeriodStart {
			current[v.IndicatorID] = v.Value
		}
	}
	n := newNumbers()
	var b strings.Builder
	fmt.Fprintf(&b, msgNopPreviewHead, p.PeriodLabel, unit.Name)
	var warnings []string
	for _, f := range fields {
		v := p.Values[f.Code]
		line := fmt.Sprintf("• %s (%s): %s", f.Code, f.IndicatorName, n.num(v))
		if old, ok := prev[f.IndicatorID]; ok {
			line += fmt.Sprintf(msgNopPreviewPrev, prevPeriod.Label, n.num(old), signed(n, v-old))
			if old > 0 && v > 3*old {
				warnings = append(warnings, fmt.Sprintf(msgNopWarnJump, f.Code, n.num(old), n.num(v)))
			}
			if old > 0 && v == 0 {
				warnings = append(warnings, fmt.Sprintf(msgNopWarnZero, f.Code, n.num(old)))
			}
		}
		b.WriteString(line + "\n")
	}
	if share, ok := shareOf(c, p.Values); ok {
		fmt.Fprintf(&b, msgNopPreviewShare, n.num(share))
	}
	if len(current) > 0 {
		b.WriteString(msgNopPreviewCorrection + "\n")
	}
	for _, w := range warnings {
		b.WriteString("⚠ " + w + "\n")
	}
	out := bot.Reply{Text: strings.TrimRight(b.String(), "\n")}
	id := strconv.FormatInt(p.ID, 10)
	if m.Platform == "zalo" {
		out.Text += "\n" + msgNopConfirmWords
	} else {
		out.Text += "\n" + msgNopConfirmButtons
		out.Options = []bot.Option{{Label: msgNopConfirmLabel, Data: confirmPrefix + id}, {Label: msgNopCancelLabel, Data: cancelPrefix + id}}
	}
	return []bot.Reply{out}, nil
}

// shareOf is the ratio indicator made of two submitted codes (hstt/hstong).
func shareOf(c *catalog, values map[string]float64) (float64, bool) {
	for _, in := range c.indicators {
		if in.NumeratorCode == "" {
			continue
		}
		num, ok1 := values[in.NumeratorCode]
		den, ok2 := values[in.DenominatorCode]
		if ok1 && ok2 && den > 0 {
			return 100 * num / den, true
		}
	}
	return 0, false
}

func signed(n numbers, d float64) string {
	switch {
	case d > 0:
		return "+" + n.num(d)
	case d < 0:
		return "−" + n.num(math.Abs(d))
	}
	return "không đổi"
}

func askField(f queries.FormField) string {
	return fmt.Sprintf(msgNopGuidedAsk, f.Code, f.IndicatorName)
}

func nopProblems(problems []string) string {
	return msgNopProblemsHead + "\n• " + strings.Join(problems, "\n• ") + "\n" + msgNopExample
}

func reply(text string) []bot.Reply { return []bot.Reply{{Text: text}} }

// pendingAnswer handles a message while the chat has an open pending
// submission: a value of the guided form, or "có"/"không" on Zalo. ok is
// false when the message is not about it (then it is a question).
func (r *Router) pendingAnswer(ctx context.Context, m bot.Message, who caller, text string) ([]bot.Reply, bool, error) {
	if who.role() != "clerk" && who.role() != "admin" {
		return nil, false, nil
	}
	now := r.cfg.Now()
	p, ok, err := r.subs.OpenPending(ctx, m.Platform, m.ChatID, now)
	if err != nil {
		return nil, false, err
	}
	word := strings.ToLower(nlu.Fold(text))
	if !ok {
		if yes[word] || no[word] {
			return reply(msgNopNothingPending), true, nil
		}
		return nil, false, nil
	}
	if p.Awaiting == "" {
		switch {
		case yes[word]:
			out, err := r.confirm(ctx, m, who, p.ID)
			return out, true, err
		case no[word]:
			out, err := r.cancel(ctx, who, p.ID)
			return out, true, err
		}
		return nil, false, nil
	}
	c := r.answerer.cat.Load()
	fields, err := r.subs.FormFields(ctx, p.FormID)
	if err != nil {
		return reply(msgInternalError), true, err
	}
	var field queries.FormField
	next := ""
	for i, f := range fields {
		if f.Code == p.Awaiting {
			field = f
			if i+1 < len(fields) {
				next = fields[i+1].Code
			}
		}
	}
	v, problem := parseFigure(field.Code, strings.TrimSpace(text), field)
	if problem == "" && v < field.MinValue {
		problem = fmt.Sprintf(msgNopBelowMin, field.Code, newNumbers().num(v), newNumbers().num(field.MinValue))
	}
	if problem != "" {
		return reply(problem + "\n" + askField(field) + "\n" + msgNopGuidedCancel), true, nil
	}
	p.Values[field.Code] = v
	if err := r.subs.UpdatePending(ctx, p.ID, p.Values, next); err != nil {
		return reply(msgInternalError), true, err
	}
	if next != "" {
		for _, f := range fields {
			if f.Code == next {
				return reply(askField(f)), true, nil
			}
		}
	}
	if rules := CheckRules(p.Values, fields); len(rules) > 0 {
		if _, err := r.subs.CancelPending(ctx, p.ID, now); err != nil {
			return reply(msgInternalError), true, err
		}
		return reply(nopProblems(rules) + "\n" + msgNopGuidedRestart), true, nil
	}
	out, err := r.preview(ctx, m, c, p, fields, c.unitsByID[p.UnitID])
	return out, true, err
}

// Words that confirm or refuse a preview on Zalo, folded.
var (
	yes = map[string]bool{"co": true, "dong y": true, "xac nhan": true, "ok": true, "co gui": true}
	no  = map[string]bool{"khong": true, "huy": true, "thoi": true}
)

// confirm stores a previewed submission once.
func (r *Router) confirm(ctx context.Context, m bot.Message, who caller, id int64) ([]bot.Reply, error) {
	p, err := r.subs.PendingByID(ctx, id)
	if errors.Is(err, queries.ErrNotFound) {
		return reply(msgNopNothingPending), nil
	}
	if err != nil {
		return reply(msgInternalError), err
	}
	if p.PersonID != who.account.PersonID {
		return reply(msgNopNotYours), nil
	}
	p, out, err := r.subs.ConfirmPending(ctx, id, r.cfg.Now())
	if errors.Is(err, queries.ErrPendingClosed) {
		return reply(msgNopAlreadyClosed), nil
	}
	if err != nil {
		return reply(msgInternalError), err
	}
	c := r.answerer.cat.Load()
	unit := c.unitsByID[p.UnitID]
	if len(out.Replaced) == 0 {
		return reply(fmt.Sprintf(msgNopStored, p.PeriodLabel, unit.Name)), nil
	}
	n := newNumbers()
	var was []string
	for _, code := range sortedKeys(out.Replaced) {
		was = append(was, code+"="+n.num(out.Replaced[code]))
	}
	return reply(fmt.Sprintf(msgNopUpdated, p.PeriodLabel, unit.Name, strings.Join(was, ", "))), nil
}

func (r *Router) cancel(ctx context.Context, who caller, id int64) ([]bot.Reply, error) {
	p, err := r.subs.PendingByID(ctx, id)
	if err != nil || p.PersonID != who.account.PersonID {
		return reply(msgNopNothingPending), nil
	}
	ok, err := r.subs.CancelPending(ctx, id, r.cfg.Now())
	if err != nil {
		return reply(msgInternalError), err
	}
	if !ok {
		return reply(msgNopAlreadyClosed), nil
	}
	return reply(msgNopCancelled), nil
}

// button handles the confirmation buttons; ok is false for other data.
func (r *Router) button(ctx context.Context, who caller, m bot.Message, data string) ([]bot.Reply, bool, error) {
	if rest, found := strings.CutPrefix(data, remindPrefix); found {
		out, err := r.remindNow(ctx, who, rest, true)
		return out, true, err
	}
	for prefix, act := range map[string]func(context.Context, caller, int64) ([]bot.Reply, error){
		confirmPrefix: func(ctx context.Context, who caller, id int64) ([]bot.Reply, error) {
			return r.confirm(ctx, m, who, id)
		},
		cancelPrefix: r.cancel,
	} {
		if rest, found := strings.CutPrefix(data, prefix); found {
			id, err := strconv.ParseInt(rest, 10, 64)
			if err != nil {
				return reply(msgNopNothingPending), true, nil
			}
			out, err := act(ctx, who, id)
			return out, true, err
		}
	}
	return nil, false, nil
}
