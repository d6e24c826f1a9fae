// Package ask turns a question into a reply: the glue to the Vietnamese
// understanding (handlers/nlu), one file per intent (intent_*.go: read the
// figures it needs, write the sentence), the figures of a scope and period
// (figures.go, locate.go), the arithmetic a question asks over them
// (arithmetic.go), charts, the language-model fallback and its
// tools. It reads the database only through the Data interface below and
// imports catalog, nlu, report, vi and queries' types; never another job.
package ask

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/report"
	"github.com/hatinh-stttt/chatbot/queries"
)

// AnswerKind says what sort of reply a question got.
type AnswerKind string

// Answer kinds. Only KindFigure and KindNearest carry a figure.
const (
	KindFigure AnswerKind = "figure"
	// KindNearest carries a figure of the nearest stored period, not the
	// one asked; its text says so first ("Chưa có số liệu cả năm 2019; …").
	KindNearest       AnswerKind = "nearest"
	KindNoData        AnswerKind = "no_data"
	KindAsk           AnswerKind = "ask"
	KindNotUnderstood AnswerKind = "not_understood"
	KindOutOfScope    AnswerKind = "out_of_scope"
	KindInfo          AnswerKind = "info"
)

// CarriesFigure: a reply of this kind states a figure, of the period asked
// or of the nearest one (which it names first).
func (k AnswerKind) CarriesFigure() bool { return k == KindFigure || k == KindNearest }

// Option is a choice offered when a question is ambiguous: a button on
// Telegram, a numbered option elsewhere. Choosing it (by its label, its
// number, or words only it has) answers the question it stands for: the
// parse when the question was understood, else Query, a rewritten question.
type Option struct {
	Label string `json:"label"`
	Query string `json:"query,omitempty"`
	parse *nlu.Parse
}

// Answer is the reply to one question.
type Answer struct {
	Kind    AnswerKind
	Text    string
	Options []Option
	Parse   nlu.Parse
	Path    string // who understood it: "rules", "search" or "llm"
	// Inherited are the slots a follow-up kept from the chat's previous
	// question ("periods", "units", "indicators", "measure").
	Inherited []string
	// held is what a refused question asked, but for its impossible
	// period: the chat remembers it, so "ý tôi là quý 2/2019" completes it.
	held *nlu.Parse
	// named is the one unit a ranking's reply named, by its key.
	named []string
	// year is the one year the figures stated are of, when the question
	// named none ("chuyên đề?" answered for năm 2018): what "cùng năm"
	// next refers to.
	year *nlu.Period
	// quarter is the one quarter the figures stated are of: what "mới
	// nhất" was, for "so với quý liền trước" next.
	quarter *nlu.Period
	// ownAsked is a question of the asker's own unit, unnamed ("huyện em
	// …"), asked back: the unit typed next completes it.
	ownAsked string
	// Attachment is a chart or spreadsheet that goes with the text.
	Attachment *Attachment
	// sideOf is the figure a side count was asked beside ("ở bao nhiêu
	// xã" after the people trained): the chat goes on from it.
	sideOf []string
}

// Understood reports whether the question was mapped to an intent.
func (a Answer) Understood() bool { return a.Parse.Understood() }

// Data is everything answering reads; *queries.Store provides it.
type Data interface {
	Conversations
	searchSource
	figureSource
	projectSource
	scheduleSource
	PeriodStatus(ctx context.Context, periodType, periodStart string) ([]queries.FormStatus, error)
}

// Exporter writes the workbook of a quarter (/xuat); the reporting job
// provides it. Nil: no spreadsheets.
type Exporter interface {
	// Export returns the reply's text and the file; no file (nil data)
	// means text is why not (an unreadable period, say).
	Export(ctx context.Context, period string) (text, name string, data []byte, err error)
}

// Answerer maps questions to intents and runs each intent's named query.
type Answerer struct {
	data     Data
	cat      *catalog.Live
	now      func() time.Time
	fallback *Fallback
	exporter Exporter
	convs    Conversations
	stats    atomic.Pointer[phraseStats] // of the search index, rebuilt with it
	figures  figureCache
}

// SetFallback adds the language-model fallback (nil: rules only). Call it
// before the Answerer is shared.
func (a *Answerer) SetFallback(f *Fallback) { a.fallback = f }

// Fallback is the language-model fallback in use (nil: rules only), for
// its metrics.
func (a *Answerer) Fallback() *Fallback { return a.fallback }

// SetExporter lets "/xuat" answer with a workbook. Call it before the
// Answerer is shared.
func (a *Answerer) SetExporter(e Exporter) { a.exporter = e }

// New makes the question answering over a live catalog. now gives the
// reference time (in the deployment's time zone) for relative periods.
func New(data Data, cat *catalog.Live, now func() time.Time) *Answerer {
	return &Answerer{data: data, cat: cat, now: now, convs: data}
}

// rankedByDefault is the figure a unit's place is asked by when no figure
// is named: the share of applications filed online, which the quarterly
// reports exist to follow.
const rankedByDefault = "hstt_share"

// Understand maps a question to an intent and slots without answering it.
func (a *Answerer) Understand(question string) nlu.Parse {
	return a.understand(a.cat.Get(), nlu.Normalize(question))
}

