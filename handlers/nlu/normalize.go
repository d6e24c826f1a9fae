// Package nlu turns a Vietnamese question, typed with or without
// diacritics, in NFC or NFD, full of office abbreviations, into folded
// tokens, and finds the reporting period it talks about. Intents and slots
// are matched on the folded tokens; labels shown to users keep diacritics.
package nlu

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a question after normalisation.
type Text struct {
	Original string   // input in NFC, trimmed, whitespace collapsed: for display
	Folded   string   // see Normalize
	Tokens   []string // strings.Fields(Folded)
}

// abbreviation rewrites a whole-token run (from) into its folded full
// phrase (to). Sources may span several tokens ("dvc tt"); the longest
// source wins where several start at the same token.
type abbreviation struct{ from, to string }

// abbreviations is the expansion table, applied after folding and
// punctuation removal, so every entry is written folded (no diacritics,
// lower case). To add one, append a pair; TestAbbreviationTable checks that
// a target never expands again, which keeps Normalize idempotent.
//
// Deliberately absent: "tt" alone (thị trấn? thông tin? trực tuyến?
// depends on what follows), "h" (huyện, but also hours), "q2" (a quarter,
// left to FindPeriod) and "pci" (already its own name).
var abbreviations = []abbreviation{
	// Public services and procedures.
	{"dvc", "dich vu cong"},
	{"dvctt", "dich vu cong truc tuyen"},
	{"dvc tt", "dich vu cong truc tuyen"},
	{"dich vu cong tt", "dich vu cong truc tuyen"},
	{"tthc", "thu tuc hanh chinh"},
	{"tthcc", "trung tam hanh chinh cong"},
	{"hs", "ho so"},
	{"m3", "muc 3"},
	{"m4", "muc 4"},
	{"md3", "muc 3"}, // "mđ3" folds to "md3"
	{"md4", "muc 4"},
	{"md 3", "muc 3"},
	{"md 4", "muc 4"},
	{"muc do 3", "muc 3"},
	{"muc do 4", "muc 4"},

	// Bodies and administrative units.
	{"ubnd", "uy ban nhan dan"},
	{"hdnd", "hoi dong nhan dan"},
	{"cqnn", "co quan nha nuoc"},
	{"tt&tt", "thong tin va truyen thong"},
	{"tttt", "thong tin va truyen thong"},
	{"tt va tt", "thong tin va truyen thong"},
	{"stttt", "so thong tin va truyen thong"},
	{"so tt&tt", "so thong tin va truyen thong"},
	{"so tttt", "so thong tin va truyen thong"},
	{"so tt va tt", "so thong tin va truyen thong"},
	{"tp", "thanh pho"},
	{"tx", "thi xa"},
	{"dn", "doanh nghiep"},

	// Documents and domains.
	{"nq", "nghi quyet"},
	{"nq22", "nghi quyet 22"},
	{"qd", "quyet dinh"},
	{"cntt", "cong nghe thong tin"},
	{"tmdt", "thuong mai dien tu"},
	{"ttdt", "thong tin dien tu"},
	{"sl", "so luong"},
	{"kp", "kinh phi"},

	// Chat shorthand. "tỉ lệ" and "tỷ lệ" are both correct spellings.
	{"bn", "bao nhieu"},
	{"bnh", "bao nhieu"},
	{"bnhieu", "bao nhieu"},
	{"ko", "khong"},
	{"k", "khong"},
	{"dc", "duoc"},
	{"j", "gi"},
	{"ti le", "ty le"},
	{"tile", "ty le"},
	{"tyle", "ty le"},
}

// abbreviationRule is an abbreviation split into tokens.
type abbreviationRule struct{ from, to []string }

// maxSourceToken is the length of the longest first token of a source;
// longer tokens skip the map lookup.
const maxSourceToken = 6

// abbreviationIndex maps the first token of every source to its rules,
// longest source first. Built once from the table; never written after.
var abbreviationIndex = indexAbbreviations(abbreviations)

