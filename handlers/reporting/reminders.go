package reporting

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// ReminderData is what the sweep reads and writes; *queries.Store has it.
type ReminderData interface {
	ReminderStages(ctx context.Context) ([]queries.ReminderStage, error)
	ReminderSettings(ctx context.Context) (map[string]string, error)
	Holidays(ctx context.Context, from, to string) (map[string]string, error)
	FormFields(ctx context.Context, formID int64) ([]queries.FormField, error)
	LateRecipients(ctx context.Context, formID int64, periodStart string) ([]queries.Recipient, error)
	DigestRecipients(ctx context.Context) ([]queries.Recipient, error)
	RecordReminders(ctx context.Context, rs []queries.Reminder, at time.Time) (int, error)
}

// ZaloReplyWindow is how long after a person's last message a Zalo OA may
// message them freely; outside it a reminder takes the person's other channel.
const ZaloReplyWindow = 7 * 24 * time.Hour

// Reminders decides who is reminded of which late report, when.
type Reminders struct {
	data ReminderData
	loc  *time.Location
	zns  map[string]string // stage -> Zalo template id (ZALO_ZNS_TEMPLATE_*)
}

// SetZNSTemplates sets the approved Zalo template (ZNS) of each reminder
// stage ("before", "deadline", "overdue", "escalation"): a person on Zalo
// silent for longer than ZaloReplyWindow, with a phone number, is reminded
// by that template. Call it before the Reminders is shared.
func (r *Reminders) SetZNSTemplates(byStage map[string]string) { r.zns = byStage }

// NewReminders makes the sweep; loc is CHATBOT_TZ.
func NewReminders(data ReminderData, loc *time.Location) *Reminders {
	return &Reminders{data: data, loc: loc}
}

// SweepResult says what a sweep decided.
type SweepResult struct {
	Planned       []queries.Reminder
	Queued        int
	Undeliverable []string // "unit: person (why)"
}

// Sweep decides the reminders due at now and, unless dryRun, logs and
// queues them (each once: a unique key, not a check). Each message carries
// the earliest time it may be sent, inside working hours; the sender only
// sends what is due.
func (r *Reminders) Sweep(ctx context.Context, now time.Time, dryRun bool) (SweepResult, error) {
	var res SweepResult
	stages, err := r.data.ReminderStages(ctx)
	if err != nil {
		return res, err
	}
	settings, err := r.data.ReminderSettings(ctx)
	if err != nil {
		return res, err
	}
	now = now.In(r.loc)
	holidays, err := r.data.Holidays(ctx, now.AddDate(-1, 0, 0).Format("2006-01-02"), now.AddDate(1, 0, 0).Format("2006-01-02"))
	if err != nil {
		return res, err
	}
	cal, err := NewCalendar(r.loc, settings, holidays)
	if err != nil {
		return res, err
	}
	byForm := map[int64][]queries.ReminderStage{}
	var forms []int64
	for _, s := range stages {
		if len(byForm[s.FormID]) == 0 {
			forms = append(forms, s.FormID)
		}
		byForm[s.FormID] = append(byForm[s.FormID], s)
	}
	var late []lateUnit
	for _, formID := range forms {
		fs := byForm[formID]
		fields, err := r.data.FormFields(ctx, formID)
		if err != nil {
			return res, err
		}
		for _, per := range openPeriods(now, fs[0]) {
			recips, err := r.data.LateRecipients(ctx, formID, per.Start)
			if err != nil {
				return res, err
			}
			deadline := deadlineOf(per, fs[0].DeadlineDays, r.loc)
			r.plan(&res, cal, now, fs, fields, per, deadline, recips)
			if now.After(deadline.AddDate(0, 0, 1)) {
				late = append(late, lateOf(fs[0], per, deadline, recips)...)
			}
		}
	}
	if len(forms) > 0 {
		err = r.digest(ctx, &res, cal, now, forms[0], late)
	}
	if err != nil {
		return res, err
	}
	if dryRun || len(res.Planned) == 0 {
		return res, nil
	}
	res.Queued, err = r.data.RecordReminders(ctx, res.Planned, now)
	return res, err
}

// SweepPeriod is Sweep limited to the reminders about one period (/nhacnho Q2/2019).
func (r *Reminders) SweepPeriod(ctx context.Context, now time.Time, periodStart string, dryRun bool) (SweepResult, error) {
	res, err := r.Sweep(ctx, now, true)
	if err != nil {
		return res, err
	}
	var keep []queries.Reminder
	for _, p := range res.Planned {
		if p.PeriodStart == periodStart {
			keep = append(keep, p)
		}
	}
	res.Planned = keep
	if dryRun || len(keep) == 0 {
		return res, nil
	}
	res.Queued, err = r.data.RecordReminders(ctx, keep, now)
	return res, err
}

