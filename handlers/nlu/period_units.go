package nlu

// The pieces a period is written with: years, quarters, months, days,
// relative words, and the tokens that carry them.

import (
	"strconv"
	"strings"
	"time"
)

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
		if isDigits(next) && len(next) > 4 { // "năm 99999999": no year
			return 0, 2, stBadYear
		}
		if isDigits(next) && len(next) == 2 && !ps.strict { // "năm 18": 2018
			y, _ := strconv.Atoi(next)
			return 2000 + y, 2, stOK
		}
		if isDigits(next) && len(next) != 4 && asksAfterYear(ps.tok(i+2)) {
			// "năm 0", "năm 999 là bao nhiêu": a year that cannot be, not
			// "mỗi năm 2 lần".
			return 0, 2, stBadYear
		}
		if ps.strict {
			return 0, 0, stNone
		}
		y, n := 0, 0
		switch {
		case next == "nay":
			y, n = ps.refYear(), 2
		case next == "truoc" && ps.tok(i+2) == "nua": // "năm trước nữa": the one before last
			y, n = ps.refYear()-2, 3
		case next == "ngoai" || next == "truoc" || next == "qua":
			y, n = ps.refYear()-1, 2
		case next == "kia": // "năm kia": the year before last
			y, n = ps.refYear()-2, 2
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
	if isYearToken(t) && !ps.boundBefore(i) {
		y, _ := strconv.Atoi(t)
		if !validYear(y) {
			return 0, 1, stBadYear
		}
		return y, 1, stOK
	}
	return 0, 0, stNone
}

// yearBound are the words that make a bare four digits after them a
// bound, not a year.
var yearBound = map[string]bool{"tren": true, "duoi": true, "vuot": true}

