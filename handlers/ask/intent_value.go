package ask

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// lookup is the outcome of finding one figure.
type lookup struct {
	sc     scope
	pt     point
	found  bool
	points []point // the scope's series, to name the nearest period when not found
	// nearest: pt is for another period than the one asked (the nearest
	// stored), which the reply must say.
	nearest bool
	// others are the other units the name asked could mean, none of which
	// has the figure ("Kỳ Anh": the huyện has it, the thị xã not).
	others []queries.Unit
	// eachOf is the unit asked when the figure is one stated for each unit
	// of its level.
	eachOf queries.Unit
	// gone are the units the name asked meant, none of which existed in
	// the period asked; formerly, those that did not while another did.
	gone, formerly []queries.Unit
	// provinceOnly: the unit asked has no figure of an indicator only the
	// province has ("PCI của thành phố Hà Tĩnh"): said so, never the
	// province's figure in its place.
	provinceOnly bool
	// sharedOf is the unit asked when the figure is the province's, stated
	// for it together with other units ("350 người tại 02 lớp ở Lộc Hà và
	// Cẩm Xuyên"): not its own, which the reply says first.
	sharedOf queries.Unit
}

// value answers "how much/many" for each indicator named.
func (r *reader) value(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	if ans, ok, err := r.median(ctx, p); ok || err != nil {
		return ans, err
	}
	if len(p.Units) == 1 && neighbourAsked(p) != 0 {
		// "ai xếp ngay trên Hương Sơn": its neighbour in the ranking, not
		// its own figure.
		q := p
		q.Op = "rankof"
		if ans, ok, err := r.rankOf(ctx, q); ok || err != nil {
			return ans, err
		}
	}
	if fp := firstPeriod(p); len(p.Periods) == 1 && fp.Kind == nlu.PeriodLatest && len(p.Indicators) == 1 && c.Reported[p.Indicators[0]] &&
		hasWord(p.Words, "bao", "cao", "quy") {
		// "tỷ lệ … mới nhất theo báo cáo quý": of the units' latest
		// quarter, not the report's newest figure.
		if latest, ok, err := r.latestSubmitted(ctx, c.Indicators[p.Indicators[0]]); err != nil {
			return Answer{}, err
		} else if ok {
			p.Periods = []nlu.Period{latest}
		}
	}
	per := firstPeriod(p)
	var out sentences
	n := vi.NewNumbers()
	codes := p.Indicators
	if len(codes) == 0 && len(p.Units) == 0 {
		// Every figure of a unit, but no unit (a level kept by a follow-up).
		return notUnderstood(p), nil
	}
	if len(codes) == 1 && hasWord(p.Words, "tieu", "chi") && unexplained(c.Indicators[codes[0]], p.Leftover) >= 2 {
		// "điểm tiêu chí Tiếp cận tài liệu pháp lý PCI 2018": a criterion
		// of the index by words its name has not; the index is no answer.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgCriterionNotStored, c.Indicators[codes[0]].Name)}, nil
	}
	if len(codes) == 0 {
		var err error
		if codes, err = r.unitIndicators(ctx, p); err != nil {
			return Answer{}, err
		}
	}
	if p.Op == "share" && len(codes) == 2 && c.Indicators[codes[0]].Kind != c.Indicators[codes[1]].Kind && len(p.Units) == 1 && p.Level != "" {
		// "TP Hà Tĩnh chiếm bao nhiêu phần trăm tổng số hồ sơ tiếp nhận
		// của các huyện": a unit's part of its level; the words of the
		// share also matched a rate, and the share is of the count.
		rate := codes[0]
		if c.Indicators[rate].Kind != "percent" {
			rate = codes[1]
		}
		codes = slices.DeleteFunc(slices.Clone(codes), func(code string) bool { return c.Indicators[code].Kind == "percent" })
		if num := c.Indicators[rate].NumeratorCode; num != "" && c.Indicators[rate].DenominatorCode == codes[0] && namedBeforeShare(p.Words, "truc", "tuyen") {
			// "Hồ sơ trực tuyến của Đức Thọ chiếm bao nhiêu phần trăm tổng
			// của các đơn vị cấp huyện": the online ones are the part, the
			// "tổng" is the whole of the level.
			codes = []string{num}
		}
		p.Indicators = codes
	}
	if p.Op == "share" && len(codes) == 1 && len(p.Units) == 1 && (!wholeNamed(p) || p.Level == "" && slices.Equal(p.Units[0], []string{nlu.ProvinceCode}) && !hasWord(p.Words, "tong")) {
		// (The province is its own whole: "năm ni cả tỉnh hồ sơ nộp qua
		// mạng chiếm bao nhiêu %".)
		// "thành phố Hà Tĩnh quý 2 hồ sơ qua mạng chiếm bn %": a unit's
		// count as a share of its own total is its rate.
		var rates []string
		for code, in := range c.Indicators {
			if in.Kind == "percent" && in.NumeratorCode == codes[0] && in.DenominatorCode != "" {
				rates = append(rates, code)
			}
		}
		if len(rates) == 1 {
			// (Only one rate of that count: with several, which total the
			// share is of is not said.)
			codes, p.Indicators, p.Op = rates, rates, ""
		}
	}
	if p.Op == "share" && len(targets(p)) == 2 && wholeNamed(p) {
		// "Can Lộc chiếm bao nhiêu % hồ sơ trực tuyến của cả tỉnh": the
		// counts of the two places, not each one's own rate.
		codes = numerators(c, codes)
		p.Indicators = codes
	}
	if len(codes) > 1 {
		var err error
		if p, err = r.narrowReadings(ctx, p, codes, per); err != nil {
			return Answer{}, err
		}
	}
	if p.Op == "rankof" && slices.ContainsFunc(codes, func(code string) bool { return c.Indicators[code].Kind == "rank" }) &&
		!slices.ContainsFunc(codes, func(code string) bool { return c.Reported[code] }) {
		// "PCI … từ hạng mấy lên hạng mấy": the figure is itself a rank.
		p.Op = ""
		if per != nil && per.Kind == nlu.PeriodRange && len(p.Periods) == 1 {
			// "… giai đoạn 2017-2018": the rank at each end, and the move.
			q := p
			q.Intent, q.Measure = nlu.IntentCompare, "change"
			return r.compare(ctx, q)
		}
	}
	switch {
	case p.Op == "rankof":
		// "Can Lộc đứng thứ mấy": its place, or a plain value when the
		// figure is itself a rank (the PCI); "với tỷ lệ đó … đứng thứ
		// mấy" after a count: by the rate.
		if len(p.Indicators) == 2 && hasWord(p.Words, "ty", "le") {
			if rate := slices.IndexFunc(p.Indicators, func(code string) bool {
				in := c.Indicators[code]
				return in.Kind == "percent" && (slices.Contains(p.Indicators, in.NumeratorCode) || slices.Contains(p.Indicators, in.DenominatorCode))
			}); rate >= 0 {
				p.Indicators = p.Indicators[rate : rate+1]
			}
		}
		if ans, ok, err := r.rankOf(ctx, p); ok || err != nil {
			return ans, err
		}
		if !slices.ContainsFunc(codes, func(code string) bool { return c.Indicators[code].Kind == "rank" }) {
			// ("đứng thứ mấy về PCI và điểm minh bạch được bao nhiêu": the
			// rank stored, and the score beside it.)
			return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op])}, nil
		}
	case p.Op == "each" && len(p.Units) == 0 && p.Level != "" && len(codes) > 0 &&
		!slices.ContainsFunc(codes, func(code string) bool { return !c.Reported[code] }) && per != nil:
		// "mỗi huyện có bao nhiêu … quý 1": each unit's figure, not
		// their total, for each figure asked ("riêng các sở từng sở bao
		// nhiêu" after the files received and those online); a figure
		// stated for each unit ("35 DVC mức 3 của mỗi đơn vị cấp xã")
		// when none reported.
		// ("mới nhất": the newest quarter reported.)
		var lists []Answer
		for _, code := range codes {
			q := p
			q.Intent, q.Order, q.Indicators = nlu.IntentRanking, "all", []string{code}
			if per.Kind == nlu.PeriodLatest {
				q.Periods = nil
			}
			ans, err := r.ranking(ctx, q)
			if err != nil {
				return Answer{}, err
			}
			if ans.Kind != KindNoData {
				lists = append(lists, ans)
			}
		}
		if len(lists) > 0 {
			return joinAnswers(lists), nil
		}
	}
	if ans, ok, err := r.averagePerQuarter(ctx, p); ok || err != nil {
		return ans, err
	}
	if per == nil && len(codes) == 1 && p.Measure == "change" && len(targets(p)) == 1 && p.Op == "" {
		// "PCI tăng bao nhiêu bậc?": the change to the newest period
		// stored, not which year.
		if newest, ok, err := r.newestPeriod(ctx, p, codes[0]); err != nil || ok {
			if err != nil {
				return Answer{}, err
			}
			q := p
			q.Intent, q.Periods = nlu.IntentCompare, []nlu.Period{newest}
			return r.compare(ctx, q)
		}
	}
	if per == nil && (p.Measure != "change" || len(targets(p)) > 1) {
		// Not a change over time, which the newest period answers; a
		// comparison of places is of one period.
		if ask, err := r.askPeriod(ctx, p, codes); err != nil || ask != nil {
			return deref(ask), err
		}
	}
	var found []figureOf
	missing := 0 // figures asked that are not stored
	for _, code := range codes {
		ind := c.Indicators[code]
		for mi, t := range targets(p) {
			l, ask, err := r.locate(ctx, ind, t.units, t.level, per)
			if err != nil {
				return Answer{}, err
			}
			if len(ask) > 0 {
				return askUnit(c, p, mi, ask), nil
			}
			if len(l.gone) > 0 {
				return goneAnswer(c, p, mi, l.gone, *per), nil
			}
			if !l.found && ind.FormerCode != "" && per != nil && per.Kind != nlu.PeriodLatest {
				// A figure counted another way in the period asked
				// ("toàn trình" in 2019): the old indicator's figure of that
				// period, named as what it is; never one of another period.
				former := c.Indicators[ind.FormerCode]
				lf, _, err := r.locate(ctx, former, t.units, t.level, per)
				if err != nil {
					return Answer{}, err
				}
				if lf.found && !lf.nearest {
					out.figure(lf, fmt.Sprintf(msgFormerIndicator, ind.Name, scopePhrase(c, lf.sc, false)+periodSuffix(per), former.Name)+
						figureLine(n, c, former, lf, p.Measure, per))
					out.another()
					continue
				}
			}
			if !l.found {
				if len(p.Indicators) > 0 {
					out.none(noData(c, ind, l, per))
					missing++
				}
				continue
			}
			if slices.ContainsFunc(found, func(f figureOf) bool { return f.ind.Code == ind.Code && sameFigure(f.l, l) }) {
				// Two names that lead to one stated figure ("776 hồ sơ cấp
				// xã tại TP Hà Tĩnh và TX Hồng Lĩnh"): one figure, said once.
				continue
			}
			if p.Op == "each" && len(p.Units) == 0 && t.level != "" && t.level != "province" && l.sc.level != t.level && !l.pt.perUnit && !l.pt.ratio && ind.Kind != "percent" {
				// "mỗi xã được phát bao nhiêu tờ rơi": no figure of each
				// unit is stated; the whole's is said as such, never as
				// each one's.
				out.none(fmt.Sprintf(msgNoEachFigure, ind.Name, c.LevelPhrase(t.level)) + figureLine(n, c, ind, l, "", per))
				out.source(l.pt.citation)
				missing++
				continue
			}
			if remainderUnknown(ind, l, p) {
				// "còn bao nhiêu doanh nghiệp chưa đăng ký lên sàn": the
				// rest of a whole no line states is no figure; what is
				// stated is said as such.
				out.none(msgNoRemainder + figureLine(n, c, ind, l, "", per))
				out.source(l.pt.citation)
				missing++
				continue
			}
			out.figure(l, figureLine(n, c, ind, l, p.Measure, per)+r.progress(n, ind, l)+quarterParts(n, ind, l, per, p.Words))
			found = append(found, figureOf{ind, l})
		}
	}
	typed := len(found) > 0 && !slices.ContainsFunc(found, func(f figureOf) bool { return !slices.Contains(p.Words, n.Num(f.l.pt.value)) })
	if typed && missing == 0 && asksOtherCount(p.Words, found) {
		// "53% xã được đào tạo tức là bao nhiêu xã": the rate is what the
		// asker typed; the count asked is stored nowhere (unless it is
		// the count the rate is of: "84%" of communes, "221/262").
		exact, err := r.exactShares(ctx, found)
		if err != nil {
			return Answer{}, err
		}
		if len(exact) == 0 {
			ans := out.answer()
			ans.Kind, ans.Text = KindNoData, msgCountNotStored+" "+ans.Text
			return ans, nil
		}
	}
	if missing > 0 && typed {
		// "Lấy 1.952 hồ sơ chia cho 4,92% thì tổng hồ sơ TTHC năm 2018 là
		// bao nhiêu": the figures found are those the asker typed; the one
		// asked is not stored.
		ans := out.answer()
		ans.Kind = KindNoData
		return ans, nil
	}
	// "Can Lộc với Thạch Hà chênh nhau bao nhiêu", "tổng cộng", "gấp mấy
	// lần", "trung bình mỗi huyện": done over the figures found, or said
	// to be impossible, never left to a figure that is not the result.
	lines, ok, err := r.againstServices(ctx, n, p, found, per)
	if err != nil {
		return Answer{}, err
	}
	if !ok {
		lines, ok = arithmetic(n, c, p, found)
	} else {
		ok = len(lines) > 0
	}
	if !ok && len(found) > 0 {
		return opNotDone(p, out), nil
	}
	if p.Measure == "change" && p.Op == "" && len(p.Periods) == 0 && len(found) > 0 &&
		!slices.ContainsFunc(found, func(f figureOf) bool { return strings.Contains(f.l.pt.note, "so với") || isIncrease(f.ind) }) {
		// "… giảm bao nhiêu?" of figures stored for one date: no change to
		// give, and the figure is not one (unless it is itself an increase:
		// "số DVC mức 4 tăng thêm theo NQ22").
		q := p
		q.Op = "change"
		return opNotDone(q, out), nil
	}
	for _, line := range lines {
		out.none(line)
	}
	if asksRate(p.Words) {
		// "221 trên 262 xã …, tính ra bao nhiêu %": the count over its whole.
		withWhole := false
		exact, err := r.exactShares(ctx, found)
		if err != nil {
			return Answer{}, err
		}
		found = append(found, exact...)
		for _, f := range found {
			if f.l.pt.outOf.Valid && f.l.pt.outOf.Float64 > 0 {
				withWhole = true
				out.none(fmt.Sprintf(msgOutOfShare, n.Num(f.l.pt.value), n.Num(f.l.pt.outOf.Float64), n.Num(f.l.pt.value/f.l.pt.outOf.Float64*100)))
			}
		}
		if p.Op == "" && !withWhole && len(found) > 0 && !slices.ContainsFunc(found, isRate) {
			// "bao nhiêu phần trăm doanh nghiệp … là thành viên sàn": the
			// report gives a count, which is no rate.
			return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOnlyCount, out.answer().Text)}, nil
		}
	} else if asksCount(p.Words) && len(found) > 0 && every(found, func(f figureOf) bool { return f.ind.Kind == "percent" }) {
		// "có bao nhiêu doanh nghiệp (số lượng) đã được tập huấn": the
		// report gives a rate, which is no count.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOnlyRate, out.answer().Text)}, nil
	} else if p.Op == "" && p.CountsBodies && len(found) > 0 && !slices.ContainsFunc(found, countsBodies) && !slices.ContainsFunc(found, notesBodies) &&
		!(p.Threshold == nil && every(found, func(f figureOf) bool { return c.Reported[f.ind.Code] })) {
		// "riêng doanh nghiệp có bao nhiêu đơn vị tham gia tập huấn": the
		// report counts people (and gives a rate), not the businesses.
		// (The units' own reports added say how many units they are: "…
		// trên bao nhiêu đơn vị" is answered by the source they cite.)
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNotThatCount, out.answer().Text)}, nil
	}
	if len(out.lines) == 0 {
		// "số liệu của X" and X has none for the period.
		out.none(fmt.Sprintf(msgNoDataAtAll, scopePhrase(c, scope{unit: c.Units[p.Units[0][0]]}, false), periodLabel(per)))
	}
	if p.Checked != nil && p.Op == "" && len(found) == 1 {
		// "sàn TMĐT có quá 50 nghìn lượt đăng nhập chưa": the figure, and
		// whether it is past the bound asked.
		out.none(boundChecked(n, found[0].l.pt.value, *p.Checked))
	}
	return out.answer(), nil
}

