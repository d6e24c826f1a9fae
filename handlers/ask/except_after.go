package ask

import (
	"context"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// exceptAfter answers a follow-up that only leaves something out of the
// question before ("không tính điện lực thì sao" after Điện lực's and
// Thuế's services: Thuế's; "không tính thành phố thì sao" after the
// districts' first: the first of the rest). ok is false when the message
// asks more than that, or leaves out nothing the question before had.
func (a *Answerer) exceptAfter(ctx context.Context, c *catalog.Catalog, mem *memory, p nlu.Parse, t nlu.Text) (Answer, bool, error) {
	if mem == nil || !mem.Parse.Understood() || p.Op != "except" || len(p.Indicators) > 0 || len(p.Periods) > 0 || len(p.Projects) > 0 {
		return Answer{}, false, nil
	}
	prev := mem.Parse
	var q nlu.Parse
	switch {
	case len(prev.Units) >= 2 && len(p.Units) > 0:
		// The units named before, less those left out.
		left := slices.DeleteFunc(slices.Clone(prev.Units), func(u []string) bool {
			return slices.ContainsFunc(p.Units, func(x []string) bool { return overlap(u, x) })
		})
		if len(left) == len(prev.Units) || len(left) == 0 {
			return Answer{}, false, nil
		}
		q = prev
		q.Units, q.UnitSpans = left, nil
		q.Op = ""
	case len(prev.Units) == 0 && (prev.Level != "" || len(prev.Levels) > 0):
		// The level's question as it stood, less what its words and the
		// ones leaving out read as left out (the order a follow-up turned
		// stays: "đứng cuối là ai" then "trừ Đức Thọ ra thì sao").
		words := slices.Concat(prev.Words, nlu.WithoutHowEnd(t).Tokens)
		ex := a.understand(c, nlu.Text{Original: strings.Join(words, " "), Folded: strings.Join(words, " "), Tokens: words})
		if !ex.Understood() || len(ex.ExceptKinds) == 0 && len(ex.ExceptUnits) == 0 {
			return Answer{}, false, nil
		}
		q = prev
		q.ExceptKinds, q.ExceptUnits = ex.ExceptKinds, ex.ExceptUnits
		if q.Op == "" {
			q.Op = ex.Op
		}
	default:
		return Answer{}, false, nil
	}
	ans, err := a.AnswerParse(ctx, q)
	if err != nil {
		return Answer{}, false, err
	}
	ans.Parse, ans.Path, ans.Inherited = q, "rules", []string{"indicators", "periods"}
	return ans, true, nil
}
