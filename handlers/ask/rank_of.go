package ask

import (
	"context"
	"fmt"
	"sort"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// rankOf answers "Can Lộc đứng thứ mấy về hồ sơ trực tuyến quý 2": the
// unit's place among the units of its level that reported the figure.
// ok is false when the question is not one to rank (no single unit, a
// figure units do not report).
func (r *reader) rankOf(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	c := r.cat
	if len(p.Indicators) != 1 || len(p.Units) != 1 || len(p.Units[0]) != 1 {
		return Answer{}, false, nil
	}
	ind := c.Indicators[p.Indicators[0]]
	unit, ok := c.Units[p.Units[0][0]]
	if !ok || !c.Reported[ind.Code] {
		return Answer{}, false, nil
	}
	q := p
	q.Units, q.Level = nil, unit.Level
	per, list, none, err := r.rankedUnits(ctx, q, ind)
	if err != nil || none != nil {
		return deref(none), true, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		if ind.HigherIsBetter {
			return list[i].value > list[j].value
		}
		return list[i].value < list[j].value
	})
	n := vi.NewNumbers()
	for i, e := range list {
		if e.name != unit.Name {
			continue
		}
		return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgRankOf, unit.Name, i+1, len(list), c.LevelPhrase(unit.Level),
			ind.Name, per.Label, n.Figure(e.value, ind.Kind, ind.UnitLabel))}, true, nil
	}
	return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankOfNotReported, unit.Name, ind.Name, per.Label)}, true, nil
}
