package ask

import (
	"context"
	"fmt"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// A statistician asks the middle of the units' figures ("trung vị số hồ sơ
// trực tuyến của các đơn vị cấp huyện quý 2/2019"): the median of the
// figures the units reported, never the level's total, which is another
// figure.

// asksMedian: the words ask the median ("trung vị").
func asksMedian(words []string) bool { return hasWord(words, "trung", "vi") }

// median answers the median of a reported figure over the units of the
// level asked that reported it; ok is false when the question is not one.
func (r *reader) median(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	if !asksMedian(p.Words) || p.Op != "" || len(p.Indicators) != 1 || len(p.Units) > 0 || !r.cat.Reported[p.Indicators[0]] {
		// ("trung bình cộng thì sao" after a median: the mean, an op.)
		return Answer{}, false, nil
	}
	ind := r.cat.Indicators[p.Indicators[0]]
	per, list, none, err := r.rankedUnits(ctx, p, ind)
	if err != nil || none != nil {
		return deref(none), true, err
	}
	sortRanked(list, false)
	n := vi.NewNumbers()
	k := len(list)
	mid := list[k/2].value
	how := fmt.Sprintf(msgMedianOdd, k/2+1, list[k/2].name)
	if k%2 == 0 {
		mid = (list[k/2-1].value + list[k/2].value) / 2
		how = fmt.Sprintf(msgMedianEven, list[k/2-1].name, n.Figure(list[k/2-1].value, ind.Kind, ind.UnitLabel),
			list[k/2].name, n.Figure(list[k/2].value, ind.Kind, ind.UnitLabel))
	}
	text := fmt.Sprintf(msgMedian, ind.Name, r.cat.LevelPhrase(p.Level), per.Label, k, n.Figure(mid, ind.Kind, ind.UnitLabel), how)
	return Answer{Kind: KindFigure, Text: text}, true, nil
}
