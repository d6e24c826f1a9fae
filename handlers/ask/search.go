package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// searchSource is what the search over the report's words reads and writes.
type searchSource interface {
	StatedValues(ctx context.Context) ([]queries.StatedValue, error)
	SourcePassages(ctx context.Context) ([]queries.Passage, error)
	SearchFingerprints(ctx context.Context) (data, index string, err error)
	ReplaceSearchIndex(ctx context.Context, docs []queries.SearchDoc, fingerprint string) error
	Search(ctx context.Context, phrases []string, all bool, limit int) ([]queries.SearchDoc, error)
	SearchTexts(ctx context.Context) ([]string, error)
	Sources(ctx context.Context) ([]queries.Source, error)
}

// phraseStats count in how many searchable texts each phrase occurs: a
// phrase in most of them ("trực tuyến") tells nothing about which is meant.
type phraseStats struct {
	fingerprint string
	texts       int
	df          map[string]int
	// issuers are the words of the sources' issuers' names: the report's
	// own voice, not a topic of its sentences ("Sở TT&TT kiến nghị gì").
	issuers map[string]bool
}

// telling: the phrase occurs in some texts, but not in a quarter of them
// or more.
func (s *phraseStats) telling(p string) bool {
	n := s.df[p]
	return n > 0 && (n <= 2 || 4*n < s.texts)
}

// maxSuggestions and maxQuotes bound what a search reply shows.
const (
	maxSuggestions = 3
	maxQuotes      = 3
)

// RefreshSearch rebuilds the full-text index when the figures, targets,
// projects, names or the sources' text changed since it was built: every
// sentence that states a figure and every project's name, each with a
// question the bot answers about it (checked by understanding it, so a
// suggestion always works), and every passage of the sources' text.
func (a *Answerer) RefreshSearch(ctx context.Context, c *catalog.Catalog) error {
	data, index, err := a.data.SearchFingerprints(ctx)
	if err != nil {
		return err
	}
	if data != index {
		if err := a.rebuildSearch(ctx, c, data); err != nil {
			return err
		}
	}
	if st := a.stats.Load(); st != nil && st.fingerprint == data {
		return nil
	}
	texts, err := a.data.SearchTexts(ctx)
	if err != nil {
		return err
	}
	sources, err := a.data.Sources(ctx)
	if err != nil {
		return err
	}
	st := &phraseStats{fingerprint: data, texts: len(texts), df: map[string]int{}, issuers: map[string]bool{}}
	for _, src := range sources {
		for _, w := range nlu.Normalize(src.Issuer).Tokens {
			st.issuers[w] = true
		}
	}
	for _, text := range texts {
		words := strings.Fields(text)
		seen := map[string]bool{}
		for i := 0; i+1 < len(words); i++ {
			if p := words[i] + " " + words[i+1]; !seen[p] {
				seen[p] = true
				st.df[p]++
			}
		}
		for _, w := range words {
			if !seen[w] {
				seen[w] = true
				st.df[w]++
			}
		}
	}
	a.stats.Store(st)
	return nil
}

