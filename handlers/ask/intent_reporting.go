package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// maxNamesInReply is how many unit names a chat reply lists before it
// points to the full list.
const maxNamesInReply = 12

// maxNamesAsked is how many a reply lists when the names are what was
// asked ("sở nào chưa nộp"): every unit that must report, in a province.
const maxNamesAsked = 40

// reporting answers how many units have sent the quarterly report.
func (r *reader) reporting(ctx context.Context, p nlu.Parse) (Answer, error) {
	c := r.cat
	p.Periods = quartersBySteps(p.Periods)
	if len(p.Units) > 0 && p.Level != "" && countsOfLevel(p.Words) {
		// "Sở Tư pháp bên e cũng thuộc diện báo cáo; quý 2/2019 có mấy sở
		// … đã gửi": how many of the level did, and then the unit told.
		level, unit := p, p
		level.Units, level.UnitSpans = nil, nil
		unit.Level, unit.Levels = "", nil
		first, err := r.reporting(ctx, level)
		if err != nil {
			return Answer{}, err
		}
		second, err := r.reporting(ctx, unit)
		if err != nil {
			return Answer{}, err
		}
		return joinAnswers([]Answer{first, second}), nil
	}
	if qs := unitsQuarters(p, r.now); len(qs) >= 2 {
		// "Vũ Quang quý 1 với quý 2 đều chưa nộp à", "Can Lộc chưa nộp
		// quý nào à": the units named, each quarter, not the units that
		// sent one quarter and not the other.
		parts := make([]Answer, 0, len(qs))
		for _, q := range qs {
			one := p
			one.Periods = []nlu.Period{q}
			ans, err := r.reporting(ctx, one)
			if err != nil {
				return Answer{}, err
			}
			parts = append(parts, ans)
		}
		return joinAnswers(parts), nil
	}
	if len(p.Levels) >= 2 && len(p.Units) == 0 {
		// "Tỷ lệ nộp báo cáo khối huyện quý 2/2019 so với khối sở": each
		// level's, side by side, not all the units' together.
		parts := make([]Answer, 0, len(p.Levels))
		for _, level := range p.Levels {
			one := p
			one.Level, one.Levels = level, nil
			ans, err := r.reporting(ctx, one)
			if err != nil {
				return Answer{}, err
			}
			parts = append(parts, ans)
		}
		return joinAnswers(parts), nil
	}
	quarters := slices.DeleteFunc(slices.Clone(p.Periods), func(x nlu.Period) bool { return x.Kind != nlu.PeriodQuarter })
	if len(quarters) == 2 && len(quarters) == len(slices.DeleteFunc(slices.Clone(p.Periods), func(x nlu.Period) bool { return x.Kind == nlu.PeriodLatest })) {
		// "đã nộp quý 1 nhưng đến nay chưa nộp quý 2": the two quarters
		// ("đến nay" is when it is asked, not a third period).
		p.Periods = quarters
		return r.reportingOfTwo(ctx, p)
	}
	per := nlu.LastEndedQuarter(r.now)
	fp := firstPeriod(p)
	if i := slices.IndexFunc(p.Periods, func(x nlu.Period) bool { return x.Kind == nlu.PeriodQuarter }); i >= 0 {
		// "Đến nay … đã có bao nhiêu đơn vị nộp báo cáo quý 1/2019": the
		// quarter named, not today's.
		fp = &p.Periods[i]
	}
	if sent, ok := everyQuarterAsked(p); ok && fp == nil {
		// "sở nào nộp báo cáo đủ cả 2 quý": the quarters of this year
		// that have ended.
		if ended := endedQuarters(yearOf(r.now), r.now); len(ended) >= 2 {
			return r.inEveryQuarter(ctx, p, ended, sent)
		}
	}
	if fp != nil && fp.Kind == nlu.PeriodQuarter {
		per = *fp
	} else if sent, ok := everyQuarterAsked(p); ok && fp != nil && fp.Kind != nlu.PeriodLatest && len(endedQuarters(*fp, r.now)) > 0 {
		// "bao nhiêu đơn vị nộp đủ cả 2 quý năm 2019", "năm nay bao
		// nhiêu đơn vị chưa nộp quý nào": over the quarters ended.
		return r.inEveryQuarter(ctx, p, endedQuarters(*fp, r.now), sent)
	} else if fp != nil && fp.Kind != nlu.PeriodLatest {
		// Reports are quarterly: a year or a range is asked back by its
		// quarters, never answered for another period; a range in which
		// one quarter has ended ("quý 2/2019 đến nay") is that quarter.
		if ended := endedQuarters(*fp, r.now); len(ended) == 1 && fp.Kind == nlu.PeriodRange {
			one := p
			one.Periods = ended
			return r.reporting(ctx, one)
		}
		return askQuarters(p, *fp, r.now), nil
	}
	status, err := r.data.PeriodStatus(ctx, "quarter", per.Start)
	if err != nil {
		return Answer{}, err
	}
	if len(p.Levels) > 1 && !slices.ContainsFunc(status, func(s queries.FormStatus) bool { return !slices.Contains(p.Levels, s.Level) }) {
		// "cả sở cả huyện": every level that reports, so every unit.
		p.Level = ""
	}
	if ans, ok := unitsReported(c, p, per, status); ok {
		return ans, nil
	}
	if len(p.ExceptKinds) > 0 || len(p.ExceptUnits) > 0 {
		// "trừ TP Hà Tĩnh thì bn huyện đã nộp": the others only.
		status = slices.DeleteFunc(slices.Clone(status), func(s queries.FormStatus) bool {
			key := c.Keys[s.UnitID]
			return slices.Contains(p.ExceptKinds, c.Units[key].Kind) || slices.Contains(p.ExceptUnits, key)
		})
	}
	submitted, missing := tally(status, p.Level)
	sent, total := len(submitted), len(submitted)+len(missing)
	n := vi.NewNumbers()
	who := c.LevelPhrase(p.Level)
	if left := leftOutPhrase(c, p); left != "" {
		who += " " + left
	}
	if total == 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgNoDataAtAll, "báo cáo", who)}, nil
	}
	share := n.Num(100*float64(sent)/float64(total)) + "%"
	text := fmt.Sprintf(msgReportingCount, vi.Capitalise(per.Label), sent, total, who, share, total-sent)
	if p.Missing && (asksRate(p.Words) || p.Op == "share") {
		// "còn bao nhiêu % đơn vị chưa nộp": the share of those missing.
		text += fmt.Sprintf(msgReportingMissingShare, n.Num(100*float64(total-sent)/float64(total))+"%")
	}
	limit := maxNamesInReply
	if p.Which || p.Missing && hasWord(p.Words, "ai") {
		// "những sở nào chưa nộp", "còn ai chưa nộp": the list is the
		// answer, all of it.
		limit = maxNamesAsked
	}
	if p.Which && !p.Missing && len(submitted) > 0 {
		text += fmt.Sprintf(msgReportingSent, vi.Join(vi.Limit(submitted, limit, msgReportingMore)))
		if len(missing) > 0 && len(missing) <= maxNamesInReply {
			// ("huyện nào cũng nộp rồi phải không", "huyện nào không chấp
			// hành nộp báo cáo": the few that did not, named too.)
			text += fmt.Sprintf(msgReportingMissing, vi.Join(missing))
		}
	} else if p.Missing || p.Level != "" || len(missing) <= maxNamesInReply {
		if len(missing) > 0 {
			text += fmt.Sprintf(msgReportingMissing, vi.Join(vi.Limit(missing, limit, msgReportingMore)))
		}
	}
	return Answer{Kind: KindFigure, Text: text}, nil
}

