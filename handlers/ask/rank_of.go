package ask

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// rankOf answers "Can Lộc đứng thứ mấy về hồ sơ trực tuyến quý 2": the
// unit's place among the units of its level that reported the figure.
// ok is false when the question is not one to rank (no single unit, a
// figure units do not report).
func (r *reader) rankOf(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	c := r.cat
	if len(p.Indicators) != 1 || len(p.Units) != 1 {
		return Answer{}, false, nil
	}
	ind := c.Indicators[p.Indicators[0]]
	if ind.Kind != "rank" && (hasWord(p.Words, "ca", "nuoc") || hasWord(p.Words, "toan", "quoc")) {
		// "Hà Tĩnh đứng thứ mấy cả nước về tỷ lệ hồ sơ trực tuyến": no
		// province but this one has figures here, so no place among them.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNoNationalRank, ind.Name)}, true, nil
	}
	if !c.Reported[ind.Code] {
		return Answer{}, false, nil
	}
	// The reading of the name that reports ("Thạch Hà": the huyện, not
	// the xã or the thị trấn), at the level asked when one is.
	var readings []queries.Unit
	for _, code := range p.Units[0] {
		u, ok := c.Units[code]
		if ok && c.RequiredUnit[u.ID] && (p.Level == "" || u.Level == p.Level) {
			readings = append(readings, u)
		}
	}
	switch len(readings) {
	case 0:
		return Answer{}, false, nil
	case 1:
	default:
		// "Kỳ Anh đứng thứ mấy": the huyện or the thị xã, both ranked.
		return askUnit(c, p, 0, readings), true, nil
	}
	if len(p.Periods) == 0 {
		// "Can Lộc xếp hạng mấy về tỷ lệ hồ sơ trực tuyến": of which
		// quarter, when several are stored.
		asked := p
		asked.Level = "" // ("… cấp huyện": the level it is ranked in, not the figure's)
		if ask, err := r.askPeriod(ctx, asked, p.Indicators); err != nil || ask != nil {
			return deref(ask), true, err
		}
	}
	unit := readings[0]
	q := p
	q.Units, q.Level = nil, unit.Level
	if amongEvery(p.Words) || endAsked(p.Words) != 0 && provinceWide(p.Words) {
		// "… trong tất cả đơn vị đã báo cáo", "nếu tính cả các sở": every
		// unit that reports, not those of its own level.
		q.Level = ""
	}
	if dir := neighbourAsked(p); dir != 0 && len(p.Periods) == 1 {
		// "đơn vị xếp ngay trên Thạch Hà": the one next to it.
		ans, err := r.neighbour(ctx, q, unit, ind, dir)
		return ans, true, err
	}
	if len(p.Periods) == 2 && p.Periods[0].Kind == nlu.PeriodQuarter && p.Periods[1].Kind == nlu.PeriodQuarter {
		// "Hương Sơn quý 1 với quý 2 xếp thứ mấy, lên mấy bậc": its
		// place in each, the older first, and the move between them.
		return r.rankOfTwo(ctx, q, unit, ind)
	}
	text, _, ok, err := r.placeOf(ctx, q, unit, ind)
	if err != nil || !ok {
		return Answer{Kind: KindNoData, Text: text}, true, err
	}
	return Answer{Kind: KindFigure, Text: text}, true, nil
}

// rankOfTwo answers a unit's place in two quarters, and how many places it
// moved from the older to the newer.
func (r *reader) rankOfTwo(ctx context.Context, q nlu.Parse, unit queries.Unit, ind queries.Indicator) (Answer, bool, error) {
	pers := slices.Clone(q.Periods)
	sort.Slice(pers, func(i, j int) bool { return pers[i].Start < pers[j].Start })
	var texts []string
	var places []int
	for _, per := range pers {
		q.Periods = []nlu.Period{per}
		text, place, ok, err := r.placeOf(ctx, q, unit, ind)
		if err != nil || !ok {
			return Answer{Kind: KindNoData, Text: text}, true, err
		}
		texts, places = append(texts, text), append(places, place)
	}
	switch move := places[0] - places[1]; {
	case move > 0:
		texts = append(texts, fmt.Sprintf(msgRankUp, move))
	case move < 0:
		texts = append(texts, fmt.Sprintf(msgRankDown, -move))
	default:
		texts = append(texts, msgRankSame)
	}
	return Answer{Kind: KindFigure, Text: strings.Join(texts, " ")}, true, nil
}

