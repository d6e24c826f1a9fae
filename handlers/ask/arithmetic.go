package ask

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// figureOf is one figure an answer found, with its indicator.
type figureOf struct {
	ind queries.Indicator
	l   lookup
}

// arithmetic does what the question asks over the figures found (Parse.Op):
// the lines to add, or ok false when it was asked and cannot be done from
// them (three figures for a difference, a share to average): the reply must
// then say so rather than let a figure stand for the result.
func arithmetic(n vi.Numbers, c *catalog.Catalog, p nlu.Parse, found []figureOf) (lines []string, ok bool) {
	groups := byIndicator(found)
	switch p.Op {
	case "per":
		// "Sở TT&TT quý 2 số hstt chia cho số dvc": one figure over
		// another, which a count of either is not.
		return nil, len(found) == 0
	case "avg":
		if len(found) == 2 && found[0].ind.UnitLabel != found[1].ind.UnitLabel && sameKindAndPeriod(found) && found[0].ind.Kind == "count" {
			// "bình quân mỗi gian hàng có mấy sản phẩm": one count per
			// unit of the other (the larger over the smaller).
			per, of := found[0], found[1]
			if per.l.pt.value > of.l.pt.value {
				per, of = of, per
			}
			if per.l.pt.value == 0 {
				return nil, false
			}
			return []string{fmt.Sprintf(msgAveragePer, n.Num(of.l.pt.value/per.l.pt.value), of.ind.UnitLabel, per.ind.UnitLabel)}, true
		}
		if len(found) != 1 {
			return nil, false
		}
		f := found[0]
		if f.l.pt.perUnit {
			// "mỗi đơn vị cấp xã … bao nhiêu (tính bình quân 1 xã)": the
			// figure stated is already each unit's.
			return nil, true
		}
		if step, word := perSpanAsked(p.Words); step > 0 && (f.ind.Kind == "count" || f.ind.Kind == "money") && f.ind.PeriodAgg == "sum" {
			// "bình quân mỗi tháng trong 5 tháng đầu năm 2019", "năm 2018
			// tb mỗi quý", "quý 2 bình quân 1 tháng": the span's count
			// (or money) over its months, quarters or years.
			if months := monthsOf(f.l.pt.period); months > step && months%step == 0 {
				k := months / step
				avg := math.Round(f.l.pt.value/float64(k)*100) / 100
				return []string{fmt.Sprintf(msgAveragePerSpan, word, k, word, n.Figure(avg, f.ind.Kind, f.ind.UnitLabel))}, true
			}
		}
		if f.l.pt.ratio && f.l.pt.reported > 1 && p.Measure != "complement" && !hasWord(p.Words, "neu") {
			// "bình quân các huyện quý 2 tỷ lệ hồ sơ trực tuyến": the rate
			// of the units' files added up, said as such.
			return []string{fmt.Sprintf(msgAverageRate, f.l.pt.reported)}, true
		}
		units := f.l.pt.reported
		if units == 0 && f.l.sc.level != "" {
			// A figure the report states for a whole level: over the
			// units of that level that must report.
			units = c.RequiredCount(f.ind.Code, f.l.sc.level, f.l.pt.period.End)
		}
		// The province's figure made of the units' reports is averaged
		// over the units that sent one.
		whole := f.l.sc.level == "" && !f.l.sc.unit.ParentID.Valid && f.l.pt.reported > 0
		if f.l.sc.level == "" && !whole || units == 0 || f.l.pt.ratio || f.ind.Kind == "percent" || f.ind.UnitAgg != "sum" {
			return nil, false
		}
		avg := f.l.pt.value / float64(units)
		of := c.LevelPhrase(f.l.sc.level)
		if whole {
			of = msgUnitsReported
		}
		return []string{fmt.Sprintf(msgAverage, of, n.Figure(avg, f.ind.Kind, f.ind.UnitLabel),
			n.Figure(f.l.pt.value, f.ind.Kind, f.ind.UnitLabel), units)}, true
	case "share":
		// "hồ sơ cấp xã chiếm bao nhiêu % tổng hồ sơ": a rate of the period
		// asked is its own figure (not one of another period), as is a count with its
		// whole (221/262); else the part over the whole, or over the
		// figures' sum when the whole is "tổng … A và B".
		for _, f := range found {
			if f.ind.Kind == "percent" && !f.l.nearest || len(found) == 1 && f.l.pt.outOf.Valid {
				return nil, true
			}
		}
		if len(groups) > 1 && every(found, func(f figureOf) bool { return f.ind.Kind != "percent" }) &&
			!slices.ContainsFunc(groups, func(g []figureOf) bool { return len(g) < 2 }) {
			// "số DVC của Can Lộc chiếm bao nhiêu % toàn tỉnh": each level's
			// part over that level's whole, never one level over the other.
			for _, g := range groups {
				more, ok := arithmetic(n, c, p, g)
				if !ok {
					return nil, false
				}
				lines = append(lines, more...)
			}
			return lines, true
		}
		var counts []figureOf
		for _, f := range found {
			if f.ind.Kind != "percent" {
				counts = append(counts, f)
			}
		}
		name := func(f figureOf) string { return f.ind.Name + " " + scopePhrase(c, f.l.sc, false) }
		if len(counts) > 2 {
			// "cấp tỉnh và cấp huyện mỗi bên chiếm bao nhiêu": each part
			// over the province's whole, stated last.
			whole := counts[len(counts)-1]
			if whole.l.sc.level != "" || whole.l.sc.unit.ParentID.Valid || whole.l.pt.value == 0 {
				return nil, false
			}
			var lines []string
			for _, part := range counts[:len(counts)-1] {
				if !settable(part, whole) {
					return nil, false
				}
				lines = append(lines, vi.Capitalise(fmt.Sprintf(msgShareOf, name(part), n.Num(part.l.pt.value/whole.l.pt.value*100), name(whole))))
			}
			return lines, true
		}
		if len(counts) != 2 || !settable(counts[0], counts[1]) || math.Max(counts[0].l.pt.value, counts[1].l.pt.value) == 0 {
			return nil, false
		}
		part, whole := counts[0], counts[1]
		// "Can Lộc bằng mấy % Hương Sơn": one figure of two places, the
		// first over the second as named, more than 100% too; else a part
		// of its whole, whichever is named first. "tổng DVC mức 4 bằng mấy
		// % so với tổng DVC mức 3" is no share of their sum.
		setAgainst := hasWord(p.Words, "bang") && !hasWord(p.Words, "chiem")
		if part.ind.Code == whole.ind.Code && plainUnit(part.l.sc) && plainUnit(whole.l.sc) && hasWord(p.Words, "chiem") && (hasWord(p.Words, "trong", "so") || hasWord(p.Words, "trong", "tong") ||
			hasWord(p.Words, "tong", "cua") || hasWord(p.Words, "ca", "hai")) {
			// "Điện lực chiếm bao nhiêu % trong số DVC mức 3 của ngành
			// điện và ngành thuế": the first over both together; "trong
			// số … của ngành điện và ngành thuế, ngành thuế chiếm …": the
			// one said again right before "chiếm".
			if key := unitBeforeShare(p); key != "" && c.Units[key].ID == whole.l.sc.unit.ID {
				part, whole = whole, part
			}
			sum := part.l.pt.value + whole.l.pt.value
			return []string{vi.Capitalise(fmt.Sprintf(msgShareOfSum, name(part), n.Num(part.l.pt.value/sum*100), name(part), name(whole)))}, true
		}
		if part.l.pt.value > whole.l.pt.value && !(setAgainst && part.ind.Code == whole.ind.Code) {
			part, whole = whole, part
		}
		if hasWord(p.Words, "tong") && !setAgainst && !every(counts, func(f figureOf) bool { return f.ind.Code == counts[0].ind.Code }) &&
			!partsOfOneRate(c, counts) {
			// (Online files "trên tổng số hồ sơ": the whole is the rate's
			// denominator, which holds the part; their sum means nothing.)
			// "A chiếm bao nhiêu % tổng (A cộng B)": the part is the one
			// named first, whichever is smaller.
			part, whole = counts[0], counts[1]
			if namedBeforeOp(p.Words, whole.ind, part.ind) {
				part, whole = whole, part
			}
			sum := part.l.pt.value + whole.l.pt.value
			return []string{vi.Capitalise(fmt.Sprintf(msgShareOfSum, name(part), n.Num(part.l.pt.value/sum*100), name(part), name(whole)))}, true
		}
		return []string{vi.Capitalise(fmt.Sprintf(msgShareOf, name(part), n.Num(part.l.pt.value/whole.l.pt.value*100), name(whole)))}, true
	case "except":
		// The province's whole, then the part left out (targets): the
		// rest, when both are the same count of the same period.
		if len(found) != 2 || found[0].ind.Code != found[1].ind.Code || found[0].ind.UnitAgg != "sum" || found[0].ind.Kind == "percent" ||
			!settable(found[0], found[1]) || found[0].l.nearest || found[1].l.nearest || found[1].l.pt.value > found[0].l.pt.value {
			return nil, false
		}
		whole, part := found[0], found[1]
		return []string{fmt.Sprintf(msgExceptRest, strings.TrimPrefix(scopePhrase(c, part.l.sc, false), "của "),
			n.Figure(whole.l.pt.value-part.l.pt.value, whole.ind.Kind, whole.ind.UnitLabel))}, true
	case "diff", "ratio":
		// Two units of each figure ("Can Lộc với Thạch Hà, DVC mức 3 và
		// mức 4"), or two figures of one place.
		pairs := groups
		if len(groups) > 1 && len(found) == 2 {
			pairs = [][]figureOf{found}
		}
		if twos := slices.DeleteFunc(slices.Clone(groups), func(g []figureOf) bool { return len(g) != 2 }); len(twos) == 1 && len(groups) > 1 && len(found) > 2 {
			// "Tỷ lệ sở ngành có cổng TTĐT so với cấp xã chênh nhau mấy
			// điểm": the one figure found for both, not the count the
			// words also name for one of them.
			pairs = twos
		}
		for _, pair := range pairs {
			if len(pair) != 2 || !settable(pair[0], pair[1]) && !countsOfOneTime(pair[0], pair[1]) {
				return nil, false
			}
			line, ok := setAgainst(n, c, p.Op, pair[0], pair[1])
			if !ok {
				return nil, false
			}
			lines = append(lines, line)
		}
		return lines, len(lines) > 0
	}
	// A sum: of each count over the several units named ("ngành điện và
	// ngành thuế cung cấp bao nhiêu DVC", asked or not), or, when asked,
	// of the figures named when each is one of the same kind.
	if p.Op != "sum" && p.Op != "" {
		return nil, true
	}
	if p.Op == "sum" && slices.ContainsFunc(found, func(f figureOf) bool { return f.ind.Kind == "rank" }) {
		// "tổng điểm PCI": a place is not added, nor a total of it stored.
		return nil, false
	}
	for _, g := range groups {
		if len(g) > 1 && g[0].ind.UnitAgg == "sum" && (!slices.Contains(p.Levels, "province") || slices.Contains(p.Levels, "sector")) &&
			!wholeWithPart(g) && every(g, func(f figureOf) bool { return settable(g[0], f) }) {
			// (The province and a level of it, "… và phần cấp xã trong
			// đó", or a unit of it, "toàn tỉnh với của Sở Tài chính", are
			// a whole and its part: not added. The vertical sectors are
			// outside the province's figure.)
			lines = append(lines, fmt.Sprintf(msgSumOfUnits, n.Figure(total(g), g[0].ind.Kind, g[0].ind.UnitLabel)))
		}
		if len(g) > 1 && len(p.Units) >= len(g) && asksTogether(p.Words) && every(g, func(f figureOf) bool { return f.l.pt.ratio && f.l.pt.den > 0 && settable(g[0], f) }) {
			// "tỷ lệ chung của TP Hà Tĩnh và TX Hồng Lĩnh": the rate of the
			// units taken together, from their parts, not an average; of
			// those that have the figure when one has none ("Vũ Quang chưa
			// nộp thì tính hai huyện kia"), said so.
			var num, den float64
			for _, f := range g {
				num, den = num+f.l.pt.num, den+f.l.pt.den
			}
			msg := msgRateTogether
			if len(g) < len(p.Units) {
				msg = msgRateOfThoseWith
			}
			lines = append(lines, fmt.Sprintf(msg, n.Num(num/den*100), n.Num(num), n.Num(den)))
		}
	}
	if len(lines) == 0 && p.Op == "sum" && len(groups) > 1 && len(groups) == len(found) && sameKindAndPeriod(found) &&
		found[0].ind.Kind != "percent" && sameScope(found) && !partsOfOneRate(c, found) {
		// "bao nhiêu bài và tin, ảnh": asked together, added together,
		// the labels said when they differ.
		var labels []string
		for _, f := range found {
			if !slices.Contains(labels, f.ind.UnitLabel) {
				labels = append(labels, f.ind.UnitLabel)
			}
		}
		label := strings.Join(labels, " và ")
		if len(labels) > 1 && found[0].ind.Kind == "count" {
			label = "(" + label + ")"
		}
		lines = append(lines, fmt.Sprintf(msgSumOfUnits, n.Figure(total(found), found[0].ind.Kind, label)))
	}
	return lines, true
}

