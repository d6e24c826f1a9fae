package nlu

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed provinces.txt
var provincesText string

// elsewhereNames are the other provinces' names, folded, by first word,
// less any that is also a name of one of the deployment's own units.
func elsewhereNames(units []alias) map[string][][]string {
	own := map[string]bool{}
	for _, a := range units {
		for _, ph := range a.phrases {
			own[strings.Join(ph, " ")] = true
		}
	}
	out := map[string][][]string{}
	for _, line := range strings.Split(provincesText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		toks := Normalize(line).Tokens
		if len(toks) > 0 && !own[strings.Join(toks, " ")] {
			out[toks[0]] = append(out[toks[0]], toks)
		}
	}
	return out
}

// elsewhere is the other province a question names, outside the words of
// its own units' names ("Hương Sơn là" holds "sơn la"), if any.
// Words that only fold to a name ("hả, nói", "diễn biến") are none; the
// next name is looked for ("trực tuyến Quảng Bình" is no Tuyên Quang).
func (q *question) elsewhere(original string) (name string, at int, ok bool) {
	for i, tok := range q.tokens {
		for _, name := range q.v.elsewhere[tok] {
			if runAt(q.tokens, i, name) && !q.insideUnit(span{i, i + len(name)}) && !q.periodTaken[i] && !commonWords(q.tokens, i, name) {
				if joined := strings.Join(name, " "); saidTogether(original, joined) && !spelledOtherwise(original, joined) {
					return joined, i, true
				}
			}
		}
	}
	return "", -1, false
}

// saidTogether: the folded name's words stand together in the message,
// with no mark between them ("hả, nói" is no "Hà Nội").
func saidTogether(original, name string) bool {
	if original == "" {
		return true
	}
	return strings.Contains(strings.Join(strings.Fields(Fold(strings.ToLower(original))), " "), name)
}

// spelledOtherwise: the words that fold to a province's name are typed
// with marks that are not its name's ("diễn biến" is no "Điện Biên").
func spelledOtherwise(original, name string) bool {
	words := strings.Fields(strings.ToLower(original))
	n := len(strings.Fields(name))
	for i := 0; i+n <= len(words); i++ {
		typed := strings.Trim(strings.Join(words[i:i+n], " "), ",.;:!?()\"")
		if Fold(typed) != name {
			continue
		}
		if typed == Fold(typed) || provinceSpellings[typed] {
			return false // typed without marks, or as the name is spelt
		}
		return true
	}
	return false
}

// provinceSpellings are the other provinces' names as spelt, lower case.
var provinceSpellings = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(provincesText, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[strings.ToLower(line)] = true
		}
	}
	return out
}()

// commonWords: a province's name folds like common words, which the word
// after it shows they are: "đã nâng cấp" is "da nang cap", and no one
// writes "Đà Nẵng cấp".
func commonWords(tokens []string, i int, name []string) bool {
	j := i + len(name)
	return j < len(tokens) && slices.Contains(wordsAfterNotProvince[strings.Join(name, " ")], tokens[j])
}

// wordsAfterNotProvince are, by a province's folded name, the words that
// after it make it common words.
var wordsAfterNotProvince = map[string][]string{"da nang": {"cap"}}

// insideUnit reports whether a span overlaps the words of a unit's name.
func (q *question) insideUnit(sp span) bool {
	for _, u := range q.unitSpans {
		if sp.from < u.to && u.from < sp.to {
			return true
		}
	}
	return false
}

// wholeCountry: "cả nước có bao nhiêu DVC mức 4" asks the country's
// figure, which this province's is not; "PCI đứng thứ mấy cả nước" asks
// the province's place in it, which is.
func (q *question) wholeCountry() bool {
	if !slices.ContainsFunc(countryWords, q.has) {
		return false
	}
	for _, w := range []string{"thu", "hang", "xep", "top"} {
		if slices.Contains(q.tokens, w) {
			return false
		}
	}
	for i, w := range q.tokens {
		if w == "dung" && i+1 < len(q.tokens) && (q.tokens[i+1] == "dau" || q.tokens[i+1] == "cuoi" || q.tokens[i+1] == "bet") {
			return false // "đứng đầu cả nước" (not "dùng DVC", which folds alike)
		}
	}
	// "lọt vào nhóm nào của cả nước": the province's group in it.
	return !slices.ContainsFunc([]string{"nhom nao", "vao nhom", "thuoc nhom", "trong nhom"}, func(ph string) bool { return PhraseIndex(q.tokens, ph) >= 0 })
}

// countryWords name the whole country ("Cổng dịch vụ công quốc gia"), or
// another ("Singapore có bao nhiêu dịch vụ công trực tuyến"): figures this
// province's are not.
var countryWords = []string{"ca nuoc", "toan quoc", "quoc gia", "quoc te", "the gioi", "nuoc ngoai", "tinh khac", "singapore", "han quoc",
	"nhat ban", "trung quoc", "thai lan", "malaysia", "estonia"}

// asksWhichProvince: "tỉnh nào đứng đầu PCI", "tỉnh mô", "tỉnh thành nào": the other
// provinces' figures; "cơ quan cấp tỉnh nào" is a body of this one.
func (q *question) asksWhichProvince() bool {
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "tinh" || i > 0 && (q.tokens[i-1] == "cap" || q.tokens[i-1] == "so") {
			continue
		}
		if q.tokens[i+1] == "nao" || q.tokens[i+1] == "mo" && (q.has("ca nuoc") || q.has("toan quoc")) ||
			i+2 < len(q.tokens) && q.tokens[i+1] == "thanh" && q.tokens[i+2] == "nao" {
			// (Nghệ Tĩnh "tỉnh mô … cả nước": which province; "tỉnh mở
			// mấy lớp" folds alike.)
			return true
		}
		if i > 0 && (provincesPlural[q.tokens[i-1]] || i > 1 && q.tokens[i-2] == "top") && (q.has("ca nuoc") || q.has("toan quoc")) {
			// "top 10 tỉnh PCI cao nhất cả nước", "các tỉnh cả nước":
			// other provinces, which no figure here is of.
			return true
		}
	}
	return false
}

// provincesPlural make "tỉnh" many provinces ("các tỉnh", "những tỉnh",
// "top tỉnh").
var provincesPlural = setOf("cac", "nhung", "top", "may", "nhieu")
