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

// A question about a part of the funding (one recipient, one year, one
// project) gets the part, or says the part is not stored and offers what
// is: never the total.

// namedUnits are the units a funding question names, other than the
// province: the first reading of each mention.
func namedUnits(p nlu.Parse) []string {
	var out []string
	for _, m := range p.Units {
		if len(m) > 0 && m[0] != nlu.ProvinceCode && !slices.Contains(out, m[0]) {
			out = append(out, m[0])
		}
	}
	return out
}

// firstOf is the first of a list, or "".
func firstOf(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}

// mentionOf is the index of the first mention of a unit in the question.
func mentionOf(p nlu.Parse, code string) int {
	for i, m := range p.Units {
		if slices.Contains(m, code) {
			return i
		}
	}
	return -1
}

// askedYear is the year a question names ("năm 2018"), if any.
func askedYear(p nlu.Parse) (int, bool) {
	for _, per := range p.Periods {
		if per.Kind == nlu.PeriodYear && len(per.Start) >= 4 {
			var y int
			if _, err := fmt.Sscan(per.Start[:4], &y); err == nil {
				return y, true
			}
		}
	}
	return 0, false
}

// askedYears are the years a question names, in order.
func askedYears(p nlu.Parse) []int {
	var out []int
	for _, per := range p.Periods {
		var y int
		if per.Kind == nlu.PeriodYear && len(per.Start) >= 4 {
			if _, err := fmt.Sscan(per.Start[:4], &y); err == nil && !slices.Contains(out, y) {
				out = append(out, y)
			}
		}
		if from, to, ok := wholeYears(per); ok && p.Op == "sum" && to-from < maxYearsAdded {
			// "lũy kế từ 2017 đến hết 2018": each year of the span, added.
			for y := from; y <= to; y++ {
				if !slices.Contains(out, y) {
					out = append(out, y)
				}
			}
		}
	}
	return out
}

// maxYearsAdded bounds the years of a span added year by year; a longer
// one ("giai đoạn 2017-2020") is the plan's whole.
const maxYearsAdded = 3

// wholeYears: a span from the first day of one year to the last of a
// later one.
func wholeYears(per nlu.Period) (from, to int, ok bool) {
	if per.Kind != nlu.PeriodRange || len(per.Start) != 10 || len(per.End) != 10 || per.Start[4:] != "-01-01" || per.End[4:] != "-12-31" {
		return 0, 0, false
	}
	if _, err := fmt.Sscan(per.Start[:4], &from); err != nil {
		return 0, 0, false
	}
	if _, err := fmt.Sscan(per.End[:4], &to); err != nil {
		return 0, 0, false
	}
	return from, to, to > from
}

// yearTotal is what a project's lines give it in one year.
func yearTotal(pr queries.Project, lines []queries.FundingLine, year int) float64 {
	var t float64
	for _, l := range lines {
		if l.ProjectID == pr.ID && l.Year.Valid && int(l.Year.Int64) == year {
			t += l.Amount
		}
	}
	return t
}

// recipientFunding answers what the funding lines give each named unit
// ("Báo Hà Tĩnh được cấp bao nhiêu năm 2019?", "cả Đài PTTH lẫn Báo Hà
// Tĩnh … tổng bao nhiêu"), in the projects asked when the question names
// some, with their sum when several got some. ok is false when the
// question names no unit other than the province.
func (r *reader) recipientFunding(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	codes := namedUnits(p)
	if len(codes) == 0 {
		return Answer{}, false, nil
	}
	lines, err := r.data.FundingLines(ctx)
	if err != nil {
		return Answer{}, true, err
	}
	years := askedYears(p)
	when := ""
	if len(years) > 0 {
		ys := make([]string, len(years))
		for i, y := range years {
			ys[i] = fmt.Sprint(y)
		}
		when = " năm " + strings.Join(ys, " và ")
	}
	n := vi.NewNumbers()
	byID := map[int64]queries.Project{}
	for _, pr := range r.cat.Projects {
		byID[pr.ID] = pr
	}
	if pr, ok := r.cat.Projects[firstOf(p.Projects)]; ok && p.Op == "share" && len(p.Projects) == 1 {
		// "phần của Đài PTTH chiếm bao nhiêu % kinh phí dự án phóng sự".
		if ans, ok := r.partOfProject(n, p, pr, lines, " "+sourceCitation(pr.SourceCode, pr.SourceIssuedOn)); ok {
			return ans, true, nil
		}
	}
	// "tăng bao nhiêu so với 2018", "nhiều hơn … bao nhiêu": the money
	// set against each other, never added.
	against := p.Op == "diff" || p.Op == "" && p.Measure == "change"
	var texts []string
	var grand float64
	var source queries.Project
	got := 0
	var totals []float64
	var names []string
	addressed := 0
	for _, code := range codes {
		u := r.cat.Units[code]
		items, total, src := r.recipientItems(n, p, lines, byID, code, years)
		if len(items) == 0 {
			if p.Addressed(mentionOf(p, code)) {
				// "Đề nghị Sở TT&TT cho biết kinh phí …": the body asked
				// to tell, with no funding of its own.
				addressed++
				continue
			}
			texts = append(texts, fmt.Sprintf(msgRecipientNone, u.Name, when))
			continue
		}
		text := fmt.Sprintf(msgRecipientHead, u.Name, strings.Join(items, "; "))
		if len(items) > 1 && !against {
			text += " " + fmt.Sprintf(msgSumOfUnits, n.Figure(total, "money", ""))
		}
		texts = append(texts, text)
		grand += total
		source = src
		got++
		totals, names = append(totals, total), append(names, u.Name)
	}
	if got == 0 && addressed == len(codes) {
		return Answer{}, false, nil
	}
	if got == 0 {
		return partNotStored(strings.Join(texts, " "), p), true, nil
	}
	switch {
	case against && got == 1 && len(codes) == 1 && len(years) == 2:
		// "Đài PTTH năm 2019 được nhiều hơn năm 2018 bao nhiêu trong DA
		// phóng sự": the unit's money of the two years, set against each
		// other.
		old, cur := min(years[0], years[1]), max(years[0], years[1])
		_, before, _ := r.recipientItems(n, p, lines, byID, codes[0], []int{old})
		_, after, _ := r.recipientItems(n, p, lines, byID, codes[0], []int{cur})
		texts = append(texts, yearChange(n, p.Words, cur, old, before, after))
	case against && got == 2 && len(codes) == 2:
		// "Đài PTTH được nhiều hơn Báo Hà Tĩnh bao nhiêu": the difference
		// of their totals, never their sum.
		a, b := 0, 1
		if totals[1] > totals[0] {
			a, b = 1, 0
		}
		if totals[a] == totals[b] {
			texts = append(texts, fmt.Sprintf(msgUnitsEqual, names[0], names[1]))
		} else {
			texts = append(texts, fmt.Sprintf(msgUnitsHigher, names[a], names[b], n.Diff(totals[a]-totals[b], "money", "")))
		}
	case p.Op == "each":
		// "mỗi đơn vị được cấp bao nhiêu": each unit's, said above.
	case p.Op != "" && p.Op != "sum":
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op]) + " " + fmt.Sprintf(msgStoredFigures, strings.Join(texts, " "))}, true, nil
	case got > 1:
		texts = append(texts, fmt.Sprintf(msgSumOfUnits, n.Figure(grand, "money", "")))
	}
	return Answer{Kind: KindFigure, Text: strings.Join(texts, " ") + " " + sourceCitation(source.SourceCode, source.SourceIssuedOn)}, true, nil
}

