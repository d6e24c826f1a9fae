package nlu

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// PeriodKind says what a Period covers.
type PeriodKind string

// Period kinds.
const (
	PeriodYear    PeriodKind = "year"
	PeriodQuarter PeriodKind = "quarter"
	PeriodMonth   PeriodKind = "month"
	PeriodRange   PeriodKind = "range"  // "5 tháng đầu năm 2019", "từ tháng 1 đến tháng 5 năm 2019", "giai đoạn 2017-2020"
	PeriodAsOf    PeriodKind = "asof"   // "tính đến 27/02/2019", "ngày 27/2/2019", "đến hết quý 1/2019": End only
	PeriodLatest  PeriodKind = "latest" // "hiện nay", "mới nhất", "đến nay": no dates
)

// Period is a reporting period named in a question or a command.
type Period struct {
	Kind       PeriodKind
	Start, End string // civil dates "YYYY-MM-DD", inclusive; both empty for latest; Start empty for asof
	Label      string // Vietnamese with diacritics, for display: "quý 2/2019"
}

// Years outside this range are counts or document numbers, not periods.
const (
	minYear = 2000
	maxYear = 2099
)

// User-facing text: period labels and ParseQuarter messages.
const (
	labelYear           = "năm %d"
	labelQuarter        = "quý %d/%d"
	labelMonth          = "tháng %d/%d"
	labelDay            = "ngày %02d/%02d/%d"
	labelYearStart      = "đầu năm %d"
	labelLeadingMonths  = "%d tháng đầu năm %d"
	labelTrailingMonths = "%d tháng cuối năm %d"
	labelMonthsInYear   = "từ tháng %d đến tháng %d năm %d"
	labelQuartersInYear = "từ quý %d đến quý %d năm %d"
	labelYears          = "giai đoạn %d-%d"
	labelFromTo         = "từ %s đến %s"
	labelFromToNow      = "từ %s đến nay"
	labelAsOfDay        = "đến ngày %02d/%02d/%d"
	labelAsOfEnd        = "đến hết %s"
	labelLatest         = "hiện nay"

	msgQuarterInvalid = "kỳ %q không hợp lệ: %s (ví dụ: Q2/2019)"
	msgQuarterEmpty   = "chưa ghi kỳ báo cáo (ví dụ: Q2/2019)"
	reasonQuarterNum  = "quý phải từ 1 đến 4"
	reasonQuarterYear = "năm phải từ 2000 đến 2099"
	reasonNoYear      = "thiếu năm"
	reasonNotQuarter  = "không đọc được quý và năm"
)

// QuarterError is returned by ParseQuarter. Its text is a Vietnamese
// message that can be shown to the user as it is.
type QuarterError struct {
	Input  string // what the user wrote, NFC, whitespace collapsed
	Reason string // Vietnamese; empty when Input is empty
}

func (e *QuarterError) Error() string {
	if e.Input == "" {
		return msgQuarterEmpty
	}
	in := e.Input
	if utf8.RuneCountInString(in) > 40 {
		in = string([]rune(in)[:40]) + "…"
	}
	return fmt.Sprintf(msgQuarterInvalid, in, e.Reason)
}

// ParseQuarter parses a quarter written by a clerk in a /nop command:
// "Q2/2019", "q2-2019", "quy 2/2019", "quý 2 năm 2019", "2019Q2",
// "quý II/2019", "Q2 2019" (any case, with or without diacritics, NFC or
// NFD). The year is required. Errors are *QuarterError.
func ParseQuarter(s string) (Period, error) {
	t := Normalize(s)
	if len(t.Tokens) == 0 {
		return Period{}, &QuarterError{}
	}
	ps := periodParser{toks: t.Tokens, strict: true}
	sp, n, st := ps.quarterSpec(0)
	reason := reasonNotQuarter
	switch {
	case st == stOK && n == len(t.Tokens) && sp.year == 0:
		reason = reasonNoYear
	case st == stOK && n == len(t.Tokens):
		return sp.period(), nil
	case st == stBadQuarter:
		reason = reasonQuarterNum
	case st == stBadYear:
		reason = reasonQuarterYear
	}
	return Period{}, &QuarterError{Input: t.Original, Reason: reason}
}

// QuarterOf returns the quarter containing t.
func QuarterOf(t time.Time) Period {
	return spec{unit: unitQuarter, year: t.Year(), num: quarterOfMonth(int(t.Month()))}.period()
}

// PreviousQuarter returns the quarter before p, which must be a quarter
// (only p.Start, or p.End when Start is empty, is read). It returns the
// zero Period when p has no date.
func PreviousQuarter(p Period) Period {
	date := p.Start
	if date == "" {
		date = p.End
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return Period{}
	}
	return QuarterOf(time.Date(t.Year(), t.Month()-3, 1, 0, 0, 0, 0, time.UTC))
}

