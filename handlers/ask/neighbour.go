package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// A unit's neighbour in a ranking: "đơn vị xếp ngay trên Thạch Hà", "ai
// liền sau Hương Khê", "kế TP Hà Tĩnh là đơn vị nào", "đứng trên Sở TT&TT
// 1 bậc". The unit's own figure is no answer to it.

// Which way the words ask: the unit ranked right above the one named, or
// right below it.
const (
	neighbourAbove = -1
	neighbourBelow = 1
	// The ends: "Cẩm Xuyên kém đơn vị dẫn đầu bao nhiêu", "… đứng dưới
	// top 1 bao nhiêu điểm", "… hơn đơn vị thấp nhất bao nhiêu".
	neighbourTop    = -2
	neighbourBottom = 2
	// neighbourNth plus n is the unit ranked n-th: "Sở TT&TT hơn sở
	// đứng thứ 2 bao nhiêu điểm".
	neighbourNth = 100
)

// neighbourCues are the words that ask for the unit right above or right
// below the one named.
var neighbourCues = []struct {
	words []string
	dir   int
}{
	{[]string{"ngay", "tren"}, neighbourAbove}, {[]string{"lien", "tren"}, neighbourAbove}, {[]string{"ngay", "truoc"}, neighbourAbove},
	{[]string{"lien", "truoc"}, neighbourAbove}, {[]string{"tren", "1", "bac"}, neighbourAbove}, {[]string{"tren", "mot", "bac"}, neighbourAbove},
	{[]string{"dung", "truoc"}, neighbourAbove}, {[]string{"xep", "truoc"}, neighbourAbove},
	{[]string{"ngay", "duoi"}, neighbourBelow}, {[]string{"lien", "duoi"}, neighbourBelow}, {[]string{"ngay", "sau"}, neighbourBelow},
	{[]string{"lien", "sau"}, neighbourBelow}, {[]string{"duoi", "1", "bac"}, neighbourBelow}, {[]string{"duoi", "mot", "bac"}, neighbourBelow},
	{[]string{"dung", "sau"}, neighbourBelow}, {[]string{"xep", "sau"}, neighbourBelow}, {[]string{"ke", "tiep"}, neighbourBelow},
	{[]string{"ke", "sau"}, neighbourBelow},
}

// beatenCues ask, after the unit named, the one it only just beats ("chỉ
// hơn được huyện nào") or only just trails ("chỉ thua", "chỉ kém", "thua
// đơn vị nào, thua bao nhiêu": the closest above).
var beatenCues = []struct {
	words string
	dir   int
}{{"chi hon", neighbourBelow}, {"chi thua", neighbourAbove}, {"chi kem", neighbourAbove}, {"thua", neighbourAbove}, {"kem", neighbourAbove}}

// namedBeforeAsked: the unit named (or said before) stands at the words
// from..to, and a "which" word after them asks the other: "Hương Sơn
// đứng ngay sau huyện nào", "…, chỉ đứng sau đơn vị nào" (not "đơn vị
// nào đứng ngay sau", "liền sau là ai", "đứng ngay sau Can Lộc là ai").
func namedBeforeAsked(p nlu.Parse, from, to int) bool {
	words := p.Words
	stands := words[from] == "dung" || words[from] == "xep" || words[from] == "chi" || words[from] == "thua" || words[from] == "kem" ||
		from > 0 && (words[from-1] == "dung" || words[from-1] == "xep")
	if !stands || !asksWhich(words[to:]) || asksWhich(words[:from]) || to < len(words) && words[to] == "la" ||
		slices.ContainsFunc(p.UnitSpans, func(sp [2]int) bool { return sp[0] >= to }) {
		return false
	}
	return true
}

// asksWhich: the words ask which unit ("huyện nào", "đơn vị nào", "ai").
func asksWhich(words []string) bool {
	for i, w := range words {
		if w == "ai" || w == "nao" && i > 0 {
			return true
		}
	}
	return false
}

// neighbourAfter reads "liền trên là ai?", "xếp trên nó 1 bậc là ai?",
// "kế sau là đơn vị nào?" after a unit's figure or place, or after a
// ranking that named one unit: that unit's neighbour in the same figure,
// period and level.
func neighbourAfter(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if len(p.Units) > 1 || len(p.Units) == 1 && endAsked(p.Words) == 0 || len(p.Indicators) > 0 || neighbourAsked(p) == 0 ||
		len(prev.Indicators) != 1 || !c.Reported[prev.Indicators[0]] || len(prev.Periods) != 1 {
		// (A unit named is set against an end of the ranking only:
		// "Thạch Hà kém top mấy điểm".)
		return nlu.Parse{}, false
	}
	return placeOfBefore(mem, p, p.Units)
}