// boundChecked says whether a figure is past the bound the asker set it
// against: "Mốc bạn hỏi, trên 50.000: chưa đạt."
func boundChecked(n vi.Numbers, v float64, t nlu.Threshold) string {
	word, holds := "dưới", v < t.Value
	switch {
	case t.Above && t.Inclusive:
		word, holds = "từ", v >= t.Value
	case t.Above:
		word, holds = "trên", v > t.Value
	case t.Inclusive:
		word, holds = "không quá", v <= t.Value
	}
	verdict := msgBoundHolds
	if !holds {
		verdict = msgBoundFails
	}
	return fmt.Sprintf(msgBoundChecked, word, n.Num(t.Value), verdict)
}

// periodSuffix is " năm 2019", or nothing for the latest.
func periodSuffix(per *nlu.Period) string {
	if per == nil || per.Kind == nlu.PeriodLatest {
		return ""
	}
	return " " + per.Label
}

func periodLabel(per *nlu.Period) string {
	if per == nil {
		return ""
	}
	return per.Label
}

func firstPeriod(p nlu.Parse) *nlu.Period {
	if len(p.Periods) == 0 {
		return nil
	}
	return &p.Periods[0]
}

// mentions lists the unit mentions of a question; none means the province.
func mentions(p nlu.Parse) [][]string {
	if len(p.Units) == 0 {
		return [][]string{{nlu.ProvinceCode}}
	}
	return p.Units
}

