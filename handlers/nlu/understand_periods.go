package nlu

// The periods a question names, found in one pass.

import (
	"slices"
	"time"
)

// periods finds every period named, in order, in one pass; invalid says
// why the first span written like a period cannot be one ("quý 9/2019":
// "quý phải từ 1 đến 4"), if any.
func (q *question) periods(ref time.Time) (out []Period, invalid string, bad [2]int) {
	ps := periodParser{toks: q.tokens, ref: ref}
	for i := 0; i < len(q.tokens); {
		r := ps.parseAt(i)
		switch {
		case r.st == stOK && r.n > 0:
			if !slices.ContainsFunc(out, func(o Period) bool { return o.Kind == r.p.Kind && o.Start == r.p.Start && o.End == r.p.End }) {
				// "Lộc Hà quý 1 so với Thạch Hà quý 1": one period, named twice.
				out = append(out, r.p)
			}
			if r.p.Kind == PeriodQuarter || r.p.Kind == PeriodMonth {
				named := r.p
				ps.named = &named
			}
			for k := i; k < i+r.n; k++ {
				q.taken[k] = true
			}
			i += r.n
		case r.st != stNone && r.n > 0:
			if why, ok := invalidReasons[r.st]; ok && invalid == "" {
				invalid, bad = why, [2]int{i, i + r.n}
			}
			if r.st == stDocDate {
				q.take(span{i, i + r.n})
			}
			i += r.n
		default:
			i++
		}
	}
	return out, invalid, bad
}

// periodMask marks the tokens that belong to periods.
func (q *question) periodMask() []bool {
	return append([]bool(nil), q.periodTaken...)
}

func (q *question) onlyGreeting() bool {
	rest := 0
	greeted := q.any(greetings)
	for i, tok := range q.tokens {
		if !q.taken[i] && !fillers[tok] {
			rest++
		}
	}
	return rest == 0 && greeted
}
