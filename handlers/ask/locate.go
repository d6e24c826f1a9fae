package ask

import (
	"context"
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// locate finds the figure of an indicator for a unit mention. Several
// candidate units (a bare "Kỳ Anh") resolve to the one with data; when more
// than one has data, they are returned to ask back.
func (r *reader) locate(ctx context.Context, ind queries.Indicator, mention []string, level string, per *nlu.Period) (lookup, []queries.Unit, error) {
	mention, gone := existing(r.cat, mention, per)
	if len(mention) == 0 {
		// Every unit the name means ended before, or began after, the
		// period asked: say so, and name who took over.
		return lookup{gone: gone}, nil, nil
	}
	l, ask, err := r.locateExisting(ctx, ind, mention, level, per)
	if l.sc.unit.ID != 0 {
		// An old name of the unit that took over ("Sở Thông tin và Truyền
		// thông" for 2025): the answer says what became of it. A name both
		// carry ("Can Lộc") needs no word.
		for _, g := range gone {
			if slices.Contains(r.cat.Successors[g.ID], l.sc.unit.ID) && g.ShortName != l.sc.unit.ShortName {
				l.formerly = append(l.formerly, g)
			}
		}
	}
	return l, ask, err
}

// locateExisting is locate among the units that existed in the period.
func (r *reader) locateExisting(ctx context.Context, ind queries.Indicator, mention []string, level string, per *nlu.Period) (lookup, []queries.Unit, error) {
	c := r.cat
	var hits, near []lookup
	var first lookup
	var readings []queries.Unit
	for i, code := range mention {
		u, ok := c.Units[code]
		if !ok {
			continue
		}
		readings = append(readings, u)
		lv := level
		if u.Level == "sector" {
			// "phần Điện lực trong 181 DVC của ngành dọc": a vertical
			// sector has no units of a level under it; the level beside it
			// asks nothing more of it, or is a figure of its own. (A
			// district beside "các huyện" is set against them.)
			lv = ""
		}
		l, err := r.lookupScope(ctx, ind, scope{unit: u, level: lv}, per)
		if err != nil {
			return lookup{}, nil, err
		}
		if i == 0 {
			first = l
		}
		switch {
		case l.found && l.nearest:
			near = append(near, l)
		case l.found:
			hits = append(hits, l)
		}
	}
	if len(hits) == 0 {
		hits = near
	}
	switch {
	case len(hits) == 1:
		// Only one reading of the name has the figure: answer it, and say
		// which reading it is when the name has others.
		hits[0].others = without(readings, hits[0].sc.unit)
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
	first.others = without(readings, first.sc.unit)
	if first.sc.unit.Level == "province" && level != "" {
		// "… của 750 TTHC cấp tỉnh, huyện, xã", "tỷ lệ cấp xã được đào
		// tạo": words of levels that describe the figure, not split it.
		return r.levelAsWords(ctx, ind, first, per)
	}
	l, err := r.provinceFallback(ctx, ind, first.sc, per)
	if err != nil || l.found {
		return l, nil, err
	}
	first.provinceOnly = l.provinceOnly
	return first, nil, nil
}

// lookupScope finds the figure for one scope and period; when the period
// has none, the nearest stored one: a part of it ("5 tháng đầu năm 2019"
// for "năm 2019") or, failing that, the latest before it, marked nearest
// so the reply names the period it gives.
func (r *reader) lookupScope(ctx context.Context, ind queries.Indicator, sc scope, per *nlu.Period) (lookup, error) {
	l, err := r.lookupExact(ctx, ind, sc, per)
	if err != nil || l.found || per == nil || per.Kind == nlu.PeriodLatest {
		return l, err
	}
	if pt, ok := nearestPoint(l.points, *per); ok {
		l.pt, l.found, l.nearest = pt, true, true
		return l, nil
	}
	if r.laterNearest {
		if pt, ok := firstAfter(l.points, *per); ok {
			l.pt, l.found, l.nearest = pt, true, true
			return l, nil
		}
	}
	if sc.unit.Level == "province" && per.Kind == nlu.PeriodQuarter {
		// The latest quarter the units reported before the one asked.
		latest, ok, err := r.latestSubmitted(ctx, ind)
		if err != nil || !ok || latest.End >= per.Start {
			return l, err
		}
		pt, ok, err := r.aggregate(ctx, ind, sc.level, latest)
		if err != nil || !ok {
			return l, err
		}
		l.pt, l.found, l.nearest = pt, true, true
	}
	return l, nil
}

// lookupExact finds the figure for one scope: a stored or submitted value,
// or, for the province or a level, the sum of the units' submissions.
func (r *reader) lookupExact(ctx context.Context, ind queries.Indicator, sc scope, per *nlu.Period) (lookup, error) {
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
			l := lookup{sc: scope{unit: prov, level: level}, pt: pt, found: true}
			if len(nlu.Understand(c.Vocab, pt.note, r.now).Units) > 1 {
				l.sharedOf = sc.unit
			}
			return l, nil
		}
	}
	if sc.level == "" && sc.unit.Level != "" && sc.unit.Level != "province" {
		// "35 DVC mức độ 3 của mỗi đơn vị cấp xã": a figure stated for
		// each unit of a level holds for every one of them.
		pts, err := r.series(ctx, ind, scope{unit: prov, level: sc.unit.Level})
		if err != nil {
			return lookup{}, err
		}
		var each []point
		for _, pt := range pts {
			if pt.perUnit {
				each = append(each, pt)
			}
		}
		if pt, ok := pick(each, per, ind); ok {
			return lookup{sc: scope{unit: prov, level: sc.unit.Level}, pt: pt, found: true, eachOf: sc.unit}, nil
		}
	}
	if c.Reported[ind.Code] {
		// Units report this figure themselves: one that has not has no figure.
		return lookup{}, nil
	}
	units, err := r.indicatorUnits(ctx, ind.ID)
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
	if only.ID != prov.ID && (sc.unit.Level == "district" || sc.unit.Level == "agency") {
		// Another district's or body's figure ("22 xã" of Can Lộc) asked of
		// Hương Khê: not Hương Khê's, whatever else the report states.
		return lookup{}, nil
	}
	if only.ID == prov.ID && (sc.unit.Level == "district" || sc.unit.Level == "commune") {
		// A province-wide figure (the PCI, the classes of a quarter) asked
		// of a district, a town, the city or a commune: not theirs. (A
		// provincial body's name still leads to the province's figure.)
		return lookup{provinceOnly: true}, nil
	}
	level := ""
	if only.ID == prov.ID {
		level = sc.level
	}
	return r.lookupScope(ctx, ind, scope{unit: only, level: level}, per)
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
	if err == nil && !wide.found && len(wide.points) == 0 {
		// Nothing province-wide either: the reply says the level asked
		// has none ("… cấp huyện"), not the province.
		return l, nil, nil
	}
	return wide, nil, err
}