func indexAbbreviations(table []abbreviation) map[string][]abbreviationRule {
	index := make(map[string][]abbreviationRule, len(table))
	for _, a := range table {
		rule := abbreviationRule{from: strings.Fields(a.from), to: strings.Fields(a.to)}
		rules := append(index[rule.from[0]], rule)
		// Insertion sort: longest source first, so "dvc tt" beats "dvc".
		for i := len(rules) - 1; i > 0 && len(rules[i].from) > len(rules[i-1].from); i-- {
			rules[i], rules[i-1] = rules[i-1], rules[i]
		}
		index[rule.from[0]] = rules
	}
	return index
}

// Normalize prepares a question for matching: NFC, lower case, diacritics
// folded (đ -> d), punctuation turned into spaces except where it belongs
// to a number, date or period ("2/2019", "q2-2019", "27/02/2019", "4,92",
// "1.995"; '%' becomes a token of its own), abbreviations expanded by
// whole token (see abbreviations), whitespace collapsed. Folded holds only
// a-z, 0-9, spaces and the kept symbols / - : . , %, and
// Normalize(t.Folded).Folded == t.Folded.
func Normalize(s string) Text {
	var original string
	var folded []byte
	if isASCII(s) {
		original = collapseSpaces(s)
		folded = make([]byte, len(original))
		for i := 0; i < len(original); i++ {
			folded[i] = lowerASCII(original[i])
		}
	} else {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		original = collapseSpaces(norm.NFC.String(s))
		folded = foldToASCII(original)
	}
	tokens := splitAmpersands(strings.Fields(string(keepMeaningfulPunctuation(folded))))
	// One pass is enough: TestAbbreviationTable proves that no target, alone
	// or next to another entry, expands again.
	tokens = expandAbbreviations(tokens)
	return Text{Original: original, Folded: strings.Join(tokens, " "), Tokens: tokens}
}

// Fold is NFC -> lowercase -> diacritics removed (đ -> d) -> whitespace
// collapsed, with no punctuation removal and no abbreviation expansion; it
// is how stored aliases are compared.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(collapseSpaces(s))
	}
	if folded, ok := foldLatin(s); ok {
		return collapseSpaces(folded)
	}
	return foldUnicode(s)
}

// foldUnicode is Fold by its definition, for any text.
func foldUnicode(s string) string {
	d := norm.NFD.String(strings.ToLower(norm.NFC.String(s)))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case r == 'đ' || r == 'ð': // some keyboards type Đ as the Icelandic eth
			b.WriteByte('d')
		case unicode.Is(unicode.Mn, r):
		default:
			b.WriteRune(r)
		}
	}
	return collapseSpaces(b.String())
}

// foldLatin is Fold's fast path for text whose letters all fold to ASCII
// letters (Vietnamese, NFC or NFD); ok is false for anything else.
func foldLatin(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, lowerASCII(byte(r)))
			continue
		}
		b, ok := foldTable.lookup(r)
		switch {
		case !ok || b == ' ':
			return "", false
		case b != foldDrop:
			out = append(out, b)
		}
	}
	return string(out), true
}

// HasPhrase reports whether phrase (space-separated folded tokens) occurs
// in tokens as a run of whole tokens.
func HasPhrase(tokens []string, phrase string) bool {
	return PhraseIndex(tokens, phrase) >= 0
}

// PhraseIndex returns the index of the first token of the first whole-token
// occurrence of phrase in tokens, or -1 (also for an empty phrase).
func PhraseIndex(tokens []string, phrase string) int {
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return -1
	}
	for i := 0; i+len(words) <= len(tokens); i++ {
		if runAt(tokens, i, words) {
			return i
		}
	}
	return -1
}

// runAt reports whether tokens[i:] starts with words.
func runAt(tokens []string, i int, words []string) bool {
	if i < 0 || i+len(words) > len(tokens) {
		return false
	}
	for k, w := range words {
		if tokens[i+k] != w {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'z' }

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
//   - '%' always, as a token of its own ("4,92%" -> "4,92 %").
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
		case c == '/' || c == '-' || c == ':':
			if isAlnum(prev) && isAlnum(next) && (isDigit(prev) || isDigit(next)) {
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
		case c == '&':
			if isAlnum(prev) && isAlnum(next) {
				out = append(out, c)
			} else {
				out = append(out, ' ')
			}
		default:
			out = append(out, ' ')
		}
	}
	return out
}

// splitAmpersands splits tokens like "r&d" into "r", "d", keeping those
// that start an abbreviation ("tt&tt").
func splitAmpersands(tokens []string) []string {
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
