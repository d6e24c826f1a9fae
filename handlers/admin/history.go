package admin

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// maxRecordedInHistory bounds the figures from documents that /lichsu
// lists (a province's year holds hundreds).
const maxRecordedInHistory = 30

// ParseHistory reads the arguments of /lichsu: a unit (code or name,
// several words) and a period written after it ("Q2/2019", "quý 2 năm
// 2019", "năm 2019", "6 tháng đầu năm 2019", "quý trước"). Without a
// period it is the last quarter that ended by ref. problem is the
// Vietnamese reason when they cannot be read.
func ParseHistory(args string, ref time.Time) (unit string, per nlu.Period, problem string) {
	words := strings.Fields(strings.ToValidUTF8(args, "\uFFFD"))
	if len(words) == 0 {
		return "", per, msgHistoryUsage
	}
	for k := 1; k < len(words); k++ {
		rest := strings.Join(words[k:], " ")
		if p, err := nlu.ParseQuarter(rest); err == nil {
			return strings.Join(words[:k], " "), p, ""
		}
		toks := nlu.Normalize(rest).Tokens
		if p, from, to, ok := nlu.FindPeriod(toks, ref); ok && from == 0 && to == len(toks) {
			if p.Start == "" || p.End == "" {
				return "", per, fmt.Sprintf(msgHistoryPeriod, rest)
			}
			return strings.Join(words[:k], " "), p, ""
		}
	}
	return strings.Join(words, " "), nlu.LastEndedQuarter(ref), ""
}

// History answers /lichsu ĐƠN_VỊ KỲ (admins and leaders): the unit's
// submissions for the period with each correction, who sent each and
// when, then the figures recorded from documents for it. The unit is the
// one its code or name named on the period's last day.
func (d *Desk) History(ctx context.Context, who queries.Account, args string) (string, error) {
	if who.Role != "admin" && who.Role != "leader" {
		return msgHistoryNotAllowed, nil
	}
	now := d.cfg.Now()
	ref, per, problem := ParseHistory(args, now)
	if problem != "" {
		return problem, nil
	}
	unit, problem, err := d.unitOn(ctx, ref, per.End)
	if err != nil || problem != "" {
		return problem, err
	}
	subs, recorded, err := d.data.UnitHistory(ctx, unit.ID, per.Start, per.End)
	if err != nil {
		return "", fmt.Errorf("admin: history: %w", err)
	}
	if len(subs) == 0 && len(recorded) == 0 {
		return fmt.Sprintf(msgHistoryNone, unit.Name, unit.Code, per.Label), nil
	}
	loc := now.Location()
	when := func(t time.Time) string { return t.In(loc).Format("02/01/2006 15:04") }
	n := vi.NewNumbers()
	var b strings.Builder
	fmt.Fprintf(&b, msgHistoryHead, unit.Name, unit.Code, per.Label)
	form := ""
	for i, s := range subs {
		if s.FormCode+s.PeriodStart != form {
			form = s.FormCode + s.PeriodStart
			fmt.Fprintf(&b, "\n"+msgHistoryForm, s.FormName, s.PeriodLabel)
		}
		by := s.SubmittedBy
		if by == "" {
			by = msgHistoryNobody
		} else if s.SubmitterRole != "" {
			by += " (" + RoleName(s.SubmitterRole) + ")"
		}
		var vals []string
		for _, v := range s.Values {
			vals = append(vals, v.Code+"="+n.Num(v.Value))
		}
		fmt.Fprintf(&b, "\n• %s, %s, %s: %s", when(s.SubmittedAt), by, viaName(s.Via), strings.Join(vals, ", "))
		switch {
		case s.SupersededAt.Valid:
			fmt.Fprintf(&b, " — "+msgHistorySuperseded, when(s.SupersededAt.Time))
		case i > 0 && subs[i-1].FormCode == s.FormCode && subs[i-1].PeriodStart == s.PeriodStart:
			b.WriteString(" — " + msgHistoryCurrentCorrection)
		default:
			b.WriteString(" — " + msgHistoryCurrent)
		}
	}
	if len(recorded) > 0 {
		b.WriteString("\n" + msgHistoryDocuments)
		for i, v := range recorded {
			if i == maxRecordedInHistory {
				fmt.Fprintf(&b, "\n"+msgHistoryMore, len(recorded)-i)
				break
			}
			by := v.RecordedBy
			if by == "" {
				by = msgHistoryCommandLine
			}
			fmt.Fprintf(&b, "\n• %s (%s) %s: %s", v.IndicatorName, v.IndicatorCode, v.PeriodLabel, n.Num(v.Value))
			if v.SourceCode != "" {
				fmt.Fprintf(&b, ", "+msgHistorySource, v.SourceCode)
			}
			fmt.Fprintf(&b, "; "+msgHistoryRecorded, when(v.RecordedAt), by)
			if v.SupersededAt.Valid {
				fmt.Fprintf(&b, " — "+msgHistorySuperseded, when(v.SupersededAt.Time))
			}
		}
	}
	return b.String(), nil
}

// viaName is the channel a submission came through, in words.
func viaName(via string) string {
	switch via {
	case "telegram", "zalo", "console":
		return fmt.Sprintf(msgHistoryVia, platformName(via))
	}
	return fmt.Sprintf(msgHistoryVia, via)
}
