package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// leaderMarks say that a post which follows is a unit's, named for the
// unit ("bên ông chủ tịch UBND TP Hà Tĩnh", "huyện Hương Sơn của bí thư",
// "Hồng Lĩnh chỗ anh chủ tịch", "đơn vị của anh bí thư Lộc Hà").
var leaderMarks = []string{"cua", "ben", "cho", "thuoc"}

// leaderTitles are the polite words before a post ("ông", "anh", "các
// ông", "đồng chí").
var leaderTitles = []string{"cac", "ong", "anh", "a", "chi", "c", "ba", "co", "chu", "bac", "em", "e", "dong", "dc", "ngai", "sep"}

// leaderPosts are the posts a unit is named by.
var leaderPosts = [][]string{{"pho", "chu", "tich"}, {"chu", "tich"}, {"pho", "bi", "thu"}, {"bi", "thu"}, {"pho", "giam", "doc"}, {"giam", "doc"},
	{"pgd"}, {"gd"}, {"tong", "bien", "tap"}, {"chanh", "van", "phong"}, {"chanh", "vp"}, {"truong", "phong"}, {"thu", "truong"}}

// leaderFirstWords are the first words of leaderPosts.
var leaderFirstWords = func() map[string]bool {
	out := map[string]bool{}
	for _, p := range leaderPosts {
		out[p[0]] = true
	}
	return out
}()

// leaderOrgans follow a post and name its organ, not another unit: the
// people's committee, the party's ("huyện ủy", "thị ủy").
var leaderOrgans = [][]string{{"ubnd"}, {"uy", "ban", "nhan", "dan"}, {"huyen", "uy"}, {"thi", "uy"}, {"thanh", "uy"}, {"tinh", "uy"}, {"dang", "uy"}}

// leaderKinds are the kinds of units a post may be said of ("chủ tịch
// huyện", "bí thư thị xã"), dropped with it unless a unit's name follows.
var leaderKinds = [][]string{{"thanh", "pho"}, {"thi", "xa"}, {"huyen"}, {"xa"}, {"tp"}, {"tx"}}

// leaderAsPlace drops a unit's leader said for the unit ("quý 2 huyện của
// bí thư Can Lộc tỷ lệ …" asks Can Lộc's rate, not about the secretary),
// so the unit is what the question asks of.
func leaderAsPlace(c *catalog.Catalog, t nlu.Text) (nlu.Text, bool) {
	toks := t.Tokens
	if !slices.ContainsFunc(toks, func(w string) bool { return leaderFirstWords[w] }) {
		return t, false // (no post said: the common case, read without copying)
	}
	if hasWord(toks, "la", "ai") || hasWord(toks, "ai", "la") || hasWord(toks, "ten", "gi") || hasWord(toks, "ten", "la") || hasWord(toks, "so", "dien", "thoai") {
		return t, false // the leader asked about as a person
	}
	var out []string
	changed := false
	for i := 0; i < len(toks); i++ {
		if end := runOf(toks, i, leaderPosts); end > 0 && (i == 0 && !slices.Contains(toks, "hoi") || i > 0 && slices.Contains([]string{"the", "con", "va", "voi", "rua", "ca"}, toks[i-1])) {
			// (Not "Giám đốc Sở Công Thương hỏi …": who asks, read as such
			// before.)
			// "bí thư Đức Thọ nữa", "thế chủ tịch Hương Khê thì sao": a
			// post right before its unit's name.
			if e := runOf(toks, end, leaderOrgans); e > 0 {
				end = e
			}
			if len(c.Vocab.ResolveUnit(strings.Join(toks[end:min(len(toks), end+4)], " "))) > 0 {
				changed = true
				i = end - 1
				continue
			}
		}
		if !slices.Contains(leaderMarks, toks[i]) {
			out = append(out, toks[i])
			continue
		}
		j := i + 1
		for j < len(toks) && slices.Contains(leaderTitles, toks[j]) && j < i+3 && runOf(toks, j, leaderPosts) < 0 {
			if toks[j] == "dong" && (j+1 >= len(toks) || toks[j+1] != "chi") {
				break
			}
			j++
			if toks[j-1] == "dong" {
				j++ // "đồng chí"
			}
		}
		end := runOf(toks, j, leaderPosts)
		if end == j+1 && j == i+1 {
			end = -1 // ("chỗ anh PGĐ", but not "cho gđ tiếp theo": a period)
		}
		if end < 0 {
			out = append(out, toks[i])
			continue
		}
		for {
			if e := runOf(toks, end, leaderOrgans); e > 0 {
				end = e
				continue
			}
			if e := runOf(toks, end, leaderKinds); e > 0 && len(c.Vocab.ResolveUnit(strings.Join(toks[end:min(len(toks), e+3)], " "))) == 0 {
				end = e // ("chủ tịch thành phố có bao nhiêu": the post's kind)
				continue
			}
			break
		}
		changed = true
		i = end - 1
	}
	if !changed {
		return t, false
	}
	return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out, NearestAsked: t.NearestAsked}, true
}

// runOf is the end of the first phrase of list at i, or -1.
func runOf(toks []string, i int, list [][]string) int {
	for _, ph := range list {
		if i+len(ph) <= len(toks) && slices.Equal(toks[i:i+len(ph)], ph) {
			return i + len(ph)
		}
	}
	return -1
}
