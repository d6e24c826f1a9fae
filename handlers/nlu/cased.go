package nlu

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// casedAbbreviations are abbreviations whose folded form is another common
// word, so they are read only as typed: "DA" in capitals is "dự án" where
// "da" is "đã"; "NS" is "ngân sách" where "ns" is "nói"; "KH" is "kế hoạch" where "kh" is chat for "không"; "đv"
// with its "đ" is "đơn vị" where "dv" is "dịch vụ".
var casedAbbreviations = map[string]string{
	"DA": "dự án",
	"KH": "kế hoạch",
	// "NS NQ22", "tốn bn NS": "ngân sách" where "ns" is chat for "nói".
	"NS": "ngân sách",
	"ĐV": "đơn vị",
	"Đv": "đơn vị",
	"đv": "đơn vị",
	// Southern speech, told from "Hồng" and "nhiều" by its marks:
	// "hông", "hổng" are "không"; "nhiêu" alone is "bao nhiêu".
	"hông":  "không",
	"Hông":  "không",
	"hổng":  "không",
	"Hổng":  "không",
	"nhiêu": "bao nhiêu",
	"Nhiêu": "bao nhiêu",
	// "hắn" (it, in Nghệ Tĩnh speech) before what is asked of it ("tỷ lệ
	// hắn bao nhiêu"), told from "hạn" (a deadline) by its marks.
	"hắn": "",
	"Hắn": "",
	// "chừ" (now, in Nghệ Tĩnh speech), told from "chủ", "chú".
	"chừ": "hiện nay",
	"Chừ": "hiện nay",
	// "kèm" (along with), not "kém" (less than): "văn bản gửi song song
	// kèm bản giấy".
	"kèm": "với",
	"Kèm": "với",
	// "bọn em" (we), not "bốn" (four): "chúng em".
	"bọn": "chúng",
	"Bọn": "chúng",
	// "tỉnh mìn" typed a letter short: "mình" (ours), not the
	// spreadsheet's "min" that "mìn" folds to.
	"mìn": "mình",
	// Southern "dzậy", "zậy", "dzị", "zị": "vậy".
	"dzậy": "vậy",
	"Dzậy": "vậy",
	"zậy":  "vậy",
	"Zậy":  "vậy",
	"dzị":  "vậy",
	"zị":   "vậy",
	// Southern "mức tư", "quý tư": four (not "tư vấn", "từ" with its
	// mark): see onlyAfter.
	"tư": "4",
	"Tư": "4",
	// Southern "vìa" (về), "mần" (làm): "đưa tin bài vìa mình", "cấp
	// nhiêu cho mần phóng sự".
	"vìa": "về",
	"mần": "làm",
	"Mần": "làm",
	// "mấy tỷ lẻ mấy trăm triệu": odd change, not "tỷ lệ" (a rate) that
	// "tỷ lẻ" folds to: see onlyAfter.
	"lẻ": "",
	// "bố trí mấy tỷ": how much money, not "mấy tỷ lệ".
	"tỷ": "tiền",
	"tỉ": "tiền",
}

// onlyAfter are the words some cased words are read after, and as typed
// elsewhere: "tư" is four after "mức", "quý" ("mức tư", but "tư pháp",
// "đầu tư"); "lẻ" is dropped after an amount ("mấy tỷ lẻ"); "tỷ" after
// "mấy" is money ("mấy tỷ", but "tỷ lệ").
var onlyAfter = map[string]map[string]bool{
	"tư": {"mức": true, "Mức": true, "quý": true, "Quý": true, "MỨC": true, "QUÝ": true},
	"Tư": {"mức": true, "Mức": true, "quý": true, "Quý": true, "MỨC": true, "QUÝ": true},
	"lẻ": {"tỷ": true, "tỉ": true, "trăm": true, "nghìn": true, "ngàn": true, "triệu": true},
	"tỷ": {"mấy": true, "Mấy": true},
	"tỉ": {"mấy": true, "Mấy": true},
}

// notBefore are the words after which a word of onlyAfter stays as typed:
// "tư vấn", "tỷ lệ".
var notBefore = map[string]string{"tư": "vấn", "Tư": "vấn", "tỷ": "lệ", "tỉ": "lệ"}

