package nlu

// The arithmetic a question asks over its figures (Parse.Op) and the units
// it asks for by name ("huyện nào …").

import (
	"iter"
	"slices"
	"strconv"
	"strings"
)

// op is the arithmetic the question asks for, if any: "trung bình",
// "gấp mấy lần", "chênh lệch" or "hơn … bao nhiêu", "tổng cộng", or one
// figure over another ("per": "chia cho số dvc", which is not done).
func (q *question) op() string {
	switch {
	case q.subtractsPeriods():
		return "diff"
	case (q.any(exceptCues) || q.excludes()) && !q.excludesNothingAsked():
		if len(q.excepted) > 0 && q.any(rankOfCues) {
			// "Không kể thành phố và 2 thị xã, Hương Khê xếp hạng mấy": its
			// place among the others (ExceptKinds), not a remainder.
			return "rankof"
		}
		return "except"
	case q.any(avgCues) && !q.provinceAverage():
		return "avg"
	case q.any(perCues):
		return "per"
	case q.any(shareCues):
		return "share"
	case q.any(ratioCues) && !q.urgent():
		q.opAt = q.endOfFirst(ratioCues)
		return "ratio"
	case q.any(diffCues):
		q.opAt = q.endOfFirst(diffCues)
		return "diff"
	case q.subtracts():
		return "diff"
	case (q.before(diffWords, "bao", "nhieu") || q.before(diffWords, "may")) && !q.has("co hon bao nhieu") && !q.has("co hon may") || q.whoIsMore():
		// ("có hơn bao nhiêu người tham gia": how many, said as "more
		// than", no difference.)
		return "diff"
	case q.any(rankOfCues) && !q.has("gian hang may"), !q.has("pci") && q.any(rankMoveCues):
		// ("gian hàng mấy": how many stalls, no rank.)
		return "rankof"
	case q.eachOfLevel() || q.ownLevel || q.everyOneListed():
		return "each"
	case q.anyBut(sumCues, q.compiles) || len(q.tokens) > 1 && q.tokens[0] == "cong" && !portalAt(q.tokens, 1) || q.addsParts() || q.addsPeriods():
		// "Cộng số hồ sơ … và …": an order to add.
		return "sum"
	case q.bothPeriods():
		// "cả quý 1 và quý 2 có bao nhiêu hồ sơ": the two together.
		return "sum"
	}
	return ""
}

// excludesNothingAsked: what is taken out is no part of the figures asked
// ("ngoài mức 2 ra thì … mức 3 với mức 4": no service of level 3 or 4 is
// of level 2; "ngoài tiền nghị quyết thì nguồn khác": the other sources
// are already what is left).
func (q *question) excludesNothingAsked() bool {
	return q.has("muc 2") || q.has("nguon khac")
}