func (a *Answerer) understand(c *catalog.Catalog, t nlu.Text) nlu.Parse {
	if named, ok := todaysLevels(c, t, false); ok {
		t = named
	}
	if named, ok := romanNumbers(t); ok {
		t = named
	}
	if asked, ok := missingThenAsked(t); ok {
		t = asked
	}
	if named, ok := leaderAsPlace(c, t); ok {
		t = named
	}
	if named, ok := withoutGroupLabels(c, t); ok {
		t = named
	}
	if listed, ok := levelList(t); ok {
		t = listed
	}
	if named, ok := unitsOfKind(c, t); ok {
		t = named
	}
	if reports, ok := reportsOfUnits(t); ok {
		t = reports
	}
	if every, ok := agenciesAndPlaces(t); ok {
		t = every
	}
	if hundred, ok := perHundred(t); ok {
		t = hundred
	}
	if periods, ok := baseAndReported(t); ok {
		t = periods
	}
	p := withinParent(c, nlu.UnderstandText(c.Vocab, t, a.now()), t.Original)
	p.Units = withoutRestated(withoutMismarked(c, narrowByMarks(c, p.Units, t.Original), t))
	if both := bothReadings(c, p.Units, t.Tokens); len(both) != len(p.Units) {
		p.Units, p.UnitSpans = both, nil
	}
	if len(p.Units) == 1 && slices.Equal(p.Units[0], []string{nlu.ProvinceCode}) && p.Level != "" && p.Level != "province" && len(p.Levels) == 0 &&
		p.Op == "" && p.Order == "" && !p.Count && hasWord(t.Tokens, "trong", "do") {
		// "Số DVC mức độ 4 toàn tỉnh, trong đó cấp tỉnh bao nhiêu": the
		// whole, then its part.
		p.Levels, p.Units, p.UnitSpans = []string{"province", p.Level}, nil, nil
	}
	if len(p.Units) == 1 && p.Level != "" && p.Op == "" && p.Measure == "" && p.Order == "" && !p.Count && !p.Missing && p.Threshold == nil &&
		!slices.ContainsFunc(p.Units[0], func(code string) bool { return c.Units[code].Level != p.Level }) && levelHeading(c, t.Original, p.Level) {
		// "Khối sở ngành quý 2/2019: Sở Tài chính tỷ lệ … bao nhiêu": the
		// level heads the unit asked, which is of it.
		p.Level, p.Levels = "", nil
	}
	if _, ok := c.Indicators[rankedByDefault]; ok && p.Intent == nlu.IntentReporting && p.Threshold != nil && len(p.Units) == 0 && !p.Missing {
		// "quý 1 trong 12 huyện đã nộp có bao nhiêu phần trăm số huyện
		// đạt trên 10%": the units over a bound among those that
		// reported, by the figure they are ranked by, not the reports.
		p.Intent, p.Which, p.Order, p.Count = nlu.IntentRanking, true, "all", false
		if len(p.Indicators) == 0 {
			p.Indicators = []string{rankedByDefault}
		}
	}
	if q, ok := byTakenInitials(c, p, t, a.now()); ok {
		p = q
	}
	if nlu.SaidOver(t.Tokens) {
		return p // "dvc dvc dvc dvc": nothing asked, whatever it names
	}
	if !p.Understood() && p.Reason == nlu.ReasonNotUnderstood || p.Intent == nlu.IntentReporting && !asksReports(p.Words) ||
		p.Intent == nlu.IntentFunding && len(p.Indicators) == 0 && slices.Contains(p.Leftover, "dich") {
		// "DVC trực tuyến" without a level is every level; beside "báo
		// cáo" ("tính đến thời điểm báo cáo") it is still the services
		// asked, not the reports sent; beside "nghị quyết 22" ("tiến độ
		// làm thêm dịch vụ công theo nghị quyết 22"), not its money.
		if every, ok := everyServiceLevel(c, nlu.WithoutAsides(t)); ok {
			if q := nlu.UnderstandText(c.Vocab, every, a.now()); q.Understood() && (!p.Understood() || len(q.Indicators) > 0) {
				p = q
				if p.Level != "" {
					p.Indicators = familyOfLevels(c, p.Indicators)
				}
			}
		}
	}
	servicesRate(&p, t.Tokens)
	allAdded(c, &p, t.Tokens)
	figuresAdded(c, &p, t.Original)
	if len(p.Periods) == 2 && p.Periods[0].Kind == nlu.PeriodRange && p.Periods[1].Kind == nlu.PeriodYear && p.Periods[0].Start == p.Periods[1].Start &&
		p.Periods[0].End <= p.Periods[1].End && strings.HasSuffix(p.Periods[0].Start, "-01-01") {
		// "YTD … 2019", "từ đầu năm … 2019": the span of that year, its
		// year named again, not two periods set against each other.
		p.Periods = p.Periods[:1]
		if p.Intent == nlu.IntentCompare {
			p.Intent = nlu.IntentValue
		}
	}
	p = levelBesideSector(c, p)
	if p.Level == "sector" {
		// "hai ngành Điện lực và Thuế cung cấp thêm bao nhiêu DVC mức
		// 3": the services added under the resolution are the province's
		// count; the vertical sectors are outside it, and their "thêm" is
		// "besides", their own count asked.
		for i, code := range p.Indicators {
			if base, ok := strings.CutSuffix(code, addedSuffix); ok && c.Indicators[base].Code != "" && !slices.Contains(p.Indicators, base) {
				p.Indicators[i] = base
			}
		}
	}
	if p.Measure == "change" && p.Order != "" && len(p.Periods) == 1 && p.Periods[0].Kind == nlu.PeriodRange {
		// "trong hai quý đầu năm 2019, đơn vị nào … tăng mạnh nhất": from
		// the first of its quarters to the last.
		if qs := wholeQuarters(p.Periods[0], a.now()); len(qs) == 2 {
			p.Periods = qs
		}
	}
	if p.Threshold != nil && p.Level != "" && len(p.Units) == 0 && (nlu.AsksWhether(t.Tokens) || hasWord(t.Tokens, "co", "phai")) &&
		!hasWord(t.Tokens, "nao") && (!slices.Contains(t.Tokens, "may") && !hasWord(t.Tokens, "bao", "nhieu") || quotedBound(t.Original)) && !hasWord(t.Tokens, "cac") {
		// ("Cấp huyện có mấy dịch vụ công mức 4, chị viết "hơn 20" có
		// đúng không": the bound is the words checked, quoted.)
		// "có phải số DVC mức 3 ở cấp huyện đã hơn một nghìn ba trăm
		// không": the level's figure checked against the number, not its
		// units over it.
		p.Checked, p.Threshold, p.Order, p.Top, p.Which, p.Intent = p.Threshold, nil, "", 0, false, nlu.IntentValue
		if p.Measure == "change" && len(p.Periods) < 2 && !nlu.AsksChange(t.Tokens) {
			p.Measure = "" // ("… có nhiều hơn 20 … không": the bound's words)
		}
	}
	if p.Intent == nlu.IntentReporting && (p.Order == "desc" || p.Order == "asc") {
		// "q2 trong mấy sở đã nộp thì sở nào cao nhất": a ranking among
		// those that reported, which every ranking is, not the count of
		// the reports.
		if rest, ok := withoutReportersAsked(t.Tokens); ok {
			// (With no figure named, which is not known: not the reports.)
			if q := a.understand(c, nlu.Text{Original: t.Original, Folded: strings.Join(rest, " "), Tokens: rest}); q.Intent == nlu.IntentRanking || !q.Understood() && q.Order != "" {
				if q.Level == "" {
					q.Level, q.Levels = p.Level, p.Levels
				}
				return q
			}
		}
	}
	if p.Reason == nlu.ReasonNotUnderstood && hasWord(t.Tokens, "noi", "nao") {
		// "Huyện Kỳ Anh với TX Kỳ Anh nơi nào tỷ lệ cao hơn": which of
		// the units named ("ở những nơi nào" of no units named stays a
		// question of places).
		which := nlu.Normalize(strings.Replace(t.Folded, "noi nao", "don vi nao", 1))
		if q := a.understand(c, which); q.Understood() && len(q.Units) >= 2 {
			return q
		}
	}
	if p.Reason == nlu.ReasonNotUnderstood && len(p.Indicators) == 0 && (p.Level != "" || len(p.Units) > 0 || hasWord(t.Tokens, "cac", "don", "vi")) &&
		(hasWord(t.Tokens, "ty", "le", "chung") || hasWord(t.Tokens, "ty", "le", "gop") || len(p.Units) >= 2 && p.Op == "diff" && hasWord(t.Tokens, "ty", "le")) {
		// "tỷ lệ chung của 5 sở đã nộp báo cáo quý 1", "tỷ lệ chung các
		// đơn vị đã nộp quý 2": the units' files online, together, the
		// rate their reports give; "Huyện Kỳ Anh
		// với TX Kỳ Anh đơn vị nào tỷ lệ cao hơn": that rate of each.
		if _, ok := c.Indicators[rankedByDefault]; ok {
			q := nlu.UnderstandText(c.Vocab, nlu.Normalize(strings.Replace(t.Folded, "ty le", "ty le ho so truc tuyen", 1)), a.now())
			if q.Understood() {
				if q.Level == "" && len(q.Units) == 0 {
					// ("5 sở": the level the first reading found.)
					q.Level, q.Levels, q.Units, q.UnitSpans = p.Level, p.Levels, p.Units, p.UnitSpans
				}
				p = q
			}
		}
	}
	if notTheRate(t.Tokens) && len(p.Indicators) > 0 && !slices.ContainsFunc(p.Indicators, func(code string) bool { return c.Indicators[code].Kind != "percent" }) {
		// "Số doanh nghiệp (không phải tỷ lệ) đã được tập huấn": a count
		// the rate stands for is not what is asked, and none is stored.
		p.Indicators, p.Reason = nil, nlu.ReasonNotUnderstood
		p.Intent = ""
	} else if notTheRate(t.Tokens) {
		// "bao nhiêu hồ sơ nộp trực tiếp (số bộ, không phải %)": the
		// counts named, not the rate beside them.
		p.Indicators = slices.DeleteFunc(p.Indicators, func(code string) bool { return c.Indicators[code].Kind == "percent" })
	}
	if (p.Op == "rankof" || (p.Order == "desc" || p.Order == "asc") && nlu.AsksWhether(t.Tokens)) && len(p.Indicators) == 0 && len(namedUnits(p)) == 1 {
		// "Sở Tài chính quý 1 ở vị trí thứ mấy trong các sở đã báo cáo":
		// no figure named, so the one units are ranked by in their
		// reports, said in the reply.
		if _, ok := c.Indicators[rankedByDefault]; ok {
			p.Indicators, p.Intent, p.Count, p.Reason = []string{rankedByDefault}, nlu.IntentValue, false, ""
		}
	}
	if p.Op == "" && p.Measure == "" && len(namedUnits(p)) == 2 && len(p.Periods) <= 1 && len(p.Indicators) > 0 &&
		(hasWord(t.Tokens, "may", "diem") || hasWord(t.Tokens, "bao", "nhieu", "diem")) &&
		!slices.ContainsFunc(p.Indicators, func(code string) bool { return c.Indicators[code].Kind != "percent" }) {
		// "Quý 1 Can Lộc trên Nghi Xuân mấy điểm", "Hương Khê cách Can
		// Lộc mấy điểm %": the gap between the two units' rates.
		p.Op, p.Intent = "diff", nlu.IntentValue
	}
	if p.Measure == "target" && len(namedUnits(p)) == 2 && nlu.AsksWhether(t.Tokens) && hasWord(p.Words, "vuot") {
		// "Quý 2 Hồng Lĩnh có vượt thành phố Hà Tĩnh về tỉ lệ … không":
		// one unit set against the other, not against a target.
		p.Measure, p.Op, p.Intent = "", "diff", nlu.IntentValue
	}
	if (p.Order == "desc" || p.Order == "asc") && len(namedUnits(p)) == 1 && len(p.Units) == 1 && len(p.Indicators) > 0 &&
		(nlu.AsksWhether(t.Tokens) || nlu.Presumes(nlu.Normalize(t.Original).Tokens)) {
		// "Có đúng thành phố Hà Tĩnh đứng đầu tỉ lệ … quý 1 không",
		// "chẳng phải Lộc Hà dẫn đầu quý 2 à?": who is first, which
		// answers whether the unit named is.
		p.Intent, p.Units, p.UnitSpans, p.Top = nlu.IntentRanking, nil, nil, 1
	}
	if (p.Order == "asc" || p.Order == "desc") && len(p.Units) == 0 && p.Level == "" && len(p.Levels) == 0 && nlu.BareKind(t.Original, "sở") &&
		!slices.Contains(t.Tokens, "huyen") && !slices.Contains(t.Tokens, "don") {
		// (Not "cả huyện lẫn sở thì đơn vị nào …": every unit.)
		// "Q1 sở tỷ lệ thấp nhất": among the agencies ("sở" typed with
		// its mark, no "số").
		p.Level, p.Intent = "agency", nlu.IntentRanking
	}
	if unitsChangedAsked(p) && c.Reported[p.Indicators[0]] {
		// "có bao nhiêu đơn vị cấp huyện tăng số hồ sơ … quý 2 so với
		// quý 1": each unit's change, those that went that way counted.
		// ("có mấy đơn vị tỷ lệ … quý 2 cao hơn quý 1": a change too.)
		p.Intent, p.Order, p.Which, p.Count, p.Measure = nlu.IntentRanking, "all", true, true, "change"
	}
	periodsRanked(&p)
	rateOverWhole(c, &p)
	asOfOwnEnd(c, &p)
	asOfSummed(c, &p)
	asOfQuarterEnd(c, &p)
	quartersOfRange(&p)
	partsAsked(&p, a.now())
	latestOfQuarters(&p, a.now())
	unitsTogether(&p)
	bothChannels(c, &p)
	partWithoutWhole(c, &p)
	if growthIndexAsked(p.Words) && len(p.Indicators) == 2 {
		// "chỉ số phát triển (%) số hồ sơ trực tuyến": the "%" is the
		// index's; the count named, not its rate beside it.
		for i, code := range p.Indicators {
			if in := c.Indicators[code]; in.Kind == "percent" && in.NumeratorCode == p.Indicators[1-i] {
				p.Indicators = []string{p.Indicators[1-i]}
				break
			}
		}
	}
	if (andRate(p.Words) || openEnded(p)) && !growthIndexAsked(p.Words) {
		onlineCountNamed(c, &p)
		// "số hồ sơ trực tuyến và tỷ lệ": the counts and their rate; "hồ
		// sơ trực tuyến với tỷ lệ thế nào": the rate's count too.
		for _, code := range p.Indicators {
			if share, ok := percentSibling(c, []string{code}); ok && !slices.Contains(p.Indicators, share[0]) {
				p.Indicators = append(p.Indicators, share[0])
			}
		}
		if len(p.Indicators) == 1 && c.Indicators[p.Indicators[0]].Kind == "percent" && rateJoined(p.Words) && p.Order == "" {
			// (Not "huyện có tỷ lệ … thấp nhất và tỷ lệ của huyện đó":
			// the ranking is by the rate, and states it.)
			if num := c.Indicators[p.Indicators[0]].NumeratorCode; num != "" {
				p.Indicators = []string{num, p.Indicators[0]}
			}
		}
	} else {
		preferPercent(c, &p)
		if p.Op == "" && p.Measure != "change" {
			rateWithoutParts(c, &p)
		}
	}
	rankedByUnsaidMeasure(c, &p)
	moneyForProject(c, &p)
	targetByWords(c, &p)
	countOfBodies(c, &p, t.Tokens)
	gapToEnd(c, &p)
	fundingOverview(c.Indicators, &p)
	perSpanAverage(c, &p)
	rankInProvince(&p)
	rankIsTheFigure(c, &p)
	shareOfCounts(c, &p)
	countedAmong(c, &p)
	withoutExceptedKinds(c, &p)
	notOnline(c, &p)
	againstAverage(c, &p)
	otherThanLeftOut(&p)
	if asked, ok := a.besidesLeftOut(c, p, t); ok {
		return asked
	}
	singledOut(&p)
	unitsLeftOutOfList(c, &p)
	unitsLeftOutOfLevel(c, &p)
	return p
}

