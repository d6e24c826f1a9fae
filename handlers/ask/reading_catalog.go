package ask

// Readings the rules leave to the catalog: a project named by its words
// in a money question, a share asked with "%".

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// andRate: "… và tỷ lệ …", "… và đạt tỉ lệ bao nhiêu": a rate asked beside
// the figures named before it.
// rateJoiners join a rate to the count before it, as "và" does.
var rateJoiners = map[string]bool{"voi": true, "lan": true, "kem": true, "vs": true}

// openEnded: "tình hình hồ sơ nộp trực tuyến năm ngoái thế nào", "số liệu
// mới nhất về hồ sơ trực tuyến của Thạch Hà": how a count stands, asked
// of one place with no number asked, is the count and its rate.
func openEnded(p nlu.Parse) bool {
	w := p.Words
	return p.Intent == nlu.IntentValue && len(p.Indicators) == 1 && p.Op == "" && p.Measure == "" && p.Order == "" && len(p.Units) <= 1 &&
		(hasWord(w, "tinh", "hinh") || hasWord(w, "so", "lieu", "moi", "nhat") || hasWord(w, "the", "nao") || hasWord(w, "ra", "sao") ||
			hasWord(w, "rang", "roi") || hasWord(w, "ra", "rang")) && // Nghệ Tĩnh "răng" (sao)
		!hasWord(w, "bao", "nhieu") && !hasWord(w, "may") && !hasWord(w, "bn") && !hasWord(w, "so", "luong")
}

func andRate(words []string) bool {
	if rateRightAfterCount(words) || plusRate(words) || hasWord(words, "so", "luong") && hasWord(words, "so", "tuong", "doi") {
		// ("cả số tương đối và số tuyệt đối": the count and its rate.)
		return true
	}
	and := slices.Index(words, "va")
	if and < 0 {
		// "hồ sơ trực tuyến với tỷ lệ thế nào", "cả số lượng lẫn tỷ lệ",
		// "số hồ sơ nộp trực tuyến + tỷ lệ %"
		and = slices.IndexFunc(words, func(w string) bool { return rateJoiners[w] })
	}
	for i := and + 1; and >= 0 && i+1 < len(words); i++ {
		if words[i] == "ty" && words[i+1] == "le" || words[i] == "phan" && words[i+1] == "tram" {
			return true
		}
	}
	return false
}

// rateJoined: the rate is joined right after the count ("hồ sơ trực
// tuyến với tỷ lệ", "… và tỷ lệ"), not named later in a message that
// has a "và" of its own ("tính cả sở và huyện, … tỷ lệ … thấp nhất").
// rateRightAfterCount: "hồ sơ nộp trực tuyến được bao nhiêu tỉ lệ thế
// nào": a count asked, then right after it its rate.
func rateRightAfterCount(words []string) bool {
	i := slices.Index(words, "ty")
	return i > 2 && i+1 < len(words) && words[i+1] == "le" && words[i-2] == "bao" && words[i-1] == "nhieu"
}

func rateJoined(words []string) bool {
	if rateRightAfterCount(words) || plusRate(words) {
		return true
	}
	for i := 0; i+2 < len(words); i++ {
		j := i + 1
		if j+1 < len(words) && words[j] == "ca" {
			j++ // "với cả tỷ lệ"
		}
		if (words[i] == "va" || rateJoiners[words[i]]) && j+1 < len(words) && words[j] == "ty" && words[j+1] == "le" {
			return true
		}
	}
	return false
}

// rateWithoutParts: "tỉ lệ nộp hồ sơ online": the rate asked, not also the
// counts it is made of, which its words matched too.
func rateWithoutParts(c *catalog.Catalog, p *nlu.Parse) {
	if !asksRate(p.Words) || hasWord(p.Words, "va") || countThenRate(p.Words) {
		// "tỷ lệ … và số hồ sơ …", "số … và tỷ lệ", "có bao nhiêu hồ sơ
		// nộp online, tỷ lệ bao nhiêu": both asked.
		return
	}
	parts := map[string]bool{}
	for _, code := range p.Indicators {
		if in := c.Indicators[code]; in.NumeratorCode != "" {
			parts[in.NumeratorCode], parts[in.DenominatorCode] = true, true
		}
	}
	var kept []string
	for _, code := range p.Indicators {
		if !parts[code] {
			kept = append(kept, code)
		}
	}
	if len(kept) > 0 {
		p.Indicators = kept
	}
}

