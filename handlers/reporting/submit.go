package reporting

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// pendingTTL is how long a preview waits for "Xác nhận".
const pendingTTL = 24 * time.Hour

// Button data of the confirmation buttons ("nop:ok:17").
const (
	confirmPrefix = "nop:ok:"
	cancelPrefix  = "nop:huy:"
)

// Nop handles "/nop [kỳ] mã=giá_trị ...", and "/nop [kỳ]" alone, which
// starts the guided form.
func (d *Desk) Nop(ctx context.Context, m bot.Message, who queries.Account, args string) ([]bot.Reply, error) {
	if who.Role != "clerk" && who.Role != "admin" {
		return reply(msgNopNotAllowed), nil
	}
	c := d.cat.Get()
	now := d.now()
	// The unit and the period come first: they say which form's codes
	// to read (the communes of 2025 send another form than 2019's).
	head, _ := ParseSubmission(args, nil, now)
	day := head.Period.End
	if day == "" {
		day = now.Format(time.DateOnly) // an unreadable period is named below
	}
	unit, problem := d.submittingUnit(c, who, head.Unit, day)
	if problem == "" && !unit.ValidOn(day) {
		problem = fmt.Sprintf(msgUnitNotThen, unit.Name, head.Period.Label)
	}
	var form queries.Form
	var fields []queries.FormField
	if problem == "" {
		var err error
		form, fields, problem, err = d.formOf(ctx, c, unit, head.Unknown)
		if err != nil {
			return nil, err
		}
	}
	if problem != "" {
		return reply(nopProblems([]string{problem})), nil
	}
	draft, problems := ParseSubmission(args, fields, now)
	if len(problems) > 0 {
		return reply(nopProblems(problems)), nil
	}
	p := queries.Pending{Platform: m.Platform, ChatID: m.ChatID, PersonID: who.PersonID, FormID: form.ID,
		UnitID: unit.ID, PeriodStart: draft.Period.Start, PeriodEnd: draft.Period.End, PeriodLabel: draft.Period.Label, Values: draft.Values}
	if len(draft.Values) == 0 {
		// Guided form: one question per code.
		p.Awaiting = fields[0].Code
		if _, err := d.data.StartPending(ctx, p, now, pendingTTL); err != nil {
			return nil, err
		}
		return reply(fmt.Sprintf(msgNopGuidedStart, draft.Period.Label, unit.Name) + "\n" + askField(fields[0])), nil
	}
	if rules := CheckRules(draft.Values, fields); len(rules) > 0 {
		return reply(nopProblems(rules)), nil
	}
	id, err := d.data.StartPending(ctx, p, now, pendingTTL)
	if err != nil {
		return nil, err
	}
	p.ID = id
	return d.preview(ctx, m, c, p, fields, unit)
}

// submittingUnit is the unit a /nop is for: a clerk's own, or the one an
// admin names, among the units that exist on the period's last day (a
// code reused after the 2025 mergers names the unit of that day).
func (d *Desk) submittingUnit(c *catalog.Catalog, who queries.Account, named, day string) (queries.Unit, string) {
	own := c.UnitsByID[who.UnitID]
	if named == "" {
		if who.Role == "admin" {
			return queries.Unit{}, msgNopAdminNamesUnit
		}
		if !c.RequiredUnit[own.ID] {
			return queries.Unit{}, fmt.Sprintf(msgNopNotReporter, own.Name)
		}
		return own, ""
	}
	var found []queries.Unit
	for _, u := range c.UnitsByID {
		if strings.EqualFold(u.Code, named) && u.ValidOn(day) {
			found = append(found, u)
		}
	}
	if len(found) == 0 {
		for _, key := range c.Vocab.ResolveUnit(named) {
			if u := c.Units[key]; u.ValidOn(day) {
				found = append(found, u)
			}
		}
	}
	var u queries.Unit
	switch len(found) {
	case 0:
		return queries.Unit{}, fmt.Sprintf(msgNopUnknownUnit, named)
	case 1:
		u = found[0]
	default:
		var names []string
		for _, f := range found {
			names = append(names, f.Name+" ("+f.Code+")")
		}
		slices.Sort(names)
		return queries.Unit{}, fmt.Sprintf(msgNopAmbiguousUnit, named, vi.Join(names))
	}
	if who.Role != "admin" && u.ID != own.ID {
		return queries.Unit{}, fmt.Sprintf(msgNopOwnUnitOnly, own.Name)
	}
	if !c.RequiredUnit[u.ID] {
		return queries.Unit{}, fmt.Sprintf(msgNopNotReporter, u.Name)
	}
	return u, ""
}

