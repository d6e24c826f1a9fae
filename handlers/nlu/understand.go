package nlu

import (
	"strconv"
	"strings"
	"time"
)

// Intent names. They are also the tool names offered to a language model,
// so they are stable identifiers.
const (
	IntentValue     = "indicator_value"  // a figure for a unit, level or the province, for a period
	IntentTarget    = "target_progress"  // a figure against its target or plan
	IntentCompare   = "compare_periods"  // a figure in two periods
	IntentRanking   = "unit_ranking"     // units ranked by a submitted figure
	IntentReporting = "reporting_status" // which units have sent their report
	IntentFunding   = "funding_total"    // the programme's stated funding totals
	IntentProject   = "project_funding"  // one project's funding
	IntentProjects  = "project_list"     // projects counted, filtered or ranked
	IntentGreeting  = "greeting"
)

// Reasons a question is not answered with a figure.
const (
	ReasonNotUnderstood = "not_understood"
	ReasonOutOfScope    = "out_of_scope"
	ReasonUnknownPlace  = "unknown_place"
	ReasonAskWhichSo    = "ask_which_agency"
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
	Order      string     `json:"order,omitempty"`   // desc, asc, both, all
	Top        int        `json:"top,omitempty"`
	Projects   []string   `json:"projects,omitempty"`
	Funding    string     `json:"funding,omitempty"` // granted, nq22, other, proposed
	Status     string     `json:"status,omitempty"`  // project status group
	Count      bool       `json:"count,omitempty"`   // how many (projects, units)
	Missing    bool       `json:"missing,omitempty"` // units that have not reported
	Which      bool       `json:"which,omitempty"`   // name the units ("sở nào đã nộp")
	Reason     string     `json:"reason,omitempty"`
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
}

// Understood reports whether the parse names an intent.
func (p Parse) Understood() bool { return p.Intent != "" }

// question holds the state of one Understand call.
type question struct {
	tokens         []string
	taken          []bool // tokens explained by a period, name or cue
	periodTaken    []bool // tokens of periods only
	unitSpans      []span
	indicatorTaken []bool
	v              *Vocabulary
}

func (q *question) has(phrase string) bool {
	return q.at(strings.Fields(phrase)) >= 0
}

// at finds a cue phrase and marks its words as explained.
func (q *question) at(words []string) int {
	for i := 0; i+len(words) <= len(q.tokens); i++ {
		if runAt(q.tokens, i, words) {
			for k := i; k < i+len(words); k++ {
				q.taken[k] = true
			}
			return i
		}
	}
	return -1
}

func (q *question) any(list [][]string) bool {
	found := false
	for _, p := range list {
		if q.at(p) >= 0 {
			found = true
		}
	}
	return found
}

func (q *question) take(sp span) {
	for i := sp.from; i < sp.to; i++ {
		q.taken[i] = true
	}
}

