package ask

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// ownUnitNoun finds the asker's own unit named by its kind alone ("huyện
// tui", "sở em", "thị xã chúng tôi", "đơn vị mình"), and returns that
// kind's first word, folded ("huyen", "so", "thi"). Such a unit the chat
// does not know is no level and no province: the question is asked back.
// (Once the chat knows where she works, atHome has written the phrase as
// the unit's name.)
func ownUnitNoun(message string) (string, bool) {
	raw, folded := foldedWords(message)
	for i := range raw {
		n := homeNounLen(folded, i)
		if n == 0 || folded[i] == "ben" || folded[i] == "cho" || i > 0 && countedBefore[folded[i-1]] {
			// ("bên em", "chỗ em" say no kind of unit; "cấp huyện em" is
			// the level, "bao nhiêu đơn vị em?" a count asked of "em".)
			continue
		}
		if folded[i] == "so" && raw[i] != "sở" && raw[i] != "Sở" && raw[i] != "SỞ" {
			continue // "số em gửi": not a sở
		}
		j := i + n
		if j < len(raw) && (folded[j] == "bon" || folded[j] == "chung") {
			j++ // "sở bọn em", "huyện chúng tôi"
		}
		if j < len(raw) && selfWords[folded[j]] && folded[j] != "anh" && folded[j] != "chi" {
			// ("huyện anh", "sở chị" may be the one asked, not the asker's;
			// "sở em đang làm báo cáo, …" says who asks, not of whom.)
			if j+1 < len(raw) && askerDoings[folded[j+1]] {
				return "", false
			}
			return folded[i], true
		}
	}
	return "", false
}

// otherLevel: the level asked is not the kind of "huyện em" ("…: huyện
// mình có 23 DVC mức 4 à? cấp tỉnh có bn …": the province's agencies).
// ("thị xã em" reads the level of communes in "xã": no other level.)
func otherLevel(noun, level string) bool {
	if noun == "so" {
		return level != "" && level != "agency"
	}
	return level == "agency"
}

// countedBefore are words before a kind that make it a level or a count.
var countedBefore = map[string]bool{"cap": true, "nhieu": true, "may": true, "bn": true, "cac": true, "nhung": true, "moi": true, "tung": true}

// askerDoings follow "sở em" when it says who asks: "sở em đang tổng
// hợp …", "huyện em cần số liệu …".
var askerDoings = map[string]bool{"dang": true, "can": true, "muon": true, "xin": true, "hoi": true, "nho": true, "dinh": true,
	"sap": true, "vua": true, "lam": true, "tong": true, "viet": true, "chuan": true}

// ownNouns are the kinds of unit as a question names them, and a name of
// each kind for the ask-back's example.
var ownNouns = map[string]string{"huyen": "huyện", "so": "sở", "thi": "thị xã", "thanh": "thành phố", "don": "đơn vị"}

var ownExamples = map[string]string{"huyen": "Can Lộc", "so": "Sở Tài chính", "thi": "Thị xã Hồng Lĩnh", "thanh": "Thành phố Hà Tĩnh", "don": "Huyện Can Lộc"}

// askOwnUnit asks which unit "huyện em" is, when the reply would give a
// figure reported unit by unit and the message names no unit, nor did the
// chat before: the province's total or a list of every district would be
// another figure than asked. The chat keeps the message, so the unit typed
// next completes it.
func (a *Answerer) askOwnUnit(message string, mem *memory, ans Answer) (Answer, bool) {
	noun, ok := ownUnitNoun(message)
	p := ans.Parse
	if !ok || !p.Understood() || len(p.Units) > 0 || mem != nil && len(mem.Parse.Units) > 0 || p.Count || otherLevel(noun, p.Level) {
		// ("Đức Thọ quý 2 …" then "Huyện mình đứng thứ mấy": Đức Thọ; "…
		// huyện em hay bị nhắc, quý 2 có bao nhiêu huyện đã nộp": a count
		// of every district.)
		return Answer{}, false
	}
	if _, folded := foldedWords(message); slices.Contains(folded, "nao") {
		// ("huyện nào thấp nhất, đừng nói là huyện tui nghe": which.)
		return Answer{}, false
	}
	c := a.cat.Get()
	if !asksOfOneUnit(c, p) || len(a.understand(c, nlu.Normalize(message)).Units) > 0 {
		// ("cử tri Can Lộc muốn biết huyện mình …": the unit named.)
		return Answer{}, false
	}
	return Answer{Kind: KindAsk, Text: fmt.Sprintf(msgAskOwnUnit, ownNouns[noun], ownExamples[noun]),
		Parse: nlu.Parse{Reason: nlu.ReasonAskWhichUnit, Words: p.Words}, ownAsked: message, Path: "rules"}, true
}

// ownUnitGiven: the message answers "Bạn hỏi về huyện nào?" with a unit
// that reports, of the kind asked, and nothing else of a question. That
// unit is where the asker works from now on, and the question held is
// asked again.
func (a *Answerer) ownUnitGiven(mem *memory, message string) ([]string, bool) {
	if mem == nil || mem.OwnAsked == "" {
		return nil, false
	}
	c := a.cat.Get()
	p := a.understand(c, nlu.Normalize(message))
	if len(p.Units) != 1 || len(p.Periods) > 0 || len(p.Indicators) > 0 {
		return nil, false
	}
	noun, _ := ownUnitNoun(mem.OwnAsked)
	fits := func(m []string, named bool) []string {
		return slices.DeleteFunc(slices.Clone(m), func(code string) bool {
			u, ok := c.Units[code]
			return !ok || !c.RequiredUnit[u.ID] || !fitsHome(noun, u.Level) ||
				named && !strings.HasPrefix(nlu.Fold(strings.ToLower(u.Name)), kindPrefixes[noun])
		})
	}
	m := fits(p.Units[0], false)
	if len(m) > 1 {
		// "thị xã em …" answered "Kỳ Anh": the town, not the district.
		m = fits(m, true)
	}
	if len(m) != 1 {
		return nil, false
	}
	return m, true
}

// kindPrefixes begin the names of the units of a kind, folded.
var kindPrefixes = map[string]string{"huyen": "huyen ", "so": "so ", "thi": "thi xa ", "thanh": "thanh pho "}

// asksOfOneUnit: a figure units report each quarter, which differs from
// unit to unit ("sở mình đăng được mấy clip": the report's own figure,
// not asked back).
func asksOfOneUnit(c *catalog.Catalog, p nlu.Parse) bool {
	switch p.Intent {
	case nlu.IntentReporting:
		return true
	case nlu.IntentRanking:
		if p.Op != "rankof" { // "huyện em đứng thứ mấy"
			return false
		}
	case nlu.IntentValue:
	default:
		return false
	}
	for _, code := range p.Indicators {
		if !c.Reported[code] {
			return false
		}
	}
	return len(p.Indicators) > 0
}
