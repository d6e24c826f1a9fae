package nlu

// The periods a question names, found in one pass.

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// periods finds every period named, in order, in one pass; invalid says
// why the first span written like a period cannot be one ("quý 9/2019":
// "quý phải từ 1 đến 4"), if any.
func (q *question) periods(ref time.Time) (out []Period, invalid string, bad [2]int) {
	ps := periodParser{toks: q.tokens, ref: ref}
	var reportYear *Period
	defer func() {
		if reportYear != nil && len(out) > 1 {
			// "hiện nay … (theo báo cáo 2019)": the report's year, beside
			// the period asked, is no period asked.
			out = slices.DeleteFunc(out, func(p Period) bool { return p == *reportYear })
		}
		if len(out) == 2 && slices.ContainsFunc(out, func(p Period) bool { return p.Kind == PeriodLatest }) &&
			slices.ContainsFunc(out, func(p Period) bool { return p.Kind == PeriodYear && p.Start[:4] == strconv.Itoa(ref.Year()) }) {
			// "năm nay, tính đến thời điểm báo cáo": this year so far,
			// not this year set against now.
			out = slices.DeleteFunc(out, func(p Period) bool { return p.Kind == PeriodLatest })
		}
	}()
	for i := 0; i < len(q.tokens); {
		r := ps.parseAt(i)
		if r.st == stOK && r.p.Kind == PeriodYear && q.afterReport(i) {
			reportYear = &r.p
		}
		if r.st == stOK && r.p.Kind == PeriodYear && len(out) > 0 && i >= 2 && q.tokens[i-2] == "cung" && q.tokens[i-1] == "ky" {
			// "5 tháng đầu 2019 … so với cùng kỳ năm trước": the same part
			// of the year before, not that whole year.
			if same, ok := yearEarlier(out[len(out)-1]); ok {
				r.p = same
			}
		}
		switch {
		case r.st == stOK && r.n > 0:
			if leftOutBefore(q.tokens, i) {
				q.leftOutPeriods = append(q.leftOutPeriods, r.p)
			}
			if !slices.ContainsFunc(out, func(o Period) bool { return o.Kind == r.p.Kind && o.Start == r.p.Start && o.End == r.p.End }) {
				// "Lộc Hà quý 1 so với Thạch Hà quý 1": one period, named twice.
				out = append(out, r.p)
			}
			if r.p.Kind == PeriodQuarter || r.p.Kind == PeriodMonth {
				named := r.p
				ps.named = &named
			}
			for k := i; k < i+r.n; k++ {
				q.taken[k] = true
			}
			i += r.n
		case r.st != stNone && r.n > 0:
			if why, ok := invalidReasons[r.st]; ok && invalid == "" {
				invalid, bad = why, [2]int{i, i + r.n}
			}
			if r.st == stDocDate {
				q.take(span{i, i + r.n})
			}
			i += r.n
		default:
			i++
		}
	}
	return out, invalid, bad
}

// afterReport: token i follows "báo cáo" (or "báo cáo năm").
func (q *question) afterReport(i int) bool {
	if i > 0 && q.tokens[i-1] == "nam" {
		i--
	}
	return i >= 2 && q.tokens[i-2] == "bao" && q.tokens[i-1] == "cao"
}

// periodMask marks the tokens that belong to periods.
func (q *question) periodMask() []bool {
	return append([]bool(nil), q.periodTaken...)
}

func (q *question) onlyGreeting() bool {
	rest := 0
	greeted := q.any(greetings)
	for i, tok := range q.tokens {
		if !q.taken[i] && !fillers[tok] {
			rest++
		}
	}
	// ("Em cảm ơn, thế số liệu tương ứng của năm 2018 là bao nhiêu ạ?":
	// thanks, then a question of a period.)
	return rest == 0 && greeted && !(slices.Contains(q.periodTaken, true) && Asks(q.tokens))
}

// leftOutBefore: the words right before token i leave out what it names
// ("không tính quý 2"; not "trừ", which subtracts: "quý 2 trừ quý 1").
func leftOutBefore(tokens []string, i int) bool {
	if i < 2 {
		return false
	}
	two := tokens[i-2] + " " + tokens[i-1]
	// ("không phải 2017, a hỏi 2018 cơ": not that one.)
	return two == "khong tinh" || two == "khong ke" || two == "chua tinh" || two == "bo di" || two == "khong phai"
}

// periodsLeftOut splits the periods found into those asked and those the
// question leaves out.
func (q *question) periodsLeftOut(found []Period) (asked, out []Period) {
	if len(q.leftOutPeriods) == 0 {
		return found, nil
	}
	for _, p := range found {
		if slices.Contains(q.leftOutPeriods, p) {
			out = append(out, p)
		} else {
			asked = append(asked, p)
		}
	}
	return asked, out
}

// yearEarlier is a part of a year (a quarter, a month, the first months)
// a year before; false for a whole year or a period without both ends.
func yearEarlier(p Period) (Period, bool) {
	if p.Kind == PeriodYear || len(p.Start) != 10 || len(p.End) != 10 || p.Start[:4] != p.End[:4] {
		return Period{}, false
	}
	y := atoi(p.Start[:4])
	old := strconv.Itoa(y)
	if !strings.Contains(p.Label, old) || !validYear(y-1) {
		return Period{}, false
	}
	m1, d1, m2, d2 := atoi(p.Start[5:7]), atoi(p.Start[8:]), atoi(p.End[5:7]), atoi(p.End[8:])
	p.Start, p.End = civilDate(y-1, m1, min(d1, daysIn(y-1, m1))), civilDate(y-1, m2, min(d2, daysIn(y-1, m2)))
	p.Label = strings.ReplaceAll(p.Label, old, strconv.Itoa(y-1))
	return p, true
}
