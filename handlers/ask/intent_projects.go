package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// projectSource is what questions about projects read.
type projectSource interface {
	Projects(ctx context.Context) ([]queries.Project, error)
	ProjectLeads(ctx context.Context) ([]queries.ProjectLead, error)
	FundingLines(ctx context.Context) ([]queries.FundingLine, error)
}

// amount is the part of a project's funding a question asks about.
func amount(p queries.Project, kind string) float64 {
	switch kind {
	case "nq22":
		return p.NQ22Amount
	case "other":
		return p.OtherAmount
	case "proposed":
		return p.Proposed.Float64
	}
	return p.NQ22Amount + p.OtherAmount
}

// amountPhrase names that part: "được cấp từ nguồn NQ 22", "đề xuất".
func amountPhrase(kind string) string {
	switch kind {
	case "nq22":
		return "được cấp từ nguồn NQ 22"
	case "other":
		return "được lồng ghép từ nguồn khác"
	case "proposed":
		return "đề xuất cho giai đoạn tiếp theo"
	}
	return "được cấp (NQ 22 và lồng ghép)"
}

// project answers one project's funding, by source and year.
func (r *reader) project(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if otherProjectsAsked(p) {
		return r.otherProjects(ctx, p)
	}
	together := (p.Op == "sum" || p.Op == "diff") && len(namedUnits(p)) == 0 && nlu.NamesJoined(p.Words)
	if together && len(p.Leftover) > 1 {
		// "cổng TTĐT tỉnh với sàn TMĐT cộng lại": the words left over
		// name one more project.
		if seqs := projectsNamed(c, p.Leftover); len(seqs) == 1 && !slices.Contains(p.Projects, seqs[0]) {
			p.Projects = append(slices.Clone(p.Projects), seqs[0])
		}
	}
	if len(p.Projects) == 1 && p.Op == "sum" && (joinedBeyond(c.ProjectWords[p.Projects[0]], p.Words) || projectsCounted(p.Words) > 1) &&
		len(namedUnits(p)) == 0 && len(p.Periods) < 2 && len(nlu.FundingParts(p.Words)) < 2 {
		// "năm 2017 cổng tỉnh với tư vấn pháp lý tổng cấp bao nhiêu":
		// a sum of the project named and something not read as one;
		// one project's money is not that total.
		return Answer{Kind: KindNoData, Text: msgProjectsNotAll}, nil
	}
	if len(p.Projects) == 2 && (p.Op == "sum" || p.Op == "diff") || len(p.Projects) > 2 && p.Op == "sum" {
		lines, err := r.data.FundingLines(ctx)
		if err != nil {
			return Answer{}, err
		}
		return r.projectsTogether(p, lines), nil
	}
	if len(p.Projects) > 0 && p.Op == "per" && p.Level != "" {
		// "chi phí làm trang TTĐT tính trên mỗi xã": a project's money
		// is not split by unit of a level; no line holds a share of it.
		// ("chia cho Đài và Báo": the units named, whose lines it has.)
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op])}, nil
	}
	if len(p.Projects) == 1 && asksRate(p.Words) && p.Op == "" {
		// "đã giải ngân được bao nhiêu phần trăm": a project's line has
		// amounts, no rate.
		return Answer{Kind: KindNoData, Text: msgProjectNoRate}, nil
	}
	if len(p.Projects) > 1 && (hasWord(p.Words, "moi") || hasWord(p.Words, "tung") || hasWord(p.Words, "lan", "luot") || nlu.AsksLead(p.Words) ||
		numberedTimes(p.Words) == len(p.Projects) || len(p.Projects) == 2 && (p.Measure == "" || p.Measure == "change") && joinedApart(c, p)) {
		// "DA1, DA4, DA9: mỗi DA được cấp bn?", "… đề xuất lần lượt bn",
		// "DA5 với DA12 cơ quan nào chủ trì": each project's line.
		return r.eachProject(ctx, p)
	}
	if len(p.Projects) > 1 {
		return askProject(c, p, p.Projects), nil
	}
	pr, ok := c.Projects[p.Projects[0]]
	if !ok {
		return notUnderstood(p), nil
	}
	if line, ok := partsDiff(vi.NewNumbers(), pr, p); ok {
		return Answer{Kind: KindFigure, Text: line + " " + sourceCitation(pr.SourceCode, pr.SourceIssuedOn)}, nil
	}
	if ans, named, err := r.recipientFunding(ctx, p); named || err != nil {
		return ans, err
	}
	lines, err := r.data.FundingLines(ctx)
	if err != nil {
		return Answer{}, err
	}
	n := vi.NewNumbers()
	source := " " + sourceCitation(pr.SourceCode, pr.SourceIssuedOn)
	if none := p.Funding == "other" && pr.OtherAmount == 0 || p.Funding == "nq22" && pr.NQ22Amount == 0; none && // (a proposal not stated has its own words)
		p.Op == "" && len(askedYears(p)) == 0 && len(namedUnits(p)) == 0 {
		// "DA9 lồng ghép nguồn khác bn": the part asked has no line; what
		// the project has is said beside, not in its place.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgProjectNoPart, amountPhrase(p.Funding), pr.ShortName) + " " + projectLine(n, r.cat, pr, lines) + source}, nil
	}
	if p.Op == "share" {
		return r.projectShare(ctx, n, p, pr, lines, source)
	}
	if left, ok := exceptedYear(p); ok && yearSource(p) == "" {
		// "bỏ năm 2017 ra thì 2018, 2019 được cấp bao nhiêu": the other
		// years' lines, added.
		if ans, ok := projectYearsBut(n, p, pr, lines, left, source); ok {
			return ans, nil
		}
	}
	if upTo, ok := asOfYearEnd(p); ok && yearSource(p) == "" {
		if ans, ok := projectToYearEnd(n, pr, lines, upTo, source); ok {
			return ans, nil
		}
	}
	if years := averagedYears(p, pr, lines); p.Op == "avg" && len(askedYears(p)) != 2 && len(years) >= 2 {
		// "bình quân mỗi năm 2017-2019 dự án … được cấp bao nhiêu": each
		// year's lines and their mean over the years asked (or the years
		// its lines have).
		texts := make([]string, len(years))
		var sum float64
		for i, y := range years {
			texts[i], _ = projectYear(n, pr, lines, y, yearSource(p))
			sum += yearTotal(pr, lines, y)
		}
		texts = append(texts, fmt.Sprintf(msgAveragePerYear, years[0], years[len(years)-1], n.Figure(sum/float64(len(years)), "money", "")))
		return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + source}, nil
	}
	if years := askedYears(p); len(years) == 2 {
		// "năm 2018 được cấp nhiều hơn năm 2017 bao nhiêu": each year, and
		// the change when both are stored.
		var texts []string
		var got []float64
		for _, y := range years {
			text, found := projectYear(n, pr, lines, y, yearSource(p))
			texts = append(texts, text)
			if found {
				got = append(got, yearTotal(pr, lines, y))
			}
		}
		if len(got) < 2 {
			return Answer{Kind: KindNearest, Text: strings.Join(texts, " ") + " " + projectLine(n, r.cat, pr, lines) + source}, nil
		}
		old, cur := min(years[0], years[1]), max(years[0], years[1])
		if p.Op == "sum" || p.Op == "avg" {
			// "tổng kinh phí năm 2017 và 2018": the two years added.
			sum := yearTotal(pr, lines, cur) + yearTotal(pr, lines, old)
			if p.Op == "avg" {
				texts = append(texts, fmt.Sprintf(msgAverageOfPeriods, fmt.Sprintf("năm %d", old), fmt.Sprintf("năm %d", cur), n.Figure(sum/2, "money", "")))
			} else {
				texts = append(texts, fmt.Sprintf(msgSumOfUnits, n.Figure(sum, "money", "")))
			}
			return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + source}, nil
		}
		if p.Op == "ratio" {
			// "năm 2018 được cấp gấp mấy năm 2019": the first year asked
			// over the second, when the second has money.
			first, second := yearTotal(pr, lines, years[0]), yearTotal(pr, lines, years[1])
			if second == 0 {
				return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op])}, nil
			}
			texts = append(texts, fmt.Sprintf(msgRatio, fmt.Sprintf("Năm %d", years[0]), n.Num(math.Round(first/second*100)/100), fmt.Sprintf("năm %d", years[1])))
			return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + source}, nil
		}
		texts = append(texts, yearChange(n, p.Words, cur, old, yearTotal(pr, lines, old), yearTotal(pr, lines, cur)))
		return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + source}, nil
	}
	if years := askedYears(p); len(years) > 2 {
		// "năm 2017, 2018, 2019 mỗi năm được cấp bao nhiêu": each year's
		// lines, or that the year has none.
		texts := make([]string, len(years))
		var sum float64
		all := true
		for i, y := range years {
			var found bool
			texts[i], found = projectYear(n, pr, lines, y, yearSource(p))
			all = all && found
			sum += yearTotal(pr, lines, y)
		}
		if p.Op == "sum" && all {
			// "cộng ba năm 2017, 2018, 2019": the years added.
			texts = append(texts, fmt.Sprintf(msgSumOfUnits, n.Figure(sum, "money", "")))
		}
		return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + source}, nil
	}
	if year, ok := askedYear(p); ok {
		// One year of a project that spans several: that year's lines.
		text, found := projectYear(n, pr, lines, year, yearSource(p))
		if !found && yearSource(p) != "" {
			// The source asked has no line that year: no figure of it, the
			// project's whole funding beside.
			return Answer{Kind: KindNoData, Text: text + " " + projectLine(n, r.cat, pr, lines) + source}, nil
		}
		if !found {
			if ans, ok, err := r.besideFigure(ctx, p); ok || err != nil {
				return ans, err
			}
		}
		if found {
			if pr.Proposed.Valid && hasWord(p.Words, "de", "xuat") {
				// "… năm 2018 bao nhiêu, đề xuất giai đoạn tiếp theo bao nhiêu?"
				text = strings.TrimSuffix(text, ".") + "; " + fmt.Sprintf(msgProposed, n.Figure(pr.Proposed.Float64, "money", "")) + "."
			}
			return Answer{Kind: KindFigure, Text: text + source}, nil
		}
		kind := KindNearest
		if slices.ContainsFunc(lines, func(l queries.FundingLine) bool { return l.ProjectID == pr.ID && l.Year.Valid }) {
			// The appendix gives the project's money by year, and none in
			// the year asked: no figure of it; the whole is beside, not
			// in its place.
			kind = KindNoData
		}
		return Answer{Kind: kind, Text: text + " " + projectLine(n, r.cat, pr, lines) + source}, nil
	}
	if p.Funding == "proposed" && !pr.Proposed.Valid {
		// "dự án nâng cấp Cổng TTĐT đề xuất giai đoạn tiếp theo bao
		// nhiêu": none is stored; what it was given is said beside, not
		// as the answer.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNoProposal, pr.ShortName) + " " + projectLine(n, r.cat, pr, lines) + source}, nil
	}
	kind := KindFigure
	if (p.Money || p.Funding != "") && (!pr.Proposed.Valid || p.Funding == "granted") && amount(pr, "nq22")+amount(pr, "other") == 0 {
		// "chưa được cấp kinh phí": no figure is the answer (a proposal,
		// when one is stored, told beside it, is not what was granted).
		kind = KindNoData
	}
	return Answer{Kind: kind, Text: projectLine(n, r.cat, pr, lines) + source}, nil
}

