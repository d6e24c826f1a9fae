package ask

import (
	"context"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// corrected answers a message its asker corrects as it goes ("năm 2018 tỷ
// lệ hồ sơ nộp trực tuyến, à ko, số lượng hồ sơ thôi", "Kỳ Anh quý 2, ý a
// là thị xã Kỳ Anh, tỷ lệ …"): what comes after the correction, read as
// a follow-up of what came before it, which itself gets no reply. A
// message that opens by taking back the chat's last question ("không, …",
// "sửa giúp anh: …") is what follows, read as a follow-up of that
// question. ok is false when the message corrects nothing.
func (a *Answerer) corrected(ctx context.Context, message string, mem *memory) (Answer, bool, error) {
	if after, ok := nlu.CorrectsLast(message); ok && mem != nil {
		// "không, anh cần tổng số hồ sơ tiếp nhận chứ không phải tỷ lệ",
		// "sửa giúp anh: quý 2 mới đúng": the question before, as now said.
		ans, err := a.respondOne(ctx, after, mem)
		return ans, err == nil, err
	}
	before, after, ok := nlu.Corrected(message)
	if !ok {
		return Answer{}, false, nil
	}
	c := a.cat.Get()
	first, err := a.respondOne(ctx, before, mem)
	if err != nil {
		return Answer{}, false, err
	}
	if first.Kind == KindInfo || first.Parse.Intent == nlu.IntentSearch {
		// "… cấp xã thì báo cáo yêu cầu chú trọng gì, à nhầm, cấp tỉnh,
		// cấp huyện cơ": what the report says, of the words as corrected.
		if q := a.Understand(after); !q.Understood() || q.Intent == nlu.IntentSearch {
			p := a.Understand(before + ", " + after)
			p.Intent = nlu.IntentSearch
			ans, err := a.quotes(ctx, p)
			if err != nil {
				return Answer{}, false, err
			}
			if ans.Kind != KindInfo {
				// (Nothing for the words together: what was found for
				// those first typed, which may say both.)
				return first, true, nil
			}
			ans.Parse, ans.Path = p, "search"
			return ans, true, nil
		}
	}
	if first.Parse.Understood() {
		mem = nextInMessage(mem, first)
	}
	if bp := a.understand(c, nlu.Normalize(before)); len(bp.Units) == 1 && len(bp.UnitSpans) == 1 && bp.UnitSpans[0][1] <= len(bp.Words) {
		// "Thị xã Kỳ Anh học kỳ 2, à không, quý 2/2019 tỷ lệ …": what was
		// corrected is the period; the town named before stays.
		after = a.ofPlace(c, after, strings.Join(bp.Words[bp.UnitSpans[0][0]:bp.UnitSpans[0][1]], " "))
	}
	ans, err := a.respondOne(ctx, after, mem)
	return ans, err == nil, err
}
