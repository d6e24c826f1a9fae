package ask

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
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
