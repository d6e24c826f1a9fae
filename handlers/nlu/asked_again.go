package nlu

import "strings"

// What a clerk asks of the reply just given, not a new figure: the same
// reply again ("nhắc lại số lúc nãy", "viết chung hai số vào một câu",
// "số này lấy từ đâu ra", "số liệu đó là năm bao nhiêu", "đơn vị là triệu
// đồng đúng không"), or rounded ("làm tròn giúp", "lấy số chẵn").
// (Split without making their words known to the spelling corrector:
// "tròn", "chẵn", "lẻ" would draw misspelt words of questions to them.)
var (
	againCues = unregistered("nhac lai", "noi lai", "go lai", "gui lai", "viet lai", "doc lai", "ghi lai", "nhan lai", "chep lai",
		"mot cau", "1 cau", "mot dong", "1 dong", "viet ngan", "viet gon", "ghi gon", "chua nhin kip", "chua doc kip", "chua kip doc",
		"lay tu dau", "lay o dau", "nguon o dau", "nguon tu dau", "nguon nao", "can cu van ban", "van ban nao", "theo van ban nao",
		"la nam bao nhieu", "la nam nao", "cua nam nao", "don vi tinh", "don vi la", "trieu dong hay", "ghi theo trieu dong")
	roundCues = unregistered("lam tron", "tron so", "so tron", "so chan", "bo phan le", "bo so le", "bo le")
)

// AsksAgain: the message asks the reply just given again, in another form
// or with what it is of.
func AsksAgain(tokens []string) bool {
	return anyPhrase(tokens, againCues) || AsksRounded(tokens)
}

// AsksRounded: the message asks the figures just given rounded.
func AsksRounded(tokens []string) bool {
	return anyPhrase(tokens, roundCues)
}

// unregistered splits phrases into words, as phrases does, but leaves
// cueWords alone.
func unregistered(list ...string) [][]string {
	out := make([][]string, len(list))
	for i, p := range list {
		out[i] = strings.Fields(p)
	}
	return out
}
