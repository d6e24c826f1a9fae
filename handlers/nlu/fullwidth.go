package nlu

import (
	"strings"

	"golang.org/x/text/width"
)

// A Chinese-style keyboard types full-width signs and digits ("，", "？",
// "２０１９", "ｑ２") and CJK marks ("。", "、", "「Can Lộc」"); read as the
// ASCII ones they stand for, a comma still parts a question's pieces and a
// digit is a number.

// cjkMarks are the CJK punctuation marks with an ASCII reading that
// width folding leaves as they are.
var cjkMarks = strings.NewReplacer("。", ". ", "、", ", ", "「", "\"", "」", "\"", "『", "\"", "』", "\"", "【", "[", "】", "]", "～", "~",
	"｡", ". ", "､", ", ", "｢", "\"", "｣", "\"")

// FromFullWidth reads a message's full-width signs, letters and digits
// as ASCII, and CJK marks as their ASCII readings; ok is false when it
// has none.
func FromFullWidth(message string) (string, bool) {
	if !hasWide(message) {
		return message, false
	}
	return width.Narrow.String(cjkMarks.Replace(message)), true
}

// hasWide: a rune of the full-width forms block or a CJK mark.
func hasWide(s string) bool {
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF64 || r >= 0x3000 && r <= 0x303F {
			return true
		}
	}
	return false
}
