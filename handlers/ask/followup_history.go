package ask

import (
	"cmp"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// pastReading is a question the chat asked before the one it goes on
// from: what "quay lại Hồng Lĩnh lúc nãy", "con số em hỏi lúc đầu"
// turn back to.
type pastReading struct {
	Parse   nlu.Parse `json:"parse"`
	Words   []string  `json:"words,omitempty"`
	Reading string    `json:"reading,omitempty"`
	// Named is the one unit the question's reply named, when a ranking
	// ("huyện nào ít nhất": Đức Thọ): "2 đơn vị vừa nêu" are of two.
	Named []string `json:"named,omitempty"`
}

// historyLen is how many earlier questions a chat keeps besides its last.
const historyLen = 6

// pastOf is the history next keeps: mem's own, and the question mem went
// on from when next asks another one, the oldest first.
func pastOf(mem *memory, next memory) []pastReading {
	if mem == nil {
		return nil
	}
	past := slices.Clone(mem.Past)
	if mem.Parse.Understood() && !sameReading(mem.Parse, next.Parse) {
		past = append(past, pastReading{Parse: mem.Parse, Words: mem.Parse.Words, Reading: mem.Reading, Named: mem.Named})
	}
	if len(past) > historyLen {
		// The first question stays: "con số em hỏi lúc đầu" is its.
		past = append(past[:1], past[len(past)-historyLen+1:]...)
	}
	return past
}

// sameReading: two parses ask the same figures of the same units, level
// and periods.
func sameReading(a, b nlu.Parse) bool {
	// ("huyện mô chưa nộp" after "quý 2/2019 bao nhiêu đơn vị đã nộp":
	// another question, of a level and of those missing.)
	// (A ranking from the top and one from the bottom are two questions.)
	return a.Intent == b.Intent && slices.Equal(a.Indicators, b.Indicators) && a.Level == b.Level && a.Missing == b.Missing && a.Order == b.Order &&
		slices.Equal(a.Projects, b.Projects) && a.Funding == b.Funding &&
		slices.EqualFunc(a.Units, b.Units, slices.Equal) && slices.EqualFunc(a.Periods, b.Periods, samePeriod)
}

// Words that turn back to an earlier question of the chat: to the first
// ("con số em hỏi lúc đầu ấy", "câu hỏi đầu tiên"), or to the one of the
// unit or figure named ("quay lại Hồng Lĩnh lúc nãy", "trở lại thị xã Kỳ
// Anh").
var (
	firstAskedCues = [][]string{{"hoi", "luc", "dau"}, {"hoi", "ban", "dau"}, {"cau", "dau", "tien"}, {"cau", "hoi", "dau", "tien"},
		{"cau", "dau"}, {"so", "dau", "tien"}, {"hoi", "dau", "tien"},
		// "câu e hỏi mở đầu", "số a nói đầu tiên", "cái sở e hỏi trước
		// tiên", "con số tổng hồ sơ ban đầu".
		{"mo", "dau"}, {"noi", "dau", "tien"}, {"truoc", "tien"}, {"ban", "dau"}}
	turnBackCues = [][]string{{"quay", "lai"}, {"tro", "lai"}, {"luc", "nay"}, {"ban", "nay"}, {"khi", "nay"}, {"hoi", "nay"}}
)

// turnedBack reads a message that turns back to an earlier question of
// the chat than its last: the memory of that question, and the message
// to answer from it (what follows the comma after the words turning
// back, or the message without them). ok is false when the message turns
// back to nothing the history holds, or to the last question itself.
func (a *Answerer) turnedBack(mem *memory, text string) (*memory, string, bool) {
	if mem == nil || len(mem.Past) == 0 {
		return nil, "", false
	}
	toks := nlu.Normalize(text).Tokens
	said := func(c []string) bool { return hasWord(toks, c...) }
	if slices.ContainsFunc(firstAskedCues, said) {
		return pastMemory(mem.Past[0]), restAfterCue(text), true
	}
	if !slices.ContainsFunc(turnBackCues, said) {
		return nil, "", false
	}
	p := a.understand(a.cat.Get(), nlu.Normalize(withoutCues(text)))
	names := func(q nlu.Parse) bool {
		if len(p.Units) > 0 {
			return len(q.Units) > 0 && slices.ContainsFunc(p.Units, func(u []string) bool {
				return slices.ContainsFunc(q.Units, func(v []string) bool { return overlap(u, v) })
			})
		}
		return len(p.Indicators) > 0 && slices.Equal(p.Indicators, q.Indicators)
	}
	if names(mem.Parse) {
		return nil, "", false // the last question's own: a plain follow-up
	}
	for i := len(mem.Past) - 1; i >= 0; i-- {
		if names(mem.Past[i].Parse) {
			return pastMemory(mem.Past[i]), restAfterCue(text), true
		}
	}
	return nil, "", false
}

// pastMemory is a chat's memory as it was after an earlier question.
func pastMemory(p pastReading) *memory {
	m := &memory{Parse: p.Parse, Reading: p.Reading, Named: p.Named}
	m.Parse.Words = p.Words
	return m
}

// restAfterCue is what a message turning back asks of the question it
// turns back to: the words after its first comma ("quay lại thị xã Kỳ
// Anh, quý 2": "quý 2"), or, with no comma, the message without the words
// turning back.
func restAfterCue(text string) string {
	if _, after, ok := strings.Cut(text, ","); ok && strings.TrimSpace(after) != "" {
		return strings.TrimSpace(after)
	}
	return withoutCues(text)
}

// withoutCues is the message without the words that turn back ("quay
// lại", "lúc nãy"), as typed otherwise.
func withoutCues(text string) string {
	words := strings.Fields(text)
	var out []string
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			pair := []string{nlu.Fold(strings.Trim(words[i], ",.?!")), nlu.Fold(strings.Trim(words[i+1], ",.?!"))}
			if slices.ContainsFunc(turnBackCues, func(c []string) bool { return slices.Equal(c, pair) }) {
				i++
				continue
			}
		}
		out = append(out, words[i])
	}
	return strings.Join(out, " ")
}

