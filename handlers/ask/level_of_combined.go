package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// levelOfCombined: the question asks one level of service ("riêng hồ sơ
// mức độ 4") of a figure stored for several together ("số hồ sơ nộp trực
// tuyến (mức độ 3, 4)"): a part no figure states, which the total must not
// answer. It returns the figure's name and the level asked.
// listedLevelWords join the levels of a list ("mức độ 3 và mức độ 4").
var listedLevelWords = map[string]bool{"va": true, "voi": true, "muc": true, "do": true}

func levelOfCombined(c *catalog.Catalog, p nlu.Parse) (name, level string, ok bool) {
	if len(p.Indicators) != 1 {
		return "", "", false
	}
	in, found := c.Indicators[p.Indicators[0]]
	if !found {
		return "", "", false
	}
	_, combined, cut := strings.Cut(nlu.Fold(in.Name), "muc do ")
	if !cut {
		return "", "", false
	}
	var stored []string
	for _, f := range strings.Fields(strings.NewReplacer(",", " ", ")", " ").Replace(combined)) {
		if f != "va" && strings.Trim(f, "0123456789") != "" {
			break // the levels listed end at the first other word
		}
		if f != "va" {
			stored = append(stored, f)
		}
	}
	if len(stored) < 2 {
		return "", "", false
	}
	var asked []string
	for i, w := range p.Words {
		if w != "muc" || excludedAt(p.Words, i) {
			continue
		}
		j := i + 1
		if j < len(p.Words) && p.Words[j] == "do" {
			j++
		}
		// "mức 3, 4", "mức độ 3 và mức độ 4": every level listed.
		for ; j < len(p.Words) && (slices.Contains(stored, p.Words[j]) || listedLevelWords[p.Words[j]]); j++ {
			if slices.Contains(stored, p.Words[j]) && !slices.Contains(asked, p.Words[j]) {
				asked = append(asked, p.Words[j])
			}
		}
	}
	if len(asked) != 1 {
		return "", "", false
	}
	return in.Name, "mức độ " + asked[0], true
}
