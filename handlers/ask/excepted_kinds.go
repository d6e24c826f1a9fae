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

// withoutExceptedKinds drops, from the units a question names, the
// readings of the kinds it leaves out: "không tính TP Hà Tĩnh", "bỏ thành
// phố và 2 thị xã ra" name the units left out, not the ones asked. When
// nothing else is named, the units ranked or added are the districts'.
func withoutExceptedKinds(c *catalog.Catalog, p *nlu.Parse) {
	defer func() {
		if rankedOrder(*p) {
			// "không kể TP Hà Tĩnh, đơn vị cấp huyện nào nhiều … nhất":
			// the others ranked.
			p.Intent, p.Op = nlu.IntentRanking, ""
		}
		if len(p.ExceptKinds) > 0 && p.Op == "rankof" && p.Intent == nlu.IntentRanking && len(p.Units) == 1 {
			// "Không kể thành phố và 2 thị xã, Hương Khê xếp hạng mấy":
			// its place among the others.
			p.Intent, p.Order = nlu.IntentValue, ""
		}
	}()
	if len(p.ExceptKinds) > 0 && len(p.Units) == 0 && p.Level == "" && len(p.Indicators) > 0 {
		// "không tính TP với TX, tỷ lệ chung bao nhiêu": the kinds left
		// out are the district level's, so the rest is that level.
		p.Level = "district"
	}
	if len(p.ExceptKinds) == 0 || len(p.Units) == 0 {
		return
	}
	var kept [][]string
	for _, readings := range p.Units {
		left := slices.DeleteFunc(slices.Clone(readings), func(code string) bool {
			u, ok := c.Units[code]
			return ok && slices.Contains(p.ExceptKinds, u.Kind)
		})
		if len(left) == len(readings) {
			kept = append(kept, readings)
		} else if len(left) > 0 && len(left) < len(readings) {
			kept = append(kept, left)
		}
	}
	if len(kept) == len(p.Units) {
		return
	}
	p.Units = kept
	if len(kept) == 0 && (p.Level == "" || p.Level == "commune" && slices.Contains(p.Levels, "district")) {
		// ("2 thị xã" also reads as communes.)
		p.Level, p.Levels = "district", nil
	}
}

// rankedOrder: a ranking's order with nothing else to rank by than the
// level's units, once the units named were the ones left out.
func rankedOrder(p nlu.Parse) bool {
	return len(p.ExceptKinds) > 0 && len(p.Units) == 0 && (p.Order == "desc" || p.Order == "asc") && p.Intent == nlu.IntentValue
}

// exceptKindsTotal: a level's figure together without some kinds of unit
// ("tỷ lệ chung của các đơn vị cấp huyện, không tính thành phố"), which
// the units' own reports give.
func exceptKindsTotal(c *catalog.Catalog, p nlu.Parse) bool {
	if p.Intent != nlu.IntentValue || len(p.ExceptKinds) == 0 && len(p.ExceptUnits) == 0 || p.Level == "" || len(p.Units) > 0 || len(p.Periods) != 1 {
		return false
	}
	if rate, ok := restOfRate(c, p); ok {
		// "… còn bao nhiêu hồ sơ không online": the whole less its part.
		return c.Reported[rate.Code]
	}
	if len(p.Indicators) == 0 {
		return false
	}
	for _, code := range p.Indicators {
		// ("… các sở khác nhận trực tuyến tổng bn hồ sơ": each figure
		// named, the files received and those online.)
		ind, ok := c.Indicators[code]
		if !ok || !c.Reported[ind.Code] || ind.UnitAgg != "sum" && (ind.UnitAgg != "ratio" || ind.NumeratorCode == "") {
			return false
		}
	}
	return true
}

// exceptKindsFigure answers exceptKindsTotal: the reports of the level's
// units of the other kinds, added (a rate from its added parts).
func (r *reader) exceptKindsFigure(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if rate, ok := restOfRate(c, p); ok {
		return r.exceptKindsOne(ctx, p, restIndicator(c, rate))
	}
	parts := make([]Answer, 0, len(p.Indicators))
	for _, code := range p.Indicators {
		ans, err := r.exceptKindsOne(ctx, p, c.Indicators[code])
		if err != nil || len(p.Indicators) == 1 {
			return ans, err
		}
		parts = append(parts, ans)
	}
	return joinAnswers(parts), nil
}

