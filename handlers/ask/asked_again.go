package ask

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// againAfter answers a message that asks the reply just given again
// ("nhắc lại cái số lúc nãy", "gộp 2 số đấy vào 1 câu", "số này lấy từ
// đâu ra", "làm tròn giúp"): that reply, which states the figures, their
// period and their source; rounded when asked. ok is false when the
// message names a figure, place or period of its own.
func (a *Answerer) againAfter(ctx context.Context, mem *memory, p nlu.Parse, t nlu.Text) (Answer, bool, error) {
	if mem == nil || !mem.Parse.Understood() || mem.sameMessage {
		// (A clause of the same message asks no reply back.)
		return Answer{}, false, nil
	}
	// (The words as typed, before the spelling corrector, which knows no
	// "tròn" or "chẵn".)
	typed := nlu.Normalize(t.Original).Tokens
	if !nlu.AsksAgain(typed) || len(p.Units) > 0 || len(p.Periods) > 0 || len(p.Projects) > 0 ||
		len(p.Indicators) > 0 && !subsetOf(p.Indicators, mem.Parse.Indicators) && !slices.ContainsFunc(p.Indicators, func(code string) bool {
			return a.cat.Get().Indicators[code].Kind == "percent"
		}) {
		return Answer{}, false, nil
	}
	ans, err := a.AnswerParse(ctx, mem.Parse)
	if err != nil || !ans.Kind.CarriesFigure() {
		return Answer{}, false, err
	}
	if twoAskedAgain(typed) && len(mem.Past) > 0 && len(mem.Parse.Indicators) <= 1 && len(mem.Parse.Units) <= 1 {
		// "ghép hai số vừa rồi thành một câu" after two questions of one
		// figure each: both.
		before, err := a.AnswerParse(ctx, mem.Past[len(mem.Past)-1].Parse)
		if err != nil {
			return Answer{}, false, err
		}
		if before.Kind.CarriesFigure() {
			ans = joinAnswers([]Answer{before, ans})
		}
	}
	if nlu.AsksRounded(typed) {
		if note := roundedNote(ans.Text); note != "" {
			ans.Text = note + "\n" + ans.Text
		}
	}
	ans.Parse, ans.Path, ans.Inherited = mem.Parse, "rules", []string{"indicators", "units", "periods"}
	return ans, true, nil
}

// decimalFigure is a figure with decimals in a reply's body, with its
// sign or unit ("4,92%", "23,39%").
var decimalFigure = regexp.MustCompile(`(\d{1,3}(?:\.\d{3})*),(\d+)(%?)`)

// roundedNote rounds each figure with decimals a reply states to a whole
// number, half up: "Làm tròn: 4,92% ≈ 5%."; "" when it states none.
func roundedNote(text string) string {
	body, _, _ := strings.Cut(text, " Nguồn:")
	n := vi.NewNumbers()
	var items []string
	for _, m := range decimalFigure.FindAllStringSubmatch(body, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ".", "")+"."+m[2], 64)
		if err != nil {
			continue
		}
		item := fmt.Sprintf("%s ≈ %s%s", m[0], n.Num(math.Round(v)), m[3])
		if !slices.Contains(items, item) {
			items = append(items, item)
		}
	}
	if len(items) == 0 {
		return ""
	}
	return fmt.Sprintf(msgRounded, strings.Join(items, "; "))
}

// twoAskedAgain: the message asks two figures again ("hai số vừa rồi",
// "2 số đó", "cả hai").
func twoAskedAgain(tokens []string) bool {
	return hasWord(tokens, "hai", "so") || hasWord(tokens, "2", "so") || hasWord(tokens, "ca", "hai") || hasWord(tokens, "hai", "con", "so")
}
