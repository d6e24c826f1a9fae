package ask

import (
	"context"
	"fmt"
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// Which period or reading a value question means when it does not say:
// asked back, or narrowed to the one with figures.

// askPeriod asks which period a question means when it names none and
// each figure asked is a flow stored for periods of different kinds, none
// the obvious "now": "tỷ lệ hồ sơ trực tuyến?" has năm 2018 and 5 tháng
// đầu năm 2019. A stock (a count as of a date) or a series of quarters
// needs no asking: its newest figure is what "now" means. Several figures
// asked together ("Can Lộc có bao nhiêu DVC mức 3 và mức 4"), or of
// several places ("so sánh tỷ lệ … giữa Hương Khê và Thạch Hà"), are asked
// once, when each has the same periods to choose from.
func (r *reader) askPeriod(ctx context.Context, p nlu.Parse, codes []string) (*Answer, error) {
	var periods []nlu.Period
	var names, scopes []string
	ts := targets(p)
	for i, code := range codes {
		names = append(names, r.cat.Indicators[code].Name)
		for j, t := range ts {
			pers, sc, err := r.periodsToAsk(ctx, code, t)
			if err != nil || len(pers) == 0 {
				return nil, err
			}
			if (i > 0 || j > 0) && !slices.EqualFunc(pers, periods, samePeriod) {
				return nil, nil
			}
			periods = pers
			if i == 0 {
				scopes = append(scopes, scopePhrase(r.cat, sc, false))
			}
		}
	}
	// ("Can Lộc quý nào tỷ lệ cao hơn", "Đức Thọ quý nào được nhiều hồ sơ
	// hơn": which, said by every one; not "lấy ở báo cáo quý nào", which
	// asks back.)
	which := whichPeriodAsked(p.Words) && (p.Order == "asc" || p.Order == "desc" || p.Op == "diff" || hasWord(p.Words, "hon"))
	if (nlu.AsksParts(p.Words) || which) && len(periods) > 1 {
		// "Hương Khê từng quý tỷ lệ HSTT thế nào": every one, oldest
		// first, not which; "Hương Sơn quý nào tỷ lệ thấp nhất": every
		// one, which shows it.
		q := p
		if which {
			q.Order, q.Op = "", ""
		}
		q.Intent, q.Periods = nlu.IntentCompare, slices.Clone(periods)
		slices.Reverse(q.Periods)
		ans, err := r.compare(ctx, q)
		return &ans, err
	}
	if allQuarters(periods) {
		// Quarters offered oldest first, so that a bare "2" typed back
		// is quý 2 whether read as the option's number or as the
		// quarter's.
		periods = slices.Clone(periods)
		slices.Reverse(periods)
	}
	ans := Answer{Kind: KindAsk}
	var labels []string
	for _, per := range periods {
		chosen := p
		chosen.Periods = []nlu.Period{per}
		ans.Options = append(ans.Options, Option{Label: per.Label, parse: &chosen})
		labels = append(labels, per.Label)
	}
	ans.Text = fmt.Sprintf(msgAskPeriod, vi.Join(names), vi.Join(scopes), vi.JoinOr(labels))
	return &ans, nil
}

// whichPeriodAsked: the words ask which period ("quý nào", "kỳ nào",
// "năm nào", "trong mấy kỳ báo cáo … thấp nhất").
func whichPeriodAsked(words []string) bool {
	return hasWord(words, "quy", "nao") || hasWord(words, "ky", "nao") || hasWord(words, "nam", "nao") ||
		hasWord(words, "trong", "cac", "ky") || hasWord(words, "trong", "may", "ky")
}

// periodsRanked: "năm nào số hồ sơ nộp trực tuyến nhiều nhất" ranks the
// periods of the province's figure, not its units: with no level named and
// no other "nào", the figure of every period asked, which shows the most.
func periodsRanked(p *nlu.Parse) {
	if p.Intent != nlu.IntentRanking || !whichPeriodAsked(p.Words) || p.Level != "" || len(p.Levels) > 0 || len(p.Periods) > 0 || len(p.Indicators) != 1 {
		return
	}
	if nao := len(slices.DeleteFunc(slices.Clone(p.Words), func(w string) bool { return w != "nao" })); nao != 1 {
		return
	}
	p.Intent, p.Top, p.Which = nlu.IntentValue, 0, false
}

// periodsToAsk are the periods to ask between for one figure of one
// place asked, newest first (none when it needs no asking), and the
// reading of the place's name that has them.
func (r *reader) periodsToAsk(ctx context.Context, code string, t target) ([]nlu.Period, scope, error) {
	ind := r.cat.Indicators[code]
	flow := ind.PeriodAgg == "sum" || ind.PeriodAgg == "ratio"
	// The one reading of the name with figures ("PCI Hà Tĩnh": the
	// province, not the city).
	var pts []point
	var of scope // the reading with figures, named in the question back
	for _, code := range t.units {
		u, ok := r.cat.Units[code]
		if !ok {
			continue
		}
		sc := scope{unit: u, level: t.level}
		got, err := r.series(ctx, ind, sc)
		if err != nil {
			return nil, scope{}, err
		}
		if len(got) > 0 && len(pts) > 0 {
			return nil, scope{}, nil // several readings with figures: asked by name first
		}
		if len(got) > 0 {
			pts, of = got, sc
		}
	}
	var periods []nlu.Period
	kinds := map[nlu.PeriodKind]bool{}
	for _, pt := range pts {
		if pt.stock() || has(pointsOf(periods), pt.period) {
			continue
		}
		periods = append(periods, pt.period)
		kinds[pt.period.Kind] = true
	}
	// A flow over periods of different lengths ("năm 2018" or "5 tháng
	// đầu năm 2019"), a yearly index or figure stated for several years
	// ("điểm chỉ số minh bạch": 2017 or 2018), or a unit's figure
	// reported each quarter ("Sở Tài chính có mấy DVC mức 4": quý 1 or
	// quý 2): asked, not guessed.
	yearly := len(kinds) == 1 && (kinds[nlu.PeriodYear] || kinds[nlu.PeriodQuarter])
	if len(periods) < 2 || flow && len(kinds) < 2 && !yearly || !flow && !yearly {
		return nil, scope{}, nil
	}
	if len(periods) > maxPeriodOptions {
		periods = periods[:maxPeriodOptions]
	}
	return periods, of, nil
}

// allQuarters: every period is a quarter of one year.
func allQuarters(periods []nlu.Period) bool {
	for _, p := range periods {
		if p.Kind != nlu.PeriodQuarter || p.Start[:4] != periods[0].Start[:4] {
			return false
		}
	}
	return len(periods) > 0
}

// maxPeriodOptions is how many periods an ask-back offers, newest first.
const maxPeriodOptions = 4

func pointsOf(periods []nlu.Period) []point {
	out := make([]point, len(periods))
	for i, p := range periods {
		out[i] = point{period: p}
	}
	return out
}

// narrowReadings keeps, of a name with several readings, the one that has
// figures of more of the indicators asked than any other: "Hà Tĩnh … DVC
// mức 3 của 750 TTHC" is the province, the only one with both figures.
// The reply names the scope, so the reading shows.
func (r *reader) narrowReadings(ctx context.Context, p nlu.Parse, codes []string, per *nlu.Period) (nlu.Parse, error) {
	out := p
	out.Units = append([][]string(nil), p.Units...)
	for mi, mention := range p.Units {
		if len(mention) < 2 {
			continue
		}
		best, bestN, tie := "", -1, false
		for _, code := range mention {
			u, ok := r.cat.Units[code]
			if !ok {
				continue
			}
			n := 0
			for _, ic := range codes {
				l, err := r.lookupExact(ctx, r.cat.Indicators[ic], scope{unit: u, level: p.Level}, per)
				if err != nil {
					return p, err
				}
				if l.found {
					n++
				}
			}
			switch {
			case n > bestN:
				best, bestN, tie = code, n, false
			case n == bestN:
				tie = true
			}
		}
		if !tie && bestN > 0 {
			out.Units[mi] = []string{best}
		}
	}
	return out, nil
}

func samePeriods(ls []lookup) bool {
	for _, l := range ls[1:] {
		if !samePeriod(l.pt.period, ls[0].pt.period) {
			return false
		}
	}
	return true
}
