package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// ranked is one unit's figure in a ranking.
type ranked struct {
	id    int64 // the unit's
	name  string
	value float64
}

// risesOrFalls: the words ask who rose or fell ("tăng", "giảm", "tụt"
// as normalised), not an order ("giảm dần") or a gap ("chênh lệch").
func risesOrFalls(words []string) bool {
	for i, w := range words {
		if (w == "tang" || w == "giam") && (i+1 == len(words) || words[i+1] != "dan") {
			return true
		}
	}
	return false
}

// ranking answers "which unit is highest/lowest" over submitted figures.
func (r *reader) ranking(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if whichPeriodAsked(p.Words) && !hasWord(p.Words, "quy", "nao") && len(p.Periods) == 0 && p.Level == "" && len(p.Units) == 1 && slices.Equal(p.Units[0], []string{nlu.ProvinceCode}) {
		// "kỳ nào tỷ lệ hồ sơ trực tuyến cả tỉnh cao nhất", "trong mấy
		// kỳ báo cáo …, tỷ lệ … cả tỉnh thấp nhất": the province's
		// periods, each, not its units.
		p.Intent = nlu.IntentValue
		return r.value(ctx, p)
	}
	if bothReportingLevels(p) {
		// "5 đơn vị thấp nhất, cả sở lẫn địa phương": among every unit
		// that reports, not one level.
		p.Level, p.Levels = "", nil
	}
	ind := c.Indicators[p.Indicators[0]]
	if rate, ok := restOfRate(c, p); ok {
		// "huyện nào nhiều hồ sơ không trực tuyến nhất": by the whole
		// less its part.
		ind = restIndicator(c, rate)
	}
	if !c.Reported[ind.Code] {
		// Not a figure units report: among the units the report states it
		// of, or (the PCI rank, say) a plain value.
		if ans, ok, err := r.statedRanking(ctx, p, ind); ok || err != nil {
			return ans, err
		}
		if ans, ok, err := r.unitsUnnamed(ctx, p, ind); ok || err != nil {
			return ans, err
		}
		return r.value(ctx, p)
	}
	if p.Measure == "change" && len(p.Periods) == 1 && p.Periods[0].Kind == nlu.PeriodQuarter && risesOrFalls(p.Words) {
		// "đơn vị nào tụt nhiều nhất quý 2": from the quarter before,
		// not the quarter's highest figure.
		q := p
		q.Periods = []nlu.Period{nlu.PreviousQuarter(p.Periods[0]), p.Periods[0]}
		return r.rankChange(ctx, q, ind)
	}
	if p.Measure == "change" && len(p.Periods) == 2 {
		return r.rankChange(ctx, p, ind)
	}
	if len(p.Periods) == 2 && p.Measure == "" && p.Op == "" && (p.Order == "desc" || p.Order == "asc") {
		// "huyện đứng đầu tỷ lệ hs online q1 và q2": each quarter's.
		qs := make([]nlu.Parse, len(p.Periods))
		for i, per := range p.Periods {
			qs[i] = p
			qs[i].Periods = []nlu.Period{per}
		}
		if ans, ok, err := r.rankingsJoined(ctx, qs); ok || err != nil {
			return ans, err
		}
	}
	if len(p.Indicators) >= 2 && p.Measure == "" && p.Op == "" && (p.Order == "desc" || p.Order == "asc") &&
		!slices.ContainsFunc(p.Indicators, func(code string) bool { return !c.Reported[code] }) {
		// "huyện nào cao nhất về số hồ sơ và tỷ lệ nộp trực tuyến": each
		// figure's ranking (the first alone was given).
		qs := make([]nlu.Parse, len(p.Indicators))
		for i, code := range p.Indicators {
			qs[i] = p
			qs[i].Indicators = []string{code}
		}
		if ans, ok, err := r.rankingsJoined(ctx, qs); ok || err != nil {
			return ans, err
		}
	}
	if ans, ok, err := r.statedWhich(ctx, p, ind); ok || err != nil {
		return ans, err
	}
	if p.Threshold != nil && len(p.Periods) == 0 && (p.Count || hasWord(p.Words, "nao") || hasWord(p.Words, "mo") || hasWord(p.Words, "nhung") || hasWord(p.Words, "danh", "sach")) {
		// "những huyện nào trên 10% hồ sơ trực tuyến": which units pass
		// differs from quarter to quarter; which one is asked back.
		if ans, ok, err := r.askQuarterOfList(ctx, p, ind); ok || err != nil {
			return ans, err
		}
	}
	per, list, none, err := r.rankedUnits(ctx, p, ind)
	if err != nil || none != nil {
		return deref(none), err
	}
	if p.Measure == "complement" && ind.Kind == "percent" && !p.Which {
		// "tỷ lệ hồ sơ chưa online cao nhất": by what the rate leaves.
		for i := range list {
			list[i].value = 100 - list[i].value
		}
		ind.Name = fmt.Sprintf(msgRestShare, ind.Name)
	}
	reported := len(list)
	among := namedAmong(c, p)
	if len(among) >= 2 {
		// "STC / SCT / SNV / SYT / STTTT — … đơn vị nào cao nhất": among
		// the units listed.
		list = slices.DeleteFunc(list, func(e ranked) bool { return !slices.Contains(among, c.Keys[e.id]) })
		if len(list) == 0 {
			return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgWhichNone, reported, ind.Name, per.Label)}, nil
		}
	}
	if len(p.ExceptKinds) > 0 {
		// "không tính thành phố và thị xã": the others only.
		list = slices.DeleteFunc(list, func(e ranked) bool { return slices.Contains(p.ExceptKinds, c.Units[c.Keys[e.id]].Kind) })
		if len(list) == 0 {
			return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgWhichNone, reported, ind.Name, per.Label)}, nil
		}
	}
	if len(p.ExceptUnits) > 0 {
		// "ngoài Lộc Hà": the others only.
		list = slices.DeleteFunc(list, func(e ranked) bool { return slices.Contains(p.ExceptUnits, c.Keys[e.id]) })
	}
	if p.Which {
		// "huyện nào không có DVC mức 4": those with none; "huyện nào
		// có …": those with some; "… dưới 10%": those under the bound.
		var kept []ranked
		for _, e := range list {
			switch t := p.Threshold; {
			case t != nil && passes(*t, e.value):
				kept = append(kept, e)
			case t == nil && (e.value == 0) == (p.Measure == "complement"):
				kept = append(kept, e)
			}
		}
		if len(kept) == 0 {
			return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgWhichNone, len(list), ind.Name, per.Label)}, nil
		}
		list = kept
	}
	sortRanked(list, p.Order != "asc")
	n := vi.NewNumbers()
	body, shown := rankedBody(p, ind, list)
	who := "các đơn vị"
	if p.Level != "" {
		who = "các đơn vị " + c.LevelPhrase(p.Level)
	}
	if len(among) >= 2 {
		who = fmt.Sprintf(msgAmongNamed, len(among))
	}
	if left := leftOutPhrase(c, p); left != "" {
		who += " " + left
	}
	text := fmt.Sprintf(msgRanking, vi.Capitalise(ind.Name), who, per.Label, reported, c.RequiredCount(ind.Code, p.Level, per.End), body)
	bound := ""
	if t := p.Threshold; t != nil {
		// Say the bound, so the list reads as the units over (under) it.
		bound = " " + boundPhrase(*t, n.Figure(t.Value, ind.Kind, ind.UnitLabel))
		text = fmt.Sprintf(msgRanking, vi.Capitalise(ind.Name)+bound, who, per.Label, reported, c.RequiredCount(ind.Code, p.Level, per.End), body)
	}
	if p.Which && p.Count {
		// "mấy huyện có trên 100 …": how many, then which.
		text = fmt.Sprintf(msgWhichCount, len(list), reported, vi.LowerFirst(ind.Name), per.Label, bound, body)
	} else if p.Threshold != nil && reported > 0 {
		// "bao nhiêu % huyện đạt trên 10%": how many of those that
		// reported, and their share.
		text += fmt.Sprintf(msgThresholdShare, len(list), reported, n.Num(100*float64(len(list))/float64(reported))+"%")
	}
	if p.Threshold != nil && (p.Op == "sum" || asksTogether(p.Words)) {
		// "mấy huyện dưới 10% cộng lại nộp trực tuyến bn hồ sơ", "…
		// gộp lại tỉ lệ chung bn": the units listed, taken together.
		together, err := r.listedTogether(ctx, p.Level, per, ind, list)
		if err != nil {
			return Answer{}, err
		}
		text += together
	}
	return Answer{Kind: KindFigure, Text: text, named: onlyNamed(c, list, shown)}, nil
}

