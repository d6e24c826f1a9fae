package ask

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// countNouns count things a question may ask the number of. When the
// thing asked ("bao nhiêu người dân đã có tài khoản DVC", "số cuộc gọi
// tổng đài hỗ trợ DVC") is none of what the figures named count, the
// figures are of something else: no figure is the answer.
// (Only words no other word folds to: "hộ" is "hồ" of "hồ sơ", "máy" is
// "mấy", "tài" alone the "Tài" of "Sở Tài chính".)
var countNouns = map[string]bool{"nguoi": true, "cuoc": true, "tai khoan": true, "luot": true, "diem": true, "can bo": true,
	"buoi": true, "ngay": true, "hoi vien": true, "buu cuc": true, "may tinh": true, "thiet bi": true,
	"doan vien": true, "dang vien": true, "tinh nguyen": true, "hoc sinh": true, "sinh vien": true, "giao vien": true,
	"giang vien": true, "chung chi": true, "tiet": true, // "bao nhiêu giảng viên đứng lớp": not the classes; "mấy tiết": lessons
	"gio": true, "phut": true} // "bao nhiêu giờ phát sóng", "mấy giờ": hours, a time

// peopleKinds are kinds of people no stored count of people is split by
// ("nữ", "thanh niên", "người cao tuổi").
var peopleKinds = [][]string{{"nu"}, {"phu", "nu"}, {"nam", "gioi"}, {"thanh", "nien"}, {"cao", "tuoi"}, {"nguoi", "gia"}, {"dan", "toc"}}

// askOpeners end the polite openings before "số …" ("cho biết", "cho
// xin", "cung cấp"), and "tổng" ("tổng số cán bộ …").
var askOpeners = map[string]bool{"biet": true, "xin": true, "cap": true, "hoi": true, "can": true, "tong": true}

// countedElsewhere: the question asks the number of a thing none of its
// indicators counts.
func countedElsewhere(c *catalog.Catalog, p nlu.Parse) bool {
	noun := countedNoun(p.Words)
	if noun == "" {
		return false
	}
	if len(p.Indicators) == 0 {
		// "bn cán bộ CNTT ở Can Lộc": no figure named, a thing counted;
		// not every figure of the unit. "số cán bộ chuyên trách CNTT":
		// people counted, not the money of the project that trains them.
		// "số chứng chỉ CIO đã cấp": certificates, not the money granted.
		return p.Intent == nlu.IntentValue || p.Intent == nlu.IntentProject
	}
	if noun == "can bo" && addressedAtEnd(p.Words) {
		// "tỷ lệ … năm 2018 bao nhiêu cán bộ": the bot addressed
		// politely at the end, no people counted.
		return false
	}
	for _, code := range p.Indicators {
		in, ok := c.Indicators[code]
		if !ok {
			return false
		}
		if in.UnitLabel == "người" && slices.ContainsFunc(peopleKinds, func(k []string) bool { return hasWord(p.Words, k...) }) {
			// "bao nhiêu học viên nữ": a kind of people no figure is split by.
			return true
		}
		label := nlu.Fold(in.UnitLabel) + " "
		if strings.HasPrefix(label, noun+" ") || noun == "can bo" && strings.HasPrefix(label, "nguoi ") || // cán bộ are people
			noun == "diem" && (in.Kind == "percent" || in.Kind == "score") {
			return false
		}
	}
	return true
}

// addressedAtEnd: the question ends by addressing the bot as "cán bộ"
// right after "bao nhiêu" or "mấy" ("… được bao nhiêu cán bộ ạ").
func addressedAtEnd(words []string) bool {
	end := len(words)
	for end > 0 && slices.Contains([]string{"a", "oi", "nhe", "nha", "vay"}, words[end-1]) {
		end--
	}
	if end < 3 || words[end-2] != "can" || words[end-1] != "bo" {
		return false
	}
	return words[end-3] == "may" || end >= 4 && words[end-4] == "bao" && words[end-3] == "nhieu"
}

