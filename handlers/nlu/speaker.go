package nlu

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A question carried by who asked it, as the minutes of a meeting write
// it: "Đ/c Chánh VP hỏi: …", "Ý kiến đại biểu Nguyễn Văn A: …", "Kết
// luận của đ/c Chủ tịch: yêu cầu nêu rõ …", "Đại biểu Lan đề nghị nói rõ
// …", "Mục 3 chương trình họp: …". The speaker's name and office are no
// part of the question ("Trưởng phòng Nội vụ" is no Sở Nội vụ asked).

// speakerOpeners start a speaker's attribution.
var speakerOpeners = phrases("d c", "dong chi", "y kien", "ket luan", "dai bieu", "phien hop", "muc", "thuong truc", "lanh dao",
	// "Bên Sở Nội vụ nhờ hỏi …": an office that asks through someone;
	// "Thính giả ở Kỳ Anh hỏi …": a listener a radio host reads out.
	"ben", "thinh gia",
	// "Chị Phó Chủ tịch Hồng Lĩnh hỏi …", "Anh Chủ tịch Can Lộc hỏi …":
	// a leader whose words are relayed.
	"chi chu tich", "chi pho chu tich", "anh chu tich", "anh pho chu tich", "chu tich", "pho chu tich")

// speakerVerbs end an attribution that has no colon, with the request
// words right after them ("đề nghị cho biết", "yêu cầu báo cáo").
var speakerVerbs = phrases("hoi them", "hoi tiep", "hoi", "de nghi cho biet", "de nghi noi ro", "de nghi lam ro", "de nghi bao cao", "de nghi",
	"yeu cau bao cao", "yeu cau neu ro", "yeu cau cho biet", "yeu cau lam ro", "yeu cau", "phat bieu", "chat van")

// maxSpeakerWords bounds the words of a speaker's name and office.
const maxSpeakerWords = 12

// WithoutSpeaker is a message without the attribution it opens with, as
// typed; ok is false when it opens with none.
func WithoutSpeaker(message string) (string, bool) {
	tokens := Normalize(message).Tokens
	opener := -1
	for _, o := range speakerOpeners {
		if runAt(tokens, 0, o) {
			opener = len(o)
			break
		}
	}
	if opener < 0 || opener == 1 && tokens[0] == "muc" && (len(tokens) < 2 || !isDigits(tokens[1]) || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(message)), "mục")) {
		// ("Mức 4: …" folds alike: an agenda item is written "mục".)
		return message, false
	}
	if before, after, found := strings.Cut(message, ":"); found && len(Normalize(before).Tokens) <= maxSpeakerWords+opener {
		rest := ownPlace(before, strings.TrimSpace(after))
		// ("…: yêu cầu nêu rõ số DVC": the request's words go too.)
		if k := requestAt(Normalize(rest).Tokens, 0); k > 0 {
			rest = afterTokens(rest, k)
		}
		if len(Normalize(rest).Tokens) > 0 {
			return rest, true
		}
	}
	most := maxSpeakerWords
	if tokens[0] == "ben" {
		// "Bên Sở Nội vụ nhờ hỏi …": the office's name, then the verb;
		// not "bên thuế có mấy dịch vụ …, e hỏi để …".
		most = 5
	}
	for i := opener; i < len(tokens) && i <= opener+most; i++ {
		if k := requestAt(tokens, i); k > 0 && i+k < len(tokens) {
			if rest := afterTokens(message, i+k); rest != "" {
				return ownPlace(strings.TrimSuffix(message, rest), rest), true
			}
		}
	}
	return message, false
}

// requestAt is the length of the speaker's verb at token i, or 0.
func requestAt(tokens []string, i int) int {
	for _, v := range speakerVerbs {
		if runAt(tokens, i, v) && i+len(v) < len(tokens) {
			return len(v)
		}
	}
	return 0
}

// afterTokens is the text after the words that fold to its first k
// tokens; "" when no cut between words gives exactly k.
func afterTokens(s string, k int) string {
	// The byte offsets where each word starts, to cut the text as typed.
	var starts []int
	prevSpace := true
	for i, r := range s {
		if !unicode.IsSpace(r) && prevSpace {
			starts = append(starts, i)
		}
		prevSpace = unicode.IsSpace(r)
	}
	for j := 1; j < len(starts); j++ {
		switch n := len(Normalize(s[:starts[j]]).Tokens); {
		case n == k:
			return strings.TrimSpace(s[starts[j]:])
		case n > k:
			return ""
		}
	}
	return ""
}

// ownPlace writes the speaker's own district for "của huyện" in what he
// asks ("Đ/c Chủ tịch UBND huyện Can Lộc hỏi: … của huyện tăng bao
// nhiêu": Can Lộc's), when the attribution names one.
func ownPlace(speaker, rest string) string {
	lower := strings.ToLower(speaker)
	at := strings.LastIndex(lower, "huyện ")
	if at < 0 {
		return rest
	}
	place := strings.Fields(strings.TrimSpace(speaker[at+len("huyện "):]))
	if len(place) == 0 || len(place) > 3 {
		return rest
	}
	// The place's words are those written with a capital ("Can Lộc hỏi").
	var name []string
	for _, w := range place {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			break
		}
		name = append(name, strings.Trim(w, ",.;:"))
	}
	if len(name) == 0 {
		return rest
	}
	for _, bare := range []string{"của huyện mình", "của huyện nhà", "của huyện"} {
		i := strings.Index(rest, bare)
		if i < 0 {
			continue
		}
		after := rest[i+len(bare):]
		if r := []rune(strings.TrimLeft(after, " ")); len(r) > 0 && unicode.IsUpper(r[0]) {
			return rest // "của huyện Hương Khê": a district named
		}
		return rest[:i] + "của huyện " + strings.Join(name, " ") + after
	}
	return rest
}

// DistrictInitial writes a district's initial before its name, a space
// between ("H. Kỳ Anh"), as "huyện", so that no sentence is read to end
// at "H."; "H.Sơn" (Hương Sơn) and "h" alone are left.
func DistrictInitial(s string) string {
	if !strings.Contains(s, "H. ") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 'H' && i+2 < len(s) && s[i+1] == '.' && s[i+2] == ' ' && (i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == ',') {
			j := i + 2
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && unicode.IsUpper(r) {
				b.WriteString("huyện ")
				i = j - 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
