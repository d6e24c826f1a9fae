package ask

import (
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
	if at < 0 || nlu.HasPhrase(t.Tokens, "muc") {
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
	tokens := append(append(append([]string{}, t.Tokens[:end]...), strings.Fields(strings.Join(levels, " va "))...), t.Tokens[end:]...)
	return nlu.Text{Original: t.Original, Folded: strings.Join(tokens, " "), Tokens: tokens}, true
}

// serviceLevels are the qualifiers of the count indicators named "số dịch
// vụ công trực tuyến <level>": "muc do 3", "muc do 4".
func serviceLevels(c *catalog.Catalog) []string {
	const family = "so dich vu cong truc tuyen "
	var out []string
	for _, in := range c.Indicators {
		name := nlu.Normalize(in.Name).Folded
		if in.Kind == "count" && strings.HasPrefix(name, family) && len(strings.Fields(name[len(family):])) <= 3 {
			out = append(out, name[len(family):])
		}
	}
	sort.Strings(out)
	return out
}
