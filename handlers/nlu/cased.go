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
	// Southern speech, told from "Hồng" and "nhiều" by its marks:
	// "hông", "hổng" are "không"; "nhiêu" alone is "bao nhiêu".
	"hông":  "không",
	"Hông":  "không",
	"hổng":  "không",
	"Hổng":  "không",
	"nhiêu": "bao nhiêu",
	"Nhiêu": "bao nhiêu",
	// "bọn em" (we), not "bốn" (four): "chúng em".
	"bọn": "chúng",
	"Bọn": "chúng",
}

// expandCased replaces the whole words of s that are cased abbreviations
// (before folding, which would lose the case and the "đ").
func expandCased(s string) string {
	found := false
	for w := range casedAbbreviations {
		if strings.Contains(s, w) {
			found = true
			break
		}
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
		if to, ok := casedAbbreviations[w]; ok {
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
