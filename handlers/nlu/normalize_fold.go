package nlu

// Folding to ASCII, punctuation, ampersands and abbreviations: the steps
// of Normalize.

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// collapseSpaces trims s and replaces every run of white space by one
// space, returning s itself when there is nothing to do.
func collapseSpaces(s string) string {
	clean := true
	prevSpace := true // a leading space is not clean
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			clean = false // let strings.Fields judge Unicode spaces
			break
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if space && (c != ' ' || prevSpace) {
			clean = false
			break
		}
		prevSpace = space
	}
	if clean && !prevSpace || s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// foldToASCII lower-cases an NFC string and strips its diacritics. Runes
// that are not ASCII after that (symbols, other scripts) become spaces, as
// do invalid bytes; dashes of every width become '-' so "2017–2020"
// reads as a year range.
func foldToASCII(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, lowerASCII(byte(r)))
			continue
		}
		if b, ok := foldTable.lookup(r); ok {
			if b != foldDrop {
				out = append(out, b)
			}
			continue
		}
		out = appendFoldedRune(out, r)
	}
	return out
}

// appendFoldedRune is the definition of folding one rune for Normalize:
// lower case, canonical decomposition, combining marks dropped, đ -> d,
// dashes -> '-', anything else that is not ASCII -> ' '. Canonical
// reordering only moves marks between letters, and marks are dropped or
// become spaces, so folding rune by rune equals folding the NFD string.
func appendFoldedRune(out []byte, r rune) []byte {
	r = unicode.ToLower(r)
	switch r {
	case 'đ', 'ð': // some keyboards type Đ as the Icelandic eth
		return append(out, 'd')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return append(out, '-')
	}
	var buf [utf8.UTFMax]byte
	for _, d := range norm.NFD.String(string(utf8.AppendRune(buf[:0], r))) {
		switch {
		case d < utf8.RuneSelf:
			out = append(out, lowerASCII(byte(d)))
		case unicode.Is(unicode.Mn, d):
		default:
			out = append(out, ' ')
		}
	}
	return out
}

// foldDrop marks a rune that folds to nothing (a combining mark).
const foldDrop byte = 0xff

// foldTable caches appendFoldedRune for the Latin blocks Vietnamese uses,
// precomposed (U+0080..U+036F, with the combining marks of NFD input) and
// extended (U+1E00..U+1EFF: ạ, ầ, ữ, ỹ...), so common questions skip
// normalisation. Built once at start-up, read-only afterwards.
var foldTable = buildFoldTable()

type foldCache struct {
	latin    [0x370]byte // index r; 0 means "not a single byte, use appendFoldedRune"
	extended [0x100]byte // index r-0x1E00
}