// target is one scope a question asks about: a unit mention and a level.
type target struct {
	units []string
	level string
}

// targets lists the scopes asked: each unit mention, or, for "cấp huyện,
// cấp xã", the province at each level.
// wholeNamed: a share asks of a whole the question names (a level, the
// province, "tổng"); "Lộc Hà quý 1 hồ sơ trực tuyến chiếm bao nhiêu phần
// trăm" names none, and is the unit's own rate.
func wholeNamed(p nlu.Parse) bool {
	return p.Level != "" || hasWord(p.Words, "toan", "tinh") || hasWord(p.Words, "ca", "tinh") || hasWord(p.Words, "cua", "tinh") ||
		hasWord(p.Words, "tong") || hasWord(p.Words, "tinh", "ta") || hasWord(p.Words, "cac", "don", "vi") || len(p.Units) > 1
}

func targets(p nlu.Parse) []target {
	if ts, ok := exceptScopes(p); ok {
		return ts
	}
	if overServices(p) != "" {
		// "Hương Khê mức 4 chiếm mấy % tổng dvc": the whole is the
		// place's own services (againstServices), no other place.
		return plainTargets(p)
	}
	if p.Op == "share" && len(p.Indicators) == 1 && len(p.Units) == 1 && !slices.Contains(p.Units[0], nlu.ProvinceCode) && wholeNamed(p) {
		// "Can Lộc chiếm bao nhiêu % tổng hồ sơ trực tuyến của các huyện":
		// the unit, then the whole it is a part of (its level, or all
		// units).
		return []target{{units: p.Units[0]}, {units: []string{nlu.ProvinceCode}, level: p.Level}}
	}
	if p.Op == "diff" && len(p.Indicators) == 1 && len(p.Units) == 1 && p.Level != "" && !slices.Contains(p.Units[0], nlu.ProvinceCode) {
		// "Thạch Hà quý 2 tỷ lệ … so với các huyện": the unit, then its
		// level's (againstAverage).
		return []target{{units: p.Units[0]}, {units: []string{nlu.ProvinceCode}, level: p.Level}}
	}
	if p.Op == "share" && p.Level != "" && (len(p.Units) == 0 || len(p.Units) == 1 && len(p.Units[0]) == 1 && p.Units[0][0] == nlu.ProvinceCode) {
		// "DVC mức 3 của các sở chiếm bao nhiêu % toàn tỉnh": the level,
		// then the province it is a part of; "cấp tỉnh và cấp huyện mỗi
		// bên chiếm bao nhiêu": each level, then the province.
		levels := []string{p.Level}
		if len(p.Levels) > 1 && !slices.Contains(p.Levels, "province") {
			levels = p.Levels
		}
		var out []target
		for _, l := range levels {
			out = append(out, target{units: []string{nlu.ProvinceCode}, level: l})
		}
		return append(out, target{units: []string{nlu.ProvinceCode}})
	}
	if len(p.Levels) == 2 && len(p.Units) == 0 && bothReportingLevels(p) && hasWord(p.Words, "ty", "le") && (hasWord(p.Words, "chung") || hasWord(p.Words, "gop")) {
		// "tính cả sở ngành với huyện thì tỷ lệ chung": the rate of the
		// two levels that make up the province, taken as one (counts
		// "cộng lại" keep each level and their sum).
		return []target{{units: []string{nlu.ProvinceCode}}}
	}
	if len(p.Levels) > 1 && len(p.Units) == 0 {
		out := make([]target, len(p.Levels))
		for i, l := range p.Levels {
			if l == "province" {
				l = "" // "… và phần cấp xã trong đó": the whole, then its part
			}
			out[i] = target{units: []string{nlu.ProvinceCode}, level: l}
		}
		return out
	}
	return plainTargets(p)
}

