package ask

// Readings of a question made before it is answered: a kind before a
// list of names, "kết quả" of a count and its rate, points of the one rate
// units report, a count and then its rate asked, a project named by its
// words in a money question.

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// readings are the readings made of an understood question before it is
// answered, in order.
var readings = []func(*catalog.Catalog, nlu.Parse) nlu.Parse{kindOfList, resultsAsked, unitsRate, countAndRate, shareChecked, moneyOfNamedProject, agenciesIncluded, perTen, paperAndOnline}

// perTen: "cứ 10 xã thì mấy xã có website", "cứ 100 hồ sơ thì mấy hồ sơ
// online" ask a share: the count's rate.
func perTen(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if !perTenWords(p.Words) {
		return p
	}
	if rate, ok := percentSibling(c, p.Indicators); ok {
		q := p
		q.Indicators = rate
		return q
	}
	return p
}

// paperAndOnline: "tổng cộng bao nhiêu hồ sơ (cả giấy lẫn online)" names
// the files sent online only as part of the total asked: the total. (The
// files on paper alone, "hồ sơ nộp giấy", are the rest: notOnline.)
func paperAndOnline(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if !hasWord(p.Words, "ca", "giay") && !hasWord(p.Words, "giay", "lan") && !hasWord(p.Words, "giay", "va") || len(p.Indicators) != 2 {
		return p
	}
	for i, whole := range p.Indicators {
		if rateOf(c, p.Indicators[1-i], whole) {
			q := p
			q.Indicators, q.Op = []string{whole}, ""
			return q
		}
	}
	return p
}

// agenciesIncluded: "tính luôn các sở thì ai …", "kể cả các sở" in a
// ranking adds the agencies to the units ranked (every unit that
// reports), not ranks them alone.
func agenciesIncluded(_ *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if p.Intent != nlu.IntentRanking || p.Level != "agency" || len(p.Levels) > 0 {
		return p
	}
	for _, w := range [][]string{{"tinh", "luon"}, {"tinh", "ca"}, {"ke", "ca"}, {"gom", "ca"}, {"tinh", "them"}, {"cong", "ca"}} {
		if hasWord(p.Words, slices.Concat(w, []string{"cac", "so"})...) || hasWord(p.Words, slices.Concat(w, []string{"so"})...) {
			q := p
			q.Level = ""
			return q
		}
	}
	return p
}

// pluralKinds are a plural word and a kind ("hai thị xã", "các huyện"):
// the kind holds for each name of the list after it ("hai thị xã Hồng
// Lĩnh và Kỳ Anh", "các huyện Can Lộc, Kỳ Anh"), split once.
var pluralKinds = func() (out []struct {
	words []string
	kind  string
}) {
	for _, pl := range []string{"hai", "2", "ba", "3", "cac", "nhung", "ca hai"} {
		for _, k := range unitKinds {
			out = append(out, struct {
				words []string
				kind  string
			}{append(strings.Fields(pl), strings.Fields(k)...), k})
		}
	}
	return out
}()

// kindOfList narrows each name with several readings to the one of the
// kind a plural before the list names: "hai thị xã Hồng Lĩnh và Kỳ Anh" is
// Thị xã Kỳ Anh, not Huyện Kỳ Anh.
func kindOfList(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if len(p.UnitSpans) != len(p.Units) || len(p.Units) == 0 {
		return p
	}
	first := p.UnitSpans[0][0]
	for _, sp := range p.UnitSpans {
		first = min(first, sp[0])
	}
	kind := ""
	for _, pk := range pluralKinds {
		// (Where the list begins: "quý 2 huyện nào" is no count of
		// districts, nor "các huyện" of a question before a follow-up.)
		for at := max(0, first-len(pk.words)); at <= first && at+len(pk.words) <= len(p.Words); at++ {
			if slices.Equal(p.Words[at:at+len(pk.words)], pk.words) {
				kind = pk.kind
			}
		}
	}
	if kind == "" {
		return p
	}
	out := p
	out.Units = append([][]string(nil), p.Units...)
	for i, m := range p.Units {
		if len(m) < 2 {
			continue
		}
		var kept []string
		for _, code := range m {
			if u, ok := c.Units[code]; ok && strings.HasPrefix(nlu.Fold(u.Name), kind+" ") {
				kept = append(kept, code)
			}
		}
		if len(kept) == 1 {
			out.Units[i] = kept
		}
	}
	return out
}

