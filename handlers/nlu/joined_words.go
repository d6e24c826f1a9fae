package nlu

import (
	"strings"
	"unicode"
)

// Words typed run together, as in hashtags and quick posts: "CanLộc",
// "TXHồngLĩnh", "#TPHaTinh", "SởTTTT", "quý2/2019", "DVCmuc4",
// "5thang2019".

// runWords are the words a number is typed on to ("quý2", "mức3",
// "5thang2019").
var runWords = setOf("quy", "muc", "thang", "nam", "qui")

// SplitJoined parts the words of a message run together: where a capital
// follows a small letter ("CanLộc"), after a known short form in capitals
// ("DVCmuc4", "TXHồng"), and between a number and the words above
// ("quý2", "5thang"); ok is false when it parts none.
func SplitJoined(message string) (string, bool) {
	words := strings.Fields(message)
	changed := false
	for i, w := range words {
		if parted := splitWord(w); parted != w {
			words[i], changed = parted, true
		}
	}
	if !changed {
		return message, false
	}
	return strings.Join(words, " "), true
}

// splitWord parts one word (see SplitJoined).
func splitWord(w string) string {
	rs := []rune(w)
	var cuts []int
	for i := 1; i < len(rs); i++ {
		prev, r := rs[i-1], rs[i]
		switch {
		case unicode.IsLower(prev) && unicode.IsUpper(r):
			// "CanLộc", "SởTTTT"; not a lone capital ending the word
			// ("tphT"), nor "QoQ", "YoY".
			if i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && !periodShorts[Fold(w)] {
				cuts = append(cuts, i)
			}
		case unicode.IsUpper(prev) && unicode.IsLower(r):
			// The end of a run of capitals: "DVC|muc4" when the run is a
			// short form; "TX|Hồng" when the run less its last is one.
			from := i - 1
			for from > 0 && unicode.IsUpper(rs[from-1]) {
				from--
			}
			if i-from < 2 || i-from == 2 && from != lastCut(cuts) || i-from == 2 && from == 0 {
				// "Can"; "CLộc" (initials, see spelling). After a cut, two
				// capitals are a word's and the next's: "So|Y|Te".
				continue
			}
			if i-from == 2 {
				cuts = append(cuts, i-1)
				continue
			}
			switch {
			case knownShort(string(rs[from:i])):
				cuts = append(cuts, i)
			case knownShort(string(rs[from : i-1])):
				cuts = append(cuts, i-1)
			}
		case unicode.IsLetter(prev) && unicode.IsDigit(r):
			// "quý2", "mức3"
			if last := lastCut(cuts); runWords[Fold(letterRunBefore(rs[last:], i-last))] {
				cuts = append(cuts, i)
			}
		case unicode.IsDigit(prev) && unicode.IsLetter(r):
			// "5thang2019"
			if runWords[Fold(letterRunFrom(rs, i))] || startsWithRunWord(letterRunFrom(rs, i)) {
				cuts = append(cuts, i)
			}
		}
	}
	if len(cuts) == 0 {
		return w
	}
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		if c <= last {
			continue
		}
		b.WriteString(string(rs[last:c]))
		b.WriteByte(' ')
		last = c
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}

func letterRunBefore(rs []rune, i int) string {
	from := i
	for from > 0 && unicode.IsLetter(rs[from-1]) {
		from--
	}
	return string(rs[from:i])
}

// periodShorts are words in mixed capitals that are no words run
// together ("QoQ": quarter on quarter).
var periodShorts = setOf("qoq", "yoy", "mom")

// lastCut is where the word's last part starts (0 before any cut).
func lastCut(cuts []int) int {
	if len(cuts) == 0 {
		return 0
	}
	return cuts[len(cuts)-1]
}

// startsWithRunWord: the letters start with such a word ("thangQ").
func startsWithRunWord(letters string) bool {
	f := Fold(letters)
	for w := range runWords {
		if strings.HasPrefix(f, w) && len(f) > len(w) && unicode.IsUpper([]rune(letters)[len([]rune(w))]) {
			return true
		}
	}
	return false
}

func letterRunFrom(rs []rune, i int) string {
	to := i
	for to < len(rs) && unicode.IsLetter(rs[to]) {
		to++
	}
	return string(rs[i:to])
}

// shortUnits are the short forms of units' kinds typed before a name
// ("TX", "TP", "UBND").
var shortUnits = setOf("tx", "tp", "ubnd", "tt", "sở", "so")

// knownShort: a word in capitals that is a short form the reading knows
// ("DVC", "TTHC", "TX").
func knownShort(s string) bool {
	f := Fold(s)
	if shortUnits[f] {
		return true
	}
	for _, a := range abbreviations {
		if a.from == f {
			return true
		}
	}
	return false
}