// rateOverWhole: a rate and its whole "so với tổng số …" ("tỷ lệ hồ sơ
// trực tuyến … đạt ở mức nào so với tổng số hồ sơ tiếp nhận"): the words
// say what the rate is of, not a change, nor the whole asked beside.
func rateOverWhole(c *catalog.Catalog, p *nlu.Parse) {
	if len(p.Periods) > 1 || !hasWord(p.Words, "so", "voi", "tong") && !(p.Op == "share" && hasWord(p.Words, "tren", "tong")) {
		// (Also "tỷ lệ trên tổng số hồ sơ": the rate, said with its whole.)
		return
	}
	for _, code := range p.Indicators {
		in := c.Indicators[code]
		if in.Kind != "percent" || in.DenominatorCode == "" || !slices.Contains(p.Indicators, in.DenominatorCode) {
			continue
		}
		p.Indicators = slices.DeleteFunc(slices.Clone(p.Indicators), func(x string) bool { return x == in.DenominatorCode })
		p.Measure, p.Op = "", ""
		if p.Intent == nlu.IntentCompare {
			p.Intent = nlu.IntentValue
		}
		return
	}
	if p.Op != "share" || len(p.Indicators) != 1 {
		return
	}
	// "nhận bao nhiêu hồ sơ trực tuyến và đạt tỷ lệ bao nhiêu trên tổng
	// số hồ sơ": the count's stored rate (with the count, when asked too),
	// not a share computed from a whole no figure states.
	for _, rate := range c.Indicators {
		if rate.Kind == "percent" && rate.NumeratorCode == p.Indicators[0] && rate.DenominatorCode != "" {
			if countThenRate(p.Words) || hasWord(p.Words, "va", "%") || hasWord(p.Words, "va", "ty", "le") {
				p.Indicators = []string{p.Indicators[0], rate.Code}
			} else {
				p.Indicators = []string{rate.Code}
			}
			p.Op = ""
			return
		}
	}
}

// countThenRate: a count asked ("bao nhiêu hồ sơ") before the rate is.
func countThenRate(words []string) bool {
	count, rate := -1, -1
	for i := 0; i+1 < len(words); i++ {
		if count < 0 && words[i] == "bao" && words[i+1] == "nhieu" && i+2 < len(words) && words[i+2] != "%" && words[i+2] != "phan" {
			count = i
		}
		if rate < 0 && (words[i] == "ty" && words[i+1] == "le" || words[i] == "%") {
			rate = i
		}
	}
	return count >= 0 && rate > count
}

// moneyForProject: "bao nhiêu tiền để làm phóng sự minh bạch" asks a
// project's money; the words that matched indicators ("phóng sự", "minh
// bạch") are the project's name. When the question speaks of money, names
// no money indicator, and one project's name holds more of its words than
// any other's (two at least), it is that project's funding.
// levelWords name kinds and levels of units.
var levelWords = map[string]bool{"cap": true, "tinh": true, "huyen": true, "xa": true, "so": true, "ban": true, "nganh": true, "ubnd": true}