// asksReports: the words speak of sending reports or of the units that
// must ("đơn vị phải nộp báo cáo"), not only of a report's date.
func asksReports(words []string) bool {
	return hasWord(words, "nop") || hasWord(words, "gui") || hasWord(words, "don", "vi")
}

// Answer understands a question on its own and answers it from the
// database (Converse is the same in a conversation).
func (a *Answerer) Answer(ctx context.Context, question string) (Answer, error) {
	question, home := a.unsealed(question, nil)
	question, _ = a.atHome(question, home)
	return a.respond(ctx, question, nil)
}

// respondOne answers a message as one question, as a follow-up of mem when
// it is one. A question the rules do not understand (and that is not out
// of scope) goes to the language model when one is configured; its choice
// is validated and answered by the same queries and templates.
func (a *Answerer) respondOne(ctx context.Context, question string, mem *memory) (Answer, error) {
	trimmed := strings.TrimSpace(question)
	if code := unknownCode(a.cat.Get(), trimmed); code != "" {
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgUnknownCode, code), Path: "rules"}, nil
	}
	if rest, ok := cutCommand(trimmed, "/xuat"); ok {
		return a.export(ctx, rest)
	}
	chart := false
	if rest, ok := cutCommand(trimmed, "/bieudo"); ok {
		question, chart = rest, true
	}
	c := a.cat.Get()
	t := c.Vocab.Spelling.Correct(nlu.Normalize(question))
	if named, ok := todaysLevels(c, t, mem != nil && isServices(c, mem.Parse.Indicators)); ok {
		t = named // (a follow-up's level too: "còn toàn trình?")
	}
	if nlu.WantsChart(t.Tokens) {
		// The chart words are the request's form, not its content.
		chart, t = true, nlu.WithoutChartWords(t)
	}
	if rest, ok := a.withoutOffice(c, t); ok {
		t = rest
	}
	p := a.understand(c, t)
	p.NearestAsked = t.NearestAsked
	if p.Op == "except" {
		if q, ok := a.besidesOther(c, t); ok {
			p = q
		}
	}
	if p.Status != "" && p.Measure == "complement" && hasWord(t.Tokens, "chua") && hasWord(t.Tokens, "nao") &&
		(nlu.AsksWhether(t.Tokens) || nlu.Presumes(t.Tokens) || hasWord(t.Tokens, "co", "dung")) {
		// "có đúng là chưa dự án nào hoàn thành không?": those that have,
		// which say whether none has.
		p.Measure = ""
	}
	if (p.Understood() || mem != nil) && nlu.AsksForecast(t.Tokens) {
		// "cứ tăng đều như 5 tháng đầu năm thì hết năm 2019 được bao
		// nhiêu": a figure nobody stored, which no stored one stands for.
		return Answer{Kind: KindNoData, Text: msgNoForecast, Parse: p, Path: "rules"}, nil
	}
	if rest, ok := nlu.WithoutProgress(t); ok && p.Intent == nlu.IntentSearch {
		// "DVC mức 4 làm tới đâu rồi": a figure with a target, asked how
		// far it has got, is its progress; anything else stays the
		// report's words.
		if q := a.understand(c, rest); len(q.Indicators) > 0 && len(q.Units) == 0 && (q.Measure == "" || q.Measure == "target") && hasTarget(c, q.Indicators) {
			q.Intent, q.Measure = nlu.IntentTarget, "target"
			p = q
		}
	}
	var held *nlu.Parse
	if p.Reason == nlu.ReasonBadPeriod || p.Elsewhere != "" && p.ElsewhereSpan[0] >= 0 {
		// What the refused question asks, but for its impossible period or
		// the other province: the chat remembers it, so "ý tôi là quý
		// 2/2019" or "thế Hà Tĩnh?" completes it.
		sp := p.BadSpan
		if p.Elsewhere != "" {
			sp = p.ElsewhereSpan
		}
		// (The span is of the words read, which may be written out from
		// the message's: "2 thị xã" is the towns' names.)
		if words := p.Words; sp[0] <= sp[1] && sp[1] <= len(words) {
			rest := append(append([]string(nil), words[:sp[0]]...), words[sp[1]:]...)
			if q := a.understand(c, nlu.Text{Original: t.Original, Folded: strings.Join(rest, " "), Tokens: rest}); q.Understood() {
				held = &q
			}
		}
	}
	if p.Understood() && (costOfCounted(c, p) || rentAsked(c, p, t.Original)) {
		// "chi phí thuê hội trường cho các lớp tập huấn": money, not the
		// classes counted.
		p = nlu.Parse{Reason: nlu.ReasonNotUnderstood, Words: p.Words}
	}
	if p.Understood() && countedElsewhere(c, p) {
		// "bao nhiêu người dân đã có tài khoản DVC": not the count of
		// services its other words name.
		p = nlu.Parse{Reason: nlu.ReasonNotUnderstood, Words: p.Words}
	}
	fu := nlu.ReadFollowUp(t.Tokens)
	fu.Cue = fu.Cue || mem != nil && mem.sameMessage
	if mem != nil && fu.ServiceLevel == 0 {
		fu.ServiceLevel = otherServiceLevel(c, mem.Parse.Indicators, t.Tokens)
	}
	if mem != nil && len(p.Units) == 0 && p.Level == "" && nlu.BareAgency(t.Original) && namesAgency(c, mem.Parse) {
		// "Tỷ lệ trên tổng số hồ sơ Sở tiếp nhận?" after an agency's
		// figure: that agency.
		fu.Those = true
	}
	if mem != nil && len(p.Units) == 0 && len(mem.Parse.Units) >= 2 && nlu.CountsOf(t.Tokens, len(mem.Parse.Units)) {
		// "…, và tỷ lệ chung 3 huyện" after three districts named: those
		// three, not every district.
		fu.Those = true
	}
	if kind, ok := unitKindBefore(c, mem); ok && len(p.Units) == 0 && (p.Level == "" || p.Level == c.Units[mem.Parse.Units[0][0]].Level) {
		if nlu.BareKind(t.Original, kind) {
			// "Dạ, quý 1/2019 huyện tiếp nhận bao nhiêu hồ sơ trực tuyến?"
			// after Huyện Can Lộc, "năm 2017 báo đăng bao nhiêu bài" after
			// Báo Hà Tĩnh: that unit, not its level or the province.
			fu.Those = true
			p.Level, p.Levels = "", nil
		}
	}
	if p.Intent == nlu.IntentSearch && (fu.Cue || len(t.Tokens) <= 4) && mem != nil && mem.Parse.Understood() && len(t.Tokens) <= maxFollowUpWords {
		// "với Hồng Lĩnh thì thế nào", "Hương Khê thế nào?" after a
		// figure: that figure of the place named, not how the place is.
		if q := a.understand(c, nlu.WithoutHowEnd(t)); q.Intent != nlu.IntentSearch && (len(q.Units) > 0 || len(q.Periods) > 0 || q.Level != "") {
			p = q
		}
	}
	if ans, ok, err := a.exceptAfter(ctx, c, mem, p, t); ok || err != nil {
		return ans, err
	}
	if ans, ok, err := a.againAfter(ctx, mem, p, t); ok || err != nil {
		return ans, err
	}
	if mem == nil || !followsUp(c, mem, p, fu) {
		p, _ = a.rateBySign(c, t, p)
	}
	var inherited []string
	p = a.readAgainst(c, mem, p, t, fu)
	var side []string
	if followsUp(c, mem, p, fu) {
		asked := p
		p, inherited = merge(c, mem, p, fu)
		if a.filesOfBefore(c, mem, asked, &p) && !slices.Contains(inherited, "indicators") {
			inherited = append(inherited, "indicators")
		}
		everyLevelOf(c, asked, &p)
		if sideCount(c, mem, asked, &p) {
			side = mem.Parse.Indicators
			if !slices.Contains(inherited, "units") && len(asked.Units) == 0 {
				inherited = append(inherited, "units")
			}
		}
		countOfBodies(c, &p, t.Tokens)
		if asksNotOnline(asked) {
			// "không trực tuyến", "tỷ lệ không online" after a unit's
			// files: those not filed online, by the follow-up's words.
			words := p.Words
			p.Words = asked.Words
			if p.Op == "diff" && p.Measure != "change" {
				p.Op = "" // the rest asked before, now in another form
			}
			p.Indicators = slices.Compact(p.Indicators)
			if len(p.Indicators) == 1 && !fu.Percent && !hasWord(asked.Words, "ty", "le") {
				// ("không trực tuyến" after the online count: the count of
				// the rest, not its rate.)
				if in := c.Indicators[p.Indicators[0]]; in.Kind == "percent" && slices.Contains(mem.Parse.Indicators, in.NumeratorCode) {
					p.Indicators, p.Measure = []string{in.NumeratorCode}, ""
				}
			}
			notOnline(c, &p)
			p.Words = words
		}
		changeSincePrevious(&p, inherited)

		if fu.Export && !chart {
			ans, err := a.export(ctx, quarterOf(p))
			ans.Parse, ans.Path, ans.Inherited = p, "rules", inherited
			return ans, err
		}
	}
	path := "rules"
	if a.fallback != nil && !p.Understood() && p.Reason == nlu.ReasonNotUnderstood {
		if lp, ok := a.fallback.Understand(ctx, c, question, reading(mem), a.now()); ok {
			p, path = lp, "llm"
		}
		a.fallback.cfg.Log.Info("question path", "path", path, "intent", p.Intent)
	}
	if p.Intent == nlu.IntentSearch || !p.Understood() && p.Reason == nlu.ReasonNotUnderstood {
		// "số DVC mức 3 kèm câu nguyên văn": the figure, with its words.
		if fig, ok, err := a.figureWithQuote(ctx, c, t, mem); ok || err != nil {
			fig.Path = path
			return fig, err
		}
	}
	var ans Answer
	var err error
	switch {
	case chart && p.Understood():
		ans, err = a.reader().chart(ctx, p)
		if errors.Is(err, report.ErrNoData) {
			// Nothing to draw (a figure summed from reports has no series):
			// the figure in words.
			ans, err = a.AnswerParse(ctx, p)
		} else if err == nil && p.Order != "" {
			// "vẽ biểu đồ … theo từng dự án, dự án nào cao nhất": the
			// chart, and the answer of which in words above it.
			if asked, aerr := a.AnswerParse(ctx, p); aerr != nil {
				return Answer{}, aerr
			} else if asked.Kind.CarriesFigure() {
				ans.Text = asked.Text + "\n" + ans.Text
			}
		}
		ans.Parse = p
	case p.Intent == nlu.IntentSearch:
		ans, err = a.quotes(ctx, p)
		ans.Parse = p
		return ans, err
	default:
		ans, err = a.AnswerParse(ctx, p)
		if err == nil && ans.Kind == KindNoData && (fu.Back == "quarter" || fu.Back == "any") && mem != nil {
			// "quý trước thì sao?" after quarter 1/2019: the quarter before
			// it has no figure; the last quarter that ended, which the
			// words also say, has, and is named as such.
			ans, err = a.lastQuarterToo(ctx, ans, p, mem)
		}
		if err == nil && ans.Kind == KindAsk && len(p.Periods) == 0 && mem != nil && len(mem.Parse.Periods) == 1 &&
			offersPeriod(ans.Options, mem.Parse.Periods[0], sameTopic(c, p.Indicators, mem.Parse.Indicators)) {
			// "Đức Thọ kém Can Lộc bao nhiêu hồ sơ trực tuyến?" right after
			// a question of quarter 2, "số hồ sơ bao nhiêu" right after one
			// of 5 tháng đầu năm 2019: of that period, not asked again.
			q := p
			q.Periods = mem.Parse.Periods
			again, aerr := a.AnswerParse(ctx, q)
			if aerr != nil {
				return Answer{}, aerr
			}
			if again.Kind.CarriesFigure() {
				ans, p, inherited = again, q, append(inherited, "periods")
			}
		}
		if err == nil && ans.Kind == KindAsk && (!nlu.ChecksFigure(t.Tokens) || strings.ContainsAny(t.Original, "\"“”«»")) {
			// "6.704 hồ sơ trực tuyến là số tính đến thời điểm nào?": the
			// one reading whose figure is the number quoted. (Not a number
			// the asker is unsure of, "Hương Khê dv mức 4 có 8 phải k":
			// which reading it is of is asked back; a line quoted from
			// the report is no guess.)
			if _, quoted := nlu.WithoutChecked(t.Tokens); len(quoted) > 0 {
				if chosen, ok, cerr := a.optionStating(ctx, ans.Options, quoted); cerr != nil {
					return Answer{}, cerr
				} else if ok {
					ans, p = chosen, chosen.Parse
				}
			}
		}
	}
	if err == nil && nlu.AsksNoNumber(t.Tokens) &&
		(len(ans.Options) == 0 && (!ans.Parse.Understood() && ans.Parse.Reason == nlu.ReasonNotUnderstood ||
			ans.Kind == KindNoData && (nlu.AsksAbout(t.Tokens) || nlu.AsksWhetherOrWhat(t.Tokens))) ||
			(ans.Kind.CarriesFigure() || ans.Kind == KindAsk) && nlu.AsksWhetherOrWhat(t.Tokens) && judgedNotCounted(p, t.Tokens)) {
		// Neither the rules nor the model, or no figure of what was read,
		// and no number asked ("CSDL dùng chung đang gặp vấn đề gì", "chỉ
		// thị 08 ban hành về việc gì", "năm 2018 cổng TTĐT có thay đổi
		// gì"): what the report says of the words it shares, if it says
		// much.
		q := p
		q.Leftover = t.Tokens
		quoted, qerr := a.quotesLoose(ctx, q, false)
		if qerr != nil {
			return Answer{}, qerr
		}
		if quoted.Kind == KindInfo {
			quoted.Parse, quoted.Inherited, quoted.held = p, inherited, held
			return quoted, nil
		}
	}
	if err == nil && ans.Kind.CarriesFigure() && p.Intent == nlu.IntentProject && nlu.AsksWhether(t.Tokens) && asksDone(p, t.Tokens) {
		// "phần mềm đánh giá minh bạch đã làm riêng chưa": the project's
		// state, without its money, and what the report says of it.
		q := p
		q.Leftover = t.Tokens
		quoted, qerr := a.quotesLoose(ctx, q, false)
		if qerr != nil {
			return Answer{}, qerr
		}
		if pr, ok := c.Projects[p.Projects[0]]; ok && quoted.Kind == KindInfo {
			// (The state is the answer, a stored fact of the project's
			// line; the report's words come with it.)
			state := fmt.Sprintf(msgProjectState, pr.ShortName, projectAbout(c, pr))
			quoted.Text, quoted.Kind = state+"\n"+quoted.Text, KindFigure
			quoted.Parse, quoted.Inherited, quoted.held, quoted.Path = p, inherited, held, path
			return quoted, nil
		}
	}
	if err == nil && !ans.Parse.Understood() && ans.Parse.Reason == nlu.ReasonNotUnderstood && len(ans.Options) == 0 {
		// Neither the rules nor the model: offer questions it can answer
		// whose stored words the question shares.
		opts, serr := a.suggest(ctx, c, t)
		if serr != nil {
			return Answer{}, serr
		}
		if len(opts) > 0 {
			ans.Text, ans.Options, path = msgDidYouMean, opts, "search"
		}
	}
	ans.Path, ans.Inherited, ans.held, ans.sideOf = path, inherited, held, side
	return ans, err
}

