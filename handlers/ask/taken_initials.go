package ask

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// byTakenInitials reads district initials that people also type for
// another word ("ĐT": Đức Thọ, but also đào tạo, điện tử) as the district
// where that word cannot be meant: typed alone in capitals ("ĐT Q2.2019 tl
// hstt bn rứa", "Q2 năm nay ĐT tổng tiếp nhận bn hs"), not after a word
// of things electronic ("Cổng TT ĐT"), in a question that names no unit or
// level and asks a figure that is not of training.
func byTakenInitials(c *catalog.Catalog, p nlu.Parse, t nlu.Text, now time.Time) (nlu.Parse, bool) {
	if !p.Understood() || len(p.Units) > 0 || p.Level != "" || len(p.Levels) > 0 || len(p.Indicators) == 0 {
		return p, false
	}
	for _, code := range p.Indicators {
		if c.Indicators[code].Topic == trainingTopic {
			return p, false
		}
	}
	words := messageWords(t.Original)
	for i, w := range words {
		keys, ok := c.TakenInitials[nlu.Fold(w)]
		if !ok || len(keys) != 1 || !allCapitals(w) || i > 0 && electronicWords[nlu.Fold(words[i-1])] {
			continue
		}
		at := slices.Index(t.Tokens, nlu.Fold(w))
		if at < 0 {
			continue
		}
		name := strings.Fields(nlu.Fold(c.Units[keys[0]].ShortName))
		toks := slices.Concat(t.Tokens[:at], name, t.Tokens[at+1:])
		q := nlu.UnderstandText(c.Vocab, nlu.Text{Original: t.Original, Folded: strings.Join(toks, " "), Tokens: toks}, now)
		if q.Understood() && len(q.Units) == 1 && slices.Contains(q.Units[0], keys[0]) {
			// The district the initials stand for, not the town of its
			// name (Thị trấn Đức Thọ).
			q.Units[0] = keys
			return q, true
		}
	}
	return p, false
}

// trainingTopic is the topic of the training figures, which "ĐT" (đào
// tạo) names.
const trainingTopic = "daotao"

// electronicWords are what "ĐT" (điện tử) follows when it is no district:
// "Cổng ĐT", "trang TTĐT", "giao dịch ĐT", "chính quyền ĐT".
var electronicWords = map[string]bool{"cong": true, "trang": true, "tt": true, "tin": true, "tm": true, "mai": true, "dich": true, "quyen": true, "cq": true, "phu": true, "cp": true, "thu": true, "dien": true}

// allCapitals: every letter of the word is a capital.
func allCapitals(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
