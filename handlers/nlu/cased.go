package nlu

import (
	"strings"
	"unicode"
)

// casedAbbreviations are abbreviations whose folded form is another common
// word, so they are read only as typed: "DA" in capitals is "dự án" where
// "da" is "đã"; "KH" is "kế hoạch" where "kh" is chat for "không"; "đv"
// with its "đ" is "đơn vị" where "dv" is "dịch vụ".
var casedAbbreviations = map[string]string{
	"DA": "dự án",
	"KH": "kế hoạch",
	"ĐV": "đơn vị",
	"Đv": "đơn vị",
	"đv": "đơn vị",
}

// expandCased replaces the whole words of s that are cased abbreviations
// (before folding, which would lose the case and the "đ").
func expandCased(s string) string {
	found := strings.Contains(s, "DA") || strings.Contains(s, "da") || strings.Contains(s, "Da")
	for w := range casedAbbreviations {
		if found {
			break
		}
		found = strings.Contains(s, w)
	}
	if !found {
		return s
	}
	var b strings.Builder
	changed := false
	word := -1 // start of the current word, or -1
	flush := func(end int) {
		if word < 0 {
			return
		}
		w := s[word:end]
		if n, ok := projectNumber(w); ok {
			b.WriteString("dự án " + n)
			changed = true
		} else if to, ok := casedAbbreviations[w]; ok {
			b.WriteString(to)
			changed = true
		} else {
			b.WriteString(w)
		}
		word = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if word < 0 {
				word = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	if !changed {
		return s
	}
	return b.String()
}

// projectNumber is the number of "DA10", "da1" (a project by its number in
// the list, typed as one word; "đã" is never written before a number so).
func projectNumber(w string) (string, bool) {
	if len(w) < 3 || len(w) > 4 || !strings.EqualFold(w[:2], "da") {
		return "", false
	}
	n := w[2:]
	for _, c := range n {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return n, true
}
