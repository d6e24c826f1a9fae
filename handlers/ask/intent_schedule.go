package ask

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// scheduleSource is what the deadline questions read: every form's
// reminder stages.
type scheduleSource interface {
	ReminderStages(ctx context.Context) ([]queries.ReminderStage, error)
}

// schedule answers "hạn nộp báo cáo quý 2 là ngày nào", "bot nhắc trước
// hạn mấy ngày": each quarterly form's deadline (its date for the quarter
// asked, else the last ended one) and when reminders go to the clerks and
// to the units' leaders, read from the stored schedule.
func (r *reader) schedule(ctx context.Context, p nlu.Parse) (Answer, error) {
	stages, err := r.data.ReminderStages(ctx)
	if err != nil {
		return Answer{}, err
	}
	per := nlu.LastEndedQuarter(r.now)
	if fp := firstPeriod(p); fp != nil && fp.Kind == nlu.PeriodQuarter {
		per = *fp
	}
	var order []int64
	byForm := map[int64][]queries.ReminderStage{}
	for _, s := range stages {
		if s.PeriodType != "quarter" {
			continue
		}
		if _, seen := byForm[s.FormID]; !seen {
			order = append(order, s.FormID)
		}
		byForm[s.FormID] = append(byForm[s.FormID], s)
	}
	if len(order) == 0 {
		return Answer{Kind: KindNoData, Text: msgScheduleNone}, nil
	}
	end, err := time.Parse(time.DateOnly, per.End)
	if err != nil {
		return Answer{}, fmt.Errorf("ask: schedule of %s: %w", per.Label, err)
	}
	var lines []string
	for _, id := range order {
		fs := byForm[id]
		due := end.AddDate(0, 0, fs[0].DeadlineDays).Format(time.DateOnly)
		line := fmt.Sprintf(msgScheduleDeadline, fs[0].FormName, fs[0].DeadlineDays, per.Label, vi.Date(due))
		line += daysToDeadline(end.AddDate(0, 0, fs[0].DeadlineDays), r.now)
		if when := reminderTimes(fs, end.AddDate(0, 0, fs[0].DeadlineDays)); when != "" {
			line += " " + when
		}
		lines = append(lines, line)
	}
	return Answer{Kind: KindFigure, Text: strings.Join(lines, "\n") + " " + msgScheduleSource}, nil
}

// reminderTimes says when a form's reminders go: to the clerks before,
// on and after the deadline (and how often again), to the leaders after it.
func reminderTimes(stages []queries.ReminderStage, due time.Time) string {
	var clerk, leader []string
	for _, s := range stages {
		var at string
		switch {
		case s.OffsetDays < 0:
			at = fmt.Sprintf(msgScheduleBefore, -s.OffsetDays)
		case s.OffsetDays == 0:
			at = msgScheduleOnDay
		default:
			at = fmt.Sprintf(msgScheduleAfter, s.OffsetDays)
		}
		if s.OffsetDays != 0 {
			// "ngày nào bot bắt đầu nhắc trước hạn": the day, too.
			at += " (" + vi.Date(due.AddDate(0, 0, s.OffsetDays).Format(time.DateOnly)) + ")"
		}
		if s.RepeatDays > 0 {
			at += fmt.Sprintf(msgScheduleRepeat, s.RepeatDays)
		}
		if s.Audience == "leader" {
			leader = append(leader, at)
		} else {
			clerk = append(clerk, at)
		}
	}
	var parts []string
	if len(clerk) > 0 {
		parts = append(parts, fmt.Sprintf(msgScheduleClerk, vi.Join(clerk)))
	}
	if len(leader) > 0 {
		parts = append(parts, fmt.Sprintf(msgScheduleLeader, vi.Join(leader)))
	}
	if len(parts) == 0 {
		return ""
	}
	return vi.Capitalise(strings.Join(parts, "; ")) + "."
}

// daysToDeadline says, for a deadline within a quarter of today, how many
// days are left to it or how late the units that have not sent are
// ("chưa nộp đã chậm so với hạn bao nhiêu ngày").
func daysToDeadline(due, now time.Time) string {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	days := int(today.Sub(time.Date(due.Year(), due.Month(), due.Day(), 0, 0, 0, 0, time.UTC)).Hours() / 24)
	date := vi.Date(today.Format(time.DateOnly))
	switch {
	case days > 0 && days <= 92:
		return " " + fmt.Sprintf(msgScheduleOverdue, date, days)
	case days < 0 && days >= -92:
		return " " + fmt.Sprintf(msgScheduleDaysLeft, date, -days)
	}
	return ""
}
