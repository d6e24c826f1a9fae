package ask

import (
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// formQuestion is a message typed as a form's fields (nlu.FormParts) read
// as the one question its fields make ("Hương Sơn; dvc3; quý 2/2019",
// "Q1/2019 | sở tỷ lệ thấp nhất"): ok when at most one field asks or names
// a figure, the others only saying of what and when; fields that each ask
// are a list of questions, answered as such.
func (a *Answerer) formQuestion(message string) (string, bool) {
	parts := nlu.FormParts(message)
	if parts == nil {
		return "", false
	}
	c := a.cat.Get()
	asking := 0
	for _, part := range parts {
		t := nlu.Normalize(part)
		if p := a.understand(c, t); p.Understood() || nlu.Asks(t.Tokens) {
			asking++
		}
	}
	if asking > 1 {
		return "", false
	}
	return strings.Join(parts, " "), true
}
