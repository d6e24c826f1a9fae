package nlu

import (
	"fmt"
	"strconv"
	"strings"
)

// Numbers said in words, as speech-to-text writes them ("quý hai năm hai
// không mười chín", "dịch vụ công mức ba", "bảy trăm năm mươi thủ tục"):
// written as digits where the words around them expect a number, so the
// rest of the rules read them as if typed. Elsewhere a number word is left
// as it is: "hai" of "cả hai mức", "năm" the year, "sau" (after) folded
// like "sáu".

// digitWords are the folded words of the digits ("mốt", "lăm", "tư" as
// said after tens).
var digitWords = map[string]int{"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
	"sau": 6, "bay": 7, "tam": 8, "chin": 9}

// spokenNumbers writes the numbers said in words that follow a word
// expecting one: a service level, a quarter, a month, a resolution's
// number, a year; and counts said with hundreds or thousands.
func spokenNumbers(tokens []string) []string {
	var out []string // nil until something is written anew
	emit := func(i int, words ...string) {
		if out == nil {
			out = append(make([]string, 0, len(tokens)), tokens[:i]...)
		}
		out = append(out, words...)
	}
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if m, ok := monthWordYear(tokens, i); ok {
			emit(i, t, m)
			i++
			continue
		}
		if n, ok := spokenAfter(tokens, i); ok {
			// The context word itself, then the number.
			if t == "mut" {
				t = "muc" // "mứt độ bốn": speech heard "mức" as "mứt"
			}
			emit(i, t)
			emit(i+1, strconv.Itoa(n.value))
			i += n.words
			continue
		}
		if n, words, ok := spokenDecimal(tokens, i); ok {
			emit(i, n)
			i += words - 1
			continue
		}
		if n, ok := spokenCount(tokens, i); ok {
			emit(i, strconv.Itoa(n.value))
			i += n.words - 1
			continue
		}
		if i > 0 && boundBefore[tokens[i-1]] && i+1 < len(tokens) && (tokens[i+1] == "nghin" || tokens[i+1] == "ngan") && len(t) <= 3 && strings.Trim(t, "0123456789") == "" && t != "" {
			n, _ := strconv.Atoi(t)
			// "quá 50 nghìn lượt": a bound, digits, then thousands said
			// (grouped, "2.000", so that no year is read in them). A
			// figure quoted to check keeps its words ("10 nghìn": see
			// WithoutChecked).
			emit(i, fmt.Sprintf("%d.000", n))
			i++
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return tokens
	}
	return out
}

// monthWordYear reads "tháng năm/2019", "tháng sáu/2019" at i (May and
// June said in words, the year written after them) as the month's number
// with its year.
func monthWordYear(tokens []string, i int) (string, bool) {
	if tokens[i] != "thang" || i+1 >= len(tokens) || i > 0 && isNumber(tokens[i-1]) {
		return "", false // (not "5 tháng năm/2019": the months of the year)
	}
	for word, month := range map[string]string{"nam/": "5/", "sau/": "6/"} {
		if year, ok := strings.CutPrefix(tokens[i+1], word); ok && len(year) == 4 && strings.Trim(year, "0123456789") == "" {
			return month + year, true
		}
	}
	return "", false
}

// boundBefore come right before a bound ("quá 50 nghìn", "hơn 2 nghìn").
var boundBefore = map[string]bool{"qua": true, "hon": true, "tren": true, "duoi": true, "vuot": true}

// spoken is a number read from words: its value and how many words said it.
type spoken struct{ value, words int }

