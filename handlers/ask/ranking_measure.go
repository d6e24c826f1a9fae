package ask

import (
	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// countWords say the count is what is ranked ("nhiều nhất", "số hồ sơ",
// "số lượng"); rateWords say the rate is.
var (
	countWords = [][]string{{"nhieu"}, {"it"}, {"so", "ho", "so"}, {"so", "luong"}, {"bao", "nhieu", "ho", "so"}}
	rateWords  = [][]string{{"%"}, {"ty", "le"}, {"phan", "tram"}}
)

// rankedByUnsaidMeasure: "huyện nào cao nhất về nộp hồ sơ trực tuyến"
// ranks by a figure that has a count and a rate of it ("số hồ sơ …",
// "tỷ lệ …") and says neither (not "nhiều nhất", not "tỷ lệ"): the two
// rank differently (the city has the most files, Can Lộc the highest
// rate), so both rankings are given, each named.
func rankedByUnsaidMeasure(c *catalog.Catalog, p *nlu.Parse) {
	if p.Intent != nlu.IntentRanking || p.Order != "desc" && p.Order != "asc" || len(p.Indicators) != 1 || p.Measure != "" || p.Op != "" ||
		!(hasWord(p.Words, "cao") || hasWord(p.Words, "thap")) || saysAny(p.Words, countWords) || saysAny(p.Words, rateWords) {
		return
	}
	if c.Indicators[p.Indicators[0]].Kind == "percent" {
		return
	}
	if share, ok := percentSibling(c, p.Indicators); ok && c.Reported[share[0]] {
		p.Indicators = append(p.Indicators, share[0])
	}
}

// saysAny: one of the phrases occurs in the words.
func saysAny(words []string, list [][]string) bool {
	for _, ph := range list {
		if hasWord(words, ph...) {
			return true
		}
	}
	return false
}
