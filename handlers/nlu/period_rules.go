package nlu

// The grammar of periods: the rules FindPeriod tries at each position,
// most specific first, and ranges between two points.

import (
	"fmt"
	"strconv"
	"strings"
)

// parseAt tries every rule at token i, most specific first.
func (ps *periodParser) parseAt(i int) match {
	for _, rule := range [...]func(*periodParser, int) match{
		(*periodParser).latest,
		(*periodParser).asOf,
		(*periodParser).fromTo,
		(*periodParser).spanToken,
		(*periodParser).yearRange,
		(*periodParser).single,
	} {
		if m := rule(ps, i); m.st != stNone {
			if m.st == stOK {
				m.p = wholeQuarter(m.p)
			}
			return m
		}
	}
	return match{}
}

// single matches a period that is not latest, as-of or from-to; it is
// also what may follow "đến hết".
func (ps *periodParser) single(i int) match {
	for _, rule := range [...]func(*periodParser, int) match{
		(*periodParser).quartersOfAll,
		(*periodParser).leadingMonths,
		(*periodParser).halfYear,
		(*periodParser).wholeYear,
		(*periodParser).quarter,
		(*periodParser).month,
		(*periodParser).date,
		(*periodParser).startOfThisYear,
		(*periodParser).year,
	} {
		if m := rule(ps, i); m.st != stNone {
			if m.st == stOK {
				m.p = wholeQuarter(m.p)
			}
			return m
		}
	}
	return match{}
}

// quartersOfAll matches "cả 2 quý 2019", "cộng dồn 2 quý", "cộng 2 quý"
// from the word before the count, which makes them the quarters of a year
// so far (leadingMonths): the span found holds every word its reading
// depends on.
func (ps *periodParser) quartersOfAll(i int) match {
	if t := ps.tok(i); t != "ca" && t != "don" && t != "cong" {
		return match{}
	}
	m := ps.leadingMonths(i + 1)
	if m.st != stOK || m.n == 0 {
		return match{}
	}
	m.n++
	return m
}

