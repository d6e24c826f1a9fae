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
	unit := readings[0]
	q := p
	q.Units, q.Level = nil, unit.Level
	if amongEvery(p.Words) {
		// "… trong tất cả đơn vị đã báo cáo", "nếu tính cả các sở": every
		// unit that reports, not those of its own level.
		q.Level = ""
	}
	per, list, none, err := r.rankedUnits(ctx, q, ind)
	if err != nil || none != nil {
		return deref(none), true, err
	}
	among := c.LevelPhrase(q.Level)
	if len(p.ExceptKinds) > 0 {
		// "không kể thành phố và 2 thị xã, Hương Khê xếp hạng mấy": among
		// the others.
		list = slices.DeleteFunc(list, func(e ranked) bool { return slices.Contains(p.ExceptKinds, c.Units[c.Keys[e.id]].Kind) })
		among += " " + fmt.Sprintf(msgExceptKinds, strings.ToLower(strings.Join(p.ExceptKinds, ", ")))
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
		return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgRankOf, unit.Name, i+1, len(list), among,
			ind.Name, per.Label, n.Figure(e.value, ind.Kind, ind.UnitLabel))}, true, nil
	}
	return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgRankOfNotReported, unit.Name, ind.Name, per.Label)}, true, nil
}

// amongEvery: the place is asked among every unit, whatever its level.
func amongEvery(words []string) bool {
	return hasWord(words, "tat", "ca", "don", "vi") || hasWord(words, "tat", "ca", "cac", "don", "vi") ||
		hasWord(words, "tinh", "ca", "cac", "so") || hasWord(words, "ke", "ca", "cac", "so") || hasWord(words, "toan", "bo", "don", "vi") ||
		hasWord(words, "ca", "so", "va", "huyen") || hasWord(words, "ca", "huyen", "va", "so") // "tính chung cả sở và huyện"
}
