package dataset

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// NumberError says why a text is not a number; its text is Vietnamese.
type NumberError struct {
	Input  string
	Reason string
}

func (e *NumberError) Error() string { return fmt.Sprintf(msgBadNumber, clip(e.Input), e.Reason) }

// maxNumberLen bounds what ParseNumber reads: no figure of a report needs
// more than 40 characters.
const maxNumberLen = 40

// ParseNumber reads a number the way people write it in a Vietnamese
// spreadsheet, and says whether it ended with a percent sign:
//
//   - the Vietnamese way: "1.234,5", "1.234.567", "41,7";
//   - the plain way: "1234.5", "1234";
//   - with English thousands: "1,234.5", "1,234,567";
//   - thousands also as spaces: "1 234 567";
//   - a sign in front ("-3"), a % at the end ("41,7%", "41,7 %").
//
// One rule settles which separator is the decimal one: where both "." and
// "," occur, the last one; where one of them occurs several times, it
// groups thousands; where one occurs once, it is the decimal mark, except
// that "1.234" and "1,234" (one to three digits, not starting with 0, then
// exactly three) could be either one thousand two hundred thirty-four or
// one point two three four. That form is an error, not a guess: write
// 1234, or 1,2340, or 1.234,0.
func ParseNumber(s string) (v float64, percent bool, err error) {
	in := s
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutSuffix(s, "%"); ok {
		s, percent = strings.TrimSpace(rest), true
	}
	bad := func(reason string) (float64, bool, error) {
		return 0, false, &NumberError{Input: in, Reason: reason}
	}
	if s == "" {
		return bad(reasonEmpty)
	}
	if len(s) > maxNumberLen {
		return bad(reasonTooLong)
	}
	neg := false
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"):
		neg = s[0] == '-'
		s = s[1:]
	case strings.HasPrefix(s, "−"): // U+2212, what some keyboards and Word type
		neg = true
		s = s[len("−"):]
	}
	s = strings.Map(func(r rune) rune {
		if r == '\u00a0' || r == '\u202f' || r == '\u2007' {
			return ' '
		}
		return r
	}, s)
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != ',' && r != ' ' {
			return bad(reasonNotNumber)
		}
	}
	intPart, frac, group, decimal := s, "", byte(0), byte(0)
	dots, commas, spaces := strings.Count(s, "."), strings.Count(s, ","), strings.Count(s, " ")
	switch {
	case dots > 0 && commas > 0:
		decimal = s[max(strings.LastIndex(s, "."), strings.LastIndex(s, ","))]
		group = '.' + ',' - decimal
		if strings.Count(s, string(decimal)) > 1 {
			return bad(reasonSeparators)
		}
	case dots > 1:
		group = '.'
	case commas > 1:
		group = ','
	case dots == 1:
		decimal = '.'
	case commas == 1:
		decimal = ','
	}
	if decimal != 0 {
		i := strings.IndexByte(s, decimal)
		intPart, frac = s[:i], s[i+1:]
		if frac == "" || strings.ContainsAny(frac, ". ,") {
			return bad(reasonSeparators)
		}
		if intPart == "" {
			return bad(reasonSeparators)
		}
		if group == 0 && spaces == 0 && len(frac) == 3 && len(intPart) <= 3 && intPart[0] != '0' {
			return bad(reasonAmbiguous)
		}
	}
	if spaces > 0 {
		if group != 0 {
			return bad(reasonSeparators)
		}
		group = ' '
	}
	digits, ok := ungroup(intPart, group)
	if !ok {
		return bad(reasonGroups)
	}
	text := digits
	if frac != "" {
		text += "." + frac
	}
	v, perr := strconv.ParseFloat(text, 64)
	if perr != nil || math.IsInf(v, 0) {
		return bad(reasonNotNumber)
	}
	if neg {
		v = -v
	}
	return v, percent, nil
}

// ungroup checks thousands groups (one to three digits, then groups of
// exactly three) and returns the digits alone.
func ungroup(s string, group byte) (string, bool) {
	if s == "" {
		return "", false
	}
	if group == 0 {
		return s, true
	}
	parts := strings.Split(s, string(group))
	if len(parts[0]) < 1 || len(parts[0]) > 3 {
		return "", false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return "", false
		}
	}
	return strings.Join(parts, ""), true
}

// FormatNumber writes a number in the plain form that ParseNumber reads
// back to the same float64: no thousands, a dot for decimals, and a
// trailing 0 where the fraction has exactly three digits (1.2340), so it
// never takes the ambiguous form.
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 == 3 {
		s += "0"
	}
	return s
}

// roundPercent removes the binary noise of a percentage cell × 100
// (0.417 × 100 = 41.699999999999996).
func roundPercent(v float64) float64 {
	r := math.Round(v*1e9) / 1e9
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}

// clip shortens what a user wrote for an error message.
func clip(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
