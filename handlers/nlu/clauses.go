package nlu

import "strings"

// askingCues are the words that make a clause a question of its own.
var askingCues = phrases("bao nhieu", "may", "nao", "%", "phan tram", "ra sao", "the nao", "la gi", "nhieu nhat", "it nhat", "nhieu khong",
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
		toks := Normalize(part).Tokens
		if len(out) > 0 && !Asks(toks) && listedAfter(out[len(out)-1], toks) {
			// ("… bao nhiêu hồ sơ DVC mức 3, mức 4; trong đó …": "mức 4"
			// is listed with "mức 3" before it.)
			out[len(out)-1] += ", " + part
			continue
		}
		if len(out) > 0 && len(toks) > 1 && toks[0] == "chiem" && anyPhrase(toks, wholeWords) {
			// ("Sở Tài chính có bao nhiêu hồ sơ trực tuyến, chiếm bao
			// nhiêu % toàn tỉnh": the share of the figure before, which
			// is its subject.)
			out[len(out)-1] += ", " + part
			continue
		}
		if !Asks(toks) && !(len(out) > 0 && len(toks) > 1 && toks[0] == "rieng") {
			// ("…, riêng năm 2018?": a follow-up of the question before.)
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

// listedAfter: the piece is a word and a number or two ("mức 4", "quý
// 2") after a clause that ends with the same word and a number ("… mức
// 3"): an item of the same list.
func listedAfter(before string, piece []string) bool {
	b := Normalize(before).Tokens
	return len(piece) >= 2 && len(piece) <= 3 && len(b) >= 2 && piece[0] == b[len(b)-2] && isNumber(b[len(b)-1]) && isNumber(piece[1])
}

// wholeWords name the whole a share is of, other units ("toàn tỉnh", "các
// huyện").
var wholeWords = phrases("toan tinh", "ca tinh", "cua tinh", "cac huyen", "cac so", "cap huyen", "cap so", "cap xa", "cac don vi")

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

// Numbered splits a message that numbers its questions ("1) Số hồ sơ
// nộp trực tuyến năm 2018; 2) tỷ lệ tương ứng", "a. … b. …") into the
// items, without their marks: each item is a question, whatever it asks.
// Nil unless the marks count on from the first (1, 2, … or a, b, …).
func Numbered(message string) []string {
	var items []string
	next, start := byte(0), -1
	for i := 0; i+1 < len(message); i++ {
		c := message[i]
		if (i > 0 && message[i-1] != ' ' && message[i-1] != ';' && message[i-1] != '\n' && message[i-1] != ',') ||
			(message[i+1] != ')' && message[i+1] != '.') || (i+2 < len(message) && message[i+2] != ' ') {
			continue
		}
		switch {
		case next == 0 && (c == '1' || c == 'a'):
			next = c
		case next != 0 && c == next+1:
			next = c
		default:
			continue
		}
		if start >= 0 {
			items = append(items, strings.Trim(message[start:i], " ;,\n"))
		}
		start = i + 2
	}
	if start < 0 || len(items) == 0 {
		return nil
	}
	items = append(items, strings.Trim(message[start:], " ;,\n"))
	for _, item := range items {
		if item == "" {
			return nil
		}
	}
	return items
}
