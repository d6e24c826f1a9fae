package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// lookup is the outcome of finding one figure.
type lookup struct {
	sc     scope
	pt     point
	found  bool
	points []point // the scope's series, to name the nearest period when not found
}

// value answers "how much/many" for each indicator named.
func (r *reader) value(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	per := firstPeriod(p)
	var lines, sources []string
	found := false
	n := vi.NewNumbers()
	codes := p.Indicators
	if len(codes) == 0 {
		var err error
		if codes, err = r.unitIndicators(ctx, p); err != nil {
			return Answer{}, err
		}
	}
	for _, code := range codes {
		ind := c.Indicators[code]
		var sum float64
		var summed []lookup
		for mi, t := range targets(p) {
			l, ask, err := r.locate(ctx, ind, t.units, t.level, per)
			if err != nil {
				return Answer{}, err
			}
			if len(ask) > 0 {
				return askUnit(p, mi, ask), nil
			}
			if !l.found {
				if len(p.Indicators) > 0 {
					lines = append(lines, noData(c, ind, l, per))
				}
				continue
			}
			found = true
			lines = append(lines, figureLine(n, c, ind, l, p.Measure))
			sources = appendNew(sources, l.pt.citation)
			sum += l.pt.value
			summed = append(summed, l)
		}
		// "Điện lực cộng với ngành Thuế tổng cộng": add up named units.
		if len(summed) > 1 && ind.UnitAgg == "sum" && (hasWord(p.Words, "tong") || hasWord(p.Words, "cong")) && samePeriods(summed) {
			lines = append(lines, fmt.Sprintf(msgSumOfUnits, n.Figure(sum, ind.Kind, ind.UnitLabel)))
		}
	}
	if len(lines) == 0 {
		// "số liệu của X" and X has none for the period.
		lines = append(lines, fmt.Sprintf(msgNoDataAtAll, scopePhrase(c, scope{unit: c.Units[p.Units[0][0]]}, false), periodLabel(per)))
	}
	return compose(found, lines, sources), nil
}

func periodLabel(per *nlu.Period) string {
	if per == nil {
		return ""
	}
	return per.Label
}

