package ask

import (
	"context"
	"fmt"
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// The online services of both levels as the whole a figure is set against:
// "mức 4 chiếm bao nhiêu % tổng DVC" (one level's share of a place's
// services), "mỗi DVC được mấy hồ sơ trực tuyến" (a place's files per
// service). The whole is the two levels' counts of the same place and
// period, added; the answer is computed, never one of the figures.

const (
	servicesLevel3 = "dvc3"
	servicesLevel4 = "dvc4"
)

// Kinds of question over the services' whole.
const (
	overServicesShare = "share" // a level's share of the services
	overServicesPer   = "per"   // files per service
)

// overServices says what the question sets against the services of both
// levels, "" when nothing: a share of one level named outside the whole
// ("Hương Khê quý 2 mức 4 chiếm mấy phần trăm số dvc"), or files over the
// services ("bình quân mỗi dvc có bao nhiêu hồ sơ", "số hstt chia cho số
// dvc").
func overServices(p nlu.Parse) string {
	from, to, per := servicesWholeAt(p.Words)
	if from < 0 {
		return ""
	}
	switch {
	case per && len(p.Indicators) == 1 && (p.Indicators[0] == "hstt" || p.Indicators[0] == "hstong") &&
		(p.Op == "per" || p.Op == "avg" || p.Op == ""):
		return overServicesPer
	case !per && p.Op == "share" && slices.Contains(p.Indicators, levelPart(p.Words, from, to)):
		return overServicesShare
	}
	return ""
}

// servicesWholeAt finds "dịch vụ công" said as all the services, both
// levels: after "tổng (số)", "số" or "trong tổng" for a share, after
// "mỗi", "1", "trên 1" or "chia cho (số)" for files per service; not
// followed by one level ("tổng DVC mức 4" is that level's whole), but
// "(mức 3 + 4)" is both. from and to span the phrase with its lead word.
func servicesWholeAt(words []string) (from, to int, per bool) {
	for i := 0; i+3 <= len(words); i++ {
		if words[i] != "dich" || words[i+1] != "vu" || words[i+2] != "cong" || i == 0 {
			continue
		}
		lead := words[i-1]
		switch {
		case lead == "moi" || lead == "cho" || i >= 2 && words[i-2] == "cho" && lead == "so" ||
			(lead == "1" || lead == "mot") && i >= 2 && !slices.Contains([]string{"quy", "q", "thang", "nam", "muc", "do", "ky"}, words[i-2]):
			// ("quý 1 dvc mức 4": the quarter's number, no "one service".)
			per = true
		case lead == "tong" || lead == "so" && (i >= 2 && words[i-2] == "tong" || afterShareCue(words, i)):
		default:
			continue
		}
		j := i + 3
		if j+1 < len(words) && words[j] == "truc" && words[j+1] == "tuyen" {
			j += 2
		}
		if j < len(words) && words[j] == "muc" {
			k := j + 1
			if k < len(words) && words[k] == "do" {
				k++
			}
			if k+1 >= len(words) || words[k+1] != "cong" && words[k+1] != "va" {
				// One level: that level's whole, no sum of both.
				continue
			}
			j = min(k+3, len(words))
		}
		return i - 1, j, per
	}
	return -1, -1, false
}

// afterShareCue: the services' phrase at i comes after "chiếm" or "trên"
// (a whole), not before it (the part: "số DVC của Can Lộc chiếm …").
func afterShareCue(words []string, i int) bool {
	return slices.Contains(words[:i], "chiem") || slices.Contains(words[:i], "tren")
}

// levelPart is the one level named outside the services' whole ("mức 4
// chiếm … tổng dvc (mức 3 + 4)"): its indicator's code, "" when none or
// both are named.
func levelPart(words []string, from, to int) string {
	part := ""
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "muc" || i >= from && i < to {
			continue
		}
		k := i + 1
		if words[k] == "do" && k+1 < len(words) {
			k++
		}
		code := ""
		switch words[k] {
		case "3", "ba":
			code = servicesLevel3
		case "4", "bon":
			code = servicesLevel4
		default:
			continue
		}
		if part != "" && part != code {
			return ""
		}
		part = code
	}
	return part
}

// againstServices computes, for each figure found, what overServices
// asks: its share of the place's services, or its files per service, the
// services being the two levels' counts of the same place and period.
// done false when the question asks neither; no lines when a count of the
// services is missing for the place and period (the reply then says the
// arithmetic could not be done).
func (r *reader) againstServices(ctx context.Context, n vi.Numbers, p nlu.Parse, found []figureOf, per *nlu.Period) (lines []string, done bool, err error) {
	kind := overServices(p)
	if kind == "" || len(found) == 0 {
		return nil, false, nil
	}
	c := r.cat
	part := ""
	if kind == overServicesShare {
		from, to, _ := servicesWholeAt(p.Words)
		part = levelPart(p.Words, from, to)
	}
	for _, f := range found {
		if kind == overServicesShare && f.ind.Code != part || f.l.nearest {
			continue
		}
		whole := 0.0
		for _, code := range []string{servicesLevel3, servicesLevel4} {
			ind, ok := c.Indicators[code]
			if !ok {
				return nil, true, nil
			}
			l, _, err := r.locate(ctx, ind, []string{f.l.sc.unit.Code}, f.l.sc.level, per)
			if err != nil {
				return nil, true, fmt.Errorf("services of %s: %w", f.l.sc.unit.Code, err)
			}
			if !l.found || l.nearest || l.sc != f.l.sc || !samePeriod(l.pt.period, f.l.pt.period) {
				return nil, true, nil
			}
			whole += l.pt.value
		}
		if whole == 0 {
			return nil, true, nil
		}
		where := scopePhrase(c, f.l.sc, false) + periodSuffix(per)
		if kind == overServicesShare {
			lines = append(lines, vi.Capitalise(fmt.Sprintf(msgShareOfServices, f.ind.Name, where, n.Num(f.l.pt.value/whole*100), n.Num(whole))))
			continue
		}
		lines = append(lines, fmt.Sprintf(msgPerService, where, n.Num(f.l.pt.value/whole), f.ind.UnitLabel, n.Num(f.l.pt.value), n.Num(whole)))
	}
	return lines, true, nil
}
