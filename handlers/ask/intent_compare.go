package ask

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// compare answers a figure in two periods and the change between them.
func (r *reader) compare(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if p.Op == "rankof" && len(p.Indicators) == 1 {
		// "Can Lộc quý 2 thăng hạng hay tụt hạng so với quý 1", "Thạch Hà
		// xếp hạng mấy quý 1 so với các huyện khác": its places, not a
		// change of its figure.
		if ans, ok, err := r.rankOf(ctx, p); ok || err != nil {
			return ans, err
		}
	}
	first := p.Periods[0]
	var second nlu.Period
	if len(p.Periods) > 1 {
		second = p.Periods[1]
	} else if a, b, ok := rangeEnds(first); ok {
		// "tăng bao nhiêu từ quý 1 đến quý 2/2019": the change from the
		// range's first quarter (or year) to its last.
		first, second = a, b
	} else if nlu.PeriodIsBase(p.Words) {
		// "tăng bao nhiêu bậc so với 2017": 2017 is what the change is
		// counted from, the figure the one after it.
		second = shiftPeriod(first, 1)
	} else {
		second = shiftPeriod(first, -1)
	}
	older, newer := first, second
	if newer.End < older.End {
		older, newer = newer, older
	}
	if ans, ok, err := r.compareRest(ctx, p, older, newer); err != nil || ok {
		return ans, err
	}
	n := vi.NewNumbers()
	var out sentences
	compared := 0
	// "Khối TP Hà Tĩnh, TX Hồng Lĩnh, TX Kỳ Anh … có thêm bao nhiêu",
	// "hai huyện … tỷ lệ chung … tăng bao nhiêu điểm": the units taken
	// together, each period, and their change.
	group := len(mentions(p)) >= 2 && (asksTogether(p.Words) || hasWord(p.Words, "khoi") || nlu.CountsOf(p.Words, len(mentions(p))))
	for _, code := range p.Indicators {
		ind := c.Indicators[code]
		var pairs [][2]lookup // each unit's two figures, for a change of them together
		for mi, mention := range mentions(p) {
			ind := ind
			if base, ok := baseOfIncrease(c, ind); ok {
				// "Hương Khê quý 2 có thêm mấy DVC mức 4 so với quý 1": the
				// change of the unit's count, not the programme's "added"
				// figure, which the unit has not.
				has, err := r.hasSeries(ctx, ind, mention, p.Level)
				if err != nil {
					return Answer{}, err
				}
				if !has {
					ind = base
				}
			}
			l0, ask, err := r.locate(ctx, ind, mention, p.Level, &older)
			if err != nil {
				return Answer{}, err
			}
			if len(ask) > 0 {
				return askUnit(c, p, mi, ask), nil
			}
			l1, ask, err := r.locate(ctx, ind, mention, p.Level, &newer)
			if err != nil {
				return Answer{}, err
			}
			if len(ask) > 0 {
				return askUnit(c, p, mi, ask), nil
			}
			if l0.found && l1.found && (samePeriod(l0.pt.period, l1.pt.period) ||
				(l0.nearest || l1.nearest) && overlapping(l0.pt.period, l1.pt.period)) {
				// Both periods fell back to the same nearest figure, or one
				// to a part of the other ("quý 2" against "5 tháng đầu
				// năm" for "quý 3"): nothing to compare. The period that
				// fell back is the one missing.
				if l1.nearest && !l0.nearest {
					l1.found = false
				} else {
					l0.found = false
				}
			}
			switch {
			case l0.found && l1.found:
				compared++
				pairs = append(pairs, [2]lookup{l0, l1})
				out.figure(l0, nearestNote(l0, &older)+nearestNote(l1, &newer)+compareLine(n, c, ind, l0, l1))
				out.also(l1)
				if line := periodsArithmetic(n, p, ind, l0, l1); line != "" && !group {
					out.none(line)
				}
				if line := relativeChange(n, p, ind, l0, l1); line != "" {
					out.none(line)
				}
			case l0.found || l1.found:
				got, missing := l0, newer
				if l1.found {
					got, missing = l1, older
				}
				if changeFrom(got.pt.note, missing) {
					compared++ // the report states the change itself, from the period asked
				}
				out.none(fmt.Sprintf(msgCompareMissing, ind.Name, scopePhrase(c, got.sc, false), missing.Label))
				asked := &newer
				if l0.found {
					asked = &older
				}
				out.figure(got, figureLine(n, c, ind, got, p.Measure, asked))
			default:
				// Neither period has figures: give the latest, whose note may
				// carry the comparison the report makes ("tăng hơn 200 doanh
				// nghiệp so với năm 2014").
				latest, _, err := r.locate(ctx, ind, mention, p.Level, nil)
				if err != nil {
					return Answer{}, err
				}
				out.none(fmt.Sprintf(msgCompareMissing, ind.Name, scopePhrase(c, l0.sc, false), first.Label))
				if latest.found {
					if changeFrom(latest.pt.note, first) {
						compared++
					}
					latest.nearest = true
					out.figure(latest, figureLine(n, c, ind, latest, p.Measure, nil))
				}
			}
		}
		if group && len(pairs) == len(mentions(p)) {
			if line := togetherChange(n, ind, pairs); line != "" {
				out.none(line)
			}
		}
	}
	ans := out.answer()
	if compared == 0 && ans.Kind != KindAsk {
		// One period's figure, or none: the comparison asked is not made,
		// and the figure shown is not its result.
		ans.Kind = KindNoData
	}
	return ans, nil
}

