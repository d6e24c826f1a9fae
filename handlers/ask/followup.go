package ask

import (
	"cmp"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// followsUp reports whether a message continues the remembered question
// rather than asking a new one: it is worded as a follow-up, or it names
// only a period, a place, a measure or a form, and no figure of its own.
func followsUp(c *catalog.Catalog, mem *memory, p nlu.Parse, fu nlu.FollowUp) bool {
	if mem == nil || !mem.Parse.Understood() || mem.Parse.Intent == nlu.IntentGreeting {
		return false
	}
	switch p.Reason {
	case nlu.ReasonOutOfScope, nlu.ReasonBadPeriod:
		return false
	}
	if p.Intent == nlu.IntentGreeting {
		return false
	}
	if fu.Cue || fu.Back != "" || fu.Export || fu.Chart || fu.Those && len(mem.Parse.Units) > 0 {
		return true
	}
	if fu.Those && mem.Parse.Level != "" && len(p.Units) == 0 && p.Level == "" && len(p.Periods) == 0 && !p.Which {
		// "tổng số hồ sơ tiếp nhận của các đơn vị đó" after the districts'
		// figure: theirs.
		return true
	}
	if _, ok := whichPeriodAfter(mem, p); ok {
		return true
	}
	if _, ok := averageAfter(c, mem, p); ok {
		return true
	}
	if _, ok := bothFigures(mem, p); ok {
		return true
	}
	if _, ok := endNamed(mem, p, fu); ok {
		return true
	}
	if _, ok := againstOtherUnit(mem, p); ok {
		return true
	}
	if _, ok := gapAfter(mem, p); ok {
		return true
	}
	if _, ok := reachedAfter(mem, p); ok {
		return true
	}
	if _, ok := reversedRanking(mem, p); ok {
		return true
	}
	if _, ok := periodsLeftOut(mem, p); ok {
		return true
	}
	if _, ok := shareOfWhole(c, mem, p); ok {
		return true
	}
	if _, ok := rankingWithout(c, mem, p); ok {
		return true
	}
	if _, ok := neighbourAfter(c, mem, p); ok {
		return true
	}
	if _, ok := placeAfter(c, mem, p); ok {
		return true
	}
	if _, ok := tableEdit(c, mem, p); ok {
		return true
	}
	if _, ok := partsOfRate(c, mem, p); ok {
		return true
	}
	if _, ok := projectsOfTotal(mem, p); ok {
		return true
	}
	if asksNotOnline(p) && len(p.Indicators) == 0 && len(p.Units) == 0 && ofRate(c, mem.Parse.Indicators) {
		// "quý 2 không trực tuyến" after a unit's files.
		return true
	}
	if pointsAtNamed(mem, p, fu) && len(p.Indicators) == 0 && len(p.Periods) == 0 && asksOnlyFigureOf(c, mem.Parse.Indicators, p.Words) {
		// "được bao nhiêu", "con số cụ thể" after the one district a
		// ranking named: its figure.
		return true
	}
	if pointsAtNamed(mem, p, fu) && (p.Measure != "" || p.Op != "" || len(p.Indicators) > 0 && (len(nlu.WithoutPoliteEnd(p.Words)) <= 6 || fu.Those)) && len(p.Leftover) == 0 {
		// "số hồ sơ trực tuyến giảm bao nhiêu" after the one district a
		// ranking named: that district's.
		return true
	}
	if mem.Parse.Intent == nlu.IntentTarget && !p.Understood() && p.Reason == nlu.ReasonNotUnderstood && len(p.Units) == 0 && len(p.Periods) == 0 &&
		hasWord(p.Words, "them") && nlu.Asks(p.Words) && len(nlu.WithoutPoliteEnd(p.Words)) <= 6 {
		// "đã làm thêm được mấy" after the target of the services to add:
		// how many were, which the progress states.
		return true
	}
	if (fu.Bound != nil || fu.MovedTo > 0) && mem.Parse.Threshold != nil && len(p.Indicators) == 0 && len(p.Units) == 0 {
		// "dưới 10%?" after the units over 15%: the same list, the new bound.
		return true
	}
	if mem.Parse.Intent == nlu.IntentProject && nlu.WholeSpan(p.Words) && len(p.Projects) == 0 && len(p.Units) == 0 && len(p.Periods) == 0 && coreLen(p.Words) <= 6 {
		// "cả DA thì bao nhiêu", "cả 3 năm cộng lại?" after a project's
		// money of one year: that project's, every year.
		return true
	}
	if (p.Money || namesFundingPart(p.Words) || nlu.WholeSpan(p.Words) && len(p.Units) == 0) && moneyIntent(mem.Parse.Intent) && !p.Understood() {
		// "đề xuất giai đoạn tới bao nhiêu?" after a project's funding.
		return true
	}
	if addsFundingPart(mem.Parse, p) {
		// "cộng cả nguồn lồng ghép nữa" after the NQ 22 money.
		return true
	}
	if mem.Parse.Intent == nlu.IntentProject && fundingPartsOnly(p) {
		// "lồng ghép nguồn khác?", "đề xuất thêm?" after a project's
		// funding: that project's part, not the programme's total.
		return true
	}
	if mem.Parse.Intent == nlu.IntentProject && len(p.Projects) == 0 && (nlu.PointsAtProject(p.Words) || nlu.BareProject(p.Words) && len(p.Units) == 0) {
		// "ai chủ trì dự án đó": the project named before.
		return true
	}
	if mem.Parse.Intent == nlu.IntentProject && !p.Understood() && (nlu.AsksWhen(p.Words) || nlu.AsksLead(p.Words)) {
		// "thời gian thực hiện?" after a project: that project's line.
		return true
	}
	if len(p.Indicators) > 0 && len(p.Units) == 0 && p.Level == "" && len(p.Periods) == 0 && len(p.Projects) == 0 && len(mem.Parse.Periods) > 0 &&
		carriesPeriod(p.Intent) && (carriesPlace(mem.Parse.Intent) || mem.Parse.Intent == nlu.IntentRanking) &&
		nlu.IsFragment(p.Words) && (reportedByUnits(c, p.Indicators) || !namesUnit(mem.Parse)) {
		// "số hồ sơ" after "5 tháng đầu 2019?", "thứ hạng PCI" after
		// "2017": that period's figure (a unit's only when units report
		// it: "số tờ rơi đã in" after Kỳ Anh's quarter is the province's).
		return true
	}
	if p.Measure == "change" && len(p.Periods) == 1 && (len(p.Units) == 0 || slices.EqualFunc(p.Units, mem.Parse.Units, slices.Equal[[]string])) &&
		p.Level == "" && len(p.Projects) == 0 && len(mem.Parse.Periods) > 0 &&
		(subsetOf(p.Indicators, mem.Parse.Indicators) || (namesUnit(mem.Parse) || comparedWith(p.Words)) && sameTopic(c, p.Indicators, mem.Parse.Indicators)) && len(p.Leftover) == 0 {
		// "so quý 1 thì nhiều hơn mấy hồ sơ" (or "… thì thành phố tăng
		// thêm …", the unit asked before) after a unit's quarter 2: the
		// figure asked, from that period to the one asked before.
		return true
	}
	if len(p.Indicators) > 0 && len(p.Units) == 0 && p.Level == "" && len(p.Periods) == 0 && len(p.Projects) == 0 && len(p.Leftover) == 0 &&
		len(nlu.WithoutPoliteEnd(p.Words)) <= 8 && !slices.Equal(addedAsBefore(c, mem.Parse.Indicators, p.Indicators), p.Indicators) {
		// "…, bao nhiêu DVC mức 4?" after the services of level 3 added
		// under the resolution: those of level 4 added.
		return true
	}
	if p.Op == "diff" && len(p.Periods) == 2 && len(p.Units) == 0 && p.Level == "" && len(p.Projects) == 0 && (len(mem.Parse.Units) > 0 || mem.Parse.Level != "") &&
		len(p.Indicators) > 0 && (subsetOf(p.Indicators, mem.Parse.Indicators) || namesUnit(mem.Parse) && reportedByUnits(c, p.Indicators) && sameTopic(c, p.Indicators, mem.Parse.Indicators)) &&
		len(p.Leftover) == 0 && len(nlu.WithoutPoliteEnd(p.Words)) <= 12 {
		// "quý 2 hơn quý 1 bao nhiêu hồ sơ?" after Sở Tài chính's two
		// quarters: that unit's two, set against each other ("số hồ sơ
		// trực tuyến quý 2 hơn quý 1 bao nhiêu" after Can Lộc's rates:
		// its files).
		return true
	}
	if p.Measure == "change" && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && len(p.Projects) == 0 && mem.Earlier != nil &&
		len(p.Indicators) > 0 && len(p.Leftover) == 0 && namesUnit(mem.Parse) && reportedByUnits(c, p.Indicators) && sameTopic(c, p.Indicators, mem.Parse.Indicators) {
		// "số hồ sơ trực tuyến tăng thêm bao nhiêu" after a unit's rate of
		// two quarters: that unit's count, between the two.
		return true
	}
	if (p.Measure == "change" || p.Op == "diff") && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && len(p.Projects) == 0 && mem.Earlier != nil &&
		len(p.Indicators) > 0 && subsetOf(p.Indicators, mem.Parse.Indicators) && len(p.Leftover) == 0 && len(nlu.WithoutPoliteEnd(p.Words)) <= 8 {
		// "nhiều hơn bao nhiêu hồ sơ" after the files of 2018, then of
		// 2019: the same figure, between the two.
		if _, ok := twoAsked(mem); ok {
			return true
		}
	}
	if len(p.Indicators) > 0 && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && len(p.Projects) == 0 &&
		subsetOf(p.Indicators, mem.Parse.Indicators) && nlu.BothPeriods(p.Words) && len(p.Leftover) == 0 {
		// "Cộng cả hai quý là bao nhiêu hồ sơ?" after a unit's count of
		// one quarter, then of another: the two.
		return true
	}
	if unitsReportAgain(mem, p) {
		return true
	}
	if placeByFigureBefore(c, mem, p) && len(p.Periods) == 0 {
		return true
	}
	if agenciesReporting(mem, p) || reportingRateAgain(mem, p) {
		return true
	}
	if p.Intent == nlu.IntentReporting && len(p.Periods) == 0 && len(p.Units) == 0 && len(mem.Parse.Periods) == 1 &&
		(mem.Parse.Intent == nlu.IntentReporting || mem.Parse.Periods[0].Kind == nlu.PeriodQuarter) {
		// "bao nhiêu sở chưa nộp" after "… quý 1": of that quarter.
		return true
	}
	if (len(p.Indicators) > 0) && len(p.Units) == 0 && p.Level == "" && len(p.Projects) == 0 && (len(mem.Parse.Units) > 0 || mem.Parse.Level != "") &&
		carriesPlace(p.Intent) && carriesPlace(mem.Parse.Intent) && (reportedByUnits(c, p.Indicators) || sameTopic(c, p.Indicators, mem.Parse.Indicators)) &&
		(nlu.IsFragment(p.Words) || len(p.Periods) == 0 && coreLen(p.Words) <= 8 || len(nlu.WithoutPoliteEnd(p.Words)) <= 7 ||
			len(p.Periods) == 1 && namesUnit(mem.Parse) && reportedByUnits(c, p.Indicators) && len(nlu.WithoutPoliteEnd(p.Words)) <= 10 ||
			// "số hồ sơ online quý 2 tăng bn so với quý 1 vậy" after Can
			// Lộc's rate: Can Lộc's files, between the two.
			len(p.Periods) == 2 && p.Measure == "change" && namesUnit(mem.Parse) && reportedByUnits(c, p.Indicators) && len(nlu.WithoutPoliteEnd(p.Words)) <= 14 &&
				quartersGoingOn(mem, p.Periods) ||
			hasWord(p.Words, "chung") && (mem.Parse.Level != "" || len(mem.Parse.Units) > 1) && len(nlu.WithoutPoliteEnd(p.Words)) <= 10 ||
			goesOn(p.Words) && len(nlu.WithoutPoliteEnd(p.Words)) <= 10) {
		// "tổng hồ sơ tiếp nhận", "dvc mức 4 quý 1", "bao nhiêu hồ sơ nộp
		// trực tuyến?", "quý 2/2019 thì được bao nhiêu hồ sơ?" after a
		// question about a place: that place's figure (and period), not
		// the province's.
		return true
	}
	if len(p.Periods) == 0 && len(mem.Parse.Periods) > 0 && p.Level != "" && p.Level == mem.Parse.Level && len(p.Units) == 0 && len(mem.Parse.Units) == 0 &&
		len(p.Indicators) > 0 && len(p.Leftover) == 0 && sameTopic(c, p.Indicators, mem.Parse.Indicators) && carriesPeriod(p.Intent) && len(nlu.WithoutPoliteEnd(p.Words)) <= 7 {
		// "tỷ lệ chung của các huyện?" after the districts' files of
		// quarter 1: of that quarter.
		return true
	}
	if len(p.Periods) == 0 && len(mem.Parse.Periods) > 0 && (len(p.Units) > 0 || p.Level != "") && len(p.Indicators) > 0 && len(p.Leftover) == 0 &&
		(subsetOf(p.Indicators, mem.Parse.Indicators) || sameTopic(c, p.Indicators, mem.Parse.Indicators)) && carriesPlace(p.Intent) && carriesPlace(mem.Parse.Intent) &&
		nlu.PlaceAsTopic(p.Words) {
		// "Khối các sở thì tỷ lệ chung được mấy %?" after the districts'
		// files of quarter 1: the agencies' rate of that quarter.
		return true
	}
	if mem.Parse.Intent == nlu.IntentReporting && !p.Understood() && len(p.Periods) == 0 && len(p.Units) == 0 &&
		(hasWord(p.Words, "phai", "nop") || hasWord(p.Words, "phai", "bao", "cao")) {
		// "trên tổng số bao nhiêu đơn vị phải nộp" after how many sent
		// their reports: the same reply, which says out of how many.
		return true
	}
	if !p.Understood() && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && len(p.Indicators) == 0 &&
		carriesPlace(mem.Parse.Intent) && len(mem.Parse.Indicators) > 0 && asksWhere(p.Words) && len(nlu.WithoutPoliteEnd(p.Words)) <= 5 {
		// "mở ở đâu vậy" after the classes of quarter 1: the same figure,
		// whose words say where ("tại UBND huyện Lộc Hà …").
		return true
	}
	if mem.Parse.Intent == nlu.IntentProjects && !p.Understood() && nlu.StatusOf(p.Words) != "" {
		// "còn đang thực hiện?" after "bao nhiêu dự án đã hoàn thành".
		return true
	}
	if fu.Percent && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && onlyPercentWords(p.Words) || rateOfLevel(mem, p, fu) {
		// "tỷ lệ?", "tỷ lệ tương ứng?" after a count: its share, not a
		// new question about whichever indicator a bare "tỷ lệ" names.
		return true
	}
	if len(p.Indicators) == 0 && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && asksTheCount(p.Words) {
		if _, ok := countSibling(c, mem.Parse.Indicators); ok {
			// "số lượng cụ thể?" after a rate: the count behind it.
			return true
		}
	}
	if len(p.Indicators) == 0 && len(p.Leftover) > 0 && (shortMessage(p) || namesSibling(p) && !fu.Percent) {
		if _, ok := siblingByWords(c, mem.Parse.Indicators, p.Leftover); ok {
			// "doanh nghiệp?" after the communes' training rate: the same
			// figure of the businesses; "bao nhiêu doanh nghiệp là thành
			// viên" after the floor's stores.
			return true
		}
	}
	if mem.Parse.Intent == nlu.IntentReporting && !p.Understood() && len(p.Periods) > 0 && len(p.Indicators) == 0 {
		// "quý 1 thì huyện nào?" after who had not reported in quarter 2.
		return true
	}
	if _, ok := sameNameOfKind(c, mem.Parse, p.Words); ok && len(p.Units) == 0 &&
		(len(p.Indicators) == 0 || subsetOf(p.Indicators, mem.Parse.Indicators) || fu.Those || fu.Percent) {
		// "quý 1 của thành phố?", "thị xã thì sao?", "so với quý 1 thì
		// thành phố tăng thêm bao nhiêu hồ sơ?", "tỷ lệ đó của huyện": a
		// unit the kind names, by the name asked before.
		return true
	}
	if len(p.Leftover) > 0 && !countedAsBefore(c, mem.Parse.Indicators, p.Leftover) {
		// Words nothing explains ("số người dự hội thảo năm 2019"): a new
		// question the rules missed, not the last one for another period.
		return false
	}
	ownFigure := len(p.Indicators) > 0 || len(p.Projects) > 0
	switch p.Intent {
	case nlu.IntentFunding, nlu.IntentProjects, nlu.IntentProject, nlu.IntentReporting:
		ownFigure = true
	}
	if ownFigure {
		return false
	}
	return len(p.Periods) > 0 || len(p.Units) > 0 || p.Level != "" || p.Measure != "" || p.Order != "" ||
		fu.ServiceLevel > 0 || fu.Percent || p.Op == "sum" || p.Op == "avg" || p.Op == "diff" && mem.Earlier != nil ||
		(p.Op == "" || p.Op == "diff") && mem.EarlierUnit != nil && len(mem.Parse.Units) == 1 && nlu.BothUnits(p.Words)
}

// merge is the remembered question with what the follow-up changes: its
// figure, place, period, measure; inherited lists the slots kept.
func merge(c *catalog.Catalog, mem *memory, p nlu.Parse, fu nlu.FollowUp) (nlu.Parse, []string) {
	m, inherited := mergeParts(c, mem, p, fu)
	if p.Measure == "change" && (growthAsked(p.Words) || growthAsked(mem.Parse.Words) && hasWord(p.Words, "%") ||
		changeInPercent(p.Words) && len(m.Indicators) == 1 && c.Indicators[m.Indicators[0]].Kind != "percent") && !growthAsked(m.Words) {
		// "tốc độ tăng bao nhiêu %": the change asked in percent too.
		m.Words = slices.Concat(m.Words, []string{"tang", "truong"})
	}
	if m.Measure == "complement" && p.Measure == "" && (p.Order == "asc" || p.Order == "desc") && m.Threshold == nil {
		// "còn thấp nhất?" after "không có huyện nào trên 25%? cao nhất
		// là huyện mô": the lowest, not those without a figure.
		m.Measure = ""
		inherited = slices.DeleteFunc(inherited, func(s string) bool { return s == "measure" })
	}
	if len(p.ExceptKinds) > 0 && len(m.ExceptKinds) == 0 && m.Level != "" && len(m.Units) == 0 {
		// "chỉ những huyện không phải thị xã, thành phố thôi" after the
		// districts' rate: theirs without those kinds.
		m.ExceptKinds = p.ExceptKinds
	}
	if p.Op == "ratio" && m.Op != "ratio" && (len(m.Indicators) == 2 || len(m.Units) == 2 || len(m.Periods) == 2) {
		// "vậy mức 3 gấp mức 4 bao nhiêu lần", "quý 2 bằng mấy lần quý
		// 1", "so với Sở Nội vụ thì gấp mấy": the two set side by side
		// are divided, as the message asks (not subtracted, or given
		// alone).
		m.Op = "ratio"
		if len(m.Periods) == 2 {
			m.Intent = nlu.IntentCompare
		}
	}
	return m, inherited
}

// againstOtherUnit: "gấp mấy Hương Sơn về số hồ sơ", "hơn Thạch Hà bao
// nhiêu hồ sơ" after one unit's figure names a figure of its own, one
// other unit and no period: that figure of the two units, set against
// each other as asked (a division or a difference needs two; it was the
// other unit's alone, refused).
func againstOtherUnit(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if p.Op != "ratio" && p.Op != "diff" || len(p.Indicators) == 0 || len(p.Units) != 1 || len(prev.Units) != 1 || slices.Equal(p.Units[0], prev.Units[0]) ||
		len(p.Periods) > 0 || p.Which || p.Level != "" || prev.Intent != nlu.IntentValue || len(prev.Periods) > 1 {
		return nlu.Parse{}, false
	}
	m := prev
	m.Indicators, m.Units, m.Op, m.Measure, m.Words = p.Indicators, [][]string{prev.Units[0], p.Units[0]}, p.Op, "", p.Words
	return m, true
}

// gapAfter: "hơn bn điểm", "chênh mấy" alone after two units' figures set
// side by side: the gap between those figures.
func gapAfter(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if p.Op != "diff" || len(p.Indicators) > 0 || len(p.Units) > 0 || len(p.Periods) > 0 || len(p.Projects) > 0 || p.Level != "" ||
		len(prev.Units) != 2 || len(prev.Indicators) != 1 || prev.Intent != nlu.IntentValue || len(prev.Periods) > 1 || coreLen(p.Words) > 4 {
		return nlu.Parse{}, false
	}
	m := prev
	m.Op, m.Measure, m.Words = "diff", "", slices.Concat(prev.Words, p.Words)
	return m, true
}

// reachedAfter: "đạt bn rồi", "được bao nhiêu rồi" alone after a target
// asked: how far the figure has got, which the target's reply states.
func reachedAfter(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	words := nlu.WithoutPoliteEnd(p.Words)
	if p.Understood() || prev.Measure != "target" || len(prev.Indicators) == 0 || !slices.Contains(words, "dat") && !slices.Contains(words, "duoc") ||
		slices.ContainsFunc(words, func(w string) bool { return !reachedWords[w] }) {
		return nlu.Parse{}, false
	}
	return prev, true
}

// reachedWords make up "đạt bn rồi", "hiện được bao nhiêu rồi".
var reachedWords = map[string]bool{"dat": true, "duoc": true, "bao": true, "nhieu": true, "may": true, "roi": true, "hien": true, "nay": true,
	"bay": true, "gio": true, "den": true, "da": true, "chua": true}

// mergeParts is merge before the follow-up's own arithmetic is restored.
func mergeParts(c *catalog.Catalog, mem *memory, p nlu.Parse, fu nlu.FollowUp) (m nlu.Parse, inherited []string) {
	prev := mem.Parse // its Words restored by recall
	if m, ok := whichPeriodAfter(mem, p); ok {
		return m, []string{"indicators", "units"}
	}
	if m, ok := averageAfter(c, mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := bothFigures(mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := endNamed(mem, p, fu); ok {
		return m, []string{"indicators", "units"}
	}
	if m, ok := againstOtherUnit(mem, p); ok {
		return m, []string{"units", "periods"}
	}
	if m, ok := gapAfter(mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := reachedAfter(mem, p); ok {
		return m, []string{"indicators", "units", "periods", "measure"}
	}
	if m, ok := reversedRanking(mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := periodsLeftOut(mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := shareOfWhole(c, mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := rankingWithout(c, mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := neighbourAfter(c, mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := placeAfter(c, mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := tableEdit(c, mem, p); ok {
		return m, []string{"indicators", "units", "periods"}
	}
	if m, ok := partsOfRate(c, mem, p); ok {
		return m, []string{"units", "periods"}
	}
	if m, ok := projectsOfTotal(mem, p); ok {
		return m, []string{"indicators"}
	}
	if reportingRateAgain(mem, p) {
		// "quý 2 tỷ lệ đó còn mấy" after the share of units that sent
		// their reports in quarter 1: that share, of quarter 2.
		m = prev
		m.Periods, m.Words = p.Periods, slices.Concat(prev.Words, p.Words)
		return m, []string{"indicators"}
	}
	if agenciesReporting(mem, p) {
		// "bn sở" after how many units sent their reports: how many of
		// the agencies did.
		m = prev
		m.Level, m.Levels, m.Words = "agency", nil, slices.Concat(prev.Words, p.Words)
		if len(prev.Indicators) > 0 {
			return m, []string{"indicators", "periods"} // ("sở?" after "các huyện?")
		}
		return m, []string{"periods"}
	}
	if unitsReportAgain(mem, p) {
		m = p
		m.Units = prev.Units
		return m, []string{"units"}
	}
	if stated := slices.DeleteFunc(slices.Clone(prev.Indicators), func(code string) bool { return slices.Contains(p.Indicators, code) }); p.Op == "diff" &&
		len(p.Indicators) == 1 && len(stated) == 1 && len(p.Units) == 0 && len(p.Periods) == 0 && nlu.PointsAtFigure(p.Words) {
		// "Con số đó ít hơn kinh phí đã bố trí bao nhiêu?" after the money
		// still missing: the figure stated set against the one named.
		m = prev
		m.Indicators = []string{stated[0], p.Indicators[0]}
		m.Op, m.Measure, m.Words = "diff", "", p.Words
		return m, []string{"units", "periods"}
	}
	if moneyIntent(prev.Intent) && (!p.Understood() || prev.Intent == nlu.IntentProject && (fundingPartsOnly(p) || nlu.WholeSpan(p.Words) && len(p.Projects) == 0)) && len(p.Units) == 0 && len(p.Indicators) == 0 ||
		prev.Intent == nlu.IntentProject && (fundingPartsOnly(p) || len(p.Projects) == 0 && (nlu.PointsAtProject(p.Words) || nlu.BareProject(p.Words) && len(p.Units) == 0)) {
		// Funding answers read their parts from the words ("còn thiếu
		// bao nhiêu?", "đề xuất bao nhiêu?"): the same projects or totals,
		// the new words, the new period if one is named.
		m = prev
		m.Words, m.Reason = p.Words, ""
		if prev.Intent == nlu.IntentFunding && addsPart(p.Words) {
			// "cộng cả phần còn thiếu?" after the allotted money summed:
			// the parts the words before named, and the one added.
			m.Words, m.Op = slices.Concat(prev.Words, p.Words), "sum"
		}
		if prev.Intent == nlu.IntentProject && (nlu.AsksLead(p.Words) || nlu.AsksWhen(p.Words)) {
			// "ai chủ trì dự án đó?" after its money: who, not how much.
			m.Funding, m.Money = "", false
		}
		if st := nlu.StatusOf(p.Words); st != "" && prev.Intent == nlu.IntentProjects {
			m.Status = st
		}
		inherited = []string{"indicators"}
		if f := nlu.FundingOf(p.Words); f != "" && prev.Intent == nlu.IntentProjects && !prev.Count {
			// "đề xuất bao nhiêu?" after "dự án nào chưa thực hiện": those
			// projects' money of that part.
			m.Funding = f
		}
		if f := nlu.FundingOf(p.Words); f != "" && prev.Intent == nlu.IntentProjects && prev.Count && p.Op == "sum" {
			// "tổng đề xuất bn?" after "mấy dự án có đề xuất kinh phí":
			// those projects' money summed, not their count again.
			m.Funding, m.Count, m.Op = f, false, "sum"
		}
		if f := nlu.FundingOf(p.Words); f != "" && prev.Intent == nlu.IntentProject {
			// "còn thiếu bao nhiêu?" after a project's money of 2018: its
			// proposal, which is of no year.
			m.Funding = f
			if f == "proposed" {
				prev.Periods, m.Periods = nil, nil
			}
		}
		switch {
		case nlu.WholeSpan(p.Words) && len(p.Periods) == 0:
			// "và tổng cả giai đoạn?" after a project's money of 2019:
			// of every year.
			m.Periods = nil
		case p.Measure == "change" && len(p.Periods) == 1 && len(prev.Periods) == 1:
			// "giảm bao nhiêu so với 2018" after a project's money of
			// 2019: from the year named to the year before.
			m.Measure, m.Periods = "change", []nlu.Period{prev.Periods[0], p.Periods[0]}
		case len(p.Periods) > 0:
			m.Periods = p.Periods
			if p.Measure == "change" {
				m.Measure = "change"
			}
		case len(prev.Periods) > 0:
			inherited = append(inherited, "periods")
		}
		if p.Order != "" {
			// "nhỏ nhất?" after the largest proposal.
			m.Order = p.Order
		}
		if t := movedThreshold(prev, fu); t != nil {
			// "hạ xuống 500 triệu" after the projects over 1 tỷ.
			m.Threshold = t
		}
		if m.Measure == "change" && p.Op == "" {
			// "2018 tăng bao nhiêu so với 2017" after a sum: the change.
			m.Op = ""
		}
		if p.Op != "" {
			m.Op = p.Op
		}
		return m, inherited
	}
	if p.Op == "share" && len(p.Indicators) == 0 && len(p.Periods) == 0 && (p.Level == "" || p.Level == prev.Level) && len(p.Units) == 1 && slices.Equal(p.Units[0], []string{nlu.ProvinceCode}) &&
		(prev.Level != "" || len(prev.Units) == 1 && !slices.Equal(prev.Units[0], []string{nlu.ProvinceCode})) && len(prev.Indicators) > 0 {
		// "chiếm mấy % toàn tỉnh" after the agencies' services: their
		// share of the province's, as "… của khối sở chiếm bao nhiêu %
		// toàn tỉnh" asks it; "mức 3 cấp huyện chiếm bao nhiêu % của
		// tỉnh" after the districts' services: of that level of service.
		m = prev
		m.Op, m.Reason = "share", ""
		m.Units = append(slices.Clone(prev.Units), p.Units[0])
		m.Words = slices.Concat(prev.Words, p.Words)
		if fu.ServiceLevel != 0 && !fu.BothServiceLevels {
			if one, ok := serviceLevelSibling(c, prev.Indicators, fu.ServiceLevel); ok {
				m.Indicators = slices.Compact(one)
			}
		}
		return m, []string{"indicators", "units", "periods"}
	}
	countBefore := len(prev.Indicators) > 0 && !slices.ContainsFunc(prev.Indicators, func(code string) bool { return c.Indicators[code].Kind == "percent" })
	if fu.Percent && p.Measure == "change" && (growthAsked(p.Words) || growthAsked(prev.Words) ||
		countBefore && changeInPercent(p.Words) && !hasWord(p.Words, "ty", "le") && !hasWord(p.Words, "ti", "le")) {
		// ("so với quý 1 tăng bao nhiêu %?" after a count: its growth.)
		// "tốc độ tăng bao nhiêu %" after a count, "thị xã thì tăng bao
		// nhiêu %" after a count's growth: the count's change in percent
		// of the figure before (relativeChange), not its rate's.
		fu.Percent = false
	}
	if fu.Percent && len(p.Units) == 0 && len(p.Periods) == 0 && (p.Level == "" || len(p.Indicators) == 0) {
		// "tính ra phần trăm": the share of the figure before, not a
		// percent figure of the words alone. ("Khối các sở thì tỷ lệ …"
		// names a figure and a level of its own.)
		if swapped, ok := percentSibling(c, prev.Indicators); ok {
			m = prev
			m.Indicators, m.Reason = swapped, ""
			m.Words = append(append([]string(nil), prev.Words...), p.Words...)
			if pair, ok := twoAsked(mem); ok && p.Measure == "change" {
				// "tỷ lệ tăng mấy điểm %" after a unit's quarter 1, then
				// its quarter 2: the share's change between the two.
				m.Intent, m.Measure, m.Op, m.Periods = nlu.IntentCompare, "change", "", pair
				return m, []string{"units", "periods"}
			}
			if pointsAtNamed(mem, p, fu) && fu.Those {
				// "tỷ lệ trực tuyến của nó" after the one district a
				// ranking named: that district's rate.
				m.Units, m.Level, m.Levels, m.Threshold = [][]string{mem.Named}, "", nil, nil
				m.Intent, m.Order, m.Top, m.Which = nlu.IntentValue, "", 0, false
				return m, []string{"periods"}
			}
			if m.Intent == nlu.IntentTarget || m.Intent == nlu.IntentCompare || m.Intent == nlu.IntentRanking {
				return m, []string{"units", "periods", "measure"}
			}
			return m, []string{"units", "periods"}
		}
	}
	if rateOfLevel(mem, p, fu) {
		// "tỷ lệ cấp huyện?" after the communes with a website (their
		// share or their count): that share of the districts.
		m = prev
		if swapped, ok := percentSibling(c, prev.Indicators); ok {
			m.Indicators = swapped
		}
		m.Units, m.Level, m.Levels, m.Reason = nil, p.Level, p.Levels, ""
		m.Words = slices.Concat(withoutLevelWords(prev.Words), p.Words)
		return m, []string{"indicators", "periods"}
	}
	ownFigure := len(p.Indicators) > 0 || len(p.Projects) > 0 ||
		p.Intent == nlu.IntentFunding || p.Intent == nlu.IntentProject || p.Intent == nlu.IntentProjects || p.Intent == nlu.IntentReporting
	if ownFigure {
		// "còn số hồ sơ trực tuyến thì sao?": a figure of its own, with the
		// place and period of the question before when it names none.
		m = p
		if addsFundingPart(prev, p) {
			// "cộng cả nguồn lồng ghép nữa" after the NQ 22 money: the
			// parts before and the one added (read from the words).
			for _, code := range prev.Indicators {
				if !slices.Contains(m.Indicators, code) {
					m.Indicators = append(slices.Clone(m.Indicators), code)
				}
			}
			m.Words = slices.Concat(prev.Words, p.Words)
			inherited = append(inherited, "indicators")
		}
		if placeByFigureBefore(c, mem, p) {
			// "Can Lộc đứng thứ mấy?" after the districts ranked by their
			// files online: its place by that figure, not the rate a place
			// is asked by when no figure is named.
			m.Indicators = prev.Indicators
			inherited = append(inherited, "indicators")
		}
		if len(nlu.WithoutPoliteEnd(p.Words)) <= 8 {
			// "…, bao nhiêu DVC mức 4?" after the services of level 3
			// added under the resolution: those of level 4 added.
			m.Indicators = addedAsBefore(c, prev.Indicators, m.Indicators)
		}
		if fu.Those && len(m.Units) == 0 && len(prev.Units) > 0 {
			// "tổng số hồ sơ huyện đó": the unit before, not its level.
			m.Level, m.Levels = "", nil
		}
		if other, ok := sameNameOfKind(c, prev, p.Words); ok && len(m.Units) == 0 {
			// "tỷ lệ đó của huyện" after Huyện Can Lộc: that unit.
			m.Units, m.Level, m.Levels = [][]string{{other}}, "", nil
			inherited = append(inherited, "units")
		}
		if pointsAtNamed(mem, p, fu) && carriesPlace(m.Intent) {
			// "số hồ sơ trực tuyến giảm bao nhiêu" after "huyện nào bị
			// giảm …" answered with Đức Thọ alone: that unit's.
			m.Units, m.Level, m.Levels = [][]string{mem.Named}, "", nil
			inherited = append(inherited, "units")
		}
		if len(m.Units) == 0 && len(prev.Units) == 0 && m.Level != "" && prev.Level != "" && m.Level != prev.Level && len(m.Levels) == 0 &&
			(hasWord(p.Words, "tinh", "ca") || hasWord(p.Words, "ke", "ca") || hasWord(p.Words, "gom", "ca")) {
			// "tính cả sở ngành thì bao nhiêu đơn vị chưa nộp" after the
			// districts: both levels, every unit.
			m.Level = ""
			inherited = append(inherited, "units")
		} else if len(m.Units) == 0 && m.Level == "" && (len(prev.Units) > 0 || prev.Level != "") && carriesPlace(m.Intent) {
			m.Units, m.Level, m.Levels = prev.Units, prev.Level, prev.Levels
			inherited = append(inherited, "units")
			if prev.Op == "rankof" && len(prev.Units) == 1 && m.Op != "rankof" {
				// "tỷ lệ cụ thể là bao nhiêu" after Sở Nội vụ's place among
				// the agencies: its own figure, not theirs together.
				m.Level, m.Levels = "", nil
			}
		}
		if m.Intent == nlu.IntentRanking && prev.Intent == nlu.IntentRanking && len(m.Units) == 0 && m.Level == "" && prev.Level != "" && len(prev.Units) == 0 {
			// "hstt ít nhất" after the district with fewest files: among
			// the same level.
			m.Level, m.Levels = prev.Level, prev.Levels
			inherited = append(inherited, "units")
		}
		if len(m.Periods) == 0 && len(prev.Periods) > 0 && carriesPeriod(m.Intent) {
			m.Periods = prev.Periods
			inherited = append(inherited, "periods")
			if m.Measure == "change" && len(m.Periods) == 2 && m.Op == "" && m.Intent == nlu.IntentValue {
				// "số hồ sơ trực tuyến giảm bao nhiêu" after a rate of two
				// quarters set side by side: this figure's change between
				// those two.
				m.Intent = nlu.IntentCompare
			}
		}
		if bothPeriods(mem, p, &m) {
			return m, inherited
		}
		if pair, ok := twoAsked(mem); ok && (m.Measure == "change" && m.Op == "" || m.Op == "diff" && len(m.Units) <= 1 && subsetOf(m.Indicators, prev.Indicators)) && len(p.Periods) == 0 {
			// "tăng thêm bao nhiêu", "nhiều hơn bao nhiêu hồ sơ" after two
			// periods asked in turn: between them.
			m.Intent, m.Periods, m.Measure, m.Op = nlu.IntentCompare, pair, "change", ""
			return m, inherited
		}
		if m.Measure == "change" && len(m.Periods) == 1 && len(prev.Periods) > 0 && (subsetOf(m.Indicators, prev.Indicators) || sameTopic(c, m.Indicators, prev.Indicators)) {
			// "so quý 1 thì nhiều hơn mấy hồ sơ": from the period named to
			// the one asked before; "so với quý một thì … tăng bao nhiêu"
			// just after quý 1 was asked, quý 2 before it: from quý 1 to
			// quý 2.
			if other := otherThan(prev.Periods, mem.Earlier, m.Periods[0]); other != nil {
				m.Intent, m.Op, m.Periods = nlu.IntentCompare, "", []nlu.Period{*other, m.Periods[0]}
				inherited = append(inherited, "periods")
			}
		}
		m.Reason = ""
		return m, inherited
	}

	m = prev
	m.Reason = ""
	kept := map[string]bool{"indicators": true, "units": true, "periods": true, "measure": true}
	if fu.Those && len(prev.Units) > 0 && len(p.Units) == 0 {
		// "quý 1 hai huyện này": the units before, not their level.
		p.Level, p.Levels = "", nil
	}
	named := false
	if pointsAtNamed(mem, p, fu) && (p.Measure != "" || p.Op != "" || len(p.Indicators) > 0 || fu.Those || asksOnlyFigureOf(c, prev.Indicators, p.Words)) {
		// "giảm bao nhiêu điểm %?" after "huyện nào bị giảm …" answered
		// with Đức Thọ alone: that unit's figure.
		p.Units, p.Level, p.Levels = [][]string{mem.Named}, "", nil
		m.Which, named = false, true
	}
	switch {
	case len(p.Leftover) > 0 && (fu.Cue || shortMessage(p) || namesSibling(p) && !fu.Percent) &&
		!(p.Measure == "target" && namesItself(c, m.Indicators, p.Leftover)):
		// ("còn thiếu bao nhiêu dịch vụ nữa" after the DVC mức 4 added:
		// its target, not a sibling its words also name.)
		// "còn doanh nghiệp?", "sản phẩm thì sao?": the indicator of the
		// same topic named by these words.
		if swapped, ok := siblingByWords(c, m.Indicators, p.Leftover); ok {
			m.Indicators = swapped
			kept["indicators"] = false
		} else if swapped, ok := serviceLevelsAsked(c, m.Indicators, fu); ok && fu.ServiceLevel > 0 {
			// "mức 4 thì thế nào" after the services of level 3 added:
			// those of level 4 ("thế nào" is no sibling's word).
			m.Indicators = swapped
			kept["indicators"] = false
		}
	case fu.ServiceLevel > 0:
		// "mức 4 của cấp huyện": the other level of service (and the
		// level of units, below); "chia mức 3 mức 4": both.
		if swapped, ok := serviceLevelsAsked(c, m.Indicators, fu); ok {
			m.Indicators = swapped
			kept["indicators"] = false
		}
	case (fu.Cue || nlu.IsFragment(p.Words)) && p.Level != "" && len(p.Units) == 0:
		// "còn cấp xã?" after "tỷ lệ doanh nghiệp được đào tạo": a level
		// word that names a sibling indicator ("tỷ lệ cấp xã được đào
		// tạo") changes the indicator, not the level.
		if swapped, ok := siblingByWords(c, m.Indicators, nlu.ContentWords(p.Words)); ok {
			m.Indicators = swapped
			kept["indicators"] = false
			p.Level, p.Levels = "", nil
		}
	case len(p.Indicators) == 0 && asksTheCount(p.Words):
		if swapped, ok := countSibling(c, m.Indicators); ok {
			m.Indicators = swapped
			m.Words = append(withoutPercentWords(m.Words), p.Words...)
			kept["indicators"] = false
		}
	case fu.Percent:
		if swapped, ok := percentSibling(c, m.Indicators); ok {
			m.Indicators = swapped
			m.Words = append(append([]string(nil), m.Words...), p.Words...)
			kept["indicators"] = false
		}
	}
	if other, ok := sameNameOfKind(c, prev, p.Words); ok && len(p.Units) == 0 {
		// "thị xã thì sao?" after Huyện Kỳ Anh: the other unit of that name.
		p.Units, p.Level, p.Levels = [][]string{{other}}, "", nil
	}
	if len(p.Units) == 1 && p.Level == "" && prev.Op == "share" && len(prev.Units) == 2 && slices.Equal(prev.Units[1], []string{nlu.ProvinceCode}) &&
		!slices.Equal(p.Units[0], []string{nlu.ProvinceCode}) {
		// "TP Hà Tĩnh chiếm mấy" after Hồng Lĩnh's share of the province:
		// the city's share of it.
		p.Units = [][]string{p.Units[0], {nlu.ProvinceCode}}
	}
	if len(p.Units) > 0 && p.Level == "" && prev.Op == "share" {
		// "Thạch Hà" after "Can Lộc chiếm bao nhiêu % … của các huyện":
		// the same whole, the level it was of.
		p.Level, p.Levels = prev.Level, prev.Levels
	}
	if len(p.Units) == 1 && len(prev.Units) == 2 && prev.Op == "diff" && p.Level == "" && hasWord(p.Words, "voi") {
		// "với Hồng Lĩnh thì thế nào" after Thạch Hà set against Can Lộc:
		// the first against the one named now.
		p.Units = [][]string{prev.Units[0], p.Units[0]}
	}
	if len(p.Units) == 1 && len(prev.Units) == 2 && prev.Op == "diff" && p.Op == "" && p.Measure == "" && !hasWord(p.Words, "voi") && !hasWord(p.Words, "hon") {
		// "thành phố Hà Tĩnh cùng quý" after two districts set against
		// each other: the city's figure, not a difference of one.
		m.Op, m.Measure = "", ""
	}
	if len(p.Units) > 0 || p.Level != "" {
		m.Units, m.Level, m.Levels = p.Units, p.Level, p.Levels
		kept["units"] = false
		if m.Intent == nlu.IntentRanking && len(p.Units) > 0 {
			m.Intent, m.Order, m.Top = nlu.IntentValue, "", 0
		}
		if p.Op == "each" && len(p.Units) == 0 {
			// "mỗi xã thì có mấy" after Điện lực's services: the figure
			// stated for each unit of the level, or each unit's own
			// (valueOf ranks them when they report it).
			m.Op = "each"
		}
		if fu.Plural && len(p.Units) == 0 && p.Level != "" && m.Intent == nlu.IntentValue && namesUnit(prev) && reportedByUnits(c, m.Indicators) &&
			!hasWord(p.Words, "chung") && !hasWord(p.Words, "gop") && p.Op != "each" {
			// (Not "tính chung các huyện": their figure together.)
			// "các huyện thì sao?" after one unit's figure: each unit of the level.
			m.Intent, m.Order, m.Top = nlu.IntentRanking, "all", 0
		}
	}
	if len(p.Units) == 1 && len(prev.Units) == 1 && !slices.Equal(p.Units[0], prev.Units[0]) && len(p.Periods) == 0 &&
		(p.Op == "diff" || p.Measure == "change" && (hasWord(p.Words, "hon") || hasWord(p.Words, "so", "voi"))) {
		// "nhiều hơn Thạch Hà bao nhiêu?", "so với trung bình tỉnh?"
		// after Can Lộc's figure: the two set against each other, not
		// the second over time.
		m.Units = [][]string{prev.Units[0], p.Units[0]}
		m.Intent, m.Op, m.Measure = nlu.IntentValue, "diff", ""
		p.Measure, p.Op = "", ""
		kept["measure"] = false
	}
	if p.Op == "diff" && p.Measure == "" && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level == "" && len(prev.Units) <= 1 && mem.Earlier != nil {
		// "như vậy cao hơn bao nhiêu điểm" after two periods asked in
		// turn: the change between them.
		p.Op, p.Measure = "", "change"
	}
	if p.Op == "diff" && p.Measure == "" && len(p.Periods) == 1 && len(p.Units) == 0 && p.Level == "" && len(prev.Units) <= 1 &&
		len(prev.Periods) == 1 && !samePeriod(prev.Periods[0], p.Periods[0]) {
		// "vậy cao hơn 2018 mấy điểm %?" after the rate of 5 tháng 2019:
		// the period asked set against the one named.
		p.Op, p.Measure = "", "change"
	}
	if bothPeriods(mem, p, &m) {
		kept["periods"] = false
		p.Measure, p.Op = "", ""
	}
	// (A bare "cộng lại" of two units asked in turn, not of one name's
	// readings asked back.)
	addsUp := p.Op == "sum" && len(p.Indicators) == 0 && len(p.Periods) == 0 && mem.Earlier == nil && len(prev.Units) == 1 &&
		!slices.ContainsFunc(mem.EarlierUnit, func(u string) bool { return slices.Contains(prev.Units[0], u) })
	if (p.Op == "sum" || p.Op == "diff" || p.Op == "ratio" || p.Op == "" && !p.Understood()) && len(p.Units) == 0 && len(prev.Units) == 1 && mem.EarlierUnit != nil && (nlu.BothUnits(p.Words) || addsUp) {
		// "hai huyện cộng lại?", "tổng hai ngành?", "cả 2 ngành", "cộng
		// lại" after one unit's figure, then another's: the two
		// (together, unless set against each other).
		m.Units = [][]string{mem.EarlierUnit, prev.Units[0]}
		m.Level, m.Levels = "", nil // ("gộp 2 huyện lại": the two, not their level)
		m.Intent, m.Op, m.Measure = nlu.IntentValue, cmp.Or(p.Op, "sum"), ""
		kept["units"], kept["measure"] = false, false
		p.Op, p.Measure = "", ""
	}
	if p.Op == "diff" && fu.Back != "" && fu.Back != "same" && len(p.Units) == 0 && len(p.Indicators) == 0 {
		// "hơn năm trước mấy điểm": the figure asked against the period
		// before, a change.
		p.Op, p.Measure = "", "change"
	}
	var asked *nlu.Period
	if len(prev.Periods) > 0 {
		asked = &prev.Periods[0]
	}
	switch {
	case fu.Back == "same" && len(p.Units) > 0 && !hasWord(p.Words, "nam") && p.Measure != "change":
		// "Sở TT&TT cùng kỳ" after another unit's quarter: the other unit
		// in that same quarter (a year back is "cùng kỳ năm trước").
	case fu.Back != "" && asked != nil && p.Measure != "change":
		if back, ok := periodBefore(*asked, fu.Back); ok {
			m.Periods = []nlu.Period{back}
			kept["periods"] = false
		}
	case len(p.Periods) == 0 && len(prev.Periods) == 1 && asked != nil:
		// "chia ra từng quý" after the first half of 2019: each quarter.
		if parts, ok := nlu.PartsOf(p.Words, *asked); ok {
			m.Periods = parts
			kept["periods"] = false
			if m.Intent == nlu.IntentValue {
				m.Intent = nlu.IntentCompare
			}
		}
	case len(p.Periods) > 0 && p.Measure != "change":
		m.Periods = sameYear(p.Periods, asked)
		kept["periods"] = false
		if m.Intent == nlu.IntentCompare && len(p.Periods) == 1 {
			m.Intent = nlu.IntentValue
		}
	}
	switch {
	case p.Op == "diff" && len(p.Periods) == 2 && len(p.Units) == 0 && p.Level == "":
		// "vậy quý 2 hơn quý 1 mấy điểm %" after the rate of quarter 1:
		// the two quarters named, set against each other.
		m.Intent, m.Op, m.Measure = nlu.IntentCompare, "diff", ""
		kept["measure"] = false
	case (p.Op == "diff" || p.Op == "ratio" || p.Op == "sum") && len(p.Units) == 2 && len(p.Periods) == 0:
		// "Đức Thọ thấp hơn Thạch Hà bao nhiêu điểm %?" after Thạch Hà's
		// rate: the two named, set against each other.
		m.Op, m.Intent = p.Op, nlu.IntentValue
	case (p.Op == "diff" || p.Op == "ratio" || p.Op == "sum") && len(prev.Units) == 2 && len(p.Periods) == 0:
		// "chênh nhau bao nhiêu?" after two units' figures: between them,
		// in the period asked, not each against its previous quarter.
		m.Op, m.Intent = p.Op, nlu.IntentValue
	case p.Measure == "change" && (prev.Intent == nlu.IntentCompare || prev.Measure == "change" && p.Which && len(p.Units) == 0) && len(prev.Periods) == 2 && len(p.Periods) == 0 && fu.Back == "":
		// "tăng được mấy điểm?" after two periods set side by side: the
		// change between those two; "có huyện nào giảm không" after the
		// units that rose most: those that fell, between the same two.
		m.Measure = "change"
		kept["measure"] = false
		if way := changeWay(p.Words); way != 0 && way != changeWay(prev.Words) {
			m.Words = slices.Concat(slices.DeleteFunc(slices.Clone(prev.Words), func(w string) bool { return w == "tang" || w == "giam" }), p.Words)
		}
	case p.Measure == "change":
		// "tăng bao nhiêu so với năm trước?": the period asked against the
		// one before it, or against the period the follow-up names.
		if asked != nil {
			other, ok := periodBefore(*asked, fu.Back)
			if len(p.Periods) > 0 && fu.Back == "" {
				other, ok = p.Periods[0], true
				if samePeriod(other, *asked) {
					// "tăng mấy điểm so với năm 2018" after 2018 and 5
					// tháng 2019 side by side: from 2018 to the other.
					asked = otherThan(prev.Periods, mem.Earlier, other)
					ok = asked != nil
				}
			} else if mem.Earlier != nil && fu.Back == "" {
				// "PCI 2018?", "năm 2017?", "tăng mấy bậc?": between the
				// two periods the chat asked, from the earlier-asked one.
				other, ok = *mem.Earlier, true
			}
			if len(p.Periods) >= 2 {
				// "tăng bao nhiêu từ quý 1 lên quý 2": both periods named.
				asked, other, ok = &p.Periods[1], p.Periods[0], true
			}
			if ok {
				m.Intent, m.Measure = nlu.IntentCompare, "change"
				m.Periods = []nlu.Period{*asked, other}
				kept["measure"], kept["periods"] = false, false
			}
		}
	case p.Measure == "target" || p.Measure == "plan" || p.Measure == "gap":
		m.Intent, m.Measure = nlu.IntentTarget, p.Measure
		kept["measure"] = false
		if !hasTarget(c, m.Indicators) {
			// "dự kiến năm nay đạt bao nhiêu % xã" after the training
			// budget, which has no target: the figure of that topic the
			// words name that has one (the communes trained).
			q := nlu.Parse{Reason: nlu.ReasonNotUnderstood, Measure: p.Measure, Words: slices.Concat(prev.Words, p.Words)}
			if targetByWords(c, &q); q.Intent == nlu.IntentTarget {
				m.Indicators, m.Level, m.Levels = q.Indicators, "", nil
				kept["indicators"] = false
			}
		}
	case p.Measure == "complement" && m.Intent == nlu.IntentValue:
		// "còn bao nhiêu xã chưa có?" after "bao nhiêu xã có trang TTĐT":
		// the rest of the whole the figure is out of.
		m.Measure = "complement"
		kept["measure"] = false
	case p.Op == "sum" || p.Op == "avg" || p.Op == "rankof" && named:
		// "tổng cộng?" after an average, "trung bình?" after a total;
		// "quý 1 huyện đó đứng thứ mấy?" after the district at the bottom:
		// its place.
		m.Op = p.Op
		kept["measure"] = false
		if p.Op == "avg" {
			// "bình quân mỗi tháng?" after a year's files: over what.
			m.Words = slices.Concat(m.Words, p.Words)
		}
	}
	if t := movedThreshold(prev, fu); t != nil {
		// "còn dưới 10%?", "hạ xuống 12%" after the units over 15%.
		m.Threshold = t
		if prev.Intent == nlu.IntentRanking {
			// (The units past the new bound, listed as before.)
			m.Intent = prev.Intent
		}
		if fu.Bound == nil && len(p.Periods) == 0 {
			// ("nâng lên 8% thì mấy sở": the bound raised, no change
			// over time.)
			m.Measure, m.Periods = prev.Measure, prev.Periods
		}
	}
	switch {
	case p.Order != "" && m.Intent == nlu.IntentReporting:
		// "quý 1 thì huyện nào?" after who had not reported: which
		// units, of the reports.
		m.Which = true
	case p.Order != "":
		if fu.Bound == nil && (prev.Order == "desc" || prev.Order == "asc") && p.Order != prev.Order {
			// "thấp nhất thì sao" after "cao nhất, có ai trên 25%
			// không": the bound was a second question, not the ranking's.
			m.Threshold = nil
		}
		m.Intent, m.Order, m.Top = nlu.IntentRanking, p.Order, p.Top
		m.Which = m.Which || p.Which
	}
	for _, slot := range []string{"indicators", "units", "periods", "measure"} {
		if kept[slot] && slotSet(prev, slot) {
			inherited = append(inherited, slot)
		}
	}
	return m, inherited
}

// asksWhere: the words ask where ("ở đâu", "tại đâu", "những đâu",
// "chỗ nào").
func asksWhere(words []string) bool {
	return hasWord(words, "o", "dau") || hasWord(words, "tai", "dau") || hasWord(words, "nhung", "dau") || hasWord(words, "cho", "nao")
}

// addedAsBefore swaps each count of services for the count of those
// added under the resolution when the question before asked those added
// (of another level).
func addedAsBefore(c *catalog.Catalog, before, codes []string) []string {
	if !slices.ContainsFunc(before, func(code string) bool { return strings.HasSuffix(code, addedSuffix) }) {
		return codes
	}
	out := slices.Clone(codes)
	for i, code := range out {
		if added := code + addedSuffix; c.Indicators[added].Code != "" && !slices.Contains(out, added) {
			out[i] = added
		}
	}
	return out
}

// quartersGoingOn: two quarters, one of them a quarter the chat asked
// before ("quý 2 … so với quý 1" after quý 1 and quý 2 of a unit), not
// two years asked anew ("So sánh tỷ lệ … 2018 và 2019" is the province's).
func quartersGoingOn(mem *memory, periods []nlu.Period) bool {
	asked := false
	for _, per := range periods {
		if per.Kind != nlu.PeriodQuarter {
			return false
		}
		asked = asked || slices.ContainsFunc(mem.Parse.Periods, func(q nlu.Period) bool { return q.Start == per.Start && q.End == per.End })
	}
	return asked
}

// comparedWith: "so (với) năm 2018": the period named is what the figure
// asked before is set against.
func comparedWith(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "so" {
			switch words[i+1] {
			case "voi", "nam", "quy", "thang", "ky", "cung":
				return true
			}
		}
	}
	return false
}

// unitsReportAgain: "quý I có nộp không" after "Huyện Vũ Quang đã nộp báo
// cáo quý II chưa": whether the same units reported in another quarter.
func unitsReportAgain(mem *memory, p nlu.Parse) bool {
	return p.Intent == nlu.IntentReporting && mem.Parse.Intent == nlu.IntentReporting && len(p.Periods) == 1 && len(p.Units) == 0 && p.Level == "" &&
		len(mem.Parse.Units) > 0 && !p.Which && !p.Count && coreLen(p.Words) <= 6
}

// placeByFigureBefore: "Can Lộc đứng thứ mấy?" names no figure (the rate
// a place is asked by when none is named) after a figure units report:
// the place by that figure.
func placeByFigureBefore(c *catalog.Catalog, mem *memory, p nlu.Parse) bool {
	prev := mem.Parse
	return p.Op == "rankof" && slices.Equal(p.Indicators, []string{rankedByDefault}) && !hasWord(p.Words, "ty", "le") && len(prev.Indicators) == 1 &&
		prev.Indicators[0] != rankedByDefault && c.Reported[prev.Indicators[0]]
}

// reportingRateAgain: "tỷ lệ đó" with a period of its own after the share
// of units that sent their reports ("quý 2 tỷ lệ đó còn mấy").
func reportingRateAgain(mem *memory, p nlu.Parse) bool {
	return mem.Parse.Intent == nlu.IntentReporting && len(p.Periods) == 1 && len(p.Units) == 0 && p.Level == "" &&
		hasWord(p.Words, "ty", "le", "do")
}

// agenciesReporting: "bn sở", "mấy sở" (the agencies named by their kind
// alone) after how many units sent their reports.
func agenciesReporting(mem *memory, p nlu.Parse) bool {
	if p.Reason != nlu.ReasonAskWhichSo {
		return false
	}
	words := len(nlu.WithoutPoliteEnd(p.Words))
	// ("các huyện?" then "sở?": the agencies' figure as the districts'
	// was.)
	return mem.Parse.Intent == nlu.IntentReporting && words <= 4 ||
		mem.Parse.Level != "" && mem.Parse.Level != "agency" && len(mem.Parse.Units) == 0 && len(mem.Parse.Indicators) > 0 && words <= 2
}

// pointsAtNamed: a message that names no place, period (unless it points
// back: "quý 2 huyện ấy") or ranking right after a ranking whose reply
// named one unit ("huyện nào bị giảm …" answered with Đức Thọ alone): a
// figure of it is of that unit.
func pointsAtNamed(mem *memory, p nlu.Parse, fu nlu.FollowUp) bool {
	return mem.Parse.Intent == nlu.IntentRanking && len(mem.Named) > 0 && len(p.Units) == 0 && (p.Level == "" || fu.Those) &&
		(len(p.Periods) == 0 || fu.Those) && p.Order == ""
}

// endNamed: "đơn vị ít nhất ấy quý 1 có bao nhiêu", "huyện đứng bét ấy"
// right after a ranking from that end named one unit points at that unit
// (whatever the period), not at a new ranking: the message without its
// ranking words, for pointsAtNamed to read.
func endNamed(mem *memory, p nlu.Parse, fu nlu.FollowUp) (nlu.Parse, bool) {
	if mem == nil || mem.Parse.Intent != nlu.IntentRanking || len(mem.Named) == 0 || len(p.Units) > 0 || p.Order == "" ||
		p.Order != mem.Parse.Order || p.Which || p.Top > 1 || !(fu.Those || hasWord(p.Words, "ay")) {
		return p, false
	}
	m := mem.Parse
	m.Intent, m.Units, m.Level, m.Levels, m.Order, m.Top, m.Which = nlu.IntentValue, [][]string{mem.Named}, "", nil, "", 0, false
	m.Words, m.Reason = p.Words, ""
	if len(p.Periods) > 0 {
		m.Periods = p.Periods
	}
	if len(p.Indicators) > 0 {
		m.Indicators = p.Indicators
	}
	return m, true
}

// bothPeriods: "lũy kế cả 2 quý?", "hai kỳ chênh nhau bao nhiêu?" after
// a period's figure: the period asked and the one the chat asked before it
// (after a quarter, else the quarter before it), the change or the sum
// between them.
func bothPeriods(mem *memory, p nlu.Parse, m *nlu.Parse) bool {
	prev := mem.Parse
	if len(p.Periods) > 0 || len(prev.Periods) != 1 || !nlu.BothPeriods(p.Words) {
		return false
	}
	pair, ok := twoAsked(mem)
	if !ok {
		if prev.Periods[0].Kind != nlu.PeriodQuarter || !nlu.BothQuarters(p.Words) {
			return false
		}
		other, before := periodBefore(prev.Periods[0], "quarter")
		if !before {
			return false
		}
		pair = sortedPeriods([]nlu.Period{prev.Periods[0], other})
	}
	m.Periods = pair
	m.Intent, m.Measure, m.Op = nlu.IntentCompare, "change", ""
	if p.Op == "sum" {
		m.Measure, m.Op = "", "sum"
	}
	return true
}

// twoAsked are the two periods the chat asked the same figure of, in
// turn, the earlier first; ok is false unless there are two.
func twoAsked(mem *memory) ([]nlu.Period, bool) {
	if mem == nil || mem.Earlier == nil || len(mem.Parse.Periods) != 1 {
		return nil, false
	}
	return sortedPeriods([]nlu.Period{mem.Parse.Periods[0], *mem.Earlier}), true
}

// otherThan is the period of the chat's last question (or the one asked
// before it) that is not p; nil when there is none.
func otherThan(periods []nlu.Period, earlier *nlu.Period, p nlu.Period) *nlu.Period {
	for i := range periods {
		if !samePeriod(periods[i], p) {
			return &periods[i]
		}
	}
	if earlier != nil && !samePeriod(*earlier, p) {
		return earlier
	}
	return nil
}

// coreLen is the number of words a message says besides its polite end
// and a closing "(là) bao nhiêu", "(là) mấy %": "Tổng số hồ sơ tiếp nhận
// là bao nhiêu?" says as much as "tổng số hồ sơ tiếp nhận".
func coreLen(words []string) int {
	w := nlu.WithoutPoliteEnd(words)
	n := len(w)
	// ("… là bao nhiêu", "… là mấy %", "… bao nhiêu phần trăm")
	if n >= 1 && w[n-1] == "%" {
		n--
	} else if n >= 2 && w[n-2] == "phan" && w[n-1] == "tram" {
		n -= 2
	}
	switch {
	case n >= 2 && w[n-2] == "bao" && w[n-1] == "nhieu":
		n -= 2
	case n >= 1 && w[n-1] == "may":
		n--
	default:
		return len(w)
	}
	if n >= 1 && (w[n-1] == "la" || w[n-1] == "duoc") {
		n--
	}
	return n
}

// countedSibling is the count of the previous figure's topic whose unit
// the follow-up asks the number of ("ở bao nhiêu xã", "làm ở mấy xã"
// after the people trained: the communes reached), when the follow-up
// names no figure and that is another figure than the one before.
func countedSibling(c *catalog.Catalog, prev, p nlu.Parse) (string, bool) {
	if len(p.Indicators) > 0 || len(prev.Indicators) != 1 {
		return "", false
	}
	noun := ""
	for i := range p.Words {
		if at := countAskedAt(p.Words, i); at > 0 && at < len(p.Words) {
			noun = p.Words[at] // the last thing asked to be counted
		}
	}
	before, ok := c.Indicators[prev.Indicators[0]]
	if noun == "" || !ok || strings.HasPrefix(nlu.Fold(before.UnitLabel), noun) {
		return "", false
	}
	found := ""
	for code, in := range c.Indicators {
		label := nlu.Fold(in.UnitLabel)
		if in.Topic == before.Topic && in.Kind == "count" && (label == noun || strings.HasPrefix(label, noun+",")) {
			if found != "" {
				return "", false // two such counts: not one reading
			}
			found = code
		}
	}
	return found, found != ""
}

// sideCount reads a follow-up that counts what the figure before was
// counted in ("ở bao nhiêu xã" after the people a district trained) as
// that count, of the same place and period; ok is false otherwise. The
// chat goes on from the figure before: "còn Thạch Hà?" next asks its
// people trained, not its communes.
func sideCount(c *catalog.Catalog, mem *memory, asked nlu.Parse, m *nlu.Parse) bool {
	code, ok := countedSibling(c, mem.Parse, asked)
	if !ok {
		return false
	}
	m.Indicators, m.Intent = []string{code}, nlu.IntentValue
	switch {
	case asked.Level == "commune" && len(asked.Units) > 0:
		// "Can Lộc làm ở mấy xã": the communes counted, not their level.
		m.Units, m.Level, m.Levels = asked.Units, "", nil
	case asked.Level == "commune":
		m.Units, m.Level, m.Levels = mem.Parse.Units, mem.Parse.Level, mem.Parse.Levels
	}
	return true
}

// rateOfLevel: the message asks "tỷ lệ" of another level of units and
// nothing else ("tỷ lệ cấp huyện?" after the communes' figure): the
// share of the figure before, of that level.
func rateOfLevel(mem *memory, p nlu.Parse, fu nlu.FollowUp) bool {
	return fu.Percent && len(p.Periods) == 0 && len(p.Units) == 0 && p.Level != "" && mem.Parse.Level != "" && mem.Parse.Level != p.Level &&
		len(mem.Parse.Units) == 0 && onlyPercentWords(withoutLevelWords(p.Words))
}

// movedThreshold is the bound a follow-up sets in place of the one
// before: one it names ("còn dưới 10%?"), or the one before moved to a
// new value on the same side ("hạ xuống 12%"); nil when it moves none.
func movedThreshold(prev nlu.Parse, fu nlu.FollowUp) *nlu.Threshold {
	switch {
	case prev.Threshold == nil:
		return nil
	case fu.Bound != nil:
		return fu.Bound
	case fu.MovedTo > 0:
		moved := *prev.Threshold
		moved.Value = fu.MovedTo
		return &moved
	}
	return nil
}

// partsOfRate: "tử số mẫu số?" after a rate is the two counts it is made
// of, of the same place and period.
func partsOfRate(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if len(p.Indicators) > 0 || len(p.Units) > 0 || len(p.Periods) > 0 || p.Level != "" || len(nlu.WithoutPoliteEnd(p.Words)) > 6 ||
		!hasWord(p.Words, "tu", "so") && !hasWord(p.Words, "mau", "so") || len(prev.Indicators) != 1 {
		return nlu.Parse{}, false
	}
	in := c.Indicators[prev.Indicators[0]]
	if in.Kind != "percent" || in.NumeratorCode == "" || in.DenominatorCode == "" {
		return nlu.Parse{}, false
	}
	m := prev
	m.Indicators = []string{in.NumeratorCode, in.DenominatorCode}
	m.Op, m.Measure, m.Words = "", "", p.Words // (not the rate's words: the counts are asked)
	return m, true
}

// projectsOfTotal: "gồm những dự án nào, mỗi cái bao nhiêu?" after one of
// the resolution's stated totals is that money, project by project.
func projectsOfTotal(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if prev.Intent != nlu.IntentFunding || p.Intent != nlu.IntentProjects || len(p.Projects) > 0 || p.Funding != "" || len(p.Units) > 0 ||
		!hasWord(p.Words, "moi") && !hasWord(p.Words, "gom") && !hasWord(p.Words, "tung") {
		return nlu.Parse{}, false
	}
	funding := ""
	for kind, code := range statedTotals {
		if slices.Contains(prev.Indicators, code) && (funding == "" || code == "funding_missing" && prev.Measure == "target") {
			funding = kind
		}
	}
	if funding == "" {
		return nlu.Parse{}, false
	}
	m := p
	m.Funding, m.Count, m.Money = funding, false, true
	return m, true
}

// whichPeriodAfter: "quý nào thấp hơn" after a unit's figure: the same
// figure of every stored period, which shows which (askPeriod).
func whichPeriodAfter(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if !whichPeriodAsked(p.Words) || p.Order == "" && !hasWord(p.Words, "hon") || len(p.Indicators) > 0 || len(p.Units) > 0 || p.Level != "" ||
		len(p.Periods) > 0 || len(prev.Indicators) == 0 {
		// (Not "số liệu này là của kỳ nào": the periods just stated.)
		return p, false
	}
	m := prev
	m.Periods, m.Op, m.Measure, m.Order, m.Reason = nil, "", "", p.Order, ""
	m.Intent = nlu.IntentValue
	m.Words = slices.Concat(prev.Words, p.Words)
	return m, true
}