// latestPhrases mean "the newest figures".
var latestPhrases = [][]string{
	{"hien", "nay"}, {"hien", "tai"}, {"hien", "gio"}, {"bay", "gio"},
	{"moi", "nhat"}, {"gan", "nhat"}, {"gan", "day"}, {"den", "nay"}, {"hom", "nay"},
	{"dao", "nay"}, {"dao", "ni"}, // "dạo này", Nghệ Tĩnh "dạo ni": lately
	// "đến thời điểm báo cáo": as of the report, the newest figures.
	{"thoi", "diem", "bao", "cao"},
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
	if j < 0 && (ps.tok(i) == "het" || ps.tok(i) == "cuoi") && ps.tok(i+1) == "thang" {
		// "hết tháng 3", "cuối tháng 6": the end of that month.
		j = i
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
	ended := false
	if t := ps.tok(j); t == "het" || t == "cuoi" {
		j, ended = j+1, true
	}
	m := ps.single(j)
	if m.st == stNone && ended && ps.tok(j) == "nam" {
		// "dự kiến đến cuối năm": the end of this year.
		if y, n, st := ps.yearAfterNam(j); st == stOK {
			year := spec{unit: unitYear, year: y}.period()
			return match{p: Period{Kind: PeriodAsOf, End: year.End, Label: fmt.Sprintf(labelAsOfEnd, year.Label)}, n: j + n - i, st: stOK}
		}
	}
	if m.st == stNone {
		return match{}
	}
	m.n += j - i
	if m.st == stOK && m.p.Kind != PeriodAsOf {
		m.p = Period{Kind: PeriodAsOf, End: m.p.End, Label: fmt.Sprintf(labelAsOfEnd, m.p.Label)}
	}
	return m
}

// spanToken matches a range written as one token, as a spreadsheet's
// heading has it: "t1-t5/2019", "t1-5/2019", "q1-q2/2019": from the first
// month (or quarter) to the second, of the year after the slash; or two
// dates or months joined by a dash: "1/1-31/3/2019", "01/2018-12/2018".
func (ps *periodParser) spanToken(i int) match {
	t := ps.tok(i)
	if a, b, ok := strings.Cut(t, "-"); ok && !strings.Contains(b, "-") {
		start, okA := datePoint(a)
		end, okB := datePoint(b)
		if okA && okB && end.year != 0 {
			p, st := ps.buildFromTo(start, end, false)
			return match{p: p, n: 1, st: st}
		}
	}
	if len(t) < 6 || (t[0] != 't' && t[0] != 'q') || !isDigit(t[1]) {
		return match{}
	}
	u := unitMonth
	if t[0] == 'q' {
		u = unitQuarter
	}
	a, rest, ok := strings.Cut(t[1:], "-")
	if !ok || !isDigits(a) || len(a) > 2 {
		return match{}
	}
	b, y, ok := splitNumberYear(strings.TrimPrefix(rest, t[:1]), !ps.strict)
	if !ok || !isDigits(b) || len(b) > 2 {
		return match{}
	}
	na, _ := strconv.Atoi(a)
	nb, _ := strconv.Atoi(b)
	start, _, st := checkedSpec(u, na, y, 1)
	if st != stOK {
		return match{n: 1, st: st}
	}
	end, _, st := checkedSpec(u, nb, y, 1)
	if st != stOK {
		return match{n: 1, st: st}
	}
	p, st := ps.buildFromTo(start, end, false)
	return match{p: p, n: 1, st: st}
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
	// "đầu năm tới giờ" (no "từ"): the year so far, as "từ đầu năm đến
	// nay".
	yearSoFar := !hasFrom && ps.at(j, "dau", "nam") && (ps.at(j+2, "den") || ps.at(j+2, "toi")) && (ps.tok(j+3) == "nay" || ps.tok(j+3) == "gio")
	start, n, st := ps.pointSpec(j, hasFrom || yearSoFar)
	if st == stNone && hasFrom && (ps.tok(j+1) == "den" || ps.tok(j+1) == "toi") {
		// "từ 01/4 đến 30/6/2019": a day and month, of the end's year.
		if sp, ok := datePoint(ps.tok(j)); ok {
			start, n, st = sp, 1, stOK
		}
	}
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
	case start.unit == unitDay && n == 1 && fullDate(ps.tok(k)):
		// "trong khoảng 01/01/2019 - 31/03/2019": two whole dates side by
		// side (the dash between them is no word), from the one to the
		// other.
	case hasFrom && start.unit == unitYearStart && n == 2:
		// "lũy kế từ đầu năm" (no year typed): to this day, as "từ đầu
		// năm đến nay".
		m := match{n: k - i}
		m.p, m.st = ps.buildFromTo(start, spec{}, true)
		return m
	default:
		return match{}
	}
	if t := ps.tok(k); t == "het" || t == "cuoi" {
		k++
	}
	toNow := false
	var end spec
	if ps.tok(k) == "nay" || ps.tok(k) == "gio" {
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
	if !start.validDay() || !toNow && !end.validDay() {
		return Period{}, stBadDate
	}
	if s, e := start.asMonth(true), end.asMonth(false); s.unit != unitDay && (toNow || e.unit != unitDay) {
		// (Both ends whole months, or the day "từ ngày 1/1/2019 đến
		// ngày 27/2/2019" names stays a day.)
		start, end = s, e
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
		case a == 1 && b == 12:
			// "từ 01/01 đến 31/12/2017": the year.
			return spec{unit: unitYear, year: end.year}.period(), stOK
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

// fullDate: a token that is a day, month and year ("31/03/2019").
func fullDate(t string) bool {
	sp, ok := datePoint(t)
	return ok && sp.unit == unitDay && sp.year > 0
}