// boundBefore: the words before token i make it a bound ("trên 2000",
// "chưa tới 2000", "không đến 2000"), not a year.
func (ps *periodParser) boundBefore(i int) bool {
	prev, before := ps.tok(i-1), ps.tok(i-2)
	return yearBound[prev] || (prev == "toi" || prev == "den" || prev == "duoc") && (before == "chua" || before == "khong" || before == "ko")
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

// relativeSpec matches "này", "trước", "trước nữa", "vừa qua", "gần nhất"
// after "quý" or "tháng" at token i.
func (ps *periodParser) relativeSpec(i int, u unit) (spec, int, status) {
	back, n := 0, 0
	switch {
	case ps.tok(i) == "nay":
		n = 1
	case ps.at(i, "truoc", "nua"):
		back, n = 2, 2 // "quý trước nữa": the one before last
	case ps.tok(i) == "truoc":
		back, n = 1, 1
	case ps.at(i, "vua", "qua"), ps.at(i, "vua", "roi"), ps.at(i, "gan", "nhat"), ps.at(i, "vua", "xong"):
		back, n = 1, 2
	default:
		return spec{}, 0, stNone
	}
	t := time.Date(ps.ref.Year(), ps.ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	if named := ps.named; back == 1 && n == 1 && named != nil && (u == unitQuarter) == (named.Kind == PeriodQuarter) {
		// "quý 2/2019 … so với quý trước": the one before quý 2/2019.
		if start, err := time.Parse(time.DateOnly, named.Start); err == nil {
			t = start
			if u == unitQuarter {
				t = t.AddDate(0, 2, 0) // the quarter's last month, as today's month is
			}
		}
	}
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
		if next == "dau" && ps.tok(i+2) == "nam" {
			// "quý đầu năm (2019)", "quý đầu năm nay": the first quarter.
			if _, _, st := ps.yearSpec(i + 2); st == stNone {
				return spec{unit: unitQuarter, num: 1}, 3, stOK
			}
			return ps.withYear(unitQuarter, 1, i+2, 2)
		}
		if q, ok := ordinalQuarter(next, ps.tok(i+2)); ok {
			// "quý đầu tiên của năm 2019", "quý thứ hai".
			return ps.withYear(unitQuarter, q, i+3, 3)
		}
		if num, y, ok := splitNumberYear(next, !ps.strict); ok {
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
	if num, y, ok := splitQToken(t, !ps.strict); ok {
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
		if num, y, ok := splitNumberYear(next, !ps.strict); ok {
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
		num, y, ok := splitNumberYear(t[1:], !ps.strict)
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
	if w := ps.tok(j); (w == "cua" || w == "trong") && ps.tok(j+1) == "nam" {
		// "quý 2 của năm 2019", "tháng 5 trong năm 2019": one period.
		if _, _, st := ps.yearSpec(j + 1); st != stNone {
			j, n = j+1, n+1
		}
	}
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
// dayAndMonth: "27" and "2" of "27/2", one or two digits each.
func dayAndMonth(d, m string) bool {
	return isDigits(d) && isDigits(m) && len(d) <= 2 && len(m) <= 2
}

func (ps *periodParser) daySpec(i int, words bool) (spec, int, status) {
	var d, m, y string
	n := 1
	t := ps.tok(i)
	if parts := splitDate(t); parts != nil {
		d, m, y = parts[0], parts[1], parts[2]
		if len(d) == 4 { // ISO
			d, y = y, d
		}
	} else if (words || ps.tok(i-1) == "den") && isDigits(t) && len(t) <= 2 && ps.tok(i+1) == "thang" && isDigits(ps.tok(i+2)) && len(ps.tok(i+2)) <= 2 {
		// "ngày 27 tháng 2 năm 2019", "tính đến 27 tháng 2 năm nay".
		d, m = t, ps.tok(i+2)
		n = 3
		switch {
		case isYearToken(ps.tok(i + 3)):
			y, n = ps.tok(i+3), 4
		case ps.tok(i+3) == "nam":
			yy, k, st := ps.yearSpec(i + 3)
			if st == stNone {
				return spec{}, 0, stNone
			}
			if st != stOK {
				return spec{}, 3 + k, st
			}
			y, n = strconv.Itoa(yy), 3+k
		default:
			return spec{}, 0, stNone
		}
	} else if d0, m0, ok := strings.Cut(t, "/"); ok && dayAndMonth(d0, m0) && ps.tok(i+1) == "nam" {
		// "tính tới 27/2 năm nay": a day and month, the year in words.
		yy, k, st := ps.yearSpec(i + 1)
		if st == stNone {
			return spec{}, 0, stNone
		}
		if st != stOK {
			return spec{}, 1 + k, st
		}
		d, m, y, n = d0, m0, strconv.Itoa(yy), 1+k
	} else if d0, m0, ok := strings.Cut(t, "/"); ok && dayAndMonth(d0, m0) &&
		(words || ps.tok(i-1) == "den" || ps.tok(i-1) == "toi" && ps.tok(i-2) == "tinh") {
		// "tính tới 31/3": a day and month of the latest year it has
		// passed in.
		yy := ps.refYear()
		if dd, mm := atoi(d0), atoi(m0); mm > ps.refMonth() || mm == ps.refMonth() && dd > ps.ref.Day() {
			yy--
		}
		d, m, y = d0, m0, strconv.Itoa(yy)
	} else {
		return spec{}, 0, stNone
	}
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	if n == 1 && mm > 12 && dd >= 1 && dd <= 12 && validYear(yy) && mm <= daysIn(yy, dd) {
		// "2/27/2019", typed the American way: no day-month reading
		// exists, the month-day one does (the reply's label shows it).
		dd, mm = mm, dd
	}
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

// datePoint reads one end of a range typed as digits: "31/3/2019",
// "31.3.2019" (a day), "1/4" (a day, its year to be filled from the other
// end), "01/2018" (a month).
func datePoint(t string) (spec, bool) {
	if parts := splitDate(t); parts != nil && len(parts[0]) <= 2 {
		d, m, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
		sp := spec{unit: unitDay, year: y, num: m, day: d}
		return sp, m >= 1 && m <= 12 && validYear(y) && sp.validDay()
	}
	sep := strings.IndexAny(t, "/.")
	if sep <= 0 {
		return spec{}, false
	}
	a, b := t[:sep], t[sep+1:]
	switch {
	case len(a) <= 2 && isDigits(a) && isYearToken(b):
		m, y := atoi(a), atoi(b)
		return spec{unit: unitMonth, year: y, num: m}, m >= 1 && m <= 12 && validYear(y)
	case dayAndMonth(a, b):
		d, m := atoi(a), atoi(b)
		return spec{unit: unitDay, num: m, day: d}, m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	return spec{}, false
}

// validDay: a day that exists in its month and year (other units hold).
func (s spec) validDay() bool {
	return s.unit != unitDay || s.year == 0 || s.day >= 1 && s.num >= 1 && s.num <= 12 && s.day <= daysIn(s.year, s.num)
}

// asMonth reads a range's end that is a whole month's first day (start)
// or last day (end) as that month: "từ 1/4 đến 30/6/2019" is months 4
// to 6, which a quarter is.
func (s spec) asMonth(start bool) spec {
	if s.unit != unitDay || s.year == 0 {
		return s
	}
	if start && s.day == 1 || !start && s.day == daysIn(s.year, s.num) {
		return spec{unit: unitMonth, year: s.year, num: s.num}
	}
	return s
}

// splitNumberYear splits "2/2019", "ii-2019", "5.2019" into the part
// before the separator and a four-digit year (with short, a two-digit one
// too: "2/19" is 2019); the year may be out of range.
func splitNumberYear(t string, short bool) (string, int, bool) {
	sep := strings.IndexAny(t, "/-.")
	if sep <= 0 {
		return "", 0, false
	}
	year := t[sep+1:]
	if short && len(year) == 2 && isDigits(year) {
		// "q2-19", "tháng 5/19": 2019, as "năm 19" is.
		y, _ := strconv.Atoi(year)
		return t[:sep], 2000 + y, true
	}
	if !isYearToken(year) {
		return "", 0, false
	}
	y, _ := strconv.Atoi(year)
	return t[:sep], y, true
}

// splitQToken splits "q2", "q2/2019", "q2-2019", "2019q2", "2019-q2" into
// the quarter number text and the year (0 if none).
func splitQToken(t string, short bool) (string, int, bool) {
	if len(t) >= 2 && t[0] == 'q' && (t[1] == 'i' || t[1] == 'v') {
		// "qi/2019", "qiv": the quarter in Roman numerals.
		end := 1
		for end < len(t) && (t[end] == 'i' || t[end] == 'v') {
			end++
		}
		if q, _ := quarterNumber(t[1:end]); q > 0 {
			t = "q" + strconv.Itoa(q) + t[end:]
		}
	}
	if len(t) >= 2 && t[0] == 'q' && isDigit(t[1]) {
		if num, y, ok := splitNumberYear(t[1:], short); ok && isDigits(num) && len(num) <= 2 {
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
// ordinalQuarter reads a quarter said as an ordinal: "đầu tiên" (1),
// "thứ nhất", "thứ hai"/"thứ nhì", "thứ ba", "thứ tư".
func ordinalQuarter(a, b string) (int, bool) {
	if a == "dau" && b == "tien" {
		return 1, true
	}
	if a != "thu" {
		return 0, false
	}
	q, ok := map[string]int{"nhat": 1, "nhi": 2, "hai": 2, "ba": 3, "tu": 4}[b]
	return q, ok
}

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
// asksAfterYear: what follows a year written with too few digits ends the
// period or the question (nothing, "bao nhiêu", "là", "thì"), so the
// number was meant as the year.
func asksAfterYear(t string) bool {
	switch t {
	case "", "bao", "la", "thi", "co", "duoc", "the", "ra", "da", "a", "vay", "nhu", "so", "va":
		return true
	}
	return false
}

func isYearToken(t string) bool { return len(t) == 4 && isDigits(t) }
