package ask

import (
	"context"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// reportCompared answers a message that sets the units' own quarterly
// figure against the report's ("Tổng DVC mức 3 các huyện tự báo cáo quý
// 1/2019 so với con số 1385 của BC 47?", "tỷ lệ chung các huyện quý 1 so
// với mức 13,25% BC 47 nêu cho 5 tháng đầu năm"): the figure asked, then
// the stored figure of the same indicator of the period the report part
// names (the latest when none), for the same level or else the province;
// ok is false when the message sets nothing against a report or the part
// asked gives no figure.
func (a *Answerer) reportCompared(ctx context.Context, question string, mem *memory) (Answer, bool, error) {
	asked, against, ok := nlu.AgainstReport(question)
	if !ok {
		return Answer{}, false, nil
	}
	ans, err := a.respondOne(ctx, asked, mem)
	if err != nil || !ans.Kind.CarriesFigure() || len(ans.Parse.Indicators) == 0 {
		return Answer{}, false, err
	}
	p := ans.Parse
	p.Periods = a.understand(a.cat.Get(), nlu.Normalize(against)).Periods
	p.Measure, p.Op = "", ""
	for _, whole := range []bool{false, true} {
		if whole {
			// The report states it for the province only (13,25% of 5
			// tháng đầu năm 2019), not for the level asked.
			p.Level, p.Levels, p.Units, p.UnitSpans = "", nil, nil, nil
		}
		rep, err := a.AnswerParse(ctx, p)
		if err != nil {
			return Answer{}, false, err
		}
		if rep.Kind.CarriesFigure() && rep.Text != ans.Text {
			rep.Path = ans.Path
			return joinAnswers([]Answer{ans, rep}), true, nil
		}
	}
	return ans, true, nil
}