// besideFigure answers a year a project has no money of with the money
// figure its words also named, when that one is stored for the year
// ("năm nay tỉnh bố trí bao nhiêu tiền cho đào tạo, tập huấn người dân và
// doanh nghiệp": the training budget of 2019, not project 3's whole line).
func (r *reader) besideFigure(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	for _, code := range p.Beside {
		if r.cat.Indicators[code].Kind != "money" {
			continue
		}
		q := p
		q.Intent, q.Indicators, q.Projects, q.Funding, q.Beside = nlu.IntentValue, []string{code}, nil, "", nil
		ans, err := r.value(ctx, q)
		if err != nil || ans.Kind == KindFigure {
			ans.Parse = q
			return ans, err == nil, err
		}
	}
	return Answer{}, false, nil
}

// yearSource is the source of money a question names, when it is one of
// those stored by year ("nq22", "other"), or "".
func yearSource(p nlu.Parse) string {
	if p.Funding == "nq22" || p.Funding == "other" {
		return p.Funding
	}
	return ""
}

func projectLine(n vi.Numbers, c *catalog.Catalog, pr queries.Project, lines []queries.FundingLine) string {
	var parts []string
	for _, src := range []struct{ kind, format string }{{"nq22", msgNQ22}, {"other", msgOther}} {
		total := amount(pr, src.kind)
		if total == 0 {
			continue
		}
		part := fmt.Sprintf(src.format, n.Figure(total, "money", ""))
		var years []string
		for _, l := range lines {
			if l.ProjectID != pr.ID || l.Source != src.kind || !l.Year.Valid {
				continue
			}
			y := fmt.Sprintf(msgByYear, l.Year.Int64, n.Num(l.Amount/1e6))
			if l.Recipient != "" {
				y = fmt.Sprintf(msgRecipient, l.Recipient, l.Year.Int64, n.Num(l.Amount/1e6))
			}
			years = append(years, y)
		}
		if len(years) > 0 {
			part += " (" + strings.Join(years, ", ") + ")"
		}
		parts = append(parts, part)
	}
	switch len(parts) {
	case 0:
		parts = append(parts, msgProjectNone)
	case 2:
		// Both sources: their sum too ("tổng kinh phí, cả lồng ghép").
		parts = append(parts, fmt.Sprintf(msgBothSources, n.Figure(amount(pr, "nq22")+amount(pr, "other"), "money", "")))
	}
	if pr.Proposed.Valid {
		parts = append(parts, fmt.Sprintf(msgProposed, n.Figure(pr.Proposed.Float64, "money", "")))
	}
	return fmt.Sprintf(msgProjectFunding, pr.ShortName, projectAbout(c, pr), strings.Join(parts, "; "))
}

