package ask

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// figureWithQuote answers a figure asked together with the report's own
// words ("số DVC mức 3 của cấp tỉnh kèm câu nguyên văn trong báo cáo"):
// the figure, then the stored sentences that state it. ok is false when
// what is left after the request for words asks no figure.
//
// Asked alone after a figure ("cho xin nguyên văn câu đó trong báo cáo"),
// it is that figure's sentences.
func (a *Answerer) figureWithQuote(ctx context.Context, c *catalog.Catalog, t nlu.Text, mem *memory) (Answer, bool, error) {
	rest, ok := nlu.WithoutQuoteRequest(t)
	if !ok {
		// "báo cáo ghi nhận … đưa vào vận hành bao nhiêu DVCTT mức 3":
		// the figure, and the words.
		if rest, ok = nlu.WithoutTellCue(t); !ok {
			return Answer{}, false, nil
		}
	}
	p := a.understand(c, rest)
	if !p.Understood() && mem != nil && mem.Parse.Understood() && len(mem.Parse.Indicators) > 0 &&
		len(p.Indicators) == 0 && len(p.Units) == 0 && len(p.Periods) == 0 && len(p.Projects) == 0 && p.Level == "" {
		p = mem.Parse
	}
	if !p.Understood() || p.Intent == nlu.IntentSearch || p.Intent == nlu.IntentGreeting {
		return Answer{}, false, nil
	}
	ans, err := a.AnswerParse(ctx, p)
	if err != nil || !ans.Kind.CarriesFigure() {
		return Answer{}, false, err
	}
	quotes, err := a.quotesOf(ctx, p, ans.Text)
	if err != nil {
		return Answer{}, false, err
	}
	if len(quotes) > 0 {
		ans.Text += "\n" + msgQuoteHead + "\n" + strings.Join(quotes, "\n")
	}
	ans.Parse = p
	return ans, true, nil
}

// numberRe finds the numbers of a text, thousands marks and all;
// statedRe the figures a reply states, each after its label's colon.
var (
	numberRe = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	statedRe = regexp.MustCompile(`(?:: |hạng |tăng |giảm |vượt )(\d+(?:[.,]\d+)*)`)
)

// numbersIn are a text's numbers with thousands dots dropped ("1.995" and
// "1995" are one number; "4,92" keeps its decimal comma).
func numbersIn(text string) []string {
	var out []string
	for _, n := range numberRe.FindAllString(text, -1) {
		out = append(out, strings.ReplaceAll(n, ".", ""))
	}
	return out
}

// statedNumbers are the figures a reply's text states, thousands marks
// dropped: not the numbers of its labels ("quý 1/2019", "mức độ 3").
func statedNumbers(text string) []string {
	var out []string
	for _, m := range statedRe.FindAllStringSubmatch(text, -1) {
		out = append(out, strings.ReplaceAll(m[1], ".", ""))
	}
	return out
}

// quotesOf are the stored sentences of the figures a reply states: of an
// indicator asked, holding a number the reply shows.
func (a *Answerer) quotesOf(ctx context.Context, p nlu.Parse, reply string) ([]string, error) {
	values, err := a.data.StatedValues(ctx)
	if err != nil {
		return nil, err
	}
	passages, err := a.data.SourcePassages(ctx)
	if err != nil {
		return nil, err
	}
	bySource := passagesBySource(passages)
	stated, _ := cutSource(reply)
	shown := statedNumbers(stated)
	var lines []string
	seen := map[string]bool{}
	for _, v := range values {
		if !slices.Contains(p.Indicators, v.IndicatorCode) {
			continue
		}
		if !slices.ContainsFunc(numbersIn(v.Quote), func(n string) bool {
			// Money is shown in triệu đồng, the report writes it in đồng.
			return slices.Contains(shown, n) || slices.Contains(shown, strings.TrimSuffix(n, "000000"))
		}) {
			continue
		}
		// The whole sentence of the report, when its text is stored.
		citation := sourceCitation(v.SourceCode, v.SourceIssuedOn)
		quote := wholeSentence(bySource, citation, v.Quote)
		if seen[quote] {
			continue
		}
		seen[quote] = true
		lines = append(lines, fmt.Sprintf(msgQuoteLine, len(lines)+1, quote, citation))
		if len(lines) == maxQuotes {
			break
		}
	}
	return lines, nil
}