// addsPeriods: "cộng" right before a quarter ("hstt cộng Q1, Q2 2019")
// or between two periods ("DA tư vấn pháp lý 2017 cộng 2018"): an order
// to add, not the "công" of "dịch vụ công" nor the "cổng" of "nâng cấp
// cổng năm 2019" it folds like.
func (q *question) addsPeriods() bool {
	for i := 0; i+1 < len(q.tokens); i++ {
		next := q.tokens[i+1]
		// ("405 năm 2018 cộng 225 năm 2019": figures of two periods added.)
		numberThenPeriod := i+2 < len(q.tokens) && isNumber(next) && q.periodTaken[i+2]
		if q.tokens[i] == "cong" && (q.periodTaken[i+1] || numberThenPeriod) && (next == "quy" || next[0] == 'q' || i > 0 && q.periodTaken[i-1]) {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// againstPeriod: "so" right before a period and "hơn" (or "kém") after
// it ("so năm 2018 thì cao hơn mấy điểm"): a period set against another,
// the words of it explained.
func (q *question) againstPeriod() bool {
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "so" || !q.periodTaken[i+1] {
			continue
		}
		for k := i + 2; k < len(q.tokens); k++ {
			if q.tokens[k] != "hon" && q.tokens[k] != "kem" {
				continue
			}
			q.taken[i], q.taken[k] = true, true
			if w := q.tokens[k-1]; k-1 > i && (w == "cao" || w == "thap" || w == "nhieu" || w == "it") {
				q.taken[k-1] = true
			}
			return true
		}
	}
	return false
}

// addsParts: "cong" between two parts of money ("đã cấp cộng đề xuất"):
// "cộng", not "cổng", which folds the same.
func (q *question) addsParts() bool {
	for i := 1; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "cong" {
			continue
		}
		before, after := q.tokens[max(0, i-3):i], q.tokens[i+1:min(len(q.tokens), i+4)]
		if len(FundingParts(before)) > 0 && len(FundingParts(after)) > 0 {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// bothPeriods: "cả" right before a period, "và" and another period after.
func (q *question) bothPeriods() bool {
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "ca" || !q.periodTaken[i+1] {
			continue
		}
		for k := i + 2; k+1 < len(q.tokens); k++ {
			if q.tokens[k] == "va" && !q.periodTaken[k] && q.periodTaken[k+1] {
				q.taken[i], q.taken[k] = true, true
				return true
			}
		}
	}
	return false
}

// provinceAverage: "so với trung bình tỉnh", "bình quân toàn tỉnh": the
// province's own figure, which is the average a unit is set against.
func (q *question) provinceAverage() bool {
	for _, c := range avgCues {
		at := wordsIndex(q.tokens, c)
		if at < 0 {
			continue
		}
		next := at + len(c)
		if runAt(q.tokens, next, []string{"tinh"}) || runAt(q.tokens, next, []string{"toan", "tinh"}) ||
			runAt(q.tokens, next, []string{"ca", "tinh"}) || runAt(q.tokens, next, []string{"chung"}) {
			return true
		}
	}
	return false
}

// excludes: "ngoài Can Lộc, …", "trừ các sở ra", "trừ phần cấp xã … thì
// còn lại": a part taken out of what is asked, which no stored figure is.
func (q *question) excludes() bool {
	if len(q.tokens) > 1 && (q.tokens[0] == "ngoai" || q.tokens[0] == "tru") {
		return true
	}
	for i, t := range q.tokens {
		if q.leavesOutLevel(i) {
			// "ngoài cấp xã là bao nhiêu", "trừ đi phần cấp xã", "phần
			// còn lại không phải cấp xã": the whole without one level.
			return true
		}
		if t == "ngoai" && (PhraseIndex(q.tokens[i+1:], "con lai") >= 0 || PhraseIndex(q.tokens[i+1:], "con") >= 0) {
			// "ngoài hồ sơ cấp xã thì còn lại bao nhiêu"
			return true
		}
		if t == "bo" {
			// "bỏ ngành điện ra thì …", "bỏ Sở TT&TT ra": left out.
			for k := i + 2; k < len(q.tokens) && k <= i+6; k++ {
				if q.tokens[k] == "ra" && (k+1 == len(q.tokens) || q.tokens[k+1] == "thi" || q.tokens[k+1] == "con") {
					// ("bỏ năm 2019 ra" ending a follow-up: left out too.)
					return true
				}
			}
		}
		if t != "tru" {
			continue
		}
		for k := i + 2; k < len(q.tokens); k++ {
			if q.tokens[k] == "ra" && k <= i+5 || q.tokens[k] == "con" && k+1 < len(q.tokens) && q.tokens[k+1] == "lai" {
				return true
			}
		}
	}
	return false
}

// leavesOutLevel: the token at i leaves out the level right after it:
// "ngoài", "trừ (đi) phần", or "không phải" after "còn lại".
func (q *question) leavesOutLevel(i int) bool {
	switch t := q.tokens[i]; {
	case t == "ngoai":
		return levelPartAt(q.tokens, i+1)
	case t == "tru":
		// ("trừ (đi) phần cấp xã"; "cấp huyện trừ cấp tỉnh" sets two
		// levels against each other.)
		if i+1 < len(q.tokens) && q.tokens[i+1] == "di" {
			i++
		}
		return i+1 < len(q.tokens) && q.tokens[i+1] == "phan" && levelPartAt(q.tokens, i+1)
	case t == "phai":
		return i > 0 && q.tokens[i-1] == "khong" && PhraseIndex(q.tokens[:i], "con lai") >= 0 && levelPartAt(q.tokens, i+1)
	}
	return false
}

// citesReport: every "báo cáo" of the question is the report cited ("con
// số tổng báo cáo công bố", "báo cáo nêu"), and no other word asks who
// has reported.
func (q *question) citesReport() bool {
	cited := false
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "bao" || q.tokens[i+1] != "cao" {
			continue
		}
		next := ""
		if i+2 < len(q.tokens) {
			next = q.tokens[i+2]
		}
		// "báo cáo ghi …", "… theo báo cáo", "theo BC 47": the report as
		// the source, not reports sent ("theo báo cáo của Sở TT&TT" is
		// read as before: its author named).
		if !citeVerbs[next] && next != "47" && !(i > 0 && q.tokens[i-1] == "theo" && (next == "" || next == "so" || isNumber(next))) {
			return false
		}
		cited = true
	}
	return cited && !q.anyBut(reportingCues, func(c []string, _ int) bool { return slices.Equal(c, []string{"bao", "cao"}) })
}

// citeVerbs, after "báo cáo", make it the report that states a figure.
var citeVerbs = setOf("cong", "neu", "ghi", "noi", "viet", "dua", "the")

// portalAt: the words from i name what a portal ("cổng", folded like
// "cộng") is of: "cổng dvc tỉnh", "cổng thông tin", "cổng dịch vụ công".
func portalAt(tokens []string, i int) bool {
	return runAt(tokens, i, []string{"dich", "vu"}) || runAt(tokens, i, []string{"thong", "tin"}) || runAt(tokens, i, []string{"dien", "tu"})
}

// levelPartAt: the tokens from i name one level as a part ("cấp xã",
// "phần cấp xã", "khối sở").
func levelPartAt(tokens []string, i int) bool {
	if i < len(tokens) && tokens[i] == "phan" {
		i++
	}
	return i+1 < len(tokens) && (tokens[i] == "cap" || tokens[i] == "khoi") && (tokens[i+1] == "xa" || tokens[i+1] == "huyen" || tokens[i+1] == "so" || tokens[i+1] == "tinh")
}

// compiles: "tổng" of "tổng hợp" (compile, an order), not a sum.
func (q *question) compiles(c []string, i int) bool {
	return len(c) == 1 && c[0] == "tong" && i+1 < len(q.tokens) && q.tokens[i+1] == "hop"
}

// urgent: "gấp" as "urgently" ("tổng hợp gấp tỷ lệ …", "gửi gấp"), not
// "times": no "lần" follows, nor a number of times.
func (q *question) urgent() bool {
	i := slices.Index(q.tokens, "gap")
	if i < 0 || q.any(ratioCues[:len(ratioCues)-1]) {
		return false
	}
	if i+1 < len(q.tokens) && (q.tokens[i+1] == "doi" || q.tokens[i+1] == "ruoi" || q.tokens[i+1] == "may" || q.tokens[i+1] == "bao") {
		// "gấp đôi", "gấp rưỡi", "gấp mấy Sở Tài chính", "gấp bao lần".
		return false
	}
	return !slices.Contains(q.tokens[i:], "lan")
}

// subtracts: "trừ" between two levels or two units ("dvc4: cấp huyện trừ
// cấp tỉnh = ?", "Can Lộc trừ Thạch Hà"): the one less the other, not a
// part taken out of a whole ("các huyện trừ Vũ Quang").
func (q *question) subtracts() bool {
	spans := slices.Clone(q.unitSpans) // units and levels
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] == "cap" && q.tokens[i+1] == "so" {
			// "cấp sở", read as a level after the arithmetic.
			spans = append(spans, span{i, i + 2})
		}
	}
	for i := 1; i+1 < len(q.tokens); i++ {
		if q.tokens[i] != "tru" {
			continue
		}
		before := slices.IndexFunc(spans, func(sp span) bool { return sp.to == i })
		after := slices.IndexFunc(spans, func(sp span) bool { return sp.from == i+1 || sp.from == i+2 && q.tokens[i+1] == "cap" })
		if before >= 0 && after >= 0 && !plural(q.tokens[spans[before].from]) &&
			(spans[before].from == 0 || !plural(q.tokens[spans[before].from-1])) {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// subtractsPeriods: "trừ" between two periods ("tổng hồ sơ quý 2/2019 trừ
// quý 1/2019 ra bao nhiêu"): the one less the other, nothing set aside.
func (q *question) subtractsPeriods() bool {
	for i := 1; i+1 < len(q.tokens); i++ {
		if q.tokens[i] == "tru" && q.periodTaken[i-1] && q.periodTaken[i+1] {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// plural: a word before a unit's noun that makes it every unit of a kind
// ("các huyện", "những xã", "toàn tỉnh").
func plural(w string) bool {
	return w == "cac" || w == "nhung" || w == "toan" || w == "tat" || w == "moi"
}

// asksQuantity: "bao nhiêu …", "mấy …", "số …".
func (q *question) asksQuantity() bool {
	// "số cán bộ chuyên trách …": a number of, the question's first word.
	return PhraseIndex(q.tokens, "bao nhieu") >= 0 || PhraseIndex(q.tokens, "may") >= 0 ||
		len(q.tokens) > 1 && q.tokens[0] == "so" && q.tokens[1] != "du"
}

// eachOfLevel: "mỗi huyện", "từng xã": every unit of a level, each with
// its own figure.
func (q *question) eachOfLevel() bool {
	for i := 0; i+1 < len(q.tokens); i++ {
		if (q.tokens[i] == "moi" || q.tokens[i] == "tung") && unitNounWords[q.tokens[i+1]] {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// everyOneListed: every unit of a level asked one by one ("của hết thảy
// các huyện", "đủ 13 huyện thị", "tất cả huyện thị, kê ra", "liệt kê
// toàn bộ các sở"), not their total: no word of adding them up.
func (q *question) everyOneListed() bool {
	if q.has("cong lai") || q.has("tong cong") || q.has("gop") || q.has("chung") || q.has("trung binh") || q.has("binh quan") || q.has("cong het") {
		return false
	}
	listed := q.has("ke het") || q.has("ke ra") || q.has("liet ke") || q.has("ke tung") || q.has("ke du") || q.has("ke giup") || q.has("ke cho")
	if q.has("tong") || q.has("sum") || q.has("cong") {
		// ("tổng hstt 13 huyện thị", "cộng tất cả các sở đã nộp": their
		// total, unless listed: "tổng hồ sơ … kê từng cái".)
		return listed
	}
	for i := 0; i+1 < len(q.tokens) && !listed; i++ {
		j := i + 1
		switch q.tokens[i] {
		case "het", "toan", "du", "tat":
			if q.tokens[i] == "het" && q.tokens[j] == "thay" || q.tokens[i] == "toan" && q.tokens[j] == "bo" || q.tokens[i] == "tat" && q.tokens[j] == "ca" {
				j++
			} else if q.tokens[i] != "du" {
				continue
			}
		default:
			continue
		}
		if j < len(q.tokens) && q.tokens[j] == "cac" {
			j++
		}
		listed = j < len(q.tokens) && (q.tokens[j] == "huyen" || q.tokens[j] == "so" || q.tokens[j] == "don")
	}
	return listed
}

// unitNounWords are the nouns of units, by their first word ("mỗi đơn
// vị", "từng huyện") and their last ("đơn vị nào", "địa phương nào").
var unitNounWords = map[string]bool{"huyen": true, "xa": true, "so": true, "nganh": true, "phuong": true, "noi": true,
	"don": true, "vi": true, "dia": true}

// othersOfKind: "còn huyện khác", "còn sở nào nữa", "còn đơn vị khác
// không": units other than those named are asked, of the level the
// noun says ("" for "đơn vị", "nơi").
func (q *question) othersOfKind() (string, bool) {
	for i := 0; i+2 < len(q.tokens); i++ {
		if q.tokens[i] != "con" {
			continue
		}
		j, level := i+1, ""
		switch q.tokens[j] {
		case "huyen":
			level = "district"
		case "so", "nganh":
			level = "agency"
		case "xa":
			level = "commune"
		case "noi", "ai":
		case "don", "dia":
			if j+1 >= len(q.tokens) || q.tokens[j+1] != "vi" && q.tokens[j+1] != "phuong" {
				continue
			}
			if q.tokens[j] == "dia" {
				level = "district"
			}
			j++
		default:
			continue
		}
		for k := j + 1; k < len(q.tokens) && k <= j+2; k++ {
			if q.tokens[k] == "khac" || q.tokens[k] == "nua" {
				return level, true
			}
		}
	}
	return "", false
}

// endOfFirst is where the first of the phrases to occur ends, or len(tokens).
func (q *question) endOfFirst(list [][]string) int {
	at, end := len(q.tokens), len(q.tokens)
	for _, p := range list {
		if i := wordsIndex(q.tokens, p); i >= 0 && i < at {
			at, end = i, i+len(p)
		}
	}
	return end
}

// periodAfterOp: the period follows "gấp … lần", "chênh lệch … so với":
// what the figure is set against ("gấp mấy lần năm 2014"), not when.
func (q *question) periodAfterOp() bool {
	i := q.opAt
	for i < len(q.tokens) && opLinkWords[q.tokens[i]] {
		i++
	}
	return i < len(q.periodTaken) && q.periodTaken[i]
}

// opLinkWords may stand between an arithmetic word and what it sets the
// figure against: "gấp bao nhiêu lần so với năm 2014".
var opLinkWords = map[string]bool{"so": true, "voi": true, "bao": true, "nhieu": true, "lan": true, "may": true, "hon": true, "la": true}

// before reports whether one of words occurs somewhere before the phrase
// ("Can Lộc hơn Thạch Hà bao nhiêu"), marking it explained.
func (q *question) before(words map[string]bool, phrase ...string) bool {
	at := wordsIndex(q.tokens, phrase)
	for i := 0; i < at; i++ {
		if words[q.tokens[i]] && !attached(q.tokens, i) {
			q.taken[i] = true
			q.opAt = i + 1
			return true
		}
	}
	return false
}

// whichUnits: "huyện nào", "đơn vị nào", "sở nào": the question asks for
// the units themselves.
func (q *question) whichUnits() bool {
	for i := 1; i < len(q.tokens); i++ {
		if q.tokens[i] == "nao" && unitNounWords[q.tokens[i-1]] {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// Threshold is a bound on a unit's figure: Above the value, or below it.
type Threshold struct {
	Above bool    `json:"above"`
	Value float64 `json:"value"`
	// Inclusive: the bound itself is kept ("từ 15% trở lên", "ít nhất",
	// "không quá").
	Inclusive bool `json:"inclusive,omitempty"`
	// Equal: only the figures equal to Value ("dvc4 = 0", "bằng 0").
	Equal bool `json:"equal,omitempty"`
}

// threshold reads "dưới 10%", "trên 100", "từ 20 trở lên", "ít nhất 5": a
// comparison word right before a number that is no period.
func (q *question) threshold() *Threshold {
	for i, v := range q.numbers() {
		for _, c := range thresholdCues {
			from := i - len(c.words)
			if from < 0 || !runAt(q.tokens, from, c.words) {
				continue
			}
			if c.words[0] == "khong" && (c.words[1] == "toi" || c.words[1] == "dat") && !q.countsUnits() && !q.has("nao") {
				continue // "DVC mức 3 ko tới 1.400 à": a check, not a filter
			}
			if len(c.words) == 1 && c.words[0] == "dat" && (!q.countsUnits() && !q.has("nao") || from > 0 && q.tokens[from-1] == "de") {
				// "tỷ lệ chung … đạt 15% chưa", "còn thiếu bao nhiêu để đạt
				// 100%": a figure checked or a target, not units filtered.
				continue
			}
			if from > 0 && isNumber(q.tokens[from-1]) && c.words[0] == "tren" && !(from >= 3 && documentKinds[q.tokens[from-3]+" "+q.tokens[from-2]]) {
				continue // "221 trên 262": a fraction, not a bound ("NQ22 trên 1 tỷ" is)
			}
			above := c.above
			k := i + 1
			if k < len(q.tokens) && q.tokens[k] == "%" {
				k++ // "từ 15% trở lên"
			}
			if c.words[0] == "tu" && len(c.words) == 1 {
				// "từ 100 DVC mức 3 trở lên": the figure's words between.
				for j := k + 1; j < k+9 && j+1 < len(q.tokens); j++ {
					if q.tokens[j] == "tro" && (q.tokens[j+1] == "len" || q.tokens[j+1] == "xuong") {
						k = j
						break
					}
				}
			}
			tro := k+1 < len(q.tokens) && q.tokens[k] == "tro"
			if c.words[0] == "tu" && len(c.words) == 1 && !tro {
				continue // "từ 10/6": a start, not a bound
			}
			inclusive := c.inclusive
			if tro && (q.tokens[k+1] == "len" || q.tokens[k+1] == "xuong") {
				above, inclusive = q.tokens[k+1] == "len", true
				q.take(span{k, k + 2})
			}
			q.take(span{from, i + 1})
			if c.words[0] == "bang" {
				if strings.ContainsAny(q.tokens[i], ".,") || i+1 < len(q.tokens) && tableParts[q.tokens[i+1]] {
					continue // "bảng 2.1", "kẻ bảng 2 cột": a table, not "bằng"
				}
				return &Threshold{Value: v, Inclusive: true, Equal: true}
			}
			if i+1 < len(q.tokens) && q.tokens[i+1] == "ty" && (i+2 >= len(q.tokens) || q.tokens[i+2] != "le") {
				v *= 1000 // "trên 1 tỷ": money is bound in millions
				q.take(span{i + 1, i + 2})
			}
			return &Threshold{Above: above, Value: v, Inclusive: inclusive}
		}
	}
	return nil
}

// tableParts follow a number that counts a table's parts ("bảng 2 cột").
var tableParts = setOf("cot", "dong", "hang", "o")

// AsksChange: the words ask a change, not only beside a bound ("tăng hơn
// 20 không").
func AsksChange(tokens []string) bool { return anyPhrase(tokens, boundChangeCues) }

// boundChangeCues ask a change beside a bound.
var boundChangeCues = phrases("tang", "giam", "so voi", "so sanh", "thay doi")

var thresholdCues = []struct {
	words     []string
	above     bool
	inclusive bool
}{
	{[]string{"it", "hon"}, false, false}, {[]string{"nho", "hon"}, false, false}, {[]string{"thap", "hon"}, false, false},
	{[]string{"khong", "qua"}, false, true}, {[]string{"chua", "den"}, false, false}, {[]string{"chua", "toi"}, false, false},
	{[]string{"chua", "dat"}, false, false}, {[]string{"khong", "dat"}, false, false}, {[]string{"chua", "dat", "duoc"}, false, false},
	{[]string{"chua", "duoc"}, false, false}, {[]string{"khong", "duoc"}, false, false},
	{[]string{"khong", "toi"}, false, false}, {[]string{"khong", "dat", "noi"}, false, false}, // "không tới 5%", "không đạt nổi 5%"
	{[]string{"duoi"}, false, false}, {[]string{"bang"}, false, true},
	{[]string{"nhieu", "hon"}, true, false}, {[]string{"lon", "hon"}, true, false}, {[]string{"cao", "hon"}, true, false},
	{[]string{"it", "nhat"}, true, true}, {[]string{"toi", "thieu"}, true, true}, {[]string{"khong", "duoi"}, true, true},
	{[]string{"vuot"}, true, false}, {[]string{"tren"}, true, false}, {[]string{"hon"}, true, false}, {[]string{"tu"}, true, true},
	{[]string{"dat"}, true, true}, // "chưa sở nào đạt 10%": 10% or more
}

// pastBound reads a bound only a yes-or-no question sets one figure
// against ("đã quá 600 chưa", "có lọt top 25 không"): never a filter of
// units.
func (q *question) pastBound() *Threshold {
	for i, v := range q.numbers() {
		for _, c := range pastBoundCues {
			if from := i - len(c.words); from >= 0 && runAt(q.tokens, from, c.words) {
				q.take(span{from, i + 1})
				return &Threshold{Above: c.above, Value: v, Inclusive: c.inclusive}
			}
		}
	}
	return nil
}

var pastBoundCues = []struct {
	words     []string
	above     bool
	inclusive bool
}{{[]string{"qua"}, true, false}, {[]string{"lot", "top"}, false, true}, {[]string{"lot", "vao", "top"}, false, true}}

// statedGoal reads a goal the question states ("còn thiếu bao nhiêu mới
// đủ 100%", "so với mục tiêu 85%"), which progress is measured against
// when none is stored.
func (q *question) statedGoal() *float64 {
	for i, v := range q.numbers() {
		for _, c := range goalCues {
			if from := i - len(c); from >= 0 && runAt(q.tokens, from, c) {
				q.take(span{from, i + 1})
				return &v
			}
		}
	}
	return nil
}

var goalCues = phrases("du", "len", "vuot", "vuot qua", "muc tieu", "chi tieu", "ke hoach", "muc tieu la", "de dat", "moi dat", "dat muc",
	"vuot moc", "qua moc", "cham moc", "dat moc") // "đã vượt mốc 10%"

// numbers are the numbers of the question that are no part of a period,
// with their position.
func (q *question) numbers() iter.Seq2[int, float64] {
	return func(yield func(int, float64) bool) {
		for i, tok := range q.tokens {
			if q.periodTaken[i] || !isNumber(tok) || tok == "%" {
				continue
			}
			if v, ok := ReadNumber(tok); ok && !yield(i, v) {
				return
			}
		}
	}
}

// ReadNumber reads a number written the Vietnamese way: "1.000", "4,5",
// "10" ("." groups thousands, "," is the decimal mark).
func ReadNumber(tok string) (float64, bool) {
	if strings.Count(tok, ",") > 1 || strings.ContainsAny(tok, "/-") {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(tok, ".", ""), ",", "."), 64)
	return v, err == nil
}

// countsUnits: "mấy huyện", "bao nhiêu đơn vị", "có mấy sở", "tổng số đơn
// vị", "số lượng đơn vị".
func (q *question) countsUnits() bool {
	for i, t := range q.tokens {
		if i+2 < len(q.tokens) && q.tokens[i+1] == "so" && q.tokens[i+2] == "voi" {
			continue // "tăng bao nhiêu so với": no "sở" counted
		}
		if i+1 < len(q.tokens) && unitNounWords[q.tokens[i+1]] && (t == "may" || t == "nhieu" && i > 0 && q.tokens[i-1] == "bao") {
			return true
		}
		counted := t == "may" || t == "nhieu" || i > 0 && (t == "so" && q.tokens[i-1] == "tong" || t == "luong" && q.tokens[i-1] == "so")
		if i+2 < len(q.tokens) && counted && q.tokens[i+1] == "don" && q.tokens[i+2] == "vi" {
			return true
		}
	}
	return false
}

// figureAskedAfterSent: after the units counted as having sent ("mấy sở
// đã nộp"), the figure is asked of its own ("… có tổng cộng bn DVC mức
// 3"): a figure of those units, not how many sent.
func (q *question) figureAskedAfterSent(indicators []termMatch) bool {
	sent := -1
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] == "da" && (q.tokens[i+1] == "nop" || q.tokens[i+1] == "gui") {
			sent = i + 2
			break
		}
	}
	if sent < 0 {
		return false
	}
	for _, m := range indicators {
		at := m.spans[0].from
		for i := max(sent, at-4); i < at; i++ {
			if q.tokens[i] == "nhieu" && i > 0 && q.tokens[i-1] == "bao" || q.tokens[i] == "may" {
				return true
			}
		}
	}
	return false
}

// whoIsMore: "Sở Tài chính và Sở TT&TT ai nhiều hồ sơ hơn", "… bên nào
// cao hơn": two figures set against each other, "hơn" with no number after.
func (q *question) whoIsMore() bool {
	who := -1
	for i, t := range q.tokens {
		if t == "ai" || t == "nao" && i > 0 && (q.tokens[i-1] == "ben" || q.tokens[i-1] == "cap") {
			// ("cấp nào có nhiều DVC mức 3 hơn": of two levels.)
			who = i
		}
		if t == "hon" && who >= 0 && i > who && (i+1 == len(q.tokens) || !isNumber(q.tokens[i+1])) {
			q.taken[i] = true
			return true
		}
	}
	return false
}

// endsAskingHowMuch: the question ends on "bao nhiêu" or "mấy", with
// nothing counted after it.
func (q *question) endsAskingHowMuch() bool {
	n := len(q.tokens)
	return n >= 2 && q.tokens[n-2] == "bao" && q.tokens[n-1] == "nhieu" || n >= 1 && q.tokens[n-1] == "may"
}

// attached: "kèm" of "gửi kèm", "đính kèm", "kèm theo" (folded like
// "kém"): sent with, not less.
func attached(tokens []string, i int) bool {
	if tokens[i] == "thua" {
		// "Kính thưa quý cơ quan", "Thưa quý Sở": a greeting, not "less"
		// ("thua bao nhiêu" alone, after a clause, is less).
		if i == 0 {
			return !runAt(tokens, 1, []string{"bao", "nhieu"}) && !runAt(tokens, 1, []string{"may"})
		}
		return tokens[i-1] == "kinh" || tokens[i-1] == "da" || i+1 < len(tokens) && addressees[tokens[i+1]]
	}
	if tokens[i] == "hon" && i > 0 && (tokens[i-1] == "cho" || tokens[i-1] == "voi" || tokens[i-1] == "tai") &&
		(runAt(tokens, i+1, []string{"bao", "nhieu"}) || runAt(tokens, i+1, []string{"may"})) {
		// "tập huấn cho hơn bao nhiêu người": the report's "hơn 2.450"
		// asked, a count over which, not a difference.
		return true
	}
	return tokens[i] == "kem" && (i > 0 && (tokens[i-1] == "gui" || tokens[i-1] == "dinh") || i+1 < len(tokens) && tokens[i+1] == "theo")
}

// addressees follow "thưa" in a greeting.
var addressees = map[string]bool{"quy": true, "anh": true, "chi": true, "ong": true, "ba": true, "so": true, "lanh": true, "co": true, "chu": true, "bac": true}

// asksSchedule: a question of a report's deadline or reminders that asks
// when or how many days, and no unit ("hạn nộp báo cáo quý là bao lâu
// sau khi hết quý", "quá hạn rồi thì cứ mấy ngày nhắc lại 1 lần"); not
// which units are late ("huyện nào đã quá hạn").
func (q *question) asksSchedule() bool {
	if !anyPhrase(q.tokens, scheduleCues) || !anyPhrase(q.tokens, whenAskedCues) || q.countsUnits() || q.any(whichOfTwo) {
		return false
	}
	if q.has("da nop") && (q.has("muon") || q.has("cham") || q.has("tre")) {
		// "các đơn vị đã nộp … nộp muộn bao nhiêu ngày": how late each
		// was, not the schedule.
		return false
	}
	for _, ph := range slices.Concat(scheduleCues, whenAskedCues, scheduleWords) {
		q.at(ph)
	}
	return true
}

// sentYet: "Sở Giáo dục nộp quý 2 chưa nhỉ", "Nghi Xuân q2 nộp chưa
// rứa", "sở nào quý 1 nộp mà quý 2 chưa?": whether a unit named (or
// which) has sent its report, the words "báo cáo" left out.
func (q *question) sentYet(p Parse) bool {
	return (len(p.Units) > 0 || q.has("nao")) && (q.has("nop") || q.has("gui")) && endsWith(q.tokens, "chua")
}