func buildFoldTable() *foldCache {
	var c foldCache
	set := func(slot *byte, r rune) {
		switch b := appendFoldedRune(nil, r); len(b) {
		case 0:
			*slot = foldDrop
		case 1:
			*slot = b[0]
		}
	}
	for r := rune(0x80); r < 0x370; r++ {
		set(&c.latin[r], r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		set(&c.extended[r-0x1E00], r)
	}
	return &c
}

// lookup returns the folded byte of r (foldDrop for none) when cached.
func (c *foldCache) lookup(r rune) (byte, bool) {
	var b byte
	switch {
	case r < 0x370:
		b = c.latin[r]
	case 0x1E00 <= r && r < 0x1F00:
		b = c.extended[r-0x1E00]
	}
	return b, b != 0
}

// keepMeaningfulPunctuation replaces punctuation by spaces except where it
// is part of a number, date, period or abbreviation:
//   - '/', '-', ':' between two letters or digits, one of them a digit
//     ("2/2019", "q2-2019", "2019-q2", "10:30"), so "ha-tinh" splits;
//   - '.', ',' between two digits ("1.995", "4,92");
//   - '&' between two letters or digits ("tt&tt"; splitAmpersands
//     later splits it unless it is an abbreviation);
//   - '%' always, as a token of its own ("4,92%" -> "4,92 %");
//   - '&' between two spaces is "và" ("A & B" -> "a va b").
//
// A kept symbol's neighbours are letters or digits and stay as they are,
// and a dropped one becomes a space, so the function is idempotent.
func keepMeaningfulPunctuation(b []byte) []byte {
	out := make([]byte, 0, len(b)+8)
	for i, c := range b {
		var prev, next byte
		if i > 0 {
			prev = b[i-1]
		}
		if i+1 < len(b) {
			next = b[i+1]
		}
		switch {
		case isAlnum(c):
			out = append(out, c)
		case c == '%':
			out = append(out, ' ', '%', ' ')
		case c == '+':
			// "DA9 + DA10", "2017+2018": added, as "cộng lại" says (not
			// "tổng", which names the applications received beside "hồ sơ").
			out = append(out, " cong lai "...)
		case c == '=' && digitAfter(b[i+1:]):
			// "dvc4 = 0": equal to, as "bằng" says.
			out = append(out, " bang "...)
		case c == '/' || c == '-' || c == ':':
			if isAlnum(prev) && isAlnum(next) && (isDigit(prev) || isDigit(next) || c == '-' && inDocumentCode(out)) {
				out = append(out, c)
			} else {
				out = append(out, ' ')
			}
		case c == '.' || c == ',':
			if isDigit(prev) && isDigit(next) {
				out = append(out, c)
			} else {
				out = append(out, ' ')
			}
		case c == '_' && next == '_' && prev != '_':
			// "đạt ___%": a blank of a draft to fill in, a number asked.
			out = append(out, " bao nhieu "...)
		case c == '&':
			switch {
			case isAlnum(prev) && isAlnum(next):
				out = append(out, c)
			case prev == ' ' && next == ' ':
				// "số hs TT & tỷ lệ": and, as "và" says.
				out = append(out, " va "...)
			default:
				out = append(out, ' ')
			}
		default:
			out = append(out, ' ')
		}
	}
	return out
}

// inDocumentCode: the token being written is a document's number
// ("47/bc", "22/2016/nq"), so a '-' joins its issuer to it ("47/bc-stttt")
// rather than starting a word ("stttt" alone is the Sở TT&TT).
func inDocumentCode(out []byte) bool {
	start := len(out)
	for start > 0 && out[start-1] != ' ' {
		start--
	}
	tok := out[start:]
	return len(tok) > 2 && isDigit(tok[0]) && bytes.IndexByte(tok, '/') > 0
}

// splitAmpersands splits tokens like "r&d" into "r", "d", keeping those
// that start an abbreviation ("tt&tt").
func splitAmpersands(tokens []string) []string {
	tokens = splitQuarterRanges(tokens)
	for i, t := range tokens {
		if strings.IndexByte(t, '&') < 0 {
			continue
		}
		if _, ok := abbreviationIndex[t]; ok {
			continue
		}
		out := append(make([]string, 0, len(tokens)+2), tokens[:i]...)
		for _, t := range tokens[i:] {
			if _, ok := abbreviationIndex[t]; ok || strings.IndexByte(t, '&') < 0 {
				out = append(out, t)
				continue
			}
			out = append(out, strings.FieldsFunc(t, func(r rune) bool { return r == '&' })...)
		}
		return out
	}
	return tokens
}

// expandAbbreviations applies the table once, left to right, longest
// source first.
func expandAbbreviations(tokens []string) []string {
	var out []string // allocated on the first expansion
	for i := 0; i < len(tokens); {
		var rule *abbreviationRule
		if len(tokens[i]) <= maxSourceToken {
			rules := abbreviationIndex[tokens[i]]
			for k := range rules {
				if runAt(tokens, i, rules[k].from) {
					rule = &rules[k]
					break
				}
			}
		}
		if rule == nil {
			if out != nil {
				out = append(out, tokens[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(tokens)+8), tokens[:i]...)
		}
		out = append(out, rule.to...)
		i += len(rule.from)
	}
	if out == nil {
		return tokens
	}
	return out
}

// equalTokens reports whether a and b hold the same tokens in order.
func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// digitAfter: the first byte that is not a space is a digit.
func digitAfter(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return isDigit(c)
		}
	}
	return false
}

