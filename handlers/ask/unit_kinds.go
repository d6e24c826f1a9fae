package ask

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// unitsOfKind writes a kind of district-level unit the province has few
// of as the units' names: "thành phố" alone is the one city ("thành phố
// nộp trực tuyến bao nhiêu hồ sơ": Thành phố Hà Tĩnh); "hai thị xã", "2
// thị xã", "các thị xã" are the towns ("thị xã Hồng Lĩnh và thị xã Kỳ
// Anh") when they are as many as said. A kind followed by a name, or set
// aside ("trừ thành phố", "không tính thị xã"), stays as typed.
func unitsOfKind(c *catalog.Catalog, t nlu.Text) (nlu.Text, bool) {
	toks, changed := kindsListed(c, t.Tokens)
	for kind, names := range c.KindNames {
		head, second, two := strings.Cut(kind, " ")
		if !two || strings.Contains(second, " ") || !slices.Contains(toks, second) {
			continue
		}
		kt := []string{head, second}
		for i := 0; i+len(kt) <= len(toks); i++ {
			if !slices.Equal(toks[i:i+len(kt)], kt) || namedAfter(toks[i+len(kt):], names) || nameTyped(t.Original, kt, occurrences(toks[:i], kt)) || setAside(toks[:i]) ||
				slices.Contains(toks[max(0, i-4):min(len(toks), i+len(kt)+2)], "huyen") {
				// ("các huyện, thị xã, thành phố", "cấp huyện (gồm cả
				// thành phố và hai thị xã)": the level, every kind named.)
				continue
			}
			from, n := i, 0
			if i > 0 {
				// (A count is two or more, and no quarter's: "quý 2 thành
				// phố" is no count.)
				afterPeriodWord := i > 1 && (toks[i-2] == "quy" || toks[i-2] == "thang" || toks[i-2] == "nam" || toks[i-2] == "muc")
				if v, err := strconv.Atoi(toks[i-1]); err == nil && v >= 2 && !afterPeriodWord {
					from, n = i-1, v
				} else if v, ok := spokenCounts[toks[i-1]]; ok {
					from, n = i-1, v
				} else if toks[i-1] == "cac" || toks[i-1] == "nhung" {
					from, n = i-1, len(names)
				}
			}
			if n == 0 && len(names) != 1 || n != 0 && n != len(names) {
				continue
			}
			var named []string
			for k, name := range names {
				if k > 0 {
					named = append(named, "va")
				}
				named = append(named, name...)
			}
			toks = slices.Concat(toks[:from], named, toks[i+len(kt):])
			i = from + len(named) - 1
			changed = true
		}
	}
	if !changed {
		return t, false
	}
	return nlu.Text{Original: t.Original, Folded: strings.Join(toks, " "), Tokens: toks}, true
}

// kindsListed writes two kinds or more said together ("thành phố, thị
// xã", "các thị xã và thành phố": the city and the towns) as every unit of
// each, unless the level is named by them ("các huyện, thị xã, thành
// phố": every district-level unit).
func kindsListed(c *catalog.Catalog, toks []string) ([]string, bool) {
	kindAt := func(i int) []string {
		for kind, names := range c.KindNames {
			head, second, two := strings.Cut(kind, " ")
			if two && !strings.Contains(second, " ") && i+1 < len(toks) && toks[i] == head && toks[i+1] == second && !namedAfter(toks[i+2:], names) {
				// (Not "thị xã Hồng Lĩnh": a unit, named.)
				return []string{head, second}
			}
		}
		return nil
	}
	for i := 0; i < len(toks); i++ {
		if kindAt(i) == nil {
			continue
		}
		var kinds [][]string
		end := i
		for k := kindAt(end); k != nil && !slices.ContainsFunc(kinds, func(seen []string) bool { return slices.Equal(seen, k) }); k = kindAt(end) {
			kinds = append(kinds, k)
			end += len(k)
			if end < len(toks) && (toks[end] == "va" || toks[end] == "voi" || toks[end] == "cac") {
				end++
			}
		}
		if toks[end-1] == "va" || toks[end-1] == "voi" || toks[end-1] == "cac" {
			end--
		}
		if len(kinds) >= 2 && i > 0 && (toks[i-1] == "gom" || toks[i-1] == "ca") && !slices.Contains(toks[end:min(len(toks), end+2)], "lai") {
			// "tính cả thành phố, thị xã thì nơi nào …", "(gồm TP, TX)":
			// the district level, the kinds included in it ("gom TX, TP
			// lại", pool them, stays the three).
			return slices.Concat(toks[:i], []string{"cap", "huyen"}, toks[end:]), true
		}
		if len(kinds) < 2 || slices.Contains(toks[max(0, i-4):min(len(toks), end+2)], "huyen") || setAside(toks[:i]) {
			i = end - 1
			continue
		}
		var named []string
		for _, k := range kinds {
			for _, name := range c.KindNames[strings.Join(k, " ")] {
				if len(named) > 0 {
					named = append(named, "va")
				}
				named = append(named, name...)
			}
		}
		return slices.Concat(toks[:i], named, toks[end:]), true
	}
	return toks, false
}

// spokenCounts are small counts said in words before a kind of unit.
var spokenCounts = map[string]int{"hai": 2, "ba": 3, "bon": 4}

// namedAfter: the words after a kind begin one of its units' names
// ("thành phố Hà Tĩnh").
func namedAfter(after []string, names [][]string) bool {
	for _, name := range names {
		if len(name) > 2 && len(after) >= len(name)-2 && slices.Equal(after[:len(name)-2], name[2:]) {
			return true
		}
	}
	return len(after) > 0 && (after[0] == "nao" || after[0] == "truc" || after[0] == "thuoc")
}

// nameTyped: the message writes the kind before a capitalised word, a
// name ("thành phố Vinh"), not before the rest of the question.
// The nth time the kind is written (from 0) is the one looked at.
func nameTyped(original string, kind []string, nth int) bool {
	words := strings.FieldsFunc(original, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for j := 0; j+len(kind) < len(words); j++ {
		match := true
		for k, w := range kind {
			match = match && nlu.Fold(strings.ToLower(words[j+k])) == w
		}
		if !match {
			continue
		}
		if nth > 0 {
			nth--
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[j+len(kind)])
		return unicode.IsUpper(r) && strings.ToUpper(original) != original
	}
	return false
}

// occurrences counts the times the phrase is in the tokens.
func occurrences(tokens, phrase []string) int {
	n := 0
	for i := 0; i+len(phrase) <= len(tokens); i++ {
		if slices.Equal(tokens[i:i+len(phrase)], phrase) {
			n++
		}
	}
	return n
}

// setAside: the words before a kind leave it out ("trừ", "ngoài", "không
// tính", "kể cả").
func setAside(before []string) bool {
	for _, w := range before[max(0, len(before)-2):] {
		switch w {
		case "tru", "ngoai", "tinh", "ke", "khong", "bo":
			return true
		}
	}
	// "tính cả thành phố và các thị xã", "gồm cả …": every unit, these too.
	return nlu.PhraseIndex(before, "ca") >= 0 && (nlu.PhraseIndex(before, "tinh ca") >= 0 || nlu.PhraseIndex(before, "gom ca") >= 0 ||
		nlu.PhraseIndex(before, "ke ca") >= 0) || nlu.PhraseIndex(before, "bao gom") >= 0
}