// formOf is the quarterly form a unit sends, with its fields: the one
// whose codes the values were written with when the unit sends several.
func (d *Desk) formOf(ctx context.Context, c *catalog.Catalog, unit queries.Unit, written []string) (queries.Form, []queries.FormField, string, error) {
	forms := c.QuarterForms(unit.ID)
	if len(forms) == 0 {
		return queries.Form{}, nil, fmt.Sprintf(msgNopNotReporter, unit.Name), nil
	}
	var first []queries.FormField
	for i, f := range forms {
		fields, err := d.data.FormFields(ctx, f.ID)
		if err != nil {
			return queries.Form{}, nil, "", err
		}
		if i == 0 {
			first = fields
		}
		if len(forms) == 1 || hasCodes(fields, written) {
			return f, fields, "", nil
		}
	}
	return forms[0], first, "", nil
}

// hasCodes: every code written is one of the fields'.
func hasCodes(fields []queries.FormField, written []string) bool {
	for _, code := range written {
		if !slices.ContainsFunc(fields, func(f queries.FormField) bool { return f.Code == code }) {
			return false
		}
	}
	return len(written) > 0
}

// preview shows the parsed values with the change against the previous
// quarter and asks for confirmation.
func (d *Desk) preview(ctx context.Context, m bot.Message, c *catalog.Catalog, p queries.Pending, fields []queries.FormField, unit queries.Unit) ([]bot.Reply, error) {
	prevPeriod := nlu.PreviousQuarter(nlu.Period{Kind: nlu.PeriodQuarter, Start: p.PeriodStart, End: p.PeriodEnd})
	vals, err := d.data.UnitAllValues(ctx, unit.ID)
	if err != nil {
		return nil, err
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
	n := vi.NewNumbers()
	var b strings.Builder
	fmt.Fprintf(&b, msgNopPreviewHead, p.PeriodLabel, unit.Name)
	var warnings []string
	for _, f := range fields {
		v := p.Values[f.Code]
		line := fmt.Sprintf("• %s (%s): %s", f.Code, f.IndicatorName, n.Num(v))
		if old, ok := prev[f.IndicatorID]; ok {
			line += fmt.Sprintf(msgNopPreviewPrev, prevPeriod.Label, n.Num(old), n.Signed(v-old))
			if old > 0 && v > 3*old {
				warnings = append(warnings, fmt.Sprintf(msgNopWarnJump, f.Code, n.Num(old), n.Num(v)))
			}
			if old > 0 && v == 0 {
				warnings = append(warnings, fmt.Sprintf(msgNopWarnZero, f.Code, n.Num(old)))
			}
		}
		b.WriteString(line + "\n")
	}
	if share, ok := shareOf(c, p.Values); ok {
		fmt.Fprintf(&b, msgNopPreviewShare, n.Num(share))
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
func shareOf(c *catalog.Catalog, values map[string]float64) (float64, bool) {
	for _, in := range c.Indicators {
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

func askField(f queries.FormField) string {
	return fmt.Sprintf(msgNopGuidedAsk, f.Code, f.IndicatorName)
}

func nopProblems(problems []string) string {
	return msgNopProblemsHead + "\n• " + strings.Join(problems, "\n• ") + "\n" + msgNopExample
}

func reply(text string) []bot.Reply { return []bot.Reply{{Text: text}} }

// PendingAnswer handles a message while the chat has an open pending
// submission: a value of the guided form, or "có"/"không" on Zalo. ok is
// false when the message is not about it (then it is a question).
func (d *Desk) PendingAnswer(ctx context.Context, m bot.Message, who queries.Account, text string) ([]bot.Reply, bool, error) {
	if who.Role != "clerk" && who.Role != "admin" {
		return nil, false, nil
	}
	now := d.now()
	p, ok, err := d.data.OpenPending(ctx, m.Platform, m.ChatID, now)
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
			out, err := d.confirm(ctx, m, who, p.ID)
			return out, true, err
		case no[word]:
			out, err := d.cancel(ctx, who, p.ID)
			return out, true, err
		}
		return nil, false, nil
	}
	c := d.cat.Get()
	fields, err := d.data.FormFields(ctx, p.FormID)
	if err != nil {
		return nil, true, err
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
		problem = fmt.Sprintf(msgNopBelowMin, field.Code, vi.NewNumbers().Num(v), vi.NewNumbers().Num(field.MinValue))
	}
	if problem == "" && field.MaxValue.Valid && v > field.MaxValue.Float64 {
		problem = fmt.Sprintf(msgNopAboveMax, field.Code, vi.NewNumbers().Num(v), vi.NewNumbers().Num(field.MaxValue.Float64))
	}
	if problem != "" {
		return reply(problem + "\n" + askField(field) + "\n" + msgNopGuidedCancel), true, nil
	}
	p.Values[field.Code] = v
	if err := d.data.UpdatePending(ctx, p.ID, p.Values, next); err != nil {
		return nil, true, err
	}
	if next != "" {
		for _, f := range fields {
			if f.Code == next {
				return reply(askField(f)), true, nil
			}
		}
	}
	if rules := CheckRules(p.Values, fields); len(rules) > 0 {
		if _, err := d.data.CancelPending(ctx, p.ID, now); err != nil {
			return nil, true, err
		}
		return reply(nopProblems(rules) + "\n" + msgNopGuidedRestart), true, nil
	}
	out, err := d.preview(ctx, m, c, p, fields, c.UnitsByID[p.UnitID])
	return out, true, err
}

// Words that confirm or refuse a preview on Zalo, folded.
var (
	yes = map[string]bool{"co": true, "dong y": true, "xac nhan": true, "ok": true, "co gui": true}
	no  = map[string]bool{"khong": true, "huy": true, "thoi": true}
)

// confirm stores a previewed submission once.
func (d *Desk) confirm(ctx context.Context, m bot.Message, who queries.Account, id int64) ([]bot.Reply, error) {
	p, err := d.data.PendingByID(ctx, id)
	if errors.Is(err, queries.ErrNotFound) {
		return reply(msgNopNothingPending), nil
	}
	if err != nil {
		return nil, err
	}
	if p.PersonID != who.PersonID {
		return reply(msgNopNotYours), nil
	}
	p, out, err := d.data.ConfirmPending(ctx, id, d.now())
	if errors.Is(err, queries.ErrPendingClosed) {
		return reply(msgNopAlreadyClosed), nil
	}
	if err != nil {
		return nil, err
	}
	c := d.cat.Get()
	unit := c.UnitsByID[p.UnitID]
	if len(out.Replaced) == 0 {
		return reply(fmt.Sprintf(msgNopStored, p.PeriodLabel, unit.Name)), nil
	}
	n := vi.NewNumbers()
	var was []string
	for _, code := range slices.Sorted(maps.Keys(out.Replaced)) {
		was = append(was, code+"="+n.Num(out.Replaced[code]))
	}
	return reply(fmt.Sprintf(msgNopUpdated, p.PeriodLabel, unit.Name, strings.Join(was, ", "))), nil
}

func (d *Desk) cancel(ctx context.Context, who queries.Account, id int64) ([]bot.Reply, error) {
	p, err := d.data.PendingByID(ctx, id)
	if err != nil || p.PersonID != who.PersonID {
		return reply(msgNopNothingPending), nil
	}
	ok, err := d.data.CancelPending(ctx, id, d.now())
	if err != nil {
		return nil, err
	}
	if !ok {
		return reply(msgNopAlreadyClosed), nil
	}
	return reply(msgNopCancelled), nil
}

// Button handles the confirmation buttons; ok is false for other data.
func (d *Desk) Button(ctx context.Context, who queries.Account, m bot.Message, data string) ([]bot.Reply, bool, error) {
	if rest, found := strings.CutPrefix(data, remindPrefix); found {
		out, err := d.Remind(ctx, who, rest, true)
		return out, true, err
	}
	for prefix, act := range map[string]func(context.Context, queries.Account, int64) ([]bot.Reply, error){
		confirmPrefix: func(ctx context.Context, who queries.Account, id int64) ([]bot.Reply, error) {
			return d.confirm(ctx, m, who, id)
		},
		cancelPrefix: d.cancel,
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
