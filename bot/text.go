package bot

import (
	"strings"
	"unicode/utf8"
)

// SplitText cuts text into parts of at most max characters, at line breaks
// where it can, else at spaces, else anywhere.
func SplitText(text string, max int) []string {
	if utf8.RuneCountInString(text) <= max {
		return []string{text}
	}
	var parts []string
	rest := text
	for utf8.RuneCountInString(rest) > max {
		cut := byteIndexOfRune(rest, max)
		window := rest[:cut]
		at := strings.LastIndex(window, "\n")
		if at <= 0 {
			at = strings.LastIndex(window, " ")
		}
		if at <= 0 {
			at = cut
		}
		parts = append(parts, strings.TrimRight(rest[:at], "\n "))
		rest = strings.TrimLeft(rest[at:], "\n ")
	}
	if rest = strings.TrimRight(rest, "\n "); rest != "" {
		parts = append(parts, rest)
	}
	return parts
}

// byteIndexOfRune is the byte offset of the n-th rune.
func byteIndexOfRune(s string, n int) int {
	i := 0
	for pos := range s {
		if i == n {
			return pos
		}
		i++
	}
	return len(s)
}