// bothReportingLevels: the question names the agencies and the districts,
// the two levels whose units send quarterly reports.
func bothReportingLevels(p nlu.Parse) bool {
	return slices.Contains(p.Levels, "agency") && slices.Contains(p.Levels, "district")
}

// plainTargets: each unit named, at the level asked.
func plainTargets(p nlu.Parse) []target {
	var out []target
	for _, m := range mentions(p) {
		// "Tính cả ngành điện và ngành thuế thì tỉnh có …": a place
		// named twice is one figure, counted once.
		if !slices.ContainsFunc(out, func(t target) bool { return slices.Equal(t.units, m) }) {
			out = append(out, target{units: m, level: p.Level})
		}
	}
	return out
}

// levelBesideSector: "ngành Thuế ít hơn khối sở bao nhiêu", "ngành Thuế
// và khối sở cấp tỉnh mỗi bên bao nhiêu": a vertical sector named beside
// a level of the province's units is set against that level, a figure of
// its own (a sector has no units of a level under it).
func levelBesideSector(c *catalog.Catalog, p nlu.Parse) nlu.Parse {
	if len(p.Units) != 1 || len(p.Units[0]) != 1 || p.Level == "" || p.Level == "province" || p.Level == "sector" ||
		c.Units[p.Units[0][0]].Level != "sector" {
		return p
	}
	p.Units = [][]string{p.Units[0], {nlu.ProvinceCode}}
	return p
}