// placeAfter: "đứng thứ mấy (trong đơn vị cấp huyện)" after one unit's
// figure of a quarter is that unit's place by it; "Sở Công Thương xếp thứ
// mấy" after a ranking is that unit's place in it, of its quarter.
func placeAfter(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if p.Op != "rankof" || len(p.Units) > 1 || len(p.Units) == 1 && prev.Intent != nlu.IntentRanking || len(p.Periods) > 0 ||
		len(p.Indicators) > 0 && !slices.Equal(p.Indicators, []string{rankedByDefault}) || hasWord(p.Words, "ty", "le") ||
		len(prev.Indicators) != 1 || !c.Reported[prev.Indicators[0]] || len(prev.Periods) != 1 ||
		p.Level != "" && !hasWord(p.Words, "trong") || hasWord(p.Words, "muc") {
		// (Not "thị xã thì hạng mấy", a unit chosen, nor "mức 3 đứng thứ
		// mấy", another figure: a level is where the place is counted
		// only "trong" it.)
		return nlu.Parse{}, false
	}
	var units [][]string
	if len(p.Units) == 1 {
		units = p.Units
	}
	return placeOfBefore(mem, p, units)
}

// placeOfBefore is the question before turned into a unit's place by its
// figure: the unit named now, or the one the ranking before named, or the
// one asked before.
func placeOfBefore(mem *memory, p nlu.Parse, units [][]string) (nlu.Parse, bool) {
	prev := mem.Parse
	m := prev
	switch {
	case len(units) == 1:
		m.Units = units
	case endAsked(p.Words) != 0 && len(prev.Units) == 1:
		// "quý 1 thì kém đơn vị đứng đầu mấy điểm" after a unit set
		// against the first: the unit asked of, not the first named.
	case len(mem.Named) == 1:
		m.Units = [][]string{mem.Named}
	case len(prev.Units) == 1:
	default:
		return nlu.Parse{}, false
	}
	m.Intent, m.Op, m.Order, m.Top, m.Which, m.Threshold = nlu.IntentValue, "rankof", "", 0, false, nil
	m.Words, m.UnitSpans = p.Words, nil
	if len(p.Periods) == 1 {
		// "kém top quý 2 bao nhiêu điểm": of the quarter named now.
		m.Periods = p.Periods
	}
	if p.Level != "" {
		m.Level = p.Level
	}
	return m, true
}

// periodNouns name a period: "quý liền trước" is the quarter before, no
// unit's neighbour.
var periodNouns = map[string]bool{"quy": true, "nam": true, "ky": true, "thang": true, "q": true, "dot": true}

// neighbourAsked is the way the words ask for a unit's neighbour, or 0.
// "kế TP Hà Tĩnh" is the one after it: "kế" right before a unit named
// (not "lũy kế", "không kể", "liệt kê", "kế hoạch").
func neighbourAsked(p nlu.Parse) int {
	words := p.Words
	for _, c := range neighbourCues {
		for i := 0; i+len(c.words) <= len(words); i++ {
			if !slices.Equal(words[i:i+len(c.words)], c.words) {
				continue
			}
			if i > 0 && periodNouns[words[i-1]] {
				continue // "quý liền trước", "năm liền sau": a period
			}
			if namedBeforeAsked(p, i, i+len(c.words)) {
				// "Hương Sơn đứng ngay sau huyện nào": the unit named is
				// the one after; the one asked is before it.
				return -c.dir
			}
			return c.dir
		}
	}
	for _, c := range beatenCues {
		if i := nlu.PhraseIndex(words, c.words); i >= 0 && namedBeforeAsked(p, i, i+len(strings.Fields(c.words))) {
			// "huyện Kỳ Anh chỉ hơn được huyện nào": the one right below.
			return c.dir
		}
	}
	for _, sp := range p.UnitSpans {
		// "sau Can Lộc là huyện nào", "trước Thạch Hà là ai": the unit
		// right below or above the one named.
		if at := sp[0] - 1; at >= 0 && at < len(words) && sp[1] < len(words) && asksWhich(words[sp[1]:]) && (at == 0 || words[at-1] != "ngay" && words[at-1] != "lien") {
			switch words[at] {
			case "sau":
				return neighbourBelow
			case "truoc":
				return neighbourAbove
			}
		}
	}
	for i := 1; i+1 < len(words); i++ {
		// "xếp trên Thạch Hà 1 bậc": the way, then the unit, then the step.
		if words[i+1] != "bac" || words[i] != "1" && words[i] != "mot" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-7; j-- {
			switch words[j] {
			case "tren", "truoc":
				return neighbourAbove
			case "duoi", "sau":
				return neighbourBelow
			}
		}
	}
	for _, sp := range p.UnitSpans {
		if at := sp[0] - 1; at >= 0 && at < len(words) && words[at] == "ke" && (at == 0 || !slices.Contains([]string{"luy", "khong", "chua", "liet", "thong"}, words[at-1])) {
			return neighbourBelow
		}
	}
	if n := nthAsked(words); n > 0 {
		return neighbourNth + n
	}
	return endAsked(words)
}