// exceptKindsOne is exceptKindsFigure of one figure.
func (r *reader) exceptKindsOne(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, error) {
	c := r.cat
	per := p.Periods[0]
	rows, err := r.submittedValues(ctx, per.Start, per.End, p.Level)
	if err != nil {
		return Answer{}, err
	}
	units := map[int64]bool{}
	sums := map[string]float64{}
	left := func(id int64) bool {
		return slices.Contains(p.ExceptKinds, c.Units[c.Keys[id]].Kind) || slices.Contains(p.ExceptUnits, c.Keys[id])
	}
	for _, row := range rows {
		if left(row.UnitID) {
			continue
		}
		units[row.UnitID] = true
		sums[row.IndicatorCode] += row.Value
	}
	who := c.LevelPhrase(p.Level) + " " + leftOutPhrase(c, p)
	n := vi.NewNumbers()
	var figure string
	switch {
	case ind.Kind != "percent" && ind.NumeratorCode != "" && len(units) > 0:
		figure = n.Figure(sums[ind.DenominatorCode]-sums[ind.NumeratorCode], ind.Kind, ind.UnitLabel)
	case ind.UnitAgg == "ratio" && sums[ind.DenominatorCode] > 0:
		num, den := sums[ind.NumeratorCode], sums[ind.DenominatorCode]
		figure = fmt.Sprintf("%s%% (%s/%s)", n.Num(100*num/den), n.Num(num), n.Num(den))
	case ind.UnitAgg == "sum" && len(units) > 0:
		figure = n.Figure(sums[ind.Code], ind.Kind, ind.UnitLabel)
	default:
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankingNoData, ind.Name, per.Label), Parse: p}, nil
	}
	required := 0
	for id, key := range c.Keys {
		if u := c.Units[key]; c.RequiredUnit[id] && u.Level == p.Level && !left(id) {
			required++
		}
	}
	text := fmt.Sprintf(msgExceptKindsFigure, vi.Capitalise(ind.Name), who, per.Label, figure, len(units), required, per.Label)
	return Answer{Kind: KindFigure, Text: text, Parse: p}, nil
}

// leftOutPhrase names the kinds and units a question leaves out:
// "(không tính thành phố, thị xã)", "(ngoài Sở Thông tin và Truyền
// thông)".
func leftOutPhrase(c *catalog.Catalog, p nlu.Parse) string {
	var parts []string
	if len(p.ExceptKinds) > 0 {
		parts = append(parts, fmt.Sprintf(msgExceptKinds, strings.ToLower(strings.Join(p.ExceptKinds, ", "))))
	}
	if len(p.ExceptUnits) > 0 {
		names := make([]string, 0, len(p.ExceptUnits))
		for _, key := range p.ExceptUnits {
			names = append(names, c.Units[key].Name)
		}
		parts = append(parts, fmt.Sprintf(msgExceptUnits, strings.Join(names, ", ")))
	}
	return strings.Join(parts, " ")
}

// missingBesides reads "ngoài Vũ Quang còn huyện nào chưa nộp" as the
// units that have not reported, the one named among them, not a remainder
// no stored figure is.
func missingBesides(p *nlu.Parse) {
	if p.Intent != nlu.IntentReporting || p.Op != "except" || len(p.Units) == 0 || !p.Missing && p.Measure != "complement" {
		return
	}
	p.Units, p.Op = nil, ""
	if p.Level == "" && hasWord(p.Words, "huyen", "nao") {
		p.Level = "district"
	}
}

// exceptCueWords end the words that leave a unit out before its name
// ("không tính", "không kể", "bỏ", "trừ", "ngoài").
var exceptCueWords = [][]string{{"khong", "tinh"}, {"chua", "tinh"}, {"khong", "ke"}, {"chua", "ke"}, {"loai", "tru"}, {"ngoai", "tru"}, {"bo"}, {"tru"}, {"ngoai"},
	{"bo", "phan", "cua"}, {"tru", "phan", "cua"}, {"khong", "tinh", "phan", "cua"}, {"bo", "phan"}, {"tru", "phan"}, {"khong", "tinh", "phan"}}

