package nlu

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// Term is one alias of a unit, level, indicator or project as stored in the
// database: Owner is the unit code, level code, indicator code or project
// number; Folded is the normalised alias, phrases joined by " + " when all
// of them must occur (in any order).
type Term struct {
	Owner  string
	Folded string
}

// Vocabulary is what the understanding knows by name. It comes from the
// database (aliases are data), so adding an indicator needs no code change.
// It is read-only once built and safe to share between goroutines.
type Vocabulary struct {
	units      []alias
	levels     []alias
	indicators []alias
	projects   []alias
	places     []alias // units and levels, longest first
	lexicon    map[string]bool
	placeOnly  map[string]bool
	// codes are the indicators' codes that are aliases of them ("hstt").
	codes map[string]bool
	// elsewhere are other provinces' names: a question about one of
	// them is not about this province.
	elsewhere map[string][][]string
	// Spelling corrects words one letter off the known ones.
	Spelling *Spelling
	// wordIDs numbers every word of an alias, so that matching compares
	// small integers, not strings; a question's other words are noWord.
	wordIDs map[string]int32
	// by id of the first word of an alias's first phrase: only aliases
	// whose first word is in the question are tried.
	indicatorIndex, projectIndex, placeIndex [][]int
	// indicatorWords are the words of each indicator's full name.
	indicatorWords map[string]map[string]bool
}

// NameIndicators gives the vocabulary each indicator's full name, by code:
// a second indicator matched only by words of the first one's name ("tỷ lệ
// … trực tuyến" inside "tỷ lệ doanh nghiệp được tập huấn về giao dịch trực
// tuyến") is part of that name, not a figure asked for.
func (v *Vocabulary) NameIndicators(names map[string]string) {
	v.indicatorWords = make(map[string]map[string]bool, len(names))
	for code, name := range names {
		words := map[string]bool{}
		for _, w := range Normalize(name).Tokens {
			words[w] = true
		}
		v.indicatorWords[code] = words
	}
}

// alias is a Term split into token phrases.
type alias struct {
	kind    termKind
	owner   string
	phrases [][]string
	ids     [][]int32 // the phrases' words by Vocabulary.wordIDs
	size    int       // tokens over all phrases
}

type termKind int

const (
	kindUnit termKind = iota
	kindLevel
	kindIndicator
	kindProject
)

// NewVocabulary builds a vocabulary from stored aliases. words are further
// domain words (names of indicators and projects, say): a question made of
// known words is a question about this domain, even when no alias matches
// it whole.
func NewVocabulary(units, levels, indicators, projects []Term, words ...string) *Vocabulary {
	v := &Vocabulary{
		units:      split(kindUnit, units),
		levels:     split(kindLevel, levels),
		indicators: split(kindIndicator, indicators),
		projects:   split(kindProject, projects),
	}
	v.lexicon = map[string]bool{}
	eachWord(v.lexicon, true, v.units, v.levels, v.indicators, v.projects)
	for _, text := range words {
		for _, w := range Normalize(text).Tokens {
			v.lexicon[w] = true
		}
	}
	// Words only units' names have ("quản lý", "khu", "kinh tế"): left
	// unexplained, they name a place the question did not resolve.
	v.placeOnly = map[string]bool{}
	eachWord(v.placeOnly, true, v.units)
	eachWord(v.placeOnly, false, v.levels, v.indicators, v.projects)
	for w := range cueWords {
		delete(v.placeOnly, w)
	}
	v.elsewhere = elsewhereNames(v.units)
	v.codes = map[string]bool{}
	for i := range v.indicators {
		if namedByCode(&v.indicators[i]) {
			v.codes[v.indicators[i].owner] = true
		}
	}
	v.Spelling = newSpelling(knownWords(v.lexicon))
	v.Spelling.joined = joinedNames(v.units)
	v.Spelling.districts = districtNames(v.units)
	v.Spelling.soundTargets = map[string]bool{}
	eachWord(v.Spelling.soundTargets, true, v.levels, v.indicators)
	for _, w := range soundTargetWords {
		v.Spelling.soundTargets[w] = true
	}
	v.Spelling.pairs = map[string]bool{}
	for pair := range cuePairs {
		v.Spelling.pairs[pair] = true
	}
	for _, name := range countryWords {
		addPairs(v.Spelling.pairs, strings.Fields(name)) // "cả lước": cả nước
	}
	for _, list := range [][]alias{v.units, v.levels, v.indicators, v.projects} {
		for _, a := range list {
			for _, ph := range a.phrases {
				addPairs(v.Spelling.pairs, ph)
			}
		}
	}
	v.Spelling.elsewhere = map[string]bool{}
	for _, names := range v.elsewhere {
		for _, toks := range names {
			v.Spelling.elsewhere[strings.Join(toks, "")] = true
			// ("Viêng Chăn" is no slip of "viên", "chân": its words are
			// words.)
			v.Spelling.Keep(strings.Join(toks, " "))
		}
	}
	v.places = append(append([]alias{}, v.units...), v.levels...)
	sort.SliceStable(v.places, func(i, j int) bool { return v.places[i].size > v.places[j].size })
	v.wordIDs = map[string]int32{}
	for _, list := range [][]alias{v.indicators, v.projects, v.places} {
		for i := range list {
			v.number(&list[i])
		}
	}
	v.indicatorIndex = v.firstWordIndex(v.indicators)
	v.projectIndex = v.firstWordIndex(v.projects)
	v.placeIndex = v.firstWordIndex(v.places)
	return v
}