// tally splits the units that must report, of the level asked (any when
// empty), into those that sent the quarter's report and those that did not.
func tally(status []queries.FormStatus, level string) (submitted, missing []string) {
	for _, s := range status {
		if level != "" && s.Level != level {
			continue
		}
		if s.SubmissionID.Valid {
			submitted = append(submitted, s.UnitName)
		} else {
			missing = append(missing, s.UnitName)
		}
	}
	return submitted, missing
}

// sentTwice: the question says sending twice, one of them not done ("nộp
// báo cáo quý 1, chưa nộp quý 2").
func sentTwice(words []string) bool {
	n := 0
	for _, w := range words {
		if w == "nop" || w == "gui" {
			n++
		}
	}
	return n >= 2
}

// missingFirst: of two quarters named in turn, the first is the one not
// sent: "chưa nộp" right before it ("chưa nộp quý 2 dù đã nộp quý 1") or
// right after it ("q1 chưa nộp mà q2 đã nộp"); else the second ("đã nộp
// quý 1 nhưng chưa nộp quý 2", "quý 1 đã nộp, quý 2 chưa").
func missingFirst(words []string) bool {
	// ("sở nào quý 1 ko nộp mà q2 lại nộp": "không" as well as "chưa".)
	chua := slices.IndexFunc(words, func(w string) bool { return w == "chua" || w == "khong" })
	var marks []int
	for i, w := range words {
		if w == "quy" && i+1 < len(words) || len(w) >= 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
			marks = append(marks, i)
		}
	}
	if chua < 0 || len(marks) != 2 {
		return false
	}
	next := chua + 1
	for next < len(words) && (words[next] == "nop" || words[next] == "gui" || words[next] == "bao" || words[next] == "cao") {
		next++
	}
	switch {
	case next == marks[0]:
		return true
	case next == marks[1]:
		return false
	}
	return marks[0] < chua && chua < marks[1]
}

