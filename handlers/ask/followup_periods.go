package ask

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// The periods of follow-ups: the one before, the same year.

// sameYear: "quý 1 thì sao?" after a question about 2019 is quý 1/2019,
// not the latest quý 1 there is.
func sameYear(periods []nlu.Period, asked *nlu.Period) []nlu.Period {
	if asked == nil || len(asked.End) < 4 {
		return periods
	}
	year, err := strconv.Atoi(asked.End[:4])
	if err != nil {
		return periods
	}
	out := append([]nlu.Period(nil), periods...)
	for i, p := range out {
		if p.YearGuessed {
			out[i] = p.InYear(year)
		}
	}
	return out
}

// periodBefore is the period before p: the quarter before a quarter, the
// year before a year, the same months of the year before for part of a
// year; back says which ("quarter", "year", or "any": of p's own kind;
// "next": the quarter or year after p).
//
// "năm trước" after part of a year ("5 tháng đầu năm 2019") is the whole
// year before, as the reports compare; "cùng kỳ" (same) is the same part.
func periodBefore(p nlu.Period, back string) (nlu.Period, bool) {
	switch {
	case back == "next" && p.Kind == nlu.PeriodQuarter:
		next := nlu.NextQuarter(p)
		return next, next.Start != ""
	case back == "next" && p.Kind == nlu.PeriodYear:
		return shiftYear(p, 1)
	case back == "next":
		return nlu.Period{}, false
	case p.Kind == nlu.PeriodQuarter && (back == "quarter" || back == "any" || back == ""):
		return nlu.PreviousQuarter(p), true
	case p.Kind == nlu.PeriodQuarter && (back == "year" || back == "same"):
		return shiftYear(p, -1)
	case (p.Kind == nlu.PeriodRange || p.Kind == nlu.PeriodMonth) && back == "year" && len(p.Start) >= 4:
		y, err := strconv.Atoi(p.Start[:4])
		if err != nil {
			return nlu.Period{}, false
		}
		return nlu.Period{Kind: nlu.PeriodYear, Start: fmt.Sprintf("%d-01-01", y-1), End: fmt.Sprintf("%d-12-31", y-1),
			Label: fmt.Sprintf("năm %d", y-1)}, true
	case p.Kind == nlu.PeriodYear || p.Kind == nlu.PeriodRange || p.Kind == nlu.PeriodMonth:
		if back == "quarter" {
			return nlu.Period{}, false
		}
		return shiftYear(p, -1)
	}
	return nlu.Period{}, false
}