// noWord is the id of a word no alias has.
const noWord int32 = -1

// number gives each word of the alias its id, numbering new words.
func (v *Vocabulary) number(a *alias) {
	a.ids = make([][]int32, len(a.phrases))
	for i, ph := range a.phrases {
		a.ids[i] = make([]int32, len(ph))
		for k, w := range ph {
			id, ok := v.wordIDs[w]
			if !ok {
				id = int32(len(v.wordIDs))
				v.wordIDs[w] = id
			}
			a.ids[i][k] = id
		}
	}
}

// idsOf is the question's words by id.
func (v *Vocabulary) idsOf(tokens []string) []int32 {
	ids := make([]int32, len(tokens))
	for i, t := range tokens {
		id, ok := v.wordIDs[t]
		if !ok {
			id = noWord
		}
		ids[i] = id
	}
	return ids
}

// eachWord adds (or, with add false, removes) every word of the lists'
// aliases to the set.
func eachWord(set map[string]bool, add bool, lists ...[]alias) {
	for _, list := range lists {
		for _, a := range list {
			for _, ph := range a.phrases {
				for _, w := range ph {
					if add {
						set[w] = true
					} else {
						delete(set, w)
					}
				}
			}
		}
	}
}

func (v *Vocabulary) firstWordIndex(list []alias) [][]int {
	index := make([][]int, len(v.wordIDs))
	for i, a := range list {
		w := a.ids[0][0]
		index[w] = append(index[w], i)
	}
	return index
}

// candidates lists, in list order, the aliases whose first word occurs.
func candidates(ids []int32, index [][]int, n int) []int {
	// Marked in a bit set and read back in order: cheaper than sorting
	// the hundreds a question's common words start.
	marks := make([]uint64, (n+63)/64)
	count := 0
	for _, id := range ids {
		if id == noWord {
			continue
		}
		for _, i := range index[id] {
			if marks[i/64]&(1<<(i%64)) == 0 {
				marks[i/64] |= 1 << (i % 64)
				count++
			}
		}
	}
	out := make([]int, 0, count)
	for w, m := range marks {
		for m != 0 {
			b := bits.TrailingZeros64(m)
			out = append(out, w*64+b)
			m &= m - 1
		}
	}
	return out
}

func split(kind termKind, terms []Term) []alias {
	out := make([]alias, 0, len(terms))
	for _, t := range terms {
		a := alias{kind: kind, owner: t.Owner}
		for _, p := range strings.Split(t.Folded, "+") {
			words := strings.Fields(p)
			if len(words) == 0 {
				continue
			}
			a.phrases = append(a.phrases, words)
			a.size += len(words)
		}
		if a.size > 0 {
			out = append(out, a)
			if v, ok := passive(a); ok {
				out = append(out, v)
			}
			if kind == kindProject {
				out = append(out, otherMoneyNouns(a)...)
			}
		}
	}
	return out
}

// moneyAliasWords are the words an asker calls a project's money by, each
// class one for another: the nouns ("sàn + kinh phí" is also "sàn +
// tiền", "sàn + vốn") and the verbs of giving or asking it ("sàn + cấp"
// is also "sàn + bố trí", "sàn + phân bổ", "sàn + đề xuất").
var moneyAliasWords = [][][]string{
	{{"kinh", "phi"}, {"tien"}, {"von"}, {"ngan", "sach"}},
	{{"cap"}, {"bo", "tri"}, {"phan", "bo"}, {"de", "xuat"}},
}

// otherMoneyNouns are the alias with each other money word of its class
// in place of the one it names as a whole phrase, if it names one.
func otherMoneyNouns(a alias) []alias {
	for _, class := range moneyAliasWords {
		at := slices.IndexFunc(a.phrases, func(ph []string) bool {
			return slices.ContainsFunc(class, func(m []string) bool { return slices.Equal(m, ph) })
		})
		if at < 0 {
			continue
		}
		var out []alias
		for _, m := range class {
			if slices.Equal(m, a.phrases[at]) {
				continue
			}
			v := alias{kind: a.kind, owner: a.owner, phrases: slices.Clone(a.phrases), size: a.size - len(a.phrases[at]) + len(m)}
			v.phrases[at] = m
			out = append(out, v)
		}
		return out
	}
	return nil
}