// unitKindBefore is the kind word that opens the name of the one unit
// the question before was about ("Huyện", "Thị xã", "Báo").
func unitKindBefore(c *catalog.Catalog, mem *memory) (string, bool) {
	if mem == nil || len(mem.Parse.Units) != 1 || len(mem.Parse.Units[0]) != 1 {
		return "", false
	}
	u, ok := c.Units[mem.Parse.Units[0][0]]
	if !ok || u.Level == "province" {
		return "", false
	}
	for _, kind := range namedKinds {
		if strings.HasPrefix(u.Name, kind+" ") {
			return kind, true
		}
	}
	return "", false
}

// namedKinds open the names of units ("Huyện Can Lộc", "Báo Hà Tĩnh"),
// as written.
var namedKinds = []string{"Huyện", "Thị xã", "Thành phố", "Xã", "Phường", "Thị trấn", "Báo", "Đài"}

// addedSuffix ends the code of the services added under a resolution
// ("dvc3_added"), a count of the province's.
const addedSuffix = "_added"

// maxFollowUpWords bounds a how-question read as a follow-up.
const maxFollowUpWords = 8

// offersPeriod: an ask-back of which period, one of whose options is the
// period given, or, the chat going on with the same topic, the only one
// inside it.
func offersPeriod(options []Option, per nlu.Period, goesOn bool) bool {
	inside := 0
	for _, o := range options {
		if o.parse == nil || len(o.parse.Periods) != 1 {
			continue
		}
		if opt := o.parse.Periods[0]; samePeriod(opt, per) {
			return true
		} else if opt.Start >= per.Start && opt.End <= per.End {
			inside++
		}
	}
	// ("hồ sơ nhiêu?" after năm 2019's rate, answered with its first five
	// months: the one option inside the year, which the year's reply
	// names as the nearest; not after another topic's year.)
	return goesOn && inside == 1
}