// reportingOfTwo answers a question over two quarters: "đã nộp quý 1
// nhưng chưa nộp quý 2" lists the units that sent the one and not the
// other; otherwise each quarter is answered in turn.
func (r *reader) reportingOfTwo(ctx context.Context, p nlu.Parse) (Answer, error) {
	sentIn, missingIn := p.Periods[0], p.Periods[1]
	if sent, ok := everyQuarterAsked(p); ok && sent && !hasWord(p.Words, "chua") {
		// "đơn vị nào nộp đủ cả q1 lẫn q2", "những sở nộp đều cả 2 quý":
		// those that sent both.
		return r.inEveryQuarter(ctx, p, p.Periods[:2], true)
	}
	if p.Missing && (hasWord(p.Words, "da") || hasWord(p.Words, "nhung") || hasWord(p.Words, "ma") || sentTwice(p.Words)) {
		if missingFirst(p.Words) {
			// "chưa nộp quý 2 dù đã nộp quý 1", "q1 chưa nộp mà q2 đã nộp"
			sentIn, missingIn = missingIn, sentIn
		}
		sent, err := r.data.PeriodStatus(ctx, "quarter", sentIn.Start)
		if err != nil {
			return Answer{}, err
		}
		later, err := r.data.PeriodStatus(ctx, "quarter", missingIn.Start)
		if err != nil {
			return Answer{}, err
		}
		gotLater := map[string]bool{}
		for _, s := range later {
			gotLater[s.UnitCode] = s.SubmissionID.Valid
		}
		var names []string
		for _, s := range sent {
			if (p.Level == "" || s.Level == p.Level) && s.SubmissionID.Valid && !gotLater[s.UnitCode] {
				names = append(names, s.UnitName)
			}
		}
		text := fmt.Sprintf(msgReportingSentNotLater, len(names), sentIn.Label, missingIn.Label)
		if len(names) > 0 {
			text += ": " + vi.Join(vi.Limit(names, maxNamesInReply, msgReportingMore)) + "."
		} else {
			text += "."
		}
		return Answer{Kind: KindFigure, Text: text}, nil
	}
	if p.Missing && (hasWord(p.Words, "deu") || hasWord(p.Words, "lan")) {
		// "huyện nào cả quý 1 lẫn quý 2 đều chưa nộp": missing from both.
		return r.inEveryQuarter(ctx, p, p.Periods[:2], false)
	}
	var texts []string
	var sent, total []int
	for _, per := range p.Periods {
		one := p
		one.Periods = []nlu.Period{per}
		ans, err := r.reporting(ctx, one)
		if err != nil {
			return Answer{}, err
		}
		texts = append(texts, ans.Text)
		status, err := r.data.PeriodStatus(ctx, "quarter", per.Start)
		if err != nil {
			return Answer{}, err
		}
		submitted, missing := tally(status, p.Level)
		sent, total = append(sent, len(submitted)), append(total, len(submitted)+len(missing))
	}
	if (p.Op == "diff" || p.Measure == "change") && len(sent) == 2 && len(namedUnits(p)) == 0 {
		// "số đơn vị báo cáo quý 1 nhiều hơn quý 2 bao nhiêu": the
		// difference of the two counts, said.
		a, b := 0, 1
		if sent[1] > sent[0] {
			a, b = 1, 0
		}
		switch {
		case asksRate(p.Words) && total[0] > 0 && total[1] > 0:
			// "tỷ lệ nộp bc q2 giảm bao nhiêu điểm % so q1": the shares'
			// difference, from the earlier quarter to the later.
			n := vi.NewNumbers()
			older, newer := 0, 1
			if p.Periods[1].Start < p.Periods[0].Start {
				older, newer = 1, 0
			}
			from := math.Round(10000*float64(sent[older])/float64(total[older])) / 100
			to := math.Round(10000*float64(sent[newer])/float64(total[newer])) / 100
			way := "tăng"
			if to < from {
				way = "giảm"
			}
			texts = append(texts, fmt.Sprintf(msgReportingShareChange, p.Periods[newer].Label, n.Num(to)+"%", way, n.Num(math.Abs(to-from)), p.Periods[older].Label, n.Num(from)+"%"))
		case sent[a] == sent[b]:
			texts = append(texts, fmt.Sprintf(msgReportingSame, p.Periods[a].Label, p.Periods[b].Label))
		default:
			texts = append(texts, vi.Capitalise(fmt.Sprintf(msgReportingMore2, p.Periods[a].Label, sent[a]-sent[b], p.Periods[b].Label)))
		}
	}
	return Answer{Kind: KindFigure, Text: strings.Join(texts, " ")}, nil
}