// projectAbout is who leads a project, its state and, as the report says
// it, when ("Sở TT&TT, chưa thực hiện, thời gian thực hiện: 2017").
func projectAbout(c *catalog.Catalog, pr queries.Project) string {
	about := []string{leadName(c, pr.LeadAgency), vi.LowerFirst(pr.Status)}
	if pr.PeriodText != "" {
		// "thực hiện năm nào", "giai đoạn nào": when, as the report says.
		about = append(about, fmt.Sprintf(msgProjectWhen, pr.PeriodText))
	}
	return strings.Join(about, ", ")
}

// numberedTimes is how many projects the words name by number ("DA8 và
// DA9": two), which need no asking back.
func numberedTimes(words []string) int {
	n := 0
	for i := 2; i < len(words); i++ {
		if words[i-2] == "du" && words[i-1] == "an" && words[i] != "" && strings.Trim(words[i], "0123456789") == "" {
			n++
		}
	}
	return n
}

// eachProject answers each project named, one after the other, with the
// source said once.
func (r *reader) eachProject(ctx context.Context, p nlu.Parse) (Answer, error) {
	var bodies []string
	source := ""
	for _, seq := range p.Projects {
		q := p
		q.Projects = []string{seq}
		ans, err := r.project(ctx, q)
		if err != nil {
			return Answer{}, err
		}
		if !ans.Kind.CarriesFigure() {
			return askProject(r.cat, p, p.Projects), nil
		}
		body, src := cutSource(ans.Text)
		bodies, source = append(bodies, strings.TrimSpace(body)), src
	}
	return Answer{Kind: KindFigure, Text: strings.Join(bodies, "\n") + " " + source}, nil
}

