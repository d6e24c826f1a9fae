package nlu

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// monthDash is a span of months written with dashes after "tháng":
// "4-6", "1-3/2019", "4-5-6".
var monthDash = regexp.MustCompile(`^(\d{1,2})(?:-\d{1,2})*-(\d{1,2})(/\d{4})?$`)

// monthLetterSpan is a span of months written with "T" for "tháng":
// "t4-t6", "t1-3", "t1-t5/2019" (folded).
var monthLetterSpan = regexp.MustCompile(`^t(\d{1,2})-t?(\d{1,2})(/\d{4})?$`)

// monthLetters writes months typed as "T" and the number in a span ("T4-T6",
// "T1-3", "T1 đến T3", "T4 - T6") as "tháng 4 đến tháng 6"; a lone "T4"
// stays as typed.
func monthLetters(tokens []string) []string {
	for i := 0; i < len(tokens); i++ {
		if t := tokens[i]; len(t) < 2 || t[0] != 't' || !isDigit(t[1]) {
			continue // (most words: no regexp run)
		}
		if m := monthLetterSpan.FindStringSubmatch(tokens[i]); m != nil && month(m[1]) && month(m[2]) && atoi(m[1]) < atoi(m[2]) {
			tokens = slices.Concat(tokens[:i], []string{"thang", m[1], "den", "thang", m[2] + m[3]}, tokens[i+1:])
			continue
		}
		from, ok := monthLetter(tokens[i])
		if !ok {
			continue
		}
		j := i + 1
		if j < len(tokens) && (tokens[j] == "den" || tokens[j] == "toi") {
			j++
		}
		if j < len(tokens) {
			if to, ok := monthLetter(monthPart(tokens[j])); ok && atoi(from) < atoi(to) {
				tokens = slices.Concat(tokens[:i], []string{"thang", from, "den", "thang", strings.TrimPrefix(tokens[j], "t")}, tokens[j+1:])
			}
		}
	}
	return tokens
}

// monthLetter: "t4" is month 4.
func monthLetter(t string) (string, bool) {
	if len(t) < 2 || t[0] != 't' || !month(t[1:]) {
		return "", false
	}
	return t[1:], true
}

// monthRanges writes the spans of months a statistician types after
// "tháng" in the words "từ tháng … đến tháng …" read: "tháng 4-6", "tháng
// 1-3/2019", "tháng 4-5-6", "tháng 4, 5, 6", "tháng 1 đến 3", "tháng 1
// tới 3" are "tháng 4 đến tháng 6" and so on.
func monthRanges(tokens []string) []string {
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] != "thang" {
			continue
		}
		if m := monthDash.FindStringSubmatch(tokens[i+1]); m != nil && month(m[1]) && month(m[2]) && atoi(m[1]) < atoi(m[2]) {
			tokens = slices.Concat(tokens[:i+1], []string{m[1], "den", "thang", m[2] + m[3]}, tokens[i+2:])
			continue
		}
		if !month(tokens[i+1]) {
			continue
		}
		if i+3 < len(tokens) && (tokens[i+2] == "den" || tokens[i+2] == "toi") && monthWithYear(tokens[i+3]) && atoi(tokens[i+1]) < atoi(monthPart(tokens[i+3])) {
			// ("tháng 1 đến 3": "đến tháng 3".)
			tokens = slices.Concat(tokens[:i+3], []string{"thang"}, tokens[i+3:])
			continue
		}
		// "tháng 4, 5, 6" (the commas gone): consecutive months.
		last := i + 1
		for last+1 < len(tokens) && month(tokens[last+1]) && atoi(tokens[last+1]) == atoi(tokens[last])+1 {
			last++
		}
		if last > i+1 && !(last+1 < len(tokens) && unitAfterCount[tokens[last+1]]) {
			tokens = slices.Concat(tokens[:i+2], []string{"den", "thang", tokens[last]}, tokens[last+1:])
		}
	}
	return tokens
}

// unitAfterCount are the words after a number that make it a count, not a
// month ("tháng 6 5 đơn vị").
var unitAfterCount = map[string]bool{"don": true, "huyen": true, "so": true, "xa": true, "ho": true, "dich": true, "nguoi": true, "lop": true}

func month(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && len(s) <= 2 && n >= 1 && n <= 12
}

// monthWithYear: "3" or "3/2019".
func monthWithYear(s string) bool { return month(monthPart(s)) }

