package ask

import (
	"fmt"
	"strings"
	"unicode"
)

// askedAgain: a reply to an ask-back that holds no word and no number (an
// emoji, "???") chooses nothing and asks nothing new: the options are
// offered again, numbered, and the chat keeps waiting for the choice.
func askedAgain(mem *memory, text string) (Answer, bool) {
	if mem == nil || len(mem.Choices) < 2 || strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return Answer{}, false
	}
	ans := Answer{Kind: KindAsk, Path: "rules"}
	labels := make([]string, len(mem.Choices))
	for i, c := range mem.Choices {
		o := Option{Label: c.Label, Query: c.Query}
		if c.Parse != nil {
			p := *c.Parse
			p.Words = c.Words
			o.parse = &p
		}
		ans.Options = append(ans.Options, o)
		labels[i] = fmt.Sprintf("%d. %s", i+1, c.Label)
	}
	ans.Text = fmt.Sprintf(msgChooseAgain, strings.Join(labels, "; "))
	return ans, true
}