// listedTogether is the units of a list taken together: a count's sum, a
// rate's parts added and the rate of those sums; empty for any other
// figure.
func (r *reader) listedTogether(ctx context.Context, level string, per nlu.Period, ind queries.Indicator, list []ranked) (string, error) {
	c := r.cat
	codes := []string{ind.Code}
	if ind.Kind == "percent" {
		if ind.NumeratorCode == "" || ind.DenominatorCode == "" {
			return "", nil
		}
		codes = []string{ind.NumeratorCode, ind.DenominatorCode}
	} else if ind.UnitAgg != "sum" {
		return "", nil
	}
	rows, err := r.submittedValues(ctx, per.Start, per.End, level)
	if err != nil {
		return "", err
	}
	listed := map[int64]bool{}
	for _, e := range list {
		listed[e.id] = true
	}
	sums := map[string]float64{}
	for _, row := range rows {
		if listed[row.UnitID] {
			sums[row.IndicatorCode] += row.Value
		}
	}
	n := vi.NewNumbers()
	var parts []string
	for _, code := range codes {
		in := c.Indicators[code]
		parts = append(parts, fmt.Sprintf("%s %s", vi.LowerFirst(in.Name), n.Figure(sums[code], in.Kind, in.UnitLabel)))
	}
	if ind.Kind == "percent" && sums[ind.DenominatorCode] > 0 {
		parts = append(parts, fmt.Sprintf(msgJointRate, n.Num(100*sums[ind.NumeratorCode]/sums[ind.DenominatorCode])))
	}
	return " " + fmt.Sprintf(msgListedTogether, len(list), strings.Join(parts, "; ")), nil
}