func moneyForProject(c *catalog.Catalog, p *nlu.Parse) {
	need := 2
	switch {
	case !p.Money || len(p.Projects) > 0:
		return
	case p.Intent == nlu.IntentFunding:
		// "sàn giao dịch TMĐT được bố trí bao nhiêu kinh phí": a project's
		// own name, not the programme's totals; more of it must be said.
		need = 3
	case p.Intent != nlu.IntentValue && p.Intent != nlu.IntentCompare:
		return
	}
	for _, code := range p.Indicators {
		if c.Indicators[code].Kind == "money" && p.Intent != nlu.IntentFunding {
			return
		}
	}
	words := map[string]bool{}
	for _, w := range nlu.ContentWords(p.Words) {
		// ("DVC mức 4 phân bố giữa cấp tỉnh và cấp huyện": the levels
		// name no project, though a project's lead holds those words.)
		if !levelWords[w] {
			words[w] = true
		}
	}
	best, bestN, tie := "", 0, false
	for seq, name := range c.ProjectWords {
		n := 0
		for _, w := range name {
			if words[w] {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = seq, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN >= need && !tie {
		p.Intent, p.Projects, p.Indicators = nlu.IntentProject, []string{best}, nil
	}
}

// preferPercent: "bao nhiêu % xã có website" asks the share, not the count,
// when the topic has exactly one percent indicator and none was named.
func preferPercent(c *catalog.Catalog, p *nlu.Parse) {
	if !hasWord(p.Words, "%") && !hasWord(p.Words, "phan", "tram") && !hasWord(p.Words, "ty", "le") || notTheRate(p.Words) {
		return // (nor "số bộ, không phải %": the count)
	}
	if countGrowth(c, p) || growthIndexAsked(p.Words) {
		// (The "%" of "chỉ số phát triển (%)" is the index's, not a rate.)
		return
	}
	if points := hasWord(p.Words, "diem", "%") || hasWord(p.Words, "diem", "phan", "tram"); points && len(p.Indicators) == 2 {
		// "delta điểm % hồ sơ trực tuyến": points of the rate, not the
		// count its words also name.
		for _, code := range p.Indicators {
			if in := c.Indicators[code]; in.Kind == "percent" && slices.Contains(p.Indicators, in.NumeratorCode) {
				p.Indicators = []string{code}
				return
			}
		}
	}
	for _, code := range p.Indicators {
		if c.Indicators[code].Kind == "percent" {
			return
		}
	}
	both := hasWord(p.Words, "va", "%") || hasWord(p.Words, "va", "ty", "le") || hasWord(p.Words, "va", "phan", "tram")
	for i, code := range p.Indicators {
		var only string
		n := 0
		for _, in := range c.Indicators {
			if in.Topic == c.Indicators[code].Topic && in.Kind == "percent" {
				only, n = in.Code, n+1
			}
		}
		if n == 1 && both {
			// "số hồ sơ … và % trên tổng": the count and its rate.
			p.Indicators = append(p.Indicators, only)
			return
		}
		if n == 1 {
			p.Indicators[i] = only
		}
	}
}

// bothChannels: a whole and its online part named together with the
// other channel ("tổng cộng bao nhiêu hồ sơ TTHC (cả trực tiếp lẫn trực
// tuyến)"): the whole, of both channels, not the online part beside it.
func bothChannels(c *catalog.Catalog, p *nlu.Parse) {
	if !hasWord(p.Words, "truc", "tiep") && !hasWord(p.Words, "nop", "giay") && !hasWord(p.Words, "ban", "giay") || len(p.Indicators) != 2 {
		return
	}
	for _, code := range p.Indicators {
		if in := c.Indicators[code]; in.Kind == "percent" && in.NumeratorCode != "" {
			return
		}
	}
	for _, whole := range p.Indicators {
		for _, part := range p.Indicators {
			if rateOf(c, part, whole) {
				p.Indicators = []string{whole}
				return
			}
		}
	}
}

// rateOf: a rate of part over whole is stored.
func rateOf(c *catalog.Catalog, part, whole string) bool {
	for _, in := range c.Indicators {
		if in.Kind == "percent" && in.NumeratorCode == part && in.DenominatorCode == whole {
			return true
		}
	}
	return false
}

// countGrowth: "Số hồ sơ trực tuyến … tăng thêm mấy phần trăm so với quý
// 1" asks the count's growth in percent, not its rate's change in points
// ("phần trăm" and "hồ sơ" also name the rate): the count, whose
// relative change the comparison gives.
func countGrowth(c *catalog.Catalog, p *nlu.Parse) bool {
	if p.Measure != "change" || len(p.Words) == 0 || hasWord(p.Words, "ty", "le") || len(p.Indicators) != 1 ||
		hasWord(p.Words, "diem", "%") || hasWord(p.Words, "diem", "phan", "tram") {
		// ("tăng bao nhiêu điểm phần trăm hồ sơ trực tuyến": points, of
		// the rate.)
		return false
	}
	if in := c.Indicators[p.Indicators[0]]; p.Words[0] != "so" && !hasWord(p.Words, "so", "ho", "so") && !hasWord(p.Words, "toc", "do", "tang") && !hasWord(p.Words, "tang", "truong") &&
		!hasWord(p.Words, in.Code) && (in.NumeratorCode == "" || !hasWord(p.Words, in.NumeratorCode)) && !changeInPercent(p.Words) {
		// Neither "số …" first, "số hồ sơ", "tốc độ tăng" or "tăng
		// trưởng" ("tính theo tốc độ tăng trưởng, số hồ sơ …") nor the
		// count named by its
		// code ("Can Lộc: hstt quý 2 tăng bao nhiêu %").
		return false
	}
	if num := c.Indicators[p.Indicators[0]].NumeratorCode; c.Indicators[p.Indicators[0]].Kind == "percent" && num != "" {
		p.Indicators = []string{num}
	}
	return true
}

// ownWhole: the whole a part is asked of is the unit's own, named after
// it ("chiếm mấy % tổng hồ sơ của thành phố"), not of many units ("Thạch
// Hà chiếm mấy % tổng hồ sơ tiếp nhận của các đơn vị đã nộp").
func ownWhole(p nlu.Parse) bool {
	at := slices.Index(p.Words, "tong")
	return at >= 0 && slices.ContainsFunc(p.UnitSpans, func(sp [2]int) bool { return sp[0] > at })
}

// namesOwnPart: the words name the part a rate counts beside its whole
// (two words of the part's name in a row the whole's name lacks: "nộp
// trực tuyến" of online files, not the "nộp" of "đơn vị đã nộp").
func namesOwnPart(words []string, part, whole string) bool {
	p, w := nlu.Normalize(part).Tokens, nlu.Fold(whole)
	for i := 0; i+1 < len(p); i++ {
		if pair := p[i] + " " + p[i+1]; !strings.Contains(w, pair) && hasWord(words, p[i], p[i+1]) {
			return true
		}
	}
	return false
}

// changeInPercent: the per cent is the change's measure, said right after
// it ("hồ sơ trực tuyến quý 2 tăng bao nhiêu phần trăm", "giảm mấy %"),
// not the rate's name.
func changeInPercent(words []string) bool {
	for i, w := range words {
		if w != "tang" && w != "giam" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			switch words[k] {
			case "bao", "nhieu", "may", "bn", "them", "duoc", "len", "xuong":
				continue
			case "%", "phan":
				return words[k] == "%" || k+1 < len(words) && words[k+1] == "tram"
			}
			break
		}
	}
	return false
}

// rankIsTheFigure: "xếp hạng PCI năm 2017 và 2018" asks the province's
// place (a figure that is itself a rank), not the units ranked by it.
func rankIsTheFigure(c *catalog.Catalog, p *nlu.Parse) {
	if p.Intent != nlu.IntentRanking || len(p.Indicators) == 0 {
		return
	}
	for _, code := range p.Indicators {
		if c.Indicators[code].Kind != "rank" || c.Reported[code] {
			return
		}
	}
	p.Order, p.Top, p.Intent = "", 0, nlu.IntentValue
	if len(p.Periods) >= 2 {
		p.Intent = nlu.IntentCompare
	}
}

// shareOfCounts: "HS trực tuyến của Can Lộc chiếm bao nhiêu % tổng HS
// trực tuyến …" asks a count's part of a whole, not the unit's rate: the
// rate whose count is named too gives way to it.
func shareOfCounts(c *catalog.Catalog, p *nlu.Parse) {
	if p.Op != "share" || len(p.Units) != 1 {
		return
	}
	var kept []string
	for _, code := range p.Indicators {
		// (And the rate whose whole is named: "Thạch Hà chiếm mấy % tổng
		// hồ sơ tiếp nhận", the files received, not its files online.)
		if in := c.Indicators[code]; in.NumeratorCode != "" && slices.Contains(p.Indicators, in.NumeratorCode) ||
			in.Kind == "percent" && in.DenominatorCode != "" && slices.Contains(p.Indicators, in.DenominatorCode) && !ownWhole(*p) &&
				!namesOwnPart(p.Words, c.Indicators[in.NumeratorCode].Name, c.Indicators[in.DenominatorCode].Name) {
			continue
		}
		kept = append(kept, code)
	}
	if len(kept) == 2 && (p.Level != "" || hasWord(p.Words, "toan", "tinh")) {
		// "TX Kỳ Anh chiếm bao nhiêu % trong tổng hs trực tuyến của khối
		// huyện": the unit's online files over the level's, not its rate
		// beside the files received ("tổng hồ sơ").
		for i, code := range kept {
			if in := c.Indicators[code]; in.Kind == "percent" && in.DenominatorCode == kept[1-i] && in.NumeratorCode != "" &&
				namesOwnPart(p.Words, c.Indicators[in.NumeratorCode].Name, c.Indicators[in.DenominatorCode].Name) {
				kept = []string{in.NumeratorCode}
				break
			}
		}
	}
	p.Indicators = kept
	if len(kept) == 1 && c.Indicators[kept[0]].Kind == "percent" && c.Indicators[kept[0]].NumeratorCode != "" && hasWord(p.Words, "tren", "tong") &&
		!hasWord(p.Words, "toan", "tinh") && !hasWord(p.Words, "ca", "tinh") {
		// "Sở Nội vụ Q1/2019 tỷ lệ hstt trên tổng": the unit's own rate,
		// which is already over its total; not its part of the province.
		p.Op = ""
	}
	if len(kept) == 1 && hasWord(p.Words, "tren", "tong", "so") && !hasWord(p.Words, "toan", "tinh") && !hasWord(p.Words, "ca", "tinh") &&
		!slices.ContainsFunc(p.Words, func(w string) bool { return w == "%" || w == "ty" || w == "phan" }) {
		// "Sở Tài chính quý 2 nhận bao nhiêu hồ sơ trực tuyến trên tổng
		// số": the count out of the unit's own total, which its rate
		// states (96/1.120), not its part of the province.
		var rates []string
		for code, in := range c.Indicators {
			if in.NumeratorCode == kept[0] && in.Kind == "percent" && c.Reported[code] {
				rates = append(rates, code)
			}
		}
		if len(rates) == 1 {
			p.Indicators, p.Op = rates, ""
		}
	}
}

// hasTarget: a target or plan is stored for one of the indicators.
func hasTarget(c *catalog.Catalog, codes []string) bool {
	for key := range c.Targets {
		if slices.Contains(codes, c.IndicatorCodes[key.IndicatorID]) {
			return true
		}
	}
	return false
}

// targetByWords: "DN còn thiếu bao nhiêu điểm % để đạt kế hoạch năm 2019"
// names a target or plan and, by words of its name alone, one figure that
// has one ("doanh nghiệp": the share of businesses trained): that figure.
func targetByWords(c *catalog.Catalog, p *nlu.Parse) {
	if p.Understood() || p.Reason != nlu.ReasonNotUnderstood || (p.Measure != "target" && p.Measure != "plan") {
		return
	}
	words := nlu.ContentWords(p.Words)
	best, bestN, tie := "", 0, false
	for key := range c.Targets {
		ind := c.Indicators[c.IndicatorCodes[key.IndicatorID]]
		name := nlu.Normalize(ind.Name).Tokens
		n := 0
		for _, w := range words {
			if slices.Contains(name, w) && !nlu.IsFiller(w) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = ind.Code, n, false
		case n == bestN && ind.Code != best:
			tie = true
		}
	}
	if (bestN >= 2 || bestN == 1 && (slices.Contains(p.Words, "%") || hasWord(p.Words, "phan", "tram"))) && !tie {
		// (One word is enough beside a percent: "dự kiến đạt bao nhiêu %
		// cấp xã".)
		p.Indicators, p.Intent, p.Reason = []string{best}, nlu.IntentTarget, ""
	}
}

// countOfBodies reads whether the message asks a number of bodies, and
// then names the count of the rate asked ("còn bao nhiêu xã chưa có" after
// "tỷ lệ xã có trang TTĐT": the communes, 262 − 221), when its topic has
// one that counts bodies.
func countOfBodies(c *catalog.Catalog, p *nlu.Parse, words []string) {
	p.CountsBodies = asksOrgCount(words) && !asksRate(words)
	if !p.CountsBodies {
		return
	}
	noun := bodyAsked(words)
	for i, code := range p.Indicators {
		in := c.Indicators[code]
		if in.Kind != "percent" {
			continue
		}
		for _, other := range c.Indicators {
			if other.Topic != in.Topic || !countsBodies(figureOf{ind: other}) || slices.Contains(p.Indicators, other.Code) {
				continue
			}
			// The bodies counted are those asked: named in the count's
			// name or unit, or communes asked at the communes' level.
			name := nlu.Normalize(other.Name + " " + other.UnitLabel).Folded
			if strings.Contains(" "+name+" ", " "+noun+" ") || noun == "xa" && p.Level == "commune" {
				p.Indicators[i] = other.Code
				break
			}
		}
	}
}

// bodyAsked is the noun of the bodies a message counts ("doanh nghiep",
// "xa"), or "".
func bodyAsked(words []string) string {
	for _, noun := range orgNouns {
		if hasWord(words, noun...) {
			return strings.Join(noun, " ")
		}
	}
	return ""
}

// plusRate: "số hồ sơ nộp trực tuyến + tỷ lệ %", the "+" read as "cộng
// lại" right before the rate.
func plusRate(words []string) bool {
	for i := 1; i+3 < len(words); i++ {
		if words[i] == "cong" && words[i+1] == "lai" && words[i+2] == "ty" && words[i+3] == "le" {
			return true
		}
	}
	return false
}

// onlineCountNamed: "2018 tổng hồ sơ online với tỷ lệ" reads the rate
// from "online" and leaves "tổng hồ sơ", the files received; the count
// asked beside a rate of online files is of those online (the rate's
// numerator), which the words name.
func onlineCountNamed(c *catalog.Catalog, p *nlu.Parse) {
	if !hasWord(p.Words, "ho", "so", "online") && !hasWord(p.Words, "ho", "so", "truc", "tuyen") {
		return
	}
	for _, code := range p.Indicators {
		in := c.Indicators[code]
		if in.Kind != "percent" || in.NumeratorCode == "" || slices.Contains(p.Indicators, in.NumeratorCode) {
			continue
		}
		if i := slices.Index(p.Indicators, in.DenominatorCode); i >= 0 {
			p.Indicators = slices.Clone(p.Indicators)
			p.Indicators[i] = in.NumeratorCode
		}
	}
}

// partWithoutWhole: "quý 1 các sở nộp trực tuyến tổng bao nhiêu hồ sơ"
// reads the files received (the rate's whole) from "tổng … hồ sơ" beside
// the online files (its part); "tổng" there adds, and the files counted
// are the online ones. The whole stays when it is named: "(tiếp) nhận",
// "trên tổng bao nhiêu", "tổng hstong".
func partWithoutWhole(c *catalog.Catalog, p *nlu.Parse) {
	if len(p.Indicators) != 2 || p.Op != "sum" || !hasWord(p.Words, "tong", "bao", "nhieu", "ho", "so") && !hasWord(p.Words, "tong", "may", "ho", "so") ||
		hasWord(p.Words, "nhan") || andRate(p.Words) || asksTwice(p.Words) {
		// ("bn hồ sơ trực tuyến và tổng bn hồ sơ": each asked.)
		return
	}
	for _, in := range c.Indicators {
		if in.Kind != "percent" || in.NumeratorCode == "" || in.DenominatorCode == "" {
			continue
		}
		if slices.Contains(p.Indicators, in.NumeratorCode) && slices.Contains(p.Indicators, in.DenominatorCode) {
			p.Indicators = []string{in.NumeratorCode}
			return
		}
	}
}

// asksTwice: two how-many words ("bao nhiêu", "mấy") in one question.
func asksTwice(words []string) bool {
	n := 0
	for i, w := range words {
		if w == "may" || w == "nhieu" && i > 0 && words[i-1] == "bao" {
			n++
		}
	}
	return n >= 2
}

// servicesRate reads "tỉ lệ DVC" of a unit or a period, which no count of
// services has, as the one rate of their use the reports give: the share
// of files sent online, which the reply names ("Tỷ lệ hồ sơ nộp trực
// tuyến …"), so the reading shows. A level named ("tỷ lệ DVC mức 4 trên
// tổng số") or a whole ("trên", "so với", "chiếm") keeps the services.
func servicesRate(p *nlu.Parse, words []string) {
	if !hasWord(words, "ty", "le", "dich", "vu", "cong") || hasWord(words, "muc") || hasWord(words, "tren") || hasWord(words, "chiem") ||
		hasWord(words, "so", "voi", "tong") || len(p.Indicators) == 0 {
		return
	}
	for _, code := range p.Indicators {
		if code != "dvc3" && code != "dvc4" {
			return
		}
	}
	p.Indicators = []string{"hstt_share"}
}
