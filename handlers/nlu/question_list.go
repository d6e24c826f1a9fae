package nlu

import (
	"regexp"
	"strings"
)

// QuestionList splits a message that asks several questions, each closed
// by its own question mark ("5 tháng đầu 2019 số HS …? / đạt tỷ lệ bao
// nhiêu?", "1. DVC mức 3 toàn tỉnh? / 2. tỷ lệ …? / 3. …?", "…?; …?"),
// into the questions, without the separators and item marks between them;
// nil unless two or more are asked. Words after the last mark ("xin cảm
// ơn") are no question; in parentheses ("(NQ22 nha ad)") they say what
// every one is of, as do words before a colon that opens the first
// ("Thạch Hà quý 2/2019: - …? - …?").
func QuestionList(message string) []string {
	if strings.Count(message, "?") < 2 || strings.Count(message, "|") >= 3 {
		// (A pasted table's cells to fill are its questions: TableQuestions.)
		return nil
	}
	parts := strings.Split(message, "?")
	var out []string
	for _, p := range parts[:len(parts)-1] {
		p = listLead.ReplaceAllString(p, "")
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	if lead, first, ok := strings.Cut(out[0], ": "); ok && lead != "" && first != "" {
		// "Thạch Hà quý 2/2019: - Số DVC mức độ 3? - Mức độ 4? - Tỷ lệ
		// HSTT?": what every item is of.
		out[0] = lead + ": " + listLead.ReplaceAllString(first, "")
		for i := 1; i < len(out); i++ {
			out[i] = lead + ": " + out[i]
		}
	}
	if tail := strings.TrimSpace(parts[len(parts)-1]); strings.HasPrefix(tail, "(") {
		// "… còn thiếu bn? (NQ22 nha ad)": what every item is of.
		for i := range out {
			out[i] += " " + tail
		}
	}
	return out
}

// listLead is what opens an item of a question list: the separators after
// the mark before ("/", ";", "-", "•", ",") and an item's number ("2.",
// "b)").
var listLead = regexp.MustCompile(`^[\s/;,\-–•+*]*(?:(?:\d{1,2}|[a-eA-E])[.)]\s+)?`)
