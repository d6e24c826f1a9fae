package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// todaysLevels reads today's names of the online service levels (Decree
// 42/2022: "toàn trình", "một phần") as the levels they replaced (mức độ
// 4, mức độ 3) in a catalog that counts no figure by those names, as the
// 2019 demo: "cổng DVC tỉnh có bao nhiêu DVC toàn trình" is its level-4
// count, whose name the reply states. A catalog that stores today's
// figures (2025) answers them by their own names, and an earlier period
// by the former indicator, named as such. services: the chat's last
// question was of services ("toàn trình thì sao" after it).
func todaysLevels(c *catalog.Catalog, t nlu.Text, services bool) (nlu.Text, bool) {
	whole, part := nlu.HasPhrase(t.Tokens, "toan trinh"), nlu.HasPhrase(t.Tokens, "mot phan")
	services = services || nlu.HasPhrase(t.Tokens, "dvc") || nlu.HasPhrase(t.Tokens, "dvctt") || nlu.HasPhrase(t.Tokens, "dich vu")
	if !whole && !part || !services {
		return t, false
	}
	var out []string
	changed := false
	for i := 0; i < len(t.Tokens); i++ {
		w := t.Tokens[i]
		if i+1 < len(t.Tokens) {
			next := t.Tokens[i+1]
			if w == "toan" && next == "trinh" && !c.Vocab.NamesIndicator("toan", "trinh") ||
				w == "mot" && next == "phan" && servicePart(t.Tokens, i, whole, services) && !c.Vocab.NamesIndicator("mot", "phan") {
				level := "4"
				if w == "mot" {
					level = "3"
				}
				out, changed = append(out, "muc", level), true
				i++
				continue
			}
		}
		out = append(out, w)
	}
	if !changed {
		return t, false
	}
	return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out}, true
}

// servicePart: the "một phần" at i is the level of services ("DVC một
// phần", "dịch vụ công trực tuyến một phần", "cả một phần lẫn toàn
// trình", "một phần cấp tỉnh" after services), not a part of something
// ("một phần kinh phí").
func servicePart(tokens []string, i int, whole, services bool) bool {
	if i > 0 && slices.Contains([]string{"dvc", "dvctt", "cong", "tuyen", "vu"}, tokens[i-1]) || i == 0 && services {
		return true
	}
	joined := func(w string) bool { return slices.Contains([]string{"ca", "va", "lan", "hay", "voi", "hoac"}, w) }
	return whole && (i > 0 && joined(tokens[i-1]) || i+2 < len(tokens) && joined(tokens[i+2]))
}

// isServices: the figures are counts of online services of a level.
func isServices(c *catalog.Catalog, codes []string) bool {
	_, ok := serviceLevelSibling(c, codes, 3)
	return ok
}

// romans are the Roman numerals clerks number levels and projects with.
var romans = map[string]string{"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10",
	"xi": "11", "xii": "12", "xiii": "13"}

// romanNumbers reads "DVC trực tuyến mức IV" as level 4 and "dự án số
// III" as project 3 (not "mục IV" of the report, which folds as "mức":
// only after words of services).
func romanNumbers(t nlu.Text) (nlu.Text, bool) {
	if !slices.ContainsFunc(t.Tokens, func(w string) bool { _, ok := romans[w]; return ok }) {
		return t, false
	}
	var out []string
	changed := false
	for i, w := range t.Tokens {
		n, ok := romans[w]
		if ok && i > 0 {
			before := t.Tokens[max(0, i-5):i]
			level := (t.Tokens[i-1] == "muc" || t.Tokens[i-1] == "do" && i > 1 && t.Tokens[i-2] == "muc") &&
				(slices.Contains(before, "dvc") || slices.Contains(before, "dvctt") || slices.Contains(before, "vu") || slices.Contains(before, "tuyen"))
			project := t.Tokens[i-1] == "an" || t.Tokens[i-1] == "so" && i > 1 && t.Tokens[i-2] == "an"
			if level || project {
				out, changed = append(out, n), true
				continue
			}
		}
		out = append(out, w)
	}
	if !changed {
		return t, false
	}
	return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out, NearestAsked: t.NearestAsked}, true
}