// Understand maps a question to an intent and slots. ref is "now" in the
// deployment's time zone; relative periods are counted from it.
func Understand(v *Vocabulary, input string, ref time.Time) Parse {
	t := Normalize(input)
	q := &question{tokens: t.Tokens, taken: make([]bool, len(t.Tokens)), v: v}
	p := Parse{Words: t.Tokens}
	if len(t.Tokens) == 0 {
		p.Reason = ReasonNotUnderstood
		return p
	}
	p.Periods = q.periods(ref)
	q.periodTaken = append([]bool(nil), q.taken...)
	if q.any(outOfScope) {
		p.Reason = ReasonOutOfScope
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
	projects := matchAll(q.tokens, v.projects, v.projectIndex, q.periodMask())
	for _, m := range projects {
		if !contains(p.Projects, m.alias.owner) && (len(p.Projects) == 0 || m.alias.size == projects[0].alias.size) {
			p.Projects = append(p.Projects, m.alias.owner)
		}
	}
	if len(projects) > 0 {
		q.take(projects[0].spans[0])
		for _, sp := range projects[0].spans {
			q.take(sp)
		}
	}
	q.places(&p)
	q.measures(&p)

	if at, ok := q.unknownPlace(); ok {
		p.Reason = ReasonUnknownPlace
		p.Candidates = v.unitsStartingWith(q.tokens[at])
		p.PlaceSpan = [2]int{at - 1, at + 1}
		return p
	}
	if p.Level == "" && agencyLevelWord(t.Original) {
		p.Level = "agency"
	}
	if len(p.Units) == 0 && p.Level == "" && q.namesAgencyWithoutName(t.Original) {
		p.Reason = ReasonAskWhichSo
		return p
	}

	projectCue := q.any(projectCues) || (len(p.Projects) == 0 && hasPhraseUntaken(q, "nang cap"))
	moneyCue := q.any(moneyCues)
	if len(p.Projects) > 0 && q.any(projectMoneyCues) {
		moneyCue = true
	}
	if !moneyCue && hasOtherThan(p.Indicators, "funding_") {
		p.Indicators = without(p.Indicators, "funding_")
	}
	switch {
	case projectCue || (len(p.Projects) > 0 && (moneyCue || !hasOtherThan(p.Indicators, "funding_"))):
		q.projectIntent(&p, projectCue)
	case hasTopic(p.Indicators, "funding_"):
		p.Intent = IntentFunding
	case len(p.Indicators) == 0 && q.any(reportingCues):
		p.Intent = IntentReporting
		p.Missing = q.any(missingCues)
		p.Which = q.has("nao")
		if p.Level == "" && q.agencyWordFolded() {
			p.Level = "agency"
		}
		p.Count = q.has("bao nhieu") || q.has("may") || q.has("so")
	case len(p.Indicators) == 0 && q.namesOneUnit(p) && len(p.Units[0]) == 1 && q.unknownWords(q.leftover()) == 0:
		// "số liệu của Can Lộc quý 2/2019": every figure of that unit.
		p.Intent = IntentValue
	case len(p.Indicators) == 0:
		p.Reason = ReasonNotUnderstood
		return p
	case p.Order != "" && !q.namesOneUnit(p):
		p.Intent = IntentRanking
	case p.Measure == "target" || p.Measure == "plan" || p.Measure == "gap":
		p.Intent = IntentTarget
	case len(p.Periods) >= 2 || (p.Measure == "change" && len(p.Periods) == 1):
		p.Intent = IntentCompare
	default:
		p.Intent = IntentValue
	}
	p.Leftover = q.leftover()
	unknown := q.unknownWords(p.Leftover)
	if p.Intent == IntentProjects && len(p.Projects) == 0 && hasPhraseUntaken(q, "nang cap") {
		p.Leftover = append([]string{"nang cap"}, p.Leftover...)
	}
	if unknown > 1 || (unknown == 1 && weak(indicators)) {
		return Parse{Reason: ReasonNotUnderstood, Words: t.Tokens, Leftover: p.Leftover}
	}
	return p
}

// periods finds every period named, in order.
func (q *question) periods(ref time.Time) []Period {
	var out []Period
	masked := append([]string(nil), q.tokens...)
	for {
		per, from, to, ok := FindPeriod(masked, ref)
		if !ok {
			return out
		}
		out = append(out, per)
		for i := from; i < to; i++ {
			masked[i] = "\x00"
			q.taken[i] = true
		}
	}
}

// periodMask marks the tokens that belong to periods.
func (q *question) periodMask() []bool {
	return append([]bool(nil), q.periodTaken...)
}

func (q *question) onlyGreeting() bool {
	rest := 0
	q.any(greetings)
	for i, tok := range q.tokens {
		if !q.taken[i] && !fillers[tok] {
			rest++
		}
	}
	return rest == 0 && q.countTaken() > 0
}

func (q *question) countTaken() int {
	n := 0
	for _, t := range q.taken {
		if t {
			n++
		}
	}
	return n
}

// indicators picks the indicators named: the largest alias first, then any
// other that explains words the chosen ones do not.
func (q *question) indicators() []termMatch {
	all := matchAll(q.tokens, q.v.indicators, q.v.indicatorIndex, q.periodMask())
	var chosen []termMatch
	covered := make([]bool, len(q.tokens))
	mask := q.periodMask()
	for _, m := range all {
		// Placed again around the words already explained: "số hồ sơ trực
		// tuyến" after "tỷ lệ hồ sơ trực tuyến" finds its own words.
		if len(chosen) > 0 {
			taken := append([]bool(nil), mask...)
			for i, c := range covered {
				taken[i] = taken[i] || c
			}
			if again, ok := matchAlias(q.tokens, m.alias, taken); ok {
				m = again
			}
		}
		// A second indicator must bring a phrase of its own: "mức 4" in
		// "DVC mức 3 và mức 4", not "trực tuyến" borrowed around another's words.
		adds := false
		for _, sp := range m.spans {
			whole := true
			for i := sp.from; i < sp.to; i++ {
				if covered[i] {
					whole = false
				}
			}
			if whole {
				adds = true
			}
		}
		// An alias made of measure words only (a bare "tỷ lệ") does not
		// name a second indicator next to one already named.
		if len(chosen) > 0 && onlyMeasureWords(m.alias) {
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
	for _, pm := range q.v.findPlaces(q.tokens, q.periodMask()) {
		if q.insideIndicator(pm.span) {
			continue
		}
		q.take(pm.span)
		q.unitSpans = append(q.unitSpans, pm.span)
		if len(pm.units) > 0 {
			if len(p.Units) > 0 && equalTokens(p.Units[len(p.Units)-1], pm.units) {
				continue
			}
			p.Units = append(p.Units, pm.units)
			p.UnitSpans = append(p.UnitSpans, [2]int{pm.span.from, pm.span.to})
			continue
		}
		if p.Level == "" {
			p.Level = pm.levels[0]
		}
		if !contains(p.Levels, pm.levels[0]) {
			p.Levels = append(p.Levels, pm.levels[0])
		}
	}
	if len(p.Levels) < 2 {
		p.Levels = nil
	}
	if p.Level == "province" {
		p.Level = ""
		if len(p.Units) == 0 {
			p.Units = [][]string{{ProvinceCode}}
		}
	}
}

// ProvinceCode is the code of the province unit all province-wide figures belong to.
const ProvinceCode = "42"

// measures reads what is asked about the figure.
func (q *question) measures(p *Parse) {
	switch {
	case q.any(rankDesc) && q.any(rankAsc):
		p.Order = "both"
	case q.any(rankDesc):
		p.Order = "desc"
	case q.any(rankAsc):
		p.Order = "asc"
	case q.any(rankAll):
		p.Order = "all"
	case q.has("top"):
		p.Order = "desc"
	default:
		p.Order = q.splitSuperlative()
	}
	if p.Order != "" {
		p.Top = q.topN()
	}
	p.Measure = q.firstOf([]cueValue{{planCues, "plan"}, {targetCues, "target"}, {compareCues, "change"}, {complementCues, "complement"}})
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
func (q *question) splitSuperlative() string {
	last := -1
	for i, tok := range q.tokens {
		if tok == "nhat" {
			last = i
		}
	}
	if last < 0 {
		return ""
	}
	for i := last - 1; i >= 0; i-- {
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

// topN reads "top 3", "3 huyện", "3 dự án" next to a ranking.
func (q *question) topN() int {
	for i, tok := range q.tokens {
		n, err := strconv.Atoi(tok)
		if err != nil || n < 2 || n > 20 || q.taken[i] {
			continue
		}
		if i > 0 && q.tokens[i-1] == "top" || i+1 < len(q.tokens) {
			q.taken[i] = true
			return n
		}
	}
	return 1
}

// namesOneUnit: a ranking word next to a single named unit ("Can Lộc cao
// nhất bao nhiêu") is not a ranking.
func (q *question) namesOneUnit(p Parse) bool {
	return len(p.Units) == 1 && !(len(p.Units[0]) == 1 && p.Units[0][0] == ProvinceCode)
}

// unknownPlace: "huyện X" where X is no known name; returns X's position.
func (q *question) unknownPlace() (int, bool) {
	heads := []string{"huyen", "thi xa", "thanh pho", "xa", "phuong", "thi tran"}
	for _, h := range heads {
		words := strings.Fields(h)
		for i := 0; i+len(words) < len(q.tokens); i++ {
			if !runAt(q.tokens, i, words) || q.inUnit(i) {
				continue
			}
			next := q.tokens[i+len(words)]
			if !q.taken[i+len(words)] && !fillers[next] && !isNumber(next) && len(next) > 1 {
				return i + len(words), true
			}
		}
	}
	return 0, false
}

// weak: every indicator was named by a short alias ("tỷ lệ", "video"), too
// little to outweigh a word the domain does not know.
func weak(ms []termMatch) bool {
	for _, m := range ms {
		if m.alias.size > 2 {
			return false
		}
	}
	return true
}

func onlyMeasureWords(a *alias) bool {
	for _, p := range a.phrases {
		if !measureWords[strings.Join(p, " ")] {
			return false
		}
	}
	return true
}

// hasPhraseUntaken finds a phrase without marking it, so its words stay
// available as a partial project name.
func hasPhraseUntaken(q *question, phrase string) bool {
	return PhraseIndex(q.tokens, phrase) >= 0
}

func (q *question) insideIndicator(sp span) bool {
	for i := sp.from; i < sp.to; i++ {
		if !q.indicatorTaken[i] {
			return false
		}
	}
	return true
}

// inUnit: token i is part of a place name longer than the head word.
func (q *question) inUnit(i int) bool {
	for _, sp := range q.unitSpans {
		if sp.from <= i && i < sp.to && sp.to-sp.from > 1 {
			return true
		}
	}
	return false
}

// agencyWordFolded: in a question about reports, "mấy sở", "các sở", "sở
// nào" typed without diacritics ("so" is "số" or "sở").
func (q *question) agencyWordFolded() bool {
	for i, tok := range q.tokens {
		if tok != "so" {
			continue
		}
		if i > 0 && (q.tokens[i-1] == "may" || q.tokens[i-1] == "cac" || q.tokens[i-1] == "nhung" || q.tokens[i-1] == "nhieu") {
			return true
		}
		if i+1 < len(q.tokens) && (q.tokens[i+1] == "nao" || q.tokens[i+1] == "nganh") {
			return true
		}
	}
	return false
}

// agencyLevelWord: "mấy sở", "các sở", "sở nào" ask about provincial
// agencies; visible only with diacritics, since "sở" folds like "số".
func agencyLevelWord(original string) bool {
	words := strings.Fields(strings.ToLower(original))
	for i, w := range words {
		if strings.Trim(w, ".,;:?!") != "sở" {
			continue
		}
		if i > 0 {
			switch Fold(words[i-1]) {
			case "may", "cac", "nhung", "nhieu":
				return true
			}
			if i > 1 && Fold(words[i-2]+" "+words[i-1]) == "bao nhieu" {
				return true
			}
		}
		if i+1 < len(words) && Fold(strings.Trim(words[i+1], ".,;:?!")) == "nao" {
			return true
		}
	}
	return false
}

// namesAgencyWithoutName: "của Sở" with no agency named; only visible with
// diacritics, since "sở" folds to "so" like "số".
func (q *question) namesAgencyWithoutName(original string) bool {
	words := strings.Fields(strings.ToLower(original))
	for i, w := range words {
		w = strings.Trim(w, ".,;:?!")
		if w != "sở" {
			continue
		}
		if i+1 == len(words) {
			return true
		}
		next := Fold(strings.Trim(words[i+1], ".,;:?!"))
		if next == "quy" || next == "nam" || next == "thang" || next == "nao" || isNumber(next) {
			return next != "nao"
		}
	}
	return false
}

// unknownWords counts leftover words that are not words of this domain at all.
func (q *question) unknownWords(words []string) int {
	n := 0
	for _, w := range words {
		if !q.v.lexicon[w] {
			n++
		}
	}
	return n
}

// leftover lists the content words no period, name or cue explains.
func (q *question) leftover() []string {
	var out []string
	for i, tok := range q.tokens {
		if q.taken[i] || fillers[tok] || isNumber(tok) {
			continue
		}
		out = append(out, tok)
	}
	return out
}

func (q *question) projectIntent(p *Parse, projectCue bool) {
	for _, s := range projectStatus {
		if q.has(s.phrase) {
			p.Status = s.group
			break
		}
	}
	p.Funding = q.firstOf([]cueValue{{otherCues, "other"}, {proposedCues, "proposed"}, {nq22Cues, "nq22"}, {grantedCues, "granted"}})
	q.any(leadCues)
	countAsked := q.has("bao nhieu du an") || q.has("may du an") || q.has("so du an") || q.has("bao nhieu hang muc") ||
		(projectCue && (q.has("co bao nhieu") || q.has("bao nhieu")) && p.Funding == "" && len(p.Projects) == 0)
	switch {
	case countAsked:
		p.Intent, p.Count = IntentProjects, true
	case p.Order != "":
		p.Intent = IntentProjects
	case len(p.Projects) > 0:
		p.Intent = IntentProject
	default:
		p.Intent = IntentProjects
	}
	// Indicators named next to a project describe the project.
	p.Indicators = nil
}

// hasOtherThan reports whether some code lacks the prefix.
func hasOtherThan(codes []string, prefix string) bool {
	for _, c := range codes {
		if !strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

// without drops the codes with the prefix.
func without(codes []string, prefix string) []string {
	var out []string
	for _, c := range codes {
		if !strings.HasPrefix(c, prefix) {
			out = append(out, c)
		}
	}
	return out
}

func hasTopic(codes []string, prefix string) bool {
	for _, c := range codes {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isNumber(tok string) bool {
	if tok == "" {
		return false
	}
	for _, r := range tok {
		if (r < '0' || r > '9') && r != '.' && r != ',' && r != '/' && r != '-' && r != '%' {
			return false
		}
	}
	return true
}