// expandCased replaces the whole words of s that are cased abbreviations
// (before folding, which would lose the case and the "đ").
func expandCased(s string) string {
	if !hasCasedWord(s) {
		return s
	}
	var b strings.Builder
	changed := false
	shouting := allCapitals(s)
	word := -1 // start of the current word, or -1
	prev := "" // the word before it
	flush := func(end int) {
		if word < 0 {
			return
		}
		w := s[word:end]
		to, ok := casedAbbreviations[w]
		if after, only := onlyAfter[w]; ok && only && (!after[prev] || notBefore[w] != "" && strings.HasPrefix(strings.ToLower(strings.TrimLeft(s[end:], " ")), notBefore[w])) {
			ok = false // "chuyên mục tư vấn", "tư pháp", "mấy tỷ lệ"
		}
		if ok && (!shouting || numberAfter(s[end:])) && !strings.EqualFold(prev+" "+w, to) {
			// ("bao nhiêu" is already whole: only a lone "nhiêu" is
			// completed.)
			// (A message typed all in capitals says nothing by its case:
			// "DA DUA VAO VAN HANH" is "đã"; "DA 3" still a project.)
			b.WriteString(to)
			changed = true
		} else {
			b.WriteString(w)
		}
		word, prev = -1, w
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if word < 0 {
				word = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	if !changed {
		return s
	}
	return b.String()
}

// allCapitals: the message's letters are all capitals, a few words' worth
// ("DA IN BN TO ROI DVC"), so the case of a word tells nothing.
func allCapitals(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 8
}

// numberAfter: the text goes on with a number ("DA 3", "DA3,4").
func numberAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// splitJoinedWords puts a space where a capitalised word follows a small
// letter inside a token: "huyenKy Anh", "HàTĩnh" are two words run together
// on a phone (capitals after capitals, "HĐND", "TTĐT", stay one word, and
// so does "QoQ", whose capital starts no word).
func splitJoinedWords(s string) string {
	// One pass, allocating only where a word must be split (most messages
	// have none).
	var b strings.Builder
	prev, split := rune(0), false
	for i, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			_, size := utf8.DecodeRuneInString(s[i:])
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLower(next) {
				if !split {
					b.Grow(len(s) + 4)
					b.WriteString(s[:i])
					split = true
				}
				b.WriteByte(' ')
			}
		}
		if split {
			b.WriteRune(r)
		}
		prev = r
	}
	if !split {
		return s
	}
	return b.String()
}

// unitInitials are the kinds of unit a commune's clerk writes by their
// initial and a dot before a name: "x. Sơn Kim", "h. Hương Sơn", "t. Hà
// Tĩnh".
var unitInitials = map[byte]string{'x': "xã", 'h': "huyện", 't': "tỉnh"}

// expandInitials writes out a unit's kind typed as its initial and a dot
// ("x.", "h.", "t.") and a space before a word, while the dot still
// says so; "t.5" (a month), "T.Hà" (Thạch Hà) and a sentence's last
// letter stay as typed.
func expandInitials(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); i++ {
		// Small letters only: "H. Kỳ Anh" is a unit's own alias, folded
		// as typed.
		kind, ok := unitInitials[s[i]]
		if ok && (i == 0 || s[i-1] == ' ' || s[i-1] == '(') && i+1 < len(s) && s[i+1] == '.' {
			j := i + 2
			for j < len(s) && s[j] == ' ' {
				j++
			}
			// ("T.Hà", with no space, is Thạch Hà's initials.)
			if r, _ := utf8.DecodeRuneInString(s[j:]); j > i+2 && j < len(s) && unicode.IsLetter(r) {
				b.WriteString(kind + " ")
				i = j - 1
				changed = true
				continue
			}
		}
		b.WriteByte(s[i])
	}
	if !changed {
		return s
	}
	return b.String()
}

// hasCasedWord: one of the words of s is a cased abbreviation (each word
// looked up once, not each abbreviation searched for).
func hasCasedWord(s string) bool {
	start := -1
	for i, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsMark(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if _, ok := casedAbbreviations[s[start:i]]; ok {
				return true
			}
			start = -1
		}
	}
	if start >= 0 {
		_, ok := casedAbbreviations[s[start:]]
		return ok
	}
	return false
}