// rebuildSearch writes the index anew: every sentence that states a
// figure, every target and every project, each with its question, and
// every passage of the sources' text, with none (a passage is quoted,
// never offered as a question). A figure's or target's sentence shows as
// the passage that holds it (see showPassages).
func (a *Answerer) rebuildSearch(ctx context.Context, c *catalog.Catalog, data string) error {
	values, err := a.data.StatedValues(ctx)
	if err != nil {
		return err
	}
	var docs []queries.SearchDoc
	for _, v := range values {
		scope := "toàn tỉnh"
		switch {
		case v.Level != "":
			scope = c.LevelPhrase(v.Level)
		case v.UnitLevel != "province":
			scope = "của " + v.UnitName
		}
		q := strings.Join([]string{v.IndicatorName, scope, v.PeriodLabel}, " ")
		if !a.answers(c, q, v.IndicatorCode) {
			q = ""
		}
		docs = append(docs, doc("value", v.IndicatorCode, v.Quote, sourceCitation(v.SourceCode, v.SourceIssuedOn), q,
			v.IndicatorName, v.UnitName, v.PeriodLabel))
	}
	for _, targets := range c.Targets {
		for _, t := range targets {
			if t.SourceRef == "" {
				continue
			}
			name := c.Indicators[c.IndicatorCodes[t.IndicatorID]].Name
			q := name + " so với mục tiêu"
			if !a.answers(c, q, "") {
				q = ""
			}
			docs = append(docs, doc("target", t.PeriodLabel, t.SourceRef, sourceCitation(t.SourceCode, t.SourceIssuedOn), q, name, t.SetBy))
		}
	}
	for seq, pr := range c.Projects {
		q := "kinh phí dự án " + pr.ShortName
		if !a.answers(c, q, "") || pr.NQ22Amount == 0 && pr.OtherAmount == 0 && !pr.Proposed.Valid {
			// A project with no money stored is no figure to suggest.
			q = ""
		}
		docs = append(docs, doc("project", seq, pr.Name, sourceCitation(pr.SourceCode, pr.SourceIssuedOn), q, pr.ShortName, pr.LeadAgency, pr.Status))
	}
	passages, err := a.data.SourcePassages(ctx)
	if err != nil {
		return err
	}
	showPassages(docs, passages)
	for i, p := range passages {
		var before []string
		if i > 0 && follows(passages, i, i) && refersBack(p.Text) {
			// "Sau đó Sở TT&TT đã tham mưu … nên Kế hoạch chưa được ban
			// hành": what it goes on from names its topic (at half weight).
			before = []string{passages[i-1].Text}
		}
		docs = append(docs, doc("passage", fmt.Sprintf("%s#%d", p.SourceCode, p.Seq), headedText(passages, i), sourceCitation(p.SourceCode, p.SourceIssuedOn), "", before...))
	}
	return a.data.ReplaceSearchIndex(ctx, docs, data)
}

// doc is a searchable text: Folded holds the text's words, then, after a
// line break, the names it is found by besides (a figure's indicator, unit
// and period), which weigh less (rankHits).
func doc(kind, ref, text, source, question string, names ...string) queries.SearchDoc {
	folded := searchWords(text)
	if more := searchWords(strings.Join(names, " ")); more != "" {
		folded += "\n" + more
	}
	return queries.SearchDoc{Kind: kind, Ref: ref, Text: text, Source: source, Question: question, Folded: folded}
}

// searchWords are a text's words as the index holds them: folded, levels
// of service as one word ("muc3").
func searchWords(text string) string {
	return strings.Join(nlu.LevelsAsWords(nlu.Normalize(text).Tokens), " ")
}

// answers: the rules understand the question (about the indicator, when
// one is given).
func (a *Answerer) answers(c *catalog.Catalog, question, indicator string) bool {
	p := a.understand(c, nlu.Normalize(question))
	if !p.Understood() || p.Intent == nlu.IntentGreeting {
		return false
	}
	if indicator == "" {
		return true
	}
	for _, code := range p.Indicators {
		if code == indicator {
			return true
		}
	}
	return false
}