// leftOut: the words right before the i-th unit named leave it out
// ("không tính Lộc Hà", "bỏ ngành điện").
func leftOut(p nlu.Parse, i int) bool {
	sp := p.UnitSpans[i]
	if sp[0] > len(p.Words) {
		return false
	}
	if leftOutAt(p.Words, sp[0]) || sp[0] > 0 && (p.Words[sp[0]-1] == "ben" || p.Words[sp[0]-1] == "nganh") && leftOutAt(p.Words, sp[0]-1) {
		return true
	}
	if i == 0 || p.UnitSpans[i-1][1] > sp[0] {
		return false
	}
	// "trừ Can Lộc, TP Hà Tĩnh ra", "ngoài Lộc Hà với Can Lộc": listed
	// after a unit left out (with a comma only when "ra" closes the list:
	// "không tính bên thuế, Điện lực … có mấy" asks of the second).
	between := p.Words[p.UnitSpans[i-1][1]:sp[0]]
	for _, w := range between {
		if !listJoiners[w] {
			return false
		}
	}
	if len(between) == 0 && (sp[1] >= len(p.Words) || p.Words[sp[1]] != "ra") {
		return false
	}
	return leftOut(p, i-1)
}

// everyNamedLeftOut: every unit the question names is named to be left
// out ("trừ phần ngành thuế đi thì còn bn"), or a project is ("bỏ dự án
// phần mềm trích lọc ra thì còn bn"), and nothing else is asked of: the
// rest, which no stored figure is (the one left out was answered).
func everyNamedLeftOut(p nlu.Parse) bool {
	if p.Op == "except" || p.Intent == nlu.IntentReporting || p.Threshold != nil || p.Order != "" || !slices.Contains(p.Words, "con") {
		// (exceptDone, missingBesides and unitsLeftOutOfList read those;
		// only the rest asked, "thì còn bn", is what no figure is.)
		return false
	}
	if len(p.Projects) > 0 && len(p.Units) == 0 {
		for i := 0; i+1 < len(p.Words); i++ {
			if p.Words[i] == "du" && p.Words[i+1] == "an" && leftOutAt(p.Words, i) {
				return true
			}
		}
		return false
	}
	if len(p.Units) == 0 || len(p.UnitSpans) != len(p.Units) {
		return false
	}
	for i := range p.Units {
		if !leftOut(p, i) {
			return false
		}
	}
	return true
}

// leftOutAt: the words right before word at leave out what it names.
func leftOutAt(words []string, at int) bool {
	for _, c := range exceptCueWords {
		from := at - len(c)
		if from < 0 || !slices.Equal(words[from:at], c) {
			continue
		}
		if c[0] == "ngoai" && from > 0 && notBesides[words[from-1]] {
			continue // "năm ngoái tỉnh …", "nước ngoài": no unit left out
		}
		if c[0] == "bo" && from > 0 && (notDropped[words[from-1]] || isDigits(words[from-1])) {
			continue // "cán bộ Thạch Hà", "bao nhiêu bộ cả tỉnh": no "bỏ"
		}
		return true
	}
	return false
}

// notDropped are the words before "bo" that make it no "bỏ" (leave
// out): "cán bộ", "toàn bộ", "bao nhiêu bộ", "mấy bộ".
var notDropped = map[string]bool{"can": true, "toan": true, "nhieu": true, "may": true, "mot": true, "cac": true, "dong": true, "nhung": true}

// notBesides are the words before "ngoai" that make it no "ngoài" (besides):
// "năm ngoái" (last year), "nước ngoài", "bên ngoài".
var notBesides = map[string]bool{"nam": true, "nuoc": true, "ben": true}

// listJoiners join the names of a list: "Can Lộc, Thạch Hà", "Lộc Hà với
// Can Lộc", "và cả Hương Sơn".
var listJoiners = map[string]bool{"va": true, "voi": true, "lan": true, "ca": true, "cung": true}

