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

// blankLines split a message into blocks at empty lines.
var blankLines = regexp.MustCompile(`\n[ \t]*\n`)

// BlockList is a message of two or more blocks separated by empty lines
// ("q2 mấy đơn vị đã nộp⏎⏎huyện nào tỷ lệ cao nhất"): one question each, as
// a Zalo note puts them; nil otherwise.
func BlockList(message string) []string {
	var out []string
	for _, b := range blankLines.Split(strings.TrimSpace(message), -1) {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// ItemList splits a message that lists what it asks without a question
// mark to each item: "c cần 3 số: HS online 2018; HS online 5 tháng 2019;
// tỷ lệ 5 tháng", "- số xã có trang TTĐT - số DN trên sàn TMĐT - số video
// trên fanpage"; nil unless it lists two or more. Items are split at ";"
// (two of them, or one after a colon) or at bullets ("- ", "• "); not at
// commas or "+", which join the parts of one figure ("bố trí, lồng ghép,
// còn thiếu", "600 năm 2017 + 1.000 năm 2018"). The words before a colon
// go with each item but those that only announce the list ("c cần 3 số",
// "xin", "gửi"): "Thạch Hà quý 2/2019: …", "Xin số liệu kinh phí NQ 22: …".
func ItemList(message string) []string {
	if strings.Count(message, "?") >= 2 || strings.Count(message, "|") >= 3 {
		return nil
	}
	lead, body, colon := strings.Cut(message, ":")
	if !colon || strings.TrimSpace(body) == "" {
		lead, body, colon = "", message, false
	}
	var items []string
	switch {
	case strings.Count(body, ";") >= 2 || colon && strings.Count(body, ";") == 1:
		items = strings.Split(body, ";")
	case len(bullet.FindAllStringIndex(body, -1)) >= 2:
		items = bullet.Split(body, -1)
	default:
		return nil
	}
	of := listSubject(lead)
	var out []string
	for _, it := range items {
		it = listLead.ReplaceAllString(strings.TrimSpace(it), "")
		it = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(it), ".?"))
		if it == "" {
			continue
		}
		if len(strings.Fields(it)) > 14 {
			return nil // a sentence, not an item
		}
		if of != "" {
			it = of + ": " + it
		}
		out = append(out, it)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// bullet opens an item of a list typed in one line: "- ", "• ".
var bullet = regexp.MustCompile(`(?:^|\s)[-•]\s+`)

// listSubject is what the words before a list's colon say every item is
// of, without those that only announce the list ("c cần 3 số", "gửi c",
// "xin số liệu", "báo cáo giao ban").
func listSubject(lead string) string {
	words := strings.Fields(lead)
	var kept []string
	for i := 0; i < len(words); i++ {
		w := strings.ToLower(strings.Trim(words[i], ",.!"))
		if i+1 < len(words) && announcingPairs[w+" "+strings.ToLower(strings.Trim(words[i+1], ",.!"))] {
			i++ // "báo cáo", "giao ban" (but "Báo Hà Tĩnh" stays)
			continue
		}
		countOfList := isDigits(w) && i+1 < len(words) && (strings.ToLower(words[i+1]) == "số" || strings.ToLower(words[i+1]) == "con")
		if !listAnnouncing[w] && !countOfList {
			kept = append(kept, words[i]) // ("NQ 22" stays; "3 số" goes)
		}
	}
	return strings.Join(kept, " ")
}

// listAnnouncing are the words that announce a list of figures, as typed
// (with their marks: "cần", not "Can Lộc").
var listAnnouncing = map[string]bool{
	"c": true, "e": true, "a": true, "em": true, "anh": true, "chị": true, "sếp": true, "cần": true, "số": true, "con": true, "liệu": true,
	"xin": true, "cho": true, "gửi": true, "gấp": true, "giúp": true, "check": true, "brief": true, "tuần": true, "này": true, "mấy": true, "các": true, "những": true, "sau": true, "đây": true, "ạ": true,
}

// announcingPairs are the two words that announce a list together.
var announcingPairs = map[string]bool{"báo cáo": true, "giao ban": true, "số liệu": true}
