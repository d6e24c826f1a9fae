package ask

import (
	"regexp"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// An office writes to the bot as it writes a letter:
//
//	Kính gửi: Trợ lý số liệu Sở TT&TT,
//	V/v số liệu DVC, số 12/VP ngày 05/7/2019
//	Tỷ lệ hồ sơ trực tuyến của Hương Khê quý 2/2019 đạt bao nhiêu?
//	Trân trọng./
//	Hoàng Minh Tuấn – Chánh Văn phòng UBND huyện Hương Sơn
//	ĐT: 0912 345 678
//
// Its envelope (the salutation, the letter's own number and date, the
// closing, the signature) asks nothing: the units and dates it names are
// not the question's. The signer's unit is where the asker works.

// letter is a message read as a letter: its body, and the signature's
// lines.
type letter struct {
	body, signature string
}

// readLetter drops the envelope's lines of a message of several lines;
// ok is false when it has none.
func (a *Answerer) readLetter(c *catalog.Catalog, message string) (letter, bool) {
	lines := strings.Split(strings.TrimSpace(message), "\n")
	if len(lines) < 2 {
		return letter{}, false
	}
	first, last := 0, len(lines)
	var signature []string
	for last > first+1 {
		l := strings.TrimSpace(lines[last-1])
		switch {
		case l == "" || closingLine(l):
		case a.signatureLine(c, l):
			signature = append([]string{l}, signature...)
		default:
			goto ends
		}
		last--
	}
ends:
	var opening string
	for first < last-1 {
		l := strings.TrimSpace(lines[first])
		if rest, ok := cutSalutation(l); ok {
			if rest != "" {
				// "Kính gửi: Ban Quản trị (Sở TT&TT). Tổ giúp việc …":
				// the sentence after it stays.
				opening = rest
				first++
				break
			}
		} else if l != "" && !referenceLine(l) {
			break
		}
		first++
	}
	if first == 0 && last == len(lines) {
		return letter{}, false
	}
	body := a.withoutContext(c, lines[first:last])
	if opening != "" {
		body = append([]string{opening}, body...)
	}
	return letter{body: strings.TrimSpace(strings.Join(body, "\n")), signature: strings.Join(signature, "\n")}, true
}

// withoutContext drops the lines of a letter's body that tell why it
// asks ("Văn phòng đang tổng hợp tài liệu phục vụ cuộc họp giao ban.")
// when another line asks: they ask nothing and name no unit or period of
// their own.
func (a *Answerer) withoutContext(c *catalog.Catalog, body []string) []string {
	if !slices.ContainsFunc(body, asksIn) {
		return body
	}
	return slices.DeleteFunc(slices.Clone(body), func(line string) bool {
		if asksIn(line) {
			return false
		}
		p := a.understand(c, nlu.Normalize(line))
		return len(p.Units) == 0 && len(p.Periods) == 0
	})
}

// asksIn: the line asks something: a question mark, or words that ask.
func asksIn(line string) bool {
	return strings.Contains(line, "?") || nlu.Asks(nlu.Normalize(line).Tokens)
}

// salutations open a letter: "Kính gửi", "Kính thưa", "Thân gửi", "Gửi:".
var salutations = [][]string{{"kinh", "gui"}, {"kinh", "thua"}, {"than", "gui"}, {"kinh", "chao"}, {"dear"}, {"gui:"}}

// cutSalutation reads a salutation that opens the line: ok, and the words
// after the addressee when a sentence follows it in the line.
func cutSalutation(line string) (rest string, ok bool) {
	_, folded := foldedWords(line)
	raw := strings.Fields(line)
	for _, s := range salutations {
		if len(folded) < len(s) || !hasPrefixWords(folded, s) && !(s[0] == "gui:" && len(raw) > 0 && strings.EqualFold(nlu.Fold(raw[0]), "gui:")) {
			continue
		}
		after := strings.Join(raw[min(len(s), len(raw)):], " ")
		after = strings.TrimLeft(after, ": ")
		// The addressee ends at the first comma or full stop ("Trợ lý số
		// liệu, tính đến …").
		if i := strings.IndexAny(after, ",.!"); i >= 0 {
			return strings.TrimSpace(after[i+1:]), true
		}
		return "", true
	}
	return "", false
}

func hasPrefixWords(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, w := range prefix {
		if words[i] != w {
			return false
		}
	}
	return true
}

// letterNumber is an office's letter number: "số 12/VP", "131/VP-NC".
var letterNumber = regexp.MustCompile(`(?i)\d+/[A-ZĐ][A-ZĐa-z&-]*`)

// referenceLine: the letter's own reference, which asks nothing: "V/v số
// liệu DVC, số 12/VP ngày 05/7/2019", "Số: 131/VP-NC, ngày 17/7/2019",
// "(Tham chiếu Công văn số 95/VP-TH ngày 02/7/2019)".
func referenceLine(line string) bool {
	if asksIn(line) {
		return false
	}
	_, folded := foldedWords(line)
	if len(folded) == 0 {
		return false
	}
	switch {
	case strings.HasPrefix(folded[0], "v/v"), folded[0] == "vv":
		return true
	case folded[0] == "so" || folded[0] == "tham" || strings.HasPrefix(line, "("):
		return letterNumber.MatchString(line)
	}
	return false
}

// closingCues close a letter: "Trân trọng./", "Văn phòng xin cảm ơn./",
// "Kính mong được hỗ trợ", "Rất mong nhận được phản hồi sớm".
var closingCues = [][]string{{"tran", "trong"}, {"cam", "on"}, {"kinh", "mong"}, {"rat", "mong"}, {"mong", "nhan"},
	{"suc", "khoe"}, {"kinh", "chao"}, {"thanks"}, {"thank"}}

// closingLine: a line that closes the letter and asks nothing.
func closingLine(line string) bool {
	if asksIn(line) {
		return false
	}
	_, folded := foldedWords(strings.ReplaceAll(line, "/", " "))
	for _, cue := range closingCues {
		for i := 0; i+len(cue) <= len(folded); i++ {
			if hasPrefixWords(folded[i:], cue) {
				return true
			}
		}
	}
	return false
}

// titleWords open a signature's line: the signer's post ("Chánh Văn
// phòng", "CVP", "T/L Chủ tịch"), who asks ("Người đề nghị"), how to
// reach him ("ĐT", "Email").
var titleWords = [][]string{{"cvp"}, {"chanh"}, {"pho", "chanh"}, {"van", "phong"}, {"chuyen", "vien"}, {"truong", "phong"},
	{"pho", "truong", "phong"}, {"nguoi", "de", "nghi"}, {"nguoi", "gui"}, {"t/l"}, {"tl"}, {"tm"}, {"kt"},
	{"dt"}, {"dd"}, {"sdt"}, {"dien", "thoai"}, {"email"}, {"e-mail"}, {"may", "le"}}

// phoneNumber is a telephone number: "0915 226 481", "0915.226.481".
var phoneNumber = regexp.MustCompile(`\d{3,4}[ .]?\d{3}[ .]?\d{3}`)

// signatureLine: a line of the signature: a post, a way to reach the
// signer, or a person's name alone ("Hoàng Minh Tuấn").
func (a *Answerer) signatureLine(c *catalog.Catalog, line string) bool {
	if asksIn(line) {
		return false
	}
	if strings.Contains(line, "@") || phoneNumber.MatchString(line) {
		return true
	}
	if p := a.understand(c, nlu.Normalize(line)); len(p.Indicators) > 0 || len(p.Projects) > 0 || len(p.Periods) > 0 || p.Money {
		// ("Văn phòng cần gấp số hồ sơ …": the office that asks, and
		// what it asks.)
		return false
	}
	// Each part of the line ("Hoàng Minh Tuấn – Chánh Văn phòng", "Hoàng
	// Minh Tuấn, Chánh VP") opens with a post, or is a name.
	for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == '–' || r == '—' }) {
		_, folded := foldedWords(part)
		for _, t := range titleWords {
			if hasPrefixWords(folded, t) {
				return true
			}
		}
	}
	return a.personName(c, line)
}