// shiftYear moves a period by whole years, relabelling it.
func shiftYear(p nlu.Period, years int) (nlu.Period, bool) {
	start, err1 := time.Parse("2006-01-02", p.Start)
	end, err2 := time.Parse("2006-01-02", p.End)
	if err1 != nil || err2 != nil {
		return nlu.Period{}, false
	}
	y0, y1 := start.Year(), start.AddDate(years, 0, 0).Year()
	// The end of February moves to the end of February.
	endNext := time.Date(end.Year()+years, end.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	if end.Day() < endNext.Day() {
		endNext = time.Date(end.Year()+years, end.Month(), end.Day(), 0, 0, 0, 0, time.UTC)
	}
	return nlu.Period{Kind: p.Kind, Start: start.AddDate(years, 0, 0).Format("2006-01-02"), End: endNext.Format("2006-01-02"),
		Label: strings.Replace(p.Label, fmt.Sprint(y0), fmt.Sprint(y1), 1)}, true
}

// sortedPeriods orders periods from the earliest.
func sortedPeriods(ps []nlu.Period) []nlu.Period {
	slices.SortFunc(ps, func(a, b nlu.Period) int { return strings.Compare(a.Start, b.Start) })
	return ps
}

// quartersOfRange reads "từ quý 1 đến quý 2/2019 … tăng" as the change
// from the first quarter to the last, not the whole span's figure (which
// no unit reports): a change asked over a span of whole quarters, named
// by its quarters.
func quartersOfRange(p *nlu.Parse) {
	if p.Measure != "change" || len(p.Periods) != 1 || p.Periods[0].Kind != nlu.PeriodRange || !hasWord(p.Words, "den") {
		return
	}
	quarters := 0
	for _, w := range p.Words {
		if w == "quy" {
			quarters++
		}
	}
	if quarters < 2 {
		return
	}
	start, err1 := time.Parse(time.DateOnly, p.Periods[0].Start)
	end, err2 := time.Parse(time.DateOnly, p.Periods[0].End)
	if err1 != nil || err2 != nil {
		return
	}
	first, last := nlu.QuarterOf(start), nlu.QuarterOf(end)
	if first.Start != p.Periods[0].Start || last.End != p.Periods[0].End || first == last {
		return
	}
	p.Periods = []nlu.Period{first, last}
}

// partsAsked splits the one period a question names into the quarters or
// years it asks it by ("chỉ số minh bạch 2017-2018 cho e xin số từng
// năm", "6 tháng đầu năm 2019 mỗi quý"): each part's figure, of the
// quarters that have ended by now and the years that have begun (a
// year's money is granted before it ends).
func partsAsked(p *nlu.Parse, now time.Time) {
	if len(p.Periods) != 1 || p.Measure == "change" || p.Op != "" && p.Op != "sum" {
		return
	}
	parts, ok := nlu.PartsOf(p.Words, p.Periods[0])
	if !ok {
		return
	}
	ended := parts[:0]
	for _, part := range parts {
		edge := part.End
		if part.Kind == nlu.PeriodYear {
			edge = part.Start
		}
		if at, err := time.Parse(time.DateOnly, edge); err == nil && at.Before(now) {
			ended = append(ended, part)
		}
	}
	if len(ended) < 2 {
		return
	}
	p.Periods = ended
	if p.Intent == nlu.IntentValue {
		p.Intent = nlu.IntentCompare
	}
}

// lastQuarterToo adds to a follow-up's "no figure" for the quarter before
// the one asked ("quý trước" after quarter 1/2019: quarter 4/2018) the
// figure of the last quarter that ended, the other reading of "quý
// trước", when it is neither of those two and has a figure.
func (a *Answerer) lastQuarterToo(ctx context.Context, none Answer, p nlu.Parse, mem *memory) (Answer, error) {
	last := nlu.LastEndedQuarter(a.now())
	if len(p.Periods) != 1 || p.Periods[0].Kind != nlu.PeriodQuarter || len(mem.Parse.Periods) != 1 ||
		samePeriod(last, p.Periods[0]) || samePeriod(last, mem.Parse.Periods[0]) {
		return none, nil
	}
	q := p
	q.Periods = []nlu.Period{last}
	again, err := a.AnswerParse(ctx, q)
	if err != nil || !again.Kind.CarriesFigure() {
		return none, err
	}
	again.Text = firstSentence(none.Text) + " " + fmt.Sprintf(msgLastQuarterInstead, last.Label) + " " + again.Text
	return again, nil
}

// asOfSummed reads "tính đến hết tháng 6 năm nay gộp lại", "lũy kế đến
// hết quý 2" of a figure units report each quarter and that adds up over
// time (files, not services in force) as the span from the year's start
// to that day: the quarters in it added, not the last one alone.
func asOfSummed(c *catalog.Catalog, p *nlu.Parse) {
	if len(p.Periods) != 1 || p.Periods[0].Kind != nlu.PeriodAsOf || len(p.Indicators) == 0 || quarterEnd(p.Periods[0].End) != p.Periods[0].End ||
		!hasWord(p.Words, "gop", "lai") && !hasWord(p.Words, "luy", "ke") && !hasWord(p.Words, "cong", "don") {
		// ("tổng hồ sơ … đến 27/02/2019": the figure stated as of that
		// day; only quarters' ends are what units report to.)
		return
	}
	for _, code := range p.Indicators {
		if in := c.Indicators[code]; !c.Reported[code] || in.PeriodAgg != "sum" && in.PeriodAgg != "ratio" {
			return
		}
	}
	end, err := time.Parse(time.DateOnly, p.Periods[0].End)
	if err != nil {
		return
	}
	asOf := p.Periods[0]
	p.Periods = []nlu.Period{{Kind: nlu.PeriodRange, Start: fmt.Sprintf("%04d-01-01", end.Year()), End: asOf.End,
		Label: fmt.Sprintf(msgFromYearStart, end.Year(), asOf.Label)}}
	if p.Op == "sum" && len(p.Units) <= 1 {
		p.Op = "" // the span's own figure, added over its quarters
	}
}

// asOfOwnEnd reads a day that closes a period asked with it ("quý
// 1/2019, số đến 31/3", "Năm 2017 (chốt 31/12/2017)") as that period's
// own figure, not a second period; and the quarters' ends set against
// each other ("tỷ lệ chốt 30/6/2019 so với chốt 31/3/2019", "từ mốc 31/3
// đến 30/6") as those quarters, of a figure units report each quarter.
func asOfOwnEnd(c *catalog.Catalog, p *nlu.Parse) {
	var asOf, others []nlu.Period
	for _, per := range p.Periods {
		if per.Kind == nlu.PeriodAsOf {
			asOf = append(asOf, per)
		} else {
			others = append(others, per)
		}
	}
	if len(asOf) == 0 {
		return
	}
	if len(asOf) == 1 && len(others) == 1 && others[0].Kind == nlu.PeriodRange && others[0].Start < asOf[0].End && others[0].End > asOf[0].End &&
		strings.HasSuffix(others[0].Label, "đến nay") {
		// "tính đến cuối tháng 5/2019 … từ đầu năm": from the start said
		// to the day said, one span.
		start, err := time.Parse(time.DateOnly, others[0].Start)
		if err == nil && start.Month() == time.January && start.Day() == 1 {
			p.Periods = []nlu.Period{{Kind: nlu.PeriodRange, Start: others[0].Start, End: asOf[0].End,
				Label: fmt.Sprintf(msgFromYearStart, start.Year(), asOf[0].Label)}}
			if p.Intent == nlu.IntentCompare && p.Measure == "" && p.Op == "" {
				p.Intent = nlu.IntentValue
			}
			return
		}
	}
	closes := func(d nlu.Period) bool {
		return slices.ContainsFunc(others, func(o nlu.Period) bool { return o.End == d.End })
	}
	if len(others) > 0 && !slices.ContainsFunc(asOf, func(d nlu.Period) bool { return !closes(d) }) {
		p.Periods = others
		if p.Intent == nlu.IntentCompare && len(others) == 1 && p.Measure != "change" {
			// (Read as two periods set side by side: one period's figure.)
			p.Intent = nlu.IntentValue
		}
		return
	}
	if len(others) > 0 || len(asOf) != 2 || len(p.Indicators) == 0 ||
		slices.ContainsFunc(p.Indicators, func(code string) bool { return !c.Reported[code] }) {
		return
	}
	var quarters []nlu.Period
	for _, d := range asOf {
		end, err := time.Parse(time.DateOnly, d.End)
		if err != nil || quarterEnd(d.End) != d.End {
			return
		}
		quarters = append(quarters, nlu.QuarterOf(end))
	}
	p.Periods = quarters
}

// asOfQuarterEnd reads "huyện nào nhiều DVC mức 3 nhất tính đến
// 31/3/2019", "các huyện đã báo cáo có bao nhiêu DVC mức 3 tính đến
// 31/3/2019" (a count units report each quarter as it stands at the
// quarter's end, services in force, not files added up) as that quarter:
// what the units reported for it is the count on that day. A place's
// count "tính đến tháng 6/2019" stays the report's, stated that month.
//
// A figure that adds up over time ("tỷ lệ … các huyện, chốt 30/6/2019",
// "tính đến hết quý 1/2019 huyện nào dẫn đầu về tỷ lệ …") asked as of a
// quarter's end, not summed from the year's start (asOfSummed), is the
// quarter that day closes: the figure units report to it, named by the
// quarter so the reading shows.
func asOfQuarterEnd(c *catalog.Catalog, p *nlu.Parse) {
	if len(p.Periods) != 1 || p.Periods[0].Kind != nlu.PeriodAsOf || len(p.Indicators) == 0 || quarterEnd(p.Periods[0].End) != p.Periods[0].End {
		return
	}
	stock := true
	for _, code := range p.Indicators {
		in := c.Indicators[code]
		if !c.Reported[code] {
			return
		}
		stock = stock && in.PeriodAgg == "last"
	}
	if stock && p.Order == "" && !hasWord(p.Words, "bao", "cao") && !hasWord(p.Words, "da", "nop") ||
		!stock && hasWord(p.Words, "tu", "dau", "nam") {
		return
	}
	end, err := time.Parse(time.DateOnly, p.Periods[0].End)
	if err != nil {
		return
	}
	q := nlu.QuarterOf(end)
	switch {
	case stock:
		q.Label = p.Periods[0].Label // the day asked, which the reply names
	case end.Month() == time.December:
		// "tính đến hết năm 2018": the year that day closes.
		q = nlu.Period{Kind: nlu.PeriodYear, Start: fmt.Sprintf("%04d-01-01", end.Year()), End: p.Periods[0].End, Label: fmt.Sprintf("năm %d", end.Year())}
	}
	p.Periods = []nlu.Period{q}
}

// periodsLeftOut: "không tính quý 1" after the half-year asked as its two
// quarters added: the same question of the periods left (the quarter
// left out was the answer).
func periodsLeftOut(mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	prev := mem.Parse
	if len(p.ExceptPeriods) == 0 || len(p.Periods) > 0 || len(p.Units) > 0 || len(p.Indicators) > 0 || len(prev.Periods) == 0 {
		return nlu.Parse{}, false
	}
	except := sameYear(p.ExceptPeriods, &prev.Periods[0])
	periods := prev.Periods
	if len(periods) == 1 {
		// (The half-year asked as one: its quarters, or its years.)
		by := []string{"tung", "quy"}
		if except[0].Kind == nlu.PeriodYear {
			by = []string{"tung", "nam"}
		}
		parts, ok := nlu.PartsOf(by, periods[0])
		if !ok {
			return nlu.Parse{}, false
		}
		periods = parts
	}
	left := slices.DeleteFunc(slices.Clone(periods), func(per nlu.Period) bool {
		return slices.ContainsFunc(except, func(out nlu.Period) bool { return samePeriod(out, per) })
	})
	if len(left) == len(periods) || len(left) == 0 {
		return nlu.Parse{}, false
	}
	m := prev
	m.Periods = left
	if len(left) == 1 {
		m.Op, m.Measure = "", ""
		if m.Intent == nlu.IntentCompare {
			m.Intent = nlu.IntentValue
		}
	}
	return m, true
}