func askProject(c *catalog.Catalog, p nlu.Parse, seqs []string) Answer {
	var names []string
	var opts []Option
	for i, s := range seqs {
		pr := c.Projects[s]
		names = append(names, fmt.Sprintf("%d. %s", i+1, pr.ShortName))
		chosen := p
		chosen.Intent, chosen.Projects = nlu.IntentProject, []string{s}
		opts = append(opts, Option{Label: pr.ShortName, parse: &chosen})
	}
	return Answer{Kind: KindAsk, Text: fmt.Sprintf(msgAskProject, strings.Join(names, "; ")), Options: opts}
}

// projectList answers counts, filters and rankings of projects.
func (r *reader) projectList(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if pr, ok := c.Projects[firstOf(p.Projects)]; ok && asksWhichYear(p) {
		lines, err := r.data.FundingLines(ctx)
		if err != nil {
			return Answer{}, err
		}
		if text, ok := topYear(vi.NewNumbers(), p, pr, lines); ok {
			return Answer{Kind: KindFigure, Text: text + " " + sourceCitation(pr.SourceCode, pr.SourceIssuedOn)}, nil
		}
	}
	// ("… là bao nhiêu triệu đồng": "đồng" is the money's unit, not the
	// "đồng" of "cộng đồng" in a project's name.)
	// ("báo cáo chốt tổng …": the "cáo" of the report, no name's word.)
	report := hasWord(p.Words, "bao", "cao")
	left := slices.DeleteFunc(slices.Clone(p.Leftover), func(w string) bool {
		return w == "dong" || w == "trieu" || w == "ty" || report && (w == "bao" || w == "cao")
	})
	if len(left) > 0 && p.Order == "" && !p.Count && (projectStat(p) == "" || p.Funding == "") {
		// "dự án nâng cấp": words of a name that matched no alias whole.
		if seqs := projectsNamed(c, left); len(seqs) > 0 {
			p.Projects = seqs
			return r.project(ctx, p)
		}
		return notUnderstood(p), nil
	}
	if len(p.Projects) == 1 && len(namedUnits(p)) > 0 {
		// "năm 2018 đơn vị nào nhận KP phóng sự nhiều hơn, Đài PTTH hay
		// Báo HT": the named units' money of the project named, set
		// against each other; not the projects they lead.
		if ans, named, err := r.recipientFunding(ctx, p); named || err != nil {
			return ans, err
		}
	}
	all, err := r.data.Projects(ctx)
	if err != nil {
		return Answer{}, err
	}
	leads, err := r.data.ProjectLeads(ctx)
	if err != nil {
		return Answer{}, err
	}
	var list []queries.Project
	for _, pr := range all {
		if p.Status != "" && (pr.StatusGroup != p.Status) != statusNegated(p) {
			// ("bao nhiêu dự án chưa hoàn thành": the others.)
			continue
		}
		if t, ok := askedProjectTime(p); ok && !t.holds(pr) {
			// "bao nhiêu dự án thực hiện cả giai đoạn 2017-2020", "mấy
			// dự án kết thúc năm 2017".
			continue
		}
		if countsFunded(p) && (amount(pr, p.Funding) == 0) != (p.Measure == "complement") {
			// "bao nhiêu dự án có đề xuất kinh phí": those that have;
			// "… chưa được cấp đồng nào": those that have none.
			continue
		}
		if leadUnits(c, p) != nil && !ledBy(pr, leads, leadUnits(c, p)) {
			continue
		}
		if len(p.Projects) >= 2 && !slices.Contains(p.Projects, strconv.Itoa(pr.Seq)) {
			// "Trong ba dự án nâng cấp Cổng TTĐT tỉnh, nâng cấp Sàn TMĐT
			// và chuyên mục Tư vấn …, dự án nào được cấp nhiều nhất":
			// among those named.
			continue
		}
		list = append(list, pr)
	}
	n := vi.NewNumbers()
	citation := ""
	if len(all) > 0 {
		citation = " " + sourceCitation(all[0].SourceCode, all[0].SourceIssuedOn)
	}
	if ans, ok, err := r.projectStatAnswer(ctx, p, list, citation); ok || err != nil {
		return ans, err
	}
	filter := projectFilter(c, p)
	switch {
	case p.Threshold != nil && p.Funding != "":
		// "dự án nào được cấp từ NQ22 trên 1 tỷ": those whose money of
		// that kind is past the bound (in millions), each with it.
		money, label, err := r.rankedMoney(ctx, p)
		if err != nil {
			return Answer{}, err
		}
		var items []string
		sort.SliceStable(list, func(i, j int) bool { return money(list[i]) > money(list[j]) })
		for _, pr := range list {
			if m := money(pr); m > 0 && passes(*p.Threshold, m/1e6) {
				items = append(items, fmt.Sprintf("«%s» %s", pr.ShortName, n.Figure(m, "money", "")))
			}
		}
		bound := boundPhrase(*p.Threshold, n.Figure(p.Threshold.Value*1e6, "money", ""))
		if len(items) == 0 {
			return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgProjectsPastNone, label, bound) + citation}, nil
		}
		text := fmt.Sprintf(msgProjectsPast, len(items), label, bound, strings.Join(items, "; "))
		return Answer{Kind: KindFigure, Text: text + citation}, nil
	case p.Order != "":
		money, label, err := r.rankedMoney(ctx, p)
		if err != nil {
			return Answer{}, err
		}
		sort.SliceStable(list, func(i, j int) bool {
			ai, aj := money(list[i]), money(list[j])
			if p.Order == "asc" {
				return ai < aj
			}
			return ai > aj
		})
		var kept []queries.Project
		for _, pr := range list {
			if money(pr) > 0 {
				kept = append(kept, pr)
			}
		}
		if len(kept) == 0 {
			// "… nhiều nhất: ." says nothing: none has that money, in words.
			return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgProjectSumNone, len(list), filter, label) + citation}, nil
		}
		if p.Order == "both" && len(kept) > 1 {
			// "dự án nhận NQ22 nhiều nhất và ít nhất cách biệt bao
			// nhiêu": both ends, and the gap between them.
			hi, lo := kept[0], kept[len(kept)-1]
			text := fmt.Sprintf(msgProjectBoth, label, hi.ShortName, n.Figure(money(hi), "money", ""), lo.ShortName,
				n.Figure(money(lo), "money", ""), n.Figure(money(hi)-money(lo), "money", ""))
			return Answer{Kind: KindFigure, Text: text + citation}, nil
		}
		top := min(max(p.Top, 1), len(kept))
		if p.Order == "all" {
			// "sắp xếp số tiền từ lớn đến nhỏ": every one, in order.
			top = len(kept)
		}
		items := make([]string, top)
		for i := range items {
			items[i] = fmt.Sprintf("«%s» %s", kept[i].ShortName, n.Figure(money(kept[i]), "money", ""))
		}
		word := "nhiều nhất"
		switch p.Order {
		case "asc":
			word = "ít nhất"
		case "all":
			word = "xếp từ nhiều đến ít"
		}
		return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgProjectTop, label, word, strings.Join(items, "; ")) + citation}, nil
	case p.Funding != "" && !p.Count && !(countsFunded(p) && p.Measure == "complement") && (p.Money || p.Funding == "proposed" || p.Funding == "other"):
		// "dự án nào của NQ22 chưa thực hiện": the programme's name, not
		// its money, unless the question speaks of money.
		if year, ok := askedYear(p); ok {
			// "năm 2017 nguồn NQ22 cấp cho các dự án bao nhiêu": the
			// appendix lines of that year.
			codes := map[string][]string{"nq22": {"funding_nq22"}, "other": {"funding_other"}, "granted": {"funding_nq22", "funding_other"}}[p.Funding]
			if ans, ok, err := r.fundingOfYear(ctx, codes, all, year, eachProjectAsked(p)); ok || err != nil {
				return ans, err
			}
		} else if code, ok := statedTotals[p.Funding]; ok && len(list) == len(all) && (!eachProjectAsked(p) || hasWord(p.Words, "bao", "cao") && hasWord(p.Words, "tong")) {
			// ("… từng dự án thấy lệch, báo cáo chốt tổng … là bao
			// nhiêu": the total the report states, asked beside its rows.)
			// "tổng kinh phí bố trí theo NQ 22 cho các dự án": every
			// project, so the report's stated total (and its note when
			// the appendix rows add up to another sum).
			whole := p
			whole.Intent, whole.Indicators, whole.Periods, whole.Op = nlu.IntentFunding, []string{code}, nil, ""
			return r.funding(ctx, whole)
		}
		var total float64
		var items []string
		for _, pr := range list {
			total += amount(pr, p.Funding)
			if amount(pr, p.Funding) > 0 {
				items = append(items, fmt.Sprintf("«%s» %s", pr.ShortName, n.Figure(amount(pr, p.Funding), "money", "")))
			}
		}
		if len(items) == 0 {
			// "2 dự án đã hoàn thành … tổng cộng 0 triệu đồng: ." says
			// nothing: none of them has that money, in words.
			return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgProjectSumNone, len(list), filter, amountPhrase(p.Funding)) + citation}, nil
		}
		return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgProjectSum, len(list), filter, amountPhrase(p.Funding),
			n.Figure(total, "money", ""), strings.Join(items, "; ")) + citation}, nil
	}
	if len(list) == 0 {
		// "có 0 dự án …: ." says nothing: none, in words.
		return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgProjectCountNone, "Nghị quyết 22/2016/NQ-HĐND", filter) + citation}, nil
	}
	names := make([]string, len(list))
	for i, pr := range list {
		names[i] = "«" + pr.ShortName + "»"
	}
	return Answer{Kind: KindFigure, Text: fmt.Sprintf(msgProjectCount, "Nghị quyết 22/2016/NQ-HĐND", len(list), filter, strings.Join(names, "; ")) + citation}, nil
}