// spokenAfter reads the number that the word at i expects after it: "mức
// ba" (3 or 4), "quý hai" (1 to 4), "tháng mười hai" (1 to 12), "nghị
// quyết hai hai" (its digits), "năm hai không mười chín" (a year).
func spokenAfter(tokens []string, i int) (spoken, bool) {
	next := func(k int) string {
		if k < len(tokens) {
			return tokens[k]
		}
		return ""
	}
	j := i + 1
	switch tokens[i] {
	case "muc", "mut":
		if next(j) == "do" {
			j++
		}
		if d, ok := digitWords[next(j)]; ok && (d == 3 || d == 4) && next(j) != "tu" && (i == 0 || tokens[i-1] != "chuyen") &&
			!multiplierWords[next(j+1)] {
			// Not "chuyên mục tư vấn": "mục" folds like "mức", "tư" (4)
			// like "tư vấn".
			return spoken{d, j - i}, true
		}
	case "quy":
		if next(j) == "tu" && (periodStart(next(j+1)) || strings.Trim(next(j+1), "0123456789/") == "" && next(j+1) != "") {
			// "từng quý, từ Q1 đến Q2": "from", not the fourth quarter.
			break
		}
		if d, ok := digitWords[next(j)]; ok && d >= 1 && d <= 4 && next(j) != "nam" {
			return spoken{d, 1}, true
		}
	case "thang":
		if m, ok := map[string]int{"nam": 5, "sau": 6}[next(j)]; ok && (next(j+1) == "nam" || len(next(j+1)) == 4 && strings.Trim(next(j+1), "0123456789") == "") &&
			(i == 0 || !isNumber(tokens[i-1])) {
			// "tháng năm năm 2019", "tháng sáu 2019": the month, a year
			// after it (not "5 tháng năm 2019", the months of the year).
			return spoken{m, 1}, true
		}
		if n, ok := readNumber(tokens[j:min(j+2, len(tokens))], 2); ok && n.value >= 1 && n.value <= 12 && next(j) != "nam" && next(j) != "sau" {
			// Not "tháng năm", "tháng sau" (May and June, folded like the
			// year and "next"): the words say more than the month.
			return n, true
		}
	case "so", "an":
		// "dự án số tám", "dự án mười": a project's number in the list.
		if tokens[i] == "an" && (i == 0 || tokens[i-1] != "du") || tokens[i] == "so" && (i < 2 || tokens[i-1] != "an" || tokens[i-2] != "du") {
			break
		}
		// After "số" any number; after "dự án" only one the question goes on
		// from ("dự án mười tổng kinh phí"), not "dự án làm …", "dự án
		// một cửa".
		if n, ok := readNumber(tokens[j:min(j+2, len(tokens))], 2); ok && n.value >= 1 && n.value <= 30 && next(j) != "nam" && next(j) != "tu" &&
			next(j) != "lam" && (tokens[i] == "so" || afterProjectNumber[next(j+n.words)]) {
			return n, true
		}
	case "quyet":
		if i > 0 && tokens[i-1] == "nghi" {
			if n, ok := readDigits(tokens[j:]); ok && n.words >= 2 {
				return n, true
			}
		}
	case "nam":
		if n, ok := readYear(tokens[j:]); ok {
			return n, true
		}
	}
	return spoken{}, false
}

// spokenCount reads, at i, a year said whole ("hai không mười chín", "hai
// nghìn mười tám") or a count said with hundreds or thousands ("bảy trăm
// năm mươi"): a bare digit word is too often a word of something else.
func spokenCount(tokens []string, i int) (spoken, bool) {
	if _, ok := digitWords[tokens[i]]; !ok {
		return spoken{}, false
	}
	if i+1 < len(tokens) && tokens[i] == "hai" && (tokens[i+1] == "khong" || tokens[i+1] == "nghin" || tokens[i+1] == "ngan") {
		if n, ok := readYear(tokens[i:]); ok && n.value >= 1000 {
			return n, true
		}
	}
	if i > 0 && dayBefore[tokens[i-1]] && i+2 < len(tokens) && tokens[i+2] == "thang" {
		// "đến hai bảy tháng hai": a day said digit by digit.
		if n, ok := readDigits(tokens[i : i+2]); ok && n.words == 2 && n.value >= 10 && n.value <= 31 {
			return n, true
		}
	}
	if i > 0 && dayBefore[tokens[i-1]] {
		// "ngày hai mươi bảy tháng hai": a day said as a number.
		if n, ok := readTens(tokens[i:]); ok && n.value >= 10 && n.value <= 31 && i+n.words < len(tokens) && tokens[i+n.words] == "thang" {
			return n, true
		}
	}
	if i+1 < len(tokens) && (tokens[i+1] == "tram" || tokens[i+1] == "nghin" || tokens[i+1] == "ngan") {
		if n, ok := readNumber(tokens[i:], 12); ok && n.words >= 2 {
			return n, true
		}
	}
	return spoken{}, false
}

