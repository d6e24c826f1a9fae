package nlu

import "slices"

// Which indicator names a question holds when names share words: the
// second figure must bring words of its own, a question-shaped alias gives
// way, a short name touching another belongs to it, "cộng" of adding is no
// name.

// withoutQuestionOnly drops an indicator matched by a question-shaped alias
// ("bao nhiêu hồ sơ") whose other words another indicator's match holds,
// when no other word of the question belongs to its name: "tiếp nhận bao
// nhiêu hồ sơ" asks the received applications only, "tổng cộng bao nhiêu
// hồ sơ trực tuyến" still the online ones.
func (q *question) withoutQuestionOnly(chosen []termMatch) []termMatch {
	if len(chosen) < 2 {
		return chosen
	}
	kept := chosen[:0:0]
	for _, m := range chosen {
		if q.rateUnasked(m, chosen) || q.servicesOfFiles(m, chosen) || q.wholeOfQualifiedFiles(m, chosen) {
			continue
		}
		if q.namedOn(m) {
			// Its words are explained: they say where.
			for _, sp := range m.spans {
				q.take(sp)
			}
			continue
		}
		if (!questionShaped(m) || !heldByOther(m, chosen) || q.moreOfName(m, chosen)) && !q.qualifiedAsOther(m, chosen) {
			kept = append(kept, m)
		}
	}
	return kept
}

// withoutPlaces drops the projects named after "trên" when another is
// named apart ("chuyên mục tư vấn pháp lý trên cổng thông tin tỉnh được
// cấp bao nhiêu"): where the one asked is, not a second project.
func (q *question) withoutPlaces(ms []termMatch) []termMatch {
	if !slices.ContainsFunc(ms, func(m termMatch) bool { return !q.namedOn(m) }) {
		return ms
	}
	return slices.DeleteFunc(ms, q.namedOn)
}

// rateUnasked: m is a rate ("tỷ lệ doanh nghiệp được tập huấn") named
// by its other words, beside a count asked in its own words, in a
// question that asks no rate ("mấy lớp tập huấn và bao nhiêu người dân,
// doanh nghiệp tham gia"): the words are the counts'.
func (q *question) rateUnasked(m termMatch, chosen []termMatch) bool {
	if !q.isRate(m) || q.has("ty le") || q.has("%") || q.has("phan tram") {
		return false
	}
	return slices.ContainsFunc(chosen, func(c termMatch) bool { return q.countNamed(c) && !q.isRate(c) })
}

// isRate: the indicator's name says it is a rate.
func (q *question) isRate(m termMatch) bool {
	words := q.v.indicatorWords[m.alias.owner]
	return words["ty"] && words["le"]
}

// namedOn: m is named after "trên" ("DVC mức 4 đang chạy trên cổng thông
// tin điện tử tỉnh"): beside another figure or project, where that one
// is, not a second one asked. "… trên tổng số hồ sơ" is a share's whole.
func (q *question) namedOn(m termMatch) bool {
	at := m.spans[0].from
	// ("… tích hợp lên Cổng thông tin điện tử tỉnh": where it goes.)
	return at > 0 && (q.tokens[at-1] == "tren" || q.tokens[at-1] == "len" && at > 1 && q.tokens[at-2] == "hop") && q.tokens[at] != "tong"
}

// servicesOfFiles: m names services right after "hồ sơ" that another
// chosen figure counts ("bao nhiêu hồ sơ DVC mức 3, mức 4"): the files
// filed through those services, not the services.
func (q *question) servicesOfFiles(m termMatch, chosen []termMatch) bool {
	at := m.spans[0].from
	if at < 2 || q.tokens[at-2] != "ho" || q.tokens[at-1] != "so" || !runAt(q.tokens, at, []string{"dich", "vu"}) {
		return false
	}
	return slices.ContainsFunc(chosen, func(o termMatch) bool { return o.alias.owner != m.alias.owner && o.covers(at-1) })
}

