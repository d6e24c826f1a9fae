package ask

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// figureSource is what reading figures needs.
type figureSource interface {
	UnitAllValues(ctx context.Context, unitID int64) ([]queries.Value, error)
	SubmittedValues(ctx context.Context, start, end, level string) ([]queries.SubmittedValue, error)
	SubmittedPeriods(ctx context.Context, indicatorCode string) ([]queries.SubmittedPeriod, error)
	IndicatorUnits(ctx context.Context, indicatorID int64) ([]int64, error)
	ValuesVersion(ctx context.Context) (int64, error)
}

// point is one figure of an indicator for a scope and period.
type point struct {
	period   nlu.Period
	value    float64
	outOf    sql.NullFloat64
	note     string
	citation string
	perUnit  bool
	num, den float64 // the parts of a ratio computed from submissions
	ratio    bool
	reported int // units whose submissions were summed, for an aggregate
}

// scope is what a figure is about: a unit, or every unit of a level under it.
type scope struct {
	unit  queries.Unit
	level string
}

func (p point) stock() bool { return p.period.Kind == nlu.PeriodAsOf }

// series lists an indicator's current figures for a scope, newest first;
// a ratio indicator also gets the figures its parts make.
func (r *reader) series(ctx context.Context, ind queries.Indicator, sc scope) ([]point, error) {
	c := r.cat
	vals, err := r.unitValues(ctx, ind.ID, sc.unit.ID)
	if err != nil {
		return nil, err
	}
	var out []point
	for _, v := range vals {
		if v.Level != sc.level {
			continue
		}
		out = append(out, pointOf(v, sc.unit))
	}
	if ind.NumeratorCode != "" && ind.DenominatorCode != "" {
		num, ok1 := c.Indicators[ind.NumeratorCode]
		den, ok2 := c.Indicators[ind.DenominatorCode]
		if ok1 && ok2 {
			nums, err := r.series(ctx, num, sc)
			if err != nil {
				return nil, err
			}
			dens, err := r.series(ctx, den, sc)
			if err != nil {
				return nil, err
			}
			for _, n := range nums {
				if has(out, n.period) {
					continue
				}
				for _, d := range dens {
					if samePeriod(n.period, d.period) && d.value > 0 {
						out = append(out, point{period: n.period, value: 100 * n.value / d.value, num: n.value, den: d.value,
							ratio: true, citation: n.citation})
					}
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].period.End > out[j].period.End })
	return out, nil
}

func pointOf(v queries.Value, u queries.Unit) point {
	p := point{
		period:  nlu.Period{Kind: nlu.PeriodKind(v.PeriodKind), Start: v.PeriodStart, End: v.PeriodEnd, Label: v.PeriodLabel},
		value:   v.Value,
		outOf:   v.OutOf,
		note:    v.Note,
		perUnit: v.PerUnit,
	}
	if v.SubmissionID.Valid {
		by := ""
		if v.SubmittedBy != "" {
			by = fmt.Sprintf(msgSubmittedBy, v.SubmittedBy)
		}
		p.citation = fmt.Sprintf(msgSourceSubmission, u.Name, v.SubmittedAt.Time.Format("02/01/2006"), by)
	} else {
		p.citation = sourceCitation(v.SourceCode, v.SourceIssuedOn)
	}
	return p
}

func samePeriod(a, b nlu.Period) bool {
	return a.Kind == b.Kind && a.Start == b.Start && a.End == b.End
}

// overlapping reports whether two periods with both ends share a day.
func overlapping(a, b nlu.Period) bool {
	return a.Start != "" && b.Start != "" && a.Start <= b.End && b.Start <= a.End
}

func has(points []point, p nlu.Period) bool {
	for _, x := range points {
		if samePeriod(x.period, p) {
			return true
		}
	}
	return false
}

// pick finds the figure for the period asked (nil or latest: the newest).
// An as-of figure of a stock answers any period it falls in; quarterly
// figures of a flow add up to a longer period they tile exactly.
func pick(points []point, want *nlu.Period, ind queries.Indicator) (point, bool) {
	if len(points) == 0 {
		return point{}, false
	}
	if want == nil || want.Kind == nlu.PeriodLatest {
		return points[0], true
	}
	for _, p := range points {
		if samePeriod(p.period, *want) {
			return p, true
		}
	}
	for _, p := range points {
		if want.Kind == nlu.PeriodAsOf && p.period.End == want.End {
			return p, true
		}
	}
	if ind.PeriodAgg != "sum" && ind.PeriodAgg != "ratio" {
		for _, p := range points {
			if p.stock() && want.Start <= p.period.End && p.period.End <= want.End && (want.Kind != nlu.PeriodAsOf || closeBefore(p.period.End, want.End)) {
				return p, true
			}
		}
	}
	return tile(points, want, ind)
}

// closeBefore: a stock counted on day d still stands for "đến hết" a day
// at most a month later ("đến hết tháng 6/2019" from 10/06/2019), not for
// one further away ("đến cuối năm 2020"), which gets the nearest, named.
func closeBefore(d, end string) bool {
	a, err1 := time.Parse("2006-01-02", d)
	b, err2 := time.Parse("2006-01-02", end)
	return err1 == nil && err2 == nil && b.Sub(a) <= 31*24*time.Hour
}

// tile adds up quarterly figures that exactly cover the period asked.
func tile(points []point, want *nlu.Period, ind queries.Indicator) (point, bool) {
	if want.Start == "" || (ind.PeriodAgg != "sum" && ind.PeriodAgg != "ratio") {
		return point{}, false
	}
	var parts []point
	for _, p := range points {
		if p.period.Kind == nlu.PeriodQuarter && p.period.Start >= want.Start && p.period.End <= want.End {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return chain(points, want, ind)
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].period.Start < parts[j].period.Start })
	last := parts[len(parts)-1].period
	// "từ đầu năm đến nay" in July: the quarters ended so far, when the
	// days after them are of a quarter not yet ended, so not yet reported.
	soFar := last.End < want.End && want.End < quarterEnd(nextDay(last.End))
	if parts[0].period.Start != want.Start || last.End != want.End && !soFar {
		return point{}, false
	}
	for i := 1; i < len(parts); i++ {
		if nextDay(parts[i-1].period.End) != parts[i].period.Start {
			return point{}, false
		}
	}
	// (Each quarter's report is a source.)
	var cites []string
	for _, p := range parts {
		if !slices.Contains(cites, p.citation) {
			cites = append(cites, p.citation)
		}
	}
	out := point{period: *want, citation: strings.Join(cites, " ")}
	if soFar {
		out.period = nlu.Period{Kind: nlu.PeriodRange, Start: want.Start, End: last.End,
			Label: fmt.Sprintf(msgQuartersSoFar, parts[0].period.Label, last.Label)}
	}
	for _, p := range parts {
		out.value += p.value
		out.num += p.num
		out.den += p.den
	}
	if ind.PeriodAgg == "ratio" {
		if out.den == 0 {
			return point{}, false
		}
		out.value, out.ratio = 100*out.num/out.den, true
	}
	return out, true
}

