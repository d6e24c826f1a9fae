package ask

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// target answers progress against targets and plans: "53%; mục tiêu 100%
// (giai đoạn 2017-2020, Nghị quyết 22/2016/NQ-HĐND): đạt 53% mục tiêu,
// còn thiếu 47 điểm %"; then each plan against the figure and the target.
func (r *reader) target(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	n := vi.NewNumbers()
	var out sentences
	per := firstPeriod(p)
	for _, code := range p.Indicators {
		if added, ok := goalOfAdded(c, code, p.Goal); ok {
			// "còn thiếu mấy DVC mức 4 nữa thì đủ 50": 50 is the target
			// of the services added under the resolution, not of all.
			code = added
		}
		ind := c.Indicators[code]
		l, ask, err := r.locate(ctx, ind, mentions(p)[0], p.Level, per)
		if err != nil {
			return Answer{}, err
		}
		if len(ask) > 0 {
			return askUnit(c, p, 0, ask), nil
		}
		if !l.found {
			out.none(noData(c, ind, l, per))
			continue
		}
		targets := targetsOf(c, ind, l)
		line := strings.TrimSuffix(figureLine(n, c, ind, l, p.Measure, per), ".")
		if len(targets) == 0 && p.Goal != nil {
			// "còn thiếu bao nhiêu mới đủ 100%": against the goal the
			// question states, named as such.
			out.figure(l, line+"; "+fmt.Sprintf(msgGoalStated, n.Figure(*p.Goal, ind.Kind, ind.UnitLabel))+": "+reached(n, ind, l.pt.value, *p.Goal, msgGoalAsked)+".")
			continue
		}
		if len(targets) == 0 && ind.Kind == "money" && hasWord(p.Words, "nguon", "bo", "tri") && !hasWord(p.Words, "ke", "hoach") && !hasWord(p.Words, "du", "kien") {
			// "kinh phí đào tạo theo nguồn bố trí": money is what was
			// arranged; the figure is the answer, not a plan it lacks.
			out.figure(l, line+".")
			out.source(l.pt.citation)
			continue
		}
		if len(targets) == 0 {
			// The figure is stored, what it lacks to a target is not: said
			// so, the figure shown, no gap made up.
			out.none(line + ". " + fmt.Sprintf(msgTargetNone, vi.Capitalise(ind.Name)))
			out.source(l.pt.citation)
			continue
		}
		var parts []string
		var goal *queries.Target
		for i, t := range targets {
			if t.Kind == "target" && goal == nil {
				goal = &targets[i]
				part := fmt.Sprintf(msgTarget, n.Figure(t.Value, ind.Kind, ind.UnitLabel), t.PeriodLabel, t.SetBy) + ": " +
					reached(n, ind, l.pt.value, t.Value, msgGoalTarget)
				if p.Op == "ratio" && t.Value > 0 {
					// "gấp mấy lần mục tiêu"
					part += ", " + fmt.Sprintf(msgTimesGoal, n.Num(math.Round(l.pt.value/t.Value*100)/100), msgGoalTarget)
				}
				parts = append(parts, part)
			}
		}
		for _, t := range targets {
			if t.Kind != "plan" {
				continue
			}
			plan := fmt.Sprintf(msgPlan, t.PeriodLabel, n.Figure(t.Value, ind.Kind, ind.UnitLabel))
			var vs []string
			if t.Value > 0 && ind.HigherIsBetter && ind.Kind != "rank" {
				vs = append(vs, fmt.Sprintf(msgReached, n.Num(100*l.pt.value/t.Value), msgGoalPlan))
			}
			if d := vi.Shown(t.Value) - vi.Shown(l.pt.value); d > 0 {
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
		out.figure(l, line+"; "+strings.Join(parts, "; ")+".")
		out.source(sourceCitation(targets[0].SourceCode, targets[0].SourceIssuedOn))
	}
	return out.answer(), nil
}

// targetsOf are the targets and plans set for a figure: of its indicator,
// its unit and its level.
func targetsOf(c *catalog.Catalog, ind queries.Indicator, l lookup) []queries.Target {
	var out []queries.Target
	for _, t := range c.Targets[catalog.TargetKey{IndicatorID: ind.ID, UnitID: l.sc.unit.ID}] {
		if t.Level == l.sc.level {
			out = append(out, t)
		}
	}
	return out
}

// goalOfAdded is the count added to code whose stored target is the goal
// the question states, when code itself has no target.
func goalOfAdded(c *catalog.Catalog, code string, goal *float64) (string, bool) {
	added, ok := c.Indicators[code+addedSuffix]
	if goal == nil || !ok {
		return "", false
	}
	hasTarget := func(id int64, value *float64) bool {
		for key, ts := range c.Targets {
			for _, t := range ts {
				if key.IndicatorID == id && (value == nil || t.Value == *value) {
					return true
				}
			}
		}
		return false
	}
	if hasTarget(c.Indicators[code].ID, nil) || !hasTarget(added.ID, goal) {
		return "", false
	}
	return added.Code, true
}

// progress is what a figure makes of its target (or, without one, of its
// plan), for answers that state the figure: " So với mục tiêu 100%
// (giai đoạn 2017-2020): đạt 53% mục tiêu, còn thiếu 47 điểm %."
func (r *reader) progress(n vi.Numbers, ind queries.Indicator, l lookup) string {
	targets := targetsOf(r.cat, ind, l)
	var goal *queries.Target
	for i, t := range targets {
		if goal == nil || goal.Kind != "target" && t.Kind == "target" {
			goal = &targets[i]
		}
	}
	if goal == nil {
		return ""
	}
	word := msgGoalTarget
	if goal.Kind == "plan" {
		word = msgGoalPlan
	}
	return " " + fmt.Sprintf(msgProgress, word, n.Figure(goal.Value, ind.Kind, ind.UnitLabel), goal.PeriodLabel, reached(n, ind, l.pt.value, goal.Value, word))
}

// reached says how much of a target a figure makes and what is left:
// "đạt 53% mục tiêu, còn thiếu 47 điểm %".
func reached(n vi.Numbers, ind queries.Indicator, current, goal float64, word string) string {
	g := gap(n, ind, current, goal, word)
	if goal <= 0 || !ind.HigherIsBetter || ind.Kind == "rank" {
		return g
	}
	return fmt.Sprintf(msgReached, n.Num(100*current/goal), word) + ", " + g
}

// gap says how far a figure is from its goal ("mục tiêu" or "kế hoạch").
func gap(n vi.Numbers, ind queries.Indicator, current, goal float64, word string) string {
	d := vi.Shown(goal) - vi.Shown(current)
	if !ind.HigherIsBetter {
		d = -d
	}
	switch {
	case d > 0:
		return fmt.Sprintf(msgTargetShort, n.Diff(d, ind.Kind, ind.UnitLabel), word)
	case d < 0:
		return fmt.Sprintf(msgTargetOver, word, n.Diff(d, ind.Kind, ind.UnitLabel))
	}
	return fmt.Sprintf(msgTargetMet, word)
}