// rankingsJoined ranks each question and joins the replies; ok is false
// when one of them carries no figure.
func (r *reader) rankingsJoined(ctx context.Context, qs []nlu.Parse) (Answer, bool, error) {
	parts := make([]Answer, 0, len(qs))
	for _, q := range qs {
		ans, err := r.ranking(ctx, q)
		if err != nil {
			return Answer{}, false, err
		}
		if !ans.Kind.CarriesFigure() {
			return Answer{}, false, nil
		}
		parts = append(parts, ans)
	}
	return joinAnswers(parts), true, nil
}

// onlyNamed is the key of the one unit a ranking's reply names, when it
// names one (shown of the sorted list).
// namedAmong are the keys of the units a ranking names, one each: the
// units it ranks among; nil when a name is shared by several units.
func namedAmong(c *catalog.Catalog, p nlu.Parse) []string {
	var keys []string
	for _, m := range p.Units {
		if len(m) > 1 {
			// "Thạch Hà" is the huyện, the xã and the thị trấn: the
			// readings that report ("Trong Can Lộc, Thạch Hà và Hương
			// Khê, … huyện nào thấp nhất").
			m = slices.DeleteFunc(slices.Clone(m), func(code string) bool { u, ok := c.Units[code]; return !ok || !c.RequiredUnit[u.ID] })
		}
		if len(m) == 0 || slices.Contains(m, nlu.ProvinceCode) {
			return nil
		}
		for _, code := range m {
			if _, ok := c.Units[code]; !ok {
				return nil
			}
		}
		keys = append(keys, m...)
	}
	return keys
}

func onlyNamed(c *catalog.Catalog, list []ranked, shown int) []string {
	if shown != 1 || len(list) == 0 {
		return nil
	}
	if key, ok := c.Keys[list[0].id]; ok {
		return []string{key}
	}
	return nil
}

