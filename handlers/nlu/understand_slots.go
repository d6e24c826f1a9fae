package nlu

// The slots of a question: indicators, places, measures, rankings.

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// indicators picks the indicators named: the largest alias first, then any
// other that explains words the chosen ones do not.
func (q *question) indicators() []termMatch {
	mask := q.nameMask()
	ids := q.v.idsOf(q.tokens)
	all := matchAll(ids, q.v.indicators, q.v.indicatorIndex, mask)
	var chosen []termMatch
	covered := make([]bool, len(q.tokens))
	for _, m := range all {
		if q.acrossAnd(m) {
			// "số hồ sơ trực tuyến và tỷ lệ": pieces on both sides of a
			// "và" name two things, not one.
			continue
		}
		// Placed again around the words already explained: "số hồ sơ trực
		// tuyến" after "tỷ lệ hồ sơ trực tuyến" finds its own words.
		if len(chosen) > 0 {
			taken := append([]bool(nil), mask...)
			for i, c := range covered {
				taken[i] = taken[i] || c
			}
			if again, ok := matchAlias(ids, m.alias, taken); ok {
				m = again
			}
		}
		// A second indicator must bring a phrase of its own: "mức 4" in
		// "DVC mức 3 và mức 4", not "trực tuyến" borrowed around another's words.
		adds := false
		for _, sp := range m.spans {
			// After "và" a figure is listed beside the first ("tỷ lệ … và
			// số hồ sơ trực tuyến"), whatever words the two share.
			whole, own := true, len(chosen) == 0 || q.listedAfterAnd(m) || q.listedBeforeAnd(m) || qualifiesAsked(chosen, sp)
			for i := sp.from; i < sp.to; i++ {
				if covered[i] {
					whole = false
				}
				if !q.namedByChosen(chosen, q.tokens[i]) {
					own = true
				}
			}
			// "hồ sơ nộp qua DVC mức 3, 4": "mức 3" is the first figure's
			// own words, not a second figure's.
			if whole && own {
				adds = true
			}
		}
		// An alias made of measure words only (a bare "tỷ lệ") does not
		// name a second indicator next to one already named.
		if len(chosen) > 0 && onlyMeasureWords(m.alias) {
			adds = false
		}
		if len(chosen) > 0 && q.totalOfChosen(chosen, m, covered) {
			// "tổng hồ sơ nộp qua DVC mức 3, 4": the total of the files
			// named, not the total of all files beside them.
			adds = false
		}
		dup := false
		for _, c := range chosen {
			if c.alias.owner == m.alias.owner {
				dup = true
			}
		}
		if !adds || dup {
			continue
		}
		chosen = append(chosen, m)
		for _, sp := range m.spans {
			for i := sp.from; i < sp.to; i++ {
				covered[i] = true
			}
		}
	}
	chosen = q.withoutQuestionOnly(q.withoutInnerNames(chosen))
	// Keep the order of mention, so answers follow the question.
	for i := 1; i < len(chosen); i++ {
		for j := i; j > 0 && chosen[j].spans[0].from < chosen[j-1].spans[0].from; j-- {
			chosen[j], chosen[j-1] = chosen[j-1], chosen[j]
		}
	}
	q.indicatorTaken = make([]bool, len(q.tokens))
	for _, m := range chosen {
		for _, sp := range m.spans {
			q.take(sp)
			for i := sp.from; i < sp.to; i++ {
				q.indicatorTaken[i] = true
			}
		}
	}
	return chosen
}

