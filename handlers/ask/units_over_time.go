package ask

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Units merge, are renamed and abolished (Hà Tĩnh's districts ended on
// 30/06/2025): a question about a period names the units of that period;
// a unit asked about a period it did not exist in is answered with what
// became of it, and who took over is offered.

// goneAnswer says the units a name means did not exist in the period and
// offers their successors (or, for a unit that began later, the units it
// was made of) as the question's new place.
func goneAnswer(c *catalog.Catalog, p nlu.Parse, mention int, gone []queries.Unit, per nlu.Period) Answer {
	ans := Answer{Kind: KindNoData, Text: goneText(c, gone, per)}
	seen := map[int64]bool{}
	for _, u := range gone {
		for _, id := range relatedUnits(c, u, per) {
			if seen[id] || len(ans.Options) == maxGoneOptions {
				continue
			}
			seen[id] = true
			chosen := p
			chosen.Units = append([][]string(nil), p.Units...)
			if mention < len(chosen.Units) {
				chosen.Units[mention] = []string{c.Keys[id]}
			}
			ans.Options = append(ans.Options, Option{Label: c.UnitsByID[id].Name, parse: &chosen})
		}
	}
	return ans
}

// maxGoneOptions bounds the successors offered as buttons.
const maxGoneOptions = 8

// goneText: "Huyện Can Lộc không còn từ 01/07/2025; nay là Xã Can Lộc,
// Xã Gia Hanh …" or "Xã Can Lộc có từ 01/07/2025, trước đó là …".
func goneText(c *catalog.Catalog, gone []queries.Unit, per nlu.Period) string {
	var parts []string
	for _, u := range gone {
		names := unitNamesByID(c, relatedUnits(c, u, per))
		switch {
		case u.ValidTo != "" && u.ValidTo < firstDay(per) && len(names) > 0:
			parts = append(parts, fmt.Sprintf(msgUnitEnded, u.Name, vi.Date(nextDay(u.ValidTo)), vi.Join(names)))
		case u.ValidTo != "" && u.ValidTo < firstDay(per):
			parts = append(parts, fmt.Sprintf(msgUnitEndedNoHeir, u.Name, vi.Date(nextDay(u.ValidTo))))
		case len(names) > 0:
			parts = append(parts, fmt.Sprintf(msgUnitBegan, u.Name, vi.Date(u.ValidFrom), vi.Join(names)))
		default:
			parts = append(parts, fmt.Sprintf(msgUnitBeganNoOrigin, u.Name, vi.Date(u.ValidFrom)))
		}
	}
	return strings.Join(parts, " ") + " " + fmt.Sprintf(msgUnitsOfPeriod, per.Label)
}

// relatedUnits are the successors of a unit that ended before the period,
// or the units a unit that began after it was made of.
func relatedUnits(c *catalog.Catalog, u queries.Unit, per nlu.Period) []int64 {
	var out []int64
	if u.ValidTo != "" && u.ValidTo < firstDay(per) {
		out = append(out, c.Successors[u.ID]...)
	} else {
		for from, tos := range c.Successors {
			if slices.Contains(tos, u.ID) {
				out = append(out, from)
			}
		}
	}
	slices.SortFunc(out, func(a, b int64) int { return strings.Compare(c.UnitsByID[a].Name, c.UnitsByID[b].Name) })
	return out
}

func unitNamesByID(c *catalog.Catalog, ids []int64) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, c.UnitsByID[id].Name)
	}
	return out
}