// changeFrom: a figure's note states its change from the period asked
// ("tăng … so với trước khi ban hành Nghị quyết"), not from another year
// ("tăng hơn 200 doanh nghiệp so với năm 2014" when 2018 is asked).
func changeFrom(note string, asked nlu.Period) bool {
	if !strings.Contains(note, "so với") {
		return false
	}
	var years []string
	for _, n := range numbersIn(note) {
		if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
			years = append(years, n)
		}
	}
	return len(years) == 0 || len(asked.Start) >= 4 && strings.Contains(strings.Join(years, " "), asked.Start[:4])
}

// togetherChange is the change of several units' figures taken
// together: their counts added, their rates from the added parts (each
// rounded as shown before the points between them).
func togetherChange(n vi.Numbers, ind queries.Indicator, pairs [][2]lookup) string {
	var v, num, den [2]float64
	for _, pr := range pairs {
		for i := range 2 {
			if ind.Kind == "percent" && !pr[i].pt.ratio {
				return ""
			}
			v[i] += pr[i].pt.value
			num[i] += pr[i].pt.num
			den[i] += pr[i].pt.den
		}
	}
	switch {
	case ind.Kind == "percent":
		if den[0] == 0 || den[1] == 0 {
			return ""
		}
		for i := range 2 {
			v[i] = math.Round(num[i]/den[i]*10000) / 100
		}
	case ind.UnitAgg != "sum":
		return ""
	}
	d := v[1] - v[0]
	word := msgUnchanged
	switch {
	case d > 0:
		word = msgIncrease
	case d < 0:
		word = msgDecrease
	}
	return fmt.Sprintf(msgCompareTogether, len(pairs), pairs[0][0].pt.period.Label, n.Figure(v[0], ind.Kind, ind.UnitLabel),
		pairs[0][1].pt.period.Label, n.Figure(v[1], ind.Kind, ind.UnitLabel), word, n.Diff(d, ind.Kind, ind.UnitLabel))
}

// growthIndexAsked: "chỉ số phát triển", "tốc độ phát triển": a period's
// figure over the base period's, in per cent.
func growthIndexAsked(words []string) bool {
	return hasWord(words, "chi", "so", "phat", "trien") || hasWord(words, "toc", "do", "phat", "trien")
}

