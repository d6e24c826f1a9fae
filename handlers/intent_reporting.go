package handlers

import (
	"context"
	"fmt"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// maxNamesInReply is how many unit names a chat reply lists before it
// points to the full list.
const maxNamesInReply = 12

// reporting answers how many units have sent the quarterly report.
func (a *request) reporting(ctx context.Context, c *catalog, p nlu.Parse) (Answer, error) {
	per := nlu.LastEndedQuarter(a.now())
	if fp := firstPeriod(p); fp != nil && fp.Kind == nlu.PeriodQuarter {
		per = *fp
	}
	status, err := a.data.FormStatus(ctx, c.form.ID, per.Start)
	if err != nil {
		return Answer{}, err
	}
	var sent int
	var missing, submitted []string
	total := 0
	for _, s := range status {
		if p.Level != "" && s.Level != p.Level {
			continue
		}
		total++
		if s.SubmissionID.Valid {
			sent++
			submitted = append(submitted, s.UnitName)
		} else {
			missing = append(missing, s.UnitName)
		}
	}
	n := newNumbers()
	who := levelPhrase(c, p.Level)
	if total == 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNoDataAtAll, "báo cáo", who)}, nil
	}
	share := n.num(100*float64(sent)/float64(total)) + "%"
	text := fmt.Sprintf(msgReportingCount, capitalise(per.Label), sent, total, who, share, total-sent)
	if p.Which && !p.Missing && len(submitted) > 0 {
		text += fmt.Sprintf(msgReportingSent, joinVI(limit(submitted, msgReportingMore)))
	} else if p.Missing || p.Level != "" || len(missing) <= maxNamesInReply {
		if len(missing) > 0 {
			text += fmt.Sprintf(msgReportingMissing, joinVI(limit(missing, msgReportingMore)))
		}
	}
	return Answer{Kind: KindFigure, Text: text}, nil
}

// limit shortens a list of names for a chat reply, ending with how many
// more there are and where to see them.
func limit(names []string, more string) []string {
	if len(names) <= maxNamesInReply {
		return names
	}
	return append(names[:maxNamesInReply:maxNamesInReply], fmt.Sprintf(more, len(names)-maxNamesInReply))
}