// recipientItems are the funding lines of one unit, as reply items, with
// their total and the project of the last one (for the citation).
func (r *reader) recipientItems(n vi.Numbers, p nlu.Parse, lines []queries.FundingLine, byID map[int64]queries.Project, code string, years []int) ([]string, float64, queries.Project) {
	var items []string
	var total float64
	var source queries.Project
	for _, l := range lines {
		pr := byID[l.ProjectID]
		if l.Recipient == "" || !slices.Contains(r.cat.Vocab.ResolveUnit(l.Recipient), code) {
			continue
		}
		if len(p.Projects) > 0 && !slices.Contains(p.Projects, fmt.Sprint(pr.Seq)) {
			continue
		}
		if len(years) > 0 && (!l.Year.Valid || !slices.Contains(years, int(l.Year.Int64))) {
			continue
		}
		y := ""
		if l.Year.Valid {
			y = fmt.Sprintf(msgByYear, l.Year.Int64, n.Figure(l.Amount, "money", ""))
		}
		items = append(items, fmt.Sprintf(msgRecipientLine, y, sourceKindName(l.Source), pr.ShortName))
		total += l.Amount
		source = pr
	}
	return items, total, source
}

// partNotStored says the part asked is not stored and offers the whole, as
// a choice, never as the answer.
func partNotStored(text string, p nlu.Parse) Answer {
	whole := nlu.Parse{Intent: nlu.IntentFunding, Words: p.Words}
	return Answer{Kind: KindNoData, Text: text + " " + msgOfferWhole,
		Options: []Option{{Label: msgWholeLabel, parse: &whole}}}
}

func sourceKindName(kind string) string {
	if kind == "nq22" {
		return "nguồn NQ 22"
	}
	return "lồng ghép nguồn khác"
}

// projectYear answers one year of a project's funding ("năm 2018 dự án CIO
// được cấp bao nhiêu?"): the lines of that year (of one source, when
// source is not ""), or that the report gives no figure for it, with the
// project's whole funding offered as nearest.
func projectYear(n vi.Numbers, pr queries.Project, lines []queries.FundingLine, year int, source string) (string, bool) {
	var parts []string
	var total float64
	for _, l := range lines {
		if l.ProjectID != pr.ID || !l.Year.Valid || int(l.Year.Int64) != year {
			continue
		}
		if source != "" && l.Source != source {
			// "năm 2018 được cấp bao nhiêu từ nguồn NQ22": the other
			// source's line of that year is not what was asked.
			continue
		}
		part := sourceKindName(l.Source) + ": " + n.Figure(l.Amount, "money", "")
		if l.Recipient != "" {
			part = fmt.Sprintf(msgRecipient, l.Recipient, l.Year.Int64, n.Num(l.Amount/1e6)) + " triệu đồng (" + sourceKindName(l.Source) + ")"
		}
		parts = append(parts, part)
		total += l.Amount
	}
	if len(parts) == 0 && source != "" {
		return fmt.Sprintf(msgProjectYearSourceNone, sourceKindName(source), year, pr.ShortName), false
	}
	if len(parts) == 0 {
		return fmt.Sprintf(msgProjectYearNone, year, pr.ShortName), false
	}
	if len(parts) > 1 {
		parts = append(parts, strings.TrimSuffix(fmt.Sprintf(msgSumOfUnits, n.Figure(total, "money", "")), "."))
	}
	return fmt.Sprintf(msgProjectYear, pr.ShortName, year, strings.Join(parts, "; ")), true
}
