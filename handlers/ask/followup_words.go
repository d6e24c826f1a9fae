package ask

// The words of a follow-up: what it names, and what of the question
// before it carries over.

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// addsFundingPart: "cộng cả nguồn lồng ghép nữa", "cộng cả phần còn
// thiếu?" after the programme's money: a part added to the parts before.
func addsFundingPart(prev, p nlu.Parse) bool {
	return p.Op == "sum" && p.Intent == nlu.IntentFunding && prev.Intent == nlu.IntentFunding && len(p.Projects) == 0 && addsPart(p.Words)
}

// addsPart: "cộng cả …", "… nữa", "cộng với …", "cộng thêm …":
// something added to what was asked.
func addsPart(words []string) bool {
	return hasWord(words, "cong") && (hasWord(words, "ca") || hasWord(words, "nua")) ||
		hasWord(words, "cong", "voi") || hasWord(words, "cong", "them")
}

// fundingPartsOnly: the message names funding totals (a source, the
// proposal) and nothing else: no project, unit or other figure.
func fundingPartsOnly(p nlu.Parse) bool {
	if p.Intent != nlu.IntentFunding || len(p.Projects) > 0 || len(p.Units) > 0 || len(p.Indicators) == 0 {
		return false
	}
	if hasWord(p.Words, "tong", "so") || hasWord(p.Words, "toan", "bo") {
		// "tổng số kinh phí còn thiếu theo báo cáo": the programme's total
		// of the part, not the project's.
		return false
	}
	for _, code := range p.Indicators {
		if !strings.HasPrefix(code, "funding_") {
			return false
		}
	}
	return true
}

// onlyPercentWords: the message says "tỷ lệ", "phần trăm" or "%" and
// nothing else that names a figure.
func onlyPercentWords(words []string) bool {
	content := nlu.ContentWords(words)
	return len(withoutPercentWords(content)) == 0 && (len(content) > 0 || slices.Contains(words, "%"))
}

// withoutPercentWords drops the words that ask a figure as a share ("tỷ
// lệ", "tính ra phần trăm", "tương ứng", "tương đương") and those of a
// follow-up.
func withoutPercentWords(words []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool {
		switch w {
		case "ty", "le", "phan", "tram", "%", "tinh", "ra", "thi", "sao", "con", "tuong", "ung", "duong":
			return true
		}
		return false
	})
}

// shortMessage: a fragment with no question word, or two content words
// ("doanh nghiệp?", "trực tuyến bao nhiêu").
func shortMessage(p nlu.Parse) bool {
	return nlu.IsFragment(p.Words) || len(nlu.ContentWords(p.Words)) <= 2
}

// namesItself: the words are all of the figure asked before ("dịch vụ"
// after the DVC mức 4 added).
func namesItself(c *catalog.Catalog, codes, words []string) bool {
	return len(codes) == 1 && allWordsIn(" "+nlu.Normalize(c.Indicators[codes[0]].Name).Folded+" ", words)
}

// namesSibling: a short how-many question of words no figure explains
// alone ("bao nhiêu doanh nghiệp là thành viên"), no measure nor
// arithmetic asked: it may name another figure of the same topic.
func namesSibling(p nlu.Parse) bool {
	return p.Measure == "" && p.Op == "" && len(p.Leftover) >= 2 && len(nlu.ContentWords(p.Words)) <= 4 &&
		(hasWord(p.Words, "bao", "nhieu") || slices.Contains(p.Words, "may"))
}

// namesUnit: the question was about one unit, not the province or a level.
func namesUnit(p nlu.Parse) bool {
	return len(p.Units) > 0 && !(len(p.Units[0]) == 1 && p.Units[0][0] == nlu.ProvinceCode)
}

// moneyIntent: intents about the programme's funding.
func moneyIntent(intent string) bool {
	return intent == nlu.IntentFunding || intent == nlu.IntentProject || intent == nlu.IntentProjects
}

// siblingByWords finds, for a question's indicator, the one indicator of
// its topic whose name holds the words a follow-up names ("doanh nghiệp"
// after "tỷ lệ cấp xã được đào tạo": "tỷ lệ doanh nghiệp được đào tạo").
// Of several, the one whose name shares most words with the first.
func siblingByWords(c *catalog.Catalog, codes []string, words []string) ([]string, bool) {
	if len(codes) != 1 {
		return nil, false
	}
	prev := c.Indicators[codes[0]]
	prevWords := slices.Compact(slices.Sorted(slices.Values(strings.Fields(nlu.Normalize(prev.Name).Folded))))
	best, bestShared, tie := "", -1, false
	for code, in := range c.Indicators {
		name := nlu.Normalize(in.Name).Folded
		if code == prev.Code || in.Topic != prev.Topic || !allWordsIn(" "+name+" ", words) {
			continue
		}
		// The words it shares with the figure before, and the same kind
		// of figure (a count after a count) as the tie-breaker.
		shared := 0
		for _, w := range prevWords {
			if strings.Contains(" "+name+" ", " "+w+" ") {
				shared += 2
			}
		}
		if in.Kind == prev.Kind {
			shared++
		}
		switch {
		case shared > bestShared:
			best, bestShared, tie = code, shared, false
		case shared == bestShared:
			tie = true
		}
	}
	if best == "" || tie {
		return nil, false
	}
	return []string{best}, true
}

func carriesPlace(intent string) bool {
	return intent == nlu.IntentValue || intent == nlu.IntentTarget || intent == nlu.IntentCompare
}

func carriesPeriod(intent string) bool {
	return intent == nlu.IntentValue || intent == nlu.IntentRanking || intent == nlu.IntentReporting
}