// places fills units and level from the names not inside an indicator's
// words ("xã" in "đào tạo cấp xã" belongs to the indicator).
func (q *question) places(p *Parse) {
	contextLevel := ""
	mentions := q.v.findPlaces(q.tokens, q.periodMask())
	namesUnits := slices.ContainsFunc(mentions, func(pm placeMention) bool { return len(pm.units) > 0 })
	for _, pm := range mentions {
		if q.insideIndicator(pm.span) || q.verbTinh(pm.span) || q.portalTinh(pm.span) || q.commonWords(pm) || q.insideExcepted(pm.span) {
			continue
		}
		if len(pm.units) > 0 && pm.span.to < len(q.tokens) && q.tokens[pm.span.to-1] == "tinh" && q.tokens[pm.span.to] == "ban" &&
			!(pm.span.to+1 < len(q.tokens) && editionWords[q.tokens[pm.span.to+1]]) {
			// "báo tỉnh bạn": the other provinces' papers, not the one
			// named "báo tỉnh"; "báo Hà Tĩnh (bản in …)" is the paper's
			// own edition.
			q.take(span{pm.span.from, pm.span.to + 1})
			continue
		}
		if len(pm.units) == 0 && runAt(q.tokens, pm.span.from-2, []string{"hop", "tac", "xa"}) {
			// "hợp tác xã": a cooperative, no commune.
			q.take(span{pm.span.from - 2, pm.span.to})
			continue
		}
		if len(pm.units) > 0 && (q.askerIsBut(pm.span) || q.hopedNot(pm.span)) {
			// "tui ở hương sơn nhưng hỏi chuyện chung của tỉnh", "… thấp
			// nhất mong không phải hương sơn": a unit set aside.
			q.take(pm.span)
			continue
		}
		if len(pm.units) > 0 && q.recipient(pm.span) {
			// "các sở nào đã gửi báo cáo cho Sở TT&TT": who the reports go
			// to, not whose are asked.
			q.take(pm.span)
			continue
		}
		if namesUnits && len(pm.units) == 0 && q.kindOfNamed(pm.span, p.Units) {
			// "Tôi muốn hỏi về TX Hồng Lĩnh: … thị xã tiếp nhận …": the
			// unit named before, pointed back at by its kind, not a level.
			q.take(pm.span)
			continue
		}
		if namesUnits && len(pm.units) == 0 && pm.span.to-pm.span.from == 1 && pm.span.from > 0 &&
			(q.tokens[pm.span.from-1] == "cua" || q.countsNamed(pm.span.from-1, len(p.Units)) || slices.ContainsFunc(mentions, func(u placeMention) bool { return len(u.units) > 0 && u.span.to == pm.span.from })) {
			// "Đức Thọ, quý 1 … tỷ lệ … của huyện", "huyện Kỳ Anh (huyện
			// chứ không phải thị xã)": the unit named, pointed back at,
			// not its level.
			q.take(pm.span)
			continue
		}
		q.take(pm.span)
		q.unitSpans = append(q.unitSpans, pm.span)
		if len(pm.units) > 0 {
			// ("bao nhiêu bộ cả tỉnh": sets of papers counted, no ministry.)
			// ("bỏ ngành điện ra", "bỏ Sở TT&TT ra": left out, no ministry.)
			if at := pm.span.from - 1; at >= 0 && q.tokens[at] == "bo" && !(at > 0 && (q.tokens[at-1] == "can" || q.tokens[at-1] == "toan" ||
				q.tokens[at-1] == "nhieu" || q.tokens[at-1] == "may" || isNumber(q.tokens[at-1]))) &&
				!(pm.span.to < len(q.tokens) && q.tokens[pm.span.to] == "ra") && q.tokens[at+1] != "so" && q.tokens[at+1] != "nganh" {
				q.ministry = at
			}
			if len(p.Units) > 0 && equalTokens(p.Units[len(p.Units)-1], pm.units) {
				continue
			}
			p.Units = append(p.Units, pm.units)
			p.UnitSpans = append(p.UnitSpans, [2]int{pm.span.from, pm.span.to})
			continue
		}
		if q.levelIncluded(pm.span) {
			// "đơn vị nào (kể cả các sở) …": every unit, the level only
			// among them.
			continue
		}
		if own, context := q.levelAsContext(pm.span); context {
			// "… huyện Hương Khê …, em cần để báo cáo lãnh đạo xã": the
			// asker's place, not the scope asked; "xã em có mấy DVC mức
			// 3" asks of a unit of that level, when no other is named.
			if own && contextLevel == "" {
				contextLevel = pm.levels[0]
			}
			continue
		}
		if p.Level == "" {
			p.Level = pm.levels[0]
		}
		if !contains(p.Levels, pm.levels[0]) {
			p.Levels = append(p.Levels, pm.levels[0])
		}
	}
	if p.Level == "district" && len(p.Levels) <= 1 && len(p.Units) == 0 && q.agencyJoined() {
		// "cả sở lẫn địa phương", "tính chung sở và địa phương": the
		// agencies, which a bare "sở" names, and the districts.
		p.Level, p.Levels = "agency", []string{"agency", "district"}
	}
	if contextLevel != "" && len(p.Units) == 0 && (p.Level == "" || p.Level == contextLevel) {
		p.Level, q.ownLevel = contextLevel, true
	}
	if len(p.Levels) < 2 {
		p.Levels = nil
	}
	if len(p.Levels) >= 2 && len(p.Units) == 1 && equalTokens(p.Units[0], []string{ProvinceCode}) {
		// "DVC trên Cổng DVC tỉnh, cộng cả cấp tỉnh và cấp huyện": the
		// levels named make up the province.
		p.Units, p.UnitSpans = nil, nil
	}
	if p.Level == "sector" && len(p.Levels) == 0 && len(p.Units) == 0 && (q.has("tinh them") || q.has("ke them") || q.has("cong them")) {
		// "nếu tính thêm 181 DVC mức 3 của ngành Điện lực, Thuế thì tổng
		// …": the province's figure and the vertical sectors', which are
		// outside it, added.
		p.Levels = []string{"province", p.Level}
	}
	if len(p.Units) >= 2 {
		// "ngành Điện lực trên địa bàn Hà Tĩnh": where the unit named
		// works, the province, not a second unit asked.
		for i := len(p.Units) - 1; i >= 0; i-- {
			at := p.UnitSpans[i][0]
			onArea := at >= 2 && q.tokens[at-2] == "dia" && q.tokens[at-1] == "ban"
			// "Sở Tư pháp tỉnh Hà Tĩnh": the province right after a
			// unit's name and "tỉnh" is part of that name.
			ofName := i > 0 && at == p.UnitSpans[i-1][1] && q.tokens[at] == "tinh" && !contains(p.Units[i-1], ProvinceCode)
			if (onArea || ofName) && contains(p.Units[i], ProvinceCode) {
				p.Units = slices.Delete(p.Units, i, i+1)
				p.UnitSpans = slices.Delete(p.UnitSpans, i, i+1)
			}
		}
	}
	if q.levelOfProvince(p) {
		// "UBND cấp huyện của Hà Tĩnh", "các xã ở Hà Tĩnh": a level of
		// units, then the name the province shares with its city: the
		// province's level (the city would be named with its kind).
		p.Units[0] = []string{ProvinceCode}
	}
	if p.Level == "district" && len(p.Units) == 1 && len(p.Units[0]) > 1 && len(p.UnitSpans) == 1 &&
		slices.ContainsFunc(q.unitSpans, func(sp span) bool {
			at := p.UnitSpans[0][0]
			return sp.from < at && sp.to >= at-1 && !plural(q.tokens[sp.from]) && (sp.from == 0 || !plural(q.tokens[sp.from-1])) &&
				q.tokens[sp.from] != "cap"
		}) {
		// "huyện e Cẩm Xuyên": the kind right before the name (but for
		// the asker's "em"), so of the name's readings, the district
		// ("các huyện Hà Tĩnh" stays the province's districts).
		var districts []string
		for _, code := range p.Units[0] {
			if q.v.hasKind(code, districtKinds[:3]) {
				districts = append(districts, code)
			}
		}
		if len(districts) == 1 {
			p.Units[0], p.Level, p.Levels = districts, "", nil
		}
	}
	if p.Level != "" && len(p.Units) == 1 && q.has("chi cuc") {
		// "Cục Thuế tỉnh cùng các chi cục cấp huyện": the body's own
		// branches, counted in its figure, not a level of units.
		p.Level, p.Levels = "", nil
	}
	if p.Level != "" && p.Level != "province" && len(p.Levels) == 0 && q.levelAndProvince(p) {
		// "DVC mức 3 của cấp huyện và tổng toàn tỉnh": the part and the
		// whole, each its own figure, not the level of the province.
		p.Levels, p.Units, p.UnitSpans = []string{p.Level, "province"}, nil, nil
	}
	if p.Level != "" && p.Level != "province" && len(p.Levels) == 0 && len(p.Units) == 0 && q.has("trong do") {
		// "số hồ sơ … và phần cấp xã trong đó": the whole and its part.
		p.Levels = []string{"province", p.Level}
	}
	if p.Level == "province" {
		p.Level = ""
		if len(p.Units) == 0 {
			p.Units = [][]string{{ProvinceCode}}
		}
	}
}