// placeOf is a unit's place among the units of q's level (every level when
// q has none) that reported the figure in q's period, as the reply says
// it; ok is false when it has none (the text says why).
func (r *reader) placeOf(ctx context.Context, q nlu.Parse, unit queries.Unit, ind queries.Indicator) (string, int, bool, error) {
	c := r.cat
	per, list, none, err := r.rankedUnits(ctx, q, ind)
	if err != nil || none != nil {
		return deref(none).Text, 0, false, err
	}
	among := c.LevelPhrase(q.Level)
	if len(q.ExceptKinds) > 0 {
		// "không kể thành phố và 2 thị xã, Hương Khê xếp hạng mấy": among
		// the others.
		list = slices.DeleteFunc(list, func(e ranked) bool { return slices.Contains(q.ExceptKinds, c.Units[c.Keys[e.id]].Kind) })
		among += " " + fmt.Sprintf(msgExceptKinds, strings.ToLower(strings.Join(q.ExceptKinds, ", ")))
	}
	sort.SliceStable(list, func(i, j int) bool {
		if ind.HigherIsBetter {
			return list[i].value > list[j].value
		}
		return list[i].value < list[j].value
	})
	n := vi.NewNumbers()
	for i, e := range list {
		if e.name != unit.Name {
			continue
		}
		var tied []string
		first, last := i, i
		for k, o := range list {
			if k != i && o.value == e.value {
				tied = append(tied, o.name)
				first, last = min(first, k), max(last, k)
			}
		}
		if len(tied) > 0 {
			// "Can Lộc quý 2 đứng thứ mấy về DVC mức 4" when Thị xã Kỳ
			// Anh has as many: no place of its own, the places they share.
			return fmt.Sprintf(msgRankTied, unit.Name, n.Figure(e.value, ind.Kind, ind.UnitLabel), strings.Join(tied, ", "),
				first+1, last+1, len(list), among, ind.Name, per.Label), 0, false, nil
		}
		text := fmt.Sprintf(msgRankOf, unit.Name, i+1, len(list), among, ind.Name, per.Label, n.Figure(e.value, ind.Kind, ind.UnitLabel))
		if fromBottom(q.Words) {
			// "đứng thứ mấy từ dưới lên": that place too, counted from
			// the last.
			text += " " + fmt.Sprintf(msgRankFromBottom, len(list)-i)
		}
		switch countAround(q.Words) {
		case neighbourAbove:
			// "…, trên nó có mấy đơn vị": those ranked above.
			text += " " + fmt.Sprintf(msgRankedAbove, i)
		case neighbourBelow:
			text += " " + fmt.Sprintf(msgRankedBelow, len(list)-i-1)
		}
		return text, i + 1, true, nil
	}
	return fmt.Sprintf(msgRankOfNotReported, unit.Name, ind.Name, per.Label), 0, false, nil
}

// fromBottom: the place is asked counted from the last ("từ dưới lên",
// "từ cuối lên", "từ dưới đếm lên").
func fromBottom(words []string) bool {
	return hasWord(words, "tu", "duoi", "len") || hasWord(words, "tu", "cuoi", "len") || hasWord(words, "tu", "duoi", "dem") ||
		hasWord(words, "tu", "cuoi", "dem", "len")
}

// amongEvery: the place is asked among every unit, whatever its level.
func amongEvery(words []string) bool {
	return hasWord(words, "tat", "ca", "don", "vi") || hasWord(words, "tat", "ca", "cac", "don", "vi") ||
		hasWord(words, "tinh", "ca", "cac", "so") || hasWord(words, "ke", "ca", "cac", "so") || hasWord(words, "toan", "bo", "don", "vi") ||
		hasWord(words, "ca", "so", "va", "huyen") || hasWord(words, "ca", "huyen", "va", "so") || // "tính chung cả sở và huyện"
		hasWord(words, "ca", "so", "lan", "huyen") || hasWord(words, "ca", "huyen", "lan", "so") || hasWord(words, "bang", "tong") ||
		hasWord(words, "toan", "bo") && hasWord(words, "don", "vi") // "trong toàn bộ 17 đơn vị nộp báo cáo"
}

// rankInProvince: "TP Hà Tĩnh xếp thứ mấy trong tỉnh", "… đứng hạng mấy
// toàn tỉnh", "… cả tỉnh": the place among the units of its level across
// the province, not the province as a second unit (whose place was
// refused).
func rankInProvince(p *nlu.Parse) {
	if p.Op != "rankof" || len(p.Units) != 2 || len(p.UnitSpans) != 2 {
		return
	}
	for i, u := range p.Units {
		sp := p.UnitSpans[i]
		if !slices.Equal(u, []string{nlu.ProvinceCode}) || sp[0] < 1 || sp[0] > len(p.Words) {
			continue
		}
		switch p.Words[sp[0]-1] {
		case "trong", "toan", "ca", "khap":
			p.Units = slices.Delete(slices.Clone(p.Units), i, i+1)
			p.UnitSpans = slices.Delete(slices.Clone(p.UnitSpans), i, i+1)
			return
		}
	}
}

// countAround: the question counts the units ranked above the one asked
// ("trên nó có mấy đơn vị", "có bao nhiêu huyện xếp trên") or below it,
// or 0.
func countAround(words []string) int {
	if !hasWord(words, "may") && !hasWord(words, "bao", "nhieu") {
		return 0
	}
	for i, w := range words {
		if w != "tren" && w != "duoi" || i+1 < len(words) && (words[i+1] == "dia" || words[i+1] == "bang") {
			continue // "trên địa bàn", "dưới bảng"
		}
		if w == "tren" {
			return neighbourAbove
		}
		return neighbourBelow
	}
	return 0
}
