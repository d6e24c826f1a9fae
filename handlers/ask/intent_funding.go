package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// fundingRows maps each stated funding total to the appendix column that
// should add up to it.
var fundingRows = map[string]string{
	"funding_nq22":    "nq22",
	"funding_other":   "other",
	"funding_missing": "proposed",
}

// funding answers the programme's stated funding totals, and says so when
// the appendix rows do not add up to them.
func (r *reader) funding(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if ans, named, err := r.recipientFunding(ctx, p); named || err != nil {
		// A unit's funding is its lines, or not stored: never the totals.
		return ans, err
	}
	if (p.Level == "district" || p.Level == "commune") && len(p.Units) == 0 {
		// "mỗi huyện được phân bổ bao nhiêu từ nguồn NQ 22": the totals
		// are the province's; no level's share of them is stored.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgFundingNoLevel, r.cat.LevelPhrase(p.Level))}, nil
	}
	// "đã cấp bao nhiêu, lồng ghép bao nhiêu, còn thiếu bao nhiêu": the
	// parts named by their words; otherwise the totals the aliases found.
	var codes []string
	for code, cues := range fundingCues {
		for _, cue := range cues {
			if hasWord(p.Words, strings.Fields(cue)...) && !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
	}
	if listsArranged(p.Words) && !slices.Contains(codes, "funding_nq22") {
		// "NQ 22: bố trí, lồng ghép, còn thiếu mỗi khoản bn": the money
		// arranged, listed as a part.
		codes = append(codes, "funding_nq22")
	}
	if bothSources(p.Words) {
		// "cả hai nguồn", "cơ cấu nguồn vốn": what was allotted, from the
		// resolution and from other sources.
		for _, code := range []string{"funding_nq22", "funding_other"} {
			if !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
		if p.Op == "" {
			p.Op = "sum"
		}
	}
	if len(codes) == 0 && len(p.Indicators) == 0 && hasWord(p.Words, "nghi", "quyet", "22") {
		// "năm 2019 NQ 22 cấp bao nhiêu tiền": the resolution's own
		// source, no other part named.
		codes = []string{"funding_nq22"}
	}
	for _, code := range p.Indicators {
		// "cả nguồn NQ22 và lồng ghép": the totals the aliases found join
		// the parts the cues named. Beside "thiếu vốn", "NQ 22" names the
		// programme, not its allocated total.
		// "Bố trí đủ phần còn thiếu thì nguồn NQ22 tổng cộng lên bao
		// nhiêu": the NQ 22 source itself, added to the shortfall.
		ownSource := p.Op == "sum" && hasWord(p.Words, "nguon", "nghi", "quyet")
		if !slices.Contains(codes, code) && !(code == "funding_nq22" && slices.Contains(codes, "funding_missing") && !ownSource) {
			codes = append(codes, code)
		}
	}
	namedParts := 0
	for _, code := range codes {
		if slices.ContainsFunc(fundingCues[code], func(cue string) bool { return hasWord(p.Words, strings.Fields(cue)...) }) {
			namedParts++
		}
	}
	if hasWord(p.Words, "tinh", "hinh") || len(codes) == 0 || asksEveryPart(p.Words) && len(codes) < 2 ||
		hasWord(p.Words, "nhu", "cau") && (p.Op == "sum" || hasWord(p.Words, "tong")) && namedParts < 2 {
		// ("đã bố trí theo NQ22 cộng với phần còn thiếu thì tổng nhu cầu":
		// the two parts named, added.)
		// "tổng nhu cầu (cộng cả phần còn thiếu)", "gồm những phần nào":
		// every part, and their sum; "gồm cả bố trí và lồng ghép" names
		// its parts.
		codes = []string{"funding_nq22", "funding_other", "funding_missing"}
		if hasWord(p.Words, "nhu", "cau") && p.Op != "share" {
			// ("phần còn thiếu chiếm mấy % tổng nhu cầu": its share of
			// the sum, below.)
			p.Op = "sum"
		}
	}
	order := map[string]int{"funding_nq22": 0, "funding_other": 1, "funding_missing": 2}
	sort.SliceStable(codes, func(i, j int) bool { return order[codes[i]] < order[codes[j]] })
	projects, err := r.data.Projects(ctx)
	if err != nil {
		return Answer{}, err
	}
	if years := askedYears(p); len(years) == 2 && (p.Op == "sum" || p.Op == "diff" || p.Measure == "change") {
		if ans, ok, err := r.fundingOfYears(ctx, p, codes, projects, years); ok || err != nil {
			return ans, err
		}
	}
	if year, ok := askedYear(p); ok {
		// "tổng nguồn lồng ghép năm 2018": the appendix lines of that
		// year, by source; the stated totals are of no one year.
		if ans, ok, err := r.fundingOfYear(ctx, codes, projects, year, eachProjectAsked(p)); ok || err != nil {
			return ans, err
		}
	}
	sums := map[string]float64{}
	for _, pr := range projects {
		sums["nq22"] += pr.NQ22Amount
		sums["other"] += pr.OtherAmount
		sums["proposed"] += pr.Proposed.Float64
	}
	n := vi.NewNumbers()
	var out sentences
	var found []figureOf
	per := firstPeriod(p)
	for _, code := range codes {
		ind, ok := c.Indicators[code]
		if !ok {
			continue
		}
		// The stated totals are of one date: a year named is that
		// date's, or none ("bố trí năm 2021": not stored); a year the
		// total's own name holds ("… cần bố trí thực hiện trong năm 2020")
		// is what it is for, not when.
		at := per
		if per != nil && per.Kind == nlu.PeriodYear && strings.Contains(ind.Name, per.Label) {
			at = nil
		}
		l, _, err := r.locate(ctx, ind, []string{nlu.ProvinceCode}, "", at)
		if err != nil {
			return Answer{}, err
		}
		if !l.found {
			out.none(noData(c, ind, l, nil))
			continue
		}
		line := nearestNote(l, at) + fmt.Sprintf(msgFundingStated, vi.Capitalise(ind.Name), l.pt.period.Label, n.Figure(l.pt.value, ind.Kind, ind.UnitLabel))
		if col, ok := fundingRows[code]; ok && len(projects) > 0 && sums[col] != l.pt.value {
			line += fmt.Sprintf(msgFundingRows, n.Figure(sums[col], ind.Kind, ind.UnitLabel))
		}
		out.figure(l, line)
		found = append(found, figureOf{ind, l})
	}
	// "tổng … cả nguồn NQ22 và lồng ghép", "bố trí nhiều hơn lồng ghép bao
	// nhiêu": the arithmetic over the totals named, as for any figures.
	if p.Op == "" && hasWord(p.Words, "ca") {
		p.Op = "sum"
	}
	if line, ok, err := r.shareOfAllotted(ctx, p, found); err != nil {
		return Answer{}, err
	} else if ok {
		out.none(line)
		return out.answer(), nil
	}
	lines, ok := arithmetic(n, c, p, found)
	if !ok && len(found) > 0 {
		return opNotDone(p, out), nil
	}
	for _, line := range lines {
		out.none(line)
	}
	return out.answer(), nil
}

// bothSources: "cả hai nguồn", "hai nguồn cộng lại", "cơ cấu nguồn vốn",
// "NQ22 + lồng ghép".
func bothSources(words []string) bool {
	if hasWord(words, "hai", "nguon") || hasWord(words, "2", "nguon") || hasWord(words, "co", "cau", "nguon") {
		return true
	}
	nq, other := slices.Index(words, "nghi"), slices.Index(words, "long")
	if nq < 0 || other < 0 || !hasWord(words[nq:], "nghi", "quyet") || !hasWord(words[other:], "long", "ghep") {
		return false
	}
	if other < nq {
		// "lồng ghép … cộng với tiền NQ22": added (not "lồng ghép và còn
		// thiếu của NQ 22", two parts of the resolution's money).
		between := words[other+2 : nq]
		return slices.Contains(between, "cong") && !slices.Contains(between, "thieu")
	}
	between := words[nq+2 : other]
	// ("NQ22 cộng lồng ghép tổng đã có bao nhiêu tiền": added.)
	return slices.Contains(between, "cong") || slices.Contains(between, "va") || slices.Contains(between, "lan") || slices.Contains(between, "voi")
}

// shareOfAllotted: "nguồn NQ 22 chiếm bao nhiêu % trong tổng kinh phí đã
// cấp", "lồng ghép chiếm tỷ trọng bao nhiêu": one source's part of what
// was allotted from both, the resolution's and the others'. ok is false
// unless one of the two is asked as a share.
func (r *reader) shareOfAllotted(ctx context.Context, p nlu.Parse, found []figureOf) (string, bool, error) {
	if p.Op == "share" && len(found) == 2 && (hasWord(p.Words, "co", "cau") || strings.Count(" "+strings.Join(p.Words, " ")+" ", " chiem ") > 1) {
		// "cơ cấu nguồn: NQ22 chiếm bao nhiêu %, lồng ghép chiếm bao
		// nhiêu %": each part's share of the two together.
		whole := found[0].l.pt.value + found[1].l.pt.value
		if whole == 0 {
			return "", false, nil
		}
		n := vi.NewNumbers()
		lines := make([]string, len(found))
		for i, f := range found {
			lines[i] = fmt.Sprintf(msgFundingShare, vi.Capitalise(f.ind.Name), n.Num(math.Round(f.l.pt.value/whole*10000)/100), n.Figure(whole, "money", ""))
		}
		return strings.Join(lines, " "), true, nil
	}
	if p.Op == "share" && len(found) > 2 && hasWord(p.Words, "tong") {
		// "kinh phí còn thiếu chiếm mấy % tổng nhu cầu (đã bố trí + lồng
		// ghép + còn thiếu)": the one named first over all those named.
		part := found[0]
		for _, f := range found {
			if namedFirst(p.Words, f.ind.Code, part.ind.Code) {
				part = f
			}
		}
		// The money still missing is no part of what was allotted ("phần
		// còn thiếu bằng bao nhiêu % tổng kinh phí đã có của cả 2 nguồn"):
		// it is set against the others; of the whole need only when the
		// need is named.
		need := hasWord(p.Words, "nhu", "cau")
		var whole float64
		for _, f := range found {
			if f.ind.Code != part.ind.Code || part.ind.Code != "funding_missing" || need {
				whole += f.l.pt.value
			}
		}
		if whole == 0 {
			return "", false, nil
		}
		n := vi.NewNumbers()
		msg := msgFundingShare
		if part.ind.Code == "funding_missing" {
			msg = msgMissingShare
			if need {
				msg = msgNeedShare
			}
		}
		return fmt.Sprintf(msg, vi.Capitalise(part.ind.Name), n.Num(math.Round(part.l.pt.value/whole*10000)/100),
			n.Figure(whole, "money", "")), true, nil
	}
	if p.Op != "share" || len(found) == 0 || len(found) > 2 || len(found) == 2 && !hasWord(p.Words, "tong") {
		// ("lồng ghép bằng bao nhiêu % kinh phí NQ22": one set against
		// the other, not against their total.)
		return "", false, nil
	}
	part := found[0]
	if len(found) == 2 && namedFirst(p.Words, found[1].ind.Code, found[0].ind.Code) {
		// "lồng ghép chiếm … trong tổng kinh phí đã được cấp": the part is
		// the source named first, the whole after.
		part = found[1]
	}
	other := "funding_other"
	switch part.ind.Code {
	case "funding_other":
		other = "funding_nq22"
	case "funding_nq22":
	default:
		return "", false, nil
	}
	if len(found) == 2 && found[0].ind.Code != other && found[1].ind.Code != other {
		return "", false, nil
	}
	ind, ok := r.cat.Indicators[other]
	if !ok {
		return "", false, nil
	}
	l, _, err := r.locate(ctx, ind, []string{nlu.ProvinceCode}, "", firstPeriod(p))
	if err != nil {
		return "", false, fmt.Errorf("ask: the other source's total: %w", err)
	}
	if !l.found || part.l.pt.value+l.pt.value == 0 {
		return "", false, nil
	}
	n := vi.NewNumbers()
	if len(found) == 1 && againstOtherSource(p.Words, part.ind.Code) && l.pt.value != 0 {
		// "kinh phí lồng ghép bằng bao nhiêu % vốn NQ22": one source set
		// against the other, not against their total.
		return fmt.Sprintf(msgShareOf, vi.Capitalise(part.ind.Name), n.Num(math.Round(part.l.pt.value/l.pt.value*10000)/100),
			ind.Name+" ("+n.Figure(l.pt.value, "money", "")+")"), true, nil
	}
	whole := part.l.pt.value + l.pt.value
	name, value := part.ind.Name, part.l.pt.value
	if len(found) == 1 && namedFirst(p.Words, other, part.ind.Code) {
		// "trong đó NQ22 chiếm mấy %" after both sources' money, of which
		// the chat kept the other's: the source the words name.
		name, value = ind.Name, l.pt.value
	}
	return fmt.Sprintf(msgFundingShare, vi.Capitalise(name), n.Num(math.Round(value/whole*10000)/100),
		n.Figure(whole, "money", "")), true, nil
}

// againstOtherSource: "A bằng bao nhiêu % B", with B the other source of
// the resolution's money named after "bằng" and no total.
func againstOtherSource(words []string, part string) bool {
	i := slices.Index(words, "bang")
	if i < 0 || hasWord(words, "tong") {
		return false
	}
	after := " " + strings.Join(words[i+1:], " ") + " "
	if part == "funding_other" {
		return strings.Contains(after, " nghi quyet 22 ") || strings.Contains(after, " nq22 ") || strings.Contains(after, " nq 22 ")
	}
	return strings.Contains(after, " long ghep ")
}

// namedFirst: funding total a is the part, named right before "chiếm"
// (or, with no "chiếm", first): "trong tổng số đã có (NQ22 + lồng ghép),
// phần lồng ghép chiếm …" names the other first, in the whole.
func namedFirst(words []string, a, b string) bool {
	end := len(words)
	if i := slices.Index(words, "chiem"); i > 0 {
		end = i
	}
	last := func(code string) int {
		at := -1
		for _, cue := range sourceWords[code] {
			f := strings.Fields(cue)
			for i := 0; i+len(f) <= end; i++ {
				if hasWord(words[i:i+len(f)], f...) {
					at = max(at, i)
				}
			}
		}
		return at
	}
	if end < len(words) {
		return last(a) > last(b)
	}
	first := func(code string) int {
		at := len(words)
		for _, cue := range sourceWords[code] {
			if i := slices.Index(words, strings.Fields(cue)[0]); i >= 0 && hasWord(words[i:], strings.Fields(cue)...) {
				at = min(at, i)
			}
		}
		return at
	}
	return first(a) < first(b)
}

// sourceWords name the two sources of the programme's money.
var sourceWords = map[string][]string{
	"funding_nq22":    {"nghi quyet", "da cap", "duoc cap", "bo tri"},
	"funding_other":   {"long ghep", "nguon khac"},
	"funding_missing": {"con thieu", "thieu hut", "con hut"},
}

// asksEveryPart: "gồm những phần nào, mỗi phần bao nhiêu".
func asksEveryPart(words []string) bool {
	return hasWord(words, "gom") || hasWord(words, "nhung", "phan") || hasWord(words, "cac", "phan") ||
		hasWord(words, "moi", "phan") || hasWord(words, "tung", "phan")
}

// listsArranged: "bố trí" listed beside another part ("bố trí, lồng
// ghép, còn thiếu"), not the "cần bố trí", "phải bố trí thêm" of what is
// missing.
func listsArranged(words []string) bool {
	if !hasWord(words, "long", "ghep") {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "bo" || words[i+1] != "tri" {
			continue
		}
		before, after := "", ""
		if i > 0 {
			before = words[i-1]
		}
		if i+2 < len(words) {
			after = words[i+2]
		}
		if before != "can" && before != "phai" && before != "chua" && after != "them" {
			return true
		}
	}
	return false
}

// fundingCues are the words that name each stated total.
var fundingCues = map[string][]string{
	"funding_nq22":  {"da cap", "duoc cap", "da bo tri", "duoc bo tri", "nguon nghi quyet", "bo tri nghi quyet"},
	"funding_other": {"long ghep", "nguon khac"},
	"funding_missing": {"con thieu", "thieu von", "thieu kinh phi", "thieu tien", "thieu bao nhieu", "de xuat", "can bo tri", "con hut", "thieu hut", "hut bao nhieu", "hut von",
		"con phai bo tri", "phai bo tri them", "chua co nguon", "can bo sung", "bo sung them", "bo tri them", "phai bo sung", "can them", "con can",
		"can bao nhieu tien", "can kinh phi"},
}

// hasWord reports whether the words occur next to each other.
func hasWord(words []string, phrase ...string) bool {
	for i := 0; i+len(phrase) <= len(words); i++ {
		ok := true
		for k, w := range phrase {
			if words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// fundingOfYear sums the appendix lines of one year by source, for the
// totals asked (NQ 22, other sources); ok is false when no line has that
// year.
func (r *reader) fundingOfYear(ctx context.Context, codes []string, projects []queries.Project, year int, each bool) (Answer, bool, error) {
	lines, err := r.data.FundingLines(ctx)
	if err != nil || len(projects) == 0 {
		return Answer{}, false, err
	}
	n := vi.NewNumbers()
	y, ok := fundingYear(n, lines, codes, projects, year)
	if !ok {
		return Answer{}, false, nil
	}
	if each {
		// "năm 2018 NQ22 cấp cho những dự án nào, mỗi DA bao nhiêu":
		// each project's dated lines of the year are the answer, beside
		// what the year's total lacks.
		if list := projectsOfYear(n, lines, codes, projects, year); list != "" {
			return Answer{Kind: KindFigure, Text: list + " " + y.text + " " + sourceCitation(projects[0].SourceCode, projects[0].SourceIssuedOn)}, true, nil
		}
	}
	return Answer{Kind: y.kind, Text: y.text + " " + sourceCitation(projects[0].SourceCode, projects[0].SourceIssuedOn)}, true, nil
}

// eachProjectAsked: the question asks the projects one by one ("cho
// những dự án nào", "mỗi DA bao nhiêu", "từng dự án").
func eachProjectAsked(p nlu.Parse) bool {
	return slices.ContainsFunc([]string{"du an nao", "nhung du an", "tung du an", "moi du an"}, func(ph string) bool { return nlu.HasPhrase(p.Words, ph) })
}

// projectsOfYear lists each project's appendix lines of a year, of the
// sources asked: "«Nâng cấp Cổng TTĐT tỉnh…» 1.000 triệu đồng"; "" when
// none has one.
func projectsOfYear(n vi.Numbers, lines []queries.FundingLine, codes []string, projects []queries.Project, year int) string {
	var sources []string
	for _, code := range codes {
		if src, ok := fundingRows[code]; ok && src != "proposed" {
			sources = append(sources, src)
		}
	}
	var items []string
	for _, pr := range projects {
		var sum float64
		found := false
		for _, l := range lines {
			if l.ProjectID == pr.ID && lineOfYear(l, pr, year) && slices.Contains(sources, l.Source) {
				sum, found = sum+l.Amount, true
			}
		}
		if found {
			items = append(items, "«"+pr.ShortName+"» "+n.Figure(sum, "money", ""))
		}
	}
	if len(items) == 0 {
		return ""
	}
	return fmt.Sprintf(msgProjectsOfYear, year, strings.Join(items, "; "))
}

// fundingOfYears answers two years of the totals asked ("lồng ghép năm
// 2018 so với năm 2019 chênh nhau bao nhiêu", "… 2017 cộng 2018"): each
// year's lines, and their sum or change when both are whole.
func (r *reader) fundingOfYears(ctx context.Context, p nlu.Parse, codes []string, projects []queries.Project, years []int) (Answer, bool, error) {
	lines, err := r.data.FundingLines(ctx)
	if err != nil || len(projects) == 0 {
		return Answer{}, false, err
	}
	n := vi.NewNumbers()
	var texts []string
	whole := true
	var totals []float64
	for _, year := range years {
		y, ok := fundingYear(n, lines, codes, projects, year)
		if !ok {
			return Answer{}, false, nil
		}
		texts = append(texts, y.text)
		whole = whole && y.kind == KindFigure
		totals = append(totals, y.total)
	}
	kind := KindFigure
	switch {
	case !whole:
		kind = KindNoData
	case p.Op == "sum":
		texts = append(texts, fmt.Sprintf(msgSumOfUnits, n.Figure(totals[0]+totals[1], "money", "")))
	case p.Op == "diff" || p.Measure == "change":
		older, newer := 0, 1
		if years[1] < years[0] {
			older, newer = 1, 0
		}
		texts = append(texts, yearChange(n, p.Words, years[newer], years[older], totals[older], totals[newer]))
	}
	return Answer{Kind: kind, Text: strings.Join(texts, " ") + " " + sourceCitation(projects[0].SourceCode, projects[0].SourceIssuedOn)}, true, nil
}

// yearFunding is one year's appendix lines for the totals asked: its
// reply text, its total, and KindNoData when some project's money of a
// source asked has no year (the dated lines are then a part).
type yearFunding struct {
	text  string
	total float64
	kind  AnswerKind
}

func fundingYear(n vi.Numbers, lines []queries.FundingLine, codes []string, projects []queries.Project, year int) (yearFunding, bool) {
	sums := map[string]float64{}
	undated := map[string][]string{} // source → the projects whose money of it has no year
	ran := map[int64]queries.Project{}
	for _, pr := range projects {
		ran[pr.ID] = pr
	}
	for _, l := range lines {
		switch {
		case lineOfYear(l, ran[l.ProjectID], year):
			sums[l.Source] += l.Amount
		case !l.Year.Valid && l.Amount > 0 && runsIn(ran[l.ProjectID], year):
			if seq := strconv.Itoa(ran[l.ProjectID].Seq); !slices.Contains(undated[l.Source], seq) {
				undated[l.Source] = append(undated[l.Source], seq)
			}
		}
	}
	if len(sums) == 0 {
		return yearFunding{}, false
	}
	var parts, partial []string
	var total float64
	for _, code := range codes {
		src, ok := fundingRows[code]
		if !ok || src == "proposed" {
			continue
		}
		if seqs := undated[src]; len(seqs) > 0 {
			// "tổng nguồn NQ 22 năm 2018": some projects' money of that
			// source has no year, so the dated lines are a part, not the
			// year's total.
			partial = append(partial, fmt.Sprintf(msgFundingYearUndated, sourceKindName(src), year, strings.Join(seqs, ", "), year,
				n.Figure(sums[src], "money", "")))
			continue
		}
		if _, stored := sums[src]; !stored {
			continue
		}
		parts = append(parts, sourceKindName(src)+": "+n.Figure(sums[src], "money", ""))
		total += sums[src]
	}
	if len(partial) > 0 && len(parts) == 0 {
		return yearFunding{text: strings.Join(partial, " "), kind: KindNoData}, true
	}
	if len(parts) == 0 {
		return yearFunding{}, false
	}
	text := fmt.Sprintf(msgFundingYear, year, strings.Join(parts, "; "))
	if len(parts) > 1 {
		text += " " + fmt.Sprintf(msgSumOfUnits, n.Figure(total, "money", ""))
	}
	if len(partial) > 0 {
		text += " " + strings.Join(partial, " ")
	}
	return yearFunding{text: text, total: total, kind: KindFigure}, true
}

// lineOfYear: an appendix line of its project is of the year (a line of
// no year of a project of that one year is of it).
func lineOfYear(l queries.FundingLine, pr queries.Project, year int) bool {
	if l.Year.Valid {
		return int(l.Year.Int64) == year
	}
	return pr.StartYear == year && pr.EndYear == year
}

// runsIn: the project's years of work hold the year (or are not known).
func runsIn(pr queries.Project, year int) bool {
	return (pr.StartYear == 0 || pr.StartYear <= year) && (pr.EndYear == 0 || year <= pr.EndYear)
}

// overviewWords ask how the money stands as a whole ("tóm tắt kinh phí
// NQ22", "kinh phí NQ22 đến đâu rồi", "tình hình kinh phí NQ 22").
var overviewWords = [][]string{{"tom", "tat"}, {"tong", "quan"}, {"tinh", "hinh"}, {"den", "dau"}, {"the", "nao"}, {"ra", "sao"}, {"toan", "canh"}}

// fundingLineWords name one line of the resolution's money.
var fundingLineWords = [][]string{{"bo", "tri"}, {"cap"}, {"long", "ghep"}, {"thieu"}, {"de", "xuat"}, {"nguon"}, {"con", "can"}, {"giao"}}

// fundingOverview: the resolution's money asked as a whole, not one of
// its lines: the three lines the report states (arranged, from other
// sources, still missing).
func fundingOverview(indicators map[string]queries.Indicator, p *nlu.Parse) {
	if p.Intent != nlu.IntentFunding || !slices.Equal(p.Indicators, []string{"funding_nq22"}) || len(p.Projects) > 0 || len(namedUnits(*p)) > 0 ||
		len(p.Periods) > 0 || p.Op != "" || p.Measure != "" ||
		!slices.ContainsFunc(overviewWords, func(w []string) bool { return hasWord(p.Words, w...) }) ||
		slices.ContainsFunc(fundingLineWords, func(w []string) bool { return hasWord(p.Words, w...) }) {
		return
	}
	for _, code := range []string{"funding_other", "funding_missing"} {
		if _, ok := indicators[code]; ok {
			p.Indicators = append(p.Indicators, code)
		}
	}
}

// yearChange states the change of money from one year to another, and in
// per cent of the older year's when the words ask so ("tăng bao nhiêu %",
// "tốc độ tăng").
func yearChange(n vi.Numbers, words []string, cur, old int, before, after float64) string {
	text := fmt.Sprintf(msgProjectYearChange, cur, old, n.Signed((after-before)/1e6))
	if before != 0 && (changeInPercent(words) || growthAsked(words)) {
		text += " " + fmt.Sprintf(msgRelativeChange, n.Signed(math.Round((after-before)/before*10000)/100))
	}
	return text
}
