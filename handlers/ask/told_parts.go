package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// withoutFormerPlace drops what a message tells of the asker's commune
// before the mergers ("dạ xã em trước thuộc huyện Đức Thọ, cho em số của
// huyện Đức Thọ quý 2/2019"; "xã em trước thuộc Hương Sơn, riêng xã em
// …"): the rest asks, of the unit it names (or of the commune, which no
// quarterly report is of), not of the district told.
func (a *Answerer) withoutFormerPlace(question string) (string, bool) {
	return keptPieces(nlu.Pieces(question), func(piece string) bool { return !nlu.FormerlyOf(piece) })
}

// withoutHeld drops what the asker says they hold already ("Năm 2017
// báo Hà Tĩnh đăng bao nhiêu bài về CCHC ạ, 134 tin ảnh em có rồi"): the
// figure held is not the one asked.
func (a *Answerer) withoutHeld(question string) (string, bool) {
	pieces := nlu.Pieces(question)
	var kept, held []string
	for _, piece := range pieces {
		if nlu.HeldAlready(piece) {
			held = append(held, piece)
		} else {
			kept = append(kept, piece)
		}
	}
	if len(held) == 0 || len(kept) == 0 {
		return "", false
	}
	c := a.cat.Get()
	rest := strings.Join(kept, ", ")
	p := a.understand(c, nlu.Normalize(rest))
	h := a.understand(c, nlu.Normalize(strings.Join(held, ", ")))
	if len(p.Indicators) == 0 && len(p.Projects) == 0 || len(h.Units) > len(p.Units) || len(h.Periods) > len(p.Periods) {
		// ("tổng 181 DVC mức 3 … em có rồi, riêng Điện lực bao nhiêu",
		// "tổng hồ sơ Thạch Hà quý 1 (2.398) em có rồi, số nộp trực
		// tuyến bao nhiêu": the figure held names what the rest asks of.)
		return "", false
	}
	return rest, true
}

// guessOpeners open the asker's guess after a ranking ("…, chắc Vũ
// Quang?", "…, hay là Đức Thọ?").
// ("…, nghe nói là Hương Sơn?", "…, tôi đoán là Vũ Quang?": the asker's
// own word first too.)
var guessOpeners = [][]string{{"chac"}, {"chac", "la"}, {"hay", "la"}, {"co", "le"}, {"chac", "chan"},
	{"nghe", "noi"}, {"nghe", "dau"}, {"doan"}, {"doan", "la"}, {"hinh", "nhu"}, {"nghi", "la"}, {"nho", "la"},
	// ("…, chú sợ là Hương Sơn mình": feared.)
	{"so", "la"}, {"ngo", "la"}}

// guessTags end a guess made of a name alone ("…, Can Lộc chứ gì",
// "…, Vũ Quang phải không").
var guessTags = [][]string{{"chu", "gi"}, {"chu", "con", "gi"}, {"chu"}, {"nhi"}, {"phai", "khong"}, {"dung", "khong"}, {"phai", "ko"}, {"dung", "ko"}}

// namedThenTagged: the words are a unit's name and a guess's tag.
func (a *Answerer) namedThenTagged(words []string) bool {
	for _, tag := range guessTags {
		if len(words) > len(tag) && slices.Equal(words[len(words)-len(tag):], tag) {
			p := a.understand(a.cat.Get(), nlu.Normalize(strings.Join(words[:len(words)-len(tag)], " ")))
			return len(p.Units) == 1 && len(p.Indicators) == 0 && len(p.Periods) == 0 && p.Order == ""
		}
	}
	return false
}

// guessers are the asker's words before a guess ("tôi đoán", "em nghĩ là").
var guessers = map[string]bool{"toi": true, "em": true, "anh": true, "chi": true, "minh": true, "tui": true, "tao": true, "chu": true, "bac": true, "ong": true}

// withoutGuess drops the asker's guess after a question that ranks
// ("Quý 1 huyện nào nộp trực tuyến ít nhất, chắc Vũ Quang?"): the unit
// guessed is not the one asked; the ranking names the right one.
func (a *Answerer) withoutGuess(question string) (string, bool) {
	pieces := nlu.Pieces(question)
	if len(pieces) < 2 {
		return "", false
	}
	last := nlu.Normalize(pieces[len(pieces)-1]).Tokens
	if len(last) > 1 && guessers[last[0]] {
		last = last[1:]
	}
	if !slices.ContainsFunc(guessOpeners, func(w []string) bool { return len(last) > len(w) && hasWord(last[:len(w)], w...) }) && !a.namedThenTagged(last) {
		return "", false
	}
	rest := strings.Join(pieces[:len(pieces)-1], ", ")
	if p := a.understand(a.cat.Get(), nlu.Normalize(rest)); p.Order == "" || len(p.Units) > 0 {
		return "", false
	}
	return rest, true
}