// levelOfProvince: the one name is the province's and another unit's, and
// right before it a level then a word placing the level in it ("cấp huyện
// của", "các xã ở", "cấp sở tại").
func (q *question) levelOfProvince(p *Parse) bool {
	if p.Level == "" || p.Level == "province" || len(p.Units) != 1 || len(p.Units[0]) < 2 || len(p.UnitSpans) != 1 ||
		!contains(p.Units[0], ProvinceCode) {
		return false
	}
	at := p.UnitSpans[0][0]
	if at < 2 || !inWords[q.tokens[at-1]] {
		return false
	}
	return slices.ContainsFunc(q.unitSpans, func(sp span) bool { return sp.to == at-1 })
}

// editionWords follow "bản" of a paper's edition ("bản in", "bản điện
// tử", "bản giấy"), which folds like "bạn".
var editionWords = map[string]bool{"in": true, "dien": true, "giay": true}

// inWords place what comes before them in what follows.
var inWords = map[string]bool{"cua": true, "o": true, "tai": true, "thuoc": true}

// levelAndProvince: the province is the one unit named, after "và"
// following a level ("cấp huyện và toàn tỉnh").
func (q *question) levelAndProvince(p *Parse) bool {
	if len(p.Units) != 1 || !equalTokens(p.Units[0], []string{ProvinceCode}) || len(p.UnitSpans) != 1 {
		return false
	}
	at := p.UnitSpans[0][0]
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		if q.tokens[k] != "va" {
			continue
		}
		return slices.ContainsFunc(q.unitSpans, func(sp span) bool { return sp.to <= k && sp.to >= k-2 })
	}
	return false
}

// commonWords: a unit's bare name that is also an everyday phrase ("báo
// cáo kỳ họp" is a council session, not Xã Kỳ Hợp), with no kind before
// it, or read across "đăng ký".
func (q *question) commonWords(pm placeMention) bool {
	if len(pm.units) == 0 {
		return false
	}
	if at := pm.span.from; at > 0 && q.tokens[at-1] == "dang" && q.tokens[at] == "ky" {
		// "đăng ký làm thành viên": registering, not Xã Kỳ Lâm.
		return true
	}
	if name := strings.Join(q.tokens[pm.span.from:pm.span.to], " "); name == "tai chinh" && (pm.span.from > 1 && runAt(q.tokens, pm.span.from-2, []string{"co", "cau"}) ||
		pm.span.from > 0 && q.tokens[pm.span.from-1] == "nam") {
		// "cơ cấu tài chính của NQ 22", "năm tài chính 2018": the money's
		// make-up, the fiscal year; not Sở Tài chính.
		return true
	}
	if name := strings.Join(q.tokens[pm.span.from:pm.span.to], " "); politeEnds[name] && pm.span.to == len(q.tokens) && pm.span.from > 0 && !unitKindWords[q.tokens[pm.span.from-1]] {
		// "… mức 3 với mức 4 luôn nghen": the word closing a question,
		// not Thị trấn Nghèn.
		return true
	}
	if !everydayNames[strings.Join(q.tokens[pm.span.from:pm.span.to], " ")] {
		return false
	}
	return pm.span.from == 0 || !unitKindWords[q.tokens[pm.span.from-1]]
}

// everydayNames are units' names that are everyday phrases too.
var everydayNames = map[string]bool{"ky hop": true}

// unitKindWords end the kinds of communes written before a name.
var unitKindWords = map[string]bool{"xa": true, "phuong": true, "tran": true}

// recipient: the unit is where reports are sent ("gửi báo cáo cho Sở
// TT&TT", "nộp báo cáo về Sở"): sending a report, then "cho", "về" or
// "lên", then its name. Money given to a unit ("cấp cho Đài PTTH") is the
// unit's.
func (q *question) recipient(sp span) bool {
	at := sp.from - 1
	if at < 3 || !toWords[q.tokens[at]] {
		return false
	}
	return runAt(q.tokens, at-2, []string{"bao", "cao"}) && (q.tokens[at-3] == "gui" || q.tokens[at-3] == "nop")
}

var toWords = map[string]bool{"cho": true, "ve": true, "len": true}

// ProvinceCode is the code of the province unit all province-wide figures belong to.
const ProvinceCode = "42"