// periodsArithmetic: "gấp mấy lần" (the newer over the older) and "cộng
// lại" (a flow's two periods added) between the two figures compared.
func periodsArithmetic(n vi.Numbers, p nlu.Parse, ind queries.Indicator, old, cur lookup) string {
	switch {
	case p.Op == "ratio" && old.pt.value != 0:
		text := vi.Capitalise(fmt.Sprintf(msgRatio, cur.pt.period.Label, n.Num(math.Round(cur.pt.value/old.pt.value*100)/100), old.pt.period.Label))
		if growthIndexAsked(p.Words) {
			// "chỉ số phát triển (%)": the statistician's index, the
			// ratio in per cent, to two decimals.
			text = strings.TrimSuffix(text, ".") + fmt.Sprintf(msgGrowthIndex, n.Num(math.Round(cur.pt.value/old.pt.value*10000)/100))
		}
		return text
	case p.Op == "sum" && ind.PeriodAgg == "sum" && (old.pt.period.End < cur.pt.period.Start || cur.pt.period.End < old.pt.period.Start):
		return fmt.Sprintf(msgSumOfPeriods, old.pt.period.Label, cur.pt.period.Label, n.Figure(old.pt.value+cur.pt.value, ind.Kind, ind.UnitLabel))
	case ind.Kind == "percent" && (p.Op == "sum" || hasWord(p.Words, "chung") || hasWord(p.Words, "gop")) &&
		old.pt.ratio && cur.pt.ratio && old.pt.den+cur.pt.den > 0:
		// "TX Kỳ Anh quý 1 + quý 2 tỷ lệ … chung": the rate of the two
		// quarters taken together, from their parts.
		num, den := old.pt.num+cur.pt.num, old.pt.den+cur.pt.den
		return fmt.Sprintf(msgRateOfPeriods, old.pt.period.Label, cur.pt.period.Label, n.Num(num/den*100), n.Num(num), n.Num(den))
	case p.Op == "avg" && ind.PeriodAgg == "sum" && old.pt.period.Kind == cur.pt.period.Kind:
		// "trung bình một quý (quý 1 và quý 2)": the two periods' mean.
		return fmt.Sprintf(msgAverageOfPeriods, old.pt.period.Label, cur.pt.period.Label, n.Figure((old.pt.value+cur.pt.value)/2, ind.Kind, ind.UnitLabel))
	}
	return ""
}

func compareLine(n vi.Numbers, c *catalog.Catalog, ind queries.Indicator, old, cur lookup) string {
	d := vi.Shown(cur.pt.value) - vi.Shown(old.pt.value)
	word := msgUnchanged
	improved := d > 0
	if ind.Kind == "rank" {
		improved = d < 0
	}
	switch {
	case d != 0 && improved:
		word = msgIncrease
	case d != 0:
		word = msgDecrease
	}
	text := fmt.Sprintf(msgCompare, vi.Capitalise(ind.Name), scopePhrase(c, cur.sc, cur.pt.perUnit),
		old.pt.period.Label, n.Figure(old.pt.value, ind.Kind, ind.UnitLabel),
		cur.pt.period.Label, n.Figure(cur.pt.value, ind.Kind, ind.UnitLabel), word, n.Diff(d, ind.Kind, ind.UnitLabel))
	if d == 0 {
		text = strings.Replace(text, " "+n.Diff(d, ind.Kind, ind.UnitLabel), "", 1)
	}
	return text
}

// relativeChange: "tăng bao nhiêu %" of a count is its change over the
// older figure, not a rate's change in points.
//
// "Tốc độ tăng", "tăng trưởng" of a count ask it too, % or not; of a rate,
// only "tương đối" does ("tốc độ tăng tương đối của tỷ lệ …"): its points
// are its change otherwise.
func relativeChange(n vi.Numbers, p nlu.Parse, ind queries.Indicator, old, cur lookup) string {
	relative := hasWord(p.Words, "tuong", "doi")
	growth := relative || hasWord(p.Words, "toc", "do", "tang") || hasWord(p.Words, "tang", "truong")
	if ind.Kind == "percent" && !relative || old.pt.value == 0 || !(growth || hasWord(p.Words, "%") || hasWord(p.Words, "phan", "tram")) {
		return ""
	}
	return fmt.Sprintf(msgRelativeChange, n.Signed(math.Round((cur.pt.value-old.pt.value)/old.pt.value*10000)/100))
}