// gapWords set one figure against another's.
var gapWords = map[string]bool{"hon": true, "kem": true, "thua": true, "cach": true, "chenh": true}

// nthAsked is the place of another unit a unit is set against ("hơn sở
// đứng thứ 2 bao nhiêu", "kém huyện xếp thứ 3 mấy điểm"), or 0: a place
// after a unit's noun, in a question of a gap (not "Cẩm Xuyên đứng thứ
// 8", the unit's own place).
func nthAsked(words []string) int {
	gap := false
	for i := 0; i+2 < len(words); i++ {
		gap = gap || gapWords[words[i]]
		if !gap || i == 0 || words[i] != "dung" && words[i] != "xep" || words[i+1] != "thu" || !unitNouns[words[i-1]] {
			continue
		}
		n := 0
		for _, r := range words[i+2] {
			if r < '0' || r > '9' || n > 100 {
				return 0
			}
			n = n*10 + int(r-'0')
		}
		if n >= 2 {
			return n
		}
	}
	return 0
}

// endAsked is the end of the ranking a unit is set against, or 0: the
// first ("kém đơn vị dẫn đầu bao nhiêu", "đứng dưới top 1 bao nhiêu",
// "cách đầu bảng bao xa") or the last ("hơn đơn vị thấp nhất bao nhiêu").
func endAsked(words []string) int {
	top := hasWord(words, "dan", "dau") || hasWord(words, "dung", "dau") || topAlone(words) || hasWord(words, "dau", "bang") ||
		hasWord(words, "cao", "nhat") || hasWord(words, "nhieu", "nhat")
	below := hasWord(words, "kem") || hasWord(words, "thua") || hasWord(words, "duoi") || hasWord(words, "cach") || hasWord(words, "sau") ||
		hasWord(words, "thap", "hon") || hasWord(words, "it", "hon")
	bottom := hasWord(words, "dung", "cuoi") || hasWord(words, "cuoi", "bang") || hasWord(words, "thap", "nhat") || hasWord(words, "it", "nhat")
	above := hasWord(words, "hon") && !below || hasWord(words, "tren")
	switch {
	case top && below && !bottom:
		return neighbourTop
	case bottom && above && !top:
		return neighbourBottom
	}
	return 0
}

// neighbour answers the unit right above (dir < 0) or right below the
// one asked in q's ranking, with both figures and the gap between them.
func (r *reader) neighbour(ctx context.Context, q nlu.Parse, unit queries.Unit, ind queries.Indicator, dir int) (Answer, error) {
	c := r.cat
	per, list, none, err := r.rankedUnits(ctx, q, ind)
	if err != nil || none != nil {
		return deref(none), err
	}
	sortRanked(list, ind.HigherIsBetter)
	at := slices.IndexFunc(list, func(e ranked) bool { return e.id == unit.ID })
	among := c.LevelPhrase(q.Level)
	if at < 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankOfNotReported, unit.Name, ind.Name, per.Label)}, nil
	}
	n := vi.NewNumbers()
	figure := func(e ranked) string { return n.Figure(e.value, ind.Kind, ind.UnitLabel) }
	other := at + dir
	switch {
	case dir == neighbourTop:
		other = 0
	case dir == neighbourBottom:
		other = len(list) - 1
	case dir > neighbourNth:
		return nthAgainst(q, unit, ind, per, list, at, dir-neighbourNth-1, c), nil
	}
	if other == at && (dir == neighbourTop || dir == neighbourBottom) {
		dir /= 2 // the unit is that end itself: said as such
		other = -1
	}
	if other < 0 || other >= len(list) {
		msg := msgNeighbourFirst
		if dir > 0 {
			msg = msgNeighbourLast
		}
		return Answer{Kind: KindFigure, Text: fmt.Sprintf(msg, vi.Capitalise(ind.Name), among, per.Label, unit.Name, figure(list[at]), at+1, len(list))}, nil
	}
	gap := rankGap(n, ind, list[at], list[other])
	where := msgRightAbove
	switch {
	case dir == neighbourTop:
		where = msgAtTop
	case dir == neighbourBottom:
		where = msgAtBottom
	case dir > 0:
		where = msgRightBelow
	}
	text := fmt.Sprintf(msgNeighbour, vi.Capitalise(ind.Name), among, per.Label, where, unit.Name, figure(list[at]), at+1,
		list[other].name, figure(list[other]), other+1, gap)
	// The chat goes on from the two units: "kém bao nhiêu điểm %?" is
	// their gap, "đơn vị đó" the neighbour named.
	next := q
	next.Intent, next.Op, next.Level, next.UnitSpans, next.Words = nlu.IntentValue, "", "", nil, nil
	next.Units = [][]string{{c.Keys[unit.ID]}, {c.Keys[list[other].id]}}
	if dir == neighbourTop || dir == neighbourBottom {
		// "quý 1 thì kém đơn vị đứng đầu mấy điểm" next: the unit asked
		// of, against whichever unit leads then.
		next.Units = next.Units[:1]
	}
	return Answer{Kind: KindFigure, Text: text, Parse: next, named: []string{c.Keys[list[other].id]}}, nil
}

