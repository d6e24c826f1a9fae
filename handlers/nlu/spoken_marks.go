package nlu

import (
	"strings"
)

// Punctuation read aloud: a screen reader's or a voice typist's message
// holds the marks as words ("… các sở dấu phẩy ban dấu phẩy ngành … chấm
// hỏi", "mở ngoặc mức 3 và mức 4 đóng ngoặc", "Q2 gạch ngang 2019").

// spokenMark is a mark said as words, and how it sits between its
// neighbours: after the word before ("," "?"), before the word after
// ("("), or between the two with no space ("-", "/").
type spokenMark struct {
	words []string
	mark  string
	join  int // joinAfter, joinBefore, joinBetween, joinAlone
}

const (
	joinAfter = iota
	joinBefore
	joinBetween
	joinAlone
)

// spokenMarks, the longest first. "phẩy" and "chấm" alone are no marks
// ("4 phẩy 92", "chấm điểm"), save "chấm" ending the message.
var spokenMarks = []spokenMark{
	{[]string{"dau", "cham", "hoi"}, "?", joinAfter},
	{[]string{"dau", "cham", "than"}, "!", joinAfter},
	{[]string{"dau", "hai", "cham"}, ":", joinAfter},
	{[]string{"cham", "hoi"}, "?", joinAfter},
	{[]string{"cham", "than"}, "!", joinAfter},
	{[]string{"dau", "hoi"}, "?", joinAfter},
	{[]string{"dau", "phay"}, ",", joinAfter},
	{[]string{"dau", "cham"}, ".", joinAfter},
	{[]string{"xuong", "dong"}, "\n", joinAlone},
	{[]string{"mo", "ngoac"}, "(", joinBefore},
	{[]string{"dong", "ngoac"}, ")", joinAfter},
	{[]string{"gach", "ngang"}, "-", joinBetween},
	{[]string{"gach", "noi"}, "-", joinBetween},
	{[]string{"gach", "cheo"}, "/", joinBetween},
}

// SpokenMarks writes the marks a message says as words ("dấu phẩy", "chấm
// hỏi", "mở ngoặc … đóng ngoặc", "xuống dòng", "gạch ngang") as marks;
// ok is false, and the message is returned as typed, when it says none.
func SpokenMarks(message string) (string, bool) {
	words := strings.Fields(message)
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(strings.Trim(w, ".,;:!?()\"'"))
	}
	var b strings.Builder
	said := false
	pendingBefore, glue := "", false
	write := func(w string) {
		switch {
		case glue:
			glue = false
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "\n"):
			b.WriteByte(' ')
		}
		b.WriteString(pendingBefore)
		pendingBefore = ""
		b.WriteString(w)
	}
	for i := 0; i < len(words); i++ {
		m, ok := markAt(folded, i)
		if !ok && i == len(words)-1 && i > 0 && folded[i] == "cham" && words[i] == strings.Trim(words[i], ".,;:!?") {
			// "… Xin cảm ơn chấm": the full stop ending the message.
			m, ok = spokenMark{[]string{"cham"}, ".", joinAfter}, true
		}
		if !ok {
			write(words[i])
			continue
		}
		said = true
		i += len(m.words) - 1
		switch m.join {
		case joinAfter:
			b.WriteString(m.mark)
		case joinBefore:
			pendingBefore += m.mark
		case joinBetween:
			b.WriteString(m.mark)
			glue = b.Len() > 0
		case joinAlone:
			b.WriteString(m.mark)
			glue = true
		}
	}
	if !said {
		return message, false
	}
	return strings.TrimSpace(b.String() + pendingBefore), true
}

func markAt(folded []string, i int) (spokenMark, bool) {
	for _, m := range spokenMarks {
		if i+len(m.words) > len(folded) {
			continue
		}
		match := true
		for k, w := range m.words {
			if folded[i+k] != w {
				match = false
				break
			}
		}
		if match {
			return m, true
		}
	}
	return spokenMark{}, false
}