// rankedBody is what a ranking says of its sorted list: the highest, the
// lowest, both (and the gap when asked), the top few or all; shown is how
// many units it names.
func rankedBody(p nlu.Parse, ind queries.Indicator, list []ranked) (body string, shown int) {
	n := vi.NewNumbers()
	entry := func(r ranked) string { return r.name + " " + n.Figure(r.value, ind.Kind, ind.UnitLabel) }
	switch {
	case p.Order == "both" && p.Top > 1:
		// "top 3 cao nhất và 3 thấp nhất": as many from each end.
		// "top 3 với bét 1": as many from each end as each asks.
		k, kLow := min(p.Top, len(list)), min(p.Top, len(list))
		if p.Bottom > 0 {
			kLow = min(p.Bottom, len(list))
		}
		high, low := make([]string, k), make([]string, kLow)
		for i := range high {
			high[i] = fmt.Sprintf("%d. %s", i+1, entry(list[i]))
		}
		for i := range low {
			low[i] = fmt.Sprintf("%d. %s", i+1, entry(list[len(list)-1-i]))
		}
		body, shown = msgRankHighest+": "+strings.Join(high, "; ")+". "+vi.Capitalise(msgRankLowest)+" (từ cuối lên): "+strings.Join(low, "; "), k+kLow
	case p.Order == "both":
		shown = 2
		body = msgRankHighest + " là " + entry(list[0]) + ", " + msgRankLowest + " là " + entry(list[len(list)-1])
		// The gap between them, whether asked in words ("chênh lệch
		// giữa đơn vị nhiều nhất và ít nhất", "cao nhất trừ thấp nhất",
		// "bỏ xa") or not: the spread is what both ends are asked for.
		// Of the figures as shown, so the gap is their difference.
		gap := vi.Shown(list[0].value) - vi.Shown(list[len(list)-1].value)
		body += "; " + fmt.Sprintf(msgRankGap, n.Diff(gap, ind.Kind, ind.UnitLabel))
	case p.Top > 1 || p.Order == "all":
		top := len(list)
		if p.Top > 1 && p.Top < top {
			top = p.Top
		}
		from := 0
		if p.From > 1 && p.Order != "all" {
			// "từ hạng 2 tới hạng 5": those places, by their rank.
			from = min(p.From-1, top)
		}
		items := make([]string, 0, top-from)
		for i := from; i < top; i++ {
			items = append(items, fmt.Sprintf("%d. %s", i+1, entry(list[i])))
		}
		body, shown = strings.Join(items, "; "), len(items)
	default:
		shown = 1
		word := msgRankHighest
		if p.Order == "asc" {
			word = msgRankLowest
		}
		body = word + " là " + entry(list[0])
	}
	return body, shown
}

// statedRanking ranks the units of a level by a figure units do not
// report but the report states of some of them ("năm 2018 huyện nào tập
// huấn được nhiều người nhất": of the districts it names), saying so; ok
// is false when fewer than two have that figure of the period asked.
func (r *reader) statedRanking(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, bool, error) {
	per := firstPeriod(p)
	if per == nil || len(p.Periods) != 1 || p.Level == "" || p.Which || p.Threshold != nil || len(p.ExceptKinds) > 0 {
		return Answer{}, false, nil
	}
	c := r.cat
	ids, err := r.indicatorUnits(ctx, ind.ID)
	if err != nil {
		return Answer{}, false, err
	}
	var list []ranked
	var cite string
	for _, id := range ids {
		u := c.UnitsByID[id]
		if u.Level != p.Level {
			continue
		}
		vals, err := r.unitValues(ctx, ind.ID, id)
		if err != nil {
			return Answer{}, false, err
		}
		for _, v := range vals {
			if v.Level == "" && v.PeriodStart == per.Start && v.PeriodEnd == per.End {
				list = append(list, ranked{id, u.Name, v.Value})
				cite = sourceCitation(v.SourceCode, v.SourceIssuedOn)
				break
			}
		}
	}
	if len(list) < 2 {
		return Answer{}, false, nil
	}
	sortRanked(list, p.Order != "asc")
	body, shown := rankedBody(p, ind, list)
	text := fmt.Sprintf(msgStatedRanking, vi.Capitalise(ind.Name), per.Label, len(list), c.LevelPhrase(p.Level), body)
	return Answer{Kind: KindFigure, Text: text + " " + cite, named: onlyNamed(c, list, shown)}, true, nil
}

// rankedUnits reads each reporting unit's figure for the period asked (the
// latest with submissions when none or "mới nhất"); none is the answer to
// give when there is nothing to rank.
func (r *reader) rankedUnits(ctx context.Context, p nlu.Parse, ind queries.Indicator) (nlu.Period, []ranked, *Answer, error) {
	per := firstPeriod(p)
	if per == nil || per.Kind == nlu.PeriodLatest {
		latest, ok, err := r.latestSubmitted(ctx, ind)
		if err != nil || !ok {
			return nlu.Period{}, nil, &Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankingNoDataYet, ind.Name)}, err
		}
		per = &latest
	}
	rows, err := r.submittedValues(ctx, per.Start, per.End, p.Level)
	if err != nil {
		return *per, nil, nil, err
	}
	list := rank(rows, ind)
	if len(list) == 0 {
		return *per, nil, &Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankingNoData, ind.Name, per.Label)}, nil
	}
	return *per, list, nil, nil
}