// LastEndedQuarter returns the last quarter that has ended by ref: the one
// before the quarter ref is in.
func LastEndedQuarter(ref time.Time) Period {
	return PreviousQuarter(QuarterOf(ref))
}

// FindPeriod finds the first period expression in folded tokens (as made
// by Normalize) and returns it with the token span [from, to) it covers.
// ref is "now" in the caller's time zone and anchors relative expressions
// ("năm nay", "quý trước", "quý 2" without a year: the latest quarter 2
// that has started by ref). A span that looks like a period but holds
// invalid values ("quý 5/2019", "tháng 13", "31/02/2019", "năm 1995") is
// skipped, never returned.
func FindPeriod(tokens []string, ref time.Time) (p Period, from, to int, ok bool) {
	ps := periodParser{toks: tokens, ref: ref}
	for i := 0; i < len(tokens); {
		r := ps.parseAt(i)
		switch {
		case r.st == stOK && r.n > 0:
			return r.p, i, i + r.n, true
		case r.st != stNone && r.n > 0:
			i += r.n
		default:
			i++
		}
	}
	return Period{}, 0, 0, false
}

// status is the outcome of matching one grammar rule at a position.
type status int

const (
	stNone       status = iota // the rule does not apply here
	stOK                       // a valid period
	stBadQuarter               // period-shaped, but the quarter is not 1..4
	stBadMonth                 // ... the month is not 1..12
	stBadYear                  // ... the year is outside minYear..maxYear
	stBadDate                  // ... the day does not exist
	stBadRange                 // ... the range ends before it starts, or is a rolling window
)

type match struct {
	p  Period
	n  int // tokens consumed
	st status
}

// unit is the granularity of one end of a period.
type unit int

const (
	unitYear      unit = iota + 1
	unitQuarter        // num is the quarter
	unitMonth          // num is the month
	unitDay            // num is the month, day the day
	unitYearStart      // "đầu năm": the first day of year
)

// spec is one calendar unit as written; year 0 means "not written".
type spec struct {
	unit unit
	year int
	num  int
	day  int
}

func (s spec) firstMonth() int {
	switch s.unit {
	case unitQuarter:
		return 3*s.num - 2
	case unitMonth, unitDay:
		return s.num
	}
	return 1
}

func (s spec) lastMonth() int {
	switch s.unit {
	case unitQuarter:
		return 3 * s.num
	case unitMonth, unitDay:
		return s.num
	case unitYearStart:
		return 1
	}
	return 12
}

func (s spec) first() string {
	day := 1
	if s.unit == unitDay {
		day = s.day
	}
	return civilDate(s.year, s.firstMonth(), day)
}

func (s spec) last() string {
	m := s.lastMonth()
	day := daysIn(s.year, m)
	if s.unit == unitDay {
		day = s.day
	} else if s.unit == unitYearStart {
		day = 1
	}
	return civilDate(s.year, m, day)
}

func (s spec) label() string {
	switch s.unit {
	case unitQuarter:
		return fmt.Sprintf(labelQuarter, s.num, s.year)
	case unitMonth:
		return fmt.Sprintf(labelMonth, s.num, s.year)
	case unitDay:
		return fmt.Sprintf(labelDay, s.day, s.num, s.year)
	case unitYearStart:
		return fmt.Sprintf(labelYearStart, s.year)
	}
	return fmt.Sprintf(labelYear, s.year)
}

// period turns a complete spec into a Period; a day is an as-of date.
func (s spec) period() Period {
	switch s.unit {
	case unitDay:
		return Period{Kind: PeriodAsOf, End: s.first(), Label: fmt.Sprintf(labelAsOfDay, s.day, s.num, s.year)}
	case unitQuarter:
		return Period{Kind: PeriodQuarter, Start: s.first(), End: s.last(), Label: s.label()}
	case unitMonth:
		return Period{Kind: PeriodMonth, Start: s.first(), End: s.last(), Label: s.label()}
	}
	return Period{Kind: PeriodYear, Start: civilDate(s.year, 1, 1), End: civilDate(s.year, 12, 31), Label: fmt.Sprintf(labelYear, s.year)}
}

