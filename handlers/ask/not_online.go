package ask

import (
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// notOnlineWords ask the files that were not filed online: the whole the
// online count is a part of, less that part.
var notOnlineWords = [][]string{
	{"khong", "nop", "truc", "tuyen"}, {"khong", "truc", "tuyen"}, {"chua", "nop", "truc", "tuyen"},
	{"nop", "truc", "tiep"}, {"ho", "so", "truc", "tiep"}, {"khong", "qua", "mang"}, {"khong", "nop", "qua", "mang"},
	{"ngoai", "truc", "tuyen"},
}

// notOnline reads "bao nhiêu hồ sơ không nộp trực tuyến", "hồ sơ nộp
// trực tiếp" as the count the rate is out of less the one it counts
// (tiếp nhận − trực tuyến), never as the online count its words also name.
func notOnline(c *catalog.Catalog, p *nlu.Parse) {
	if p.Op != "" && p.Op != "sum" || p.Measure != "" && p.Measure != "complement" ||
		!slices.ContainsFunc(notOnlineWords, func(w []string) bool { return hasWord(p.Words, w...) }) {
		return
	}
	if len(p.Indicators) == 1 && c.Indicators[p.Indicators[0]].Kind == "percent" && c.Indicators[p.Indicators[0]].NumeratorCode != "" {
		// "tỷ lệ hồ sơ không nộp trực tuyến": the rest of the whole.
		p.Measure = "complement"
		return
	}
	for _, code := range p.Indicators {
		for _, rate := range c.Indicators {
			if rate.Kind != "percent" || rate.NumeratorCode != code || rate.DenominatorCode == "" || slices.Contains(p.Indicators, rate.Code) {
				continue
			}
			p.Indicators = []string{rate.DenominatorCode, code}
			p.Op, p.Measure = "diff", ""
			return
		}
	}
}