// unitsReported answers "Hương Khê đã nộp báo cáo quý 2 chưa": for each
// unit named, whether it sent the report of the quarter (and when), of the
// readings of its name that must report. ok is false when no unit other
// than the province is named.
func unitsReported(c *catalog.Catalog, p nlu.Parse, per nlu.Period, status []queries.FormStatus) (Answer, bool) {
	var lines []string
	for mi, m := range p.Units {
		if len(m) == 0 || m[0] == nlu.ProvinceCode {
			continue
		}
		if required := requiredAmong(c, m, status); len(required) > 1 {
			// "Kỳ Anh đã nộp chưa": the huyện and the thị xã both report.
			return askUnit(c, p, mi, required), true
		}
		line := ""
		for _, code := range m {
			for _, s := range status {
				if s.UnitCode != code {
					continue
				}
				switch {
				case s.SubmissionID.Valid && s.SubmittedAt.Valid:
					line = fmt.Sprintf(msgUnitReported, s.UnitName, per.Label, s.SubmittedAt.Time.Format("02/01/2006"))
				case s.SubmissionID.Valid:
					line = fmt.Sprintf(msgUnitReportedUndated, s.UnitName, per.Label)
				default:
					line = fmt.Sprintf(msgUnitNotReported, s.UnitName, per.Label)
				}
			}
			if line != "" {
				break
			}
		}
		if line == "" {
			line = fmt.Sprintf(msgUnitNotRequired, c.Units[m[0]].Name)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return Answer{}, false
	}
	return Answer{Kind: KindFigure, Text: strings.Join(lines, " ")}, true
}

// requiredAmong are the units a name may mean that must send the report.
func requiredAmong(c *catalog.Catalog, codes []string, status []queries.FormStatus) []queries.Unit {
	var out []queries.Unit
	for _, code := range codes {
		for _, s := range status {
			if s.UnitCode == code {
				out = append(out, c.Units[code])
				break
			}
		}
	}
	return out
}

// askQuarters offers the quarters of a longer period that have ended.
func askQuarters(p nlu.Parse, within nlu.Period, now time.Time) Answer {
	last := nlu.LastEndedQuarter(now)
	var opts []Option
	var labels []string
	for q := nlu.QuarterOf(mustDay(within.End, now)); q.Start >= within.Start && q.Start != "" && len(opts) < 4; q = nlu.PreviousQuarter(q) {
		if q.End > last.End {
			continue
		}
		chosen := p
		chosen.Periods = []nlu.Period{q}
		opts = append([]Option{{Label: q.Label, parse: &chosen}}, opts...)
		labels = append([]string{q.Label}, labels...)
	}
	if len(opts) == 0 {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgReportingNoQuarter, within.Label)}
	}
	return Answer{Kind: KindAsk, Text: fmt.Sprintf(msgReportingWhichQuarter, within.Label, vi.JoinOr(labels)), Options: opts}
}