// search finds the stored texts a question is about: those holding one of
// its telling phrases, a phrase few texts have: one common phrase shared
// ("trực tuyến") is not enough to guess what a question means. Asked
// outright for what the report says (loose), common phrases do, texts with
// some of the phrases compete with those with all of them, and the
// numbers the question names (numbers: a year it asks about, "750 thủ
// tục") count as phrases in the ranking.
func (a *Answerer) search(ctx context.Context, tokens, numbers []string, limit int, loose bool, kinds ...string) ([]queries.SearchDoc, error) {
	st := a.stats.Load()
	if st == nil {
		return nil, nil
	}
	tokens = withoutIssuer(tokens, st.issuers)
	phrases := nlu.SearchPhrases(tokens)
	var telling []string
	for _, p := range phrases {
		if st.telling(p) {
			telling = append(telling, p)
		}
	}
	if len(telling) == 0 && loose {
		telling = phrases
	}
	var hits []queries.SearchDoc
	var err error
	if len(telling) > 0 {
		// Texts with every phrase first, up to searchPool of them, ranked
		// here. Then texts with any of them, when none has them all or,
		// asked what the report says, when fewer than the limit do: a
		// figure's sentence may lack a phrase that a passage on something
		// else happens to have.
		hits, err = a.data.Search(ctx, telling, true, searchPool)
		if err != nil {
			return nil, err
		}
		hits = ofKinds(hits, kinds)
		if len(telling) > 1 && (len(hits) == 0 || loose && len(hits) < limit) {
			more, err := a.data.Search(ctx, rarest(telling, st), false, searchPool)
			if err != nil {
				return nil, err
			}
			hits = mergeHits(hits, ofKinds(more, kinds))
		}
	}
	if len(hits) == 0 && loose {
		// "xếp hạng PCI", "chỉ số minh bạch": no phrase of the question is
		// in the texts as written; the texts with every one of its telling
		// words, apart. One word apart is too loose for the sources' whole
		// text ("vũ trụ" is no "trừ"): then the stated sentences only.
		var words []string
		for _, w := range nlu.ContentWords(tokens) {
			if st.telling(w) && !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			return nil, nil
		}
		if hits, err = a.data.Search(ctx, words, true, searchPool); err != nil {
			return nil, err
		}
		hits, telling = ofKinds(hits, kinds), words
		if len(words) < 2 {
			hits = slices.DeleteFunc(hits, func(h queries.SearchDoc) bool { return h.Kind == "passage" })
		}
	}
	terms := slices.Concat(telling, numbers)
	if loose && len(telling) > 0 && strings.Contains(telling[0], " ") {
		// Asked what the report says, the question's rarer words count too,
		// at half a phrase: "ngại nộp" is no phrase of "ngại trong việc
		// quét tài liệu", but "ngại" is a word of it few texts have.
		for _, w := range nlu.ContentWords(tokens) {
			if st.df[w] > 0 && 8*st.df[w] < st.texts && !slices.Contains(terms, "~"+w) {
				terms = append(terms, "~"+w)
			}
		}
	}
	scores := rankHits(hits, terms, st, nlu.AsksWhy(tokens), direction(tokens))
	if loose {
		// Quoted, a text that shares less than half of what the best one
		// shares with the question is off the topic.
		for i := range scores {
			if scores[i] < scores[0]/2 {
				hits = hits[:i]
				break
			}
		}
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// withoutIssuer drops the name of a source's issuer from a question's
// words ("Sở TTTT kiến nghị gì", "sở thông tin truyền thông đề xuất gì"):
// a run of three or more words of the issuers' names, opened by the
// first word of one ("sở"). The report says everything in its issuer's
// voice, so the name tells no sentence from another, while its five
// words would outweigh what is asked.
func withoutIssuer(tokens []string, issuers map[string]bool) []string {
	var out []string
	for i := 0; i < len(tokens); i++ {
		j := i
		for j < len(tokens) && issuers[tokens[j]] {
			j++
		}
		if j-i >= minIssuerWords && tokens[i] == "so" {
			if out == nil {
				out = slices.Clone(tokens[:i])
			}
			i = j - 1
			continue
		}
		if out != nil {
			out = append(out, tokens[i])
		}
	}
	if out == nil {
		return tokens
	}
	return out
}

// minIssuerWords: fewer words of an issuer's name ("sở", "thông tin")
// may be the topic.
const minIssuerWords = 3

// anyBudget bounds the texts a search for any of a question's phrases
// reaches: the database ranks each of them, which in a large index would
// cost more than the rest of the answer.
const anyBudget = 5 * searchPool

// rarest are the rarer of the phrases, as many as fit in anyBudget texts
// (the rarest at least): the texts a common phrase adds would rank low.
func rarest(phrases []string, st *phraseStats) []string {
	sorted := slices.Clone(phrases)
	slices.SortStableFunc(sorted, func(a, b string) int { return st.df[a] - st.df[b] })
	n, texts := 1, st.df[sorted[0]]
	for n < len(sorted) && texts+st.df[sorted[n]] <= anyBudget {
		texts += st.df[sorted[n]]
		n++
	}
	return sorted[:n]
}

// mergeHits adds to hits the texts of more it does not have yet.
func mergeHits(hits, more []queries.SearchDoc) []queries.SearchDoc {
	have := make(map[queries.SearchDoc]bool, len(hits))
	for _, h := range hits {
		have[h] = true
	}
	for _, m := range more {
		if !have[m] {
			have[m] = true
			hits = append(hits, m)
		}
	}
	return hits
}

// ofKinds keeps the texts of the kinds asked (all when none is).
func ofKinds(hits []queries.SearchDoc, kinds []string) []queries.SearchDoc {
	if len(kinds) == 0 {
		return hits
	}
	var out []queries.SearchDoc
	for _, h := range hits {
		if slices.Contains(kinds, h.Kind) {
			out = append(out, h)
		}
	}
	return out
}

// searchPool is how many matching texts are ranked for one question.
const searchPool = 50

// rankHits orders texts by what they share with the question, and returns
// their scores in that order: each phrase (or number) weighs more the
// fewer texts have it, twice in the text itself than in the names added to
// it, half when one of its words only ties the other to the sentence ("các
// lớp", "việc tuyên"); a passage weighs less than a figure's or target's
// sentence with the same words (it is no figure's own words, and figures
// are what most questions are after); and shorter texts come first among
// equals.
func rankHits(hits []queries.SearchDoc, phrases []string, st *phraseStats, why bool, dir string) []float64 {
	type scored struct {
		doc   queries.SearchDoc
		score float64
	}
	all := make([]scored, len(hits))
	for i, h := range hits {
		folded := " " + h.Folded + " "
		said := strings.IndexByte(folded, '\n') // the text's own words end there
		if said < 0 {
			said = len(folded)
		}
		s := 0.0
		for _, p := range phrases {
			half := strings.HasPrefix(p, "~") // a word of the question, not a phrase
			p = strings.TrimPrefix(p, "~")
			at := phraseIndex(folded, p)
			if at < 0 {
				continue
			}
			w := math.Log(1 + float64(st.texts)/float64(1+st.df[p]))
			if half {
				w /= 2
			}
			if at < said {
				w *= 2
			}
			if nlu.WeakPhrase(p) {
				w /= 2
			}
			s += w
		}
		if h.Kind == "passage" {
			s *= passageWeight
		}
		if dir != "" && !saysWord(folded[:said], dir) && saysWord(folded[:said], opposite[dir]) {
			// Asked why three criteria rose, a sentence on those that fell
			// is about something else.
			s *= otherWayWeight
		}
		if why && givesReason(folded[:said]) {
			// Asked why: a sentence that gives a reason ("do thiếu nguồn
			// … nên", "Lý do: …") before one that only names the topic.
			s *= reasonWeight
		}
		all[i] = scored{h, s / (1 + float64(len(h.Folded))/500)}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	scores := make([]float64, len(all))
	for i := range all {
		hits[i], scores[i] = all[i].doc, all[i].score
	}
	return scores
}

// otherWayWeight is what a text that only goes the other way counts for
// ("giảm", asked what rose).
const otherWayWeight = 0.5

// opposite are the words of a change's two ways.
var opposite = map[string]string{"tang": "giam", "giam": "tang"}

// direction is the way of a change a question asks about ("tăng" or
// "giảm"), when it names one way only.
func direction(tokens []string) string {
	switch changeWay(tokens) {
	case 1:
		return "tang"
	case -1:
		return "giam"
	}
	return ""
}

// saysWord: the padded folded text holds the word.
func saysWord(folded, w string) bool { return strings.Contains(folded, " "+w+" ") }

// reasonWeight is what a sentence giving a reason counts for, asked why:
// set with the search corpora, where 1.5 already lifts a reason of a
// neighbouring topic above the list under "Nguyên nhân:" asked for (its
// items say no causal word).
const reasonWeight = 1.25

// givesReason: the folded text holds a word that gives a reason.
func givesReason(folded string) bool {
	for _, w := range nlu.CausalWords {
		if phraseIndex(folded, strings.Join(w, " ")) >= 0 {
			return true
		}
	}
	return false
}

// passageWeight is what a passage's words count for against a figure's
// sentence: set with the search corpora (testdata/questions/search*.tsv),
// where 0.5 quotes the figures' sentences best and 1 the other passages.
const passageWeight = 0.7

// suggest offers up to three questions the bot can answer whose stored
// sentences share the most words with a question it did not understand.
func (a *Answerer) suggest(ctx context.Context, c *catalog.Catalog, t nlu.Text) ([]Option, error) {
	hits, err := a.search(ctx, t.Tokens, nil, 4*maxSuggestions, false, "value", "target", "project")
	if err != nil {
		return nil, err
	}
	var out []Option
	seen := map[string]bool{}
	for _, h := range hits {
		if h.Question == "" || seen[h.Question] {
			continue
		}
		seen[h.Question] = true
		p := a.understand(c, nlu.Normalize(h.Question))
		out = append(out, Option{Label: asQuestion(h.Question), parse: &p})
		if len(out) == maxSuggestions {
			break
		}
	}
	return out, nil
}

// quotes answers "báo cáo nói gì về …": the stored sentences that match
// best, each with its source. A figure's sentence and a passage of the
// source that say the same (one holds the other) are quoted once, by the
// longer.
func (a *Answerer) quotes(ctx context.Context, p nlu.Parse) (Answer, error) {
	return a.quotesLoose(ctx, p, true)
}

// quotesLoose quotes the sentences that match best; not loose, only those
// holding a phrase few texts have (a question the rules did not read,
// which may be about something the report never mentions).
func (a *Answerer) quotesLoose(ctx context.Context, p nlu.Parse, loose bool) (Answer, error) {
	numbers := askedNumbers(p)
	hits, err := a.search(ctx, p.Leftover, numbers, 4*maxQuotes, loose, "value", "target", "passage")
	if err != nil {
		return Answer{}, err
	}
	if !loose {
		// (A year typed counts, not the year of a period read from "quý
		// 2" alone, nor a resolution's number, which most texts share.)
		typed := slices.DeleteFunc(slices.Clone(numbers), func(n string) bool { return len(n) != 4 || !slices.Contains(p.Leftover, n) })
		hits = sharingWords(hits, p.Leftover, typed, a.stats.Load(), minSharedWords)
	}
	var lines []string
	for _, q := range distinctQuotes(hits, maxQuotes) {
		lines = append(lines, fmt.Sprintf(msgQuoteLine, len(lines)+1, q.Text, q.Source))
	}
	if len(lines) == 0 {
		return Answer{Kind: KindNoData, Text: msgQuoteNone, Path: "search"}, nil
	}
	return Answer{Kind: KindInfo, Text: msgQuoteHead + "\n" + strings.Join(lines, "\n"), Path: "search"}, nil
}

// minSharedWords is how many of a question's words a text must share,
// in phrases few texts have, to be quoted for a question that did not ask
// for the report's words.
const minSharedWords = 3

// sharingWords keeps the texts that share at least min of the question's
// words in its rarer phrases, or of the numbers it names (a year): one
// shared phrase ("giấy tờ") is a coincidence, "CSDL dùng chung" is the
// topic, and so are "năm 2017" and "tổ chức".
func sharingWords(hits []queries.SearchDoc, tokens, numbers []string, st *phraseStats, min int) []queries.SearchDoc {
	if st == nil {
		return nil
	}
	var telling []string
	for _, p := range nlu.SearchPhrases(tokens) {
		if st.telling(p) {
			telling = append(telling, p)
		}
	}
	return slices.DeleteFunc(hits, func(h queries.SearchDoc) bool {
		shared := map[string]bool{}
		for _, p := range telling {
			if phraseIndex(" "+h.Folded+" ", p) >= 0 {
				for _, w := range strings.Fields(p) {
					shared[w] = true
				}
			}
		}
		for _, n := range numbers {
			if phraseIndex(" "+h.Folded+" ", n) >= 0 {
				shared[n] = true
			}
		}
		return len(shared) < min
	})
}

// asQuestion is a suggested question as shown: its first letter capitalised, a
// question mark at the end.
func asQuestion(q string) string {
	q = strings.TrimSpace(q)
	if q == "" {
		return q
	}
	r := []rune(q)
	return strings.ToUpper(string(r[0])) + string(r[1:]) + "?"
}