func monthPart(s string) string {
	if i := len(s) - 5; i > 0 && s[i] == '/' {
		return s[:i]
	}
	return s
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// quarterDash is two quarters joined by a dash: "q2-q1", "q1/2019-q2/2019".
var quarterDash = regexp.MustCompile(`^(q[1-4](?:/\d{4})?)-(q[1-4](?:/\d{4})?)$`)

// quarterPairs parts two quarters a dash joins ("Q2-Q1", "quý 1-quý 2",
// "quý 1-2/2019") into the two quarters, each read as typed alone: the
// change between them where that is asked, else each one's figure.
func quarterPairs(tokens []string) []string {
	for i := 0; i < len(tokens); i++ {
		if m := quarterDash.FindStringSubmatch(tokens[i]); m != nil {
			tokens = slices.Concat(tokens[:i], []string{m[1], m[2]}, tokens[i+1:])
			continue
		}
		if i == 0 || tokens[i-1] != "quy" {
			continue
		}
		if first, ok := strings.CutSuffix(tokens[i], "-quy"); ok && isQuarter(first) {
			tokens = slices.Concat(tokens[:i], []string{first, "quy"}, tokens[i+1:]) // "quý 1-quý 2"
		} else if first, second, ok := strings.Cut(tokens[i], "-"); ok && isQuarter(first) && isQuarter(monthPart(second)) {
			tokens = slices.Concat(tokens[:i], []string{first, "quy", second}, tokens[i+1:]) // "quý 1-2/2019"
		}
	}
	return tokens
}

// isQuarter: a quarter's number ("2", "ii").
func isQuarter(s string) bool {
	q, _ := quarterNumber(s)
	return q > 0
}

// periodsSetSide writes "so với" for the bare "so" between two periods
// ("2017 so 2018", "q1 so q2", "quý 1 so quý 2"): a comparison, not "số".
func periodsSetSide(tokens []string) []string {
	for i := 1; i+1 < len(tokens); i++ {
		if tokens[i] != "so" || tokens[i+1] == "voi" || !periodEnd(tokens[:i]) || !periodStart(tokens[i+1]) {
			continue
		}
		tokens = slices.Concat(tokens[:i+1], []string{"voi"}, tokens[i+1:])
	}
	return tokens
}

// periodEnd: the words end with a period named ("2017", "q1", "q1/2019",
// "quý 1"; not "mức 3").
func periodEnd(words []string) bool {
	t := words[len(words)-1]
	switch {
	case strings.Trim(t, "0123456789/") == "" && strings.Contains(t, "/"), isYearToken(t):
		return true // "1/2019", "2017"
	case len(t) >= 2 && t[0] == 'q' && strings.Trim(t[1:], "0123456789/") == "":
		return true // "q1", "q1/2019"
	}
	return len(words) > 1 && isDigits(t) && (words[len(words)-2] == "quy" || words[len(words)-2] == "nam" || words[len(words)-2] == "thang")
}

// periodStart: a word that starts one ("2018", "q2", "quý", "năm").
func periodStart(t string) bool {
	return t == "quy" || t == "nam" || t == "thang" || len(t) >= 2 && t[0] == 'q' && t[1] >= '1' && t[1] <= '4' || isYearToken(t)
}

// lastTwoQuarters reads "qua 2 quý" with nothing after it that places the
// two ("thị xã Kỳ Anh tỷ lệ qua 2 quý") as the last two quarters, as "2
// quý gần đây" is ("qua 2 quý đầu năm 2019" stays as it is), and "2 quý
// trước" ("hai quý trước") as the quarter two back.
func lastTwoQuarters(tokens []string) []string {
	for i := 0; i+2 < len(tokens); i++ {
		if (tokens[i] == "2" || tokens[i] == "hai") && tokens[i+1] == "quy" && tokens[i+2] == "truoc" && (i == 0 || !numberedBy[tokens[i-1]]) && (i+3 == len(tokens) || tokens[i+3] != "nua") &&
			!slices.Equal(tokens[i+3:min(i+7, len(tokens))], []string{"va", "quy", "truoc", "nua"}) {
			// "Can Lộc 2 quý trước": two quarters back, as "hai quý
			// trước" reads (not "mức 2" nor "cả 2 quý trước", nor the
			// last two written out after a number: "2 qua 2 quy").
			return slices.Concat(tokens[:i], []string{"quy", "truoc", "nua"}, lastTwoQuarters(tokens[i+3:]))
		}
		if tokens[i] != "qua" || tokens[i+1] != "2" && tokens[i+1] != "hai" || tokens[i+2] != "quy" {
			continue
		}
		if i+3 < len(tokens) && (placesQuarters[tokens[i+3]] || strings.Trim(tokens[i+3], "0123456789/") == "") {
			continue
		}
		// (Each one of the message, in one reading: "2 quý trước … 2
		// quý rồi".)
		return slices.Concat(tokens[:i], []string{"quy", "truoc", "va", "quy", "truoc", "nua"}, lastTwoQuarters(tokens[i+3:]))
	}
	return tokens
}

// numberedBy are the words a "2" after them belongs to.
var numberedBy = map[string]bool{"muc": true, "do": true, "ca": true, "cong": true, "quy": true, "so": true, "an": true, "trong": true, "dong": true,
	"du": true, "deu": true, "nop": true, "gui": true} // ("nộp đủ 2 quý rồi": both)

// placesQuarters are the words after "2 quý" that say which two.
var placesQuarters = map[string]bool{"dau": true, "cuoi": true, "nam": true, "cua": true, "gan": true, "vua": true, "truoc": true, "sau": true, "nay": true, "cong": true, "lien": true}