// without is the units other than u.
func without(units []queries.Unit, u queries.Unit) []queries.Unit {
	var out []queries.Unit
	for _, x := range units {
		if x.ID != u.ID {
			out = append(out, x)
		}
	}
	return out
}

// nearestPoint is the stored figure nearest to a period that has none: the
// latest part of it, or else, for a month, the shortest stored period
// that holds it (its quarter), or else the latest before it.
func nearestPoint(points []point, want nlu.Period) (point, bool) {
	var sub, holder, before *point
	for i, p := range points {
		start := p.period.Start
		if start == "" {
			start = p.period.End
		}
		switch {
		case p.period.Kind == nlu.PeriodLatest:
		case want.Start != "" && start >= want.Start && p.period.End <= want.End:
			if sub == nil || p.period.End > sub.period.End {
				sub = &points[i]
			}
		case holds(p.period, want):
			if holder == nil || p.period.Start > holder.period.Start {
				holder = &points[i]
			}
		case p.period.End < firstDay(want):
			if before == nil || p.period.End > before.period.End {
				before = &points[i]
			}
		}
	}
	for _, p := range []*point{sub, holder, before} {
		if p != nil {
			return *p, true
		}
	}
	return point{}, false
}

// holds: the stored period is a span that holds the month asked ("tháng
// 5": quý 2).
func holds(stored, want nlu.Period) bool {
	return want.Kind == nlu.PeriodMonth && stored.Start != "" && stored.Start <= want.Start && want.End <= stored.End
}

// firstDay is the first day a period covers (its date, for an as-of).
func firstDay(p nlu.Period) string {
	if p.Start != "" {
		return p.Start
	}
	return p.End
}

// existing keeps, of the units a name means, those that existed during
// the period asked (all of them when no period is asked); gone are the
// others.
func existing(c *catalog.Catalog, mention []string, per *nlu.Period) (kept []string, gone []queries.Unit) {
	if per == nil || per.Kind == nlu.PeriodLatest {
		return mention, nil
	}
	for _, key := range mention {
		u, ok := c.Units[key]
		switch {
		case !ok:
		case existsDuring(u, *per):
			kept = append(kept, key)
		default:
			gone = append(gone, u)
		}
	}
	return kept, gone
}

// existsDuring: the unit existed on some day of the period.
func existsDuring(u queries.Unit, per nlu.Period) bool {
	return u.ValidFrom <= per.End && (u.ValidTo == "" || u.ValidTo >= firstDay(per))
}

// firstAfter is the earliest stored period that starts after want ends.
func firstAfter(points []point, want nlu.Period) (point, bool) {
	var after *point
	start := func(p point) string {
		if p.period.Start == "" {
			return p.period.End // a day's figure ("đến ngày 10/06/2019")
		}
		return p.period.Start
	}
	for i, p := range points {
		if p.period.Kind != nlu.PeriodLatest && start(p) > want.End && (after == nil || start(p) < start(*after)) {
			after = &points[i]
		}
	}
	if after == nil {
		return point{}, false
	}
	return *after, true
}
