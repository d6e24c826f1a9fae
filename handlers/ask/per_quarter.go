package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// averagePerQuarter answers "trung bình mỗi quý Can Lộc có bao nhiêu hồ sơ
// trực tuyến (năm 2019)": one unit's flow over the quarters it reported in
// the period asked (every quarter stored when none is), each quarter's
// figure and their mean. ok is false when the question is not that, or
// fewer than two quarters are stored.
func (r *reader) averagePerQuarter(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	if p.Op != "avg" || !hasWord(p.Words, "quy") || len(p.Indicators) != 1 || len(p.Units) != 1 || len(p.Periods) > 1 {
		return Answer{}, false, nil
	}
	ind := r.cat.Indicators[p.Indicators[0]]
	if ind.PeriodAgg != "sum" {
		return Answer{}, false, nil
	}
	per := firstPeriod(p)
	for _, code := range p.Units[0] {
		u, ok := r.cat.Units[code]
		if !ok {
			continue
		}
		pts, err := r.series(ctx, ind, scope{unit: u, level: p.Level})
		if err != nil {
			return Answer{}, true, err
		}
		var quarters []point
		for _, pt := range pts {
			if pt.period.Kind == nlu.PeriodQuarter && (per == nil || per.Kind == nlu.PeriodLatest ||
				per.Start <= pt.period.Start && pt.period.End <= per.End) {
				quarters = append(quarters, pt)
			}
		}
		if len(quarters) < 2 {
			continue
		}
		slices.SortFunc(quarters, func(a, b point) int { return strings.Compare(a.period.Start, b.period.Start) })
		n := vi.NewNumbers()
		items := make([]string, len(quarters))
		sum := 0.0
		var out sentences
		for i, q := range quarters {
			items[i] = q.period.Label + ": " + n.Figure(q.value, ind.Kind, ind.UnitLabel)
			sum += q.value
			out.source(q.citation)
		}
		out.lines = append(out.lines, fmt.Sprintf(msgAveragePerQuarter, vi.Capitalise(ind.Name), scopePhrase(r.cat, scope{unit: u, level: p.Level}, false),
			strings.Join(items, "; "), len(quarters), n.Figure(sum/float64(len(quarters)), ind.Kind, ind.UnitLabel)))
		out.kind = KindFigure
		return out.answer(), true, nil
	}
	return Answer{}, false, nil
}