// openPeriods are the ended periods whose reminders may still run: those
// that ended within the last half year (older reports are chased by hand).
func openPeriods(now time.Time, s queries.ReminderStage) []nlu.Period {
	if s.PeriodType != "quarter" {
		return nil
	}
	var out []nlu.Period
	p := nlu.LastEndedQuarter(now)
	for i := 0; i < 2; i++ {
		out = append(out, p)
		p = nlu.PreviousQuarter(p)
	}
	return out
}

func deadlineOf(p nlu.Period, days int, loc *time.Location) time.Time {
	end, _ := time.ParseInLocation("2006-01-02", p.End, loc)
	return end.AddDate(0, 0, days)
}

// occurrence is when a stage falls, and its name for the log.
type occurrence struct {
	stage string
	at    time.Time
}

// latest is the latest occurrence of a track's stages at or before now:
// a stage missed while nothing ran is replaced by the latest one due.
func latest(cal Calendar, stages []queries.ReminderStage, audience string, deadline, now time.Time) (occurrence, bool) {
	var best occurrence
	found := false
	for _, s := range stages {
		if s.Audience != audience {
			continue
		}
		for k := 0; ; k++ {
			days := s.OffsetDays + k*s.RepeatDays
			at := cal.At(deadline.AddDate(0, 0, days))
			if at.After(now) {
				break
			}
			name := s.Stage
			if k > 0 {
				name = fmt.Sprintf("%s-%d", s.Stage, k+1)
			}
			if !found || at.After(best.at) {
				best, found = occurrence{stage: name, at: at}, true
			}
			if s.RepeatDays <= 0 {
				break
			}
		}
	}
	return best, found
}

func (r *Reminders) plan(res *SweepResult, cal Calendar, now time.Time, stages []queries.ReminderStage, fields []queries.FormField,
	per nlu.Period, deadline time.Time, recips []queries.Recipient) {
	tracks := map[string]occurrence{}
	for _, audience := range []string{"clerk", "leader"} {
		if occ, ok := latest(cal, stages, audience, deadline, now); ok {
			tracks[audience] = occ
		}
	}
	if len(tracks) == 0 {
		return
	}
	when := cal.NextSlot(now)
	for _, group := range byPerson(recips) {
		first := group[0]
		occ, ok := tracks[first.Role]
		if first.PersonID == 0 || !ok {
			continue
		}
		late := daysBetween(deadline, when)
		body := reminderText(stages[0], per, deadline, late, first, fields)
		key := fmt.Sprintf("reminder:%d:%d:%s:%s:%d", stages[0].FormID, first.UnitID, per.Start, occ.stage, first.PersonID)
		msg, why := r.route(group, now, occ.stage, key, body, func() map[string]string {
			return map[string]string{"name": first.FullName, "unit": first.UnitName, "form": stages[0].FormName, "period": per.Label,
				"deadline": deadline.Format("02/01/2006"), "status": lateStatus(late)}
		})
		if msg == nil {
			res.Undeliverable = append(res.Undeliverable, fmt.Sprintf("%s: %s (%s)", first.UnitName, first.FullName, why))
			continue
		}
		msg.PersonID, msg.NotBefore = first.PersonID, when
		res.Planned = append(res.Planned, queries.Reminder{FormID: stages[0].FormID, UnitID: first.UnitID, PeriodStart: per.Start,
			Stage: occ.stage, PersonID: first.PersonID, Message: *msg})
	}
}

// byPerson groups rows (one per chat account) by person, keeping order.
func byPerson(recips []queries.Recipient) [][]queries.Recipient {
	var out [][]queries.Recipient
	index := map[int64]int{}
	for _, rc := range recips {
		key := rc.PersonID
		if key == 0 {
			key = -rc.UnitID // a unit without people
		}
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], rc)
	}
	return out
}

// reminderText names the form, the period, the deadline, how late it is,
// and the exact command to send.
func reminderText(s queries.ReminderStage, per nlu.Period, deadline time.Time, late int, rc queries.Recipient, fields []queries.FormField) string {
	var codes []string
	for _, f := range fields {
		codes = append(codes, f.Code+"=…")
	}
	quarter := strings.Replace(strings.Replace(per.Label, "quý ", "Q", 1), " ", "", -1)
	command := "/nop " + quarter + " " + strings.Join(codes, " ")
	when := deadline.Format("02/01/2006")
	status := lateStatus(late)
	if rc.Role == "leader" {
		return fmt.Sprintf(msgRemindLeader, rc.UnitName, s.FormName, per.Label, when, status)
	}
	return fmt.Sprintf(msgRemindClerk, s.FormName, per.Label, rc.UnitName, when, status, command)
}

// lateStatus says how far the deadline is, or how late the report.
func lateStatus(late int) string {
	switch {
	case late < 0:
		return fmt.Sprintf(msgRemindBefore, -late)
	case late == 0:
		return msgRemindToday
	}
	return fmt.Sprintf(msgRemindLate, late)
}

// daysBetween counts calendar days from a to b (negative when b is earlier).
func daysBetween(a, b time.Time) int {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	b = b.In(a.Location())
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}
