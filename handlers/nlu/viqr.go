package nlu

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// FromVIQR is a message typed in VIQR as if typed with its marks
// (fromVIQR); any other message as it is.
func FromVIQR(s string) string { return fromVIQR(s) }

// fromVIQR reads the marks a VIQR keyboard types as ASCII signs after a
// vowel ("ty3 le^. ho^` so+ tru+.c tuye^'n", "Ca(n Lo^.c", "ti?nh",
// "ddo^." for đồ) as the marks themselves, so that the message reads as
// if typed with them: the hats and hook (^ ( +), the tones (' ` ? ~ .),
// and "dd" for đ. Only a message that has at least two hats or tones
// typed so is read as VIQR: a quote, a question mark or a full stop alone
// stays what it is ("NQ22' OR '1'='1" is no VIQR, nor is "bao nhiêu?").
// A tone sign that ends a word is left when it may end the sentence (".
// ?" after a bare vowel: "… a." is "ạ" or a full stop, read alike).
func fromVIQR(s string) string {
	if !looksVIQR(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case (c == 'd' || c == 'D') && i+2 < len(s) && (s[i+1] == 'd' || s[i+1] == 'D') && (i == 0 || !isASCIILetter(s[i-1])) && isASCIILetter(s[i+2]):
			if c == 'd' {
				b.WriteString("đ") // "ddi", "DDa`o": đ
			} else {
				b.WriteString("Đ")
			}
			i++
		case viqrHat(c) && afterVowel(s, i):
			if hatFits(s, i) {
				b.WriteString(viqrMarks[c])
			}
		case (c == '\'' || c == '`' || c == '~') && afterVowel(s, i),
			(c == '?' || c == '.') && afterVowel(s, i) && (i+1 < len(s) && isASCIILetter(s[i+1]) || viqrHat(s[i-1])):
			// a tone ("ti?nh", "di.ch" inside a word; "le^." after a hat)
			b.WriteString(viqrMarks[c])
		default:
			b.WriteByte(c)
		}
	}
	return norm.NFC.String(b.String())
}

// viqrMarks are the combining marks VIQR's signs stand for.
var viqrMarks = map[byte]string{'^': "\u0302", '(': "\u0306", '+': "\u031b", '\'': "\u0301", '`': "\u0300", '?': "\u0309", '~': "\u0303", '.': "\u0323"}

// hatFits: the hat at i fits the vowel before it (â ê ô, ă, ơ ư); a sign
// that fits none is dropped.
func hatFits(s string, i int) bool {
	v := s[vowelBefore(s, i)] | 0x20
	switch s[i] {
	case '^':
		return v == 'a' || v == 'e' || v == 'o'
	case '(':
		return v == 'a'
	}
	return v == 'o' || v == 'u'
}

// looksVIQR: at least two vowels carry a hat or a tone typed as a sign,
// or one does inside a word ("co`n 2017", "na(m 2019": a sign with
// letters on both sides is no quote or punctuation; a hat that fits the
// vowel: "QI+QII" is two quarters added).
func looksVIQR(s string) bool {
	n := 0
	for i := 1; i < len(s); i++ {
		if (viqrHat(s[i]) || s[i] == '\'' || s[i] == '`' || s[i] == '~') && isASCIIVowel(s[i-1]) {
			if n++; n >= 2 || insideWord(s, i) && (!viqrHat(s[i]) || hatFits(s, i)) {
				return true
			}
		}
	}
	return false
}

// insideWord: the signs from i on are followed by a letter of the same
// word ("co`n", "huye^.n", "mu+'c").
func insideWord(s string, i int) bool {
	for j := i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case isASCIILetter(c):
			return true
		case viqrHat(c) || c == '\'' || c == '`' || c == '~' || c == '?' || c == '.':
			continue
		default:
			return false
		}
	}
	return false
}

// afterVowel: the sign at i follows a vowel, maybe through other signs
// ("e^'", "u+.").
func afterVowel(s string, i int) bool { return vowelBefore(s, i) >= 0 }

// vowelBefore is where the vowel the signs before i follow is, or -1.
func vowelBefore(s string, i int) int {
	for j := i - 1; j >= 0; j-- {
		switch {
		case isASCIIVowel(s[j]):
			return j
		case viqrHat(s[j]) || s[j] == '\'' || s[j] == '`' || s[j] == '~' || s[j] == '?' || s[j] == '.':
			continue
		default:
			return -1
		}
	}
	return -1
}

func viqrHat(c byte) bool { return c == '^' || c == '(' || c == '+' }

func isASCIIVowel(c byte) bool { return strings.IndexByte("aeiouyAEIOUY", c) >= 0 }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