// wholeWithPart: the figures are the province's own and its units',
// which it holds (not the vertical sectors', which are outside it).
func wholeWithPart(g []figureOf) bool {
	ofProvince := func(f figureOf) bool { return f.l.sc.unit.Level == "province" && f.l.sc.level == "" }
	outside := func(f figureOf) bool { return f.l.sc.unit.Level == "sector" || f.l.sc.level == "sector" }
	return slices.ContainsFunc(g, ofProvince) && !slices.ContainsFunc(g, outside)
}

// opNotDone says the arithmetic asked cannot be done from the figures
// found, and shows them as what is stored, not as the result.
func opNotDone(p nlu.Parse, out sentences) Answer {
	return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op]) + " " + fmt.Sprintf(msgStoredFigures, out.answer().Text)}
}

// setAgainst is the difference or the ratio of two figures, named.
func setAgainst(n vi.Numbers, c *catalog.Catalog, op string, a, b figureOf) (string, bool) {
	name := func(f figureOf) string {
		switch {
		case a.ind.Code == b.ind.Code && f.l.sc.unit.ID != 0 && f.l.sc.level == "":
			return f.l.sc.unit.Name
		case a.ind.Code == b.ind.Code:
			return strings.TrimPrefix(scopePhrase(c, f.l.sc, false), "của ")
		case sameScope([]figureOf{a, b}):
			return f.ind.Name
		}
		return f.ind.Name + " " + scopePhrase(c, f.l.sc, false)
	}
	av, bv := vi.Shown(a.l.pt.value), vi.Shown(b.l.pt.value)
	if op == "ratio" {
		if av < bv {
			a, b, av, bv = b, a, bv, av
		}
		if bv == 0 {
			return "", false
		}
		return vi.Capitalise(fmt.Sprintf(msgRatio, name(a), n.Num(math.Round(av/bv*100)/100), name(b))), true
	}
	if a.ind.UnitLabel != b.ind.UnitLabel {
		// Two counts of different things ("số gian hàng với số sản
		// phẩm"): the gap is a bare number, said with both figures.
		if av < bv {
			a, b, av, bv = b, a, bv, av
		}
		return vi.Capitalise(fmt.Sprintf(msgCountsApart, name(a), name(b), n.Num(av-bv),
			n.Figure(av, a.ind.Kind, a.ind.UnitLabel), n.Figure(bv, b.ind.Kind, b.ind.UnitLabel))), true
	}
	switch {
	case av > bv:
		return vi.Capitalise(fmt.Sprintf(msgUnitsHigher, name(a), name(b), n.Diff(av-bv, a.ind.Kind, a.ind.UnitLabel))), true
	case av < bv:
		return vi.Capitalise(fmt.Sprintf(msgUnitsHigher, name(b), name(a), n.Diff(av-bv, a.ind.Kind, a.ind.UnitLabel))), true
	}
	return vi.Capitalise(fmt.Sprintf(msgUnitsEqual, name(a), name(b))), true
}

