package nlu

import (
	"slices"
	"strings"
	"time"
)

// Intent names. They are also the tool names offered to a language model,
// so they are stable identifiers.
const (
	IntentValue     = "indicator_value"    // a figure for a unit, level or the province, for a period
	IntentTarget    = "target_progress"    // a figure against its target or plan
	IntentCompare   = "compare_periods"    // a figure in two periods
	IntentRanking   = "unit_ranking"       // units ranked by a submitted figure
	IntentReporting = "reporting_status"   // which units have sent their report
	IntentSchedule  = "reporting_schedule" // when reports are due and reminded
	IntentFunding   = "funding_total"      // the programme's stated funding totals
	IntentProject   = "project_funding"    // one project's funding
	IntentProjects  = "project_list"       // projects counted, filtered or ranked
	IntentGreeting  = "greeting"
	IntentSearch    = "report_search" // what the stored sentences say about a topic
)

// Reasons a question is not answered with a figure.
const (
	ReasonNotUnderstood = "not_understood"
	ReasonOutOfScope    = "out_of_scope"
	ReasonUnknownPlace  = "unknown_place"
	ReasonAskWhichSo    = "ask_which_agency"
	ReasonAskWhichUnit  = "ask_which_unit" // "huyện em …": the asker's own, unnamed
	ReasonBadPeriod     = "bad_period"
)

// Parse is what the understanding made of a question: an intent and its
// slots, or a reason for not having one.
type Parse struct {
	Intent     string     `json:"intent,omitempty"`
	Indicators []string   `json:"indicators,omitempty"`
	Units      [][]string `json:"units,omitempty"` // per mention, every unit the words can name
	Level      string     `json:"level,omitempty"`
	Levels     []string   `json:"levels,omitempty"` // every level named, when more than one
	Periods    []Period   `json:"periods,omitempty"`
	Measure    string     `json:"measure,omitempty"` // value, complement, target, plan, gap, change
	// Op is the arithmetic asked over the figures named: sum, diff (two
	// figures set against each other), ratio ("gấp mấy lần"), avg
	// ("trung bình mỗi huyện"), share ("chiếm bao nhiêu %"), rankof
	// ("Can Lộc đứng thứ mấy"), each ("mỗi huyện"), except ("không tính
	// lồng ghép"). An answer that cannot do it says so and gives no
	// figure for it.
	Op    string `json:"op,omitempty"`
	Order string `json:"order,omitempty"` // desc, asc, both, all
	Top   int    `json:"top,omitempty"`
	// From is the first place of a stretch of a ranking asked ("từ hạng
	// 2 tới hạng 5": From 2, Top 5); 0 for the places from the first.
	From int `json:"from,omitempty"`
	// Bottom is how many from the low end a "both" ranking asks when
	// that differs from Top ("top 3 với bét 1"); 0 for as many as Top.
	Bottom   int      `json:"bottom,omitempty"`
	Projects []string `json:"projects,omitempty"`
	Funding  string   `json:"funding,omitempty"` // granted, nq22, other, proposed
	Status   string   `json:"status,omitempty"`  // project status group
	Count    bool     `json:"count,omitempty"`   // how many (projects, units)
	Missing  bool     `json:"missing,omitempty"` // units that have not reported
	Which    bool     `json:"which,omitempty"`   // name the units ("sở nào đã nộp")
	// ExceptKinds are the kinds of unit a ranking leaves out ("không tính
	// thành phố và thị xã, huyện nào …"): "Thành phố", "Thị xã".
	ExceptKinds []string `json:"except_kinds,omitempty"`
	// ExceptUnits are units a list leaves out ("trên 20% ngoài Lộc Hà"),
	// by key.
	ExceptUnits []string `json:"except_units,omitempty"`
	// ExceptPeriods are periods the question leaves out ("không tính quý
	// 2, quý 1 thì bao nhiêu", "không tính quý 1" after the half-year):
	// none of Periods.
	ExceptPeriods []Period `json:"except_periods,omitempty"`
	// Threshold keeps the units whose figure is over (or under) a number:
	// "huyện nào có tỷ lệ dưới 10%", "mấy huyện có trên 100 DVC mức 3".
	Threshold *Threshold `json:"threshold,omitempty"`
	// Checked is a bound the asker checks one figure against, yes or no
	// ("sàn TMĐT có quá 50 nghìn lượt đăng nhập chưa"): the figure is
	// asked, no units over it, no change.
	Checked *Threshold `json:"checked,omitempty"`
	// Goal is a goal the question states ("mới đủ 100%"), for progress
	// where no target is stored.
	Goal   *float64 `json:"goal,omitempty"`
	Reason string   `json:"reason,omitempty"`
	// Elsewhere is the other province a question names (folded), with
	// ReasonOutOfScope.
	Elsewhere string `json:"elsewhere,omitempty"`
	// Command: refused (ReasonOutOfScope) for a database command or a
	// request to change data in it, which no other words of the message
	// make a question.
	Command bool `json:"command,omitempty"`
	// BadPeriod says why a period written in the question cannot be one
	// (with ReasonBadPeriod), and BadSpan is that period's token range.
	BadPeriod string `json:"bad_period,omitempty"`
	BadSpan   [2]int `json:"-"`
	// ElsewhereSpan is the token range of the other province named (with
	// Elsewhere): the question without it asks of this one.
	ElsewhereSpan [2]int `json:"-"`
	// Candidates are the units a partial name may mean ("huyện Hương"),
	// and PlaceSpan the words of that partial name.
	Candidates []string `json:"candidates,omitempty"`
	PlaceSpan  [2]int   `json:"-"`
	// Words is the folded question and UnitSpans the token range of each
	// unit mention, so an ambiguous mention can be replaced by one choice.
	Words     []string `json:"-"`
	UnitSpans [][2]int `json:"-"`
	// Leftover are the content words nothing explained (a partial project
	// name, say), in order.
	Leftover []string `json:"-"`
	// Money: the question speaks of money ("kinh phí", "được cấp", "đề
	// xuất"), whatever else it understood.
	Money bool `json:"-"`
	// Beside are the indicators named beside a project, read as words of
	// the project ("tiền cho đào tạo, tập huấn người dân và doanh
	// nghiệp"): a figure of theirs may answer a period the project has
	// no figure of.
	Beside []string `json:"-"`
	// CountsBodies: the message itself asks a number of bodies ("bao
	// nhiêu doanh nghiệp", "mấy xã"), set by the answer from the words of
	// the message (not of the question a follow-up continues).
	CountsBodies bool `json:"-"`
	// NearestAsked: the message asks for the nearest stored period when
	// the one asked has no figure (Text.NearestAsked), later ones too.
	NearestAsked bool `json:"-"`
}

