package handlers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/report"
)

// export answers /xuat [kỳ]: an Excel file with each unit's figures and
// share for the period, who has reported, and the funding table.
func (a *request) export(ctx context.Context, c *catalog, arg string) (Answer, error) {
	per := nlu.LastEndedQuarter(a.now())
	if strings.TrimSpace(arg) != "" {
		p, err := nlu.ParseQuarter(arg)
		if err != nil {
			return Answer{Kind: KindNotUnderstood, Text: err.Error()}, nil
		}
		per = p
	}
	fields, err := a.data.FormFields(ctx, c.form.ID)
	if err != nil {
		return Answer{}, err
	}
	rows, err := a.data.SubmittedValues(ctx, per.Start, per.End, "")
	if err != nil {
		return Answer{}, err
	}
	status, err := a.data.FormStatus(ctx, c.form.ID, per.Start)
	if err != nil {
		return Answer{}, err
	}
	projects, err := a.data.Projects(ctx)
	if err != nil {
		return Answer{}, err
	}
	fig := report.Figures{Period: per.Label}
	for _, f := range fields {
		fig.Headers = append(fig.Headers, fmt.Sprintf("%s (%s)", f.Code, f.IndicatorName))
	}
	byUnit := map[int64]map[string]float64{}
	for _, r := range rows {
		if byUnit[r.UnitID] == nil {
			byUnit[r.UnitID] = map[string]float64{}
		}
		byUnit[r.UnitID][r.IndicatorCode] = r.Value
	}
	loc := a.now().Location()
	end, _ := time.ParseInLocation("2006-01-02", per.End, loc)
	deadline := end.AddDate(0, 0, c.form.DeadlineDays+1)
	var st []report.StatusRow
	for _, s := range status {
		st = append(st, report.StatusRow{Code: s.UnitCode, Name: s.UnitName, Submitted: s.SubmissionID.Valid, At: s.SubmittedAt.Time.In(loc),
			By: s.SubmittedBy, Late: s.SubmissionID.Valid && s.SubmittedAt.Time.After(deadline)})
		vals, ok := byUnit[s.UnitID]
		if !ok {
			continue
		}
		u := report.UnitFigures{Code: s.UnitCode, Name: s.UnitName}
		for _, f := range fields {
			v, present := vals[f.Code]
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
	stated, err := a.statedFunding(ctx, c)
	if err != nil {
		return Answer{}, err
	}
	xlsx, err := report.Workbook(fig, st, funding, stated)
	if err != nil {
		return Answer{}, err
	}
	name := "so-lieu-" + strings.ReplaceAll(strings.ReplaceAll(nlu.Fold(per.Label), " ", "-"), "/", "-") + ".xlsx"
	text := fmt.Sprintf(msgExport, per.Label, len(fig.Units), len(status))
	return Answer{Kind: KindFigure, Text: text, Attachment: &Attachment{Name: name, Data: xlsx}}, nil
}

// statedFunding reads the funding totals the report states.
func (a *request) statedFunding(ctx context.Context, c *catalog) (report.FundingTotals, error) {
	var t report.FundingTotals
	for code, dst := range map[string]*float64{"funding_nq22": &t.NQ22, "funding_other": &t.Other, "funding_missing": &t.Proposed} {
		ind, ok := c.indicators[code]
		if !ok {
			continue
		}
		l, _, err := a.locate(ctx, c, ind, []string{nlu.ProvinceCode}, "", nil)
		if err != nil {
			return t, err
		}
		if l.found {
			*dst = l.pt.value / 1e6
		}
	}
	return t, nil
}