// measures reads what is asked about the figure.
func (q *question) measures(p *Parse) {
	desc := rankDesc
	if q.at(headWords) >= 0 {
		// "trách nhiệm người đứng đầu": the head of a body, no ranking.
		desc = slices.DeleteFunc(slices.Clone(desc), func(c []string) bool { return slices.Equal(c, headWords[1:]) })
	}
	switch {
	case q.has("ap chot"):
		// "địa phương nào áp chót": the last but one, with the last.
		p.Order = "asc"
	case q.has("theo thu tu") || q.has("xep thu tu"):
		// "… gồm những sở nào, xếp theo thứ tự": every unit, in order.
		p.Order = "all"
	case q.any(desc) && q.any(rankAsc), q.any(rankAsc) && q.splitDescBefore(), q.any(rankAsc) && q.topOfDesc():
		// ("top 3 với bét 1": from each end.)
		// ("địa phương nhiều DVC mức 3 nhất hơn địa phương ít nhất mấy
		// dịch vụ": the highest, the lowest and the gap.)
		p.Order = "both"
	case q.any(desc):
		p.Order = "desc"
	case q.any(spreadCues) && (p.Level != "" || len(p.Units) != 1):
		// "quý 1 tỷ lệ … các huyện trải từ mức nào đến mức nào": both
		// ends and the gap.
		p.Order = "both"
	case q.any(rankAsc):
		p.Order = "asc"
	case q.any(rankAll):
		p.Order = "all"
	case p.Level != "" && len(p.Units) == 0 && q.has("liet ke") && q.any(eachUnitWords):
		// "liệt kê tỷ lệ … các huyện": each unit's, not the level's total
		// ("liệt kê số DVC cấp huyện" lists the level's figures).
		p.Order = "all"
	case q.rankSpanAsked():
		// "từ hạng 2 tới hạng 5", "hạng 6-7 … từ dưới lên".
		p.Order = "desc"
		if q.has("tu duoi len") || q.has("tu cuoi len") || q.has("tu thap len cao") || q.has("tu thap den cao") {
			p.Order = "asc"
		}
	case q.has("top"):
		p.Order = "desc"
	case q.placeAsked() > 1 && (q.has("tu duoi len") || q.has("tu cuoi len") || q.has("tu duoi dem len") || q.has("tu cuoi bang") ||
		q.has("tu thap len cao") || q.has("tu thap den cao")):
		// "xếp thứ hai từ dưới lên", "xếp từ thấp lên cao … đứng thứ 2":
		// the last ones, to that place.
		p.Order = "asc"
	case q.placeAsked() > 1:
		// "ai đứng thứ hai về tỷ lệ": the first ones, to that place.
		p.Order = "desc"
	case q.any(rankInOrder):
		p.Order = "all"
	default:
		p.Order = q.splitSuperlative()
	}
	if k := q.placeAsked(); (p.Order == "desc" || p.Order == "asc" && q.has("len")) && k > 1 {
		p.Top = k
	} else if p.Order != "" {
		p.Top = q.topN()
		if q.has("ap chot") {
			p.Top = 2
		}
	}
	if p.Order == "both" {
		if n := q.bottomN(); n > 0 && n != p.Top {
			p.Bottom = n
		}
	}
	if from, to := q.rankSpan(); to > 0 && (p.Order == "desc" || p.Order == "asc" || p.Order == "all") {
		// ("xếp hạng …, e cần từ hạng 2 tới hạng 5": those places only.)
		p.From, p.Top = from, to
		if p.Order == "all" {
			p.Order = "desc"
		}
	} else if p.Order == "" && q.whichUnits() {
		// "huyện nào không có DVC mức 4": the units, named, not a total.
		p.Order, p.Which = "all", true
	} else if p.Order == "" && q.countsUnits() && (q.has("khong co") || q.has("chua co") || q.has("khong cung cap") || q.has("chua cung cap")) && len(p.Indicators) > 0 &&
		len(p.Periods) == 1 && p.Periods[0].Kind == PeriodQuarter {
		// "quý 2 có mấy huyện không cung cấp được dvc mức 4": the units
		// without it (none of it) in their reports of the quarter,
		// counted (not "bao nhiêu xã chưa có trang TTĐT", a count the
		// report states).
		p.Order, p.Which, p.Count = "all", true, true
		p.Threshold = &Threshold{Value: 0, Inclusive: true, Equal: true}
	}
	switch t := q.threshold(); {
	case t != nil && p.Level != "" && !p.Which && !q.countsUnits() && q.levelChecked() && len(p.Periods) < 2:
		// "DVC mức 4 cấp huyện chẳng phải chỉ có hơn 20 thôi sao": the
		// level's own figure set against the bound, no list of units.
		p.Checked = t
	case t != nil && (p.Which || p.Level != "" || q.countsUnits()):
		// "mấy huyện có trên 100 DVC mức 3": the units over the bound.
		p.Threshold, p.Which = t, true
		p.Count = p.Count || q.countsUnits()
		if p.Order == "" {
			p.Order = "all"
		}
	case t != nil && AsksWhether(q.tokens) && len(p.Periods) < 2:
		p.Checked = t
	case t == nil && AsksWhether(q.tokens) && len(p.Periods) < 2:
		p.Checked = q.pastBound()
	}
	p.Measure = q.firstOf([]cueValue{{planCues, "plan"}, {targetCues, "target"}, {compareCues, "change"}, {complementCues, "complement"}})
	if p.Checked != nil && p.Measure == "change" && !q.any(boundChangeCues) {
		// ("… có nhiều hơn 20 … không": the bound's words, no change.)
		p.Measure = ""
	}
	if p.Measure == "change" && q.urgent() && !q.anyBut(compareCues, onlyCue("gap")) {
		// "tổng hợp gấp tỷ lệ …": urgently, no change asked.
		p.Measure = ""
	}
	if p.Measure == "change" && q.onlyStrengthens() {
		// "chỉ thị về tăng cường hiệu quả khai thác DVC", "để tăng hiệu
		// quả …": to strengthen, no change of a figure asked.
		p.Measure = ""
	}
	if p.Measure == "change" && q.movesOnTo() {
		// "Sang 5 tháng đầu năm 2019 thì số hồ sơ là bao nhiêu?": the
		// chat moves on to that period; no change is asked.
		p.Measure = ""
	}
	which := false
	if p.Measure == "change" && len(p.Periods) <= 1 && q.eitherOr(*p) && !q.anyBut(compareCues, comparativeOnly) {
		// "Nghi Xuân hay Cẩm Xuyên quý 1 tỷ lệ … khá hơn?", "sở với
		// huyện, khối mô nhiều hơn?": which of the two is more, no change
		// over time.
		p.Measure, which = "", true
	}
	against := p.Measure == "" && q.againstPeriod()
	p.Op = q.op()
	if which && p.Op == "" {
		p.Op = "diff"
	}
	if p.Op == "each" && len(p.Units) >= 2 {
		// "Lộc Hà và Cẩm Xuyên tỷ lệ … mỗi huyện bao nhiêu": each unit
		// named, not every unit of the level.
		p.Op, p.Level, p.Levels = "", "", nil
	}
	if against {
		// "so 2017 hơn bao nhiêu điểm", "so quý 1 thì nhiều hơn mấy hồ
		// sơ": the change from that period, not a difference of units.
		p.Measure = "change"
		if p.Op == "diff" {
			p.Op = ""
		}
	}
	if p.Measure == "target" || p.Measure == "plan" {
		p.Goal = q.statedGoal()
		// "mục tiêu NQ22": who set the target, not another figure.
		q.any(nq22Cues)
	}
}

// agencyJoined: a bare "sở" joined to the districts' words ("sở lẫn địa
// phương", "sở và các huyện", "cả sở, cả địa phương").
func (q *question) agencyJoined() bool {
	for i := 0; i+2 < len(q.tokens); i++ {
		if q.tokens[i] == "so" && (i == 0 || q.tokens[i-1] == "ca" || q.tokens[i-1] == "chung" || q.tokens[i-1] == "cac") &&
			(q.tokens[i+1] == "va" || q.tokens[i+1] == "lan" || q.tokens[i+1] == "voi" || q.tokens[i+1] == "cung" || q.tokens[i+1] == "ca") &&
			(q.tokens[i+2] == "dia" || q.tokens[i+2] == "huyen" || q.tokens[i+2] == "cac") {
			return true
		}
	}
	return false
}

