package ask

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// narrowByMarks keeps, of the units a name could mean, those whose short
// name the message writes with its marks ("xã em Thạch Hạ": the commune,
// not Huyện or Thị trấn Thạch Hà, which fold alike); a name typed without
// marks, or matching them all, keeps them all.
func narrowByMarks(c *catalog.Catalog, units [][]string, original string) [][]string {
	text := strings.ToLower(norm.NFC.String(original))
	for i, group := range units {
		if len(group) < 2 {
			continue
		}
		var written []string
		for _, key := range group {
			if name := strings.ToLower(c.Units[key].ShortName); name != "" && writesName(text, name) {
				written = append(written, key)
			}
		}
		if len(written) > 0 && len(written) < len(group) {
			units[i] = written
		}
	}
	return units
}

// writesName: the text holds the name as whole words.
func writesName(text, name string) bool {
	for from := 0; ; {
		at := strings.Index(text[from:], name)
		if at < 0 {
			return false
		}
		at += from
		end := at + len(name)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = at + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// withoutMismarked drops the units the message named only by an alias of
// one word that it writes with other marks: "chi phí thuê hội trường" is
// rent, not Cục Thuế ("thuế"), though the two fold alike. A word typed
// without marks still names the unit.
func withoutMismarked(c *catalog.Catalog, units [][]string, t nlu.Text) [][]string {
	var words []string
	out := units[:0:0]
	for _, group := range units {
		if len(group) == 1 && len(c.OneWordAliases[group[0]]) > 0 {
			if words == nil {
				words = messageWords(strings.ToLower(norm.NFC.String(t.Original)))
			}
			if mismarked(c, group[0], words, t.Tokens) {
				continue
			}
		}
		out = append(out, group)
	}
	return out
}

// mismarked: the unit's one-word aliases the message's words fold to are
// all written with other marks, and no longer name of it is said.
func mismarked(c *catalog.Catalog, key string, words, tokens []string) bool {
	if name := strings.Fields(nlu.Fold(c.Units[key].ShortName)); len(name) > 1 && hasWord(tokens, name...) {
		return false
	}
	other := false
	for _, alias := range c.OneWordAliases[key] {
		folded := nlu.Fold(alias)
		for i, w := range words {
			if nlu.Fold(w) != folded {
				continue
			}
			if w == alias || isPlain(w) || i > 0 && kindOfBody[nlu.Fold(words[i-1])] {
				// ("ngành thuê": the tax office, its tone slipped.)
				return false
			}
			other = true
		}
	}
	return other
}

// kindOfBody are the words before a body's short name ("ngành thuế",
// "bên thuế"), which keep it named whatever its marks.
var kindOfBody = map[string]bool{"nganh": true, "cuc": true, "ben": true, "phia": true, "chi": true}

// messageWords are the message's words, split at spaces and punctuation
// but "&" ("GD&ĐT" is one).
func messageWords(original string) []string {
	return strings.FieldsFunc(original, func(r rune) bool {
		return unicode.IsSpace(r) || r != '&' && unicode.IsPunct(r)
	})
}

// isPlain: the word is typed without marks.
func isPlain(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// withoutRestated drops a name of several units that the message says
// again as one of them ("Hà Tĩnh mình, toàn tỉnh": the province, said
// twice, not asked back).
func withoutRestated(units [][]string) [][]string {
	var out [][]string
	for i, group := range units {
		restated := len(group) > 1 && slices.ContainsFunc(units, func(other []string) bool {
			return len(other) == 1 && slices.Contains(group, other[0])
		})
		if !restated {
			out = append(out, units[i])
		}
	}
	if len(out) == len(units) {
		return units
	}
	return out
}

// withinParent reads a unit named right after another that holds it as
// where that one is ("xã Sơn Tây (Hương Sơn)", "xã Sơn Tây, huyện Hương
// Sơn", "… thuộc Hương Sơn"): the commune is asked, not its district too,
// and of a name several communes share, the one of that district.
// A name that is also a district's or the province's ("Thạch Hà, TP Hà
// Tĩnh", "Hà Tĩnh mình, toàn tỉnh") is one of a list, or said again; a
// commune quoted beside another question ("anh Đức phường Bắc Hà: «TP Hà
// Tĩnh …»") is where the asker is.
func withinParent(c *catalog.Catalog, p nlu.Parse, original string) nlu.Parse {
	if len(p.Units) < 2 || len(p.UnitSpans) != len(p.Units) || strings.ContainsAny(original, ":\"“”«»") {
		return p
	}
	for i := 0; i+1 < len(p.Units); i++ {
		if p.UnitSpans[i+1][0]-p.UnitSpans[i][1] > 1 {
			continue
		}
		var held []string
		for _, code := range p.Units[i] {
			u, ok := c.Units[code]
			if !ok || u.Level != "commune" {
				held = nil
				break
			}
			if u.ParentID.Valid && slices.Contains(p.Units[i+1], c.Keys[u.ParentID.Int64]) {
				held = append(held, code)
			}
		}
		if len(held) == 0 {
			continue
		}
		q := p
		q.Units = slices.Concat(p.Units[:i], [][]string{held}, p.Units[i+2:])
		q.UnitSpans = slices.Concat(p.UnitSpans[:i], [][2]int{{p.UnitSpans[i][0], p.UnitSpans[i+1][1]}}, p.UnitSpans[i+2:])
		return withinParent(c, q, original)
	}
	return p
}
