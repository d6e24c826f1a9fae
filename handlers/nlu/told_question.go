package nlu

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A message typed in one breath, with no mark between what the asker
// tells and what is asked: "sáng ni đi họp giao ban mặt trận xã về anh em
// hỏi tỉnh mình chừ có bao nhiêu dịch vụ công mức 3 tui ú ớ không trả lời
// được nhờ cháu xem giùm".

// askedAfter follow "hỏi" and belong to the asking, not the question
// ("hỏi lại", "hỏi giùm").
var askedAfter = map[string]bool{"lại": true, "giùm": true, "giúp": true, "thử": true, "xem": true, "là": true, "rằng": true, "về": true, "thăm": true}

// AfterToldAsk is what a message asks after the word that turns from what
// it tells to the question ("anh em hỏi …", "cho tui hỏi …", "tui muốn
// biết …", "nên tui quan tâm …", "mà tui nghe không rõ …": see asksHere),
// without what the asker tells after the question (TrimAskerTail). The
// words are read as typed, with their marks: without them "hỏi" folds
// like "hội" (hội nghị, hội phụ nữ) and "hồi" (hồi sáng). False when no
// such word stands after the message's first word with a question after
// it, or when the words before it ask themselves.
func AfterToldAsk(message string) (string, bool) {
	words := strings.Fields(norm.NFC.String(message))
	for at := len(words) - 2; at >= 1; at-- {
		// The last such word first; an earlier one when nothing is asked
		// after the last ("… hỏi tỉnh mình có bao nhiêu … tui hứa về hỏi
		// lại").
		if !asksHere(words, at) {
			continue
		}
		asked, ok := askedAfterWord(words[at+1:])
		if !ok {
			continue
		}
		if anyPhrase(withoutSeveral(Normalize(strings.Join(words[:at], " ")).Tokens), selfAsking) {
			// (What comes before asks itself: "… bao nhiêu dịch vụ công
			// tui hỏi bao nhiêu lần rồi"; "Hương Sơn đứng chót nên hỏi
			// lại …" only tells.)
			return "", false
		}
		return asked, true
	}
	return "", false
}

// asksHere: the word at i turns to the question, typed with its marks:
// "hỏi" ("anh em hỏi …"), "biết" ("tui muốn biết …", "cho biết …"),
// "tâm" after "quan" ("nên tui quan tâm …"), "rõ", "nhớ" after "không"
// ("… mà tui nghe không rõ quý 1 …").
func asksHere(words []string, i int) bool {
	switch strings.ToLower(strings.Trim(words[i], ",.;:!?")) {
	case "hỏi", "biết":
		return true
	case "tâm":
		return i > 0 && strings.ToLower(words[i-1]) == "quan"
	case "rõ", "nhớ":
		// "… mà tui nghe không rõ quý 1 …", "… không nhớ …"
		return i > 0 && (strings.ToLower(words[i-1]) == "không" || strings.ToLower(words[i-1]) == "chưa")
	}
	return false
}

// askedAfterWord is what the words after "hỏi" ask, without the asking's
// own words and what the asker tells after it.
func askedAfterWord(rest []string) (string, bool) {
	for len(rest) > 1 && askedAfter[strings.ToLower(rest[0])] {
		rest = rest[1:]
	}
	asked := strings.Join(rest, " ")
	if trimmed, ok := TrimAskerTail(asked); ok {
		asked = trimmed
	}
	if !Asks(Normalize(asked).Tokens) {
		return "", false
	}
	return asked, true
}

// selfAsking words ask by themselves ("bao nhiêu", "mấy", "nào"), as a
// superlative told ("đứng chót", "cao nhất") does not.
var selfAsking = phrases("bao nhieu", "may", "nao", "ra sao", "the nao", "la gi")

// withoutSeveral drops "mấy năm nay", "mấy năm rồi", "mấy tháng nay": for
// some years, told, not asked.
func withoutSeveral(tokens []string) []string {
	var out []string
	for i := 0; i < len(tokens); i++ {
		if tokens[i] == "may" && i+2 < len(tokens) && (tokens[i+1] == "nam" || tokens[i+1] == "thang") &&
			(tokens[i+2] == "nay" || tokens[i+2] == "roi" || tokens[i+2] == "qua") {
			i += 2
			continue
		}
		out = append(out, tokens[i])
	}
	return out
}

// tailSubjects open what the asker tells after the question ("… mức 3
// tui ú ớ không trả lời được"): the asker as "tui" or "tôi".
var tailSubjects = map[string]bool{"tui": true, "tôi": true}

// tailJoins are the words left before such a tail ("… mà tui không
// nhớ", "… nên tui hỏi lại").
var tailJoins = map[string]bool{"mà": true, "nên": true, "vì": true, "thì": true, "để": true, "chứ": true}

// TrimAskerTail cuts a message at the asker's "tui" or "tôi" when the
// words before ask something and the words from it ask nothing ("… mức 3
// tui ú ớ không trả lời được nhờ cháu xem giùm"). False when there is no
// such tail.
func TrimAskerTail(message string) (string, bool) {
	return cutTail(message, tailSubjects)
}

// TrimJoinedTail cuts a message at "mà", "hay", "để" or "chứ" when the
// words before ask something and the words from it ask nothing: a
// complaint after the question ("Nghi Xuân quý 1 được mấy % mà im re", "…
// lên bao nhiêu, hay lại tự đăng nhập cho đẹp số"). False when there is
// no such tail.
func TrimJoinedTail(message string) (string, bool) {
	return cutTail(message, complaintJoins)
}

// complaintJoins open a complaint after a question.
var complaintJoins = map[string]bool{"mà": true, "hay": true, "để": true, "chứ": true}

// cutTail cuts a message at the first of its words from the third on
// that opens (by lower case) when the words before ask and those from it
// do not, without the joins the words before end with.
func cutTail(message string, opens map[string]bool) (string, bool) {
	words := strings.Fields(message)
	for i := 2; i < len(words); i++ {
		if !opens[strings.ToLower(strings.Trim(words[i], ",;"))] {
			continue
		}
		head, tail := words[:i], words[i:]
		if !Asks(Normalize(strings.Join(head, " ")).Tokens) || Asks(Normalize(strings.Join(tail, " ")).Tokens) {
			continue
		}
		for len(head) > 1 && tailJoins[strings.ToLower(head[len(head)-1])] {
			head = head[:len(head)-1]
		}
		return strings.TrimRight(strings.Join(head, " "), ",;"), true
	}
	return "", false
}
