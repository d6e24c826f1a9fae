package nlu

import (
	"strings"
	"unicode"
)

// withoutSectionRefs drops where in the report a question says its figure
// stands ("ở mục I.1", "Mục II.1 phần B", "(đoạn cuối mục II.3)", "tiểu
// mục c"): the place of the words, not what is asked. "mục" is told from
// "mức" (a level: "mức 3") by its mark, so it is read before folding; a
// section is a Roman numeral or a letter, with its sub-numbers ("mục 13"
// of the appendix is a project's row, and stays).
// The word before ("ở", "tại", "theo", "trong", "của") goes with it.
func withoutSectionRefs(s string) string {
	if !strings.Contains(s, "ục") && !strings.Contains(s, "ỤC") && !strings.Contains(s, "hần") && !strings.Contains(s, "HẦN") {
		return s
	}
	words := strings.Fields(s)
	out := make([]string, 0, len(words))
	changed := false
	for i := 0; i < len(words); i++ {
		w := strings.ToLower(strings.TrimLeft(words[i], "(["))
		n := 0
		switch {
		case w == "mục" || w == "phần":
			n = 1
		case w == "tiểu" && i+1 < len(words) && strings.ToLower(words[i+1]) == "mục":
			n = 2
		}
		if n == 0 || i+n >= len(words) {
			out = append(out, words[i])
			continue
		}
		id, end := sectionID(words[i+n])
		if id == "" {
			out = append(out, words[i])
			continue
		}
		if k := len(out) - 1; k >= 0 && sectionLeads[strings.ToLower(out[k])] {
			out = out[:k]
		}
		if k := len(out) - 2; k >= 0 && strings.EqualFold(strings.TrimLeft(out[k], "(["), "đoạn") && paragraphPlaces[strings.ToLower(out[k+1])] {
			out = out[:k] // "(đoạn cuối mục II.3)"
		}
		if end != "" {
			out = append(out, end) // the punctuation after it stays
		}
		i += n
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(out, " ")
}

// sectionLeads are the words that place a section reference ("ở mục
// I.1", "theo phần B").
var sectionLeads = map[string]bool{"ở": true, "tại": true, "theo": true, "trong": true, "của": true, "thuộc": true}

// paragraphPlaces say which paragraph of a section ("đoạn cuối mục II.3").
var paragraphPlaces = map[string]bool{"đầu": true, "cuối": true, "trên": true, "dưới": true}

// sectionID splits a word into a section's number ("II.1", "A", "c")
// and the punctuation after it; no number: "".
func sectionID(w string) (id, end string) {
	id = strings.TrimRightFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '.' || r == '.' })
	end = w[len(id):]
	if id == "" {
		return "", ""
	}
	head, rest, _ := strings.Cut(id, ".")
	for _, part := range strings.Split(rest, ".") {
		if rest != "" && !isDigits(part) && !romanOrLetter(part) { // ("B.II.3")
			return "", ""
		}
	}
	if !romanOrLetter(head) {
		return "", "" // ("mục 13 phụ lục": the appendix's row 13, a project)
	}
	return id, strings.Trim(end, ".")
}

// romanOrLetter: a Roman numeral up to VIII, or one letter a–e, either case.
func romanOrLetter(s string) bool {
	switch strings.ToUpper(s) {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "A", "B", "C", "D", "E":
		return true
	}
	return false
}