// Understood reports whether the parse names an intent.
func (p Parse) Understood() bool { return p.Intent != "" }

// question holds the state of one Understand call.
type question struct {
	tokens         []string
	taken          []bool // tokens explained by a period, name or cue
	periodTaken    []bool // tokens of periods only
	noSuchProject  bool   // "dự án số 15" names a number no project has
	unitSpans      []span
	excepted       []span   // the kinds of unit left out (Parse.ExceptKinds)
	leftOutPeriods []Period // periods named to be left out (Parse.ExceptPeriods)
	indicatorTaken []bool
	opAt           int // where the arithmetic asked is named (Parse.Op)
	// ownLevel: the asker's own unit named by its level alone ("xã em"):
	// a unit of that level, each with its own figure.
	ownLevel bool
	// ministry is where "Bộ" stands before a department's name ("Bộ Nội
	// vụ"): the ministry's figure, not the department's; -1 when none.
	ministry  int
	positions map[string][]int
	bits      []uint64 // the cue lists' first words the question has (cueBits)
	v         *Vocabulary
}

// Understand maps a question to an intent and slots. ref is "now" in the
// deployment's time zone; relative periods are counted from it.
func Understand(v *Vocabulary, input string, ref time.Time) Parse {
	return UnderstandText(v, Normalize(input), ref)
}

