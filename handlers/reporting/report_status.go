package reporting

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Status answers /baocao [kỳ]: who has sent the quarterly report
// (when, by whom) and who has not, late ones first. Every unit is named
// when the reply fits in one message of the platform the question came
// from (bot.MaxTextLength); only a longer list is cut, the late units
// kept first, and the full list attached as CSV.
func (d *Desk) Status(ctx context.Context, who queries.Account, platform, arg string) ([]bot.Reply, error) {
	if who.Role != "leader" && who.Role != "admin" {
		return reply(msgStatusNotAllowed), nil
	}
	now := d.now()
	per := nlu.LastEndedQuarter(now)
	if strings.TrimSpace(arg) != "" {
		p, err := nlu.ParseQuarter(arg)
		if err != nil {
			return reply(err.Error()), nil
		}
		per = p
	}
	status, err := d.data.PeriodStatus(ctx, "quarter", per.Start)
	if err != nil {
		return nil, err
	}
	if len(status) == 0 {
		return reply(fmt.Sprintf(msgStatusNone, per.Label)), nil
	}
	deadlines := formDeadlines(status, per, now.Location())
	// The deadline named is the earliest of the forms due (the forms of
	// the demo and of 2025 share theirs); each unit is late by its own.
	var deadline time.Time
	for _, t := range deadlines {
		if deadline.IsZero() || t.Before(deadline) {
			deadline = t
		}
	}
	overdue := now.After(deadline.AddDate(0, 0, 1))
	isLate := func(s queries.FormStatus) bool { return s.SubmittedAt.Time.After(deadlines[s.FormID].AddDate(0, 0, 1)) }

	var missing, late, onTime []queries.FormStatus
	for _, s := range status {
		switch {
		case !s.SubmissionID.Valid:
			missing = append(missing, s)
		case isLate(s):
			late = append(late, s)
		default:
			onTime = append(onTime, s)
		}
	}
	sort.SliceStable(late, func(i, j int) bool { return late[i].SubmittedAt.Time.After(late[j].SubmittedAt.Time) })
	n := vi.NewNumbers()
	sent := len(late) + len(onTime)
	head := fmt.Sprintf(msgStatusHead, per.Label, deadline.Format("02/01/2006"), sent, len(status), n.Num(100*float64(sent)/float64(max(len(status), 1)))+"%")
	lateWord := ""
	if overdue {
		lateWord = msgStatusLateWord
	}
	var missingNames, sentNames []string
	for _, s := range missing {
		missingNames = append(missingNames, s.UnitName)
	}
	for _, s := range append(late, onTime...) {
		entry := fmt.Sprintf("%s (%s", s.UnitName, s.SubmittedAt.Time.In(now.Location()).Format("02/01"))
		if s.SubmittedBy != "" {
			entry += ", " + s.SubmittedBy
		}
		if isLate(s) {
			entry += ", " + msgStatusLate
		}
		sentNames = append(sentNames, entry+")")
	}
	render := func(kMissing, kSent int, file bool) string {
		var b strings.Builder
		b.WriteString(head)
		if len(missingNames) > 0 {
			b.WriteString("\n" + fmt.Sprintf(msgStatusMissing, len(missingNames), lateWord, vi.Join(shorten(missingNames, kMissing))))
		}
		if len(sentNames) > 0 {
			b.WriteString("\n" + fmt.Sprintf(msgStatusSent, vi.Join(shorten(sentNames, kSent))))
		}
		if file {
			b.WriteString("\n" + msgStatusFile)
		}
		return b.String()
	}
	limit := bot.MaxTextLength(platform)
	out := bot.Reply{Text: render(len(missingNames), len(sentNames), false)}
	if utf8.RuneCountInString(out.Text) <= limit {
		return []bot.Reply{out}, nil
	}
	// Too long for one message: as many late units as fit, then as many
	// of those that reported, and the whole list as a file.
	fits := func(km, ks int) bool { return utf8.RuneCountInString(render(km, ks, true)) <= limit }
	km := sort.Search(len(missingNames)+1, func(k int) bool { return !fits(k, 0) }) - 1
	ks := sort.Search(len(sentNames)+1, func(k int) bool { return !fits(max(km, 0), k) }) - 1
	out.Text = render(max(km, 0), max(ks, 0), true)
	out.Document = &bot.File{Name: "bao-cao-" + strings.ReplaceAll(nlu.Fold(per.Label), "/", "-") + ".csv",
		Data: statusCSV(append(append(missing, late...), onTime...), isLate, now.Location())}
	out.Document.Name = strings.ReplaceAll(out.Document.Name, " ", "-")
	return []bot.Reply{out}, nil
}

// shorten keeps the first k names and counts the others ("và 18 đơn vị
// khác"); k = 0 keeps only the count.
func shorten(names []string, k int) []string {
	switch {
	case k >= len(names):
		return names
	case k <= 0:
		return []string{fmt.Sprintf(msgStatusCount, len(names))}
	}
	return append(names[:k:k], fmt.Sprintf(msgStatusMore, len(names)-k))
}

// statusCSV is the full list, for a spreadsheet.
func statusCSV(rows []queries.FormStatus, isLate func(queries.FormStatus) bool, loc *time.Location) []byte {
	var buf bytes.Buffer
	buf.WriteString("\ufeff") // so spreadsheet programs read UTF-8
	w := csv.NewWriter(&buf)
	w.Write([]string{"Mã đơn vị", "Đơn vị", "Đã nộp", "Thời điểm nộp", "Người nộp", "Nộp muộn"})
	for _, s := range rows {
		submitted, at, late := "không", "", ""
		if s.SubmissionID.Valid {
			submitted, at = "có", s.SubmittedAt.Time.In(loc).Format("02/01/2006 15:04")
			if isLate(s) {
				late = "có"
			}
		}
		w.Write([]string{s.UnitCode, s.UnitName, submitted, at, s.SubmittedBy, late})
	}
	w.Flush()
	return buf.Bytes()
}

// formDeadlines is the last day to send each form of the status for the
// period: its last day and the form's days after it.
func formDeadlines(status []queries.FormStatus, per nlu.Period, loc *time.Location) map[int64]time.Time {
	end, _ := time.ParseInLocation("2006-01-02", per.End, loc)
	out := map[int64]time.Time{}
	for _, s := range status {
		out[s.FormID] = end.AddDate(0, 0, s.DeadlineDays)
	}
	return out
}
