package ask

import (
	"context"
	"fmt"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// maxNamesInReply is how many unit names a chat reply lists before it
// points to the full list.
const maxNamesInReply = 12

// reporting answers how many units have sent the quarterly report.
func (r *reader) reporting(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	per := nlu.LastEndedQuarter(r.now)
	if fp := firstPeriod(p); fp != nil && fp.Kind == nlu.PeriodQuarter {
		per = *fp
	}
	status, err := r.data.FormStatus(ctx, c.Form.ID, per.Start)
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
	n := vi.NewNumbers()
	who := c.LevelPhrase(p.Level)
	if total == 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNoDataAtAll, "báo cáo", who)}, nil
	}
	share := n.Num(100*float64(sent)/float64(total)) + "%"
	text := fmt.Sprintf(msgReportingCount, vi.Capitalise(per.Label), sent, total, who, share, total-sent)
	if p.Which && !p.Missing && len(submitted) > 0 {
		text += fmt.Sprintf(msgReportingSent, vi.Join(vi.Limit(submitted, maxNamesInReply, msgReportingMore)))
	} else if p.Missing || p.Level != "" || len(missing) <= maxNamesInReply {
		if len(missing) > 0 {
			text += fmt.Sprintf(msgReportingMissing, vi.Join(vi.Limit(missing, maxNamesInReply, msgReportingMore)))
		}
	}
	return Answer{Kind: KindFigure, Text: text}, nil
}
