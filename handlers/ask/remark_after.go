package ask

import (
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// withoutRemark drops a likening said after the question ("… giảm bao
// nhiêu điểm % so với quý 1? Học sinh này tụt hạng à", "… đơn vị nào
// tiến bộ nhiều nhất …? Như xét học sinh tiến bộ vượt bậc ấy"): a
// school's words for the units, which name nothing asked, and whose
// "hạng" or "vượt" would change what the question asks.
func (a *Answerer) withoutRemark(question string) (string, bool) {
	end := strings.LastIndexAny(strings.TrimRight(question, " ?.!"), "?.!")
	if end <= 0 {
		return "", false
	}
	tail := nlu.Normalize(question[end+1:])
	if !likens(tail.Tokens) {
		return "", false
	}
	c := a.cat.Get()
	if q := a.understand(c, tail); len(q.Indicators) > 0 || len(q.Units) > 0 || len(q.Periods) > 0 || len(q.Projects) > 0 || q.Level != "" {
		return "", false
	}
	rest := strings.TrimSpace(question[:end+1])
	if !a.understand(c, nlu.Normalize(rest)).Understood() {
		return "", false
	}
	return rest, true
}

// likens: the words liken the units to something else ("như …", "giống
// như", "học sinh này").
func likens(tokens []string) bool {
	return len(tokens) > 0 && tokens[0] == "nhu" || nlu.HasPhrase(tokens, "giong nhu") || nlu.HasPhrase(tokens, "vi nhu") ||
		nlu.HasPhrase(tokens, "hoc sinh") || nlu.HasPhrase(tokens, "hoc tro")
}

// withoutWhyAfter drops a short "why" after the question it follows
// ("quý 2/2019 huyện nào tỉ lệ nộp trực tuyến thấp nhất, tại sao", "…,
// lý do", "…, vì sao giảm"): the figure is what the rules answer; no
// stored figure says why, and the words would make the whole a question
// of the report's words.
func (a *Answerer) withoutWhyAfter(question string) (string, bool) {
	end := strings.LastIndexAny(strings.TrimRight(question, " ?.!"), ",;?")
	if end <= 0 {
		return "", false
	}
	tail := nlu.Normalize(question[end+1:]).Tokens
	if len(tail) == 0 || len(tail) > 4 || !nlu.AsksWhy(tail) {
		return "", false
	}
	rest := strings.TrimSpace(question[:end])
	p := a.understand(a.cat.Get(), nlu.Normalize(rest))
	if !p.Understood() || p.Intent == nlu.IntentSearch {
		return "", false
	}
	// (The rest asks a figure, "… bao nhiêu", "huyện nào …"; not a
	// statement whose cause is asked: "Hai tiêu chí về trang web tỉnh bị
	// giảm, nguyên nhân gì?")
	if p.Order == "" && !p.Which && !p.Count && !hasWord(p.Words, "bao", "nhieu") && !hasWord(p.Words, "may") && !hasWord(p.Words, "nao") && !hasWord(p.Words, "bn") {
		return "", false
	}
	return rest, true
}
