package nlu

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// minSpacedRun is how many letters typed one by one, a space between
// each, make a word spelled out ("H ư ơ n g S ơ n", "q u ý"): three
// letters alone are words of their own too often ("a c e").
const minSpacedRun = 4

// JoinSpacedLetters joins the letters of a word typed with a space
// between each ("H ư ơ n g S ơ n quý 1" → "HươngSơn quý 1", which
// SplitJoined then parts at its capital); ok is false when it joins none.
func JoinSpacedLetters(message string) (string, bool) {
	words := strings.Fields(norm.NFC.String(message))
	var out []string
	joined := false
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && singleLetter(words[j]) {
			j++
		}
		if j-i >= minSpacedRun {
			out = append(out, strings.Join(words[i:j], ""))
			joined = true
			i = j
			continue
		}
		if j == i {
			j++
		}
		out = append(out, words[i:j]...)
		i = j
	}
	if !joined {
		return message, false
	}
	return strings.Join(out, " "), true
}

// singleLetter: a word of one letter, its marks composed with it.
func singleLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsLetter(r)
}
