package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// groupNouns head a group of units the asker makes up ("nhóm 1: Can Lộc,
// Lộc Hà", "cụm bắc (Nghi Xuân, Đức Thọ, Hồng Lĩnh)", "khối thành thị").
var groupNouns = []string{"nhom", "cum", "khoi", "ben"}

// groupJoiners set one group of units against another when no noun heads
// them ("Lộc Hà + Can Lộc so với Nghi Xuân + Đức Thọ").
// ("với" alone is "and": "Can Lộc, Thạch Hà với Lộc Hà … cộng lại".)
var groupJoiners = [][]string{{"doi", "chieu", "voi"}, {"so", "voi"}, {"vs"}}

// unitGroups splits the units a question names into the groups it sets
// against each other, as indexes of p.Units: after each group noun, or on
// either side of "so với" when a side adds units up ("+", "cộng lại",
// "gộp"). ok is false unless there are two groups or more, one of them of
// two units or more.
func unitGroups(p nlu.Parse) ([][]int, bool) {
	if len(p.Units) < 3 || len(p.UnitSpans) != len(p.Units) {
		return nil, false
	}
	words := p.Words
	var cuts []int // the word positions where a group starts
	for i, w := range words {
		if !slices.Contains(groupNouns, w) {
			continue
		}
		// The noun heads units that follow it closely (its label between).
		next := slices.IndexFunc(p.UnitSpans, func(sp [2]int) bool { return sp[0] > i })
		if next >= 0 && p.UnitSpans[next][0]-i <= 5 && (len(cuts) == 0 || cuts[len(cuts)-1] < i) {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) < 2 {
		cuts = nil
		if !hasWord(words, "cong", "lai") && !hasWord(words, "gop") {
			return nil, false
		}
		for i := range words {
			if end := runOf(words, i, groupJoiners); end > 0 {
				before := slices.IndexFunc(p.UnitSpans, func(sp [2]int) bool { return sp[1] <= i })
				after := slices.IndexFunc(p.UnitSpans, func(sp [2]int) bool { return sp[0] >= end })
				if before >= 0 && after >= 0 {
					cuts = []int{0, i}
					break
				}
			}
		}
		if cuts == nil {
			return nil, false
		}
	}
	groups := make([][]int, len(cuts))
	for u, sp := range p.UnitSpans {
		g := -1
		for k, cut := range cuts {
			if sp[0] >= cut {
				g = k
			}
		}
		if g < 0 {
			return nil, false // a unit before the first group
		}
		groups[g] = append(groups[g], u)
	}
	two := false
	for _, g := range groups {
		if len(g) == 0 {
			return nil, false
		}
		two = two || len(g) >= 2
	}
	return groups, two
}

// groupsCompared answers groups of units set against each other ("nhóm
// 1: Can Lộc, Lộc Hà; nhóm 2: Thạch Hà, Cẩm Xuyên, quý 1 tỷ lệ hồ sơ
// trực tuyến mỗi nhóm"): each group's units taken together (a count
// added, a rate from its parts), then the gap between the first two.
// ok is false when a unit has no figure of the period asked, or the
// figure cannot be taken together.
func (r *reader) groupsCompared(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	groups, ok := unitGroups(p)
	if !ok || len(p.Indicators) != 1 || len(p.Periods) != 1 || p.Intent != nlu.IntentValue && p.Intent != nlu.IntentCompare {
		return Answer{}, false, nil
	}
	c := r.cat
	ind := c.Indicators[p.Indicators[0]]
	rate := ind.Kind == "percent"
	if !rate && ind.UnitAgg != "sum" {
		return Answer{}, false, nil
	}
	per := p.Periods[0]
	n := vi.NewNumbers()
	var s sentences
	var parts []string
	values := make([]float64, len(groups))
	for k, g := range groups {
		var names []string
		var sum, num, den float64
		for _, at := range g {
			l, found, err := r.firstFound(ctx, ind, p.Units[at], per)
			if err != nil || !found {
				return Answer{}, false, err
			}
			if rate && !l.pt.ratio {
				return Answer{}, false, nil
			}
			names = append(names, l.sc.unit.Name)
			sum, num, den = sum+l.pt.value, num+l.pt.num, den+l.pt.den
			s.source(l.pt.citation)
		}
		figure := n.Figure(sum, ind.Kind, ind.UnitLabel)
		values[k] = sum
		if rate {
			values[k] = vi.Shown(num / den * 100)
			figure = fmt.Sprintf("%s%% (%s/%s)", n.Num(values[k]), n.Num(num), n.Num(den))
		}
		parts = append(parts, fmt.Sprintf(msgGroupFigure, k+1, strings.Join(names, ", "), figure))
	}
	line := fmt.Sprintf(msgGroups, vi.Capitalise(ind.Name), per.Label, strings.Join(parts, "; "))
	if d := values[0] - values[1]; d != 0 {
		word := msgIncrease
		if d < 0 {
			word = msgDecrease
		}
		line += " " + fmt.Sprintf(msgGroupGap, groupWord(word), n.Diff(d, ind.Kind, ind.UnitLabel))
	}
	s.lines, s.kind = []string{line}, KindFigure
	ans := s.answer()
	ans.Parse = p
	return ans, true, nil
}

// groupWord is how the first group stands against the second.
func groupWord(change string) string {
	if change == msgIncrease {
		return "cao hơn"
	}
	return "thấp hơn"
}

// firstFound is the figure of the period asked of the first reading of a
// unit's name that has one.
func (r *reader) firstFound(ctx context.Context, ind queries.Indicator, codes []string, per nlu.Period) (lookup, bool, error) {
	for _, code := range codes {
		u, ok := r.cat.Units[code]
		if !ok || code == nlu.ProvinceCode {
			continue // (a group is of units: "TP Hà Tĩnh" is the city)
		}
		l, err := r.lookupExact(ctx, ind, scope{unit: u}, &per)
		if err != nil {
			return lookup{}, false, err
		}
		if l.found {
			return l, true, nil
		}
	}
	return lookup{}, false, nil
}

// byLevels: "DVC mức 3 từng cấp", "chia theo cấp", "cơ cấu … theo cấp":
// the figure of each level that has one, of the province's.
func (r *reader) byLevels(ctx context.Context, p nlu.Parse) (nlu.Parse, error) {
	if !(hasWord(p.Words, "tung", "cap") || hasWord(p.Words, "moi", "cap") || hasWord(p.Words, "theo", "cap")) ||
		len(p.Units) > 0 || p.Level != "" || len(p.Levels) > 0 || len(p.Indicators) != 1 {
		return p, nil
	}
	prov, ok := r.cat.Units[nlu.ProvinceCode]
	if !ok {
		return p, nil
	}
	vals, err := r.unitValues(ctx, r.cat.Indicators[p.Indicators[0]].ID, prov.ID)
	if err != nil {
		return p, err
	}
	var levels []string
	for _, v := range vals {
		if v.Level != "" && !v.PerUnit && !slices.Contains(levels, v.Level) {
			levels = append(levels, v.Level)
		}
	}
	if len(levels) < 2 {
		return p, nil
	}
	slices.SortFunc(levels, func(a, b string) int { return r.cat.Levels[a].Rank - r.cat.Levels[b].Rank })
	p.Level, p.Levels = levels[0], levels
	return p, nil
}

// quartersOfReports: "quý nào khối sở có tỷ lệ … thấp hơn", "quý nào toàn
// tỉnh … cao hơn, tính theo các đơn vị đã báo cáo": a figure units
// report, of a level or of every unit, asked which quarter: the quarters
// reported, oldest first, set against each other.
func (r *reader) quartersOfReports(ctx context.Context, p nlu.Parse) (nlu.Parse, error) {
	if !whichPeriodAsked(p.Words) || p.Order != "asc" && p.Order != "desc" && !hasWord(p.Words, "hon") ||
		len(p.Periods) > 0 || len(p.Indicators) != 1 || !r.cat.Reported[p.Indicators[0]] || len(namedUnits(p)) > 0 ||
		p.Level == "" && !hasWord(p.Words, "toan", "tinh") && !hasWord(p.Words, "da", "bao", "cao") && !hasWord(p.Words, "da", "nop") {
		return p, nil
	}
	ind := r.cat.Indicators[p.Indicators[0]]
	code := ind.Code
	if ind.NumeratorCode != "" {
		code = ind.NumeratorCode
	}
	ps, err := r.submittedPeriods(ctx, code)
	if err != nil || len(ps) < 2 {
		return p, err
	}
	var quarters []nlu.Period
	for _, sp := range ps {
		if nlu.PeriodKind(sp.Kind) == nlu.PeriodQuarter {
			quarters = append(quarters, nlu.Period{Kind: nlu.PeriodQuarter, Start: sp.Start, End: sp.End, Label: sp.Label})
		}
	}
	if len(quarters) < 2 || len(quarters) > maxPeriodOptions {
		return p, nil
	}
	slices.Reverse(quarters)
	p.Periods, p.Intent, p.Measure, p.Order, p.Top, p.Which = quarters, nlu.IntentCompare, "change", "", 0, false
	if len(p.Units) > 0 {
		p.Units, p.UnitSpans = nil, nil // ("toàn tỉnh": the province, every unit's reports)
	}
	return p, nil
}

// groupLabelWords name a group the asker makes up ("nhóm 1", "nhóm II",
// "cụm A", "cụm bắc", "khối thành thị", "nhóm sở"): its label, no unit
// nor level of the question.
var groupLabelWords = map[string]bool{"1": true, "2": true, "3": true, "4": true, "i": true, "ii": true, "iii": true, "iv": true, "a": true, "b": true,
	"c": true, "bac": true, "nam": true, "trung": true, "dong": true, "tay": true, "thanh": true, "thi": true, "nong": true, "thon": true, "ven": true,
	"bien": true, "mien": true, "nui": true, "so": true, "huyen": true, "co": true, "gom": true, "mot": true, "hai": true, "thu": true}

// withoutGroupLabels drops the labels of two groups or more the question
// makes up ("nhóm 1: Can Lộc, Lộc Hà; nhóm 2: Thạch Hà, Cẩm Xuyên"),
// keeping the nouns that head them (unitGroups).
// Each noun becomes "bên", which the rules pass over as they pass over
// "bên nào" (a noun twice, unexplained, would leave the question not
// understood). Only when each noun heads a unit's name: "khối sở và
// khối huyện" are levels.
func withoutGroupLabels(c *catalog.Catalog, t nlu.Text) (nlu.Text, bool) {
	noun := func(w string) bool { return w != "ben" && slices.Contains(groupNouns, w) } // ("bên" is what they become)
	// labelEnd is where the units a noun at i heads start, or -1.
	labelEnd := func(i int) int {
		j := i + 1
		for k := 0; k < 2 && j < len(t.Tokens) && groupLabelWords[t.Tokens[j]] && !nextIsPeriod(t.Tokens, j) && !unitKindAt(t.Tokens, j); k++ {
			j++
		}
		if len(c.Vocab.ResolveUnit(strings.Join(t.Tokens[j:min(len(t.Tokens), j+4)], " "))) == 0 {
			return -1
		}
		return j
	}
	heads := 0
	for i, w := range t.Tokens {
		if noun(w) && labelEnd(i) >= 0 {
			heads++
		}
	}
	if heads < 2 {
		return t, false
	}
	var out []string
	for i := 0; i < len(t.Tokens); i++ {
		if !noun(t.Tokens[i]) {
			out = append(out, t.Tokens[i])
			continue
		}
		out = append(out, "ben") // ("mỗi nhóm": "mỗi bên")
		if j := labelEnd(i); j >= 0 {
			i = j - 1
		}
	}
	return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out, NearestAsked: t.NearestAsked}, true
}

// unitKindAt: the words at i are a kind of unit that starts a name
// ("thành phố Hà Tĩnh", "thị xã Kỳ Anh", "huyện Can Lộc"), no label.
func unitKindAt(toks []string, i int) bool {
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1]
	}
	switch toks[i] {
	case "thanh":
		return next == "pho"
	case "thi":
		return next == "xa" || next == "tran"
	case "huyen":
		return next != "" && !groupLabelWords[next]
	}
	return false
}

// nextIsPeriod: the word at i starts a period ("năm 2019", "quý 1"), no label.
func nextIsPeriod(toks []string, i int) bool {
	return toks[i] == "nam" && i+1 < len(toks) && len(toks[i+1]) == 4
}