// monthsOfYear writes a spreadsheet's "5T2019" (the first five months of
// 2019) in words: "5 tháng đầu năm 2019".
func monthsOfYear(t string) ([]string, bool) {
	m, y, ok := strings.Cut(t, "t")
	if !ok || len(m) < 1 || len(m) > 2 || len(y) != 4 || strings.Trim(m, "0123456789") != "" || strings.Trim(y, "0123456789") != "" {
		return nil, false
	}
	return []string{m, "thang", "dau", "nam", y}, true
}

// periodShorthand writes a planner's notations of a period in words: the
// halves "H1-2019", "H2/2018" (the first or last six months), a quarter
// after a two-digit year "19Q1", a fiscal year "FY18", "FY2018".
func periodShorthand(t string) ([]string, bool) {
	if len(t) == 4 && isDigits(t[:2]) && t[2] == 'q' && t[3] >= '1' && t[3] <= '4' {
		return []string{"q" + t[3:] + "/20" + t[:2]}, true
	}
	if y, ok := strings.CutPrefix(t, "fy"); ok && isDigits(y) && (len(y) == 2 || len(y) == 4 && isYearToken(y)) {
		if len(y) == 2 {
			y = "20" + y
		}
		return []string{"nam", y}, true
	}
	if len(t) >= 5 && t[0] == 'h' && (t[1] == '1' || t[1] == '2') && (t[2] == '-' || t[2] == '/') {
		y := t[3:]
		if len(y) == 2 && isDigits(y) {
			y = "20" + y
		}
		if !isYearToken(y) {
			return nil, false
		}
		if t[1] == '1' {
			return []string{"6", "thang", "dau", "nam", y}, true
		}
		return []string{"6", "thang", "cuoi", "nam", y}, true
	}
	return nil, false
}

// splitQuarterRanges writes a spreadsheet's range of quarters ("q1:q2",
// "=SUM(hstt Q1:Q2)") as the quarters it spans, and its "5T2019" and a
// planner's "H1-2019", "19Q1" in words.
func splitQuarterRanges(tokens []string) []string {
	for i, t := range tokens {
		if words, ok := monthsOfYear(t); ok {
			return slices.Concat(tokens[:i], words, splitQuarterRanges(tokens[i+1:]))
		}
		if words, ok := periodShorthand(t); ok {
			return slices.Concat(tokens[:i], words, splitQuarterRanges(tokens[i+1:]))
		}
		a, b, ok := strings.Cut(t, ":")
		if !ok || !isQuarterToken(a) || !isQuarterToken(b) || a[1] >= b[1] {
			continue
		}
		out := append(make([]string, 0, len(tokens)+3), tokens[:i]...)
		for q := a[1]; q <= b[1]; q++ {
			out = append(out, "q"+string(q))
		}
		return append(out, splitQuarterRanges(tokens[i+1:])...)
	}
	return tokens
}

// isQuarterToken: "q1" … "q4".
func isQuarterToken(t string) bool {
	return len(t) == 2 && t[0] == 'q' && t[1] >= '1' && t[1] <= '4'
}

// moneyUnits are the money words typed joined to their number ("700tr",
// "1,5tỷ", "2.025trđ").
var moneyUnits = []string{"trieu", "trd", "tr", "ty"}

// splitMoneyUnits writes a number joined to its money word as the number
// and the word ("700tr" → "700 tr"), which the table then reads.
func splitMoneyUnits(tokens []string) []string {
	var out []string // allocated on the first split
	for i, t := range tokens {
		num, unit := moneyJoined(t)
		if unit == "" {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(tokens)+1), tokens[:i]...)
		}
		out = append(out, num, unit)
	}
	if out == nil {
		return tokens
	}
	return out
}

// moneyJoined splits "700tr" into "700" and "tr"; unit is "" when the
// token is not a number joined to a money word.
func moneyJoined(t string) (num, unit string) {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return "", ""
	}
	for _, u := range moneyUnits {
		n, ok := strings.CutSuffix(t, u)
		if ok && n != "" && strings.Trim(n, "0123456789.,") == "" && n[len(n)-1] >= '0' && n[len(n)-1] <= '9' {
			return n, u
		}
	}
	return "", ""
}
