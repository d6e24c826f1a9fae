package ask

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// servicePhrase is how people name online public services without saying
// which level ("dịch vụ công trực tuyến"; DVC and DVCTT expand to it).
const servicePhrase = "dich vu cong"

// everyServiceLevel rewrites a question that names online services without
// a level ("có bao nhiêu dịch vụ công trực tuyến?") to name every level the
// catalog counts ("… mức độ 3 và mức độ 4"): the answer gives each. The
// levels are read from the indicators' names, so new ones need no code.
func everyServiceLevel(c *catalog.Catalog, t nlu.Text) (nlu.Text, bool) {
	at := nlu.PhraseIndex(t.Tokens, servicePhrase)
	if at < 0 || namesServiceLevel(t.Tokens) || nlu.PhraseIndex(t.Tokens, "chuyen muc") >= 0 {
		// "chuyên mục … cho dịch vụ công": a portal's column, not services.
		return t, false
	}
	end := at + 3
	if nlu.PhraseIndex(t.Tokens[end:], "truc tuyen") == 0 {
		end += 2
	}
	levels := serviceLevels(c)
	if len(levels) < 2 {
		return t, false
	}
	rest := t.Tokens[end:]
	for _, top := range topLevelPhrases {
		if i := nlu.PhraseIndex(rest, top); i >= 0 {
			// "ở mức độ cao nhất": the highest level, not a ranking.
			rest = slices.Concat(rest[:i], rest[i+len(strings.Fields(top)):])
			levels = levels[len(levels)-1:]
			break
		}
	}
	tokens := slices.Concat(t.Tokens[:end], strings.Fields(strings.Join(levels, " va ")), rest)
	return nlu.Text{Original: t.Original, Folded: strings.Join(tokens, " "), Tokens: tokens}, true
}

// topLevelPhrases name the highest level of online service.
var topLevelPhrases = []string{"muc do cao nhat", "muc cao nhat"}

// namesServiceLevel: "mức 3", "mức độ 4", "mức IV"; not the "mức" of
// "mục tiêu" typed without diacritics, nor "từng mức độ" (each level).
func namesServiceLevel(tokens []string) bool {
	for i, t := range tokens {
		if t != "muc" || excludedAt(tokens, i) {
			// ("không kể mức 2": every level but that one.)
			continue
		}
		j := i + 1
		if j < len(tokens) && tokens[j] == "do" {
			j++
		}
		if j < len(tokens) && serviceLevelWords[tokens[j]] {
			return true
		}
	}
	return false
}

// serviceLevelWords name a level of online service after "mức (độ)".
var serviceLevelWords = map[string]bool{"1": true, "2": true, "3": true, "4": true, "i": true, "ii": true, "iii": true, "iv": true}

// serviceLevels are the qualifiers of the count indicators named "số dịch
// vụ công trực tuyến <level>": "muc do 3", "muc do 4".
func serviceLevels(c *catalog.Catalog) []string {
	out := slices.Collect(maps.Keys(serviceFamily(c)))
	sort.Strings(out)
	return out
}

// serviceFamily maps each level of the count indicators named "số dịch vụ
// công trực tuyến <level>" ("muc do 3") to its indicator's code.
func serviceFamily(c *catalog.Catalog) map[string]string {
	const family = "so dich vu cong truc tuyen "
	out := map[string]string{}
	for code, in := range c.Indicators {
		name := nlu.Normalize(in.Name).Folded
		if in.Kind == "count" && strings.HasPrefix(name, family) && len(strings.Fields(name[len(family):])) <= 3 {
			out[name[len(family):]] = code
		}
	}
	return out
}

// levelList writes "mức độ 3 và 4" (or "mức 3, 4") of online services as
// "mức độ 3 và mức 4", so each level names its own indicator. Hồ sơ "mức
// độ 3, 4" is one figure of both levels, and keeps its words.
func levelList(t nlu.Text) (nlu.Text, bool) {
	if nlu.PhraseIndex(t.Tokens, servicePhrase) < 0 || nlu.HasPhrase(t.Tokens, "ho so") {
		return t, false
	}
	level := func(s string) bool { return s == "3" || s == "4" }
	for i := 0; i+2 < len(t.Tokens); i++ {
		if t.Tokens[i] != "muc" {
			continue
		}
		j := i + 1
		if t.Tokens[j] == "do" {
			j++
		}
		if j+1 >= len(t.Tokens) || !level(t.Tokens[j]) {
			continue
		}
		k := j + 1
		if t.Tokens[k] == "va" || t.Tokens[k] == "voi" || t.Tokens[k] == "lan" || t.Tokens[k] == "hay" {
			k++ // ("cả mức 3 với 4", "mức 3 lẫn 4")
		}
		if k < len(t.Tokens) && level(t.Tokens[k]) && t.Tokens[k] != t.Tokens[j] {
			tokens := append(append(append([]string{}, t.Tokens[:j+1]...), "va", "muc"), t.Tokens[k:]...)
			return nlu.Text{Original: t.Original, Folded: strings.Join(tokens, " "), Tokens: tokens}, true
		}
	}
	return t, false
}

// familyOfLevels keeps the plain count of each service level in a reading
// of a question about a level of units ("các cơ quan cấp tỉnh") whose
// service levels everyServiceLevel added: the added "mức độ 3" beside
// "đang vận hành" names the level's count, not the province's figure a
// longer name holds ("số DVCTT mức độ 3 đã đưa vào vận hành").
func familyOfLevels(c *catalog.Catalog, codes []string) []string {
	byLevel := serviceFamily(c)
	var out []string
	levels := slices.Sorted(maps.Keys(byLevel))
	for _, code := range codes {
		name := nlu.Normalize(c.Indicators[code].Name).Folded
		for _, level := range levels {
			// A variant of the services' count ("số DVCTT mức độ 3 đã đưa
			// vào vận hành"), not a figure of filings at that level.
			if plain := byLevel[level]; code != plain && strings.Contains(name, "dich vu") && strings.Contains(name, level) {
				code = plain
				break
			}
		}
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// excludedAt: the words before i take what follows out ("không kể",
// "ngoài", "trừ", "không tính").
func excludedAt(tokens []string, i int) bool {
	if i == 0 {
		return false
	}
	switch tokens[i-1] {
	case "ke", "ngoai", "tru":
		return true
	case "tinh":
		return i >= 2 && tokens[i-2] == "khong"
	}
	return false
}

// everyLevelOf: "cấp huyện mỗi mức bn", "cả hai mức" after one level of
// online services asks every level of them, of the place asked.
func everyLevelOf(c *catalog.Catalog, asked nlu.Parse, p *nlu.Parse) {
	if len(asked.Indicators) > 0 || !(hasWord(asked.Words, "moi", "muc") || hasWord(asked.Words, "tung", "muc") || hasWord(asked.Words, "ca", "hai", "muc") ||
		hasWord(asked.Words, "hai", "muc") || hasWord(asked.Words, "2", "muc")) {
		return
	}
	family := serviceFamily(c)
	var every []string
	for _, level := range serviceLevels(c) {
		every = append(every, family[level])
	}
	for _, code := range p.Indicators {
		if !slices.Contains(every, code) {
			return
		}
	}
	if len(p.Indicators) > 0 {
		p.Indicators = every
	}
}