// countedNoun is the count noun right after the question's "bao nhiêu",
// "mấy" or opening "số", or the one it opens with, or "".
func countedNoun(words []string) string {
	at := -1
	for i := 0; i+1 < len(words) && at < 0; i++ {
		if n := countAskedAt(words, i); n > 0 {
			at = n
		} else if words[i] == "so" && (i == 0 || askOpeners[words[i-1]]) {
			at = i + 1 // "số …", "đề nghị cho biết số …"
		}
	}
	if len(words) > 0 && countNouns[words[0]] && words[0] != "gio" { // ("giờ có mấy DVC": now)
		at = 0 // "điểm hài lòng của người dân về DVC"
	}
	for _, n := range []int{2, 1} {
		if at >= 0 && at+n <= len(words) && countNouns[strings.Join(words[at:at+n], " ")] {
			return strings.Join(words[at:at+n], " ")
		}
	}
	return ""
}

// countAskedAt is where the thing counted starts when the words at i ask
// how many ("bao nhiêu …", "mấy …", but not "máy tính", "máy chủ"), or 0.
func countAskedAt(words []string, i int) int {
	switch {
	case i+1 < len(words) && words[i] == "bao" && words[i+1] == "nhieu":
		return i + 2
	case i+1 < len(words) && words[i] == "may" && !slices.Contains([]string{"tinh", "chu"}, words[i+1]):
		return i + 1
	}
	return 0
}

// countedAmong keeps, of several figures named, those that count the one
// thing the question asks the number of ("Can Lộc tuyên truyền DVC cho
// bao nhiêu người": the people trained, not the leaflets printed that
// "tuyên truyền" also names), when some do and some do not.
func countedAmong(c *catalog.Catalog, p *nlu.Parse) {
	if len(p.Indicators) < 2 || p.Op != "" || p.Measure != "" {
		// (Not "bình quân mỗi lớp có bao nhiêu người": an average of one
		// figure over the other.)
		return
	}
	asked, noun := 0, ""
	for i := range p.Words {
		if at := countAskedAt(p.Words, i); at > 0 {
			asked++
			if at < len(p.Words) && countNouns[p.Words[at]] {
				noun = p.Words[at]
			}
		}
	}
	if asked != 1 || noun == "" || hasWord(p.Words, "moi") {
		return
	}
	kept := slices.DeleteFunc(slices.Clone(p.Indicators), func(code string) bool {
		in, ok := c.Indicators[code]
		return !ok || in.Kind != "count" || !strings.HasPrefix(nlu.Fold(in.UnitLabel)+" ", noun+" ")
	})
	if len(kept) > 0 && len(kept) < len(p.Indicators) {
		p.Indicators = kept
	}
}

// costOfCounted: the question asks a cost ("chi phí …", "kinh phí …") of
// things only counted figures name, and no money of a project.
func costOfCounted(c *catalog.Catalog, p nlu.Parse) bool {
	if !hasWord(p.Words, "chi", "phi") && !hasWord(p.Words, "kinh", "phi") || len(p.Indicators) == 0 || len(p.Projects) > 0 || p.Intent == nlu.IntentFunding {
		return false
	}
	for _, code := range p.Indicators {
		if in := c.Indicators[code]; in.Kind != "count" {
			return false
		}
	}
	return true
}

// rentAsked: the question asks what renting something cost ("chi phí
// thuê hội trường cho các lớp tập huấn", "chi phí thuê máy chủ"): one item
// of a budget, which no figure states; the budget is not it.
func rentAsked(c *catalog.Catalog, p nlu.Parse, original string) bool {
	if len(p.Projects) > 0 || !slices.Contains(messageWords(strings.ToLower(norm.NFC.String(original))), "thuê") {
		return false
	}
	if p.Intent == nlu.IntentFunding {
		return true // "chi phí thuê máy chủ hàng năm": not the resolution's money
	}
	for _, code := range p.Indicators {
		if c.Indicators[code].Kind == "money" {
			return true
		}
	}
	return false
}