// joinedBeyond: the words join names ("với", "và", "hơn") with a joining
// word the project's own name does not hold ("… và phiên bản tiếng Anh"
// is one name).
func joinedBeyond(name, words []string) bool {
	for i, w := range words {
		if !nlu.NamesJoined([]string{w}) || slices.Contains(name, w) {
			continue
		}
		if slices.Contains(words[max(0, i-2):i], "ca") {
			// "cả đài và báo": both recipients of the one project.
			continue
		}
		return true
	}
	return false
}

// joinedApart: two projects named apart, joined by a word neither name
// holds ("năm 2019 cổng TTĐT tỉnh với sàn TMĐT cấp bao nhiêu"): both are
// asked, not one of them.
func joinedApart(c *catalog.Catalog, p nlu.Parse) bool {
	return joinedBeyond(c.ProjectWords[p.Projects[0]], p.Words) && joinedBeyond(c.ProjectWords[p.Projects[1]], p.Words)
}

// projectsCounted is how many projects the words count before "dự án"
// ("ba dự án Cổng TTĐT tỉnh, Sàn TMĐT, …": 3), or 0.
func projectsCounted(words []string) int {
	counts := map[string]int{"hai": 2, "ba": 3, "bon": 4, "nam": 5}
	for i := 0; i+2 < len(words); i++ {
		if words[i+1] != "du" || words[i+2] != "an" {
			continue
		}
		if n, ok := counts[words[i]]; ok {
			return n
		}
		if n, err := strconv.Atoi(words[i]); err == nil && n >= 2 && n <= 13 {
			return n
		}
	}
	return 0
}

