package nlu

import (
	"strings"
	"unicode"
)

// A careful writer explains a short form the first time he uses it and
// adds his own notes in brackets: "CQHC (cơ quan hành chính)", "DVC (tức là
// dịch vụ công)", "Đài PTTH (Phát thanh và Truyền hình)", "[theo BC 47]",
// "… quý (*) - (*) chỉ tính các cơ quan bắt buộc báo cáo". The short form
// says it already; the notes say nothing asked.

// WithoutGlosses is the message without the spelled-out forms of the short
// forms before them, its bracketed notes and its footnotes.
func WithoutGlosses(message string) string {
	if !strings.ContainsAny(message, "([") {
		return message
	}
	original, footnote := message, strings.Contains(message, "(*)")
	if first := strings.Index(message, "(*)"); first >= 0 {
		// "… (*) - (*) chỉ tính …": the footnote after its second mark.
		if second := strings.Index(message[first+3:], "(*)"); second >= 0 {
			message = message[:first+3+second]
		}
		message = strings.ReplaceAll(message, "(*)", "")
	}
	var b strings.Builder
	cut := false
	for {
		open := strings.IndexAny(message, "([")
		if open < 0 {
			b.WriteString(message)
			break
		}
		closer := ")"
		if message[open] == '[' {
			closer = "]"
		}
		end := strings.Index(message[open:], closer)
		if end < 0 {
			b.WriteString(message)
			break
		}
		end += open
		inside := message[open+1 : end]
		before := strings.TrimRight(message[:open], " ")
		if closer == "]" && note(before, inside) || spellsOut(lastWord(before), inside) || restates(inside) {
			b.WriteString(before)
			message = message[end+1:]
			cut = true
			continue
		}
		b.WriteString(message[:end+1])
		message = message[end+1:]
	}
	if !cut && !footnote {
		return original // (a pasted table's tabs kept)
	}
	return strings.TrimRight(collapseSpaces(strings.NewReplacer(" ,", ",", " ?", "?", " .", ".").Replace(b.String())), " -–")
}

func lastWord(s string) string {
	return s[strings.LastIndexAny(s, " (\n")+1:]
}

// spellsOut: the words in parentheses are what the short form before them
// stands for ("TTĐT" and "thông tin điện tử", "TT&TT" and "Thông tin và
// Truyền thông"), maybe after "tức là".
func spellsOut(short, words string) bool {
	upper := 0
	var letters []rune
	for _, r := range Fold(short) {
		if unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	for _, r := range short {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper < 2 || len(letters) < 2 {
		return false
	}
	fields := strings.Fields(Fold(words))
	for len(fields) > 0 && (fields[0] == "tuc" || fields[0] == "la" || fields[0] == "nghia" || fields[0] == "viet" || fields[0] == "tat") {
		fields = fields[1:]
	}
	var initials []rune
	for _, f := range fields {
		if f == "va" || f == "&" {
			continue // "Phát thanh và Truyền hình": PTTH
		}
		if r := []rune(f)[0]; unicode.IsLetter(r) {
			initials = append(initials, r)
		}
	}
	return len(initials) >= len(letters) && strings.Contains(string(initials), string(letters))
}

// restates: the words in parentheses say again what stands before them
// ("(tức là dịch vụ công)", "(tức sở, ngành và cấp huyện)").
func restates(words string) bool {
	f := strings.Fields(Fold(words))
	return len(f) > 1 && (f[0] == "tuc" || f[0] == "nghia" && f[1] == "la" || countingNote(f))
}

// countingNote: a note on how to count what is asked ("(đếm số xã)",
// "(đếm tin bài)", "(tên cơ quan)"), which the question already asks.
func countingNote(f []string) bool {
	return len(f) <= 4 && (f[0] == "dem" || f[0] == "ten" && len(f) <= 3 && (f[1] == "co" || f[1] == "don" || f[1] == "so" || f[1] == "huyen"))
}

// note: words in square brackets after the question's first words ("…
// [theo BC 47]", "… [trước khi tăng bậc]"), not a field's code that opens
// it ("[hstong] Thạch Hà / Q1/2019") nor a blank to fill ("[....]").
func note(before, inside string) bool {
	return strings.TrimSpace(before) != "" && len(strings.Fields(Fold(inside))) >= 2 && strings.Trim(inside, ". …_") != ""
}