// exceptScopes: "ngoài cấp xã còn bao nhiêu", "ngoài Can Lộc": the whole
// of the province, then the one part left out (a level or a unit, not
// both); ok is false for any other exclusion.
func exceptScopes(p nlu.Parse) ([]target, bool) {
	if len(p.Units) == 1 && p.Level != "" && slices.Equal(p.Units[0], []string{nlu.ProvinceCode}) {
		// ("số hồ sơ toàn tỉnh không tính cấp xã": the province is the
		// whole, the level the part.)
		p.Units = nil
	}
	if p.Intent != nlu.IntentValue || p.Op != "except" || len(p.Units) > 1 || (p.Level != "") == (len(p.Units) == 1) || len(p.ExceptKinds) > 0 {
		// ("các huyện không tính thành phố và thị xã": kinds of unit left
		// out of a level, which no stored total is.)
		return nil, false
	}
	part := target{units: []string{nlu.ProvinceCode}, level: p.Level}
	if len(p.Units) == 1 {
		if slices.Contains(p.Units[0], nlu.ProvinceCode) {
			return nil, false
		}
		part = target{units: p.Units[0]}
	}
	return []target{{units: []string{nlu.ProvinceCode}}, part}, true
}

// askUnit asks which of several units with data the question is about.
func askUnit(c *catalog.Catalog, p nlu.Parse, mention int, units []queries.Unit) Answer {
	names := make([]string, len(units))
	opts := make([]Option, len(units))
	for i, u := range units {
		names[i] = fmt.Sprintf("%d. %s", i+1, u.Name)
		chosen := p
		chosen.Units = append([][]string(nil), p.Units...)
		if mention < len(chosen.Units) {
			chosen.Units[mention] = []string{c.Keys[u.ID]}
		} else {
			chosen.Units = append(chosen.Units, []string{c.Keys[u.ID]})
		}
		opts[i] = Option{Label: u.Name, parse: &chosen}
	}
	return Answer{Kind: KindAsk, Text: fmt.Sprintf(msgAskUnit, strings.Join(names, "; ")), Options: opts}
}

