package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/report"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Attachment is a file an answer carries: a chart (Image) or a spreadsheet.
type Attachment struct {
	Name  string
	Data  []byte
	Image bool
}

// chart answers "vẽ biểu đồ …" / "/bieudo …": a ranking of units for a
// period, a trend of one scope over periods, or funding by project. The
// caption says the same in words (Zalo gets only the words).
func (r *reader) chart(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	n := vi.NewNumbers()
	switch {
	case p.Intent == nlu.IntentFunding || p.Intent == nlu.IntentProject || p.Intent == nlu.IntentProjects:
		projects, err := r.data.Projects(ctx)
		if err != nil {
			return Answer{}, err
		}
		var rows []report.ProjectFunding
		var lines []string
		for _, pr := range projects {
			alloc, prop := (pr.NQ22Amount+pr.OtherAmount)/1e6, pr.Proposed.Float64/1e6
			if alloc == 0 && prop == 0 {
				continue
			}
			rows = append(rows, report.ProjectFunding{Name: pr.ShortName, Allocated: alloc, Proposed: prop})
			lines = append(lines, fmt.Sprintf("%d. %s: đã cấp %s, đề xuất %s", pr.Seq, pr.ShortName, n.Num(alloc), n.Num(prop)))
		}
		title := msgChartFundingTitle
		png, err := report.FundingChart(title, rows)
		if err != nil {
			return Answer{}, err
		}
		return chartAnswer(title, lines, sourceCitation(projects[0].SourceCode, projects[0].SourceIssuedOn), png, "kinh-phi-du-an.png"), nil
	case len(p.Indicators) == 0:
		return notUnderstood(p), nil
	}
	ind := c.Indicators[p.Indicators[0]]
	per := firstPeriod(p)
	quarter := per != nil && per.Kind == nlu.PeriodQuarter
	if c.Reported[ind.Code] && len(p.Units) == 0 && (p.Level != "" || p.Order != "" || quarter) {
		return r.rankingChart(ctx, p, ind)
	}
	return r.trendChart(ctx, p, ind)
}

func (r *reader) rankingChart(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, error) {
	c := r.cat
	per, list, none, err := r.rankedUnits(ctx, p, ind)
	if err != nil || none != nil {
		return deref(none), err
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].value > list[j].value })
	who := "các đơn vị"
	if p.Level != "" {
		who = "các đơn vị " + c.LevelPhrase(p.Level)
	}
	title := vi.Capitalise(fmt.Sprintf("%s %s %s", ind.Name, who, per.Label))
	n := vi.NewNumbers()
	bars := make([]report.Bar, len(list))
	lines := make([]string, len(list))
	for i, r := range list {
		bars[i] = report.Bar{Label: r.name, Value: r.value}
		lines[i] = fmt.Sprintf("%d. %s: %s", i+1, r.name, n.Figure(r.value, ind.Kind, ind.UnitLabel))
	}
	png, err := report.RankingChart(title, axisLabel(ind), bars)
	if err != nil {
		return Answer{}, err
	}
	source := fmt.Sprintf(msgSourceAggregate, len(list), c.RequiredCount(ind.Code, p.Level, per.End), c.LevelPhrase(p.Level), per.Label)
	return chartAnswer(title, lines, source, png, "xep-hang.png"), nil
}

func (r *reader) trendChart(ctx context.Context, p nlu.Parse, ind queries.Indicator) (Answer, error) {
	c := r.cat
	mention := mentions(p)[0]
	l, ask, err := r.locate(ctx, ind, mention, p.Level, nil)
	if err != nil {
		return Answer{}, err
	}
	if len(ask) > 0 {
		return askUnit(c, p, 0, ask), nil
	}
	if !l.found {
		return Answer{Kind: KindNoData, Text: noData(c, ind, l, nil)}, nil
	}
	pts := append([]point(nil), l.points...)
	if len(pts) == 0 {
		pts = []point{l.pt} // a figure summed from the units' reports
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].period.End < pts[j].period.End })
	n := vi.NewNumbers()
	var points []report.Point
	var lines []string
	for _, pt := range pts {
		points = append(points, report.Point{Label: pt.period.Label, Value: pt.value})
		lines = append(lines, fmt.Sprintf("%s: %s", pt.period.Label, n.Figure(pt.value, ind.Kind, ind.UnitLabel)))
	}
	title := vi.Capitalise(fmt.Sprintf("%s %s", ind.Name, scopePhrase(c, l.sc, l.pt.perUnit)))
	png, err := report.TrendChart(title, axisLabel(ind), points)
	if err != nil {
		return Answer{}, err
	}
	return chartAnswer(title, lines, l.pt.citation, png, "xu-huong.png"), nil
}

func axisLabel(ind queries.Indicator) string {
	switch ind.Kind {
	case "percent":
		return "%"
	case "money":
		return "triệu đồng"
	}
	return ind.UnitLabel
}

func chartAnswer(title string, lines []string, source string, png []byte, name string) Answer {
	if len(lines) > maxNamesInReply {
		lines = append(lines[:maxNamesInReply:maxNamesInReply], fmt.Sprintf(msgChartMore, len(lines)-maxNamesInReply))
	}
	text := title + ":\n" + strings.Join(lines, "\n") + "\n" + source
	return Answer{Kind: KindFigure, Text: text, Attachment: &Attachment{Name: name, Data: png, Image: true}}
}
