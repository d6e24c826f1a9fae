package ask

import (
	"context"
	"fmt"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// targetSource is what progress against targets reads.
type targetSource interface {
	Targets(ctx context.Context, indicatorID, unitID int64) ([]queries.Target, error)
}

// target answers progress against targets and plans: "53%; mục tiêu 100%
// (giai đoạn 2017-2020, Nghị quyết 22/2016/NQ-HĐND): còn thiếu 47 điểm %".
func (r *reader) target(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	n := vi.NewNumbers()
	var lines, sources []string
	found := false
	for _, code := range p.Indicators {
		ind := c.Indicators[code]
		l, ask, err := r.locate(ctx, ind, mentions(p)[0], p.Level, firstPeriod(p))
		if err != nil {
			return Answer{}, err
		}
		if len(ask) > 0 {
			return askUnit(p, 0, ask), nil
		}
		if !l.found {
			lines = append(lines, noData(c, ind, l, firstPeriod(p)))
			continue
		}
		targets, err := r.data.Targets(ctx, ind.ID, l.sc.unit.ID)
		if err != nil {
			return Answer{}, err
		}
		found = true
		line := strings.TrimSuffix(figureLine(n, c, ind, l, p.Measure), ".")
		if len(targets) == 0 {
			lines = append(lines, line+".")
			sources = appendNew(sources, l.pt.citation)
			continue
		}
		var parts []string
		var goal *queries.Target
		for i, t := range targets {
			if t.Kind == "target" && goal == nil {
				goal = &targets[i]
				parts = append(parts, fmt.Sprintf(msgTarget, n.Figure(t.Value, ind.Kind, ind.UnitLabel), t.PeriodLabel, t.SetBy)+": "+gap(n, ind, l.pt.value, t.Value))
			}
		}
		for _, t := range targets {
			if t.Kind != "plan" {
				continue
			}
			plan := fmt.Sprintf(msgPlan, t.PeriodLabel, n.Figure(t.Value, ind.Kind, ind.UnitLabel))
			var vs []string
			if d := t.Value - l.pt.value; d > 0 {
				vs = append(vs, fmt.Sprintf(msgPlanVsNow, n.Diff(d, ind.Kind, ind.UnitLabel)))
			}
			if goal != nil && goal.Value > t.Value {
				vs = append(vs, fmt.Sprintf(msgPlanVsTarget, n.Diff(goal.Value-t.Value, ind.Kind, ind.UnitLabel)))
			}
			if len(vs) > 0 {
				plan += " (" + strings.Join(vs, ", ") + ")"
			}
			parts = append(parts, plan)
		}
		lines = append(lines, line+"; "+strings.Join(parts, "; ")+".")
		sources = appendNew(sources, l.pt.citation)
		sources = appendNew(sources, sourceCitation(targets[0].SourceCode, targets[0].SourceIssuedOn))
	}
	return compose(found, lines, sources), nil
}

// gap says how far a figure is from its target.
func gap(n vi.Numbers, ind queries.Indicator, current, goal float64) string {
	d := goal - current
	if !ind.HigherIsBetter {
		d = -d
	}
	switch {
	case d > 0:
		return fmt.Sprintf(msgTargetShort, n.Diff(d, ind.Kind, ind.UnitLabel))
	case d < 0:
		return fmt.Sprintf(msgTargetOver, n.Diff(d, ind.Kind, ind.UnitLabel))
	}
	return msgTargetMet
}
