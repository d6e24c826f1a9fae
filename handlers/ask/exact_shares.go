package ask

import (
	"context"
	"math"
)

// Figures the reply adds beside the ones found: the exact share of a
// rounded rate, and one figure two names lead to, said once.

// exactShares are, for each rounded rate found ("84% UBND cấp xã"), the
// count of the same topic, place and date stated with its whole ("221/262
// xã"), from which the exact share is computed.
func (r *reader) exactShares(ctx context.Context, found []figureOf) ([]figureOf, error) {
	var out []figureOf
	for _, f := range found {
		if f.ind.Kind != "percent" || f.l.pt.ratio || f.l.pt.value != math.Trunc(f.l.pt.value) {
			continue
		}
		for _, in := range r.cat.Indicators {
			if in.Topic != f.ind.Topic || in.Kind != "count" || in.Code == f.ind.Code {
				continue
			}
			l, _, err := r.locate(ctx, in, []string{f.l.sc.unit.Code}, f.l.sc.level, &f.l.pt.period)
			if err != nil {
				return nil, err
			}
			if l.found && !l.nearest && l.pt.outOf.Valid && l.pt.outOf.Float64 > 0 && samePeriod(l.pt.period, f.l.pt.period) {
				out = append(out, figureOf{in, l})
			}
		}
	}
	return out, nil
}

// sameFigure: two lookups that found the same stored figure.
func sameFigure(a, b lookup) bool {
	return a.sc == b.sc && a.pt.value == b.pt.value && samePeriod(a.pt.period, b.pt.period) && a.pt.note == b.pt.note
}