// personName: two to five words, each capitalised, that name nothing the
// catalog knows ("Hoàng Minh Tuấn"; "Huyện Can Lộc" is a unit).
func (a *Answerer) personName(c *catalog.Catalog, line string) bool {
	words := strings.Fields(strings.TrimRight(line, ".,"))
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	p := a.understand(c, nlu.Normalize(line))
	return len(p.Units) == 0 && len(p.Indicators) == 0 && len(p.Periods) == 0 && len(p.Projects) == 0 && p.Level == ""
}

// unsealed is a message without its letter's envelope, and the asker's
// home: the signer's unit, when the chat knows none.
func (a *Answerer) unsealed(message string, home []string) (string, []string) {
	c := a.cat.Get()
	message = withUnitCodes(c, message)
	l, ok := a.readLetter(c, message)
	if !ok {
		return withoutCourtesySentences(message), home
	}
	if len(home) == 0 {
		home = a.signersUnit(c, l.signature)
	}
	return withoutCourtesySentences(l.body), home
}

// withoutCourtesySentences drops the thanks before a question and the closing
// after it, in the same line ("Xin cảm ơn. Số liệu tương ứng của năm 2018
// là bao nhiêu ạ?", "… tăng bao nhiêu điểm %? Xin cảm ơn./"): read alone,
// the thanks would be all that is understood.
func withoutCourtesySentences(message string) string {
	for {
		i := strings.IndexAny(message, ".!")
		if i < 0 || i+1 >= len(message) || message[i+1] != ' ' || !shortClosing(message[:i+1]) || !asksIn(message[i+1:]) {
			break
		}
		message = strings.TrimSpace(message[i+1:])
	}
	if i := strings.LastIndex(message, "?"); i > 0 && i+1 < len(message) && shortClosing(message[i+1:]) {
		message = message[:i+1]
	}
	return message
}