// passive is the alias with "được" after each "đã" ("đã cấp" → "đã được
// cấp"), the same words in the passive voice, if it has such a "đã".
func passive(a alias) (alias, bool) {
	v := alias{kind: a.kind, owner: a.owner}
	changed := false
	for _, ph := range a.phrases {
		var words []string
		for i, w := range ph {
			words = append(words, w)
			if w == "da" && i+1 < len(ph) && ph[i+1] != "duoc" {
				words = append(words, "duoc")
				changed = true
			}
		}
		v.phrases = append(v.phrases, words)
		v.size += len(words)
	}
	return v, changed
}

// span is a half-open token range.
type span struct{ from, to int }

// termMatch is an alias found in a question.
type termMatch struct {
	alias *alias
	spans []span
}

func (m termMatch) covers(i int) bool {
	for _, s := range m.spans {
		if s.from <= i && i < s.to {
			return true
		}
	}
	return false
}

// occurrences lists where a phrase occurs as a whole-token run, skipping
// tokens already taken.
func occurrences(ids []int32, phrase []int32, taken []bool) []int {
	var out []int
	first := phrase[0]
	for i := 0; i+len(phrase) <= len(ids); i++ {
		if ids[i] == first && slices.Equal(ids[i:i+len(phrase)], phrase) && free(taken, i, i+len(phrase)) {
			out = append(out, i)
		}
	}
	return out
}

func free(taken []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if taken[i] {
			return false
		}
	}
	return true
}

// maxOccurrences bounds the placements tried per phrase.
const maxOccurrences = 6

// matchAlias finds the most compact placement of all of an alias's phrases
// (so "tỷ lệ hồ sơ" in the second half of a question does not borrow
// "hồ sơ" from the first half), or reports false.
func matchAlias(ids []int32, a *alias, taken []bool) (termMatch, bool) {
	for _, p := range a.ids[1:] {
		// Most aliases fail on a missing word: find that out before
		// allocating anything.
		if !slices.Contains(ids, p[0]) {
			return termMatch{}, false
		}
	}
	occ := make([][]int, len(a.ids))
	for i, p := range a.ids {
		occ[i] = occurrences(ids, p, taken)
		if len(occ[i]) == 0 {
			return termMatch{}, false
		}
		// A question that repeats a word a hundred times must not make the
		// placement search explode: the first few occurrences suffice.
		if len(occ[i]) > maxOccurrences {
			occ[i] = occ[i][:maxOccurrences]
		}
	}
	best := -1
	var bestSpans []span
	pick := make([]int, len(a.phrases))
	var try func(k int)
	try = func(k int) {
		if k == len(a.phrases) {
			lo, hi := len(ids), 0
			spans := make([]span, len(pick))
			for i, start := range pick {
				spans[i] = span{start, start + len(a.phrases[i])}
				lo, hi = min(lo, spans[i].from), max(hi, spans[i].to)
			}
			if overlapping(spans) {
				return
			}
			if best < 0 || hi-lo < best {
				best, bestSpans = hi-lo, spans
			}
			return
		}
		for _, o := range occ[k] {
			pick[k] = o
			try(k + 1)
		}
	}
	try(0)
	if best < 0 {
		return termMatch{}, false
	}
	return termMatch{alias: a, spans: bestSpans}, true
}

func overlapping(spans []span) bool {
	for i := range spans {
		for j := i + 1; j < len(spans); j++ {
			if spans[i].from < spans[j].to && spans[j].from < spans[i].to {
				return true
			}
		}
	}
	return false
}

// matchAll returns every alias of the list that occurs, best (largest) first.
func matchAll(ids []int32, list []alias, index [][]int, taken []bool) []termMatch {
	var out []termMatch
	for _, i := range candidates(ids, index, len(list)) {
		if m, ok := matchAlias(ids, &list[i], taken); ok {
			out = append(out, m)
		}
	}
	// Largest first; of equal size, the one in fewer pieces (a name typed
	// whole before the same words scattered).
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].alias.size != out[j].alias.size {
			return out[i].alias.size > out[j].alias.size
		}
		return len(out[i].alias.phrases) < len(out[j].alias.phrases)
	})
	return out
}

// nameWithWords is the one other indicator whose full name holds both the
// words a weak match was made of and a word the matched one's name does
// not ("hồ sơ" matched, "nhận" left: "tổng số hồ sơ thủ tục hành chính
// tiếp nhận").
func (v *Vocabulary) nameWithWords(m termMatch, words []string) (string, bool) {
	var matched []string
	for _, ph := range m.alias.phrases {
		for _, w := range ph {
			if !fillers[w] {
				matched = append(matched, w)
			}
		}
	}
	own := v.indicatorWords[m.alias.owner]
	found := ""
	for code, name := range v.indicatorWords {
		if code == m.alias.owner || len(matched) == 0 || slices.ContainsFunc(matched, func(w string) bool { return !name[w] }) {
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return name[w] && !own[w] && !measureWords[w] }) ||
			slices.ContainsFunc(words, func(w string) bool { return own[w] && !name[w] }) {
			// None of the other's own words, or some of the matched one's
			// ("nhận được bao nhiêu hồ sơ trực tuyến": the online ones).
			continue
		}
		if found != "" {
			return "", false
		}
		found = code
	}
	return found, found != ""
}