// spokenDecimal reads a figure said with "phẩy" before what it measures
// ("bốn phẩy chín mươi hai phần trăm", "sáu phẩy hai lăm điểm"): "4,92",
// and the words that said it. ("Phẩy" alone, a comma spoken, is no
// decimal mark.)
func spokenDecimal(tokens []string, i int) (string, int, bool) {
	whole, ok := readTens(tokens[i:])
	if !ok {
		d, isDigit := digitWords[tokens[i]]
		if !isDigit {
			return "", 0, false
		}
		whole = spoken{d, 1}
	}
	k := i + whole.words
	if k+1 >= len(tokens) || tokens[k] != "phay" {
		return "", 0, false
	}
	frac, ok := readTens(tokens[k+1:])
	digits := strconv.Itoa(frac.value)
	if !ok {
		if frac, ok = readDigits(tokens[k+1:]); !ok || frac.words > 3 {
			return "", 0, false
		}
		digits = fmt.Sprintf("%0*d", frac.words, frac.value)
	}
	end := k + 1 + frac.words
	if end >= len(tokens) || !decimalUnits[tokens[end]] {
		return "", 0, false
	}
	return strconv.Itoa(whole.value) + "," + digits, end - i, true
}

// decimalUnits follow a figure said with a decimal mark.
var decimalUnits = map[string]bool{"phan": true, "%": true, "diem": true, "trieu": true, "ty": true}

// afterProjectNumber go on a question after "dự án <number>".
var afterProjectNumber = map[string]bool{"": true, "tong": true, "duoc": true, "co": true, "can": true, "cap": true, "nguon": true, "kinh": true,
	"de": true, "la": true, "bao": true, "nam": true, "thi": true, "va": true, "voi": true, "lay": true, "nhan": true, "da": true}

// dayBefore are the words a day said in words follows.
var dayBefore = map[string]bool{"den": true, "ngay": true, "tu": true, "toi": true}

// multiplierWords go on a number said in words: "mức ba mươi" would be
// no level.
var multiplierWords = map[string]bool{"muoi": true, "tram": true, "nghin": true, "ngan": true, "linh": true, "le": true}

// readYear reads a year said in words: digit by digit ("hai không một
// chín"), by pairs ("hai không mười chín"), with thousands ("hai nghìn
// mười tám", "hai ngàn không trăm mười chín"), or its last two digits
// ("mười chín"); or any three digits or more said one by one, which the
// period's check refuses when they are no year.
func readYear(tokens []string) (spoken, bool) {
	if n, ok := readNumber(tokens, 12); ok && n.words >= 2 && (validSpokenYear(strconv.Itoa(n.value)) || n.value > 2099) {
		// ("chín mươi chín nghìn chín trăm chín mươi chín": no year, but
		// said as one number, which the period's check refuses.)
		return n, true
	}
	digits, used := "", 0
	for used < len(tokens) && len(digits) < 9 {
		if len(digits) == 4 && validSpokenYear(digits) {
			// A year whole: what follows is said of it.
			break
		}
		if used+1 < len(tokens) && tokens[used+1] == "muoi" && len(digits) == 2 {
			// "hai không hai mươi": the last pair said as tens (20).
			if n, ok := readTens(tokens[used:]); ok {
				digits += fmt.Sprintf("%02d", n.value)
				used += n.words
				continue
			}
		}
		if d, ok := digitWords[tokens[used]]; ok && tokens[used] != "tu" {
			// "năm chín chín chín chín chín": no year, but said as one, and
			// written as said, so the period's check refuses it.
			digits += strconv.Itoa(d)
			used++
			continue
		}
		if tokens[used] == "muoi" {
			// "mười chín": a pair of digits.
			n, ok := readTens(tokens[used:])
			if !ok {
				break
			}
			digits += strconv.Itoa(n.value)
			used += n.words
			continue
		}
		break
	}
	y, err := strconv.Atoi(digits)
	switch {
	case err != nil:
		return spoken{}, false
	case len(digits) >= 3 || len(digits) == 2 && used >= 2 && y >= 10:
		return spoken{y, used}, true
	}
	return spoken{}, false
}