// askQuarterOfList asks which quarter a list of units is of when more
// than one is stored; false when only one is.
func (r *reader) askQuarterOfList(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, bool, error) {
	code := ind.Code
	if ind.NumeratorCode != "" {
		code = ind.NumeratorCode
	}
	ps, err := r.submittedPeriods(ctx, code)
	if err != nil || len(ps) < 2 {
		return Answer{}, false, err
	}
	ans := Answer{Kind: KindAsk}
	var labels []string
	for _, sp := range ps {
		chosen := p
		chosen.Periods = []nlu.Period{{Kind: nlu.PeriodKind(sp.Kind), Start: sp.Start, End: sp.End, Label: sp.Label}}
		ans.Options = append(ans.Options, Option{Label: sp.Label, parse: &chosen})
		labels = append(labels, sp.Label)
	}
	ans.Text = fmt.Sprintf(msgAskPeriod, ind.Name, "các đơn vị "+levelPhrase(r.cat, p.Level), vi.JoinOr(labels))
	return ans, true, nil
}

// passes: the figure is on the bound's side of it.
func passes(t nlu.Threshold, v float64) bool {
	switch {
	case t.Equal:
		return v == t.Value
	case t.Above:
		return v > t.Value || t.Inclusive && v == t.Value
	default:
		return v < t.Value || t.Inclusive && v == t.Value
	}
}

// boundPhrase says a bound, its value shown: "trên 10%", "từ 3 dịch vụ
// trở lên".
func boundPhrase(t nlu.Threshold, shown string) string {
	msg := map[[2]bool]string{{true, false}: msgAbove, {false, false}: msgBelow, {true, true}: msgAtLeast, {false, true}: msgAtMost}[[2]bool{t.Above, t.Inclusive}]
	if t.Equal {
		msg = msgEqual
	}
	return fmt.Sprintf(msg, shown)
}

func deref(a *Answer) Answer {
	if a == nil {
		return Answer{}
	}
	return *a
}

// rank computes each reporting unit's figure (a ratio from its parts).
func rank(rows []queries.SubmittedValue, ind queries.Indicator) []ranked {
	type parts struct {
		name string
		vals map[string]float64
	}
	byUnit := map[int64]*parts{}
	var order []int64
	for _, r := range rows {
		u := byUnit[r.UnitID]
		if u == nil {
			u = &parts{name: r.UnitName, vals: map[string]float64{}}
			byUnit[r.UnitID] = u
			order = append(order, r.UnitID)
		}
		u.vals[r.IndicatorCode] = r.Value
	}
	var out []ranked
	for _, id := range order {
		u := byUnit[id]
		if ind.NumeratorCode != "" {
			num, ok1 := u.vals[ind.NumeratorCode]
			den, ok2 := u.vals[ind.DenominatorCode]
			if ok1 && ok2 && den > 0 {
				v := 100 * num / den
				if ind.Kind != "percent" {
					v = den - num // the whole less its part (restIndicator)
				}
				out = append(out, ranked{id, u.name, v})
			}
			continue
		}
		if v, ok := u.vals[ind.Code]; ok {
			out = append(out, ranked{id, u.name, v})
		}
	}
	return out
}

