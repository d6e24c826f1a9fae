package ask

import (
	"context"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// corrected answers a message its asker corrects as it goes ("năm 2018 tỷ
// lệ hồ sơ nộp trực tuyến, à ko, số lượng hồ sơ thôi", "Kỳ Anh quý 2, ý a
// là thị xã Kỳ Anh, tỷ lệ …"): what comes after the correction, read as
// a follow-up of what came before it, which itself gets no reply. ok is
// false when the message corrects nothing.
func (a *Answerer) corrected(ctx context.Context, message string, mem *memory) (Answer, bool, error) {
	before, after, ok := nlu.Corrected(message)
	if !ok {
		return Answer{}, false, nil
	}
	first, err := a.respondOne(ctx, before, mem)
	if err != nil {
		return Answer{}, false, err
	}
	if first.Parse.Understood() {
		mem = nextInMessage(mem, first)
	}
	ans, err := a.respondOne(ctx, after, mem)
	return ans, err == nil, err
}