// countsOfOneTime: two counts of different things stated for one period,
// which a question may still set against each other ("số gian hàng với
// số sản phẩm chênh nhau bao nhiêu"), the gap or the ratio a bare number.
func countsOfOneTime(a, b figureOf) bool {
	return a.ind.Kind == "count" && b.ind.Kind == "count" && a.ind.UnitLabel != b.ind.UnitLabel &&
		!a.l.nearest && !b.l.nearest && samePeriod(a.l.pt.period, b.l.pt.period)
}

// byIndicator groups the figures by indicator, in the order found.
func byIndicator(found []figureOf) [][]figureOf {
	var groups [][]figureOf
	at := map[string]int{}
	for _, f := range found {
		i, ok := at[f.ind.Code]
		if !ok {
			i = len(groups)
			at[f.ind.Code] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], f)
	}
	return groups
}

// settable: two figures that may be added or set against each other.
func settable(a, b figureOf) bool {
	return a.ind.Kind == b.ind.Kind && a.ind.UnitLabel == b.ind.UnitLabel && samePeriod(a.l.pt.period, b.l.pt.period)
}

func sameScope(fs []figureOf) bool {
	return every(fs, func(f figureOf) bool { return f.l.sc == fs[0].l.sc })
}

// every reports whether ok holds for each figure.
func every(fs []figureOf, ok func(figureOf) bool) bool {
	for _, f := range fs {
		if !ok(f) {
			return false
		}
	}
	return true
}