// mustDay reads a YYYY-MM-DD date in now's zone, or now.
func mustDay(iso string, now time.Time) time.Time {
	t, err := time.ParseInLocation("2006-01-02", iso, now.Location())
	if err != nil {
		return now
	}
	return t
}

// inEveryQuarter lists the units (of the level asked) that sent every
// quarter's report of those given ("nộp đủ cả 2 quý năm 2019"), or, when
// sent is false, none of them ("cả quý 1 lẫn quý 2 đều chưa nộp", "chưa
// nộp quý nào").
func (r *reader) inEveryQuarter(ctx context.Context, p nlu.Parse, quarters []nlu.Period, sent bool) (Answer, error) {
	count := map[string]int{}
	var order []queries.FormStatus
	for i, per := range quarters {
		status, err := r.data.PeriodStatus(ctx, "quarter", per.Start)
		if err != nil {
			return Answer{}, err
		}
		for _, s := range status {
			if s.SubmissionID.Valid {
				count[s.UnitCode]++
			}
			if i == 0 {
				order = append(order, s)
			}
		}
	}
	var names []string
	for _, s := range order {
		if (p.Level == "" || s.Level == p.Level) && (sent && count[s.UnitCode] == len(quarters) || !sent && count[s.UnitCode] == 0) {
			names = append(names, s.UnitName)
		}
	}
	labels := make([]string, len(quarters))
	for i, q := range quarters {
		labels[i] = q.Label
	}
	format := msgReportingSentAll
	if !sent {
		format = msgReportingMissingBoth
	}
	text := fmt.Sprintf(format, len(names), strings.Join(labels[:len(labels)-1], ", "), labels[len(labels)-1])
	if len(names) > 0 {
		text += ": " + vi.Join(vi.Limit(names, maxNamesAsked, msgReportingMore))
	}
	return Answer{Kind: KindFigure, Text: text + "."}, nil
}

// endedQuarters are the quarters of a longer period that have ended.
func endedQuarters(within nlu.Period, now time.Time) []nlu.Period {
	last := nlu.LastEndedQuarter(now)
	var out []nlu.Period
	for q := nlu.QuarterOf(mustDay(within.End, now)); q.Start >= within.Start && q.Start != ""; q = nlu.PreviousQuarter(q) {
		if q.End <= last.End {
			out = append([]nlu.Period{q}, out...)
		}
	}
	return out
}

// wholeQuarters are the quarters a period is made of, when it begins and
// ends with them ("6 tháng đầu năm 2019": quý 1 and quý 2), or nil.
func wholeQuarters(within nlu.Period, now time.Time) []nlu.Period {
	var out []nlu.Period
	for q := nlu.QuarterOf(mustDay(within.End, now)); q.Start >= within.Start && q.Start != ""; q = nlu.PreviousQuarter(q) {
		out = append([]nlu.Period{q}, out...)
	}
	if len(out) == 0 || out[0].Start != within.Start || out[len(out)-1].End != within.End {
		return nil
	}
	return out
}