// gapToEnd: "Sở TT&TT quý 2 kém đơn vị dẫn đầu toàn tỉnh bao nhiêu điểm
// %", "Cẩm Xuyên quý 1 đứng dưới top 1 bao nhiêu": one unit set against
// the end of the ranking of a reported figure, not its own figure beside
// the province's. "Toàn tỉnh", "cả tỉnh" there rank every unit.
func gapToEnd(c *catalog.Catalog, p *nlu.Parse) {
	if len(namedUnits(*p)) != 1 || endAsked(p.Words) == 0 && nthAsked(p.Words) == 0 {
		return
	}
	if _, ok := c.Indicators[rankedByDefault]; ok && len(p.Indicators) == 0 && hasWord(p.Words, "diem") && len(p.Periods) > 0 {
		// "Sở TT&TT quý 2 kém đơn vị dẫn đầu bao nhiêu điểm %": the
		// points of the rate units are ranked by in their reports.
		p.Indicators, p.Intent, p.Reason = []string{rankedByDefault}, nlu.IntentValue, ""
	}
	if len(p.Indicators) != 1 || !c.Reported[p.Indicators[0]] || p.Intent != nlu.IntentValue && p.Intent != nlu.IntentRanking {
		return
	}
	var units [][]string
	var spans [][2]int
	for i, u := range p.Units {
		if slices.Equal(u, []string{nlu.ProvinceCode}) {
			continue
		}
		units = append(units, u)
		if i < len(p.UnitSpans) {
			spans = append(spans, p.UnitSpans[i])
		}
	}
	if len(units) != 1 {
		return
	}
	p.Units, p.UnitSpans = units, spans
	p.Intent, p.Op, p.Order, p.Top = nlu.IntentValue, "rankof", "", 0
}

// topAlone: "top 1", or "top" with no other number ("kém top mấy điểm").
func topAlone(words []string) bool {
	at := slices.Index(words, "top")
	return at >= 0 && (at+1 == len(words) || words[at+1] == "1" || !isDigits(words[at+1]))
}

// provinceWide: "… toàn tỉnh", "… cả tỉnh", said of the ranking.
func provinceWide(words []string) bool {
	return hasWord(words, "toan", "tinh") || hasWord(words, "ca", "tinh")
}

// nthAgainst sets the unit asked (at) against the one ranked other+1-th in
// list, with both figures and the gap between them.
func nthAgainst(q nlu.Parse, unit queries.Unit, ind queries.Indicator, per nlu.Period, list []ranked, at, other int, c *catalog.Catalog) Answer {
	n := vi.NewNumbers()
	among := c.LevelPhrase(q.Level)
	if other >= len(list) {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNoNth, among, per.Label, len(list), other+1)}
	}
	gap := rankGap(n, ind, list[at], list[other])
	text := fmt.Sprintf(msgNthAgainst, vi.Capitalise(ind.Name), among, per.Label, unit.Name, n.Figure(list[at].value, ind.Kind, ind.UnitLabel), at+1,
		other+1, list[other].name, n.Figure(list[other].value, ind.Kind, ind.UnitLabel), gap)
	next := q
	next.Intent, next.Op, next.Level, next.UnitSpans, next.Words = nlu.IntentValue, "", "", nil, nil
	next.Units = [][]string{{c.Keys[unit.ID]}, {c.Keys[list[other].id]}}
	return Answer{Kind: KindFigure, Text: text, Parse: next, named: []string{c.Keys[list[other].id]}}
}

// rankGap is the gap between two units' figures as shown: in the
// figure's unit, or in points for a rate.
func rankGap(n vi.Numbers, ind queries.Indicator, a, b ranked) string {
	d := math.Abs(vi.Shown(a.value) - vi.Shown(b.value))
	if ind.Kind == "percent" {
		return n.Num(d) + " điểm %"
	}
	return n.Figure(d, ind.Kind, ind.UnitLabel)
}