// wholeOfQualifiedFiles: m names all the files ("tổng (số) hồ sơ") right
// before services that another chosen figure holds with those files ("hồ
// sơ DVC mức 3, 4"): "tổng hồ sơ DVC mức 3, 4" is that figure's total, not
// every file.
func (q *question) wholeOfQualifiedFiles(m termMatch, chosen []termMatch) bool {
	if len(m.spans) < 2 || q.tokens[m.spans[0].from] != "tong" {
		return false
	}
	return slices.ContainsFunc(chosen, func(o termMatch) bool {
		if o.alias.owner == m.alias.owner {
			return false
		}
		for _, sp := range m.spans[1:] {
			if !o.covers(sp.from) || !o.covers(sp.to-1) || !runAt(q.tokens, sp.to, []string{"dich", "vu"}) || !o.covers(sp.to) {
				return false
			}
		}
		return true
	})
}

// qualifiedAsOther: the words right after m's are another chosen figure's
// own ("nhận bao nhiêu hồ sơ | trực tuyến"): the question names that one,
// qualified, not m.
func (q *question) qualifiedAsOther(m termMatch, chosen []termMatch) bool {
	if len(m.spans) != 1 || !asksInName(m.alias) {
		return false
	}
	next := m.spans[0].to
	if next >= len(q.tokens) || q.v.indicatorWords[m.alias.owner][q.tokens[next]] {
		return false
	}
	for _, o := range chosen {
		if o.alias != m.alias && o.covers(next) && q.v.indicatorWords[o.alias.owner][q.tokens[next]] {
			return true
		}
	}
	return false
}

func questionShaped(m termMatch) bool {
	return len(m.alias.phrases) == 1 && len(m.alias.phrases[0]) > 2 && m.alias.phrases[0][0] == "bao" && m.alias.phrases[0][1] == "nhieu"
}

// countNamed: a count asked of what m names, in its alias or right
// before it ("mấy lớp", "số lớp", "bao nhiêu lớp tập huấn").
func (q *question) countNamed(m termMatch) bool {
	first := m.alias.phrases[0][0]
	if first == "may" || first == "so" || first == "bao" && len(m.alias.phrases[0]) > 1 && m.alias.phrases[0][1] == "nhieu" {
		return true
	}
	at := m.spans[0].from
	return at > 0 && (q.tokens[at-1] == "may" || q.tokens[at-1] == "so" || q.tokens[at-1] == "nhieu" && at > 1 && q.tokens[at-2] == "bao")
}