// unitIndicators lists the indicators a named unit has figures of, for
// "số liệu của Can Lộc quý 2/2019".
func (r *reader) unitIndicators(ctx context.Context, p nlu.Parse) ([]string, error) {
	c := r.cat
	u, ok := c.Units[p.Units[0][0]]
	if !ok {
		return nil, nil
	}
	var out []string
	for code, ind := range c.Indicators {
		vals, err := r.unitValues(ctx, ind.ID, u.ID)
		if err != nil {
			return nil, err
		}
		if len(vals) > 0 {
			out = append(out, code)
		}
	}
	sort.Strings(out)
	return out, nil
}

// isIncrease: the figure counts what was added ("triển khai thêm").
// baseOfIncrease is the count an increase is of: "số DVC mức độ 4 triển
// khai thêm theo Nghị quyết 22" is of "số dịch vụ công trực tuyến mức độ
// 4" (same topic, kind and unit, the same level of service, no increase).
func baseOfIncrease(c *catalog.Catalog, ind queries.Indicator) (queries.Indicator, bool) {
	if !isIncrease(ind) {
		return ind, false
	}
	tag := ""
	for _, t := range []string{"muc do 3", "muc do 4"} {
		if strings.Contains(nlu.Fold(ind.Name), t) {
			tag = t
		}
	}
	var found []queries.Indicator
	for _, other := range c.Indicators {
		if other.Code != ind.Code && other.Topic == ind.Topic && other.Kind == ind.Kind && other.UnitLabel == ind.UnitLabel &&
			!isIncrease(other) && tag != "" && strings.Contains(nlu.Fold(other.Name), tag) {
			found = append(found, other)
		}
	}
	if len(found) != 1 {
		return ind, false
	}
	return found[0], true
}

