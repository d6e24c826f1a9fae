package ask

// The sibling a follow-up switches to: "còn doanh nghiệp?", "còn mức 4?",
// "tính ra phần trăm".

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// serviceLevelSibling turns "mức độ 3" indicators into their "mức độ 4"
// twins (and back), by name: "còn mức 4?".
func serviceLevelSibling(c *catalog.Catalog, codes []string, level int) ([]string, bool) {
	var out []string
	for _, code := range codes {
		name := nlu.Fold(c.Indicators[code].Name)
		want := ""
		for _, from := range []int{3, 4} {
			tag := fmt.Sprintf("muc do %d", from)
			if strings.Contains(name, tag) {
				want = strings.Replace(name, tag, fmt.Sprintf("muc do %d", level), 1)
			}
		}
		if want == "" {
			return nil, false
		}
		found := ""
		for other, in := range c.Indicators {
			if nlu.Fold(in.Name) == want {
				found = other
			}
		}
		if found == "" {
			return nil, false
		}
		out = append(out, found)
	}
	return out, len(out) > 0
}

// serviceLevelsAsked: the indicators of the level of service a follow-up
// names ("còn mức 4?"), or of both when it names both ("chia mức 3 mức 4").
func serviceLevelsAsked(c *catalog.Catalog, codes []string, fu nlu.FollowUp) ([]string, bool) {
	swapped, ok := serviceLevelSibling(c, codes, fu.ServiceLevel)
	if other, both := serviceLevelSibling(c, codes, 7-fu.ServiceLevel); ok && both && fu.BothServiceLevels {
		swapped = append(other, swapped...)
	}
	return swapped, ok
}

// percentSibling turns a count into the only percent indicator of its
// topic: "tính ra phần trăm".
func percentSibling(c *catalog.Catalog, codes []string) ([]string, bool) {
	p := nlu.Parse{Indicators: append([]string(nil), codes...), Words: []string{"phan", "tram"}}
	preferPercent(c, &p)
	changed := false
	for i := range codes {
		if p.Indicators[i] != codes[i] {
			changed = true
		}
	}
	return p.Indicators, changed
}

// allWordsIn: every word occurs in the padded name ("gửi song song bản
// giấy" in "… gửi song song với văn bản giấy").
func allWordsIn(name string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(name, " "+w+" ") {
			return false
		}
	}
	return len(words) > 0
}

// unitKinds are the words a unit's full name starts with.
var unitKinds = []string{"thi xa", "thanh pho", "thi tran", "huyen", "phuong", "xa"}

// sameNameOfKind: the message names only a kind of unit ("thị xã", "còn
// huyện?") and the unit asked before shares its name with exactly one unit
// of that kind (Huyện Kỳ Anh and Thị xã Kỳ Anh): that unit's key; the
// unit asked itself when it is of that kind.
func sameNameOfKind(c *catalog.Catalog, prev nlu.Parse, words []string) (string, bool) {
	if len(prev.Units) != 1 || len(prev.Units[0]) != 1 {
		return "", false
	}
	asked, ok := c.Units[prev.Units[0][0]]
	if !ok || asked.ShortName == "" {
		return "", false
	}
	if hasWord(words, "cap") || hasWord(words, "cac") {
		return "", false // "trong các đơn vị cấp huyện": a level, not a kind of unit
	}
	kind := ""
	for _, k := range unitKinds {
		if hasWord(words, strings.Fields(k)...) {
			kind = k
			break
		}
	}
	if kind == "" {
		return "", false
	}
	if len(withoutPercentWords(nlu.ContentWords(words))) > 3 && !hasWord(words, append([]string{"cua"}, strings.Fields(kind)...)...) {
		// (A longer message names the unit by its kind only after "của":
		// "số DVC mức độ 4 của huyện là bao nhiêu".)
		return "", false
	}
	if strings.HasPrefix(nlu.Fold(asked.Name), kind+" ") {
		// "quý 1 của thành phố?" after Thành phố Hà Tĩnh: that unit.
		return prev.Units[0][0], true
	}
	found := ""
	for key, u := range c.Units {
		if u.ID == asked.ID || nlu.Fold(u.ShortName) != nlu.Fold(asked.ShortName) || !strings.HasPrefix(nlu.Fold(u.Name), kind+" ") {
			continue
		}
		if found != "" {
			return "", false
		}
		found = key
	}
	return found, found != ""
}

// countSibling is the count behind a rate: its numerator, or else the one
// count of the rate's topic ("số lượng cụ thể?" after the communes'
// share with a website: the 221 communes).
func countSibling(c *catalog.Catalog, codes []string) ([]string, bool) {
	if len(codes) != 1 {
		return nil, false
	}
	rate, ok := c.Indicators[codes[0]]
	if !ok || rate.Kind != "percent" {
		return nil, false
	}
	if rate.NumeratorCode != "" {
		return []string{rate.NumeratorCode}, true
	}
	found := ""
	for code, in := range c.Indicators {
		if in.Topic == rate.Topic && in.Kind == "count" {
			if found != "" {
				return nil, false // two counts: not one reading
			}
			found = code
		}
	}
	return []string{found}, found != ""
}

// otherServiceLevel: "mức còn lại", "mức kia" after one level of online
// services: the other level, 0 when the words or the figure before say
// none.
func otherServiceLevel(c *catalog.Catalog, codes []string, words []string) int {
	if !hasWord(words, "muc", "con", "lai") && !hasWord(words, "muc", "kia") && !hasWord(words, "muc", "khac") &&
		!hasWord(words, "muc", "do", "con", "lai") && !hasWord(words, "muc", "do", "kia") {
		return 0
	}
	for _, level := range []int{3, 4} {
		if swapped, ok := serviceLevelSibling(c, codes, level); ok && !slices.Equal(swapped, codes) {
			return level
		}
	}
	return 0
}