// bothFigures: "tổng cả hai bn?", "hai khoản chênh nhau bao nhiêu", "2
// đơn vị vừa nêu chênh nhau bao nhiêu", "tổng 2 cấp vừa hỏi", "gộp 2 dự án
// vừa hỏi" after one figure, then another that differs from it in one
// thing only (the figure, the unit, the one unit a ranking named, the
// level or the project): the two together (added, or set against each
// other), the question before with both. "huyện thứ nhất hơn huyện thứ
// hai bao nhiêu" after a question of two is those two set against each
// other.
func bothFigures(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	if mem == nil || len(p.Indicators) > 0 && !subsetOf(p.Indicators, mem.Parse.Indicators) || len(p.Units) > 0 || len(p.Periods) > 0 || len(p.Projects) > 0 || !nlu.BothAsked(p.Words) ||
		p.Op != "" && p.Op != "sum" && p.Op != "diff" && p.Op != "ratio" {
		return nlu.Parse{}, false
	}
	if p.Level != "" && !nlu.BothUnits(p.Words) && !hasWord(p.Words, "thu", "nhat") {
		// "cấp tỉnh cả 2 mức thì sao": another level's two figures.
		return nlu.Parse{}, false
	}
	op := p.Op
	if op == "" && (p.Measure == "change" || nlu.AsksDifference(p.Words)) {
		op = "diff" // "chênh nhau bao nhiêu"
	}
	last := mem.Parse
	m := last
	m.Op, m.Measure, m.Words = cmp.Or(op, "sum"), "", p.Words
	if pair, ok := pairAsked(mem); ok {
		pair.Op, pair.Measure, pair.Words = m.Op, "", p.Words
		return pair, true
	}
	if op != "" && op != last.Op && last.Intent != nlu.IntentRanking &&
		(len(last.Units) == 2 || len(last.Indicators) == 2 || len(last.Projects) == 2 || len(last.Levels) == 2 && len(last.Units) == 0) {
		// "huyện thứ nhất hơn huyện thứ hai" after the two added.
		return m, true
	}
	return nlu.Parse{}, false
}

// pairAsked is the chat's last question with the one thing it differs in
// from the question before (the figure, the unit, the one unit a ranking
// named, the level or the project) made the two; ok is false when the two
// differ in anything else, or in nothing.
func pairAsked(mem *memory) (nlu.Parse, bool) {
	if len(mem.Past) == 0 {
		return nlu.Parse{}, false
	}
	before, last := mem.Past[len(mem.Past)-1], mem.Parse
	b, m := before.Parse, last
	if b.Intent != last.Intent || !slices.EqualFunc(b.Periods, last.Periods, samePeriod) {
		return nlu.Parse{}, false
	}
	sameUnits := slices.EqualFunc(b.Units, last.Units, slices.Equal) && b.Level == last.Level
	sameFigures := slices.Equal(b.Indicators, last.Indicators) && slices.Equal(b.Projects, last.Projects) && b.Funding == last.Funding
	switch {
	case len(b.Indicators) == 1 && len(last.Indicators) == 1 && b.Indicators[0] != last.Indicators[0] && sameUnits:
		m.Indicators = []string{b.Indicators[0], last.Indicators[0]}
	case len(b.Projects) == 1 && len(last.Projects) == 1 && b.Projects[0] != last.Projects[0] && b.Funding == last.Funding && sameUnits:
		m.Projects = []string{b.Projects[0], last.Projects[0]}
	case !sameFigures:
		return nlu.Parse{}, false
	case last.Intent == nlu.IntentRanking && len(before.Named) > 0 && len(mem.Named) > 0 && !slices.Equal(before.Named, mem.Named):
		// "2 đơn vị vừa nêu": the one each ranking named.
		m.Intent, m.Units, m.Level, m.Levels = nlu.IntentValue, [][]string{before.Named, mem.Named}, "", nil
		m.Order, m.Top, m.Which = "", 0, false
	case last.Intent == nlu.IntentRanking:
		return nlu.Parse{}, false
	case len(b.Units) == 1 && len(last.Units) == 1 && !slices.Equal(b.Units[0], last.Units[0]):
		m.Units, m.Level, m.Levels = [][]string{b.Units[0], last.Units[0]}, "", nil
	case len(b.Units) == 0 && len(last.Units) == 0 && b.Level != "" && last.Level != "" && b.Level != last.Level:
		m.Level, m.Levels = b.Level, []string{b.Level, last.Level}
	default:
		return nlu.Parse{}, false
	}
	return m, true
}