// hasSeries reports whether some reading of a mention has figures of an
// indicator at a level.
func (r *reader) hasSeries(ctx context.Context, ind queries.Indicator, mention []string, level string) (bool, error) {
	for _, code := range mention {
		u, ok := r.cat.Units[code]
		if !ok {
			continue
		}
		pts, err := r.series(ctx, ind, scope{unit: u, level: level})
		if err != nil || len(pts) > 0 {
			return err == nil, err
		}
	}
	return false, nil
}

func isIncrease(ind queries.Indicator) bool {
	name := " " + nlu.Fold(ind.Name) + " "
	return strings.Contains(name, " them ") || strings.Contains(name, " tang ")
}

// newestPeriod is the newest period (not a date-stamped stock) with a
// figure of the indicator for the one place asked.
func (r *reader) newestPeriod(ctx context.Context, p nlu.Parse, code string) (nlu.Period, bool, error) {
	ind := r.cat.Indicators[code]
	t := targets(p)[0]
	var newest nlu.Period
	found := false
	for _, unit := range t.units {
		u, ok := r.cat.Units[unit]
		if !ok {
			continue
		}
		pts, err := r.series(ctx, ind, scope{unit: u, level: t.level})
		if err != nil {
			return nlu.Period{}, false, err
		}
		for _, pt := range pts {
			if !pt.stock() && (!found || pt.period.End > newest.End) {
				newest, found = pt.period, true
			}
		}
	}
	return newest, found, nil
}

