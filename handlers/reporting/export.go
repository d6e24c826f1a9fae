package reporting

import (
	"context"
	"fmt"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/report"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Export answers /xuat [kỳ]: an Excel file with each unit's figures and
// share for the period, who has reported, and the funding table. An
// unreadable period gives its message as text and no file.
func (d *Desk) Export(ctx context.Context, arg string) (text, name string, xlsx []byte, err error) {
	c := d.cat.Get()
	now := d.now()
	per := nlu.LastEndedQuarter(now)
	if strings.TrimSpace(arg) != "" {
		p, err := nlu.ParseQuarter(arg)
		if err != nil {
			return err.Error(), "", nil, nil
		}
		per = p
	}
	status, err := d.data.PeriodStatus(ctx, "quarter", per.Start)
	if err != nil {
		return "", "", nil, err
	}
	fields, err := d.periodFields(ctx, c, status)
	if err != nil {
		return "", "", nil, err
	}
	rows, err := d.data.SubmittedValues(ctx, per.Start, per.End, "")
	if err != nil {
		return "", "", nil, err
	}
	projects, err := d.data.Projects(ctx)
	if err != nil {
		return "", "", nil, err
	}
	fig := report.Figures{Period: per.Label}
	for _, f := range fields {
		fig.Headers = append(fig.Headers, fmt.Sprintf("%s (%s)", f.code, f.name))
	}
	byUnit := map[int64]map[string]float64{}
	for _, r := range rows {
		if byUnit[r.UnitID] == nil {
			byUnit[r.UnitID] = map[string]float64{}
		}
		byUnit[r.UnitID][r.IndicatorCode] = r.Value
	}
	loc := now.Location()
	deadlines := formDeadlines(status, per, loc)
	var st []report.StatusRow
	for _, s := range status {
		st = append(st, report.StatusRow{Code: s.UnitCode, Name: s.UnitName, Submitted: s.SubmissionID.Valid, At: s.SubmittedAt.Time.In(loc),
			By: s.SubmittedBy, Late: s.SubmissionID.Valid && s.SubmittedAt.Time.After(deadlines[s.FormID].AddDate(0, 0, 1))})
		vals, ok := byUnit[s.UnitID]
		if !ok {
			continue
		}
		u := report.UnitFigures{Code: s.UnitCode, Name: s.UnitName}
		for _, f := range fields {
			v, present := vals[f.indicator]
			u.Values = append(u.Values, v)
			u.Present = append(u.Present, present)
		}
		if share, ok := shareOf(c, vals); ok {
			u.Share, u.HasShare = share, true
		}
		fig.Units = append(fig.Units, u)
	}
	var funding []report.FundingRow
	for _, p := range projects {
		funding = append(funding, report.FundingRow{Seq: p.Seq, Name: p.ShortName, Lead: p.LeadAgency, Status: p.Status,
			NQ22: p.NQ22Amount / 1e6, Other: p.OtherAmount / 1e6, Proposed: p.Proposed.Float64 / 1e6})
	}
	stated, err := d.statedFunding(ctx, c)
	if err != nil {
		return "", "", nil, err
	}
	xlsx, err = report.Workbook(fig, st, funding, stated)
	if err != nil {
		return "", "", nil, err
	}
	name = "so-lieu-" + strings.ReplaceAll(strings.ReplaceAll(nlu.Fold(per.Label), " ", "-"), "/", "-") + ".xlsx"
	return fmt.Sprintf(msgExport, per.Label, len(fig.Units), len(status)), name, xlsx, nil
}

// exportField is one column of figures: a form's field, by the code
// clerks type and the indicator it fills.
type exportField struct{ code, name, indicator string }

// periodFields are the fields of the forms due in the period, each
// indicator once, in the forms' order.
func (d *Desk) periodFields(ctx context.Context, c *catalog.Catalog, status []queries.FormStatus) ([]exportField, error) {
	codeOf := map[int64]string{}
	for code, in := range c.Indicators {
		codeOf[in.ID] = code
	}
	var out []exportField
	seenForm, seenInd := map[int64]bool{}, map[int64]bool{}
	for _, s := range status {
		if seenForm[s.FormID] {
			continue
		}
		seenForm[s.FormID] = true
		fields, err := d.data.FormFields(ctx, s.FormID)
		if err != nil {
			return nil, err
		}
		for _, f := range fields {
			if !seenInd[f.IndicatorID] {
				seenInd[f.IndicatorID] = true
				out = append(out, exportField{code: f.Code, name: f.IndicatorName, indicator: codeOf[f.IndicatorID]})
			}
		}
	}
	return out, nil
}

// statedFunding reads the funding totals the report states: the
// province's newest figure of each funding indicator.
func (d *Desk) statedFunding(ctx context.Context, c *catalog.Catalog) (report.FundingTotals, error) {
	var t report.FundingTotals
	prov, ok := c.Units[nlu.ProvinceCode]
	if !ok {
		return t, nil
	}
	vals, err := d.data.UnitAllValues(ctx, prov.ID)
	if err != nil {
		return t, err
	}
	newest := map[int64]queries.Value{}
	for _, v := range vals {
		if v.Level == "" && v.PeriodEnd >= newest[v.IndicatorID].PeriodEnd {
			newest[v.IndicatorID] = v
		}
	}
	for code, dst := range map[string]*float64{"funding_nq22": &t.NQ22, "funding_other": &t.Other, "funding_missing": &t.Proposed} {
		if ind, ok := c.Indicators[code]; ok {
			if v, ok := newest[ind.ID]; ok {
				*dst = v.Value / 1e6
			}
		}
	}
	return t, nil
}
