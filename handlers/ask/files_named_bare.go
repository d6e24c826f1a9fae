package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// filesOfBefore keeps the files counted before when a follow-up names its
// figure by "hồ sơ" alone: "q2 so với q1 tăng mấy hồ sơ" after the files
// not filed online, or after all the files received, is of those, not of
// the online files the bare word stands for in a question of its own.
// It reports whether it changed p.
func (a *Answerer) filesOfBefore(c *catalog.Catalog, mem *memory, asked nlu.Parse, p *nlu.Parse) bool {
	if mem == nil || len(asked.Indicators) != 1 || !hasWord(asked.Words, "ho", "so") || slices.Equal(mem.Parse.Indicators, asked.Indicators) {
		return false
	}
	part := asked.Indicators[0]
	whole := ""
	for _, in := range c.Indicators {
		if in.Kind == "percent" && in.NumeratorCode == part && in.DenominatorCode != "" {
			whole = in.DenominatorCode
			break
		}
	}
	before := mem.Parse.Indicators
	if whole == "" || !slices.Contains(before, whole) || slices.ContainsFunc(before, func(code string) bool { return code != whole && code != part }) {
		return false
	}
	// (The follow-up's other words name no figure: "tăng mấy hồ sơ trực
	// tuyến" is still the online files'.)
	rest := slices.DeleteFunc(slices.Clone(asked.Words), func(w string) bool { return w == "ho" || w == "so" })
	if slices.ContainsFunc(onlineWords, func(w []string) bool { return hasWord(rest, w...) }) {
		return false
	}
	if q := a.understand(c, nlu.Text{Original: strings.Join(rest, " "), Folded: strings.Join(rest, " "), Tokens: rest}); len(q.Indicators) > 0 {
		return false
	}
	p.Indicators = slices.Clone(before)
	if mem.Parse.Op == "diff" && asksNotOnline(mem.Parse) {
		// (Still the files not filed online, which the reply names.)
		p.Op = "diff"
		p.Words = append(slices.Clone(p.Words), "khong", "truc", "tuyen")
	}
	return true
}

// onlineWords say of files that they were filed online.
// ("mức" too: "hồ sơ mức 3, 4" are the online ones.)
var onlineWords = [][]string{{"truc", "tuyen"}, {"online"}, {"qua", "mang"}, {"dien", "tu"}, {"hstt"}, {"muc"}}