// quarterParts is each quarter's rate (or count) beside the figure of a
// longer period asked by its quarters ("tỷ lệ … trong hai quý đầu năm 2019": "(quý
// 1/2019: 11,07%; quý 2/2019: 13,73%)"): asked so, either may be meant.
func quarterParts(n vi.Numbers, ind queries.Indicator, l lookup, per *nlu.Period, words []string) string {
	if ind.Kind != "percent" && ind.PeriodAgg != "sum" || per == nil || per.Kind != nlu.PeriodRange || l.nearest || !hasWord(words, "quy") {
		return ""
	}
	if ind.Kind != "percent" && (hasWord(words, "ca") || hasWord(words, "cong") || hasWord(words, "tong") || hasWord(words, "luy")) {
		// A count asked added up ("cộng 2 quý", "cả hai quý"): the sum;
		// asked plainly ("2 quý đầu năm"), each quarter's too.
		return ""
	}
	var quarters []point
	for _, pt := range l.points {
		if pt.period.Kind == nlu.PeriodQuarter && per.Start <= pt.period.Start && pt.period.End <= per.End {
			quarters = append(quarters, pt)
		}
	}
	if len(quarters) < 2 {
		return ""
	}
	slices.SortFunc(quarters, func(a, b point) int { return strings.Compare(a.period.Start, b.period.Start) })
	items := make([]string, len(quarters))
	for i, pt := range quarters {
		items[i] = pt.period.Label + ": " + n.Figure(pt.value, ind.Kind, ind.UnitLabel)
	}
	return fmt.Sprintf(msgQuarterParts, strings.Join(items, "; "))
}

// unexplained counts the words left over that say something and that the
// indicator's name does not hold.
func unexplained(ind queries.Indicator, leftover []string) int {
	name := nlu.Normalize(ind.Name).Tokens
	n := 0
	for _, w := range leftover {
		for _, t := range strings.Fields(w) {
			if !nlu.IsFiller(t) && !slices.Contains(name, t) && t != "tieu" && t != "chi" {
				n++
			}
		}
	}
	return n
}

// asksOtherCount: the question asks how many of a thing ("bao nhiêu xã")
// that no figure found counts.
func asksOtherCount(words []string, found []figureOf) bool {
	at := slices.Index(words, "nhieu")
	if at < 1 || words[at-1] != "bao" || at+1 >= len(words) {
		return false
	}
	noun := words[at+1]
	return !slices.ContainsFunc(found, func(f figureOf) bool {
		return slices.Contains(strings.Fields(nlu.Fold(f.ind.UnitLabel)), noun)
	})
}

// namedBeforeShare: the words stand before "chiếm" (what is a part).
func namedBeforeShare(words []string, phrase ...string) bool {
	at := slices.Index(words, "chiem")
	return at > 0 && hasWord(words[:at], phrase...)
}

// remainderUnknown: the message asks what is still not done ("còn bao
// nhiêu … chưa …", "bao nhiêu cán bộ … chưa được tập huấn") of a count
// whose whole no line states, so no figure answers it.
func remainderUnknown(ind queries.Indicator, l lookup, p nlu.Parse) bool {
	return p.Measure == "complement" && ind.Kind != "percent" && !l.pt.outOf.Valid && p.Op == "" &&
		(hasWord(p.Words, "con") && hasWord(p.Words, "chua") || notYetDone(p.Words))
}

// notYetDone: "chưa được" before what is not yet done ("chưa được tập
// huấn"), not before a figure ("nộp bc chưa, được bao nhiêu hồ sơ",
// "chưa được 1/50").
func notYetDone(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "chua" && words[i+1] == "duoc" && !asksHowMany(words[i+2:i+3]) && (words[i+2][0] < '0' || words[i+2][0] > '9') && words[i+2] != "bao" {
			return true
		}
	}
	return false
}
