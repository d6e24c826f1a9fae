package reporting

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Status answers /baocao [kỳ]: who has sent the quarterly report
// (when, by whom) and who has not, late ones first.
func (d *Desk) Status(ctx context.Context, who queries.Account, arg string) ([]bot.Reply, error) {
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
	c := d.cat.Get()
	status, err := d.data.FormStatus(ctx, c.Form.ID, per.Start)
	if err != nil {
		return nil, err
	}
	end, _ := time.ParseInLocation("2006-01-02", per.End, now.Location())
	deadline := end.AddDate(0, 0, c.Form.DeadlineDays)
	overdue := now.After(deadline.AddDate(0, 0, 1))

	var missing, late, onTime []queries.FormStatus
	for _, s := range status {
		switch {
		case !s.SubmissionID.Valid:
			missing = append(missing, s)
		case s.SubmittedAt.Time.After(deadline.AddDate(0, 0, 1)):
			late = append(late, s)
		default:
			onTime = append(onTime, s)
		}
	}
	sort.SliceStable(late, func(i, j int) bool { return late[i].SubmittedAt.Time.After(late[j].SubmittedAt.Time) })
	n := vi.NewNumbers()
	sent := len(late) + len(onTime)
	var b strings.Builder
	fmt.Fprintf(&b, msgStatusHead, per.Label, deadline.Format("02/01/2006"), sent, len(status), n.Num(100*float64(sent)/float64(max(len(status), 1)))+"%")
	if len(missing) > 0 {
		lateWord := ""
		if overdue {
			lateWord = msgStatusLateWord
		}
		var names []string
		for _, s := range missing {
			names = append(names, s.UnitName)
		}
		b.WriteString("\n" + fmt.Sprintf(msgStatusMissing, len(missing), lateWord, vi.Join(vi.Limit(names, maxNamesInReply, msgStatusMore))))
	}
	if sent > 0 {
		var names []string
		for _, s := range append(late, onTime...) {
			entry := fmt.Sprintf("%s (%s", s.UnitName, s.SubmittedAt.Time.In(now.Location()).Format("02/01"))
			if s.SubmittedBy != "" {
				entry += ", " + s.SubmittedBy
			}
			if s.SubmittedAt.Time.After(deadline.AddDate(0, 0, 1)) {
				entry += ", " + msgStatusLate
			}
			names = append(names, entry+")")
		}
		b.WriteString("\n" + fmt.Sprintf(msgStatusSent, vi.Join(vi.Limit(names, maxNamesInReply, msgStatusMore))))
	}
	out := bot.Reply{Text: b.String()}
	if len(missing) > maxNamesInReply || sent > maxNamesInReply {
		out.Text += "\n" + msgStatusFile
		out.Document = &bot.File{Name: "bao-cao-" + strings.ReplaceAll(nlu.Fold(per.Label), "/", "-") + ".csv",
			Data: statusCSV(append(append(missing, late...), onTime...), deadline, now.Location())}
		out.Document.Name = strings.ReplaceAll(out.Document.Name, " ", "-")
	}
	return []bot.Reply{out}, nil
}

// statusCSV is the full list, for a spreadsheet.
func statusCSV(rows []queries.FormStatus, deadline time.Time, loc *time.Location) []byte {
	var buf bytes.Buffer
	buf.WriteString("\ufeff") // so spreadsheet programs read UTF-8
	w := csv.NewWriter(&buf)
	w.Write([]string{"Mã đơn vị", "Đơn vị", "Đã nộp", "Thời điểm nộp", "Người nộp", "Nộp muộn"})
	for _, s := range rows {
		submitted, at, late := "không", "", ""
		if s.SubmissionID.Valid {
			submitted, at = "có", s.SubmittedAt.Time.In(loc).Format("02/01/2006 15:04")
			if s.SubmittedAt.Time.After(deadline.AddDate(0, 0, 1)) {
				late = "có"
			}
		}
		w.Write([]string{s.UnitCode, s.UnitName, submitted, at, s.SubmittedBy, late})
	}
	w.Flush()
	return buf.Bytes()
}
