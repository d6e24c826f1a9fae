package ask

import (
	"regexp"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// viFigure is a figure as the replies write it: "2.849", "13,25", "154".
var viFigure = regexp.MustCompile(`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`)

// shownFigures are the figures the chat's last replies gave: the numbers
// after the label of each reading ("… năm 2018: hạng 23 (tăng 10 bậc …)").
func shownFigures(mem *memory) map[float64]bool {
	if mem == nil {
		return nil
	}
	readings := []string{mem.Reading}
	for _, p := range mem.Past {
		readings = append(readings, p.Reading)
	}
	shown := map[float64]bool{}
	for _, r := range readings {
		_, figures, ok := strings.Cut(r, ": ")
		if !ok {
			continue
		}
		for _, f := range viFigure.FindAllString(figures, -1) {
			if v, ok := nlu.ReadNumber(f); ok {
				shown[v] = true
			}
		}
	}
	return shown
}

// thoseWords point back at what was just said: "2.849 hồ sơ đó".
var thoseWords = map[string]bool{"do": true, "ay": true, "nay": true, "kia": true}

// periodHeads are the words a number of a period or a level follows
// ("quý 2", "năm 2018", "mức 3"): such a number is not a figure quoted.
var periodHeads = map[string]bool{"quy": true, "nam": true, "thang": true, "muc": true, "q": true, "nq": true, "so": true, "ngay": true}

// quotedFigure tells whether word i of the message is a figure the chat
// was just given, said back ("13,25 là chỉ 5 tháng thôi hả"): a number of
// the replies that is no period's, not a lone digit and no year.
func quotedFigure(raw, folded []string, i int, shown map[float64]bool) bool {
	w := strings.TrimRight(raw[i], "%,.?!")
	if viFigure.FindString(w) != w {
		return false
	}
	v, ok := nlu.ReadNumber(w)
	if !ok || !shown[v] || v < 10 && !strings.Contains(w, ",") {
		return false
	}
	if v >= 1990 && v <= 2100 && !strings.ContainsAny(w, ".,") {
		return false
	}
	return i == 0 || !periodHeads[folded[i-1]]
}

// withoutQuoted drops the bot's own figures said back before a follow-up,
// which are no values asked: "13,25 là chỉ 5 tháng thôi hả, thế cả năm
// 2018 được mấy %" asks of 2018; "ngoài 470 cái đó thì đài làm được mấy
// chuyên đề" asks the topics; "2.849 hồ sơ đó trên tổng bao nhiêu hồ sơ
// tiếp nhận" asks the files received; "từ 4,92 lên 13,25 là lên được mấy
// điểm %" asks the change between the two figures given.
func withoutQuoted(question string, mem *memory) (string, bool) {
	shown := shownFigures(mem)
	if len(shown) == 0 {
		return "", false
	}
	raw, folded := foldedWords(question)
	quoted := -1
	for i := range raw {
		if quotedFigure(raw, folded, i, shown) {
			quoted = i
			break
		}
	}
	if quoted < 0 {
		return "", false
	}
	// A remark on the figure, then the question after "thế", "vậy" or
	// "còn": "hạng 23 đó là năm 2018, thế năm 2017 đứng thứ mấy".
	for i := quoted + 1; i < len(raw)-1; i++ {
		if strings.HasSuffix(raw[i-1], ",") || strings.HasSuffix(raw[i-1], "?") || strings.HasSuffix(raw[i-1], ".") {
			if folded[i] == "the" || folded[i] == "vay" || folded[i] == "con" {
				return strings.Join(raw[i:], " "), true
			}
		}
	}
	// The figure as the subject, pointed at ("2.849 hồ sơ đó …"), or set
	// aside ("ngoài 10.000 tờ rơi thì …"): the words from the figure to
	// the pointer or to "thì".
	start := quoted
	if start > 0 && (folded[start-1] == "ngoai" || folded[start-1] == "tru" || folded[start-1] == "tu") {
		start--
	}
	if start > 1 {
		return "", false
	}
	end := -1
	for j := quoted + 1; j < len(raw) && j <= quoted+4; j++ {
		if thoseWords[folded[j]] || folded[j] == "thi" {
			end = j + 1
			if j+1 < len(raw) && (folded[j+1] == "thi" || folded[j+1] == "la") {
				end = j + 2
			}
			break
		}
		if strings.HasSuffix(raw[j], ",") {
			end = j + 1
			break
		}
	}
	if end < 0 && quoted+2 < len(raw) && quotedFigure(raw, folded, quoted+2, shown) {
		// Both figures: "từ 4,92 lên 13,25 …", "27 với 154 cộng lại …".
		joins := map[string]bool{"voi": true, "va": true}
		if folded[start] == "tu" {
			joins = map[string]bool{"len": true, "xuong": true}
		}
		if joins[folded[quoted+1]] {
			end = quoted + 3
		}
	}
	if end < 0 || end >= len(raw) {
		return "", false
	}
	if end+1 < len(raw) && folded[end] == "tren" && folded[end+1] == "tong" {
		// "… đó trên tổng bao nhiêu hồ sơ tiếp nhận": the whole the
		// figure is of, not its share.
		end++
	}
	return strings.Join(append(raw[:start:start], raw[end:]...), " "), true
}
