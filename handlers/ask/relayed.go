package ask

import (
	"context"
	"strings"
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