func civilDate(y, m, d int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func quarterOfMonth(m int) int { return (m-1)/3 + 1 }

func validYear(y int) bool { return minYear <= y && y <= maxYear }

// monthsPeriod is the range of whole months m1..m2 of year y.
func monthsPeriod(y, m1, m2 int, label string) Period {
	return Period{Kind: PeriodRange, Start: civilDate(y, m1, 1), End: civilDate(y, m2, daysIn(y, m2)), Label: label}
}

// periodParser holds one FindPeriod or ParseQuarter call's state.
type periodParser struct {
	toks   []string
	ref    time.Time
	strict bool // ParseQuarter: no relative forms, the year is required
}

func (ps *periodParser) tok(i int) string {
	if i >= 0 && i < len(ps.toks) {
		return ps.toks[i]
	}
	return ""
}

func (ps *periodParser) at(i int, words ...string) bool { return runAt(ps.toks, i, words) }

func (ps *periodParser) refYear() int  { return ps.ref.Year() }
func (ps *periodParser) refMonth() int { return int(ps.ref.Month()) }

func (ps *periodParser) refDate() string {
	return civilDate(ps.ref.Year(), int(ps.ref.Month()), ps.ref.Day())
}

// parseAt tries every rule at token i, most specific first.
func (ps *periodParser) parseAt(i int) match {
	for _, rule := range [...]func(*periodParser, int) match{
		(*periodParser).latest,
		(*periodParser).asOf,
		(*periodParser).fromTo,
		(*periodParser).yearRange,
		(*periodParser).single,
	} {
		if m := rule(ps, i); m.st != stNone {
			return m
		}
	}
	return match{}
}

// single matches a period that is not latest, as-of or from-to; it is
// also what may follow "đến hết".
func (ps *periodParser) single(i int) match {
	for _, rule := range [...]func(*periodParser, int) match{
		(*periodParser).leadingMonths,
		(*periodParser).halfYear,
		(*periodParser).wholeYear,
		(*periodParser).quarter,
		(*periodParser).month,
		(*periodParser).date,
		(*periodParser).year,
	} {
		if m := rule(ps, i); m.st != stNone {
			return m
		}
	}
	return match{}
}

// latestPhrases mean "the newest figures".
var latestPhrases = [][]string{
	{"hien", "nay"}, {"hien", "tai"}, {"hien", "gio"}, {"bay", "gio"},
	{"moi", "nhat"}, {"gan", "nhat"}, {"gan", "day"}, {"den", "nay"},
}

func (ps *periodParser) latest(i int) match {
	for _, ph := range latestPhrases {
		if ps.at(i, ph...) {
			return match{p: Period{Kind: PeriodLatest, Label: labelLatest}, n: len(ph), st: stOK}
		}
	}
	return match{}
}

// asOfPrefixes introduce a cut-off date; the longest comes first.
var asOfPrefixes = [][]string{
	{"tinh", "den", "thoi", "diem"}, {"tinh", "den"}, {"tinh", "toi"},
	{"cho", "den"}, {"den", "thoi", "diem"}, {"tai", "thoi", "diem"}, {"den"},
}

// asOf matches "tính đến 27/02/2019", "đến hết quý 1/2019", "tính đến nay".
func (ps *periodParser) asOf(i int) match {
	j := -1
	for _, pre := range asOfPrefixes {
		if ps.at(i, pre...) {
			j = i + len(pre)
			break
		}
	}
	if j < 0 {
		return match{}
	}
	if ps.tok(j) == "nay" {
		return match{p: Period{Kind: PeriodLatest, Label: labelLatest}, n: j + 1 - i, st: stOK}
	}
	if m := ps.latest(j); m.st == stOK {
		m.n += j - i
		return m
	}
	if t := ps.tok(j); t == "het" || t == "cuoi" {
		j++
	}
	m := ps.single(j)
	if m.st == stNone {
		return match{}
	}
	m.n += j - i
	if m.st == stOK && m.p.Kind != PeriodAsOf {
		m.p = Period{Kind: PeriodAsOf, End: m.p.End, Label: fmt.Sprintf(labelAsOfEnd, m.p.Label)}
	}
	return m
}

// fromTo matches "[từ] A đến B" where A and B are months, quarters, years
// or days, or B is "nay": "từ tháng 1 đến tháng 5 năm 2019",
// "từ đầu năm đến nay", "từ 2017 đến 2020".
func (ps *periodParser) fromTo(i int) match {
	j := i
	hasFrom := ps.tok(j) == "tu"
	if hasFrom {
		j++
	}
	start, n, st := ps.pointSpec(j, hasFrom)
	if st != stOK {
		if hasFrom && st != stNone {
			return match{n: j + n - i, st: st}
		}
		return match{}
	}
	k := j + n
	switch {
	case ps.at(k, "cho", "den"):
		k += 2
	case ps.tok(k) == "den" || ps.tok(k) == "toi":
		k++
	default:
		return match{}
	}
	if t := ps.tok(k); t == "het" || t == "cuoi" {
		k++
	}
	toNow := false
	var end spec
	if ps.tok(k) == "nay" {
		toNow, k = true, k+1
	} else if m := ps.latest(k); m.st == stOK {
		toNow, k = true, k+m.n
	} else {
		var n int
		end, n, st = ps.pointSpec(k, false)
		if st != stOK {
			if st != stNone {
				return match{n: k + n - i, st: st}
			}
			return match{}
		}
		k += n
		if end.unit == unitYearStart {
			return match{}
		}
	}
	m := match{n: k - i}
	m.p, m.st = ps.buildFromTo(start, end, toNow)
	return m
}

// buildFromTo fills the missing years of a from-to pair and labels it.
func (ps *periodParser) buildFromTo(start, end spec, toNow bool) (Period, status) {
	switch {
	case toNow:
		if start.year == 0 {
			start.year = ps.latestStartedYear(start)
		}
	case start.year == 0 && end.year == 0:
		start.year = ps.latestStartedYear(start)
		end.year = start.year
		if end.last() < start.first() {
			end.year++
		}
	case start.year == 0:
		start.year = end.year
		if end.last() < start.first() {
			start.year--
		}
	case end.year == 0:
		end.year = start.year
		if end.last() < start.first() {
			end.year++
		}
	}
	if !validYear(start.year) || toNow && !validYear(ps.refYear()) || !toNow && !validYear(end.year) {
		return Period{}, stBadYear
	}
	p := Period{Kind: PeriodRange, Start: start.first()}
	if toNow {
		p.End = ps.refDate()
		p.Label = fmt.Sprintf(labelFromToNow, start.label())
	} else {
		p.End = end.last()
		p.Label = fmt.Sprintf(labelFromTo, start.label(), end.label())
	}
	if p.End < p.Start {
		return Period{}, stBadRange
	}
	if toNow {
		return p, stOK
	}
	sameYear := start.year == end.year
	switch {
	case start.unit == unitMonth && end.unit == unitMonth && sameYear:
		a, b := start.num, end.num
		switch {
		case a == b:
			return start.period(), stOK
		case a == 1:
			p.Label = fmt.Sprintf(labelLeadingMonths, b, end.year)
		case b == 12:
			p.Label = fmt.Sprintf(labelTrailingMonths, 13-a, end.year)
		default:
			p.Label = fmt.Sprintf(labelMonthsInYear, a, b, end.year)
		}
	case start.unit == unitQuarter && end.unit == unitQuarter && sameYear:
		if start.num == end.num {
			return start.period(), stOK
		}
		p.Label = fmt.Sprintf(labelQuartersInYear, start.num, end.num, end.year)
	case start.unit == unitYear && end.unit == unitYear:
		if sameYear {
			return start.period(), stOK
		}
		p.Label = fmt.Sprintf(labelYears, start.year, end.year)
	}
	return p, stOK
}

// latestStartedYear is the year of the latest occurrence of s (a month
// or quarter written without a year) that has started by ref.
func (ps *periodParser) latestStartedYear(s spec) int {
	if s.firstMonth() <= ps.refMonth() {
		return ps.refYear()
	}
	return ps.refYear() - 1
}

// pointSpec matches one end of a from-to: a quarter, month, day or year
// ("năm 2017" or a bare year), or, as a start, "đầu năm [YYYY]".
func (ps *periodParser) pointSpec(i int, allowYearStart bool) (spec, int, status) {
	if allowYearStart && ps.at(i, "dau", "nam") {
		y, n, st := ps.yearAfterNam(i + 1)
		if st != stOK {
			return spec{}, 1 + n, st
		}
		return spec{unit: unitYearStart, year: y}, 1 + n, stOK
	}
	if sp, n, st := ps.quarterSpec(i); st != stNone {
		return sp, n, st
	}
	if sp, n, st := ps.monthSpec(i); st != stNone {
		return sp, n, st
	}
	j := i
	if ps.tok(j) == "ngay" {
		j++
	}
	if sp, n, st := ps.daySpec(j, j > i); st != stNone {
		return sp, j - i + n, st
	}
	if ps.tok(i) == "nam" || isYearToken(ps.tok(i)) {
		if y, n, st := ps.yearSpec(i); st != stNone {
			return spec{unit: unitYear, year: y}, n, st
		}
	}
	return spec{}, 0, stNone
}

// yearRange matches "giai đoạn 2017-2020", "2017-2020", "năm 2017-2020"
// and "giai đoạn 2017 2020" (what "2017 – 2020" becomes).
func (ps *periodParser) yearRange(i int) match {
	j := i
	named := ps.at(j, "giai", "doan")
	if named {
		j += 2
	}
	if ps.tok(j) == "nam" && strings.IndexByte(ps.tok(j+1), '-') > 0 {
		j++
	}
	if y1, y2, ok := splitYearRange(ps.tok(j)); ok {
		return ps.yearsMatch(y1, y2, j+1-i)
	}
	if !named {
		return match{}
	}
	if m := ps.fromTo(j); m.st != stNone {
		m.n += j - i
		return m
	}
	if isYearToken(ps.tok(j)) && isYearToken(ps.tok(j+1)) {
		y1, _ := strconv.Atoi(ps.tok(j))
		y2, _ := strconv.Atoi(ps.tok(j + 1))
		return ps.yearsMatch(y1, y2, j+2-i)
	}
	return match{}
}

func (ps *periodParser) yearsMatch(y1, y2, n int) match {
	p, st := ps.buildFromTo(spec{unit: unitYear, year: y1}, spec{unit: unitYear, year: y2}, false)
	return match{p: p, n: n, st: st}
}

// splitYearRange splits "2017-2020".
func splitYearRange(t string) (int, int, bool) {
	a, b, ok := strings.Cut(t, "-")
	if !ok || !isYearToken(a) || !isYearToken(b) {
		return 0, 0, false
	}
	y1, _ := strconv.Atoi(a)
	y2, _ := strconv.Atoi(b)
	return y1, y2, true
}

// rollingWindows follow "N tháng" when it means the last N months, which
// is not a calendar period this package can name.
var rollingWindows = [][]string{
	{"vua", "qua"}, {"gan", "day"}, {"gan", "nhat"}, {"tiep", "theo"},
	{"qua"}, {"truoc"}, {"toi"}, {"sau"}, {"nay"},
}

// leadingMonths matches "5 tháng đầu năm 2019", "6 tháng cuối năm",
// "6 tháng", "5 tháng năm 2019".
func (ps *periodParser) leadingMonths(i int) match {
	count := ps.tok(i)
	if !isDigits(count) || len(count) > 2 || ps.tok(i+1) != "thang" {
		return match{}
	}
	j := i + 2
	if next := ps.tok(j); !isYearToken(next) && (isDigits(next) || strings.IndexAny(next, "/-.") >= 0) {
		return match{} // "5 tháng 6 năm 2019" is a date, not a count of months
	}
	for _, w := range rollingWindows {
		if ps.at(j, w...) {
			return match{n: j + len(w) - i, st: stBadRange}
		}
	}
	fromEnd := false
	edge := false
	switch ps.tok(j) {
	case "cuoi":
		fromEnd = true
		fallthrough
	case "dau":
		edge = true
		j++
	}
	y, n, st := ps.refYear(), 0, stOK
	if ps.tok(j) == "nam" {
		y, n, st = ps.yearAfterNam(j)
	} else if yy, nn, sst := ps.yearSpec(j); sst != stNone {
		y, n, st = yy, nn, sst
	}
	j += n
	if st != stOK {
		return match{n: j - i, st: st}
	}
	if !validYear(y) {
		return match{n: j - i, st: stBadYear}
	}
	months, _ := strconv.Atoi(count)
	if months < 1 || months > 12 {
		if edge {
			return match{n: j - i, st: stBadRange}
		}
		return match{}
	}
	if fromEnd {
		return match{p: monthsPeriod(y, 13-months, 12, fmt.Sprintf(labelTrailingMonths, months, y)), n: j - i, st: stOK}
	}
	return match{p: monthsPeriod(y, 1, months, fmt.Sprintf(labelLeadingMonths, months, y)), n: j - i, st: stOK}
}

// halfYear matches "nửa đầu năm [2019]" and "nửa cuối năm".
func (ps *periodParser) halfYear(i int) match {
	if ps.tok(i) != "nua" || ps.tok(i+2) != "nam" {
		return match{}
	}
	var first, last int
	var label string
	switch ps.tok(i + 1) {
	case "dau":
		first, last, label = 1, 6, labelLeadingMonths
	case "cuoi":
		first, last, label = 7, 12, labelTrailingMonths
	default:
		return match{}
	}
	y, n, st := ps.yearAfterNam(i + 2)
	if st != stOK {
		return match{n: 2 + n, st: st}
	}
	return match{p: monthsPeriod(y, first, last, fmt.Sprintf(label, 6, y)), n: 2 + n, st: stOK}
}

// wholeYear matches "cả năm [2019 | nay | ngoái]".
func (ps *periodParser) wholeYear(i int) match {
	if !ps.at(i, "ca", "nam") {
		return match{}
	}
	y, n, st := ps.yearAfterNam(i + 1)
	if st != stOK {
		return match{n: 1 + n, st: st}
	}
	return match{p: spec{unit: unitYear, year: y}.period(), n: 1 + n, st: stOK}
}

func (ps *periodParser) quarter(i int) match {
	sp, n, st := ps.quarterSpec(i)
	return ps.resolved(sp, n, st)
}

func (ps *periodParser) month(i int) match {
	sp, n, st := ps.monthSpec(i)
	return ps.resolved(sp, n, st)
}

// resolved completes a quarter or month written without a year with the
// latest one that has started by ref.
func (ps *periodParser) resolved(sp spec, n int, st status) match {
	if st != stOK {
		return match{n: n, st: st}
	}
	if sp.year == 0 {
		sp.year = ps.latestStartedYear(sp)
	}
	if !validYear(sp.year) {
		return match{n: n, st: stBadYear}
	}
	return match{p: sp.period(), n: n, st: stOK}
}

// date matches "27/02/2019", "ngày 27/2/2019", "ngày 27 tháng 2 năm 2019".
func (ps *periodParser) date(i int) match {
	j := i
	if ps.tok(j) == "ngay" {
		j++
	}
	sp, n, st := ps.daySpec(j, j > i)
	if st == stNone {
		return match{}
	}
	if st != stOK {
		return match{n: j - i + n, st: st}
	}
	return match{p: sp.period(), n: j - i + n, st: stOK}
}

// yearIndicators follow a bare number that counts things ("2019 hồ sơ",
// "2050 người"), so the number is not a year.
var yearIndicators = [][]string{
	{"dich", "vu"}, {"ho", "so"}, {"doanh", "nghiep"}, {"thu", "tuc"},
	{"van", "ban"}, {"tai", "khoan"}, {"don", "vi"}, {"co", "quan"},
	{"cong", "dan"}, {"ho", "gia"}, {"ho", "dan"}, {"can", "bo"},
	{"giao", "dich"}, {"nguoi"}, {"xa"}, {"phuong"}, {"trieu"}, {"dong"},
	{"nghin"}, {"ngan"}, {"luot"}, {"cuoc"}, {"lan"}, {"%"}, {"trang"},
}

// year matches "năm 2018", "năm nay", "năm ngoái" and a bare year
// 2000..2099 that does not count something.
func (ps *periodParser) year(i int) match {
	t := ps.tok(i)
	if t == "nam" {
		y, n, st := ps.yearSpec(i)
		if st != stOK {
			return match{n: n, st: st}
		}
		return match{p: spec{unit: unitYear, year: y}.period(), n: n, st: stOK}
	}
	if !isYearToken(t) {
		return match{}
	}
	y, _ := strconv.Atoi(t)
	if !validYear(y) {
		return match{}
	}
	// "quyết định số 2019", "mã 2019"; but "hồ sơ 2019" is a year.
	if prev := ps.tok(i - 1); prev == "ma" || prev == "so" && ps.tok(i-2) != "ho" {
		return match{}
	}
	for _, w := range yearIndicators {
		if ps.at(i+1, w...) {
			return match{}
		}
	}
	if ps.tok(i+1) == "ty" && ps.tok(i+2) != "le" { // "tỷ" đồng, not "tỷ lệ"
		return match{}
	}
	return match{p: spec{unit: unitYear, year: y}.period(), n: 1, st: stOK}
}

// yearSpec matches a year written after a month or quarter or on its own:
// "năm 2019", "năm nay", "năm ngoái" / "năm trước" / "năm qua" /
// "năm vừa qua", or a bare four-digit number.
func (ps *periodParser) yearSpec(i int) (int, int, status) {
	t := ps.tok(i)
	if t == "nam" {
		next := ps.tok(i + 1)
		if isYearToken(next) {
			y, _ := strconv.Atoi(next)
			if !validYear(y) {
				return 0, 2, stBadYear
			}
			return y, 2, stOK
		}
		if ps.strict {
			return 0, 0, stNone
		}
		y, n := 0, 0
		switch {
		case next == "nay":
			y, n = ps.refYear(), 2
		case next == "ngoai" || next == "truoc" || next == "qua":
			y, n = ps.refYear()-1, 2
		case ps.at(i+1, "vua", "qua"):
			y, n = ps.refYear()-1, 3
		default:
			return 0, 0, stNone
		}
		if !validYear(y) {
			return 0, n, stBadYear
		}
		return y, n, stOK
	}
	if isYearToken(t) {
		y, _ := strconv.Atoi(t)
		if !validYear(y) {
			return 0, 1, stBadYear
		}
		return y, 1, stOK
	}
	return 0, 0, stNone
}

// yearAfterNam reads the year after a "năm" that ends a phrase ("6 tháng
// đầu năm", "cả năm"): "năm 2019", "năm nay", or "năm" alone for ref's year.
func (ps *periodParser) yearAfterNam(i int) (int, int, status) {
	if y, n, st := ps.yearSpec(i); st != stNone {
		return y, n, st
	}
	if ps.strict {
		return 0, 0, stNone
	}
	if !validYear(ps.refYear()) {
		return 0, 1, stBadYear
	}
	return ps.refYear(), 1, stOK
}

// relativeSpec matches "này", "trước", "vừa qua", "gần nhất" after "quý"
// or "tháng" at token i.
func (ps *periodParser) relativeSpec(i int, u unit) (spec, int, status) {
	back, n := 0, 0
	switch {
	case ps.tok(i) == "nay":
		n = 1
	case ps.tok(i) == "truoc":
		back, n = 1, 1
	case ps.at(i, "vua", "qua"), ps.at(i, "gan", "nhat"):
		back, n = 1, 2
	default:
		return spec{}, 0, stNone
	}
	t := time.Date(ps.ref.Year(), ps.ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	sp := spec{unit: u}
	if u == unitQuarter {
		t = t.AddDate(0, -3*back, 0)
		sp.num = quarterOfMonth(int(t.Month()))
	} else {
		t = t.AddDate(0, -back, 0)
		sp.num = int(t.Month())
	}
	sp.year = t.Year()
	if !validYear(sp.year) {
		return spec{}, n, stBadYear
	}
	return sp, n, stOK
}

// quarterSpec matches a quarter: "quý 2/2019", "quý ii năm 2019",
// "quý 2-2019", "quý 2", "quý này", "q2 2019", "q2/2019", "2019q2",
// "2019-q2". A quarter written without a year has year 0.
func (ps *periodParser) quarterSpec(i int) (spec, int, status) {
	t := ps.tok(i)
	if t == "quy" || t == "q" {
		if !ps.strict {
			if sp, n, st := ps.relativeSpec(i+1, unitQuarter); st != stNone {
				return sp, 1 + n, st
			}
		}
		next := ps.tok(i + 1)
		if num, y, ok := splitNumberYear(next); ok {
			q, numeric := quarterNumber(num)
			if !numeric {
				return spec{}, 0, stNone
			}
			return checkedSpec(unitQuarter, q, y, 2)
		}
		q, numeric := quarterNumber(next)
		if !numeric {
			return spec{}, 0, stNone
		}
		return ps.withYear(unitQuarter, q, i+2, 2)
	}
	if num, y, ok := splitQToken(t); ok {
		q, _ := quarterNumber(num)
		if y != 0 {
			return checkedSpec(unitQuarter, q, y, 1)
		}
		if q == 0 && !ps.strict {
			// "q5" alone may be a district (quận 5); with a year it is a typo.
			if _, _, st := ps.yearSpec(i + 1); st == stNone {
				return spec{}, 0, stNone
			}
		}
		return ps.withYear(unitQuarter, q, i+1, 1)
	}
	return spec{}, 0, stNone
}

// monthSpec matches a month: "tháng 5/2019", "tháng 5 năm 2019",
// "tháng 5", "tháng này", "tháng trước", "t5/2019", "t5 năm 2019".
func (ps *periodParser) monthSpec(i int) (spec, int, status) {
	t := ps.tok(i)
	if t == "thang" {
		if !ps.strict {
			if sp, n, st := ps.relativeSpec(i+1, unitMonth); st != stNone {
				return sp, 1 + n, st
			}
		}
		next := ps.tok(i + 1)
		if num, y, ok := splitNumberYear(next); ok {
			if !isDigits(num) {
				return spec{}, 0, stNone
			}
			m, _ := strconv.Atoi(num)
			return checkedSpec(unitMonth, m, y, 2)
		}
		if !isDigits(next) || len(next) > 2 {
			return spec{}, 0, stNone
		}
		m, _ := strconv.Atoi(next)
		return ps.withYear(unitMonth, m, i+2, 2)
	}
	if len(t) >= 2 && t[0] == 't' && isDigit(t[1]) {
		num, y, ok := splitNumberYear(t[1:])
		if !ok {
			num = t[1:]
		}
		if !isDigits(num) || len(num) > 2 {
			return spec{}, 0, stNone
		}
		m, _ := strconv.Atoi(num)
		if ok {
			return checkedSpec(unitMonth, m, y, 1)
		}
		// "t5" alone may be thứ 5 (Thursday): require a year.
		if _, _, st := ps.yearSpec(i + 1); st == stNone {
			return spec{}, 0, stNone
		}
		return ps.withYear(unitMonth, m, i+1, 1)
	}
	return spec{}, 0, stNone
}

// withYear completes a quarter or month number whose year, if any, is
// written from token j on; n tokens are already consumed.
func (ps *periodParser) withYear(u unit, num, j, n int) (spec, int, status) {
	y, yn, st := ps.yearSpec(j)
	n += yn
	if st == stBadYear {
		return spec{}, n, st
	}
	return checkedSpec(u, num, y, n)
}

// checkedSpec validates a quarter or month; year 0 means "not written".
func checkedSpec(u unit, num, y, n int) (spec, int, status) {
	switch {
	case u == unitQuarter && (num < 1 || num > 4):
		return spec{}, n, stBadQuarter
	case u == unitMonth && (num < 1 || num > 12):
		return spec{}, n, stBadMonth
	case y != 0 && !validYear(y):
		return spec{}, n, stBadYear
	}
	return spec{unit: u, year: y, num: num}, n, stOK
}

// daySpec matches a date token "27/02/2019", "27-2-2019", "27.02.2019",
// "2019-02-27", or, when words is set (after "ngày"), "27 tháng 2 năm
// 2019".
func (ps *periodParser) daySpec(i int, words bool) (spec, int, status) {
	var d, m, y string
	n := 1
	t := ps.tok(i)
	if parts := splitDate(t); parts != nil {
		d, m, y = parts[0], parts[1], parts[2]
		if len(d) == 4 { // ISO
			d, y = y, d
		}
	} else if words && isDigits(t) && len(t) <= 2 && ps.tok(i+1) == "thang" && isDigits(ps.tok(i+2)) && len(ps.tok(i+2)) <= 2 {
		d, m = t, ps.tok(i+2)
		n = 3
		switch {
		case ps.tok(i+3) == "nam" && isYearToken(ps.tok(i+4)):
			y, n = ps.tok(i+4), 5
		case isYearToken(ps.tok(i + 3)):
			y, n = ps.tok(i+3), 4
		default:
			return spec{}, 0, stNone
		}
	} else {
		return spec{}, 0, stNone
	}
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	switch {
	case !validYear(yy):
		return spec{}, n, stBadYear
	case mm < 1 || mm > 12:
		return spec{}, n, stBadMonth
	case dd < 1 || dd > daysIn(yy, mm):
		return spec{}, n, stBadDate
	}
	return spec{unit: unitDay, year: yy, num: mm, day: dd}, n, stOK
}

// splitDate splits "27/02/2019" (one kind of separator, day and month of
// one or two digits, four-digit year) or "2019-02-27".
func splitDate(t string) []string {
	sep := strings.IndexAny(t, "/-.")
	if sep < 0 {
		return nil
	}
	parts := strings.Split(t, t[sep:sep+1])
	if len(parts) != 3 {
		return nil
	}
	for _, p := range parts {
		if !isDigits(p) {
			return nil
		}
	}
	short := func(p string) bool { return len(p) <= 2 }
	switch {
	case short(parts[0]) && short(parts[1]) && len(parts[2]) == 4:
	case len(parts[0]) == 4 && t[sep] == '-' && short(parts[1]) && short(parts[2]):
	default:
		return nil
	}
	return parts
}

// splitNumberYear splits "2/2019", "ii-2019", "5.2019" into the part
// before the separator and a four-digit year; the year may be out of range.
func splitNumberYear(t string) (string, int, bool) {
	sep := strings.IndexAny(t, "/-.")
	if sep <= 0 || !isYearToken(t[sep+1:]) {
		return "", 0, false
	}
	y, _ := strconv.Atoi(t[sep+1:])
	return t[:sep], y, true
}

// splitQToken splits "q2", "q2/2019", "q2-2019", "2019q2", "2019-q2" into
// the quarter number text and the year (0 if none).
func splitQToken(t string) (string, int, bool) {
	if len(t) >= 2 && t[0] == 'q' && isDigit(t[1]) {
		if num, y, ok := splitNumberYear(t[1:]); ok && isDigits(num) && len(num) <= 2 {
			return num, y, true
		}
		if isDigits(t[1:]) && len(t) <= 3 {
			return t[1:], 0, true
		}
		return "", 0, false
	}
	if len(t) >= 6 && isYearToken(t[:4]) {
		rest := t[4:]
		if rest[0] == '-' || rest[0] == '/' || rest[0] == '.' {
			rest = rest[1:]
		}
		if len(rest) >= 2 && len(rest) <= 3 && rest[0] == 'q' && isDigits(rest[1:]) {
			y, _ := strconv.Atoi(t[:4])
			return rest[1:], y, true
		}
	}
	return "", 0, false
}

// quarterNumber reads a quarter written in digits or Roman numerals; it
// returns 0 for a number that is not a quarter ("5") and numeric=false
// for something that is not a number at all (such as "dinh" in "quy
// dinh").
func quarterNumber(t string) (q int, numeric bool) {
	switch t {
	case "i":
		return 1, true
	case "ii":
		return 2, true
	case "iii":
		return 3, true
	case "iv":
		return 4, true
	}
	if !isDigits(t) || len(t) > 2 {
		return 0, false
	}
	q, _ = strconv.Atoi(t)
	if q < 1 || q > 4 {
		return 0, true
	}
	return q, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isYearToken reports whether t is four digits, in range or not.
func isYearToken(t string) bool { return len(t) == 4 && isDigits(t) }