// statedTotals are the funding kinds whose total over every project the
// report states.
var statedTotals = map[string]string{"nq22": "funding_nq22", "other": "funding_other", "proposed": "funding_missing"}

// countsFunded: "bao nhiêu dự án có đề xuất kinh phí", "… được lồng
// ghép", "… được cấp tiền NQ 22": a count of the projects with that
// funding. "NQ22 có bao nhiêu dự án" names the programme, not a source.
// "Những dự án nào chưa được bố trí kinh phí" lists those without it.
func countsFunded(p nlu.Parse) bool {
	switch p.Funding {
	case "proposed", "other":
		return p.Count
	case "nq22", "granted":
		return (p.Count || p.Measure == "complement") && p.Money
	}
	return false
}

// projectFilter describes the filter of a project list: " đã hoàn thành".
func projectFilter(c *catalog.Catalog, p nlu.Parse) string {
	var parts []string
	if statusNegated(p) {
		parts = append(parts, fmt.Sprintf(msgStatusNot, statusNames[p.Status]))
	} else if p.Status != "" {
		parts = append(parts, statusNames[p.Status])
	}
	if countsFunded(p) && p.Measure == "complement" {
		parts = append(parts, "không có kinh phí "+amountPhrase(p.Funding))
	} else if countsFunded(p) {
		parts = append(parts, amountPhrase(p.Funding))
	}
	if t, ok := askedProjectTime(p); ok {
		parts = append(parts, t.label())
	}
	if len(p.Units) > 0 {
		if u, ok := c.Units[p.Units[0][0]]; ok && u.Level != "province" {
			parts = append(parts, "do "+u.Name+" chủ trì")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " " + strings.Join(parts, ", ")
}

// leadUnits is the unit named as a lead ("Sở Nội vụ chủ trì"), if any;
// the province itself is no lead.
func leadUnits(c *catalog.Catalog, p nlu.Parse) []string {
	if len(p.Units) == 0 || c.Units[p.Units[0][0]].Level == "province" {
		return nil
	}
	return p.Units[0]
}

func ledBy(pr queries.Project, leads []queries.ProjectLead, units []string) bool {
	for _, l := range leads {
		if l.ProjectID != pr.ID {
			continue
		}
		for _, code := range units {
			if l.UnitCode == code {
				return true
			}
		}
	}
	return false
}

// averagedYears are the years a project's mean per year is over: those
// asked, those of a span of whole years asked ("2017-2019"), or, with none
// asked, those its lines have.
func averagedYears(p nlu.Parse, pr queries.Project, lines []queries.FundingLine) []int {
	if years := askedYears(p); len(years) > 0 {
		return years
	}
	if len(p.Periods) == 1 && p.Periods[0].Kind == nlu.PeriodRange && strings.HasSuffix(p.Periods[0].Start, "-01-01") && strings.HasSuffix(p.Periods[0].End, "-12-31") {
		var from, to int
		if _, err := fmt.Sscan(p.Periods[0].Start[:4], &from); err != nil {
			return nil
		}
		if _, err := fmt.Sscan(p.Periods[0].End[:4], &to); err != nil {
			return nil
		}
		var out []int
		for y := from; y <= to && y-from < 20; y++ {
			out = append(out, y)
		}
		return out
	}
	if len(p.Periods) > 0 {
		return nil
	}
	var out []int
	for _, l := range lines {
		if l.ProjectID == pr.ID && l.Year.Valid && !slices.Contains(out, int(l.Year.Int64)) {
			out = append(out, int(l.Year.Int64))
		}
	}
	slices.Sort(out)
	return out
}

// statusNegated: the projects asked are those not of the status named
// ("chưa hoàn thành"); "chưa thực hiện" is a status of its own.
func statusNegated(p nlu.Parse) bool {
	return p.Status != "" && p.Status != "not_started" && p.Measure == "complement" && !countsFunded(p)
}

// asOfYearEnd is the year a question's only period runs up to when it is
// "đến hết năm 2018" (no year named on its own).
func asOfYearEnd(p nlu.Parse) (int, bool) {
	if len(p.Periods) != 1 || p.Periods[0].Kind != nlu.PeriodAsOf || len(p.Periods[0].End) != 10 || p.Periods[0].End[4:] != "-12-31" {
		return 0, false
	}
	var y int
	if _, err := fmt.Sscan(p.Periods[0].End[:4], &y); err != nil {
		return 0, false
	}
	return y, true
}

// projectToYearEnd answers "lũy kế đến hết 2018 dự án … được cấp bao
// nhiêu" of a project whose money is stored by year: each year up to the
// one asked, and their sum; false when it has no line by then.
func projectToYearEnd(n vi.Numbers, pr queries.Project, lines []queries.FundingLine, upTo int, source string) (Answer, bool) {
	return projectYearsAdded(n, pr, lines, func(y int) bool { return y <= upTo }, fmt.Sprintf(msgSumToYearEnd, upTo, "%s"), source)
}

// projectYearsAdded is each year a project has lines of that keep holds,
// and their sum told by closing (a format with one %s); false when no
// year is kept.
func projectYearsAdded(n vi.Numbers, pr queries.Project, lines []queries.FundingLine, keep func(int) bool, closing, source string) (Answer, bool) {
	var years []int
	for _, l := range lines {
		if y := int(l.Year.Int64); l.ProjectID == pr.ID && l.Year.Valid && keep(y) && !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	if len(years) == 0 {
		return Answer{}, false
	}
	slices.Sort(years)
	var texts []string
	var sum float64
	for _, y := range years {
		text, _ := projectYear(n, pr, lines, y, "")
		texts = append(texts, text)
		sum += yearTotal(pr, lines, y)
	}
	texts = append(texts, fmt.Sprintf(closing, n.Figure(sum, "money", "")))
	return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + source}, true
}

// otherProjectsAsked: "ngoài dự án phần mềm trích lọc ra thì các dự án
// khác đề xuất tổng bao nhiêu": the money of every project but those
// named.
func otherProjectsAsked(p nlu.Parse) bool {
	return p.Intent == nlu.IntentProject && p.Op == "except" && len(p.Projects) > 0 && p.Funding != "" && len(p.Periods) == 0 &&
		len(p.ExceptPeriods) == 0 && (hasWord(p.Words, "khac") || hasWord(p.Words, "con", "lai") || hasWord(p.Words, "tong"))
}

// otherProjects answers otherProjectsAsked: the whole of that money over
// every project, less the named ones'.
func (r *reader) otherProjects(ctx context.Context, p nlu.Parse) (Answer, error) {
	all, err := r.data.Projects(ctx)
	if err != nil || len(all) == 0 {
		return Answer{}, err
	}
	n := vi.NewNumbers()
	var whole, named float64
	var names []string
	for _, pr := range all {
		whole += amount(pr, p.Funding)
		if slices.Contains(p.Projects, strconv.Itoa(pr.Seq)) {
			named += amount(pr, p.Funding)
			names = append(names, "«"+pr.ShortName+"»")
		}
	}
	text := fmt.Sprintf(msgOtherProjects, strings.Join(names, ", "), amountPhrase(p.Funding), n.Figure(whole-named, "money", ""),
		n.Figure(whole, "money", ""), n.Figure(named, "money", ""))
	return Answer{Kind: KindFigure, Text: text + " " + sourceCitation(all[0].SourceCode, all[0].SourceIssuedOn)}, nil
}

// exceptedYear is the year a question about a project's money leaves out
// ("bỏ năm 2017 ra", "ngoài năm 2017", "trừ 2017").
func exceptedYear(p nlu.Parse) (int, bool) {
	if p.Intent != nlu.IntentProject || p.Op != "except" && p.Op != "" {
		// ("năm 2018 trừ năm 2017": a difference, asked as such.)
		return 0, false
	}
	if len(p.ExceptPeriods) == 1 && p.ExceptPeriods[0].Kind == nlu.PeriodYear {
		// "không kể năm 2018".
		var y int
		if _, err := fmt.Sscan(p.ExceptPeriods[0].Start[:4], &y); err == nil {
			return y, true
		}
	}
	for i := 0; i+1 < len(p.Words); i++ {
		if w := p.Words[i]; w != "bo" && w != "ngoai" && w != "tru" {
			continue
		}
		j := i + 1
		if p.Words[j] == "nam" && j+1 < len(p.Words) {
			j++
		}
		if y, err := strconv.Atoi(p.Words[j]); err == nil && y >= 2000 && y <= 2100 {
			return y, true
		}
	}
	return 0, false
}

// projectYearsBut answers a project's money of every year it has lines
// of (or those asked) but one, each and added; false when none is left.
func projectYearsBut(n vi.Numbers, p nlu.Parse, pr queries.Project, lines []queries.FundingLine, left int, source string) (Answer, bool) {
	asked := slices.DeleteFunc(askedYears(p), func(y int) bool { return y == left })
	keep := func(y int) bool { return y != left && (len(asked) == 0 || slices.Contains(asked, y)) }
	return projectYearsAdded(n, pr, lines, keep, fmt.Sprintf(msgYearsBut, left, "%s"), source)
}
