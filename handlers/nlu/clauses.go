package nlu

import "strings"

// askingCues are the words that make a clause a question of its own.
var askingCues = phrases("bao nhieu", "may", "nao", "%", "phan tram", "ra sao", "the nao", "la gi", "nhieu nhat", "it nhat",
	"cao nhat", "thap nhat")

// Clauses splits a message that asks two things in two clauses ("nhận bao
// nhiêu hồ sơ, trực tuyến mấy", "kp còn thiếu bn; riêng phần mềm đề xuất
// bn") at its commas, semicolons and inner question marks, when every
// piece asks something of its own. A message that lists before asking
// ("Can Lộc, Thạch Hà quý 2 bao nhiêu") is one clause; so is a decimal
// comma ("3,6%"). Nil when the message is one question.
func Clauses(message string) []string {
	parts := Pieces(message)
	if len(parts) < 2 {
		return nil
	}
	// A piece that asks nothing belongs to the next one ("Can Lộc, Thạch
	// Hà bao nhiêu"): joined back, the message may be one question.
	var out []string
	pending := ""
	for _, part := range parts {
		if pending != "" {
			part = pending + ", " + part
			pending = ""
		}
		if !Asks(Normalize(part).Tokens) {
			pending = part
			continue
		}
		out = append(out, part)
	}
	if pending != "" && len(out) > 0 {
		out[len(out)-1] += ", " + pending
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// Asks: the words ask something ("bao nhiêu", "mấy", "nào", "%", …).
func Asks(tokens []string) bool { return anyPhrase(tokens, askingCues) }

// Pieces splits a message at its commas, semicolons and inner question
// marks, as Clauses does, whatever each piece asks.
func Pieces(message string) []string { return sentencePieces(message, ",;?") }

// listNouns are the nouns a comma lists ("xã, thị trấn", "sở, ban,
// ngành"): such a comma joins, it does not end a question.
var listNouns = map[string]bool{"xa": true, "phuong": true, "thi": true, "tran": true, "huyen": true, "thanh": true,
	"pho": true, "so": true, "ban": true, "nganh": true, "tinh": true}

func listedNouns(before, after string) bool {
	b, a := Normalize(before).Tokens, Normalize(after).Tokens
	// "các sở, Sở Công Thương …" is no list: the same noun twice.
	return len(b) > 0 && len(a) > 0 && listNouns[b[len(b)-1]] && listNouns[a[0]] && b[len(b)-1] != a[0]
}

// AndSides splits a message at its one word "và" ("va" typed without
// marks), or returns nil.
func AndSides(message string) []string {
	words := strings.Fields(message)
	at := -1
	for i, w := range words {
		if strings.EqualFold(w, "và") || strings.EqualFold(w, "va") {
			if at >= 0 {
				return nil
			}
			at = i
		}
	}
	if at <= 0 || at == len(words)-1 {
		return nil
	}
	return []string{strings.Join(words[:at], " "), strings.Join(words[at+1:], " ")}
}
