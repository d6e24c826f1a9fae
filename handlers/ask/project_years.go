package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// asksWhichYear: the question asks in which year ("năm nào DA cổng tỉnh
// được cấp nhiều nhất"), not which project.
func asksWhichYear(p nlu.Parse) bool {
	return len(p.Projects) == 1 && p.Order != "" && hasWord(p.Words, "nam", "nao") && !hasWord(p.Words, "du", "an", "nao")
}

// topYear answers in which year one project got the most (or the least)
// of the money asked: each year's appendix lines added, the year named
// and every year beside it. ok is false when its lines have fewer than
// two years of that money (a proposal has none).
func topYear(n vi.Numbers, p nlu.Parse, pr queries.Project, lines []queries.FundingLine) (string, bool) {
	byYear := map[int]float64{}
	var years []int
	for _, l := range lines {
		if l.ProjectID != pr.ID || !l.Year.Valid || !ofFunding(p.Funding, l.Source) {
			continue
		}
		y := int(l.Year.Int64)
		if _, seen := byYear[y]; !seen {
			years = append(years, y)
		}
		byYear[y] += l.Amount
	}
	if len(years) < 2 {
		return "", false
	}
	slices.Sort(years)
	best := years[0]
	for _, y := range years[1:] {
		if p.Order == "asc" && byYear[y] < byYear[best] || p.Order != "asc" && byYear[y] > byYear[best] {
			best = y
		}
	}
	var tops, each []string
	for _, y := range years {
		if byYear[y] == byYear[best] {
			tops = append(tops, fmt.Sprint(y))
		}
		each = append(each, fmt.Sprintf("năm %d: %s", y, n.Num(byYear[y]/1e6)))
	}
	word := "nhiều nhất"
	if p.Order == "asc" {
		word = "ít nhất"
	}
	return fmt.Sprintf(msgProjectTopYear, pr.ShortName, amountPhrase(p.Funding), word, strings.Join(tops, ", "),
		n.Figure(byYear[best], "money", ""), strings.Join(each, "; ")), true
}

// rankedMoney is what projects are ranked by: the money asked, of the one
// year asked when the question names one ("dự án nào được cấp nhiều nhất
// năm 2018": that year's appendix lines, not the project's whole), with
// its words.
func (r *reader) rankedMoney(ctx context.Context, p nlu.Parse) (func(queries.Project) float64, string, error) {
	year, ok := askedYear(p)
	if !ok || p.Funding == "proposed" {
		return func(pr queries.Project) float64 { return amount(pr, p.Funding) }, amountPhrase(p.Funding), nil
	}
	lines, err := r.data.FundingLines(ctx)
	if err != nil {
		return nil, "", err
	}
	money := func(pr queries.Project) float64 {
		var t float64
		for _, l := range lines {
			if l.ProjectID == pr.ID && l.Year.Valid && int(l.Year.Int64) == year && ofFunding(p.Funding, l.Source) {
				t += l.Amount
			}
		}
		return t
	}
	return money, fmt.Sprintf("%s năm %d", amountPhrase(p.Funding), year), nil
}

// ofFunding: a funding line of that source is part of the money asked
// (NQ 22, other sources, or both when granted or unnamed); a proposal has
// no lines.
func ofFunding(asked, source string) bool {
	switch asked {
	case "nq22", "other":
		return source == asked
	case "proposed":
		return false
	}
	return true
}