// validSpokenYear: four digits from 1990 to 2099.
func validSpokenYear(digits string) bool {
	y, err := strconv.Atoi(digits)
	return err == nil && y >= 1990 && y <= 2099
}

// readDigits reads digit words one by one ("hai hai": 22).
func readDigits(tokens []string) (spoken, bool) {
	digits := ""
	for _, t := range tokens {
		d, ok := digitWords[t]
		if !ok || len(digits) == 4 {
			break
		}
		digits += strconv.Itoa(d)
	}
	n, err := strconv.Atoi(digits)
	return spoken{n, len(digits)}, err == nil
}

// readTens reads a number below 100 said with "mười" or "mươi": "mười",
// "mười chín", "năm mươi", "hai mươi mốt", "mười lăm".
func readTens(tokens []string) (spoken, bool) {
	at := func(k int) string {
		if k < len(tokens) {
			return tokens[k]
		}
		return ""
	}
	tens, k := 0, 0
	switch {
	case at(0) == "muoi":
		tens, k = 1, 1
	case at(1) == "muoi":
		d, ok := digitWords[at(0)]
		if !ok || d < 2 {
			return spoken{}, false
		}
		tens, k = d, 2
	default:
		return spoken{}, false
	}
	if d, ok := digitWords[at(k)]; ok && d > 0 && at(k) != "tu" || at(k) == "tu" && tens > 1 {
		return spoken{10*tens + d, k + 1}, true
	}
	return spoken{10 * tens, k}, true
}

// readNumber reads a number said in words with at most max words: tens,
// hundreds ("bảy trăm năm mươi", "ba trăm linh năm") and thousands ("hai
// nghìn mười tám"), or one digit word.
func readNumber(tokens []string, max int) (spoken, bool) {
	if len(tokens) > max {
		tokens = tokens[:max]
	}
	at := func(k int) string {
		if k < len(tokens) {
			return tokens[k]
		}
		return ""
	}
	below1000 := func(k int) (int, int, bool) {
		value, start := 0, k
		if d, ok := digitWords[at(k)]; ok && at(k+1) == "tram" {
			value, k = 100*d, k+2
			if at(k) == "linh" || at(k) == "le" {
				if d, ok := digitWords[at(k+1)]; ok {
					return value + d, k + 2 - start, true
				}
				return value, k - start, true
			}
		}
		if n, ok := readTens(tokens[min(k, len(tokens)):]); ok {
			return value + n.value, k + n.words - start, true
		}
		if d, ok := digitWords[at(k)]; ok && at(k) != "tu" && (value == 0 || k > start) {
			if value > 0 && at(k-1) == "tram" {
				// "ba trăm năm" is no number here: 305 is "ba trăm linh năm".
				return value, k - start, true
			}
			return value + d, k + 1 - start, true
		}
		return value, k - start, k > start
	}
	thousands := 0
	k := 0
	if d, ok := digitWords[at(0)]; ok && (at(1) == "nghin" || at(1) == "ngan") {
		thousands, k = d, 2
	} else if n, used, ok := below1000(0); ok && used >= 2 && (at(used) == "nghin" || at(used) == "ngan") {
		// "chín mươi chín nghìn …": thousands said with tens.
		thousands, k = n, used+1
	}
	rest, used, ok := below1000(k)
	switch {
	case thousands > 0 && ok:
		return spoken{1000*thousands + rest, k + used}, true
	case thousands > 0:
		return spoken{1000 * thousands, k}, true
	case ok:
		return spoken{rest, used}, true
	}
	return spoken{}, false
}