// rankChange answers "huyện nào tăng hồ sơ trực tuyến nhiều nhất từ quý 1
// sang quý 2": the units ranked by their change between the two periods,
// of those that reported both.
func (r *reader) rankChange(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, error) {
	a, b := p.Periods[0], p.Periods[1]
	if b.End < a.End {
		a, b = b, a
	}
	at := func(per nlu.Period) ([]ranked, *Answer, error) {
		q := p
		q.Periods = []nlu.Period{per}
		_, list, none, err := r.rankedUnits(ctx, q, ind)
		return list, none, err
	}
	before, none, err := at(a)
	if err != nil || none != nil {
		return deref(none), err
	}
	after, none, err := at(b)
	if err != nil || none != nil {
		return deref(none), err
	}
	was := map[string]float64{}
	for _, e := range before {
		was[e.name] = e.value
	}
	var list []ranked
	now := map[string]float64{}
	growth := growthAsked(p.Words) && ind.Kind != "percent"
	for _, e := range after {
		if v, ok := was[e.name]; ok {
			change := vi.Shown(e.value) - vi.Shown(v)
			if growth {
				if v <= 0 {
					continue // no growth rate from nothing
				}
				change = math.Round(change/v*10000) / 100
			}
			list = append(list, ranked{e.id, e.name, change})
			now[e.name] = e.value
		}
	}
	if len(list) == 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankingNoData, ind.Name, a.Label+" và "+b.Label)}, nil
	}
	sortRanked(list, p.Order != "asc")
	compared := len(list)
	if dir := changeAsked(p); dir < 0 && (p.Order == "desc" || p.Order == "asc") {
		// "huyện nào bị giảm tỷ lệ nhiều nhất": of those that fell, the
		// largest fall ("ít nhất": the smallest), not the largest rise.
		kept := slices.DeleteFunc(slices.Clone(list), func(e ranked) bool { return e.value >= 0 })
		if len(kept) == 0 {
			return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgRankingNoneChanged, vi.Capitalise(ind.Name), a.Label, b.Label,
				compared, "giảm")}, nil
		}
		list = kept
		sortRanked(list, p.Order == "asc")
	}
	if dir := changeAsked(p); p.Which && p.Order == "all" && dir != 0 {
		// "đơn vị nào bị giảm": those whose figure went that way.
		var kept []ranked
		for _, e := range list {
			if e.value*float64(dir) > 0 {
				kept = append(kept, e)
			}
		}
		if len(kept) == 0 {
			return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgRankingNoneChanged, vi.Capitalise(ind.Name), a.Label, b.Label,
				compared, map[int]string{1: "tăng", -1: "giảm"}[dir])}, nil
		}
		list = kept
		sortRanked(list, dir > 0)
	}
	n := vi.NewNumbers()
	head := fmt.Sprintf(msgRankingChange, vi.Capitalise(ind.Name), a.Label, b.Label, compared, "%s")
	if p.Count && p.Which && p.Order == "all" {
		// "có bao nhiêu đơn vị tăng": how many of those compared, then who.
		head = fmt.Sprintf(msgUnitsChanged, len(list), compared, map[int]string{1: "tăng", -1: "giảm"}[changeAsked(p)]) + " " + head
	}
	items := make([]string, 0, len(list))
	for i, e := range list {
		if p.Order != "all" && i >= max(p.Top, 1) {
			break
		}
		// With the two figures ("giảm còn bao nhiêu": what it fell to).
		change := n.Signed(e.value)
		if growth {
			change += "%"
		}
		items = append(items, fmt.Sprintf("%d. %s %s (%s → %s)", i+1, e.name, change,
			n.Figure(was[e.name], ind.Kind, ind.UnitLabel), n.Figure(now[e.name], ind.Kind, ind.UnitLabel)))
	}
	return Answer{Kind: KindFigure, Text: fmt.Sprintf(head, strings.Join(items, "; ")), named: onlyNamed(r.cat, list, len(items))}, nil
}

// changeAsked is the direction of change a question names: 1 for "tăng",
// -1 for "giảm", 0 for neither or both.
func changeAsked(p nlu.Parse) int { return changeWay(p.Words) }

// changeWay is the direction of change words name: 1 for "tăng", -1 for
// "giảm", 0 for neither or both.
func changeWay(words []string) int {
	// ("cao hơn", "nhích lên", "cải thiện", "đi lên"; "thấp hơn", "sụt",
	// "tụt", "đi xuống": of a quarter against the one before.)
	up := slices.Contains(words, "tang") || hasWord(words, "cao", "hon") || hasWord(words, "nhich", "len") || hasWord(words, "cai", "thien") ||
		hasWord(words, "di", "len")
	down := slices.Contains(words, "giam") || hasWord(words, "thap", "hon") || slices.Contains(words, "sut") || slices.Contains(words, "tut") ||
		hasWord(words, "di", "xuong")
	switch {
	case up && !down:
		return 1
	case down && !up:
		return -1
	}
	return 0
}

// sortRanked orders the units by their figure, highest first when desc.
func sortRanked(list []ranked, desc bool) {
	sort.SliceStable(list, func(i, j int) bool {
		if desc {
			return list[i].value > list[j].value
		}
		return list[i].value < list[j].value
	})
}

// statedWhich: "DVC mức 4 ở cấp tỉnh là của những sở nào?" with no period
// asked: the report's figure for the level, whose note names the units
// ("của các Sở: Tài chính, Công Thương, …"), rather than the units of the
// latest quarter's reports.
func (r *reader) statedWhich(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, bool, error) {
	if !p.Which || p.Order != "all" || p.Level == "" || len(p.Periods) > 0 || p.Threshold != nil || p.Count {
		return Answer{}, false, nil
	}
	l, _, err := r.locate(ctx, ind, []string{nlu.ProvinceCode}, p.Level, nil)
	if err != nil || !l.found || l.pt.note == "" || l.pt.reported > 0 {
		return Answer{}, false, err
	}
	var out sentences
	out.figure(l, figureLine(vi.NewNumbers(), r.cat, ind, l, p.Measure, nil))
	return out.answer(), true, nil
}
