package ask

import (
	"context"
	"fmt"
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// questionList answers a message that asks several questions, each closed
// by its own question mark ("1. DVC mức 3 toàn tỉnh? / 2. tỷ lệ HS trực
// tuyến năm 2018? / 3. k/p NQ22 còn thiếu?"): each in turn, the later read
// as follow-ups of the earlier ("… năm ngoái? / năm nay?"), every reply
// kept, one a question was not understood says so. ok is false unless two
// or more get a figure: a second mark may only close a tag ("…? đúng
// không?"), which the message read whole answers.
func (a *Answerer) questionList(ctx context.Context, message string, mem *memory) (Answer, bool, error) {
	items := nlu.BlockList(message)
	if items == nil {
		items = nlu.QuestionList(message)
	}
	if items == nil {
		// "c cần 3 số: HS online 2018; HS online 5 tháng 2019; tỷ lệ 5
		// tháng": a list with no question marks.
		items = nlu.ItemList(message)
	}
	if items == nil {
		return Answer{}, false, nil
	}
	parts := make([]Answer, 0, len(items))
	figures := 0
	c := a.cat.Get()
	for _, item := range items {
		// An item of a topic of its own is a question of its own ("…?;
		// DVC mức 4 cấp tỉnh?" takes no quarter from the reports asked
		// before it); one of the topic before goes on from it ("1) Can
		// Lộc Q2/2019 hstt? 2) hstong?"), unless only the item alone
		// gets a figure.
		alone, err := a.respond(ctx, item, nil)
		if err != nil {
			return Answer{}, false, err
		}
		ans := alone
		ownTopic := mem == nil || alone.Parse.Understood() && namesFigure(alone.Parse) && !sameTopic(c, alone.Parse.Indicators, mem.Parse.Indicators) && !pointsBackToUnit(c, mem, item)
		if mem != nil && ownTopic && len(alone.Parse.Indicators) == 0 && len(mem.Parse.Indicators) > 0 {
			// ("…?; các huyện đã nộp tổng bn?": read on, the districts'
			// total of the files asked, if that is what it reads as.)
			follow, err := a.respond(ctx, item, mem)
			if err != nil {
				return Answer{}, false, err
			}
			if follow.Kind.CarriesFigure() && len(follow.Parse.Indicators) > 0 {
				ans, ownTopic = follow, true
			}
		}
		if mem != nil && !ownTopic {
			follow, err := a.respond(ctx, item, mem)
			if err != nil {
				return Answer{}, false, err
			}
			// (The item's own period's figure before another period's the
			// reading on gives: "…?; quý 1/2019 bn người tham gia tập
			// huấn?" after Can Lộc's 2018 is the province's quarter.)
			// (Nor the item before's figure again where the item alone
			// gets one of its own: "- DVCTT mức 3 vận hành? / - mức 3
			// cấp xã mỗi xã?".)
			if follow.Kind.CarriesFigure() && !(follow.Kind == KindNearest && alone.Kind == KindFigure) && !(repeats(parts, follow) && alone.Kind.CarriesFigure() && !repeats(parts, alone)) || !alone.Kind.CarriesFigure() {
				ans = follow
			}
		}
		if ans.Kind == KindNotUnderstood || repeats(parts, ans) {
			// (Read on from the item before and not understood, it would
			// only say that one's figure again.)
			ans.Kind = KindNotUnderstood
			ans.Text = fmt.Sprintf(msgItemNotUnderstood, item)
		}
		if ans.Kind.CarriesFigure() {
			figures++
		}
		parts = append(parts, ans)
		if ans.Parse.Understood() {
			mem = nextInMessage(mem, ans)
		}
	}
	if figures < 2 {
		return Answer{}, false, nil
	}
	return joinAnswers(parts), true, nil
}

// namesFigure: the question names what figure it asks, not only a place,
// a period or a measure.
func namesFigure(p nlu.Parse) bool {
	switch p.Intent {
	case nlu.IntentReporting, nlu.IntentProjects, nlu.IntentProject, nlu.IntentFunding:
		return true
	}
	return len(p.Indicators) > 0 || len(p.Projects) > 0 || p.Money
}

// repeats: the reply states what one of the replies before does.
func repeats(before []Answer, ans Answer) bool {
	return slices.ContainsFunc(before, func(b Answer) bool { return sameBody(b, ans) })
}

// pointsBackToUnit: the item names the unit asked before by its kind
// alone ("… Nghi Xuân …? Ngoài ra số DVC mức độ 3 của huyện là bao
// nhiêu?": Huyện Nghi Xuân's, not the districts').
func pointsBackToUnit(c *catalog.Catalog, mem *memory, item string) bool {
	kind, ok := unitKindBefore(c, mem)
	return ok && nlu.BareKind(item, kind)
}