// comparatives are the words of compareCues that set two things side by
// side without a change over time.
var comparatives = setOf("nhieu hon", "it hon", "kha hon", "tot hon", "kem hon", "nhinh hon", "so voi", "so sanh", "chenh lech", "chenh", "hon kem", "cao hon may", "thap hon may")

func comparativeOnly(c []string, _ int) bool { return comparatives[strings.Join(c, " ")] }

// eitherOr: two things are named and the words ask which of them ("hay",
// "hoặc", "bên nào", "cái mô").
func (q *question) eitherOr(p Parse) bool {
	two := len(p.Units) >= 2 || len(p.Indicators) >= 2 || len(p.Levels) >= 2 || len(p.Projects) >= 2 || len(p.Units) == 1 && p.Level != ""
	return two && (q.has("hay") || q.has("hoac") || q.has("nao") || q.has("mo"))
}

// onlyStrengthens: every "tăng" of the question strengthens something
// ("tăng cường", "tăng hiệu quả") and no other word asks a change.
func (q *question) onlyStrengthens() bool {
	seen := false
	for i, t := range q.tokens {
		if t != "tang" {
			continue
		}
		if i+1 == len(q.tokens) || q.tokens[i+1] != "cuong" && q.tokens[i+1] != "hieu" {
			return false
		}
		seen = true
	}
	return seen && !q.anyBut(compareCues, onlyCue("tang"))
}

// movesOnTo: the message opens with "sang" (after courtesy words: "còn
// sang", "thưa đồng chí, sang") right before a period, and no other word
// asks a change.
func (q *question) movesOnTo() bool {
	at := 0
	for at < len(q.tokens) && q.tokens[at] != "sang" && fillers[q.tokens[at]] && !q.taken[at] {
		at++ // "còn sang …", "Thưa đồng chí, sang …"
	}
	if at+1 >= len(q.tokens) || q.tokens[at] != "sang" || !q.periodTaken[at+1] {
		return false
	}
	return !q.anyBut(compareCues, onlyCue("sang"))
}

// onlyCue matches the one-word cue w, wherever it stands: for anyBut, the
// cues of a list but that one.
func onlyCue(w string) func(c []string, i int) bool {
	return func(c []string, _ int) bool { return len(c) == 1 && c[0] == w }
}

// cueValue is the slot value a list of cue phrases stands for.
type cueValue struct {
	cues  [][]string
	value string
}

// firstOf is the value of the first list with a phrase in the question.
func (q *question) firstOf(list []cueValue) string {
	for _, cv := range list {
		if q.any(cv.cues) {
			return cv.value
		}
	}
	return ""
}

// splitSuperlative reads "nhiều hồ sơ trực tuyến nhất": a comparative word
// and "nhất" with the measured thing between them.
// splitDescBefore: a highest said with the figure's words between ("nhiều
// DVC mức 3 nhất") before a lowest said whole ("ít nhất").
func (q *question) splitDescBefore() bool {
	for i, tok := range q.tokens {
		if tok != "nhat" || i < 2 {
			continue
		}
		for j := i - 2; j >= max(0, i-6); j-- {
			switch q.tokens[j] {
			case "nhieu", "cao", "lon", "tot":
				if q.tokens[j] == "cao" && j > 0 && q.tokens[j-1] == "bao" {
					continue // "báo cáo"
				}
				q.taken[j], q.taken[i] = true, true
				return true
			case "it", "thap", "nho", "kem":
				return false
			}
		}
	}
	return false
}

func (q *question) splitSuperlative() string {
	last := -1
	for i, tok := range q.tokens {
		if tok == "nhat" {
			last = i
		}
	}
	if last < 1 || q.tokens[last-1] == "gan" || q.tokens[last-1] == "moi" {
		// ("gần nhất", "mới nhất": the latest period, no ranking.)
		return ""
	}
	for i := last - 1; i >= 0; i-- {
		if q.tokens[i] == "cao" && i > 0 && q.tokens[i-1] == "bao" {
			continue // "báo cáo"
		}
		switch q.tokens[i] {
		case "nhieu", "cao", "lon", "tot":
			q.taken[i], q.taken[last] = true, true
			return "desc"
		case "it", "thap", "nho", "kem":
			q.taken[i], q.taken[last] = true, true
			return "asc"
		}
	}
	return ""
}

// errNotCount: a token of no digits, read without strconv (whose error
// allocates, for every word of every question).
var errNotCount = errors.New("not a count")

// allDigits: tok is all ASCII digits, at least one.
func allDigits(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return tok != ""
}

// levelChecked: a level named as a whole ("cấp huyện", not "các huyện",
// "đơn vị cấp huyện", "mỗi huyện") in a question that ends checking a
// claim ("… hơn 20 thôi sao", "… hơn 1.300 hả", "… phải không").
func (q *question) levelChecked() bool {
	whole := false
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] == "cap" && (q.tokens[i+1] == "huyen" || q.tokens[i+1] == "xa" || q.tokens[i+1] == "tinh") && (i == 0 || q.tokens[i-1] != "vi") {
			whole = true
		}
	}
	// "Các huyện quý 1 tổng hồ sơ trực tuyến có vượt 2.500 không", "tỷ
	// lệ trực tuyến chung của các huyện có trên 15% không": the level's
	// total or rate, though "các" names its units.
	summed := q.has("tong") || q.has("chung") || q.has("cong lai")
	if !whole && !summed || slices.ContainsFunc(q.tokens, func(t string) bool { return listingWords[t] && (!summed || t != "cac" && t != "nhung") }) {
		return false
	}
	last := q.tokens[len(q.tokens)-1]
	return checkEnds[last] || len(q.tokens) > 1 && q.tokens[len(q.tokens)-2] == "phai" && (last == "khong" || last == "ko" || last == "k")
}

// listingWords ask units one by one, whatever the level's words.
var listingWords = setOf("cac", "nhung", "moi", "tung", "nao", "mo", "liet", "danh")

// checkEnds end a question that checks a claim.
var checkEnds = setOf("sao", "ha", "a", "ak", "chu", "nhi", "khong", "ko")

