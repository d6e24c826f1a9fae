package reporting

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// lateUnit is a unit past its deadline, for the digest.
type lateUnit struct {
	form, period, unit string
	reachable          bool
}

func lateOf(s queries.ReminderStage, per nlu.Period, deadline time.Time, recips []queries.Recipient) []lateUnit {
	seen := map[int64]int{}
	var out []lateUnit
	for _, rc := range recips {
		i, ok := seen[rc.UnitID]
		if !ok {
			seen[rc.UnitID] = len(out)
			out = append(out, lateUnit{form: s.FormName, period: per.Label, unit: rc.UnitName})
			i = len(out) - 1
		}
		if rc.Platform != "" {
			out[i].reachable = true
		}
	}
	return out
}

// digest sends admins and province leaders the late units once a week.
func (r *Reminders) digest(ctx context.Context, res *SweepResult, cal Calendar, now time.Time, formID int64, late []lateUnit) error {
	if len(late) == 0 {
		return nil
	}
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, r.loc)
	weekStart := day.AddDate(0, 0, -int((7+day.Weekday()-cal.DigestDay)%7))
	if now.Before(weekStart.Add(time.Duration(cal.DigestMin) * time.Minute)) {
		return nil
	}
	year, week := weekStart.ISOWeek()
	stage := fmt.Sprintf("digest-%d-W%02d", year, week)
	recips, err := r.data.DigestRecipients(ctx)
	if err != nil {
		return err
	}
	body := digestText(late, res.Undeliverable)
	when := cal.NextSlot(now)
	for _, group := range byPerson(recips) {
		p := group[0]
		msg, _ := r.route(group, now, "", fmt.Sprintf("digest:%s:%d", stage, p.PersonID), body, nil)
		if msg == nil {
			continue
		}
		msg.PersonID, msg.NotBefore = p.PersonID, when
		for i := range msg.Parts {
			msg.Parts[i].PersonID, msg.Parts[i].NotBefore = p.PersonID, when
		}
		res.Planned = append(res.Planned, queries.Reminder{FormID: formID, UnitID: p.UnitID, PeriodStart: weekStart.Format("2006-01-02"), Stage: stage,
			PersonID: p.PersonID, Message: *msg})
	}
	return nil
}

func digestText(late []lateUnit, undeliverable []string) string {
	sort.SliceStable(late, func(i, j int) bool { return late[i].period < late[j].period })
	var b strings.Builder
	fmt.Fprintf(&b, msgDigestHead, len(late))
	group := ""
	for _, l := range late {
		if key := l.form + " " + l.period; key != group {
			group = key
			fmt.Fprintf(&b, "\n%s %s:", l.form, l.period)
		}
		b.WriteString("\n• " + l.unit)
		if !l.reachable {
			b.WriteString(msgDigestNoAccount)
		}
	}
	if len(undeliverable) > 0 {
		b.WriteString("\n" + msgDigestUndeliverable)
		for _, u := range undeliverable {
			b.WriteString("\n• " + u)
		}
	}
	return b.String()
}
