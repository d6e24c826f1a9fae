package nlu

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// correctionMarks are the words with which an asker takes back part of
// what was typed and says it again ("…, à ko, số lượng hồ sơ thôi", "…, í
// lộn năm 2017 …", "…, ý a là thị xã Kỳ Anh", "…, sửa lại: quý 2", "…,
// sửa: mức 3", "…, à thôi hỏi Vũ Quang …"), folded; the longest first.
var correctionMarks = slices.Concat([]string{"ay chet khong phai", "ay chet", "a k ong bao nham", "a khong ong bao nham", "a ko ong bao nham",
	"ong bao nham", "ba bao nham", "a khong phai", "a ko phai"}, meantMarks, []string{
	"sua lai", "a thoi hoi", "thoi hoi", "a thoi", "go nham", "a nham", "a lon", "i lon", "y lon",
	"nham roi", "lon roi", "a khong", "a ko", "a k", "lon", "nham", "sua thanh", "sua",
})

// meantMarks say what was meant ("ý a là thị xã Kỳ Anh"), inside a message
// or opening one (with no comma needed: "ý anh là quý 2").
var meantMarks = []string{"y toi la", "y em la", "y anh la", "y chi la", "y a la", "y minh la", "y chau la"}

// colonOnly are the marks that correct only written with a colon ("…, sửa:
// mức 3"); without one they are words of the question ("sửa số liệu").
var colonOnly = map[string]bool{"sua": true}

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
			if i+len(mw) > len(words) || strings.Join(folded[i:i+len(mw)], " ") != mark || colonOnly[mark] && !strings.HasSuffix(words[i], ":") {
				continue
			}
			rest := words[i+len(mw):]
			if len(rest) > 0 && (folded[i+len(mw)] == "hoi" || folded[i+len(mw)] == "la") {
				rest = rest[1:] // "à thôi hỏi …", "ý tôi là …"
			}
			before = strings.TrimRight(strings.Join(words[:i], " "), ",.;!?… ")
			after = withoutNotMeant(rest, folded[len(words)-len(rest):])
			if before == "" || after == "" {
				return "", "", false
			}
			return before, after, true
		}
	}
	return "", "", false
}

// withoutNotMeant is the words of a correction but what it says is not
// meant ("ý a là số hồ sơ chứ ko phải tỷ lệ": the rate is no part of what
// is asked), and "mới đúng" that closes it ("quý 2 mới đúng").
func withoutNotMeant(rest, folded []string) string {
	for k := range rest {
		if f := folded[k]; f == "chu" || f == "khong" || f == "ko" || f == "k" {
			// ("…, không cần tỷ lệ": not wanted either.)
			if k+1 < len(rest) && (folded[k+1] == "phai" || f != "chu" && folded[k+1] == "can" && k > 0) || f == "chu" && k+2 < len(rest) && folded[k+2] == "phai" {
				rest, folded = rest[:k], folded[:k]
				break
			}
		}
	}
	if n := len(folded); n >= 2 && folded[n-2] == "moi" && (folded[n-1] == "dung" || folded[n-1] == "phai") {
		rest = rest[:n-2]
	}
	return strings.Trim(strings.Join(rest, " "), ",.;:!?… ")
}

// openingCorrections are the words that open a message taking back the
// question before it ("không, anh cần tổng số hồ sơ …", "sửa giúp anh:
// quý 2 mới đúng", "à không, anh hỏi Hà Tĩnh mình"), folded, the longest
// first; each must be closed by a comma or a colon but "ý … là".
var openingCorrections = []string{
	"sua giup anh", "sua giup em", "sua giup chi", "sua giup", "sua lai", "a khong phai", "a khong", "a ko", "khong phai", "khong", "ko",
	"nham roi", "nham", "lon roi", "lon", "a nham", "a lon", "sua",
}

// CorrectsLast: the message opens by taking back the question before it;
// after is what it asks instead, to be read as a follow-up of that
// question ("anh hỏi" that opens it dropped).
func CorrectsLast(message string) (after string, ok bool) {
	words := strings.Fields(norm.NFC.String(message))
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(strings.Trim(w, wordEdges+"…"))
	}
	rest, rf := words, folded
	// ("à nhầm, ý mình là quý 2": a mark, then what was meant.)
	for range 2 {
		n := openingMark(rest, rf)
		if n == 0 {
			break
		}
		rest, rf = rest[n:], rf[n:]
	}
	if len(rest) == len(words) {
		return "", false
	}
	for len(rest) > 1 && (askerWords[rf[0]] || chatAsker[rf[0]] || rf[0] == "hoi" || rf[0] == "can") {
		rest, rf = rest[1:], rf[1:] // "anh hỏi …", "anh cần …"
	}
	after = withoutNotMeant(rest, rf)
	return after, after != ""
}

// openingMark is the number of words of the correction or "ý … là" that
// opens the words, 0 for none.
func openingMark(words, folded []string) int {
	if len(words) == 0 {
		return 0
	}
	for _, mark := range openingCorrections {
		mw := strings.Fields(mark)
		if last := words[min(len(mw), len(words))-1]; len(mw) < len(words) && strings.Join(folded[:len(mw)], " ") == mark && strings.ContainsAny(last[len(last)-1:], ",:") {
			return len(mw)
		}
	}
	for _, mark := range meantMarks {
		if mw := strings.Fields(mark); len(mw) < len(words) && strings.Join(folded[:len(mw)], " ") == mark {
			return len(mw)
		}
	}
	return 0
}

// chatAsker are the asker's words typed short in a chat ("a", "e", "c"),
// beside askerWords.
var chatAsker = setOf("a", "e", "c")

// WithoutNotWanted drops what a message says it does not want at its end
// ("em cần số hồ sơ cơ, không cần phần trăm", "em cần số lượng hồ sơ chứ
// không phải %"): a figure named there is not asked. Only "chứ không
// phải …" and "không cần …" after a comma: "hồ sơ không phải nộp trực
// tuyến" is a figure asked, and "…, không phải mức 3, mức 4 cơ" corrects. ok is false when it says no such thing, or
// little is left.
func WithoutNotWanted(message string) (string, bool) {
	words := strings.Fields(norm.NFC.String(message))
	for k := 2; k+1 < len(words); k++ {
		f, next := Fold(strings.Trim(words[k], wordEdges)), Fold(strings.Trim(words[k+1], wordEdges))
		afterComma := strings.HasSuffix(words[k-1], ",")
		if f == "chu" && k+2 < len(words) && (next == "khong" || next == "ko") && Fold(strings.Trim(words[k+2], wordEdges)) == "phai" ||
			afterComma && (f == "khong" || f == "ko") && next == "can" {
			return strings.TrimRight(strings.Join(words[:k], " "), ",.;:!?… "), true
		}
	}
	return message, false
}
