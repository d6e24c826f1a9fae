package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// People on a phone send one question as several messages: "bên Can Lộc
// ạ", "quý 2 ạ", then "tỉ lệ hs nộp trực tuyến bn %". A message that only
// names a unit, a level or a period is such a fragment: the chat keeps it
// (memory.Pending) and reads the next question with it, until a question
// is understood.

// maxFragments is how many fragments a chat keeps: the last ones.
const maxFragments = 3

// maxFragmentWords is the longest fragment, polite ends aside: "Hồng
// Lĩnh quý 1", "bên phòng VH-TT huyện Can Lộc ạ".
const maxFragmentWords = 8

// isFragment: the reply understood no question, and the message names a
// unit, a level or a period and nothing else a figure is of, and asks
// nothing.
func isFragment(ans Answer, now time.Time) bool {
	p := ans.Parse
	if ans.Kind != KindNotUnderstood && (ans.Kind != KindInfo || ans.Path != "search") || p.Understood() || p.Reason != nlu.ReasonNotUnderstood {
		// (A name alone may find the report's sentence on it: "Can Lộc
		// năm 2018" is still the start of a question.)
		return false
	}
	if len(p.Units) == 0 && p.Level == "" && len(p.Periods) == 0 {
		return false
	}
	if len(p.Indicators) > 0 || len(p.Projects) > 0 || p.Money || p.Elsewhere != "" {
		return false
	}
	words := nlu.WithoutPoliteEnd(p.Words)
	if len(words) > maxFragmentWords || nlu.Asks(words) || nlu.AsksWhether(words) {
		return false
	}
	// Little besides the names: "bên Can Lộc ạ", not "mai ở Thạch Hà có
	// bão không em".
	named := make([]bool, len(words))
	for _, sp := range p.UnitSpans {
		for i := sp[0]; i < sp[1] && i < len(words); i++ {
			named[i] = true
		}
	}
	if len(p.Periods) > 0 {
		if _, from, to, ok := nlu.FindPeriod(words, now); ok {
			for i := from; i < to && i < len(words); i++ {
				named[i] = true
			}
		}
	}
	other := 0
	for i, w := range words {
		if !named[i] && !fragmentFillers[w] {
			other++
		}
	}
	return other <= maxFragmentOther
}

// maxFragmentOther is how many other words a fragment may hold beside
// its names and fillers ("phòng VH-TT").
const maxFragmentOther = 3

// fragmentFillers are the words around a name in a fragment: "bên Can
// Lộc ạ", "còn huyện Thạch Hà nha", "của Sở Tài chính".
var fragmentFillers = map[string]bool{"ben": true, "cua": true, "o": true, "con": true, "thi": true, "nha": true, "nhe": true,
	"a": true, "ad": true, "oi": true, "em": true, "e": true, "chi": true, "anh": true, "huyen": true, "xa": true, "so": true,
	"thi xa": true, "thanh": true, "pho": true, "tinh": true, "ve": true, "hoi": true, "cho": true, "voi": true}

// pendingAfter is what the chat keeps of fragments after a reply: the
// message added when it is one (fragment), none once a question is
// understood, the same otherwise (a greeting between them: "chị ơi e hỏi
// xíu").
func pendingAfter(mem *memory, text string, ans Answer, fragment bool) []string {
	var pending []string
	if mem != nil {
		pending = mem.Pending
	}
	switch {
	case fragment:
		pending = append(slices.Clone(pending), strings.TrimSpace(text))
		if len(pending) > maxFragments {
			pending = pending[len(pending)-maxFragments:]
		}
		return pending
	case ans.Parse.Understood() || ans.Kind == KindAsk:
		return nil
	}
	return pending
}

// withFragments answers a question with the fragments sent before it
// when it lacks what they name: "tỉ lệ hs nộp trực tuyến bn %" after
// "bên Can Lộc ạ", "quý 2 ạ" is Can Lộc's quarter 2. ok is false when the
// question names all they name, or is not understood with them either.
func (a *Answerer) withFragments(ctx context.Context, text string, mem *memory, ans Answer) (Answer, bool, error) {
	if mem == nil || len(mem.Pending) == 0 || isFragment(ans, a.now()) {
		return Answer{}, false, nil
	}
	c := a.cat.Get()
	before := a.understand(c, nlu.Normalize(strings.Join(mem.Pending, ", ")))
	p := ans.Parse
	lacksPlace := (len(before.Units) > 0 || before.Level != "") && len(p.Units) == 0 && p.Level == ""
	lacksPeriod := len(before.Periods) > 0 && len(p.Periods) == 0
	if p.Understood() && !lacksPlace && !lacksPeriod {
		return Answer{}, false, nil
	}
	whole := strings.Join(append(slices.Clone(mem.Pending), strings.TrimSpace(text)), ", ")
	with, err := a.respond(ctx, whole, mem)
	if err != nil || !with.Parse.Understood() && with.Kind != KindAsk {
		return Answer{}, false, err
	}
	return with, true, nil
}

// fragmentReply answers a fragment: what the chat now keeps, and what it
// may be asked (the questions offered stay as buttons).
func (a *Answerer) fragmentReply(ans Answer, pending []string) Answer {
	c := a.cat.Get()
	p := a.understand(c, nlu.Normalize(strings.Join(pending, ", ")))
	var named []string
	for _, readings := range p.Units {
		var names []string
		for _, key := range readings {
			if u, ok := c.Units[key]; ok {
				names = append(names, u.Name)
			}
		}
		if len(names) > 0 {
			named = append(named, strings.Join(names, " hoặc "))
		}
	}
	if len(p.Units) == 0 && p.Level != "" {
		named = append(named, "các đơn vị "+c.LevelPhrase(p.Level))
	}
	for _, per := range p.Periods {
		named = append(named, per.Label)
	}
	if len(named) == 0 {
		return ans
	}
	ack := fmt.Sprintf(msgFragment, strings.Join(named, ", "))
	if ans.Kind == KindInfo {
		// The report's sentences found stay, after what is kept.
		ans.Text = ack + "\n" + ans.Text
		return ans
	}
	ans.Text = ack
	return ans
}