// chain adds up stated figures of a flow whose periods follow one another
// and exactly cover the span asked ("từ đầu năm 2018 đến hết tháng 5/2019":
// năm 2018 and 5 tháng đầu năm 2019), each part named in the note.
func chain(points []point, want *nlu.Period, ind queries.Indicator) (point, bool) {
	if ind.PeriodAgg != "sum" || want.End == "" {
		return point{}, false
	}
	var parts []point
	for at := want.Start; at <= want.End; {
		best := -1
		for i, p := range points {
			if p.stock() || p.period.Start != at || p.period.End > want.End {
				continue
			}
			if best < 0 || p.period.End > points[best].period.End {
				best = i
			}
		}
		if best < 0 {
			return point{}, false
		}
		parts = append(parts, points[best])
		if points[best].period.End == want.End {
			break
		}
		at = nextDay(points[best].period.End)
	}
	if len(parts) < 2 {
		return point{}, false
	}
	n := vi.NewNumbers()
	out := point{period: *want, citation: parts[0].citation}
	var named []string
	for _, p := range parts {
		out.value += p.value
		named = append(named, p.period.Label+": "+n.Num(p.value))
	}
	out.note = strings.Join(named, "; ")
	return out, true
}

// nearest names the period with data closest to the one asked.
func nearest(points []point, want *nlu.Period) string {
	best, bestDist := "", 0
	for _, p := range points {
		d := dayDistance(p.period.End, want.End)
		if best == "" || d < bestDist {
			best, bestDist = p.period.Label, d
		}
	}
	return best
}