// topN reads "top 3", "3 huyện", "3 dự án" next to a ranking.
func (q *question) topN() int {
	for i, tok := range q.tokens {
		n, err := 0, errNotCount
		if allDigits(tok) {
			n, err = strconv.Atoi(tok)
		}
		if w, ok := countWords[tok]; ok && (i+1 < len(q.tokens) && unitNounWords[q.tokens[i+1]] || i > 0 && q.tokens[i-1] == "top") {
			// "ba đơn vị … cao nhất", "năm huyện", "top ba"
			n, err = w, nil
		}
		if err != nil || n < 2 || n > 20 || q.taken[i] {
			continue
		}
		if i > 0 && (q.tokens[i-1] == "top" || q.tokens[i-1] == "bottom") || i+1 < len(q.tokens) {
			q.taken[i] = true
			if i > 0 && (q.tokens[i-1] == "top" || q.tokens[i-1] == "bottom") {
				q.taken[i-1] = true
			}
			return n
		}
	}
	return 1
}

// topOfDesc: "top" names the highest ones ("top 3 … và 2 địa phương
// bét"), not the lowest ("top 3 thấp nhất", "top cuối").
func (q *question) topOfDesc() bool {
	for i, tok := range q.tokens {
		if tok != "top" {
			continue
		}
		// ("top 3 địa phương … thấp nhất": the lowest, unless a joining
		// word comes first: "top 3 với bét 1".)
		for j := i + 1; j < len(q.tokens); j++ {
			switch tok := q.tokens[j]; {
			case tok == "va" || tok == "voi" || tok == "cung" || tok == "con":
				return true
			case tok == "cuoi" || tok == "duoi" || tok == "bet" || slices.ContainsFunc(rankAsc, func(c []string) bool { return runAt(q.tokens, j, c) }):
				return false
			}
		}
		return true
	}
	return false
}

// bottomN is the count said with the lowest ones of a ranking asked from
// both ends: "bét 1", "2 địa phương bét", "3 nơi đứng chót"; 0 if none.
func (q *question) bottomN() int {
	for i := range q.tokens {
		for _, c := range rankAsc {
			if !runAt(q.tokens, i, c) {
				continue
			}
			if j := i + len(c); j < len(q.tokens) && isDigits(q.tokens[j]) {
				n, _ := strconv.Atoi(q.tokens[j])
				return n
			}
			for k := i - 1; k >= max(0, i-3); k-- {
				if isDigits(q.tokens[k]) {
					n, _ := strconv.Atoi(q.tokens[k])
					return n
				}
				if !unitNounWords[q.tokens[k]] && q.tokens[k] != "noi" && q.tokens[k] != "dung" {
					break
				}
			}
			return 0
		}
	}
	return 0
}

// placeAsked is the place a question asks who holds ("ai đứng thứ hai",
// "huyện nào xếp thứ 3"), or 0.
func (q *question) placeAsked() int {
	which := q.has("ai") || q.has("nao")
	for i := 1; i < len(q.tokens); i++ {
		if !which && (i < 3 || !unitNounWords[q.tokens[i-3]] || q.tokens[i-2] != "dung" || q.tokens[i-1] != "thu") {
			// (Without "ai", "nào": a unit noun right before "đứng thứ
			// 2", as a keyword string asks it: "huyện đứng thứ 2".)
			continue
		}
		if q.tokens[i-1] == "ve" && q.tokens[i] == "nhi" {
			return 2 // "ai về nhì": second, as in a race
		}
		if i >= 2 && q.tokens[i-1] == "so" && q.tokens[i-2] == "xep" || q.tokens[i-1] == "hang" && !q.has("hang may") {
			// "xếp số 2 … là ai", "hạng nhì … là ai"
		} else if i < 2 || q.tokens[i-1] != "thu" || q.tokens[i-2] != "dung" && q.tokens[i-2] != "xep" {
			continue
		}
		if n, ok := placeWords[q.tokens[i]]; ok {
			return n
		}
		if n, err := strconv.Atoi(q.tokens[i]); err == nil && n > 1 && n <= 20 {
			return n
		}
	}
	return 0
}

// rankSpan is a stretch of places a ranking asks: "từ hạng 2 tới hạng 5",
// "thứ 2 và thứ 3", "hạng 6-7", "thứ hạng 3 đến 4"; 0, 0 when none.
func (q *question) rankSpan() (from, to int) {
	place := func(tok string) int {
		if n, err := strconv.Atoi(tok); err == nil {
			return n
		}
		return placeWords[tok]
	}
	valid := func(a, b int) bool { return a >= 1 && a < b && b <= 40 }
	for i := 0; i < len(q.tokens); i++ {
		if q.tokens[i] != "hang" && q.tokens[i] != "thu" {
			continue
		}
		j := i + 1
		if j < len(q.tokens) && q.tokens[j] == "hang" {
			j++ // "thứ hạng 6-7"
		}
		if j >= len(q.tokens) {
			break
		}
		if a, b, ok := strings.Cut(q.tokens[j], "-"); ok {
			if n, m := place(a), place(b); valid(n, m) {
				return n, m
			}
			continue
		}
		n := place(q.tokens[j])
		k := j + 1
		if n == 0 || k >= len(q.tokens) || !rankSpanJoins[q.tokens[k]] {
			continue
		}
		if k++; k < len(q.tokens) && (q.tokens[k] == "hang" || q.tokens[k] == "thu") {
			k++
		}
		if k < len(q.tokens) {
			if m := place(q.tokens[k]); valid(n, m) {
				return n, m
			}
		}
	}
	return 0, 0
}

func (q *question) rankSpanAsked() bool { _, to := q.rankSpan(); return to > 0 }

// rankSpanJoins join the two ends of a stretch of places.
var rankSpanJoins = setOf("den", "toi", "va", "-", "voi")

// placeWords name a place in a ranking ("thứ hai", "thứ nhì", "thứ 3").
var placeWords = map[string]int{"hai": 2, "nhi": 2, "2": 2, "ba": 3, "3": 3, "tu": 4, "4": 4, "nam": 5, "5": 5}