// rangeEnds splits a range of whole quarters or whole years into its
// first and last ones.
func rangeEnds(r nlu.Period) (nlu.Period, nlu.Period, bool) {
	if r.Kind != nlu.PeriodRange {
		return r, r, false
	}
	start, err1 := time.Parse(time.DateOnly, r.Start)
	end, err2 := time.Parse(time.DateOnly, r.End)
	if err1 != nil || err2 != nil || start.Day() != 1 || end.AddDate(0, 0, 1).Day() != 1 {
		return r, r, false
	}
	switch {
	case strings.Contains(r.Label, "quý"):
		a, b := nlu.QuarterOf(start), nlu.QuarterOf(end)
		return a, b, a.Start == r.Start && b.End == r.End && a.Start != b.Start
	case start.Month() == time.January && end.Month() == time.December && end.Year() > start.Year() && !strings.Contains(r.Label, "tháng"):
		return yearOf(start), yearOf(end), true
	}
	return r, r, false
}

func yearOf(t time.Time) nlu.Period {
	y := t.Year()
	return nlu.Period{Kind: nlu.PeriodYear, Start: fmt.Sprintf("%d-01-01", y), End: fmt.Sprintf("%d-12-31", y), Label: fmt.Sprintf("năm %d", y)}
}

// shiftPeriod is the period of the same kind by periods after p (before
// it when by is negative); other kinds stay as they are.
func shiftPeriod(p nlu.Period, by int) nlu.Period {
	t, err := time.Parse(time.DateOnly, p.Start)
	if err != nil {
		return p
	}
	switch p.Kind {
	case nlu.PeriodQuarter:
		return nlu.QuarterOf(time.Date(t.Year(), t.Month()+time.Month(3*by), 1, 0, 0, 0, 0, time.UTC))
	case nlu.PeriodYear:
		return yearOf(t.AddDate(by, 0, 0))
	}
	return p
}

// compareRest answers the change of what a rate leaves out ("hồ sơ không
// trực tuyến quý 2 giảm bao nhiêu so với quý 1"): the whole less its part
// in each period, both stored for the periods asked; ok is false
// otherwise (each figure's own change is answered then).
func (r *reader) compareRest(ctx context.Context, p nlu.Parse, older, newer nlu.Period) (Answer, bool, error) {
	c := r.cat
	rate, ok := restOfRate(c, p)
	if !ok {
		return Answer{}, false, nil
	}
	rest := restIndicator(c, rate)
	whole, part := c.Indicators[rate.DenominatorCode], c.Indicators[rate.NumeratorCode]
	n := vi.NewNumbers()
	var out sentences
	for _, mention := range mentions(p) {
		var at [2][2]lookup // [period][whole, part]
		for i, per := range []*nlu.Period{&older, &newer} {
			for j, ind := range []queries.Indicator{whole, part} {
				l, ask, err := r.locate(ctx, ind, mention, p.Level, per)
				if err != nil || len(ask) > 0 || !l.found || l.nearest {
					return Answer{}, false, err
				}
				at[i][j] = l
			}
		}
		l0, l1 := at[0][0], at[1][0]
		l0.pt.value -= at[0][1].pt.value
		l1.pt.value -= at[1][1].pt.value
		line := compareLine(n, c, rest, l0, l1)
		if asksTogether(p.Words) {
			// "quý 1 với quý 2 cộng lại có bao nhiêu hồ sơ không online":
			// the two periods' rests added.
			sum := p
			sum.Op = "sum"
			if add := periodsArithmetic(n, sum, rest, l0, l1); add != "" {
				line = strings.TrimSuffix(line, ".") + ". " + add
			}
		}
		out.figure(l0, line)
		out.also(l1)
	}
	return out.answer(), true, nil
}
