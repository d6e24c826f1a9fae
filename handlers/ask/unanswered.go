package ask

import (
	"fmt"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Replies to questions that get no figure, what `ask --json` prints of a
// parse, and the commands a question may be.

func notUnderstood(p nlu.Parse) Answer {
	list := strings.Join(suggestions, "\n• ")
	switch p.Reason {
	case nlu.ReasonOutOfScope:
		if p.Elsewhere != "" {
			return Answer{Kind: KindOutOfScope, Text: msgElsewhere}
		}
		return Answer{Kind: KindOutOfScope, Text: fmt.Sprintf(msgOutOfScope, list)}
	case nlu.ReasonUnknownPlace:
		if w, ok := typedInitials(p); ok {
			return Answer{Kind: KindNotUnderstood, Text: fmt.Sprintf(msgUnknownInitials, w)}
		}
		return Answer{Kind: KindNotUnderstood, Text: msgUnknownPlace}
	case nlu.ReasonAskWhichSo:
		return Answer{Kind: KindAsk, Text: msgAskSo}
	case nlu.ReasonBadPeriod:
		return Answer{Kind: KindNotUnderstood, Text: fmt.Sprintf(msgBadPeriod, p.BadPeriod)}
	}
	return Answer{Kind: KindNotUnderstood, Text: fmt.Sprintf(msgNotUnderstood, list)}
}

// askCandidates asks which unit a partial name ("huyện Hương") means.
func askCandidates(c *catalog.Catalog, p nlu.Parse) (Answer, bool) {
	var units []queries.Unit
	for _, code := range p.Candidates {
		if u, ok := c.Units[code]; ok && u.Level != "commune" {
			units = append(units, u)
		}
	}
	initials, short := typedInitials(p)
	if len(units) < 2 && !(short && len(units) == 1) {
		return Answer{}, false
	}
	ans := askUnit(c, p, len(p.UnitSpans), units)
	ans.Text = fmt.Sprintf(msgAskWhich, vi.Join(unitNames(units)))
	if short {
		// "ck": the initials typed, and the units they may stand for.
		ans.Text = fmt.Sprintf(msgAskInitials, initials, vi.JoinOr(unitNames(units)))
	}
	for i, u := range units {
		// The partial name was no unit, so the question was not understood:
		// choosing asks it again with the whole name.
		sp := p.PlaceSpan
		words := append(append(append([]string{}, p.Words[:sp[0]]...), u.Name), p.Words[sp[1]:]...)
		ans.Options[i] = Option{Label: u.Name, Query: strings.Join(words, " ")}
	}
	return ans, true
}

// typedInitials is the one word a question's unknown place was: two
// letters typed where a unit's initials stand ("ck").
func typedInitials(p nlu.Parse) (string, bool) {
	sp := p.PlaceSpan
	if sp[1] != sp[0]+1 || sp[1] > len(p.Words) {
		return "", false
	}
	return p.Words[sp[0]], true
}

func unitNames(units []queries.Unit) []string {
	out := make([]string, len(units))
	for i, u := range units {
		out[i] = u.Name
	}
	return out
}

// Slots is the parse as the JSON object `ask --json` prints.
func Slots(p nlu.Parse) map[string]any {
	out := map[string]any{}
	if len(p.Indicators) > 0 {
		out["indicators"] = p.Indicators
	}
	if len(p.Units) > 0 {
		out["units"] = p.Units
	}
	if p.Level != "" {
		out["level"] = p.Level
	}
	if len(p.Levels) > 0 {
		out["levels"] = p.Levels
	}
	if len(p.ExceptKinds) > 0 {
		out["except_kinds"] = p.ExceptKinds
	}
	var periods []map[string]string
	for _, per := range p.Periods {
		periods = append(periods, map[string]string{"kind": string(per.Kind), "start": per.Start, "end": per.End, "label": per.Label})
	}
	if len(periods) > 0 {
		out["periods"] = periods
	}
	for k, v := range map[string]string{"measure": p.Measure, "op": p.Op, "order": p.Order, "funding": p.Funding, "status": p.Status, "reason": p.Reason} {
		if v != "" {
			out[k] = v
		}
	}
	if p.Top > 1 {
		out["top"] = p.Top
	}
	if p.Bottom > 0 {
		out["bottom"] = p.Bottom
	}
	if p.From > 1 {
		out["from"] = p.From
	}
	if len(p.Projects) > 0 {
		out["projects"] = p.Projects
	}
	if p.Count {
		out["count"] = true
	}
	if p.Missing {
		out["missing"] = true
	}
	if p.Threshold != nil {
		out["threshold"] = *p.Threshold
	}
	return out
}

// cutCommand reads "/name args" (also "/name@Bot args").
func cutCommand(text, name string) (string, bool) {
	head, rest, _ := strings.Cut(text, " ")
	head, _, _ = strings.Cut(strings.ToLower(head), "@")
	if head != name {
		return "", false
	}
	return strings.TrimSpace(rest), true
}