// resultsAsked: "kết quả hồ sơ trực tuyến năm 2018", "tóm tắt …" ask for
// what the report says of the topic: a count and its rate both, when the
// count has one.
func resultsAsked(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if len(p.Indicators) != 1 || !(hasWord(p.Words, "ket", "qua") || hasWord(p.Words, "tom", "tat")) ||
		(p.Intent != nlu.IntentValue && p.Intent != nlu.IntentCompare) || p.Op != "" {
		return p
	}
	if rate, ok := percentSibling(c, p.Indicators); ok {
		q := p
		q.Indicators = append(slices.Clone(p.Indicators), rate...)
		return q
	}
	return p
}

// unitsRate: "Can Lộc quý 2 cao hơn Thạch Hà bao nhiêu điểm %" names no
// figure, only units and points of a percentage: the one rate units
// report, when there is exactly one.
func unitsRate(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	points := hasWord(p.Words, "diem", "%") || hasWord(p.Words, "diem", "phan", "tram") ||
		// "tăng bao nhiêu điểm so với quý 1" of a unit: no score of the
		// province's (PCI) is a unit's.
		hasWord(p.Words, "diem") && p.Measure == "change" && !slices.ContainsFunc(p.Units, func(u []string) bool { return slices.Contains(u, nlu.ProvinceCode) })
	if p.Understood() || p.Reason != nlu.ReasonNotUnderstood || len(p.Units) == 0 || !points {
		return p
	}
	var rates []string
	for code, in := range c.Indicators {
		if in.Kind == "percent" && c.Reported[code] {
			rates = append(rates, code)
		}
	}
	if len(rates) != 1 {
		return p
	}
	q := p
	q.Intent, q.Reason, q.Indicators = nlu.IntentValue, "", rates
	switch {
	case len(p.Units) == 1 && (len(p.Periods) >= 2 || len(p.Periods) == 1 && p.Measure == "change"):
		// "Thị xã Kỳ Anh quý 2 tăng bao nhiêu điểm % so với quý 1"
		q.Intent, q.Measure = nlu.IntentCompare, "change"
	case len(p.Units) == 2 && q.Op == "":
		q.Op = "diff"
	}
	return q
}

// countAndRate: "năm 2018 hồ sơ trực tuyến bao nhiêu, tỷ lệ mấy %" asks
// twice, once before the rate's words and once after, and "số lượng + %"
// names both: the count the rate is made of, and the rate.
// shareChecked: a count and its rate both named by the words ("có trang
// thông tin điện tử"), beside a share checked and no number asked ("sở
// ban ngành có trang TTĐT đủ 100% chưa", "… đạt 100% không"): the rate.
func shareChecked(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if len(p.Indicators) != 2 || p.Op != "" || p.Measure != "" && p.Measure != "complement" || asksHowMany(p.Words) || hasWord(p.Words, "so", "luong") || hasWord(p.Words, "tong") {
		return p
	}
	// One number quoted, and it a share ("100%"): nothing else to check.
	at, numbers := slices.Index(p.Words, "%"), 0
	for _, w := range p.Words {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			numbers++
		}
	}
	if at < 1 || numbers != 1 || p.Words[at-1] == "" || p.Words[at-1][0] < '0' || p.Words[at-1][0] > '9' {
		return p
	}
	for i, code := range p.Indicators {
		other := c.Indicators[p.Indicators[1-i]]
		if rate := c.Indicators[code]; rate.Kind == "percent" && other.Kind != "percent" && rate.Topic == other.Topic {
			q := p
			q.Indicators = []string{code}
			return q
		}
	}
	return p
}

func countAndRate(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	// ("số lượng + %", "số lượng và tỷ lệ": both named, the "+" no sum.)
	both := hasWord(p.Words, "so", "luong")
	if len(p.Indicators) != 1 || p.Op != "" && !(p.Op == "sum" && both) || (p.Intent != nlu.IntentValue && p.Intent != nlu.IntentCompare) {
		return p
	}
	rate := c.Indicators[p.Indicators[0]]
	if rate.Kind != "percent" || rate.NumeratorCode == "" {
		return p
	}
	if _, ok := c.Indicators[rate.NumeratorCode]; !ok {
		return p
	}
	at := slices.IndexFunc(p.Words, func(w string) bool { return w == "ty" || w == "%" || w == "phan" })
	if at < 0 {
		return p
	}
	before, after := false, false
	for i, w := range p.Words {
		asks := w == "may" || w == "nhieu" && i > 0 && p.Words[i-1] == "bao"
		before = before || asks && i < at
		after = after || asks && i > at
	}
	if (!before || !after) && !both {
		return p
	}
	q := p
	q.Indicators, q.Op = []string{rate.NumeratorCode, rate.Code}, ""
	return q
}