// judgedNotCounted: a yes-or-no question read as a plain figure or a
// project's line that asks neither its money, its time nor its state
// ("chuyên mục tư vấn pháp lý hoạt động có hiệu quả không", "DVC trên
// cổng có cập nhật kịp thủ tục không"): a judgement the report's words
// give, if they match.
func judgedNotCounted(p nlu.Parse, tokens []string) bool {
	if nlu.AsksJudgement(tokens) {
		// "các đơn vị báo cáo định kỳ … có nghiêm túc không", "… có được
		// cập nhật thường xuyên không": how well, which words judge.
		return true
	}
	if slices.ContainsFunc(tokens, func(w string) bool { return strings.ContainsAny(w, "0123456789") }) {
		// "… có quá 800 không", "… cộng có đúng 181 không": a number
		// checked, which the figure answers.
		return false
	}
	switch p.Intent {
	case nlu.IntentValue:
		// ("… đã công khai hết trên cổng dvc chưa": the "chưa" that asks
		// whether, not what is left.)
		return p.Op == "" && (p.Measure == "" || p.Measure == "complement" && nlu.AsksWhether(tokens)) && p.Order == ""
	case nlu.IntentProject:
		// "… đã làm chưa" asks the project's state, which its line says.
		return asksOfProjectNoFigure(p) && !hasWord(tokens, "chua") && !nlu.AsksState(tokens)
	}
	return false
}

