package ask

import (
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// againstAverage reads a unit's reported figure set against the figure
// of all the units that reported ("Hương Khê quý 2 tỷ lệ … trên hay dưới
// bình quân chung", "… so với chung các đơn vị đã nộp"), or of its level
// ("Sở TT&TT quý 1 tỷ lệ … so với bình quân các sở đã nộp", "Thạch Hà …
// so với các huyện"): the two figures and the gap, in the one period
// asked, never the unit's own change between periods.
func againstAverage(c *catalog.Catalog, p *nlu.Parse) {
	if len(p.Units) != 1 || len(p.Indicators) != 1 || len(p.Periods) > 1 || slices.Contains(p.Units[0], nlu.ProvinceCode) ||
		!c.Reported[p.Indicators[0]] || !hasWord(p.Words, "so", "voi") && !hasWord(p.Words, "tren", "hay", "duoi") && !hasWord(p.Words, "duoi", "hay", "tren") {
		return
	}
	average := hasWord(p.Words, "binh", "quan") || hasWord(p.Words, "trung", "binh") || hasWord(p.Words, "chung")
	if p.Level == "" && !average || p.Op != "" && p.Op != "avg" || p.Measure != "" && p.Measure != "change" {
		return
	}
	if p.Level != "" {
		// The unit of that level the name means ("Thạch Hà" beside "các
		// huyện": the huyện, not its thị trấn); none, no level of its own
		// ("Sở Tài chính so với các huyện").
		ofLevel := slices.DeleteFunc(slices.Clone(p.Units[0]), func(code string) bool { return c.Units[code].Level != p.Level })
		if len(ofLevel) == 0 {
			return
		}
		p.Units = [][]string{ofLevel}
	}
	p.Intent, p.Op, p.Measure = nlu.IntentValue, "diff", ""
	if p.Level == "" {
		p.Units = append(p.Units, []string{nlu.ProvinceCode})
	}
}

// averageAfter: a follow-up that only sets the unit asked before against
// the average or its level ("trên hay dưới mức bình quân chung?", "so với
// bình quân các sở thì sao"): the question before, so read.
func averageAfter(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	if mem == nil || len(p.Units) > 0 || len(p.Periods) > 0 || len(p.Indicators) > 0 && !slices.Equal(p.Indicators, mem.Parse.Indicators) {
		return nlu.Parse{}, false
	}
	m := mem.Parse
	m.Words, m.Level, m.Op, m.Measure, m.Order = p.Words, p.Level, "", "", ""
	if mem.Parse.Level != "" && p.Level == "" {
		return nlu.Parse{}, false
	}
	againstAverage(c, &m)
	if m.Op != "diff" {
		return nlu.Parse{}, false
	}
	return m, true
}