// compose joins figure sentences and their distinct sources.
func compose(found bool, lines, sources []string) Answer {
	text := strings.Join(lines, " ")
	if len(sources) > 0 {
		text += " " + strings.Join(sources, " ")
	}
	kind := KindNoData
	if found {
		kind = KindFigure
	}
	return Answer{Kind: kind, Text: text}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func firstPeriod(p nlu.Parse) *nlu.Period {
	if len(p.Periods) == 0 {
		return nil
	}
	return &p.Periods[0]
}

// mentions lists the unit mentions of a question; none means the province.
func mentions(p nlu.Parse) [][]string {
	if len(p.Units) == 0 {
		return [][]string{{nlu.ProvinceCode}}
	}
	return p.Units
}

// target is one scope a question asks about: a unit mention and a level.
type target struct {
	units []string
	level string
}

// targets lists the scopes asked: each unit mention, or, for "cấp huyện,
// cấp xã", the province at each level.
func targets(p nlu.Parse) []target {
	if len(p.Levels) > 1 && len(p.Units) == 0 {
		out := make([]target, len(p.Levels))
		for i, l := range p.Levels {
			out[i] = target{units: []string{nlu.ProvinceCode}, level: l}
		}
		return out
	}
	var out []target
	for _, m := range mentions(p) {
		out = append(out, target{units: m, level: p.Level})
	}
	return out
}

func figureLine(n vi.Numbers, c *catalog.Catalog, ind queries.Indicator, l lookup, measure string) string {
	fig := n.Figure(l.pt.value, ind.Kind, ind.UnitLabel)
	if l.pt.ratio && l.pt.den > 0 {
		fig += fmt.Sprintf(msgOutOf, n.Num(l.pt.num), n.Num(l.pt.den))
	}
	if l.pt.outOf.Valid {
		fig += fmt.Sprintf(msgOutOf, n.Num(l.pt.value), n.Num(l.pt.outOf.Float64))
		if rest := l.pt.outOf.Float64 - l.pt.value; measure == "complement" && rest > 0 {
			fig += fmt.Sprintf(msgRemainder, n.Num(rest))
		}
	}
	if l.pt.note != "" {
		fig += " (" + l.pt.note + ")"
	}
	return fmt.Sprintf(msgFigure, vi.Capitalise(ind.Name), scopePhrase(c, l.sc, l.pt.perUnit), l.pt.period.Label, fig) + "."
}

func noData(c *catalog.Catalog, ind queries.Indicator, l lookup, per *nlu.Period) string {
	if per == nil {
		return fmt.Sprintf(msgNoDataAtAll, ind.Name, scopePhrase(c, l.sc, false))
	}
	if len(l.points) == 0 {
		return fmt.Sprintf(msgNoData, ind.Name, scopePhrase(c, l.sc, false), per.Label) + msgNoPeriodAtAll
	}
	text := fmt.Sprintf(msgNoData, ind.Name, scopePhrase(c, l.sc, false), per.Label)
	if near := nearest(l.points, per); near != "" {
		text += fmt.Sprintf(msgNearest, near)
	}
	return text
}

// askUnit asks which of several units with data the question is about.
func askUnit(p nlu.Parse, mention int, units []queries.Unit) Answer {
	names := make([]string, len(units))
	opts := make([]Option, len(units))
	for i, u := range units {
		names[i] = fmt.Sprintf("%d. %s", i+1, u.Name)
		opts[i] = Option{Label: u.Name, Query: replaceSpan(p, mention, u.Name)}
	}
	return Answer{Kind: KindAsk, Text: fmt.Sprintf(msgAskUnit, strings.Join(names, "; ")), Options: opts}
}

// replaceSpan rewrites the question with one unit mention replaced.
func replaceSpan(p nlu.Parse, mention int, name string) string {
	if mention >= len(p.UnitSpans) {
		return strings.Join(p.Words, " ") + " " + name
	}
	sp := p.UnitSpans[mention]
	words := append(append(append([]string{}, p.Words[:sp[0]]...), name), p.Words[sp[1]:]...)
	return strings.Join(words, " ")
}

// locate finds the figure of an indicator for a unit mention. Several
// candidate units (a bare "Kỳ Anh") resolve to the one with data; when more
// than one has data, they are returned to ask back.
func (r *reader) locate(ctx context.Context, ind queries.Indicator, mention []string, level string, per *nlu.Period) (lookup, []queries.Unit, error) {
	c := r.cat
	var hits []lookup
	var first lookup
	for i, code := range mention {
		u, ok := c.Units[code]
		if !ok {
			continue
		}
		l, err := r.lookupScope(ctx, ind, scope{unit: u, level: level}, per)
		if err != nil {
			return lookup{}, nil, err
		}
		if i == 0 {
			first = l
		}
		if l.found {
			hits = append(hits, l)
		}
	}
	if len(hits) > 1 && (per == nil || per.Kind != nlu.PeriodQuarter) {
		// A bare "Hà Tĩnh" outside quarterly reports is the province when
		// the report itself has the figure.
		for _, h := range hits {
			if h.sc.unit.Level == "province" && !h.pt.ratio && h.pt.citation != "" && strings.HasPrefix(h.pt.citation, "Nguồn: Báo cáo") {
				return h, nil, nil
			}
		}
	}
	switch {
	case len(hits) == 1:
		return hits[0], nil, nil
	case len(hits) > 1:
		units := make([]queries.Unit, len(hits))
		for i, h := range hits {
			units[i] = h.sc.unit
		}
		return lookup{}, units, nil
	}
	if first.sc.unit.ID == 0 {
		return first, nil, nil
	}
	if first.sc.unit.Level == "province" && level != "" {
		// "… của 750 TTHC cấp tỉnh, huyện, xã", "tỷ lệ cấp xã được đào
		// tạo": words of levels that describe the figure, not split it.
		return r.levelAsWords(ctx, ind, first, per)
	}
	l, err := r.provinceFallback(ctx, ind, first.sc, per)
	if err != nil || l.found {
		return l, nil, err
	}
	return first, nil, nil
}

// lookupScope finds the figure for one scope: a stored or submitted value,
// or, for the province or a level, the sum of the units' submissions.
func (r *reader) lookupScope(ctx context.Context, ind queries.Indicator, sc scope, per *nlu.Period) (lookup, error) {
	pts, err := r.series(ctx, ind, sc)
	if err != nil {
		return lookup{}, err
	}
	l := lookup{sc: sc, points: pts}
	if sc.unit.Level == "province" && per != nil && per.Kind == nlu.PeriodQuarter && !has(pts, *per) {
		// A quarter asked of the province is first the sum of the units'
		// quarterly reports; an as-of figure inside the quarter comes second.
		pt, ok, err := r.aggregate(ctx, ind, sc.level, *per)
		if err != nil || ok {
			l.pt, l.found = pt, ok
			return l, err
		}
	}
	if pt, ok := pick(pts, per, ind); ok {
		l.pt, l.found = pt, true
		return l, nil
	}
	if sc.unit.Level != "province" {
		return l, nil
	}
	var want nlu.Period
	switch {
	case per != nil && per.Kind == nlu.PeriodQuarter:
		want = *per
	case per == nil || per.Kind == nlu.PeriodLatest:
		latest, ok, err := r.latestSubmitted(ctx, ind)
		if err != nil || !ok {
			return l, err
		}
		want = latest
	default:
		return l, nil
	}
	pt, ok, err := r.aggregate(ctx, ind, sc.level, want)
	if err != nil {
		return l, err
	}
	l.pt, l.found = pt, ok
	return l, nil
}

// provinceFallback answers about a unit from a province-wide figure when
// that figure's note names the unit ("02 lớp tại UBND huyện Lộc Hà"), or
// when only the province has figures of this indicator at all.
func (r *reader) provinceFallback(ctx context.Context, ind queries.Indicator, sc scope, per *nlu.Period) (lookup, error) {
	c := r.cat
	prov, ok := c.Units[nlu.ProvinceCode]
	if !ok {
		return lookup{}, nil
	}
	for _, level := range []string{sc.level, ""} {
		pts, err := r.series(ctx, ind, scope{unit: prov, level: level})
		if err != nil {
			return lookup{}, err
		}
		var named []point
		for _, pt := range pts {
			if mentionsUnit(pt.note, sc.unit) {
				named = append(named, pt)
			}
		}
		if pt, ok := pick(named, per, ind); ok {
			return lookup{sc: scope{unit: prov, level: level}, pt: pt, found: true}, nil
		}
	}
	if c.Reported[ind.Code] {
		// Units report this figure themselves: one that has not has no figure.
		return lookup{}, nil
	}
	units, err := r.data.IndicatorUnits(ctx, ind.ID)
	if err != nil {
		return lookup{}, err
	}
	if len(units) != 1 {
		return lookup{}, nil
	}
	// Only one unit has figures of this indicator at all ("video clip trên
	// fanpage" of the Sở TT&TT): the question can only be about those.
	only := c.UnitsByID[units[0]]
	if only.ID == sc.unit.ID {
		return lookup{}, nil
	}
	level := ""
	if only.ID == prov.ID {
		level = sc.level
	}
	return r.lookupScope(ctx, ind, scope{unit: only, level: level}, per)
}

// unitIndicators lists the indicators a named unit has figures of, for
// "số liệu của Can Lộc quý 2/2019".
func (r *reader) unitIndicators(ctx context.Context, p nlu.Parse) ([]string, error) {
	c := r.cat
	u, ok := c.Units[p.Units[0][0]]
	if !ok {
		return nil, nil
	}
	var out []string
	for code, ind := range c.Indicators {
		vals, err := r.unitValues(ctx, ind.ID, u.ID)
		if err != nil {
			return nil, err
		}
		if len(vals) > 0 {
			out = append(out, code)
		}
	}
	sort.Strings(out)
	return out, nil
}

// levelAsWords answers the province-wide figure when the level named has
// never had figures of this indicator and the indicator is not one units
// report (for those a level is a real scope, even without data yet).
func (r *reader) levelAsWords(ctx context.Context, ind queries.Indicator, l lookup, per *nlu.Period) (lookup, []queries.Unit, error) {
	c := r.cat
	if c.Reported[ind.Code] {
		return l, nil, nil
	}
	all, err := r.unitValues(ctx, ind.ID, l.sc.unit.ID)
	if err != nil {
		return l, nil, err
	}
	for _, v := range all {
		if v.Level == l.sc.level {
			return l, nil, nil
		}
	}
	wide, err := r.lookupScope(ctx, ind, scope{unit: l.sc.unit}, per)
	return wide, nil, err
}

func samePeriods(ls []lookup) bool {
	for _, l := range ls[1:] {
		if !samePeriod(l.pt.period, ls[0].pt.period) {
			return false
		}
	}
	return true
}
