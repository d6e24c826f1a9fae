package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// officeWords name an office or body of a unit, said before the unit's
// name: "tòa soạn báo Hà Tĩnh", "ban biên tập Báo Hà Tĩnh", "bộ phận
// một cửa huyện Can Lộc", "bộ phận tiếp nhận và trả kết quả huyện Đức
// Thọ", "văn phòng Sở Tài chính". The figure asked is the unit's; the
// office's words would read as a figure or a project of their own.
var officeWords = [][]string{
	{"toa", "soan"}, {"ban", "bien", "tap"}, {"bo", "phan", "mot", "cua"},
	{"bo", "phan", "tiep", "nhan", "va", "tra", "ket", "qua"}, {"bo", "phan", "tiep", "nhan"},
	{"van", "phong"}, {"phong", "van", "hoa"}, {"phong", "noi", "vu"},
}

// withoutOffice is the question without an office's words that come
// right before a unit's name; ok is false when it has none.
func (a *Answerer) withoutOffice(c *catalog.Catalog, t nlu.Text) (nlu.Text, bool) {
	toks := t.Tokens
	for i := range toks {
		for _, o := range officeWords {
			if i+len(o) >= len(toks) || !slices.Equal(toks[i:i+len(o)], o) {
				continue
			}
			after := toks[i+len(o):]
			q := a.understand(c, nlu.Text{Original: strings.Join(after, " "), Folded: strings.Join(after, " "), Tokens: after})
			// (The name right after, or after its kind: "huyện", "thị xã".)
			if len(q.UnitSpans) == 0 || q.UnitSpans[0][0] > 2 || q.UnitSpans[0][0] > 0 && !speakerKinds[after[q.UnitSpans[0][0]-1]] {
				continue
			}
			rest := slices.Concat(toks[:i:i], after)
			return nlu.Text{Original: t.Original, Folded: strings.Join(rest, " "), Tokens: rest}, true
		}
	}
	return t, false
}
