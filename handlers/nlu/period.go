package nlu

import (
	"fmt"
	"strconv"
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
	// YearGuessed: a quarter or month written without its year ("quý 2"),
	// taken as the latest one that has started; a follow-up may take the
	// year of the question before instead.
	YearGuessed bool `json:",omitempty"`
}

// InYear is the same quarter or month in another year.
func (p Period) InYear(year int) Period {
	switch p.Kind {
	case PeriodQuarter:
		m, _ := strconv.Atoi(p.Start[5:7])
		return spec{unit: unitQuarter, num: quarterOfMonth(m), year: year}.period()
	case PeriodMonth:
		m, _ := strconv.Atoi(p.Start[5:7])
		return spec{unit: unitMonth, num: m, year: year}.period()
	}
	return p
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
	reasonMonthNum    = "tháng phải từ 1 đến 12"
	reasonBadDate     = "ngày này không có trong lịch"
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

// NextQuarter is the quarter after the one p starts in.
func NextQuarter(p Period) Period {
	t, err := time.Parse(time.DateOnly, p.Start)
	if err != nil {
		return Period{}
	}
	return QuarterOf(time.Date(t.Year(), t.Month()+3, 1, 0, 0, 0, 0, time.UTC))
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

// wholeQuarter writes a span of months that is exactly one quarter ("tháng
// 4-6", "3 tháng đầu năm 2019") as that quarter, which units report.
func wholeQuarter(p Period) Period {
	if p.Kind != PeriodRange || len(p.Start) != 10 || len(p.End) != 10 || p.Start[:4] != p.End[:4] || p.Start[8:] != "01" {
		return p
	}
	m := atoi(p.Start[5:7])
	if (m-1)%3 != 0 {
		return p
	}
	q := spec{unit: unitQuarter, num: quarterOfMonth(m), year: atoi(p.Start[:4])}.period()
	if q.End != p.End {
		return p
	}
	return q
}

// invalidReasons say why a period-shaped span is no period.
var invalidReasons = map[status]string{
	stBadQuarter: reasonQuarterNum,
	stBadMonth:   reasonMonthNum,
	stBadYear:    reasonQuarterYear,
	stBadDate:    reasonBadDate,
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
	stDocDate                  // the date of the document named just before it: no period
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
// cumulativeTo is the months from a quarter's year start to its end ("6
// tháng đầu năm 2019" for quý 2/2019); the first quarter stays itself.
func cumulativeTo(quarter Period) Period {
	end, err := time.Parse("2006-01-02", quarter.End)
	if err != nil || end.Month() <= 3 {
		return quarter
	}
	months := int(end.Month())
	return monthsPeriod(end.Year(), 1, months, fmt.Sprintf(labelLeadingMonths, months, end.Year()))
}

func monthsPeriod(y, m1, m2 int, label string) Period {
	return Period{Kind: PeriodRange, Start: civilDate(y, m1, 1), End: civilDate(y, m2, daysIn(y, m2)), Label: label}
}

// periodParser holds one FindPeriod or ParseQuarter call's state.
type periodParser struct {
	toks   []string
	ref    time.Time
	strict bool // ParseQuarter: no relative forms, the year is required
	// named is the last quarter or month the question named: "quý 2/2019
	// … so với quý trước đó" counts back from it, not from today.
	named *Period
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