// UnderstandText is Understand of an already normalised question.
func UnderstandText(v *Vocabulary, t Text, ref time.Time) Parse {
	t = WithoutAsides(t)
	if anyPhrase(t.Tokens, sourceAskCues) {
		// "…, ghi rõ nguồn": the answer names its source anyway.
		t = withoutPhrases(t, sourceAskCues)
	}
	if SaidOver(t.Tokens) {
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens}
	}
	if repeated(t.Tokens) {
		// "can loc q2 ty le online can loc q2 ty le online": pasted twice,
		// asked once.
		half := t.Tokens[:len(t.Tokens)/2]
		t = Text{Original: t.Original, Folded: strings.Join(half, " "), Tokens: half}
	}
	if v.onlyCodes(t.Tokens) {
		// "hstt hstong": the form's codes and nothing asked of them.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens}
	}
	q := &question{tokens: t.Tokens, taken: make([]bool, len(t.Tokens)), v: v, ministry: -1}
	p := Parse{Words: t.Tokens}
	if len(t.Tokens) == 0 {
		p.Reason = ReasonNotUnderstood
		return p
	}
	var invalid string
	var bad [2]int
	p.Periods, invalid, bad = q.periods(ref)
	p.Periods, p.ExceptPeriods = q.periodsLeftOut(p.Periods)
	if len(p.Periods) == 1 && p.Periods[0].Kind == PeriodQuarter && q.has("luy ke") {
		// "lũy kế cả quý 2": from the year's start to that quarter's end
		// ("cộng dồn các đơn vị … quý 2" adds units, not quarters).
		p.Periods = []Period{cumulativeTo(p.Periods[0])}
	}
	q.periodTaken = append([]bool(nil), q.taken...)
	if command := q.asksToChangeData() || looksLikeSQL(t.Original); command || q.any(outOfScope) || q.asksWhoIs() || q.asksOfLeader() || q.asksWhichProvince() {
		p.Reason, p.Command = ReasonOutOfScope, command
		return p
	}
	if invalid != "" {
		// A period that cannot be one: refused, never answered for another.
		p.Reason, p.BadPeriod, p.BadSpan = ReasonBadPeriod, invalid, bad
		return p
	}
	if cue := searchCue(t.Tokens); cue != nil && q.at(cue) >= 0 || asksWhyOrHow(t.Tokens) && !q.onlyPeriodAsked(p) ||
		AsksWhichItem(t.Tokens) && AsksNoNumber(t.Tokens) {
		// "báo cáo nói gì về tập huấn": quote the sentences, not a figure.
		p.Intent = IntentSearch
		var rest []string
		for i, tok := range q.tokens {
			if !q.taken[i] {
				rest = append(rest, tok)
			}
		}
		p.Leftover = rest
		return p
	}
	if q.onlyGreeting() {
		p.Intent = IntentGreeting
		return p
	}

	indicators := q.indicators()
	for _, m := range indicators {
		p.Indicators = append(p.Indicators, m.alias.owner)
	}
	projects := q.withoutPlaces(matchAll(v.idsOf(q.tokens), v.projects, v.projectIndex, q.nameMask()))
	if q.has("pci") && !anyPhrase(q.tokens, moneyCues) && !anyPhrase(q.tokens, projectCues) {
		// "giữa hai kỳ đánh giá PCI 2017 và 2018, điểm chỉ số minh bạch
		// … nhích lên bao nhiêu": the index's score, not the project of
		// evaluating it whose name shares the words.
		projects = nil
	}
	if on := slices.DeleteFunc(slices.Clone(projects), func(m termMatch) bool { return q.placedOn(m) }); len(on) > 0 && len(on) < len(projects) {
		// "chuyên mục "Tư vấn hỗ trợ pháp lý" trên Cổng TTĐT tỉnh": the
		// column is the project; the portal it sits on is where.
		projects = on
	}
	projects = slices.DeleteFunc(projects, func(m termMatch) bool {
		// "Cổng DVC tỉnh": the "công" of "dịch vụ công" is no portal
		// ("cổng tỉnh", a project's name).
		return slices.ContainsFunc(m.spans, func(sp span) bool {
			return sp.from >= 2 && q.tokens[sp.from] == "cong" && q.tokens[sp.from-1] == "vu" && q.tokens[sp.from-2] == "dich"
		})
	})
	var named []termMatch // one match per project named
	for _, m := range projects {
		if contains(p.Projects, m.alias.owner) {
			continue
		}
		// A second project: as well matched as the first (the name may
		// mean either), or named apart from it, after "và" ("chuyên mục
		// tư vấn pháp lý và nâng cấp sàn TMĐT cộng lại").
		if len(named) == 0 || m.alias.size == projects[0].alias.size || q.apartAfterAnd(m, named) {
			p.Projects = append(p.Projects, m.alias.owner)
			named = append(named, m)
		}
	}
	for _, m := range named {
		for _, sp := range m.spans {
			q.take(sp)
		}
	}
	for _, seq := range q.numberedProjects() {
		// "DA 3 với DA 8 cái nào …", "tổng DA 3 và dự án CIO": by number,
		// beside any named.
		if !slices.Contains(p.Projects, seq) {
			p.Projects = append(p.Projects, seq)
		}
	}
	if len(p.Projects) == 0 && q.noSuchProject {
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens}
	}
	p.ExceptKinds = q.exceptedKinds()
	q.places(&p)
	if q.any(bothBodiesCues) {
		// "cả sở cả huyện", "cả sở lẫn huyện": every unit that reports.
		p.Level, p.Levels = "", nil
	}
	if q.ministry >= 0 {
		// "Bộ Nội vụ có bao nhiêu DVC mức 4": a ministry, out of scope
		// like another province; without "Bộ" it asks of the department.
		return Parse{Reason: ReasonOutOfScope, Elsewhere: "bo", ElsewhereSpan: [2]int{q.ministry, q.ministry + 1}, Words: t.Tokens}
	}
	if len(p.Units) == 1 && q.has("so voi") && (q.has("ty le chung") || q.has("muc chung") || q.has("chung cac don vi") || q.has("chung toan")) {
		// "Can Lộc so với tỷ lệ chung các đơn vị đã báo cáo": against the
		// province's figure, which is what all reported make together.
		p.Units = append(p.Units, []string{ProvinceCode})
	}
	q.measures(&p)
	if p.Op == "diff" {
		// "quý 1 cao hơn hay thấp hơn, bao nhiêu": the words of the
		// difference asked, whichever way.
		for _, ph := range comparedWays {
			q.at(ph)
		}
	}
	if p.Op == "diff" && p.Level == "district" && len(p.Levels) == 0 && len(p.Units) == 1 && len(p.UnitSpans) == 1 &&
		equalTokens(p.Units[0], []string{ProvinceCode}) && p.UnitSpans[0][1]-p.UnitSpans[0][0] == 1 && q.tokens[p.UnitSpans[0][0]] == "tinh" {
		// "dvc3 huyện hơn tỉnh bn": the provincial level set against the
		// districts, not the province that holds them.
		p.Levels, p.Units, p.UnitSpans = []string{"district", "agency"}, nil, nil
	}
	if q.ownLevel {
		// "xã em có mấy DVC mức 3, xã mô cũng như nhau": of a unit of
		// that level, not every unit ranked.
		p.Op, p.Order = "each", ""
	}
	if p.Measure == "change" && len(p.Indicators) > 0 && q.allIndicatorsSay(p.Indicators, "them") && !q.has("so voi") && q.has("tang them") {
		// "Số DVC mức 4 tăng thêm theo NQ22": the figure counts what was
		// added; no change of it is asked.
		p.Measure = ""
	}
	name, at, ok := q.elsewhere(t.Original) // ("… hả, nói cả mức 3 mức 4": words either side of a comma, no Hà Nội)
	if ok || q.wholeCountry() {
		// "Nghệ An có bao nhiêu DVC mức 3": another province's figure,
		// which this one's never answers.
		if name == "" {
			for _, name = range countryWords {
				if at = PhraseIndex(q.tokens, name); at >= 0 {
					break
				}
			}
		}
		sp := [2]int{at, at + len(strings.Fields(name))}
		if at > 0 && q.tokens[at-1] == "tinh" {
			sp[0]-- // "tỉnh Nghệ An"
		}
		return Parse{Reason: ReasonOutOfScope, Elsewhere: name, ElsewhereSpan: sp, Words: t.Tokens}
	}

	if at := q.firstAt(unlistedBodies); at >= 0 && (len(p.Units) == 0 || len(p.Units) == 1 && slices.Equal(p.Units[0], []string{ProvinceCode})) {
		// "Công an tỉnh có bao nhiêu DVC mức 4": a body the data has no
		// unit of; the province's figure is not its.
		p.Reason = ReasonUnknownPlace
		p.PlaceSpan = [2]int{at, at + 2}
		return p
	}
	if at, ok := q.unknownPlace(); ok {
		p.Reason = ReasonUnknownPlace
		p.Candidates = v.unitsStartingWith(q.tokens[at])
		p.PlaceSpan = [2]int{at - 1, at + 1}
		return p
	}
	eachSo := (q.has("moi so") || q.has("tung so")) && !strings.Contains(strings.ToLower(t.Original), "số")
	// "Sở Tài chính với Sở TT&TT … mỗi sở bao nhiêu", "… của hai sở": each
	// of those named, not every agency.
	eachNamed := len(p.Units) >= 2 && (q.has("moi so") || q.has("tung so") || q.countedNamed("so", len(p.Units)))
	switch agency := (agencyLevelWord(t.Original) || len(p.Units) == 0 && (q.has("cap so") && !q.has("cung cap so") || eachSo)) && !q.agencyIncluded() && !eachNamed; {
	case agency && p.Level == "":
		// "cấp sở", typed without diacritics too: "cấp số" is no level.
		p.Level = "agency"
	case agency && p.Level != "agency" && len(p.Units) == 0 && !contains(p.Levels, "agency"):
		// "cấp huyện và cấp sở": both levels, each its own figure.
		if len(p.Levels) == 0 {
			p.Levels = []string{p.Level}
		}
		p.Levels = append(p.Levels, "agency")
	}
	if q.any(bothBodiesCues) || q.has("don vi nao") && len(p.Levels) == 2 && contains(p.Levels, "agency") && contains(p.Levels, "district") {
		// "(cả sở và huyện), đơn vị nào …", "trong các sở và huyện, đơn
		// vị nào …": one among every unit that reports.
		p.Level, p.Levels = "", nil
	}
	if len(p.Units) == 0 && p.Level == "" && len(q.tokens) > 1 && q.tokens[0] == "so" && q.tokens[1] == "thi" && BareKind(t.Original, "sở") {
		// "sở thì mấy" after the districts: the agencies.
		p.Level = "agency"
	}
	if len(p.Units) == 0 && p.Level == "" && q.namesAgencyWithoutName(t.Original) {
		p.Reason = ReasonAskWhichSo
		return p
	}

	projectCue := q.any(projectCues) || (len(p.Projects) == 0 && hasPhraseUntaken(q, "nang cap"))
	if (len(p.Projects) > 0 || projectCue) && q.any(projectWhenCues) {
		// "… bắt đầu năm nào", "… xong chưa": the project's line says when
		// and how far it is.
		projectCue = true
	}
	moneyCue := q.money()
	if projectCue && len(p.Projects) == 0 && !moneyCue && (q.has("muc 3") || q.has("muc 4")) && hasTopic(p.Indicators, "dvc") {
		// "bn dự án mức 3 đang chạy trên cổng dịch vụ công": no project
		// has a level; the services of that level, named wrongly.
		projectCue = false
	}
	if len(p.Projects) > 0 && q.projectMoney() {
		moneyCue = true
	}
	if len(p.Projects) > 0 && len(indicators) == 0 && len(p.Periods) > 0 && q.endsAskingHowMuch() {
		// "đào tạo CIO năm 2019 bn": how much a project got that year;
		// nothing else of a project is counted by the year.
		moneyCue = true
	}
	if len(p.Projects) > 0 && (len(p.Periods) >= 2 || q.namesUnits(p) && q.any(recipientCues)) {
		// "tư vấn pháp lý năm 2019 giảm bao nhiêu so với 2018", "Đài PTTH
		// nhận tổng bao nhiêu cho phóng sự": a project's money by year or
		// by recipient.
		moneyCue = true
	}
	if len(p.Projects) == 1 && AsksLead(q.tokens) && (q.has("don vi nao") || q.has("co quan nao") || q.has("ai")) {
		// "chương trình tập huấn … do đơn vị nào chủ trì": who leads the
		// project, not the figures its words name.
		projectCue = true
		indicators, p.Indicators, p.Order = nil, nil, ""
	}
	if len(p.Projects) > 0 && q.has("nang cap") {
		// "nâng cấp cổng TTĐT tỉnh …": the project, not the count of portals.
		projectCue = true
	}
	if q.namesUnits(p) && weak(indicators) && (q.any(moneyForCues) || q.endsAskingHowMuch() && q.has("nhan")) {
		// "đài truyền hình tỉnh 2019 nhận bao nhiêu cho phóng sự": the
		// unit's money for it, not the count a short word of the purpose
		// names.
		moneyCue = true
		p.Indicators = nil
	}
	p.Money = moneyCue
	if (moneyCue || len(p.Projects) > 0) && anyPhrase(q.tokens, unstoredMoneyStates) {
		// "KP duy trì cổng DVC hằng năm", "vốn TW hỗ trợ cho NQ22": money
		// of a kind no line holds, whatever project its words name.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: q.leftover()}
	}
	if q.namesUnmatched(unstoredThings, indicators) && !q.has("van ban") || q.partlyUnmatched(storedElsewhereCues, indicators) {
		// "tỷ lệ chữ ký số đã cấp cho cán bộ", "hồ sơ giải quyết đúng hạn"
		// in a catalog with no such figure: the signatures issued, the
		// files settled on time, not the documents signed or the files
		// filed online whose words the rest shares.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: q.leftover()}
	}
	if len(p.Projects) > 0 && len(indicators) > 0 && weak(indicators) && (moneyCue || !slices.ContainsFunc(indicators, q.countNamed)) {
		// "trích lọc chấm điểm minh bạch": a project named by its own
		// words outweighs an indicator named by one short word; not a
		// count asked by its own words ("mấy lớp tập huấn … người dân,
		// doanh nghiệp": the classes, not the project's money).
		p.Indicators = nil
	}
	sentReport := q.has("nop bao cao") || q.has("gui bao cao") || q.has("da nop") || q.has("da gui") || q.has("phai bao cao") && q.has("bao cao quy")
	if len(indicators) > 0 && sentReport && p.Order == "" && p.Threshold == nil && q.countsUnits() && !p.CountsBodies && !q.figureAskedAfterSent(indicators) {
		// "có bao nhiêu đơn vị đã gửi báo cáo quý về DVC mức độ 3, 4": the
		// units that reported, the figures only what the report is about.
		p.Indicators = nil
	}
	if len(indicators) > 0 && weak(indicators) && p.Order == "" && sentReport && !(p.Measure == "change" && q.has("ho so")) {
		// ("các huyện đã nộp quý 2 tổng hồ sơ trực tuyến tăng bao nhiêu so
		// với quý 1": the files of those that sent, set against before.)
		// "tỷ lệ đơn vị đã nộp báo cáo": the reports sent, not a figure a
		// short word of ("tỷ lệ … nộp") happened to match.
		p.Indicators = nil
	}
	if !moneyCue && len(p.Indicators) > 0 && !hasOtherThan(p.Indicators, "funding_") && q.any(countedNouns) {
		// "như vậy còn hụt mấy dịch vụ nữa": services short of a target,
		// not the programme's money a word of shortfall names.
		p.Indicators = nil
		if p.Measure == "" {
			p.Measure = "target"
		}
	}
	if (!moneyCue || weakFunding(indicators)) && hasOtherThan(p.Indicators, "funding_") {
		// "năm 2019 kinh phí tập huấn bố trí bao nhiêu": the training's
		// money, which its own words name, not the programme's a verb
		// ("bố trí") named.
		p.Indicators = without(p.Indicators, "funding_")
	}
	if n := q.serviceLevelNamed(); n != "" && n != "3" && n != "4" && slices.ContainsFunc(p.Indicators, func(code string) bool { return strings.HasPrefix(code, "dvc") }) {
		// "có bao nhiêu DVC mức độ 5": no such level of service, so no
		// figure of the levels there are.
		p.Reason, p.Leftover = ReasonNotUnderstood, []string{"muc", n}
		return p
	}
	if len(p.Projects) > 0 && !projectCue && !moneyCue && len(p.Indicators) == 0 && q.asksQuantity() {
		// "Tỉnh có bao nhiêu cán bộ chuyên trách CNTT?": a project's name
		// words, but a count of something no figure holds, not its money.
		p.Reason, p.Leftover = ReasonNotUnderstood, q.leftover()
		return p
	}
	if len(p.Periods) == 2 && p.Measure == "" && (p.Op == "" || p.Op == "avg") && slices.ContainsFunc(p.Periods, func(per Period) bool { return per.Kind == PeriodLatest }) {
		// "chừ Hương Khê quý 2 có mấy DVC mức 4": "now" beside the period
		// named is when the asker speaks, not a second period.
		p.Periods = slices.DeleteFunc(p.Periods, func(per Period) bool { return per.Kind == PeriodLatest })
	}
	switch {
	case projectCue || (len(p.Projects) > 0 && (moneyCue || !hasOtherThan(p.Indicators, "funding_"))):
		q.projectIntent(&p, projectCue)
	case hasTopic(p.Indicators, "funding_"):
		p.Intent = IntentFunding
	case len(p.Indicators) == 0 && len(p.Projects) == 0 && len(FundingParts(q.tokens)) >= 2 && !q.namesUnits(p),
		len(p.Indicators) == 0 && moneyCue && q.any(nq22Cues) && len(p.Projects) == 0:
		// "phần còn thiếu nhiều hơn phần lồng ghép bao nhiêu", "cộng 3
		// khoản: đã bố trí, lồng ghép, còn thiếu": the programme's parts.
		// "cộng phần đã bố trí với phần còn thiếu thì tổng nhu cầu NQ22":
		// the programme's totals, the parts read from the words.
		p.Intent = IntentFunding
		for _, c := range fundingSources {
			q.any(c.cues)
		}
		q.any(grantedCues)
	case len(p.Indicators) == 0 && (moneyCue || q.any(recipientCues)) && q.namesUnits(p):
		// "Báo Hà Tĩnh được cấp bao nhiêu tiền?", "Đài PTTH và Báo Hà Tĩnh
		// nhận tổng cộng bao nhiêu": the units' funding, which the answer
		// finds in the funding lines, or says is not stored.
		p.Intent = IntentFunding
	case (len(p.Indicators) == 0 || q.has("bao cao quy")) && len(p.Units) == 0 && q.asksSchedule():
		// "hạn nộp báo cáo quý 2 là ngày nào", "bot nhắc trước hạn mấy
		// ngày", "quá hạn bao nhiêu ngày thì báo lên lãnh đạo": the form's
		// deadline and reminders, not who has reported.
		p.Intent = IntentSchedule
	case len(p.Indicators) == 0 && q.namesOneUnit(p) && q.any(profileCues):
		// "báo cáo nhanh về Sở Tài chính quý 1", "tóm tắt tình hình Thạch
		// Hà": every figure of that unit, not whether it reported.
		p.Intent = IntentValue
	case (len(p.Indicators) == 0 || q.any(unsentCues) || q.any(mustReportCues) || q.any(sentShareCues)) && (q.anyFree(reportingCues, q.periodTaken) && q.any(reportingCues) || q.sentYet(p)) && !q.has("ty le chung") && !(q.has("tinh chung") && q.has("ty le")) && !q.has("ty le gop") && !q.has("gop lai ty le") && !q.citesReport():
		// ("sở nào chưa nộp số liệu DVC": the report not sent, whatever
		// figure of it is named.)
		// ("tỷ lệ chung các đơn vị đã nộp": the rate of those that sent
		// their reports, not how many did.)
		// Not "báo cáo" of a period ("đến thời điểm báo cáo").
		p.Intent = IntentReporting
		p.Indicators = nil
		p.Missing = q.any(missingCues) && !q.doneAskedAfterTold()
		p.Which = q.has("nao") || q.has("liet ke") || q.has("danh sach")
		if !p.Missing && !p.Which && (q.has("da nop") || q.has("da gui")) && !q.any(reportCountCues) {
			// "quý 1 các sở đã nộp báo cáo": who did, by name.
			p.Which = true
		}
		if level, ok := q.othersOfKind(); ok && len(p.Units) > 0 {
			// "chỉ có Nghi Xuân với Vũ Quang chưa gửi thôi à, hay còn
			// huyện khác": every unit of the kind, not those two.
			p.Units, p.Which = nil, true
			if p.Level == "" {
				p.Level = level
			}
		}
		if p.Level == "" && q.agencyWordFolded() {
			p.Level = "agency"
		}
		p.Count = q.has("bao nhieu") || q.has("may") || q.has("so")
		q.any(requiredCues) // "đơn vị bắt buộc phải báo cáo": those that must
	case len(p.Indicators) == 0 && q.namesOneUnit(p) && len(p.Units[0]) == 1 && q.unknownWords(q.leftover()) == 0 && q.anyUntaken(allFiguresCues):
		// "số liệu của Can Lộc quý 2/2019": every figure of that unit.
		p.Intent = IntentValue
	case len(p.Indicators) == 0:
		p.Reason = ReasonNotUnderstood
		p.Leftover = q.leftover()
		return p
	case p.Order != "" && len(p.Units) == 2 && len(p.Periods) <= 1 && (p.Level == "" || len(p.Levels) == 0 && q.any(whichOfTwo)) && q.has("hon"):
		// "thuế với điện lực ngành nào nhiều dvc mức 3 hơn", "Can Lộc với
		// Thạch Hà huyện nào … nhiều hơn": the two set against each
		// other, not every unit ranked.
		p.Intent, p.Op, p.Order, p.Level = IntentValue, "diff", "", ""
	case p.Order != "" && !q.namesOneUnit(p):
		p.Intent = IntentRanking
	case p.Op == "ratio" && len(p.Periods) == 2 && p.Goal == nil && p.Measure == "target" && q.has("vuot"):
		// "5 tháng đầu năm 2019 … đã vượt cả năm 2018; gấp bao nhiêu lần":
		// one period over the other, no target.
		p.Intent, p.Measure = IntentCompare, "change"
	case p.Measure == "target" && len(p.Units) == 2 && len(p.Periods) <= 1 && p.Goal == nil && p.Threshold == nil && p.Checked == nil && q.has("vuot"):
		// "Hương Khê quý 2 có vượt Hồng Lĩnh không": one unit over the
		// other, no target.
		p.Intent, p.Op, p.Measure = IntentValue, "diff", ""
	case p.Measure == "target" || p.Measure == "plan" || p.Measure == "gap":
		p.Intent = IntentTarget
	case len(p.Periods) <= 1 && !q.periodAfterOp() && (p.Op == "diff" || p.Op == "ratio") && !q.any(timeChangeCues),
		len(p.Periods) <= 1 && (len(p.Units) == 2 || len(p.Units) == 0 && len(p.Levels) == 2) && p.Measure == "change" && q.any(unitDiffCues),
		len(p.Periods) <= 1 && len(p.Units) == 2 && len(p.Indicators) == 1 && p.Measure == "" && q.has("vs") && !(q.has("bao nhieu") && !q.has("ty le")):
		// "Can Lộc vs Hương Khê tỷ lệ q2": two units set against each
		// other ("vs" between two figures or inside one's name is "và";
		// so is it before a count asked: "ngành điện lực vs ngành thuế
		// cung cấp bn dvc mức 3", each and both).
		// Units, or figures, set against each other in one period: each
		// figure and the difference (or ratio) between them, or a plain
		// "cannot" when there are not two; never a change over time
		// nobody asked for.
		p.Intent = IntentValue
		if p.Op == "" {
			p.Op = "diff"
		}
	case len(p.Periods) >= 2 || (p.Measure == "change" && len(p.Periods) == 1):
		p.Intent = IntentCompare
	default:
		p.Intent = IntentValue
	}
	p.Leftover = q.leftover()
	if len(indicators) == 1 && len(p.Indicators) == 1 && contentSize(indicators[0].alias) <= 2 {
		// "địa phương nào nhận nhiều hồ sơ nhất": "hồ sơ" alone matched
		// the online ones; "nhận", left over, is a word of the figure of
		// the applications received, the one other name with both.
		if other, ok := q.v.nameWithWords(indicators[0], q.distinguishingWords()); ok {
			p.Indicators = []string{other}
		}
	}
	if taken := slices.Clone(q.taken); len(indicators) > 0 {
		// Words right after a figure's match that its own names hold
		// ("bao nhiêu hồ sơ" matched, "trực tuyến" after it) are no words
		// left over, once the words have chosen among names.
		for _, m := range indicators {
			if slices.Contains(p.Indicators, m.alias.owner) {
				q.takeOwnWordsAfter(m)
			}
		}
		if !slices.Equal(taken, q.taken) {
			p.Leftover = q.leftover()
		}
	}
	unknown := q.unknownWords(p.Leftover)
	if p.Intent == IntentProjects && len(p.Projects) == 0 && hasPhraseUntaken(q, "nang cap") {
		p.Leftover = append([]string{"nang cap"}, p.Leftover...)
	}
	if (hasTopic(p.Indicators, "funding_") || p.Intent == IntentFunding || p.Intent == IntentProject || p.Intent == IntentProjects && p.Funding != "") &&
		q.any(unstoredMoneyStates) {
		// "đã giải ngân được bao nhiêu % vốn NQ22": money paid out, not
		// the money allocated the other words name; none is stored.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	if len(p.Projects) == 0 && len(p.Indicators) > 0 && !q.allIndicatorsSay(p.Indicators, "hai") && q.has("hai long") {
		// "tỷ lệ người dân hài lòng với DVC trực tuyến": a rate of the
		// satisfied, which no figure named holds.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	if len(indicators) == 1 && q.qualifiedBeyondName(indicators[0]) {
		// "tỷ lệ hồ sơ giải quyết đúng hạn": words right after the
		// indicator's own that its name does not hold make it another
		// figure, one the catalog does not have.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	if len(p.Projects) == 0 && !p.Money && p.Intent != IntentProjects && q.startsUntaken(equipmentWords) {
		// "số máy tính trang bị cho bộ phận một cửa cấp xã": not the
		// count of one-stop offices the other words name.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	if len(p.Projects) == 0 && q.partFor(len(p.Indicators)) {
		// "kinh phí đào tạo năm 2019 dành riêng cho doanh nghiệp": the
		// share of one group, which no figure is split by.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	if at, ok := q.unknownInitials(); ok {
		// "ck q1 tỷ lệ nộp tt": two letters nothing here knows, typed
		// where a unit's initials stand ("cl", "hk"); the province's
		// figure is not the one asked. Which unit is asked back.
		return Parse{Reason: ReasonUnknownPlace, Words: t.Tokens, Leftover: p.Leftover,
			Candidates: q.v.unitsByInitials(q.tokens[at]), PlaceSpan: [2]int{at, at + 1}}
	}
	if q.unknownAbbreviation(p.Leftover) {
		// "Ban Quản lý KKT", "sttttt": a name typed short that nothing
		// here knows may be the place asked; no figure of another place
		// stands for it.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	if unknown > 1 || (unknown == 1 && weak(indicators)) || len(p.Leftover) > 1 && measureOnly(indicators) {
		// "tỷ lệ giải ngân vốn đầu tư công": a bare "tỷ lệ" names no
		// figure when other words say which rate, and none of ours. The
		// period stays: "tỷ lệ quý 2 của thành phố" after the city's
		// count is a follow-up of that period.
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover, Periods: p.Periods}
	}
	return p
}

// onlyPeriodAsked: a period and words that say nothing else ("quý 2 thế
// nào?"): the question before, of that period, not a how-question.
func (q *question) onlyPeriodAsked(p Parse) bool {
	if len(p.Periods) == 0 {
		return false
	}
	for i, tok := range q.tokens {
		if !q.taken[i] && !fillers[tok] {
			return false
		}
	}
	return true
}

// serviceLevelNamed is the level of online service the words name ("mức
// 5", "mức độ 2"), "" when none; each level named is read, the first one
// that is no level of the data returned before the others.
func (q *question) serviceLevelNamed() string {
	found := ""
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "muc" || slices.Contains(q.tokens[max(0, i-6):i], "ngoai") || slices.Contains(q.tokens[max(0, i-6):i], "tru") {
			// ("ngoài mức 2 ra thì có bao nhiêu DVC mức 3": the level set
			// aside.)
			continue
		}
		j := i + 1
		if q.tokens[j] == "do" && j+1 < len(q.tokens) {
			j++
		}
		if t := q.tokens[j]; len(t) == 1 && t[0] >= '1' && t[0] <= '9' {
			if t != "3" && t != "4" {
				return t
			}
			found = t
		}
	}
	return found
}
