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

// Money of projects beyond one project's line: two projects together, one
// project's share of a stated total, the lead named in full.

// projectsTogether: projects' money of the source asked, added, or two set
// against each other ("tư vấn pháp lý và nâng cấp sàn TMĐT cộng lại").
func (r *reader) projectsTogether(p nlu.Parse, lines []queries.FundingLine) Answer {
	n := vi.NewNumbers()
	kind := p.Funding
	if kind == "granted" {
		kind = ""
	}
	var parts []string
	var values []float64
	var names []string
	var pr queries.Project
	year, byYear := askedYear(p)
	for _, seq := range p.Projects {
		pr = r.cat.Projects[seq]
		v, phrase := amount(pr, kind), amountPhrase(kind)
		if byYear {
			// "năm 2019 … cộng lại": that year's lines.
			v, phrase = yearTotal(pr, lines, year), phrase+fmt.Sprintf(" năm %d", year)
		}
		parts = append(parts, fmt.Sprintf(msgProjectAmount, pr.ShortName, phrase, n.Figure(v, "money", "")))
		values, names = append(values, v), append(names, "«"+pr.ShortName+"»")
	}
	text := strings.Join(parts, " ")
	switch {
	case p.Op == "sum":
		var sum float64
		for _, v := range values {
			sum += v
		}
		text += " " + fmt.Sprintf(msgSumOfUnits, n.Figure(sum, "money", ""))
	case values[0] == values[1]:
		text += " " + fmt.Sprintf(msgUnitsEqual, names[0], names[1])
	default:
		a, b := 0, 1
		if values[1] > values[0] {
			a, b = 1, 0
		}
		text += " " + vi.Capitalise(fmt.Sprintf(msgUnitsHigher, names[a], names[b], n.Diff(values[a]-values[b], "money", "")))
	}
	return Answer{Kind: KindFigure, Text: text + " " + sourceCitation(pr.SourceCode, pr.SourceIssuedOn)}
}

// sourceTotals are the stated totals a project's money of each source is
// a part of.
var sourceTotals = map[string]string{"nq22": "funding_nq22", "other": "funding_other", "proposed": "funding_missing"}

// projectShare: "phần mềm trích lọc chiếm bao nhiêu % số kinh phí còn
// thiếu": the project's money of that source over the report's stated
// total of it.
func (r *reader) projectShare(ctx context.Context, n vi.Numbers, p nlu.Parse, pr queries.Project, lines []queries.FundingLine, source string) (Answer, error) {
	if ans, ok := r.partOfProject(n, p, pr, lines, source); ok {
		return ans, nil
	}
	ind, ok := r.cat.Indicators[sourceTotals[p.Funding]]
	if !ok {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op])}, nil
	}
	l, _, err := r.locate(ctx, ind, []string{nlu.ProvinceCode}, "", nil)
	if err != nil {
		return Answer{}, err
	}
	part := amount(pr, p.Funding)
	if !l.found || l.pt.value == 0 || part == 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op]) + " " + fmt.Sprintf(msgStoredFigures, projectLine(n, r.cat, pr, lines))}, nil
	}
	text := projectLine(n, r.cat, pr, lines) + " " + fmt.Sprintf(msgProjectShare, pr.ShortName, n.Figure(part, "money", ""),
		n.Num(part/l.pt.value*100), vi.LowerFirst(ind.Name), n.Figure(l.pt.value, ind.Kind, ind.UnitLabel))
	return Answer{Kind: KindFigure, Text: text + source}, nil
}

// partOfProject: "năm 2018 chiếm bao nhiêu phần trăm tổng số đã cấp cho
// dự án nâng cấp Cổng TTĐT", "phần của Đài PTTH chiếm bao nhiêu % kinh
// phí dự án phóng sự": one year's or one recipient's lines of a project
// over all its lines. ok is false unless one year or one unit is named
// and has lines.
func (r *reader) partOfProject(n vi.Numbers, p nlu.Parse, pr queries.Project, lines []queries.FundingLine, source string) (Answer, bool) {
	var whole float64
	for _, l := range lines {
		if l.ProjectID == pr.ID {
			whole += l.Amount
		}
	}
	if whole == 0 {
		return Answer{}, false
	}
	var part float64
	var what string
	if !partNamed(p) {
		return Answer{}, false
	}
	units := namedUnits(p)
	switch years := askedYears(p); {
	case len(years) == 1:
		part, what = yearTotal(pr, lines, years[0]), fmt.Sprintf("Năm %d", years[0])
	default:
		for _, l := range lines {
			if l.ProjectID == pr.ID && slices.Contains(r.cat.Vocab.ResolveUnit(l.Recipient), units[0]) {
				part += l.Amount
			}
		}
		what = "Phần của " + r.cat.Units[units[0]].Name
	}
	if part == 0 {
		return Answer{}, false
	}
	text := fmt.Sprintf(msgPartOfProject, what, n.Num(math.Round(part/whole*10000)/100), pr.ShortName, n.Figure(part, "money", ""), n.Figure(whole, "money", ""))
	return Answer{Kind: KindFigure, Text: text + source}, true
}