// quarterOf is the quarter a parse asks about, as /xuat takes it ("" for
// the last quarter that ended).
func quarterOf(p nlu.Parse) string {
	for _, per := range p.Periods {
		if per.Kind == nlu.PeriodQuarter {
			return per.Label
		}
	}
	return ""
}

// reading is what the chat asked last, for the language model.
func reading(mem *memory) string {
	if mem == nil {
		return ""
	}
	return mem.Reading
}

// reader is the database as one question sees it: the catalog it was
// understood against, the reference time, and each unit's figures read
// once, so a figure and its ratio parts cost one query per unit. Every
// intent takes a reader and the parse, and returns an Answer.
type reader struct {
	data  Data
	cat   *catalog.Catalog
	now   time.Time
	cache *figureCache
	seen  int64 // the data's version this question reads, -1 until read
	// laterNearest: a period with no figure gets the nearest stored one
	// even when it is later, which the asker asked for ("năm 2017, không
	// có thì lấy năm gần nhất").
	laterNearest bool
}

// reader starts answering one question.
func (a *Answerer) reader() *reader {
	return &reader{data: a.data, cat: a.cat.Get(), now: a.now(), cache: &a.figures, seen: -1}
}

// unitValues reads a unit's current values of one indicator, from all of
// the unit's values read once while the data does not change.
func (r *reader) unitValues(ctx context.Context, indicatorID, unitID int64) ([]queries.Value, error) {
	all, err := r.allValues(ctx, unitID)
	if err != nil {
		return nil, err
	}
	var out []queries.Value
	for _, v := range all {
		if v.IndicatorID == indicatorID {
			out = append(out, v)
		}
	}
	return out, nil
}

