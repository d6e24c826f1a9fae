package nlu

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// correctionMarks are the words with which an asker takes back part of
// what was typed and says it again ("…, à ko, số lượng hồ sơ thôi", "…, í
// lộn năm 2017 …", "…, ý a là thị xã Kỳ Anh", "…, sửa lại: quý 2", "…, à
// thôi hỏi Vũ Quang …"), folded; the longest first.
var correctionMarks = []string{
	"a khong phai", "a ko phai", "y toi la", "y em la", "y anh la", "y a la", "y minh la", "y chau la",
	"sua lai", "a thoi hoi", "thoi hoi", "a thoi", "go nham", "a nham", "a lon", "i lon", "y lon",
	"nham roi", "lon roi", "a khong", "a ko", "a k", "lon", "nham",
}

// Corrected splits a message at the last place its asker corrects it:
// before is what was first typed, after what replaces part or all of it
// ("hỏi" that opens it dropped). ok is false when the message corrects
// nothing, or either side is empty.
func Corrected(message string) (before, after string, ok bool) {
	msg := norm.NFC.String(message)
	words := strings.Fields(msg)
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(strings.Trim(w, wordEdges+"…"))
	}
	for i := len(words) - 1; i > 0; i-- {
		// A mark stands after a comma or a full stop of the text before
		// it ("…, à ko, …"), never inside a phrase ("lộn xộn").
		if r, _ := utf8.DecodeLastRuneInString(words[i-1]); !strings.ContainsRune(",.;!?…", r) {
			continue
		}
		for _, mark := range correctionMarks {
			mw := strings.Fields(mark)
			if i+len(mw) > len(words) || strings.Join(folded[i:i+len(mw)], " ") != mark {
				continue
			}
			rest := words[i+len(mw):]
			if len(rest) > 0 && (folded[i+len(mw)] == "hoi" || folded[i+len(mw)] == "la") {
				rest = rest[1:] // "à thôi hỏi …", "ý tôi là …"
			}
			for k := range rest {
				// "ý a là số hồ sơ chứ ko phải tỷ lệ": what it is not is
				// no part of what is asked.
				if f := folded[len(words)-len(rest)+k]; f == "chu" || f == "khong" || f == "ko" || f == "k" {
					if k+1 < len(rest) && folded[len(words)-len(rest)+k+1] == "phai" || f == "chu" && k+2 < len(rest) && folded[len(words)-len(rest)+k+2] == "phai" {
						rest = rest[:k]
						break
					}
				}
			}
			before = strings.TrimRight(strings.Join(words[:i], " "), ",.;!?… ")
			after = strings.Trim(strings.Join(rest, " "), ",.;:!?… ")
			if before == "" || after == "" {
				return "", "", false
			}
			return before, after, true
		}
	}
	return "", "", false
}