// leadName is a project's lead as the report writes it ("Sở TT&TT"), with
// the unit's full name when it names one unit ("Sở Thông tin và Truyền
// thông"): who leads is asked by full name as often as by short. Of
// several leads ("Sở TT&TT, UBND cấp huyện"), each that names one unit
// is given its full name.
func leadName(c *catalog.Catalog, lead string) string {
	if !strings.ContainsAny(lead, ",;") && !strings.Contains(lead, " và ") {
		if full := unitFullName(c, lead); full != "" {
			return full + " – " + lead
		}
		return lead
	}
	parts := strings.Split(lead, ", ")
	for i, part := range parts {
		if full := unitFullName(c, part); full != "" && strings.Contains(part, " ") {
			parts[i] = full + " (" + part + ")"
		}
	}
	return strings.Join(parts, ", ")
}

// unitFullName is the full name of the one unit a short name names ("Sở
// TT&TT"), or "".
func unitFullName(c *catalog.Catalog, short string) string {
	codes := c.Vocab.ResolveUnit(short)
	if len(codes) != 1 {
		return ""
	}
	u, ok := c.Units[codes[0]]
	if !ok || u.Name == short {
		return ""
	}
	return u.Name
}

// moneyOfNamedProject: "sàn thương mại điện tử năm 2019 được phân bổ bao
// nhiêu" speaks of money and names no figure; the words left are those of
// one project's name, and the money is that project's.
func moneyOfNamedProject(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if p.Understood() || p.Reason != nlu.ReasonNotUnderstood || !p.Money || len(p.Leftover) < 2 || !nlu.SaysMoney(p.Words) {
		return p
	}
	seqs := projectsNamed(c, p.Leftover)
	if len(seqs) != 1 {
		return p
	}
	q := p
	q.Intent, q.Reason, q.Projects = nlu.IntentProject, "", seqs
	return q
}

// partsDiff answers "dự án tập huấn: NQ22 đã cấp hơn số đề xuất bao
// nhiêu", "đã cấp và đề xuất cộng lại": two parts of one project's money
// set against each other, or added. ok is false unless the question names
// exactly two parts; "đề xuất vượt số đã cấp bao nhiêu" sets them
// against each other too.
func partsDiff(n vi.Numbers, pr queries.Project, p nlu.Parse) (string, bool) {
	if p.Op == "" && hasWord(p.Words, "vuot") {
		p.Op = "diff"
	}
	if p.Op == "" && hasWord(p.Words, "lan") && hasWord(p.Words, "ca") {
		// "cả phần đã cấp lẫn phần đề xuất là bao nhiêu": the two added.
		p.Op = "sum"
	}
	if p.Op != "diff" && p.Op != "sum" {
		return "", false
	}
	kinds := nlu.FundingParts(p.Words)
	if len(kinds) != 2 {
		return "", false
	}
	a, b := amount(pr, kinds[0]), amount(pr, kinds[1])
	if p.Op == "sum" {
		return fmt.Sprintf(msgPartsSum, pr.ShortName, amountPhrase(kinds[0]), n.Figure(a, "money", ""),
			amountPhrase(kinds[1]), n.Figure(b, "money", ""), n.Figure(a+b, "money", "")), true
	}
	if b > a {
		a, b = b, a
		kinds[0], kinds[1] = kinds[1], kinds[0]
	}
	return fmt.Sprintf(msgPartsDiff, pr.ShortName, amountPhrase(kinds[0]), n.Figure(a, "money", ""),
		amountPhrase(kinds[1]), n.Figure(b, "money", ""), n.Diff(a-b, "money", "")), true
}

// domainWords are the words of what every project is about: "công nghệ
// thông tin", "ứng dụng", "chuyển đổi số", "điện tử".
var domainWords = map[string]bool{"cong": true, "nghe": true, "thong": true, "tin": true, "ung": true, "dung": true,
	"chuyen": true, "doi": true, "so": true, "dien": true, "tu": true}

// projectsNamed finds the projects whose name holds all the given words
// (each may be a phrase, "nang cap"). Words of the whole domain name no
// project ("ngân sách cho CNTT toàn tỉnh": every project is of CNTT).
func projectsNamed(c *catalog.Catalog, words []string) []string {
	if !slices.ContainsFunc(words, func(w string) bool { return !domainWords[w] }) {
		return nil
	}
	var out []string
	for seq, folded := range c.ProjectNames {
		name := " " + folded + " "
		ok := true
		for _, w := range words {
			if !strings.Contains(name, " "+w+" ") {
				ok = false
			}
		}
		if ok {
			out = append(out, seq)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, _ := strconv.Atoi(out[i])
		b, _ := strconv.Atoi(out[j])
		return a < b
	})
	return out
}