func slotSet(p nlu.Parse, slot string) bool {
	switch slot {
	case "indicators":
		return len(p.Indicators) > 0 || len(p.Projects) > 0
	case "units":
		return len(p.Units) > 0 || p.Level != ""
	case "periods":
		return len(p.Periods) > 0
	case "measure":
		return p.Measure != ""
	}
	return false
}

// reportedByUnits: figures units report on the quarterly form, which a
// level can be ranked by.
func reportedByUnits(c *catalog.Catalog, codes []string) bool {
	for _, code := range codes {
		if !c.Reported[code] {
			return false
		}
	}
	return len(codes) > 0
}

// namesFundingPart: "thiếu bao nhiêu", "lồng ghép?", "đề xuất thêm?": a part
// of the funding named by its own words.
func namesFundingPart(words []string) bool {
	for _, cues := range fundingCues {
		for _, cue := range cues {
			if hasWord(words, strings.Fields(cue)...) {
				return true
			}
		}
	}
	return hasWord(words, "thieu")
}

// bareServices: "DVC" named with no level ("tăng mấy DVC?"), read as
// both levels.
func bareServices(p nlu.Parse, original string) bool {
	return len(p.Indicators) == 2 && slices.Contains(p.Indicators, "dvc3") && slices.Contains(p.Indicators, "dvc4") &&
		!strings.Contains(nlu.Fold(original), "muc")
}

// subsetOf: every one of some is in all (and some is not empty).
func subsetOf(some, all []string) bool {
	for _, s := range some {
		if !slices.Contains(all, s) {
			return false
		}
	}
	return len(some) > 0
}

// sameTopic: every figure asked is of a topic of the figures asked before
// ("bao nhiêu người tham gia?" after the communes Can Lộc trained in 2018).
func sameTopic(c *catalog.Catalog, now, before []string) bool {
	topics := map[string]bool{}
	for _, code := range before {
		topics[c.Indicators[code].Topic] = true
	}
	for _, code := range now {
		if !topics[c.Indicators[code].Topic] {
			return false
		}
	}
	return len(now) > 0
}

// goesOn: words that carry on from the question before ("quý 2 thì …",
// "tính ra tỷ lệ …", "vậy …", "rứa …").
func goesOn(words []string) bool {
	if slices.Contains(words, "thi") {
		return true
	}
	return len(words) > 1 && (words[0] == "vay" || words[0] == "rua" || words[0] == "tinh" && words[1] == "ra")
}

// countedAsBefore: the words left over are what the figures asked before
// count ("vượt bao nhiêu dịch vụ" after the services added): the same
// figures, not a new question the rules missed.
func countedAsBefore(c *catalog.Catalog, codes, leftover []string) bool {
	said := strings.Join(leftover, " ")
	for _, code := range codes {
		if label := nlu.Normalize(c.Indicators[code].UnitLabel).Folded; label != "" && said == label {
			return true
		}
	}
	return false
}

// namesAgency: the question asked of one provincial agency.
func namesAgency(c *catalog.Catalog, p nlu.Parse) bool {
	return len(p.Units) == 1 && len(p.Units[0]) == 1 && c.Units[p.Units[0][0]].Level == "agency"
}

// asksTheCount: the message asks the figure before as a number and says
// nothing else ("số lượng cụ thể?", "con số tuyệt đối?", "cụ thể là bao
// nhiêu?").
func asksTheCount(words []string) bool {
	content := slices.DeleteFunc(slices.Clone(nlu.WithoutPoliteEnd(words)), func(w string) bool {
		switch w {
		case "so", "luong", "con", "cu", "the", "tuyet", "doi", "bao", "nhieu", "la", "thi", "sao", "vay", "?":
			return true
		}
		return false
	})
	return len(content) == 0 && (hasWord(words, "so", "luong") || hasWord(words, "cu", "the") || hasWord(words, "tuyet", "doi"))
}

// withoutLevelWords drops the words that name a level of units ("cấp
// huyện", "các xã").
func withoutLevelWords(words []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool {
		switch w {
		case "cap", "huyen", "xa", "tinh", "so", "nganh", "cac":
			return true
		}
		return false
	})
}

// asksOnlyFigureOf: asksOnlyFigure, or so but for the thing the figures
// count ("được bao nhiêu dịch vụ" after a ranking of services).
func asksOnlyFigureOf(c *catalog.Catalog, codes, words []string) bool {
	if asksOnlyFigure(words) {
		return true
	}
	for _, code := range codes {
		in, ok := c.Indicators[code]
		if !ok || in.UnitLabel == "" {
			continue
		}
		label := strings.Fields(nlu.Fold(in.UnitLabel))
		for i := 0; i+len(label) <= len(words); i++ {
			if slices.Equal(words[i:i+len(label)], label) && asksOnlyFigure(slices.Concat(words[:i], words[i+len(label):])) {
				return true
			}
		}
	}
	return false
}

// asksOnlyFigure: the message asks the figure and says nothing else ("được
// bao nhiêu", "mấy cái", "con số cụ thể?"): after a ranking that named one
// unit, that unit's figure.
func asksOnlyFigure(words []string) bool {
	asked := false
	for _, w := range nlu.WithoutPoliteEnd(words) {
		switch w {
		case "bao", "nhieu", "may", "bn":
			asked = true
		case "cu", "the":
			asked = asked || hasWord(words, "cu", "the")
		case "duoc", "co", "la", "con", "so", "cai", "thi", "vay", "lieu", "chinh", "xac":
		default:
			return false
		}
	}
	return asked
}
