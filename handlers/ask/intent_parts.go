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

// namedUnit is the unit a funding question names, other than the province.
func namedUnit(p nlu.Parse) (string, bool) {
	if len(p.Units) == 0 || len(p.Units[0]) == 0 || p.Units[0][0] == nlu.ProvinceCode {
		return "", false
	}
	return p.Units[0][0], true
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

// recipientFunding answers what the funding lines give a named unit
// ("Báo Hà Tĩnh được cấp bao nhiêu năm 2019?"), in the projects asked
// when the question names some. ok is false when the question names no
// unit other than the province.
func (r *reader) recipientFunding(ctx context.Context, p nlu.Parse) (Answer, bool, error) {
	code, ok := namedUnit(p)
	if !ok {
		return Answer{}, false, nil
	}
	u := r.cat.Units[code]
	lines, err := r.data.FundingLines(ctx)
	if err != nil {
		return Answer{}, true, err
	}
	year, byYear := askedYear(p)
	byID := map[int64]queries.Project{}
	for _, pr := range r.cat.Projects {
		byID[pr.ID] = pr
	}
	n := vi.NewNumbers()
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
		if byYear && (!l.Year.Valid || int(l.Year.Int64) != year) {
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
	if len(items) == 0 {
		when := ""
		if byYear {
			when = fmt.Sprintf(" năm %d", year)
		}
		return partNotStored(fmt.Sprintf(msgRecipientNone, u.Name, when), p), true, nil
	}
	text := fmt.Sprintf(msgRecipientHead, u.Name, strings.Join(items, "; "))
	if len(items) > 1 {
		text += " " + fmt.Sprintf(msgSumOfUnits, n.Figure(total, "money", ""))
	}
	return Answer{Kind: KindFigure, Text: text + " " + sourceCitation(source.SourceCode, source.SourceIssuedOn)}, true, nil
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
// được cấp bao nhiêu?"): the lines of that year, or that the report gives
// no figure for it, with the project's whole funding offered as nearest.
func projectYear(n vi.Numbers, pr queries.Project, lines []queries.FundingLine, year int) (string, bool) {
	var parts []string
	for _, l := range lines {
		if l.ProjectID != pr.ID || !l.Year.Valid || int(l.Year.Int64) != year {
			continue
		}
		part := sourceKindName(l.Source) + ": " + n.Figure(l.Amount, "money", "")
		if l.Recipient != "" {
			part = fmt.Sprintf(msgRecipient, l.Recipient, l.Year.Int64, n.Num(l.Amount/1e6)) + " triệu đồng (" + sourceKindName(l.Source) + ")"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return fmt.Sprintf(msgProjectYearNone, year, pr.ShortName), false
	}
	return fmt.Sprintf(msgProjectYear, pr.ShortName, year, strings.Join(parts, "; ")), true
}
