package ask

import (
	"strings"
	"unicode"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// Units named by their official codes, as a statistics officer's
// spreadsheet does: "mã ĐVHC 436", "huyện 440", "đơn vị 443", "443 -
// Can Lộc", "(mã 445)", "S-TC", "tỷ lệ hstt 448 quý 1". A code is
// written as the unit's name before the message is read. A number that
// is a unit's code counts as that code unless it counts something ("có
// 443 hồ sơ", "đạt 440"), where it stays a number. A code no unit has is
// left as typed, and names no unit ("mã 438": unknownCode).

// codeLeads are the words a numeric code follows.
var codeLeads = map[string]bool{"ma": true, "dvhc": true, "vi": true, "huyen": true, "cua": true, "xa": true, "phuong": true,
	"tran": true, "pho": true, "so": true, "va": true, "voi": true, "con": true, "the": true}

// codeNouns are the words before a code that its unit's name replaces:
// "huyện mã 440", "đơn vị 443", "mã ĐVHC 436".
var codeNouns = map[string]bool{"ma": true, "dvhc": true, "huyen": true, "don": true, "vi": true, "xa": true, "phuong": true, "so": true}

// withUnitCodes writes the unit codes of a message as the units' names.
func withUnitCodes(c *catalog.Catalog, message string) string {
	raw := strings.Fields(nlu.CodeTags(message)) // ("#443": "mã 443")
	folded := make([]string, len(raw))
	for i, w := range raw {
		folded[i] = strings.Trim(nlu.Fold(strings.ToLower(withoutFormat(w))), ",.?!:;()[]")
	}
	var out, outFolded []string
	changed := false
	for i := 0; i < len(raw); i++ {
		name, ok := codedUnit(c, folded, i)
		if !ok {
			out, outFolded = append(out, raw[i]), append(outFolded, folded[i])
			continue
		}
		// The words of the code before it ("huyện mã", "mã ĐVHC",
		// "đơn vị"), replaced with it.
		k := len(out)
		for k > 0 && codeNouns[outFolded[k-1]] && !strings.ContainsAny(out[k-1], ",.?!:;") {
			k--
		}
		lead, trail := edges(raw[i])
		if k < len(out) {
			lead, _ = edges(out[k]) // "(mã 445)": the bracket before "mã"
		}
		out, outFolded = append(out[:k], lead+name+trail), append(outFolded[:k], "")
		changed = true
		if i+2 < len(raw) && (raw[i+1] == "-" || raw[i+1] == "–") && !strings.ContainsAny(trail, ",.?!:;") {
			// "443 - Can Lộc": the name written after it, said once.
			i++
		}
	}
	if !changed {
		return message
	}
	return strings.Join(out, " ")
}

// codedUnit is the unit name of the code at i, when a code is expected
// there.
func codedUnit(c *catalog.Catalog, folded []string, i int) (string, bool) {
	w := folded[i]
	if w == "" {
		return "", false
	}
	if strings.Contains(w, "-") && strings.IndexFunc(w, unicode.IsLetter) == 0 {
		// "S-TC", "s-ttt": an agency's code, letters and all.
		if u, ok := c.Units[strings.ToUpper(w)]; ok {
			return u.Name, true
		}
		return "", false
	}
	if len(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return "", false
	}
	u, ok := c.Units[w]
	if !ok || u.Level == "province" {
		return "", false
	}
	switch {
	case i > 0 && codeLeads[folded[i-1]], i == 0:
		// "mã 443", "của 436", "443 quý I/2019 …", "443 - Can Lộc …"
	case i+1 < len(folded) && countedAfterCode[folded[i+1]] && !(folded[i+1] == "ty" && i+2 < len(folded) && folded[i+2] == "le"),
		i > 0 && quantityWords[folded[i-1]]:
		// "có 443 hồ sơ", "được 440": a count.
		return "", false
	}
	return u.Name, true
}

// countedAfterCode follow a number that counts ("443 hồ sơ", "440 dịch vụ").
var countedAfterCode = map[string]bool{"ho": true, "dich": true, "dv": true, "dvc": true, "don": true, "nguoi": true, "xa": true, "phuong": true,
	"luot": true, "trieu": true, "ty": true, "dong": true, "%": true, "thu": true, "bai": true, "tin": true, "san": true, "gian": true,
	"lop": true, "hoc": true, "doanh": true, "van": true, "tai": true, "huyen": true, "so": true, "nghin": true, "ngan": true}

// quantityWords come before a number that is a figure ("có 443",
// "đạt 440", "khoảng 445").
var quantityWords = map[string]bool{"co": true, "duoc": true, "dat": true, "la": true, "gom": true, "tong": true, "chi": true,
	"khoang": true, "tam": true, "xap": true, "xi": true, "uoc": true, "nhan": true, "tiep": true, "len": true, "xuong": true, "con": true}

// edges are the marks a word is wrapped in ("(mã", "436,").
func edges(w string) (lead, trail string) {
	core := strings.Trim(w, ",.?!:;()[]")
	if core == "" {
		return "", ""
	}
	at := strings.Index(w, core)
	return w[:at], w[at+len(core):]
}

// withoutFormat drops the invisible characters pasted inside a word
// ("44\u200b5").
func withoutFormat(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, w)
}

// unknownCode is a code the message gives after "mã" that no unit has
// ("mã 438 quý 1 tỷ lệ"), "" when none: no unit is asked of, so no
// figure.
func unknownCode(c *catalog.Catalog, message string) string {
	raw := strings.Fields(message)
	for i := 1; i < len(raw); i++ {
		w := strings.Trim(withoutFormat(raw[i]), ",.?!:;()[]")
		lead := strings.Trim(nlu.Fold(strings.ToLower(raw[i-1])), ",.?!:;()[]")
		if lead != "ma" && lead != "dvhc" || len(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			continue
		}
		if _, ok := c.Units[w]; !ok {
			return w
		}
	}
	return ""
}