// isRate: a percentage, stored or made of its parts.
func isRate(f figureOf) bool { return f.ind.Kind == "percent" || f.l.pt.ratio }

func total(fs []figureOf) float64 {
	var t float64
	for _, f := range fs {
		t += f.l.pt.value
	}
	return t
}

// numerators puts, for each ratio indicator, the count it is made of:
// the part a share between two places is taken of.
func numerators(c *catalog.Catalog, codes []string) []string {
	var out []string
	for _, code := range codes {
		if num := c.Indicators[code].NumeratorCode; num != "" {
			code = num
		}
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// sameKindAndPeriod: figures that may be added when asked together, though
// they count different things ("bài", "tin, ảnh").
func sameKindAndPeriod(fs []figureOf) bool {
	return every(fs, func(f figureOf) bool {
		return f.ind.Kind == fs[0].ind.Kind && samePeriod(f.l.pt.period, fs[0].l.pt.period)
	})
}

// partsOfOneRate: two of the figures are the numerator and the denominator
// of one rate ("hồ sơ trực tuyến" of "tổng số hồ sơ"): one is part of the
// other, and their sum means nothing.
func partsOfOneRate(c *catalog.Catalog, fs []figureOf) bool {
	codes := map[string]bool{}
	for _, f := range fs {
		codes[f.ind.Code] = true
	}
	for _, in := range c.Indicators {
		if in.NumeratorCode != "" && codes[in.NumeratorCode] && codes[in.DenominatorCode] {
			return true
		}
	}
	return false
}

// opNotAnswered: an arithmetic the intent's answer does not do (a share,
// ratio or average of a project's funding; an average of progress to a
// target, whose answer gives the share and the ratio of the target).
func opNotAnswered(p nlu.Parse) bool {
	switch p.Intent {
	case nlu.IntentProject:
		// A share of one project in a stated total of its source is done
		// (projectShare); any other arithmetic of its money is not.
		// So is one year's or one recipient's part of one project
		// (partOfProject).
		// Two years of one project set as a ratio, or averaged, are done
		// too.
		twoYears := len(p.Projects) == 1 && len(askedYears(p)) == 2 && len(namedUnits(p)) == 0
		// "bình quân mỗi năm" of one project: its years' mean (project).
		perYear := len(p.Projects) == 1 && p.Op == "avg" && hasWord(p.Words, "moi", "nam") && len(namedUnits(p)) == 0
		return p.Op == "share" && !(len(p.Projects) == 1 && (sourceTotals[p.Funding] != "" || partNamed(p))) ||
			(p.Op == "ratio" || p.Op == "avg") && !twoYears && !perYear
	case nlu.IntentProjects:
		// The mean of the projects' money is done (projectStat).
		return p.Op == "share" || p.Op == "ratio" || p.Op == "avg" && (p.Funding == "" || len(p.Projects) > 0)
	case nlu.IntentTarget:
		return p.Op == "avg" || p.Op == "except"
	}
	return false
}

// partNamed: one year or one unit is named, of which a project's share
// may be asked.
func partNamed(p nlu.Parse) bool {
	return len(askedYears(p)) == 1 && len(namedUnits(p)) == 0 || len(askedYears(p)) == 0 && len(namedUnits(p)) == 1
}

// exceptDone: an exclusion the value answer computes (the province less
// one level or unit); every other is refused before any figure is read.
func exceptDone(p nlu.Parse) bool {
	if (p.Intent == nlu.IntentRanking || p.Intent == nlu.IntentReporting) && (len(p.ExceptKinds) > 0 || len(p.ExceptUnits) > 0) && len(p.Units) == 0 {
		// "không tính thành phố và thị xã, huyện nào …", "… có mấy huyện
		// nộp báo cáo": ranked, or counted, without the units of those
		// kinds.
		return true
	}
	_, ok := exceptScopes(p)
	_, year := exceptedYear(p)
	return ok || otherProjectsAsked(p) || year
}

// perSpanAsked is the span a figure is averaged over ("bình quân mỗi
// tháng", "1 tháng", "tb mỗi quý", "chia đều 4 quý", "mỗi năm"), in months,
// with its word; 0 when none is asked.
func perSpanAsked(words []string) (int, string) {
	for _, s := range []struct {
		months int
		word   string
	}{{1, "tháng"}, {3, "quý"}, {12, "năm"}} {
		w := nlu.Fold(s.word)
		if hasWord(words, "moi", w) || oneSpan(words, w) || hasWord(words, "binh", "quan", w) ||
			hasWord(words, "trung", "binh", w) || hasWord(words, "hang", w) || hasWord(words, "chia", "deu", "4", w) || hasWord(words, "chia", "4", w) {
			return s.months, s.word
		}
	}
	return 0, ""
}

// oneSpan: "1 tháng", "một quý" as the span averaged over, not the number
// of a period ("quý 1 năm 2019", "tháng 1 năm 2019") nor a count of them
// ("1 tháng đầu năm").
func oneSpan(words []string, span string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i+1] != span || words[i] != "1" && words[i] != "mot" {
			continue
		}
		if i > 0 && slices.Contains([]string{"quy", "thang", "nam", "q", "ky", "dot"}, words[i-1]) || i+2 < len(words) && words[i+2] == "dau" {
			continue
		}
		return true
	}
	return false
}