// unitsLeftOutOfLevel reads "ngoài STTTT, mấy sở còn lại … tỷ lệ chung",
// "Q1 các sở ngoài STTTT tổng hstt": a level's figure together
// without the units named (exceptKindsFigure adds the others' reports),
// not a remainder no stored figure is.
func unitsLeftOutOfLevel(c *catalog.Catalog, p *nlu.Parse) {
	if p.Op != "except" && p.Op != "sum" && p.Op != "" || p.Level == "" || p.Intent != nlu.IntentValue || len(p.Units) == 0 || len(p.UnitSpans) != len(p.Units) || len(p.Periods) != 1 {
		return
	}
	var out []string
	for i, m := range p.Units {
		if !leftOut(*p, i) {
			return
		}
		m = slices.DeleteFunc(slices.Clone(m), func(key string) bool { return c.Units[key].Level != p.Level })
		if len(m) != 1 {
			return
		}
		out = append(out, m[0])
	}
	p.ExceptUnits, p.Units, p.UnitSpans = out, nil, nil
}

// unitsLeftOutOfList reads "q1 có đơn vị nào trên 20% ngoài Lộc Hà", "quý
// 2 huyện nào thấp nhất trừ Đức Thọ": a list (of units over a bound, or a
// ranking) of the level, without the units named to be left out, not
// those units' own figures.
func unitsLeftOutOfList(c *catalog.Catalog, p *nlu.Parse) {
	if p.Threshold == nil && p.Order != "desc" && p.Order != "asc" || len(p.Units) == 0 || len(p.UnitSpans) != len(p.Units) || len(p.Indicators) == 0 {
		return
	}
	var out []string
	for i, m := range p.Units {
		if slices.Equal(m, []string{nlu.ProvinceCode}) {
			continue // ("không tính": the "tỉnh" it folds like)
		}
		if !leftOut(*p, i) {
			return
		}
		if len(m) > 1 {
			// (Đức Thọ the district, not the town, in a list of districts.)
			m = slices.DeleteFunc(slices.Clone(m), func(key string) bool { return c.Units[key].Level != p.Level })
		}
		if len(m) != 1 {
			return
		}
		out = append(out, m[0])
	}
	if len(out) == 0 {
		return
	}
	p.ExceptUnits, p.Units, p.UnitSpans = out, nil, nil
	p.Intent, p.Op = nlu.IntentRanking, ""
	if p.Threshold != nil {
		p.Which, p.Order = true, "all"
	}
}

// otherThanLeftOut reads "bỏ ngành điện ra thì ngành thuế …", "không tính
// bên thuế, Điện lực Hà Tĩnh có mấy …": one unit named to be left out,
// one other asked; the other's figure, which leaving the first out does
// not change.
func otherThanLeftOut(p *nlu.Parse) {
	if p.Op != "except" || len(p.Units) < 2 || len(p.UnitSpans) != len(p.Units) {
		return
	}
	left, asked := -1, -1
	for i := range p.UnitSpans {
		if slices.Equal(p.Units[i], []string{nlu.ProvinceCode}) {
			continue // ("… tỉnh": the province the others are in)
		}
		out := leftOut(*p, i)
		switch {
		case out && left < 0:
			left = i
		case !out && asked < 0:
			asked = i
		default:
			return
		}
	}
	if left < 0 || asked < 0 {
		return
	}
	p.Units, p.UnitSpans, p.Op = [][]string{p.Units[asked]}, [][2]int{p.UnitSpans[asked]}, ""
}

// singledOut reads "Trong ba huyện miền núi Hương Sơn, Hương Khê, Vũ
// Quang, chị muốn xem riêng Vũ Quang …" as of the unit set apart by
// "riêng" (its name said again is the same mention), not of the group it
// is named in.
func singledOut(p *nlu.Parse) {
	if len(p.Units) < 2 || len(p.UnitSpans) != len(p.Units) || p.Op == "except" || !slices.Contains(p.Words, "rieng") {
		return
	}
	for i, sp := range p.UnitSpans {
		if sp[0] >= sp[1] || sp[1] > len(p.Words) || !hasWord(p.Words, append([]string{"rieng"}, p.Words[sp[0]:sp[1]]...)...) {
			continue
		}
		p.Units, p.UnitSpans = [][]string{p.Units[i]}, [][2]int{sp}
		if p.Op == "sum" || p.Op == "diff" || p.Op == "avg" {
			p.Op = ""
		}
		if p.Order != "" && p.Intent == nlu.IntentRanking {
			p.Order, p.Intent = "", nlu.IntentValue
		}
		return
	}
}
