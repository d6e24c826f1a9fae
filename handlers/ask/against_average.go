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
	units, indicators := p.Units, p.Indicators
	if len(units) == 2 && slices.Equal(units[1], []string{nlu.ProvinceCode}) {
		units = units[:1] // "… so với bình quân chung các đơn vị": the unit's
	}
	compared := hasWord(p.Words, "so", "voi") || hasWord(p.Words, "tren", "hay", "duoi") || hasWord(p.Words, "duoi", "hay", "tren") ||
		hasWord(p.Words, "tren", "muc") || hasWord(p.Words, "duoi", "muc")
	average := hasWord(p.Words, "binh", "quan") || hasWord(p.Words, "trung", "binh") || hasWord(p.Words, "chung") || hasWord(p.Words, "mat", "bang")
	// ("Can Lộc quý 2 hơn bình quân các huyện bao nhiêu điểm", "… kém
	// bình quân khối huyện", "… thua bình quân các huyện mấy điểm".)
	// ("Nghi Xuân quý 1 so bình quân các huyện cao hay thấp", "… gấp mấy
	// lần trung bình các huyện", "… với mức chung của tỉnh ra sao", "…
	// đặt cạnh bình quân tỉnh thì sao": the two figures.)
	compared = compared || average && (hasWord(p.Words, "hon") || hasWord(p.Words, "kem") || hasWord(p.Words, "thua") ||
		hasWord(p.Words, "cao", "hay", "thap") || hasWord(p.Words, "thap", "hay", "cao") || hasWord(p.Words, "gap") ||
		hasWord(p.Words, "ra", "sao") || hasWord(p.Words, "thi", "sao") || hasWord(p.Words, "the", "nao") || hasWord(p.Words, "thi", "rang") ||
		hasWord(p.Words, "dat", "canh") || hasWord(p.Words, "vuot"))
	reports := len(indicators) == 0 && p.Intent == nlu.IntentReporting && average
	if reports {
		// "Thạch Hà quý 2 có trên mức bình quân của các huyện đã báo cáo
		// không": no figure named, so the one units are ranked by in
		// their reports, said in the reply ("báo cáo" is whose average).
		indicators = []string{rankedByDefault}
	}
	quarter := len(p.Periods) == 1 && p.Periods[0].Kind == nlu.PeriodQuarter
	if len(indicators) == 0 && average && (hasWord(p.Words, "diem") || slices.Contains(p.Words, "%") || quarter && compared) {
		// "Can Lộc quý 2 hơn bình quân các huyện bao nhiêu điểm %": points
		// of the rate units are ranked by in their reports, named in the
		// reply.
		indicators = []string{rankedByDefault}
	}
	if len(units) != 1 || len(indicators) != 1 || len(p.Periods) > 1 || slices.Contains(units[0], nlu.ProvinceCode) ||
		!c.Reported[indicators[0]] || !compared {
		return
	}
	if p.Level == "" && !average || p.Op != "" && p.Op != "avg" && p.Op != "diff" && p.Op != "ratio" || p.Measure != "" && p.Measure != "change" && p.Measure != "target" {
		return
	}
	if p.Level != "" {
		// The unit of that level the name means ("Thạch Hà" beside "các
		// huyện": the huyện, not its thị trấn); none, no level of its own
		// ("Sở Tài chính so với các huyện").
		ofLevel := slices.DeleteFunc(slices.Clone(units[0]), func(code string) bool { return c.Units[code].Level != p.Level })
		if len(ofLevel) == 0 {
			return
		}
		units = [][]string{ofLevel}
	} else {
		units = append(slices.Clip(units), []string{nlu.ProvinceCode})
	}
	p.Intent, p.Op, p.Measure, p.Units, p.Indicators, p.Reason = nlu.IntentValue, "diff", "", units, indicators, ""
	if reports {
		p.Count, p.Missing, p.Which = false, false, false
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