// aggregate sums the submitted figures of a period over the units of a
// level ("" for all), with how many of the required units reported.
func (r *reader) aggregate(ctx context.Context, ind queries.Indicator, level string, per nlu.Period) (point, bool, error) {
	c := r.cat
	rows, err := r.submittedValues(ctx, per.Start, per.End, level)
	if err != nil {
		return point{}, false, err
	}
	byUnit := map[int64]map[string]float64{}
	for _, r := range rows {
		if byUnit[r.UnitID] == nil {
			byUnit[r.UnitID] = map[string]float64{}
		}
		byUnit[r.UnitID][r.IndicatorCode] = r.Value
	}
	out := point{period: per}
	reported := 0
	for _, vals := range byUnit {
		if ind.NumeratorCode != "" {
			n, ok1 := vals[ind.NumeratorCode]
			d, ok2 := vals[ind.DenominatorCode]
			if ok1 && ok2 {
				out.num += n
				out.den += d
				reported++
			}
			continue
		}
		if v, ok := vals[ind.Code]; ok {
			out.value += v
			reported++
		}
	}
	if reported == 0 {
		return point{}, false, nil
	}
	if ind.NumeratorCode != "" {
		if out.den == 0 {
			return point{}, false, nil
		}
		out.value, out.ratio = 100*out.num/out.den, true
	}
	out.reported = reported
	out.citation = fmt.Sprintf(msgSourceAggregate, reported, c.RequiredCount(ind.Code, level, per.End), c.LevelPhrase(level), per.Label)
	return out, true, nil
}

// latestSubmitted is the newest period with submissions of an indicator.
func (r *reader) latestSubmitted(ctx context.Context, ind queries.Indicator) (nlu.Period, bool, error) {
	code := ind.Code
	if ind.NumeratorCode != "" {
		code = ind.NumeratorCode
	}
	ps, err := r.submittedPeriods(ctx, code)
	if err != nil || len(ps) == 0 {
		return nlu.Period{}, false, err
	}
	return nlu.Period{Kind: nlu.PeriodKind(ps[0].Kind), Start: ps[0].Start, End: ps[0].End, Label: ps[0].Label}, true, nil
}

// levelPhrase names the units of a level: "cấp huyện", "sở, ban, ngành cấp tỉnh".
func levelPhrase(c *catalog.Catalog, level string) string {
	if level == "" {
		return "phải báo cáo"
	}
	if l, ok := c.Levels[level]; ok {
		return l.Name
	}
	return level
}

// scopePhrase says what a figure is about: "toàn tỉnh", "của Huyện Can Lộc",
// "của mỗi đơn vị cấp xã".
func scopePhrase(c *catalog.Catalog, sc scope, perUnit bool) string {
	switch {
	case sc.level != "" && perUnit:
		return "của mỗi đơn vị " + c.LevelPhrase(sc.level)
	case sc.level == "agency":
		return "của các " + c.LevelPhrase(sc.level)
	case sc.level != "":
		return c.LevelPhrase(sc.level)
	case sc.unit.Level == "province":
		return "toàn tỉnh"
	}
	return "của " + sc.unit.Name
}

// mentionsUnit reports whether a note names the unit ("tại UBND huyện Lộc Hà").
func mentionsUnit(note string, u queries.Unit) bool {
	return note != "" && strings.Contains(nlu.Fold(note), nlu.Fold(u.ShortName))
}

// quarterEnd is the last day of the quarter a day falls in, or "".
func quarterEnd(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return ""
	}
	return nlu.QuarterOf(t).End
}

func nextDay(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, 1).Format("2006-01-02")
}

func dayDistance(a, b string) int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}