// AnswerParse answers an already understood question (the language-model
// path hands its validated slots here).
func (a *Answerer) AnswerParse(ctx context.Context, p nlu.Parse) (Answer, error) {
	if p.Intent == nlu.IntentValue && p.Op == "except" && (len(p.ExceptKinds) > 0 || len(p.ExceptUnits) > 0) && p.Order != "" && p.Level != "" && len(p.Units) == 0 && hasWord(p.Words, "nao") {
		// "không tính thị xã với thành phố, quý 2 huyện nào tỉ lệ cao thứ
		// hai": the others ranked, not their total.
		p.Intent = nlu.IntentRanking
	}
	if p.Understood() && len(p.Units) == 0 && regionGroupAsked(p.Words) {
		// "những huyện miền núi quý 2 tỷ lệ …": no report groups units so
		// ("Hương Khê là huyện miền núi, …" names its unit).
		return Answer{Kind: KindNoData, Text: msgNoRegionGroups, Parse: p}, nil
	}
	r := a.reader()
	r.laterNearest = p.NearestAsked
	c := r.cat
	var ans Answer
	var err error
	switch p.Intent {
	case nlu.IntentTarget, nlu.IntentCompare, nlu.IntentRanking:
		if len(p.Indicators) == 0 {
			// A measure kept by a follow-up of a question without one
			// ("so với mục tiêu thì sao?" after a project's funding).
			return notUnderstood(nlu.Parse{Reason: nlu.ReasonNotUnderstood, Words: p.Words}), nil
		}
	}
	for _, read := range readings {
		p = read(c, p)
	}
	if ans, ok, err := r.groupsCompared(ctx, p); err != nil || ok {
		return ans, err
	}
	if p, err = r.byLevels(ctx, p); err != nil {
		return Answer{}, fmt.Errorf("ask: answer by levels: %w", err)
	}
	if p, err = r.quartersOfReports(ctx, p); err != nil {
		return Answer{}, fmt.Errorf("ask: answer quarters: %w", err)
	}
	if name, level, ok := levelOfCombined(c, p); ok {
		// "Năm 2018 riêng hồ sơ mức độ 4": the stored figure is of both
		// levels together, never the one asked.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgLevelOfCombined, name, level), Parse: p}, nil
	}
	if p, err = r.withoutAddressees(ctx, p); err != nil {
		return Answer{}, fmt.Errorf("ask: answer %s: %w", p.Intent, err)
	}
	if q, ok, err := r.statedGroup(ctx, p); err != nil {
		return Answer{}, fmt.Errorf("ask: answer %s: %w", p.Intent, err)
	} else if ok {
		p = q
	}
	if opNotAnswered(p) {
		// "phần mềm trích lọc chiếm bao nhiêu % số còn thiếu": a project's
		// or a target's line is not the share (ratio, average) asked.
		return Answer{Kind: KindNoData, Text: fmt.Sprintf(msgOpNotDone, opNames[p.Op]), Parse: p}, nil
	}
	missingBesides(&p)
	if exceptKindsTotal(r.cat, p) {
		// "tỷ lệ chung của các đơn vị cấp huyện còn lại, không tính TP
		// Hà Tĩnh": the others' reports added.
		return r.exceptKindsFigure(ctx, p)
	}
	if p.Understood() && everyNamedLeftOut(p) {
		// "trừ phần ngành thuế đi thì còn bn": not the figure of what is
		// left out.
		return Answer{Kind: KindNoData, Text: msgExceptNotDone, Parse: p}, nil
	}
	if p.Op == "except" && p.Understood() && p.Intent != nlu.IntentGreeting && !exceptDone(p) {
		// "không tính lồng ghép", "ngoài Can Lộc": no stored figure is
		// the rest; the part named is not it either.
		return Answer{Kind: KindNoData, Text: msgExceptNotDone, Parse: p}, nil
	}
	if (p.Intent == nlu.IntentCompare || p.Intent == nlu.IntentValue) && (p.Op == "diff" || p.Measure == "change") ||
		p.Intent == nlu.IntentRanking && len(p.Units) == 2 {
		// "Can Lộc quý 2 hơn Thạch Hà quý 1 bao nhiêu hồ sơ", "TX Hồng
		// Lĩnh quý 1 và Thạch Hà quý 2, đơn vị nào … cao hơn": each unit
		// in its own period.
		if ans, ok, err := r.crossCompare(ctx, p); ok || err != nil {
			return ans, err
		}
	}
	if (p.Intent == nlu.IntentFunding || p.Intent == nlu.IntentProjects) && len(p.Projects) == 0 && !p.Count && p.Status == "" && len(p.Units) == 0 &&
		nlu.PointsAtOneProject(p.Words) {
		// "dự án ấy được cấp bao nhiêu tiền" with no project before it
		// (or one the list has not: "dự án số 20"): one project, not
		// every project's total.
		return Answer{Kind: KindNoData, Text: msgWhichProject, Parse: p}, nil
	}
	if proposalStatAsked(p) {
		// "khoảng biến thiên của kinh phí đề xuất": over the projects'
		// proposals, not the programme's total.
		p.Intent, p.Funding, p.Indicators = nlu.IntentProjects, "proposed", nil
	}
	if (p.Intent == nlu.IntentCompare || p.Intent == nlu.IntentRanking) && len(p.Units) == 1 && neighbourAsked(p) != 0 {
		// "huyện Kỳ Anh chỉ hơn được huyện nào": the unit right below it
		// in the ranking, not a change ("hơn") nor every unit.
		p.Intent, p.Measure, p.Order, p.Which = nlu.IntentValue, "", "", false
	}
	switch p.Intent {
	case nlu.IntentValue:
		ans, err = r.value(ctx, p)
	case nlu.IntentTarget:
		ans, err = r.target(ctx, p)
	case nlu.IntentCompare:
		ans, err = r.compare(ctx, p)
	case nlu.IntentRanking:
		ans, err = r.ranking(ctx, p)
	case nlu.IntentReporting:
		ans, err = r.reporting(ctx, p)
	case nlu.IntentSchedule:
		ans, err = r.schedule(ctx, p)
	case nlu.IntentFunding:
		ans, err = r.funding(ctx, p)
	case nlu.IntentProject:
		ans, err = r.project(ctx, p)
	case nlu.IntentProjects:
		ans, err = r.projectList(ctx, p)
	case nlu.IntentGreeting:
		ans = Answer{Kind: KindInfo, Text: fmt.Sprintf(msgGreeting, strings.Join(suggestions, "\n• "))}
	case "":
		if p.Reason == nlu.ReasonUnknownPlace {
			if ask, ok := askCandidates(c, p); ok {
				ans = ask
				break
			}
		}
		ans = notUnderstood(p)
	default:
		ans = notUnderstood(p)
	}
	if err != nil {
		return Answer{}, fmt.Errorf("ask: answer %s: %w", p.Intent, err)
	}
	if !ans.Parse.Understood() {
		// Unless the intent answered another reading of the question (a
		// project's words that also named a figure of the year asked).
		ans.Parse = p
	}
	return ans, nil
}