// monthsOf is the number of whole months a period spans from the first of
// a month to the last of one (0 for anything else).
func monthsOf(per nlu.Period) int {
	start, err1 := time.Parse(time.DateOnly, per.Start)
	end, err2 := time.Parse(time.DateOnly, per.End)
	if err1 != nil || err2 != nil || start.Day() != 1 || end.AddDate(0, 0, 1).Day() != 1 || end.Before(start) {
		return 0
	}
	return (end.Year()-start.Year())*12 + int(end.Month()) - int(start.Month()) + 1
}

// perSpanAverage: "Can Lộc quý 1 bình quân tháng bao nhiêu hồ sơ", "5
// tháng đầu 2019 bình quân 1 tháng được mấy hồ sơ": a figure that adds up
// over time, averaged over the months (quarters, years) of the period
// asked; "1 tháng" there is the span averaged over, no period.
func perSpanAverage(c *catalog.Catalog, p *nlu.Parse) {
	if p.Op != "" && p.Op != "per" && p.Op != "avg" || len(p.Indicators) != 1 || p.Intent != nlu.IntentValue && (p.Intent != nlu.IntentCompare || p.Measure != "") {
		return
	}
	step, word := perSpanAsked(p.Words)
	if step == 0 || hasWord(p.Words, "hang", nlu.Fold(word)) {
		return
	}
	in := c.Indicators[p.Indicators[0]]
	if in.PeriodAgg != "sum" || in.Kind != "count" && in.Kind != "money" {
		return
	}
	if len(p.Periods) > 1 {
		p.Periods = slices.DeleteFunc(slices.Clone(p.Periods), func(per nlu.Period) bool { return monthsOf(per) == step && per.Kind == nlu.PeriodRange })
	}
	if len(p.Periods) == 1 {
		p.Op, p.Intent = "avg", nlu.IntentValue
	}
}

// plainUnit: a scope of one unit under the province, not a level.
func plainUnit(sc scope) bool { return sc.level == "" && sc.unit.ParentID.Valid }

// unitBeforeShare is the unit whose words (as first named) stand right
// before "chiếm", or "".
func unitBeforeShare(p nlu.Parse) string {
	at := slices.Index(p.Words, "chiem")
	for i, sp := range p.UnitSpans {
		n := sp[1] - sp[0]
		if i < len(p.Units) && len(p.Units[i]) == 1 && at-n >= 0 && sp[1] <= len(p.Words) && slices.Equal(p.Words[at-n:at], p.Words[sp[0]:sp[1]]) {
			return p.Units[i][0]
		}
	}
	return ""
}