// countWords are the numbers people write in words before a unit noun.
var countWords = map[string]int{"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}

// namesOneUnit: a ranking word next to a single named unit ("Can Lộc cao
// nhất bao nhiêu") is not a ranking.
func (q *question) namesOneUnit(p Parse) bool {
	return len(p.Units) == 1 && !(len(p.Units[0]) == 1 && p.Units[0][0] == ProvinceCode)
}

// namesUnits: one or more units named, each by a name only it has, and
// not the province.
func (q *question) namesUnits(p Parse) bool {
	for _, u := range p.Units {
		if len(u) != 1 || u[0] == ProvinceCode {
			return false
		}
	}
	return len(p.Units) > 0
}

// verbTinh: a lone "tinh" that is the verb "tính" ("tính ra phần trăm",
// "tính theo quý"), not "tỉnh": both fold alike.
// portalTinh: "tỉnh" that ends a portal's name ("trên cổng DVC tỉnh")
// in a question about the asker's own unit ("xã em có bao nhiêu DVC mức 3
// trên cổng dvc tỉnh" is the commune's): the system, not the province.
// Else the portal's services are the province's, as asked.
func (q *question) portalTinh(sp span) bool {
	if sp.to-sp.from != 1 || q.tokens[sp.from] != "tinh" || !q.ownUnitSaid() {
		return false
	}
	for _, name := range portalNames {
		if from := sp.from - len(name); from >= 0 && runAt(q.tokens, from, name) {
			return true
		}
	}
	return false
}

// ownUnitSaid: the asker names a unit of a level as theirs ("xã em",
// "huyện mình").
func (q *question) ownUnitSaid() bool {
	for i := 0; i+1 < len(q.tokens); i++ {
		if unitKindWords[q.tokens[i]] || q.tokens[i] == "huyen" {
			if askerWords[q.tokens[i+1]] {
				return true
			}
		}
	}
	return false
}

var portalNames = [][]string{{"cong", "dich", "vu", "cong"}, {"cong", "dich", "vu", "cong", "truc", "tuyen"},
	{"cong", "thong", "tin", "dien", "tu"}, {"cong", "ttdt"}}

func (q *question) verbTinh(sp span) bool {
	if sp.to-sp.from != 1 || q.tokens[sp.from] != "tinh" {
		return false
	}
	if sp.from > 0 && (q.tokens[sp.from-1] == "chi" || q.tokens[sp.from-1] == "neu") {
		return true // "chỉ tính mức 4", "nếu tính cả …"
	}
	if sp.to >= len(q.tokens) {
		return false
	}
	switch q.tokens[sp.to] {
	case "ra", "theo", "tong", "trung", "gop", "lai", "bang", "%", "phan", "chung", "ca", "giup", "ho", "dum":
		return true
	case "ty", "ti":
		// "tính tỷ lệ chung giúp anh": at the start, the verb.
		return sp.from == 0
	}
	return false
}

// withoutInnerNames drops an indicator matched by words scattered around
// another chosen indicator's match when all of them belong to that one's
// full name ("tỷ lệ [doanh nghiệp được tập huấn] giao dịch trực tuyến"),
// unless every one would go.
func (q *question) withoutInnerNames(chosen []termMatch) []termMatch {
	if len(chosen) < 2 || q.v.indicatorWords == nil {
		return chosen
	}
	around := func(m, other termMatch) bool {
		first, last := m.spans[0], m.spans[len(m.spans)-1]
		for _, sp := range m.spans[1:] {
			if sp.from < first.from {
				first = sp
			}
			if sp.from > last.from {
				last = sp
			}
		}
		for _, sp := range other.spans {
			if sp.from >= first.from && sp.to <= last.from && sp != first {
				return true
			}
		}
		return false
	}
	inner := func(m termMatch) bool {
		for _, other := range chosen {
			name := q.v.indicatorWords[other.alias.owner]
			if other.alias.owner == m.alias.owner || name == nil || !around(m, other) && !touching(m, other) {
				continue
			}
			all := true
			for _, sp := range m.spans {
				for i := sp.from; i < sp.to; i++ {
					if !name[q.tokens[i]] {
						all = false
					}
				}
			}
			if all {
				return true
			}
		}
		return false
	}
	var kept []termMatch
	for _, m := range chosen {
		if !inner(m) {
			kept = append(kept, m)
		}
	}
	if len(kept) == 0 {
		return chosen
	}
	return kept
}

// countsNamed: the token at i counts the n units named before it ("STC
// và STTTT … của hai sở": the level noun after it points back at them).
func (q *question) countsNamed(i, n int) bool {
	c, ok := countWords[q.tokens[i]]
	if !ok {
		c, _ = strconv.Atoi(q.tokens[i])
	}
	return n >= 2 && c == n
}

// CountsOf: the words count n units by a noun of units ("3 huyện", "hai
// đơn vị", "ba địa phương"): those named before, when n of them were.
func CountsOf(tokens []string, n int) bool {
	q := question{tokens: tokens}
	for i := 1; i < len(tokens); i++ {
		if unitNounWords[tokens[i]] && q.countsNamed(i-1, n) {
			return true
		}
	}
	return false
}

// countedNamed: the noun follows a count of the n units named ("hai sở").
func (q *question) countedNamed(noun string, n int) bool {
	for i := 1; i < len(q.tokens); i++ {
		if q.tokens[i] == noun && q.countsNamed(i-1, n) {
			return true
		}
	}
	return false
}

// hopedNot: the unit at sp follows "không phải" after a question of which
// unit ("huyện nào … thấp nhất mong không phải Hương Sơn"): a hope, not
// the unit asked.
func (q *question) hopedNot(sp span) bool {
	return sp.from >= 2 && q.tokens[sp.from-2] == "khong" && q.tokens[sp.from-1] == "phai" && slices.Contains(q.tokens[:sp.from], "nao")
}

// askerIsBut: the unit at sp is where the asker is, and a "nhưng" right
// after sets it aside ("tui ở Hương Sơn nhưng …", "em ở huyện Can Lộc
// nhưng hỏi chung").
func (q *question) askerIsBut(sp span) bool {
	if sp.from < 2 || q.tokens[sp.from-1] != "o" || !askerWords[q.tokens[sp.from-2]] {
		return false
	}
	return sp.to < len(q.tokens) && q.tokens[sp.to] == "nhung"
}

// askerWords are the asker as the subject of "ở …".
var askerWords = setOf("tui", "toi", "em", "minh", "chau", "anh", "chi")

// ownWords follow a level noun that is the asker's own place ("xã em",
// "huyện mình"); contextBefore precede one named only as where the asker
// is or reports to ("ở xã", "lãnh đạo xã", "bà con xã").
var (
	ownWords      = map[string]bool{"em": true, "minh": true, "toi": true, "tui": true, "nha": true, "chung": true}
	contextBefore = [][]string{{"o"}, {"lanh", "dao"}, {"ba", "con"}, {"hop"}, {"y", "te"}, {"van", "phong"}, {"bang", "tin"},
		{"mat", "tran"}, {"hdnd"}, {"hoi", "dong", "nhan", "dan"}, {"dang", "uy"}} // "mặt trận huyện": the asker's body
)

// levelAsContext: the level mention at sp is the asker's context, not the
// scope asked; own when it is the asker's own unit ("xã em").
func (q *question) levelAsContext(sp span) (own, context bool) {
	if (runAt(q.tokens, sp.from-2, []string{"khong", "phai"}) || runAt(q.tokens, sp.from-3, []string{"khong", "phai"})) && PhraseIndex(q.tokens[:sp.from], "con lai") < 0 {
		// "huyện Kỳ Anh (không phải thị xã)"; but "phần còn lại không
		// phải cấp xã" leaves that level out of the whole.
		return false, true
	}
	if sp.to-sp.from != 1 {
		return false, false // "cấp xã", "các huyện": a scope
	}
	if sp.to < len(q.tokens) && ownWords[q.tokens[sp.to]] {
		return true, true
	}
	if sp.to < len(q.tokens) && (q.tokens[sp.to] == "mien" || q.tokens[sp.to] == "vung") {
		return false, true // "xã miền núi", "xã vùng cao"
	}
	if sp.from > 0 && q.tokens[sp.from-1] == "cho" && PhraseIndex(q.tokens, "toan tinh") >= 0 {
		// "làm tờ trình cho huyện, cần số DVC mức 4 toàn tỉnh": whom the
		// asker works for; the scope asked is named.
		return false, true
	}
	for _, c := range contextBefore {
		if runAt(q.tokens, sp.from-len(c), c) && !(len(c) == 1 && c[0] == "o" && sp.from == 1) {
			// ("ở xã làm được mấy thủ tục mức 3" opening the message: the
			// level asked.)
			return false, true
		}
	}
	return false, false
}

// exceptedKinds reads the kinds of unit a question leaves out, right after
// "không tính", "trừ", "ngoài" ("không tính thành phố và thị xã", "trừ
// TP với TX ra"), marking their words explained so they name no level.
func (q *question) exceptedKinds() []string {
	for i := range q.tokens {
		end := -1
		for _, c := range exceptCues {
			if runAt(q.tokens, i, c) {
				end = i + len(c)
			}
		}
		if end < 0 && (q.tokens[i] == "tru" || q.tokens[i] == "ngoai" || q.tokens[i] == "bo") {
			// ("bỏ thành phố và 2 thị xã ra": only with kinds after it.)
			end = i + 1
		}
		if end < 0 && q.tokens[i] == "khong" && i+1 < len(q.tokens) && q.tokens[i+1] == "phai" {
			// "những huyện không phải thị xã, thành phố": the others.
			end = i + 2
		}
		if end < 0 {
			continue
		}
		var kinds []string
		j, last := end, end
	words:
		for j < len(q.tokens) {
			switch {
			case j+1 < len(q.tokens) && q.tokens[j] == "thanh" && q.tokens[j+1] == "pho":
				kinds, j = append(kinds, "Thành phố"), j+2
				last = j
			case j+1 < len(q.tokens) && q.tokens[j] == "thi" && q.tokens[j+1] == "xa":
				kinds, j = append(kinds, "Thị xã"), j+2
				last = j
			case exceptJoiners[q.tokens[j]]:
				j++
			default:
				break words
			}
		}
		if len(kinds) > 0 {
			if last < len(q.tokens) && q.tokens[last] == "ra" {
				last++ // "trừ thành phố ra"
			}
			q.take(span{i, last})
			q.excepted = append(q.excepted, span{i, last})
			return kinds
		}
	}
	return nil
}

// eachUnitWords name the units of a level one by one.
var eachUnitWords = phrases("cac huyen", "nhung huyen", "tung huyen", "cac so", "tung so", "cac don vi", "tung don vi")

// exceptJoiners join the kinds left out: "thành phố và (các) thị xã".
var exceptJoiners = setOf("cac", "hai", "va", "voi", "lan", "ca", "2")

// insideExcepted: the span is among the kinds of unit left out.
func (q *question) insideExcepted(sp span) bool {
	return slices.ContainsFunc(q.excepted, func(e span) bool { return e.from <= sp.from && sp.to <= e.to })
}

// kindOfNamed: the level mention at sp is the kind of a unit named before
// it ("thị xã" after "TX Hồng Lĩnh"); "xã", "trấn" read with the "thị"
// before them.
func (q *question) kindOfNamed(sp span, named [][]string) bool {
	from := sp.from
	if from > 0 && q.tokens[from-1] == "thi" {
		from--
	}
	kind := [][]string{q.tokens[from:sp.to]}
	for _, codes := range named {
		for _, code := range codes {
			if q.v.hasKind(code, kind) {
				return true
			}
		}
	}
	return false
}

// totalOfChosen: the only words of m no chosen indicator explains are
// "tổng" or "tổng số" right before a chosen one's words ("tổng | hồ sơ
// nộp qua DVC"): they say that figure is a total, they name no other.
func (q *question) totalOfChosen(chosen []termMatch, m termMatch, covered []bool) bool {
	var own []int
	for _, sp := range m.spans {
		for i := sp.from; i < sp.to; i++ {
			if !covered[i] {
				own = append(own, i)
			}
		}
	}
	if len(own) == 0 || len(own) > 2 || q.tokens[own[0]] != "tong" || len(own) == 2 && (own[1] != own[0]+1 || q.tokens[own[1]] != "so") {
		return false
	}
	next := own[len(own)-1] + 1
	// (Not before a bare "hồ sơ" nor "bao nhiêu hồ sơ": "tổng bao nhiêu
	// hồ sơ" asks all the files received.)
	// The figure's words follow "tổng" in one run ("tổng | hồ sơ nộp qua
	// DVC"), not picked from elsewhere ("DVC mức 4 ; tổng hồ sơ").
	return slices.ContainsFunc(chosen, func(c termMatch) bool {
		if c.spans[0].from != next || c.alias.size <= 2 || asksInName(c.alias) {
			return false
		}
		for k := 1; k < len(c.spans); k++ {
			if c.spans[k].from != c.spans[k-1].to {
				return false
			}
		}
		return true
	})
}