// latestOfQuarters reads "số mới nhất … trong quý" as the last quarter
// that ended, not the report's latest figure of another span: the words
// say "trong quý", "theo quý" with no quarter named after them.
func latestOfQuarters(p *nlu.Parse, now time.Time) {
	if len(p.Periods) != 1 || p.Periods[0].Kind != nlu.PeriodLatest {
		return
	}
	for i := 0; i+1 < len(p.Words); i++ {
		if (p.Words[i] == "trong" || p.Words[i] == "theo") && p.Words[i+1] == "quy" &&
			(i+2 == len(p.Words) || strings.Trim(p.Words[i+2], "0123456789ivx") != "") {
			p.Periods = []nlu.Period{nlu.LastEndedQuarter(now)}
			return
		}
	}
}

// unitsTogether: "Hương Sơn, Đức Thọ, Hương Khê tỷ lệ chung" asks the
// units named together, not each (unless set against something).
func unitsTogether(p *nlu.Parse) {
	// ("Hương Sơn vs Hương Khê tỷ lệ chung": a "vs" alone joins them.)
	vsOnly := p.Op == "diff" && hasWord(p.Words, "vs") && !hasWord(p.Words, "hon") && !hasWord(p.Words, "chenh") && !hasWord(p.Words, "lech")
	if (p.Op == "" || vsOnly) && len(p.Units) >= 2 && (hasWord(p.Words, "ty", "le", "chung") || hasWord(p.Words, "tinh", "chung")) && !hasWord(p.Words, "so", "voi") {
		p.Op = "sum"
	}
}

// asksDone: a yes-or-no question of one project that asks neither its
// money, its time nor a state named ("… đã làm chưa", "… đã xây dựng
// phần mềm riêng chưa"): whether it was done.
func asksDone(p nlu.Parse, tokens []string) bool {
	return asksOfProjectNoFigure(p) && len(p.Projects) == 1 && hasWord(tokens, "chua")
}

// asksOfProjectNoFigure: a project question that names neither money, a
// time nor a state.
func asksOfProjectNoFigure(p nlu.Parse) bool {
	return !nlu.SaysMoney(p.Words) && !nlu.AsksWhen(p.Words) && nlu.StatusOf(p.Words) == "" && p.Funding == ""
}

// allAdded reads "đã triển khai thêm được bao nhiêu dịch vụ công trực
// tuyến (mức 3 và mức 4)" as the services added at each level: the stock
// of a level read beside the count added to another, with "thêm" before
// the services, is that level's count added too ("có bao nhiêu DVC mức 3,
// trong đó thêm bao nhiêu" asks both, and keeps them).
func allAdded(c *catalog.Catalog, p *nlu.Parse, tokens []string) {
	them, services := slices.Index(tokens, "them"), nlu.PhraseIndex(tokens, "dich vu")
	if them < 0 || services < them || hasWord(tokens, "trong", "do") ||
		!slices.ContainsFunc(p.Indicators, func(code string) bool { return strings.HasSuffix(code, addedSuffix) }) {
		return
	}
	var out []string
	for _, code := range p.Indicators {
		if !strings.HasSuffix(code, addedSuffix) {
			if _, ok := c.Indicators[code+addedSuffix]; !ok {
				return
			}
			code += addedSuffix
		}
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	p.Indicators = out
}

// levelHeading: the message opens with a heading that names the level
// alone, before a colon ("Khối sở ngành quý 2/2019: …"), and names no
// level after it.
func levelHeading(c *catalog.Catalog, original, level string) bool {
	head, rest, ok := strings.Cut(original, ":")
	if !ok {
		return false
	}
	h := nlu.UnderstandText(c.Vocab, nlu.Normalize(head), time.Time{})
	r := nlu.UnderstandText(c.Vocab, nlu.Normalize(rest), time.Time{})
	return h.Level == level && len(h.Units) == 0 && r.Level == "" && len(r.Units) == 1
}

// figuresAdded reads "DVC mức 3 cộng mức 4", "kinh phí đã bố trí cộng kinh
// phí lồng ghép", "… cộng chung lại" as the figures named and their sum,
// when they count the same thing. "cộng" is told from "cổng" (a portal)
// and "công" by its marks, so only a message typed with them is read so.
func figuresAdded(c *catalog.Catalog, p *nlu.Parse, original string) {
	if p.Op != "" || len(p.Indicators) < 2 || len(p.Units) > 1 || len(p.Periods) > 1 || p.Measure != "" {
		return
	}
	if !strings.Contains(strings.ReplaceAll(original, "cộng đồng", ""), "cộng") && !strings.Contains(original, "Cộng") && !strings.Contains(original, "CỘNG") {
		return // (not "cộng đồng doanh nghiệp"; no copy unless it is there)
	}
	first := c.Indicators[p.Indicators[0]]
	for _, code := range p.Indicators[1:] {
		if in := c.Indicators[code]; in.UnitLabel != first.UnitLabel || in.Kind != first.Kind || in.Kind == "percent" {
			return
		}
	}
	p.Op = "sum"
}
