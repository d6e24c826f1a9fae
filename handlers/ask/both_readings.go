package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// bothReadings parts one name read two ways into both units when the
// message says it means both ("kỳ anh cả huyện cả thị xã gộp lại", "Kỳ
// Anh cả hai"): not asked back which.
func bothReadings(c *catalog.Catalog, units [][]string, tokens []string) [][]string {
	if len(units) != 1 || len(units[0]) < 2 {
		return units
	}
	both := hasWord(tokens, "ca", "hai") || hasWord(tokens, "ca", "2")
	if !both {
		both = true
		for _, code := range units[0] {
			u, ok := c.Units[code]
			if !ok || !kindSaid(u.Name, tokens) {
				both = false
				break
			}
		}
	}
	if !both {
		return units
	}
	out := make([][]string, 0, len(units[0]))
	for _, code := range units[0] {
		out = append(out, []string{code})
	}
	return out
}

// kindSaid: the kind a unit's name opens with ("Huyện", "Thị xã") is said
// after "cả" ("cả huyện cả thị xã", "cả huyện lẫn thị xã").
func kindSaid(name string, tokens []string) bool {
	for _, kind := range namedKinds {
		if !strings.HasPrefix(name, kind+" ") {
			continue
		}
		words := strings.Fields(nlu.Fold(strings.ToLower(kind)))
		for i := range tokens {
			if i+len(words) <= len(tokens) && slices.Equal(tokens[i:i+len(words)], words) && i > 0 && (tokens[i-1] == "ca" || tokens[i-1] == "lan" || tokens[i-1] == "va") {
				return true
			}
		}
	}
	return false
}
