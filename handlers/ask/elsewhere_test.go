package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestOtherProvinces: a question about another province gets no figure
// of this one; the province's own units whose names hold another
// province's ("Hương Sơn là …" holds "Sơn La") are still answered, and
// common words that fold like a province's name are no province.
func TestOtherProvinces(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Nghệ An có bao nhiêu dvc mức 3", kind: ask.KindOutOfScope},
		{q: "quang binh ty le ho so truc tuyen 2018", kind: ask.KindOutOfScope},
		{q: "so sánh Hà Tĩnh với Thanh Hóa về PCI", kind: ask.KindOutOfScope},
		{q: "TPHCM có bao nhiêu DVC mức 4", kind: ask.KindOutOfScope},
		{q: "Cả nước có bao nhiêu dịch vụ công mức 4?", kind: ask.KindOutOfScope},
		{q: "PCI 2018 Hà Tĩnh đứng thứ mấy cả nước?", kind: ask.KindFigure},
		{q: "huyện Hương Sơn là bao nhiêu hồ sơ quý 1/2019", kind: ask.KindFigure},
		{q: "tỷ lệ hồ sơ trực tuyến của TP Hà Tĩnh quý 2/2019", kind: ask.KindFigure},
		// "đã nâng cấp" typed plain folds like "Đà Nẵng cấp".
		{q: "Đà Nẵng có bao nhiêu DVC mức 3", kind: ask.KindOutOfScope},
		{q: "cong ttdt tinh da nang cap ban moi chua", kind: ask.KindFigure},
	})
}