// shortClosing: a sentence of thanks alone ("Xin cảm ơn./", "Trân trọng
// cảm ơn Trợ lý."), not one that asks on before its thanks ("Ngoài ra em
// cũng cần số DVC mức 4 … Em cảm ơn ạ.") or one that only opens with a
// wish ("Kính mong Trợ lý cho biết: a) …").
func shortClosing(sentence string) bool {
	return len(strings.Fields(sentence)) <= 6 && closingLine(sentence)
}

// signersUnit is the unit a signature's post names ("Hoàng Minh Tuấn –
// Chánh Văn phòng HĐND và UBND huyện Hương Sơn"), read part by part.
func (a *Answerer) signersUnit(c *catalog.Catalog, signature string) []string {
	for _, part := range strings.FieldsFunc(signature, func(r rune) bool { return strings.ContainsRune("\n,–—():", r) }) {
		raw, folded := foldedWords(part)
		// From the last word of a kind of unit back ("… HĐND và UBND
		// huyện Hương Sơn": "huyện Hương Sơn").
		for i := len(raw) - 1; i >= 0; i-- {
			if !signedKinds[folded[i]] {
				continue
			}
			if h, found := a.homeIn(c, strings.Join(raw[i:], " ")); found {
				return h
			}
		}
	}
	return nil
}

// signedKinds open a unit's name in a signature: "huyện", "H.", "Sở",
// "xã", "thị xã", "thành phố", "UBND".
var signedKinds = map[string]bool{"huyen": true, "h": true, "so": true, "xa": true, "thi": true, "thanh": true, "ubnd": true, "phuong": true}
