package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// Follow-ups that change a ranking the chat asked: turned around, or
// without some of its units.

// reversedRanking: "ngược lại thì sao", "đảo lại thứ tự xem, đứng cuối là
// ai", "ngược lại ít nhất" after a ranking from the top (or the bottom):
// the same ranking from the other end (a period or an end the message
// names is taken too).
func reversedRanking(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if prev.Intent != nlu.IntentRanking || prev.Order != "desc" && prev.Order != "asc" || !nlu.Reverses(p.Words) ||
		len(p.Units) > 0 || len(p.Indicators) > 0 && !subsetOf(p.Indicators, prev.Indicators) {
		return nlu.Parse{}, false
	}
	m := prev
	m.Order = map[string]string{"desc": "asc", "asc": "desc"}[prev.Order]
	if p.Order == "desc" || p.Order == "asc" {
		m.Order = p.Order
	}
	if len(p.Periods) > 0 {
		m.Periods = p.Periods
	}
	return m, true
}

// leftOutPointers point at the unit a ranking named, to leave it out
// ("trừ cái cao nhất ra", "bỏ luôn cái đó nữa").
var leftOutPointers = [][]string{{"cai", "do"}, {"cai", "ay"}, {"cai", "cao", "nhat"}, {"cai", "thap", "nhat"}, {"cai", "dau"}, {"cai", "cuoi"},
	{"don", "vi", "do"}, {"huyen", "do"}, {"so", "do"}, {"no"}}

// rankingWithout: "trừ Đức Thọ ra thì sao", "trừ cái cao nhất ra thì
// sao", "bỏ luôn cái đó nữa" after a ranking: the same ranking without the
// units named (or the one its reply named), and any left out before (was
// the unit's own figure, or the same ranking again).
func rankingWithout(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if prev.Intent != nlu.IntentRanking || prev.Order != "desc" && prev.Order != "asc" || len(p.Indicators) > 0 || len(p.Periods) > 0 {
		return nlu.Parse{}, false
	}
	var out []string
	for i, u := range p.Units {
		if i >= len(p.UnitSpans) || !leftOut(p, i) {
			return nlu.Parse{}, false
		}
		if len(u) > 1 && prev.Level != "" {
			// (Đức Thọ the district, not the town, in a list of districts.)
			u = slices.DeleteFunc(slices.Clone(u), func(key string) bool { return c.Units[key].Level != prev.Level })
		}
		if len(u) != 1 {
			return nlu.Parse{}, false
		}
		out = append(out, u[0])
	}
	if len(out) == 0 {
		if len(mem.Named) != 1 || !slices.ContainsFunc(leftOutPointers, func(ph []string) bool {
			at := nlu.PhraseIndex(p.Words, strings.Join(ph, " "))
			if at > 0 && p.Words[at-1] == "luon" {
				at-- // "bỏ luôn cái đó"
			}
			return at > 0 && leftOutAt(p.Words, at)
		}) {
			return nlu.Parse{}, false
		}
		out = mem.Named
	}
	m := prev
	m.ExceptUnits = slices.Concat(prev.ExceptUnits, out)
	return m, true
}
