package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// crossCompare answers two units in two periods set against each other:
// each unit's figure in its own period, and the difference.
func (r *reader) crossCompare(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	if len(p.Indicators) != 1 || len(p.Units) != 2 || len(p.UnitSpans) != 2 || len(p.Periods) != 2 {
		return Answer{}, false, nil
	}
	pers, ok := r.periodOfEachUnit(p)
	if !ok {
		return Answer{}, false, nil
	}
	c := r.cat
	ind := c.Indicators[p.Indicators[0]]
	n := vi.NewNumbers()
	var out sentences
	var found [2]lookup
	for i, mention := range p.Units {
		per := pers[i]
		l, ask, err := r.locate(ctx, ind, mention, p.Level, &per)
		if err != nil {
			return Answer{}, true, err
		}
		if len(ask) > 0 {
			return askUnit(c, p, i, ask), true, nil
		}
		if !l.found || l.nearest {
			return Answer{}, false, nil
		}
		found[i] = l
		out.figure(l, figureLine(n, c, ind, l, "", &per))
	}
	d := vi.Shown(found[0].pt.value) - vi.Shown(found[1].pt.value)
	a, b := found[0], found[1]
	if d < 0 {
		a, b, d = b, a, -d
	}
	name := func(l lookup) string { return strings.TrimPrefix(scopePhrase(c, l.sc, false), "của ") }
	if d == 0 {
		out.none(fmt.Sprintf(msgCrossSame, name(a), a.pt.period.Label, name(b), b.pt.period.Label))
	} else {
		out.none(fmt.Sprintf(msgCrossDiff, name(a), a.pt.period.Label, name(b), b.pt.period.Label, n.Diff(d, ind.Kind, ind.UnitLabel)))
	}
	return out.answer(), true, nil
}

// periodOfEachUnit pairs each of two units with the one period named
// nearest it ("Can Lộc quý 2 … Thạch Hà quý 1", "quý 1 của Lộc Hà và quý 2
// của Can Lộc"); ok is false unless each has its own.
func (r *reader) periodOfEachUnit(p nlu.Parse) ([2]nlu.Period, bool) {
	var out [2]nlu.Period
	type at struct {
		per      nlu.Period
		from, to int
	}
	var found []at
	for from := 0; from < len(p.Words); {
		per, s, e, ok := nlu.FindPeriod(p.Words[from:], r.now)
		if !ok {
			break
		}
		found = append(found, at{per, from + s, from + e})
		from += max(e, s+1)
	}
	if len(found) != 2 || samePeriod(found[0].per, found[1].per) {
		return out, false
	}
	if !slices.ContainsFunc(p.UnitSpans, func(sp [2]int) bool { return sp[0] >= found[0].to && sp[1] <= found[1].from }) {
		// A unit's name between the two periods, or they are one pair
		// set against each other ("quý 2 so với quý 1 … của thành phố").
		return out, false
	}
	dist := func(a at, sp [2]int) int {
		switch {
		case a.to <= sp[0]:
			return sp[0] - a.to
		case a.from >= sp[1]:
			return a.from - sp[1]
		}
		return 0
	}
	// The pairing of the two with the nearer periods, when it is the
	// nearer by any margin.
	straight := dist(found[0], p.UnitSpans[0]) + dist(found[1], p.UnitSpans[1])
	crossed := dist(found[1], p.UnitSpans[0]) + dist(found[0], p.UnitSpans[1])
	switch {
	case straight < crossed:
		out = [2]nlu.Period{found[0].per, found[1].per}
	case crossed < straight:
		out = [2]nlu.Period{found[1].per, found[0].per}
	default:
		return out, false
	}
	return out, true
}
