package ask

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// A statistician asks of the projects' money: the mean of the proposals
// ("trung bình cộng kinh phí đề xuất của các dự án có đề xuất"), their
// median, their range ("khoảng biến thiên", "lớn nhất trừ nhỏ nhất"), how
// many are above the mean. Over the projects that have money of the kind
// asked; never the programme's total, another figure.

// projectStat is the statistic the words ask of the projects' money, or "".
func projectStat(p nlu.Parse) string {
	w := p.Words
	mean := p.Op == "avg" || hasWord(w, "trung", "binh")
	switch {
	case mean && (p.Count || asksHowMany(w)) && (hasWord(w, "cao", "hon") || hasWord(w, "tren") || hasWord(w, "lon", "hon") || hasWord(w, "nhieu", "hon")):
		return "above"
	case asksMedian(w):
		return "median"
	case hasWord(w, "bien", "thien") || hasWord(w, "lon", "nhat") && hasWord(w, "nho", "nhat") && (hasWord(w, "tru") || hasWord(w, "chenh")):
		return "range"
	case mean:
		return "avg"
	}
	return ""
}

// proposalStatAsked: a statistic of the proposals asked where the words
// read as the programme's proposal total ("khoảng biến thiên của kinh phí
// đề xuất"): the projects' proposals are meant.
func proposalStatAsked(p nlu.Parse) bool {
	stat := projectStat(p)
	return p.Intent == nlu.IntentFunding && len(p.Projects) == 0 && hasWord(p.Words, "de", "xuat") && stat != "" &&
		(hasWord(p.Words, "du", "an") || stat == "range" || stat == "median")
}

// projectMoneyStat answers the statistic over list's money (m gives it, in
// đồng; label names it); counted is how many projects the question said
// to spread over, or 0.
func projectMoneyStat(stat string, list []queries.Project, m func(queries.Project) float64, label, citation string, counted int) Answer {
	n := vi.NewNumbers()
	money := func(v float64) string { return n.Figure(v, "money", "") }
	var have []queries.Project
	for _, pr := range list {
		if m(pr) > 0 {
			have = append(have, pr)
		}
	}
	if len(have) < 2 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgProjectStatTooFew, label)}
	}
	if counted > 0 && counted != len(have) {
		// "bình quân cho 13 dự án trong phụ lục" when 6 have that money:
		// not the mean of those that have it, nor one to guess.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames["avg"])}
	}
	slices.SortStableFunc(have, func(a, b queries.Project) int { return cmp.Compare(m(a), m(b)) })
	var total float64
	for _, pr := range have {
		total += m(pr)
	}
	k := len(have)
	mean := total / float64(k)
	var text string
	switch stat {
	case "above":
		var names []string
		for _, pr := range have {
			if m(pr) > mean {
				names = append(names, fmt.Sprintf("«%s» %s", pr.ShortName, money(m(pr))))
			}
		}
		text = fmt.Sprintf(msgProjectsAboveMean, len(names), k, label, money(mean), strings.Join(names, "; "))
	case "median":
		mid := m(have[k/2])
		if k%2 == 0 {
			mid = (m(have[k/2-1]) + m(have[k/2])) / 2
		}
		text = fmt.Sprintf(msgProjectsMedian, label, k, money(mid))
	case "range":
		lo, hi := have[0], have[k-1]
		text = fmt.Sprintf(msgProjectsRange, label, k, money(m(hi)-m(lo)), lo.ShortName, money(m(lo)), hi.ShortName, money(m(hi)))
	default:
		text = fmt.Sprintf(msgProjectsMean, label, k, money(mean))
	}
	return Answer{Kind: KindFigure, Text: text + citation}
}

// projectStatAnswer is projectMoneyStat over the projects the parse
// filtered, or ok false when no statistic is asked.
func (r *reader) projectStatAnswer(ctx context.Context, p nlu.Parse, list []queries.Project, citation string) (Answer, bool, error) {
	stat := projectStat(p)
	if stat == "" || p.Funding == "" || len(p.Projects) > 0 {
		return Answer{}, false, nil
	}
	money, label, err := r.rankedMoney(ctx, p)
	if err != nil {
		return Answer{}, true, err
	}
	return projectMoneyStat(stat, list, money, label, citation, projectsCounted(p.Words)), true, nil
}
