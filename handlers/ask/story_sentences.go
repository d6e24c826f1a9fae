package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// questionSentence is the one sentence a long message asks, when the
// others only tell a story around it ("Chào cháu! Bác hỏi nhanh: ngành
// Thuế hiện có bao nhiêu dịch vụ công mức độ 3? Cuối năm bác phải khai
// thuế …"): the one closed by a question mark, understood on its own,
// the others naming no unit or numbered period of their own. ok is false
// otherwise.
func (a *Answerer) questionSentence(message string) (string, bool) {
	sentences := splitSentences(message)
	if len(sentences) < 2 {
		return "", false
	}
	asked := -1
	for i, s := range sentences {
		if strings.HasSuffix(s, "?") {
			if asked >= 0 {
				return "", false
			}
			asked = i
		}
	}
	if asked < 0 {
		return "", false
	}
	c := a.cat.Get()
	q := sentences[asked]
	p := a.understand(c, nlu.Normalize(q))
	if !p.Understood() {
		return "", false
	}
	for i, s := range sentences {
		// (A story's "cuối năm", "tối qua" is no period asked; "năm
		// 2018", "quý 1" would be; "khai thuế" beside a question about
		// the tax office names no other unit.)
		t := nlu.Normalize(s)
		if i == asked {
			continue
		}
		for _, u := range a.understand(c, t).Units {
			// (The province, "đi viện tỉnh", is what a question naming no
			// unit is of anyway.)
			if !slices.Equal(u, []string{nlu.ProvinceCode}) && !slices.ContainsFunc(p.Units, func(v []string) bool { return slices.Equal(u, v) }) {
				return "", false
			}
		}
		if namesPeriod(t, a.now()) && strings.ContainsAny(s, "0123456789") {
			return "", false
		}
	}
	return q, true
}

// splitSentences cuts a message after each ".", "!" or "?" that ends a
// sentence (followed by a space), keeping the mark.
func splitSentences(message string) []string {
	var out []string
	start := 0
	for i := 0; i < len(message); i++ {
		switch message[i] {
		case '.', '!', '?':
			if i+1 == len(message) || message[i+1] == ' ' || message[i+1] == '\n' {
				if s := strings.TrimSpace(message[start : i+1]); s != "" {
					out = append(out, s)
				}
				start = i + 1
			}
		}
	}
	if s := strings.TrimSpace(message[start:]); s != "" {
		out = append(out, s)
	}
	return out
}
