package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// What a question's words ask of the figures found: a rate or a count, of
// bodies or of people, together, the part named before "chiếm".

// asksRate: the question asks a percentage ("%", "phần trăm", "tỷ lệ").
func asksRate(words []string) bool {
	return hasWord(words, "%") || hasWord(words, "phan", "tram") || hasWord(words, "ty", "le") || perTenWords(words)
}

// perTenWords: "cứ 10 xã thì mấy xã", "cứ 100 hồ sơ thì mấy hồ sơ": a share.
func perTenWords(words []string) bool {
	return hasWord(words, "cu", "10") || hasWord(words, "cu", "100") || hasWord(words, "cu", "muoi") || hasWord(words, "cu", "mot", "tram")
}

// asksCount: "bao nhiêu doanh nghiệp", "số lượng": a number of things,
// not a rate.
func asksCount(words []string) bool {
	if asksRate(words) {
		return false
	}
	return hasWord(words, "so", "luong") || hasWord(words, "bao", "nhieu", "nguoi") || asksOrgCount(words)
}

// orgNouns name bodies counted ("bao nhiêu doanh nghiệp", "số xã").
var orgNouns = [][]string{{"doanh", "nghiep"}, {"don", "vi"}, {"xa"}, {"co", "quan"}}

// asksOrgCount: a number of bodies is asked ("bao nhiêu doanh nghiệp",
// "mấy đơn vị", "số doanh nghiệp chưa được tập huấn").
func asksOrgCount(words []string) bool {
	for _, noun := range orgNouns {
		for i, w := range words {
			after := i + 1 // "mấy" + noun
			if w == "bao" && i+1 < len(words) && words[i+1] == "nhieu" {
				after = i + 2
			} else if w != "may" {
				continue
			}
			if after+len(noun) <= len(words) && slices.Equal(words[after:after+len(noun)], noun) {
				return true
			}
		}
		if len(words) > len(noun) && words[0] == "so" && slices.Equal(words[1:1+len(noun)], noun) {
			return true
		}
	}
	return false
}

// notesBodies: the figure's note counts the bodies ("phát tờ rơi đến 262
// xã").
func notesBodies(f figureOf) bool {
	words := strings.Fields(nlu.Fold(f.l.pt.note))
	for i := 0; i+1 < len(words); i++ {
		if !isDigits(strings.ReplaceAll(words[i], ".", "")) {
			continue
		}
		for _, noun := range orgNouns {
			if i+len(noun) < len(words) && slices.Equal(words[i+1:i+1+len(noun)], noun) {
				return true
			}
		}
	}
	return false
}

// countsBodies: a figure that counts bodies (units, businesses, communes),
// not people or things.
func countsBodies(f figureOf) bool {
	if f.ind.Kind != "count" {
		return false
	}
	switch f.ind.UnitLabel {
	case "đơn vị", "doanh nghiệp", "xã", "cơ quan", "huyện", "sở":
		return true
	}
	return strings.Contains(f.ind.UnitLabel, "xã")
}

// asksTogether: "tỷ lệ chung", "tính gộp", "cộng lại": the units taken as
// one.
func asksTogether(words []string) bool {
	if hasWord(words, "chung") || hasWord(words, "gop") || hasWord(words, "cong", "lai") || hasWord(words, "tong", "cong") || hasWord(words, "ca", "hai") ||
		hasWord(words, "ca", "nhom") || hasWord(words, "ca", "cum") {
		return true
	}
	for i := 0; i+2 < len(words); i++ {
		// "của cả 2 sở", "cả ba huyện": the units named, as one.
		if words[i] == "ca" && (words[i+1] == "ba" || words[i+1] == "bon" || len(words[i+1]) == 1 && words[i+1] >= "2" && words[i+1] <= "9") &&
			slices.Contains([]string{"so", "huyen", "don", "dia", "noi", "nganh"}, words[i+2]) {
			return true
		}
	}
	return false
}

// namedBeforeOp: the words before "chiếm" ("bằng") name a rather than b:
// more of the words of a's name that b's lacks ("lồng ghép chiếm bao
// nhiêu %"), or, as many, the last such word is a's ("…, DVC mức 4
// chiếm").
func namedBeforeOp(words []string, a, b queries.Indicator) bool {
	end := len(words)
	for i, w := range words {
		if w == "chiem" || w == "bang" {
			end = i
			break
		}
	}
	nameWords := func(in queries.Indicator) map[string]bool {
		out := map[string]bool{}
		for _, t := range nlu.Normalize(in.Name).Tokens {
			for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '-' }) {
				out[w] = true
			}
		}
		return out
	}
	aw, bw := nameWords(a), nameWords(b)
	score := func(x, y map[string]bool) (n, last int) {
		last = -1
		for i, t := range words[:end] {
			if x[t] && !y[t] && !weakNameWords[t] {
				if !isDigits(t) {
					n++
				}
				last = i
			}
		}
		return n, last
	}
	an, al := score(aw, bw)
	bn, bl := score(bw, aw)
	if an != bn {
		return an > bn
	}
	return al > bl
}

// weakNameWords tell no figure's name from another's by themselves:
// "nguồn NQ22" names the NQ 22 money, though "nguồn" is a word of the
// other sources' name only.
var weakNameWords = map[string]bool{"nguon": true, "cac": true, "tu": true, "de": true, "theo": true, "cua": true}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
