package ask

import (
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// shareOfWhole: "chiếm bao nhiêu % dvc mức 4 của các đơn vị đã báo cáo
// quý 1" after Hồng Lĩnh's services of quarter 1 names the same figure
// and no place: the unit's share of the province's (of all that
// reported), as "Hồng Lĩnh … chiếm bao nhiêu % toàn tỉnh" asks (it was
// refused, a share of nothing named).
func shareOfWhole(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if _, rated := percentSibling(c, prev.Indicators); rated {
		// ("chiếm mấy %" after a unit's online files: their rate.)
		return nlu.Parse{}, false
	}
	if p.Op != "share" || len(p.Units) > 0 || p.Level != "" || len(prev.Units) != 1 || slices.Equal(prev.Units[0], []string{nlu.ProvinceCode}) ||
		prev.Intent != nlu.IntentValue || len(p.Indicators) > 0 && !subsetOf(p.Indicators, prev.Indicators) || len(p.Periods) > 1 {
		return nlu.Parse{}, false
	}
	m := prev
	m.Units = [][]string{prev.Units[0], {nlu.ProvinceCode}}
	m.Op, m.Measure, m.Level, m.Levels = "share", "", "", nil
	if len(p.Periods) == 1 {
		m.Periods = sameYear(p.Periods, firstPeriod(prev))
	}
	return m, true
}
