package ask

import (
	"context"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// relayedAsks splits a message that passes on several people's questions
// ("chị Lan hỏi số hồ sơ trực tuyến 2018, còn anh Tuấn hỏi tỷ lệ 5 tháng
// đầu năm 2019", "@Anh Tuấn hỏi: …; chị Hằng nhờ hỏi …") into each one's
// question, without who asks it; nil unless two or more are passed on.
func relayedAsks(message string) []string {
	words := strings.Fields(message)
	type mark struct{ at, from int } // the asker's first word, the question's
	var marks []mark
	for k := 0; k+2 < len(words); k++ {
		if !forwarders[strings.ToLower(strings.TrimLeft(words[k], "@"))] || !startsUpper(words[k+1]) {
			continue
		}
		for j := k + 2; j < min(k+5, len(words)); j++ {
			if w := strings.ToLower(strings.TrimRight(words[j], ":,")); w == "hỏi" {
				marks = append(marks, mark{k, j + 1})
				k = j
				break
			}
		}
	}
	if len(marks) < 2 {
		return nil
	}
	out := make([]string, 0, len(marks))
	for i, m := range marks {
		end := len(words)
		if i+1 < len(marks) {
			end = marks[i+1].at
		}
		q := strings.Join(words[m.from:end], " ")
		// "…, còn anh Tuấn hỏi": the joining words belong to no question.
		for _, joiner := range []string{" còn", " và", " với", " rồi"} {
			q = strings.TrimSuffix(strings.TrimRight(q, ",;. "), joiner)
		}
		if q = strings.Trim(q, ",;:. \"“”"); q == "" {
			return nil
		}
		out = append(out, q)
	}
	return out
}

// relayed answers each question a message passes on, in turn, the later
// ones read as follow-ups of the earlier ("…, còn anh Tuấn hỏi tỷ lệ"):
// ok is false unless every one gets a figure.
func (a *Answerer) relayed(ctx context.Context, message string, mem *memory) (Answer, bool, error) {
	asks := relayedAsks(message)
	if asks == nil {
		return Answer{}, false, nil
	}
	parts, err := a.respondClauses(ctx, asks, mem, true)
	if err != nil || parts == nil {
		return Answer{}, false, err
	}
	return joinAnswers(parts), true, nil
}

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