// everyQuarterAsked: "nộp đủ cả 2 quý", "quý nào cũng nộp" ask the units
// that sent every quarter; "chưa nộp quý nào", "không nộp quý nào" those
// that sent none. ok is false when the words ask neither.
func everyQuarterAsked(p nlu.Parse) (sent, ok bool) {
	if hasWord(p.Words, "quy", "nao") && (p.Missing || hasWord(p.Words, "khong", "nop")) && !hasWord(p.Words, "quy", "nao", "cung") {
		return false, true
	}
	if p.Missing && bothQuarters(p.Words) {
		// "huyện nào cả 2 quý đều chưa nộp": neither sent.
		return false, true
	}
	if p.Missing && hasWord(p.Words, "cung", "chua") && (slices.Contains(p.Words, "1") || slices.Contains(p.Words, "mot")) {
		// "có bn đv 1 BC quý cũng chưa nộp": not a single quarter's.
		return false, true
	}
	if !p.Missing && (hasWord(p.Words, "du", "ca") || bothQuarters(p.Words) || hasWord(p.Words, "quy", "nao", "cung") || hasWord(p.Words, "deu", "nop") || hasWord(p.Words, "nop", "deu") ||
		len(p.Periods) == 2 && slices.Contains(p.Words, "ca") && slices.Contains(p.Words, "lan")) {
		// ("nộp báo cáo cả quý 1 lẫn quý 2": both.)
		return true, true
	}
	return false, false
}

// unitsQuarters are the quarters a question of named units' reports
// asks one by one: those it names, or, for "quý nào", "cả 2 quý", this
// year's ended ones (none when it names units of no level, or one
// quarter).
func unitsQuarters(p nlu.Parse, now time.Time) []nlu.Period {
	if len(p.Units) == 0 || p.Level != "" || len(p.Levels) > 0 {
		return nil
	}
	quarters := slices.DeleteFunc(slices.Clone(p.Periods), func(x nlu.Period) bool { return x.Kind != nlu.PeriodQuarter })
	if len(quarters) >= 2 {
		return quarters
	}
	if _, ok := everyQuarterAsked(p); ok && len(p.Periods) == 0 {
		return endedQuarters(yearOf(now), now)
	}
	return nil
}

// bothQuarters: the words say both quarters, each of them ("cả 2 quý
// đều", "cả hai quý", "hai quý đều").
func bothQuarters(words []string) bool {
	for _, two := range []string{"2", "hai"} {
		if hasWord(words, "ca", two, "quy") || hasWord(words, two, "quy", "deu") {
			return true
		}
	}
	return false
}

// countsOfLevel: the words count the units of a level ("có mấy sở",
// "bao nhiêu huyện", "mấy đơn vị").
func countsOfLevel(words []string) bool {
	for _, many := range [][]string{{"may"}, {"bao", "nhieu"}} {
		for _, noun := range [][]string{{"so"}, {"huyen"}, {"don", "vi"}, {"co", "quan"}} {
			if hasWord(words, slices.Concat(many, noun)...) {
				return true
			}
		}
	}
	return false
}

// reportsOfUnits reads "tỷ lệ đơn vị chưa nộp" as the share of units that
// have not sent their reports (the words "báo cáo" left out), not of the
// files a bare "tỷ lệ" names.
func reportsOfUnits(t nlu.Text) (nlu.Text, bool) {
	toks := t.Tokens
	if !hasWord(toks, "ty", "le") || hasWord(toks, "bao", "cao") || hasWord(toks, "ho", "so") || hasWord(toks, "truc", "tuyen") || slices.Contains(toks, "hstt") {
		return t, false
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i] == "don" && toks[i+1] == "vi" && toks[i+2] == "chua" && (toks[i+3] == "nop" || toks[i+3] == "gui") {
			out := slices.Concat(toks[:i+4], []string{"bao", "cao"}, toks[i+4:])
			return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out}, true
		}
	}
	return t, false
}

// quartersBySteps reads "đã nộp quý 1/2019 nhưng đến quý 2/2019 lại chưa
// nộp" as two quarters: a report is of one quarter, so "đến quý 2" beside
// another quarter is that quarter, not everything up to its end.
func quartersBySteps(periods []nlu.Period) []nlu.Period {
	if len(periods) != 2 {
		return periods
	}
	for i, per := range periods {
		other := periods[1-i]
		if per.Kind != nlu.PeriodAsOf || per.Start != "" || other.Kind != nlu.PeriodQuarter {
			continue
		}
		end, err := time.Parse(time.DateOnly, per.End)
		if err != nil {
			continue
		}
		if q := nlu.QuarterOf(end); q.End == per.End && q.Start != other.Start {
			out := slices.Clone(periods)
			out[i] = q
			return out
		}
	}
	return periods
}