// heldByOther: every word of m after its question words is in another
// chosen match.
func heldByOther(m termMatch, chosen []termMatch) bool {
	sp := m.spans[0]
	for _, o := range chosen {
		if o.alias == m.alias {
			continue
		}
		all := true
		for i := sp.from + 2; i < sp.to; i++ {
			if !o.covers(i) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// moreOfName: a word no chosen match holds belongs to m's indicator's
// name ("trực tuyến" of "số hồ sơ nộp trực tuyến").
func (q *question) moreOfName(m termMatch, chosen []termMatch) bool {
	name := q.v.indicatorWords[m.alias.owner]
	for i, tok := range q.tokens {
		if !name[tok] || fillers[tok] || isNumber(tok) || tok == "so" || q.periodTaken[i] {
			continue
		}
		held := false
		for _, o := range chosen {
			held = held || o.covers(i)
		}
		if !held {
			return true
		}
	}
	return false
}

// namedByChosen: the word is in the name of an indicator already chosen.
func (q *question) namedByChosen(chosen []termMatch, word string) bool {
	for _, c := range chosen {
		if q.v.indicatorWords[c.alias.owner][word] {
			return true
		}
	}
	return false
}

// touching: m is one short phrase right after or right before another
// match's words ("điểm minh bạch | PCI").
func touching(m, other termMatch) bool {
	if len(m.spans) != 1 || m.spans[0].to-m.spans[0].from > 1 {
		return false
	}
	sp := m.spans[0]
	for _, o := range other.spans {
		if o.to == sp.from || sp.to == o.from {
			return true
		}
	}
	return false
}

// nameMask marks the words no name is matched on: the periods', and the
// "cộng" of adding ("tổng cộng", "cộng lại"), which folds like "cổng".
func (q *question) nameMask() []bool {
	mask := q.periodMask()
	for i := 0; i+1 < len(q.tokens); i++ {
		a, b := q.tokens[i], q.tokens[i+1]
		if a == "tong" && b == "cong" {
			mask[i], mask[i+1] = true, true
		}
		if a == "tien" && b == "do" {
			// "tiến độ" (progress) folds like "tiền" (money) "đó".
			mask[i] = true
		}
		if a == "dau" && b == "tien" {
			// "đầu tiên" (first) folds like "đầu" "tiền" (money).
			mask[i+1] = true
		}
		portal := a == "cong" && b == "voi" && i > 0 && beforePortal[q.tokens[i-1]]
		if (a == "cong" || a == "tinh" || a == "ke" || a == "gop") && b == "them" || a == "cong" && (b == "lai" || b == "voi" && !portal || b == "don") {
			// "cộng thêm", "nếu tính thêm 181 DVC …": adding, not what a
			// programme added.
			mask[i], mask[i+1] = true, true
		}
		if (a == "tang" && b == "them" || a == "them" && (b == "bao" || b == "may")) && q.periodAfterSo() {
			// "q2 tăng thêm bn so q1", "q2 thêm bn so q1": the change
			// between the periods, not the figure of what a programme added.
			mask[i] = true
			if a == "tang" {
				mask[i+1] = true
			}
		}
	}
	return mask
}

// beforePortal are the words a project's name puts before "cổng" ("rà
// soát cổng với DA ấn phẩm", "nâng cấp cổng"): there "cổng với" is the
// portal and a list, not "cộng với" (plus).
var beforePortal = map[string]bool{"soat": true, "cap": true, "thien": true, "tren": true, "cac": true}

// apartAfterAnd: m shares no word with the matches before and is listed
// after "và".
func (q *question) apartAfterAnd(m termMatch, before []termMatch) bool {
	for _, b := range before {
		for _, sp := range m.spans {
			for i := sp.from; i < sp.to; i++ {
				if b.covers(i) && !q.projectWord(i) {
					return false
				}
			}
		}
	}
	if q.listedAfterAnd(m) {
		return true
	}
	if q.listedBeforeAnd(m) && slices.ContainsFunc(before, func(b termMatch) bool {
		return slices.ContainsFunc(b.spans, func(sp span) bool { return sp.to == m.spans[0].from })
	}) {
		// "cổng TTĐT tỉnh, sàn TMĐT và tư vấn pháp lý": the middle of a
		// list, right after one name's words (its comma dropped; the name
		// may go on after, "cổng tỉnh … được cấp") and before "và".
		return true
	}
	// "đề xuất cho đào tạo CIO và rà soát cổng TTĐT", "cổng TTĐT tỉnh với
	// sàn TMĐT", "phần mềm … nhiều hơn dự án tập huấn": a joining word
	// between this name and one already taken.
	for _, b := range before {
		if q.joinedTo(m, b) {
			return true
		}
	}
	return false
}

// projectJoins join two names in a list or a comparison.
var projectJoins = setOf("va", "voi", "hon", "cung", "lan")

// joinedTo: a joining word stands between the two matches, and nothing of
// either lies between them.
func (q *question) joinedTo(a, b termMatch) bool {
	for _, as := range a.spans {
		for _, sp := range b.spans {
			// Each piece of each: a name in pieces ("cổng TTĐT tỉnh … được
			// cấp", "DA sàn với DA ấn phẩm") may stand around the other.
			from, to := as.to, sp.from
			if sp.to <= as.from {
				from, to = sp.to, as.from
			}
			for i := from; i < to; i++ {
				if projectJoins[q.tokens[i]] || q.tokens[i] == "cong" && i+1 < len(q.tokens) && q.tokens[i+1] == "lai" {
					// ("DA ấn phẩm + DA rà soát cổng": "+" is "cộng lại";
					// not the "tổng cộng" of one project's money.)
					return true
				}
			}
		}
	}
	return false
}

// projectWord: the token at i is of the word "dự án", which every
// project's name may take ("DA sàn với DA ấn phẩm"): two names sharing it
// are still apart.
func (q *question) projectWord(i int) bool {
	return q.tokens[i] == "du" && i+1 < len(q.tokens) && q.tokens[i+1] == "an" ||
		q.tokens[i] == "an" && i > 0 && q.tokens[i-1] == "du" || moneyWordAt(q.tokens, i)
}

// moneyWordAt: the token at i is, or begins or ends, a word of money the
// projects' names share ("cấp", "kinh phí", "đề xuất"): one "cấp" serves
// every project listed ("cổng TTĐT tỉnh, sàn TMĐT và … được cấp").
func moneyWordAt(tokens []string, i int) bool {
	for _, class := range moneyAliasWords {
		for _, w := range class {
			for k := range w {
				if i-k >= 0 && runAt(tokens, i-k, w) {
					return true
				}
			}
		}
	}
	return false
}

// listedAfterAnd: the match starts right after "và" (or "và số").
func (q *question) listedAfterAnd(m termMatch) bool {
	from := m.spans[0].from
	for _, sp := range m.spans[1:] {
		from = min(from, sp.from)
	}
	for k := from - 1; k >= 0 && k >= from-2; k-- {
		if q.tokens[k] == "va" || q.tokens[k] == "cung" {
			return true
		}
	}
	return false
}

// listedBeforeAnd: m's words end right before "và" ("số hồ sơ | và tỷ
// lệ trực tuyến"): a figure listed before another, whatever words the
// two share.
func (q *question) listedBeforeAnd(m termMatch) bool {
	// (Any phrase of the name: "sàn + cấp" has its "cấp" elsewhere.)
	return slices.ContainsFunc(m.spans, func(sp span) bool {
		return sp.to < len(q.tokens) && q.tokens[sp.to] == "va" || runAt(q.tokens, sp.to, []string{"cong", "lai"})
	})
}

// qualifiesAsked: sp right after a chosen name that holds the question's
// "bao nhiêu" ("nhận bao nhiêu hồ sơ | trực tuyến"): its words qualify what
// is asked, whichever other chosen name also has them ("DVC … trực tuyến").
func qualifiesAsked(chosen []termMatch, sp span) bool {
	return slices.ContainsFunc(chosen, func(c termMatch) bool {
		return len(c.spans) == 1 && c.spans[0].to == sp.from && asksInName(c.alias)
	})
}

// asksInName: the alias holds the question's "bao nhiêu" ("nhận bao nhiêu
// hồ sơ"): it names what is asked about only as far as its last word.
func asksInName(a *alias) bool {
	for _, ph := range a.phrases {
		for i := 0; i+1 < len(ph); i++ {
			if ph[i] == "bao" && ph[i+1] == "nhieu" {
				return true
			}
		}
	}
	return false
}

// allIndicatorsSay: every indicator has the word in its name or aliases.
func (q *question) allIndicatorsSay(codes []string, word string) bool {
	for _, c := range codes {
		if !q.v.indicatorWords[c][word] {
			return false
		}
	}
	return true
}

// periodAfterSo: "so" or "so với" right before a period ("so q1").
func (q *question) periodAfterSo() bool {
	for i, t := range q.tokens {
		if t != "so" {
			continue
		}
		j := i + 1
		if j < len(q.tokens) && q.tokens[j] == "voi" {
			j++
		}
		if j < len(q.periodTaken) && q.periodTaken[j] {
			return true
		}
	}
	return false
}
