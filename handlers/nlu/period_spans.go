package nlu

// Periods that span part of a year ("5 tháng đầu năm", "nửa đầu năm"), a
// whole year, a quarter, a month or a day.

import (
	"fmt"
	"strconv"
	"strings"
)

// notAfterQuarters end "cả 2 quý" without making it this year's: "đầu",
// "cuối" (read below), "là", "thì" or nothing ("cộng cả hai quý là bao
// nhiêu": the two quarters the chat asked).
var notAfterQuarters = setOf("", "dau", "cuoi", "la", "thi")

// leadingMonths matches "5 tháng đầu năm 2019", "6 tháng cuối năm",
// "6 tháng", "5 tháng năm 2019".
func (ps *periodParser) leadingMonths(i int) match {
	count := ps.tok(i)
	// "cả 2 quý năm nay", "cả hai quý 2019": the quarters of the year so
	// far, from its start.
	// "cộng dồn 2 quý", "cộng 2 quý", "cả 2 quý" with no year: of this
	// year.
	after := ps.tok(i + 2)
	// ("cả 1 quý" is no span of quarters: the quarter itself is read.)
	allOfYear := count != "1" && count != "mot" && (ps.tok(i-1) == "ca" || ps.tok(i-1) == "don" || ps.tok(i-1) == "cong") && ps.tok(i+1) == "quy" &&
		(after == "nam" || isYearToken(after) || !isDigits(after) && !romanQuarters[after] && !notAfterQuarters[after])
	quarters := ps.tok(i+1) == "quy" && (ps.tok(i+2) == "dau" || ps.tok(i+2) == "cuoi" || allOfYear)
	if n, ok := countWords[count]; ok && (ps.tok(i+2) == "dau" || ps.tok(i+2) == "cuoi" || allOfYear) {
		// "hai quý đầu năm 2019", "năm tháng đầu năm 2019": the count in
		// words, at the start or end of a year only ("năm tháng" alone is
		// no count).
		count = strconv.Itoa(n)
	}
	if word, y, ok := splitNumberYear(ps.tok(i+1), !ps.strict); ok && word == "thang" && isDigits(count) && len(count) <= 2 {
		// "5 tháng/2019", as a spreadsheet's heading has it: the first
		// five months.
		months, _ := strconv.Atoi(count)
		switch {
		case months < 1 || months > 12:
			return match{n: 2, st: stBadRange}
		case !validYear(y):
			return match{n: 2, st: stBadYear}
		}
		return match{p: monthsPeriod(y, 1, months, fmt.Sprintf(labelLeadingMonths, months, y)), n: 2, st: stOK}
	}
	if !isDigits(count) || len(count) > 2 || ps.tok(i+1) != "thang" && !quarters {
		return match{}
	}
	if quarters {
		// "2 quý đầu năm 2019": the first six months.
		q, _ := strconv.Atoi(count)
		if q < 1 || q > 4 {
			return match{n: 3, st: stBadRange}
		}
		count = strconv.Itoa(3 * q)
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

// halfYear matches "nửa đầu năm [2019]", "nửa cuối năm" and "nửa đầu
// 2019" (the year without "năm").
func (ps *periodParser) halfYear(i int) match {
	if ps.tok(i) != "nua" || ps.tok(i+2) != "nam" && !isYearToken(ps.tok(i+2)) {
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
	var y, n int
	st := stOK
	if ps.tok(i+2) == "nam" {
		y, n, st = ps.yearAfterNam(i + 2)
	} else {
		y, _ = strconv.Atoi(ps.tok(i + 2))
		n = 1
		if !validYear(y) {
			st = stBadYear
		}
	}
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
	guessed := sp.year == 0
	if guessed {
		sp.year = ps.latestStartedYear(sp)
	}
	if !validYear(sp.year) {
		return match{n: n, st: stBadYear}
	}
	p := sp.period()
	p.YearGuessed = guessed
	return match{p: p, n: n, st: stOK}
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
	if j > i && isDocumentCode(ps.tok(i-1)) {
		// "Nghị quyết số 22/2016/NQ-HĐND ngày 24/9/2016": when the
		// resolution was passed, not the period asked about.
		return match{n: j - i + n, st: stDocDate}
	}
	return match{p: sp.period(), n: j - i + n, st: stOK}
}

// isDocumentCode reports whether a token is a document's number with its
// kind ("22/2016/nq-hdnd", "47/bc-stttt"), not a date.
func isDocumentCode(t string) bool {
	return len(t) > 2 && isDigit(t[0]) && strings.IndexByte(t, '/') > 0 &&
		strings.IndexFunc(t, func(r rune) bool { return 'a' <= r && r <= 'z' }) > 0
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

// yearStartHeads make "đầu năm" part of a longer span ("từ đầu năm",
// "nửa đầu năm", "tháng đầu năm", "quý đầu năm").
var yearStartHeads = setOf("tu", "nua", "thang", "quy", "ky", "sau", "trong")

// passWords set a bound a figure passes or not ("quá 2000 chưa").
var passWords = setOf("qua", "vuot", "tren", "duoi")

// startOfThisYear matches "đầu năm nay" as its first quarter ("Nghi
// Xuân đầu năm nay có bao nhiêu hồ sơ"), all three words its span; "từ
// đầu năm nay", "6 tháng đầu năm nay", "đầu năm nay đến …" are spans
// other rules read.
func (ps *periodParser) startOfThisYear(i int) match {
	if !ps.at(i, "dau", "nam", "nay") || yearStartHeads[ps.tok(i-1)] || isDigits(ps.tok(i-1)) || ps.tok(i+3) == "den" || ps.tok(i+3) == "toi" {
		return match{}
	}
	y, n, st := ps.yearSpec(i + 1)
	if st != stOK {
		return match{}
	}
	return match{p: spec{unit: unitQuarter, num: 1, year: y}.period(), n: 1 + n, st: stOK}
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
	// "quyết định số 2019", "mã 2019"; but "hồ sơ 2019" is a year, and
	// so is "so 2017 hơn bao nhiêu" (set against 2017).
	if prev := ps.tok(i - 1); prev == "ma" || prev == "so" && ps.tok(i-2) != "ho" && !ps.moreAfter(i) && !ps.changeBefore(i) || ps.boundBefore(i) {
		// ("trên 2000 hồ sơ", "trên 2000?": a bound.)
		return match{}
	}
	if next := ps.tok(i + 1); passWords[ps.tok(i-1)] && (next == "chua" || next == "khong" || ps.tok(i-2) == "da" && (next == "" || next == "?")) {
		// "mức 3 đã quá 2000 chưa": a bound asked about, no year ("qua
		// 2018" alone goes on to that year).
		return match{}
	}
	// "2018 hs tt bn": a message that opens with the number and asks how
	// many of the things after it asks about that year.
	opensAsking := i == 0 && (PhraseIndex(ps.toks, "bao nhieu") > 0 || PhraseIndex(ps.toks, "may") > 0)
	for _, w := range yearIndicators {
		if ps.at(i+1, w...) && !opensAsking && !ps.at(i+1, "lan", "luot") {
			// ("2017 và 2018 lần lượt là": respectively, no count.)
			return match{}
		}
	}
	if ps.tok(i+1) == "ty" && ps.tok(i+2) != "le" { // "tỷ" đồng, not "tỷ lệ"
		return match{}
	}
	return match{p: spec{unit: unitYear, year: y}.period(), n: 1, st: stOK}
}

// changeBefore: a word of change comes before token i ("tăng bn so
// 2018": "so" is "so với").
func (ps *periodParser) changeBefore(i int) bool {
	for k := 0; k < i; k++ {
		switch ps.toks[k] {
		case "tang", "giam", "hon", "kem", "chenh":
			return true
		}
	}
	return false
}

// moreAfter: "hơn" or "kém" follows token i.
func (ps *periodParser) moreAfter(i int) bool {
	for k := i + 1; k < len(ps.toks); k++ {
		if ps.toks[k] == "hon" || ps.toks[k] == "kem" {
			return true
		}
	}
	return false
}
