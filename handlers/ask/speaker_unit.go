package ask

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// ofSpeakersUnit is the question rest, carried by a speaker of a unit
// named with its kind ("Lãnh đạo huyện Can Lộc hỏi quý 2 tiếp nhận tổng
// bao nhiêu hồ sơ", "lãnh đạo Kỳ Anh hỏi …"), asked of that unit when it
// names no place or level of its own: a leader asks of his own unit. A
// speaker's office alone ("Trưởng phòng Nội vụ hỏi") names no unit asked.
func (a *Answerer) ofSpeakersUnit(c *catalog.Catalog, message, rest string) string {
	at := strings.LastIndex(message, rest)
	if at <= 0 {
		return rest
	}
	sp := a.understand(c, nlu.Normalize(message[:at]))
	if len(sp.Units) != 1 || len(sp.UnitSpans) != 1 {
		return rest
	}
	span := sp.UnitSpans[0]
	if span[0] <= 0 || span[1] > len(sp.Words) || !speakerKinds[sp.Words[span[0]-1]] {
		return rest
	}
	place := strings.Join(sp.Words[span[0]-1:span[1]], " ")
	before := sp.Words[span[0]-1]
	byPlace := before == "ben" || before == "o"
	if byPlace || before == "tich" || before == "thu" {
		// "Bên Đức Thọ hỏi …", "Thính giả ở Vũ Quang hỏi …", "Chị Phó
		// Chủ tịch Hồng Lĩnh hỏi …": the name.
		place = strings.Join(sp.Words[span[0]:span[1]], " ")
	}
	if u, ok := c.Units[sp.Units[0][0]]; ok {
		for _, kind := range namedKinds {
			if !strings.HasPrefix(u.Name, kind+" ") || !nlu.BareKind(rest, strings.ToLower(kind)) {
				continue
			}
			// "Lãnh đạo UBND huyện Hương Khê hỏi huyện có mấy dịch vụ
			// công mức 4": his district, which "huyện" alone is.
			words, kw := strings.Fields(rest), strings.Fields(kind)
			for i := 0; i+len(kw) <= len(words); i++ {
				same := true
				for k, w := range kw {
					same = same && strings.EqualFold(strings.Trim(words[i+k], ",.?!:;"), w)
				}
				if same {
					// ("thị xã" too: the kind's words, replaced by the name.)
					return strings.Join(slices.Concat(words[:i:i], []string{place}, words[i+len(kw):]), " ")
				}
			}
		}
	}
	if byPlace && !ownWords(rest) {
		// "Thính giả … ở thị trấn Nghèn hỏi tỷ lệ … năm 2018": where
		// the listener lives; "… hỏi quý 2 bên mình …" asks of it.
		return rest
	}
	return a.ofPlace(c, rest, place)
}

// ownWords: the words speak of the speaker's own unit ("bên mình",
// "huyện nhà", "chúng tôi", "sở họ"), as typed: "họ" folds like the "hồ"
// of "hồ sơ".
func ownWords(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(norm.NFC.String(text))) {
		switch strings.Trim(w, ",.?!:;") {
		case "mình", "nhà", "họ", "chúng":
			return true
		}
	}
	return false
}

// ofPlace is the question rest asked of the place named (folded words),
// when rest asks a figure and names no place or level of its own.
func (a *Answerer) ofPlace(c *catalog.Catalog, rest, place string) string {
	q := a.understand(c, nlu.Normalize(rest))
	if !q.Understood() || len(q.Indicators) == 0 || len(q.Units) > 0 || q.Level != "" || len(q.Levels) > 0 || q.Elsewhere != "" {
		return rest
	}
	return strings.TrimRight(rest, " ?.!") + " của " + place
}

// speakerKinds name the kind of unit a name follows ("huyện", "thị xã",
// "sở", "UBND", "lãnh đạo"), folded: the last word before it.
var speakerKinds = map[string]bool{"huyen": true, "xa": true, "pho": true, "tp": true, "tx": true, "so": true, "ubnd": true, "dao": true, "ben": true, "o": true,
	"tich": true, "thu": true} // ("chủ tịch Can Lộc", "bí thư Can Lộc": their unit's leader)
