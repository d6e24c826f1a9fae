package ask

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
)

// Figures of several units added and taken away in one go, as a planner
// writes them: "TX Kỳ Anh + TP Hà Tĩnh - Can Lộc = ?", "(TP Hà Tĩnh + Can
// Lộc) - (Thạch Hà + TX Kỳ Anh + Hồng Lĩnh)", "Can Lộc trừ Thạch Hà rồi
// trừ tiếp Đức Thọ", "… cộng lại chia 3". Each unit's stored figure is
// read; a unit without one leaves the result unsaid.

// signsAsWords writes a minus between names as a word, so that folding
// keeps it: a dash or minus between two names ("Hà Tĩnh - Can Lộc", ") -
// (") becomes "trừ"; a plus stays "+" (the normaliser reads it as "cộng
// lại"), but inside brackets after a minus it turns ("- (A + B)", "trừ
// tổng (A + B)" are "trừ A trừ B"). A dash inside a name ("Lao động -
// Thương binh", its next word lower-case) stays.
func signsAsWords(question string) (string, bool) {
	if !strings.ContainsAny(question, "-−+") {
		return question, false
	}
	// A dash between two names lists them ("so sánh Can Lộc - Thạch Hà")
	// unless the message reckons: a plus, an equals sign, "cộng", "trừ",
	// or brackets around the names.
	lower := strings.ToLower(question)
	reckons := strings.ContainsAny(question, "+=") || strings.Contains(lower, "cộng") || strings.Contains(lower, "trừ")
	words := strings.Fields(question)
	changed := false
	var out []string
	minusGroup := false // inside brackets opened right after a minus
	minusBefore := false
	for i, w := range words {
		switch {
		case (w == "-" || w == "−") && i > 0 && i+1 < len(words) && nameEdge(words[i-1], false) && nameEdge(words[i+1], true) &&
			(reckons || strings.HasSuffix(words[i-1], ")") || strings.HasPrefix(words[i+1], "(")):
			out = append(out, "trừ")
			changed, minusBefore = true, true
			continue
		case w == "+" && minusGroup:
			out = append(out, "trừ")
			changed = true
			continue
		}
		if minusBefore && strings.HasPrefix(w, "(") {
			minusGroup = true // "- (A + B)", "trừ tổng (A + B)"
		}
		minusBefore = strings.EqualFold(w, "trừ") || minusBefore && strings.EqualFold(w, "tổng")
		if minusGroup && strings.HasSuffix(w, ")") {
			minusGroup = false
		}
		out = append(out, w)
	}
	if !changed {
		return question, false
	}
	return strings.Join(out, " "), true
}

// nameEdge: the word ends (or, after the sign, starts) a name: a capital
// letter or a bracket.
func nameEdge(w string, start bool) bool {
	if start {
		w = strings.TrimLeft(w, "(")
		r := []rune(w)
		return len(r) > 0 && unicode.IsUpper(r[0]) || strings.HasPrefix(w, "(")
	}
	if strings.HasSuffix(w, ")") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// signedUnits answers a message that adds and takes away units' figures
// ("Can Lộc trừ Thạch Hà rồi trừ tiếp Đức Thọ", "… cộng lại chia 3"): the
// units are read with each "trừ" as a plain "và" (not a unit set aside),
// and each takes the sign the words before it give.
func (a *Answerer) signedUnits(ctx context.Context, question string) (Answer, bool, error) {
	if folded := nlu.Fold(question); !strings.Contains(folded, "tru") && !strings.Contains(folded, "chia") {
		return Answer{}, false, nil // (most questions: no reading of the whole message again)
	}
	t := nlu.Normalize(question)
	if !slices.Contains(t.Tokens, "tru") && !slices.Contains(t.Tokens, "chia") {
		return Answer{}, false, nil // (most questions)
	}
	plain := slices.Clone(t.Tokens)
	for i, w := range plain {
		if w == "tru" {
			plain[i] = "va"
		}
	}
	c := a.cat.Get()
	p := a.understand(c, nlu.Text{Original: t.Original, Folded: strings.Join(plain, " "), Tokens: plain})
	if !slices.Equal(p.Words, plain) || p.Order != "" || p.Which || p.Count || p.Threshold != nil || p.Measure != "" {
		return Answer{}, false, nil
	}
	signs, divisor, ok := signedTerms(p, t.Tokens)
	if !ok {
		return Answer{}, false, nil
	}
	r := a.reader()
	return r.signedSum(ctx, p, signs, divisor)
}

// signedTerms are the sign of each unit named (+1 or −1) when the words
// between two names take the second away ("trừ"), and the number the sum
// is divided by ("chia 3"), 0 when none; ok is false unless something is
// taken away or divided, every name being a unit of its own (no level,
// not the province).
func signedTerms(p nlu.Parse, words []string) (signs []float64, divisor float64, ok bool) {
	if len(p.Units) < 2 || len(p.UnitSpans) != len(p.Units) || p.Level != "" || len(p.Levels) > 0 ||
		slices.ContainsFunc(p.Units, func(codes []string) bool { return slices.Contains(codes, nlu.ProvinceCode) }) {
		return nil, 0, false
	}
	if first := p.UnitSpans[0][0]; first > 0 && (words[first-1] == "cac" || words[first-1] == "tru") {
		return nil, 0, false // ("các sở trừ Sở TT&TT": units set aside)
	}
	signs = make([]float64, len(p.Units))
	signs[0] = 1
	minus := false
	for k := 1; k < len(p.Units); k++ {
		signs[k] = 1
		for i := p.UnitSpans[k-1][1]; i < p.UnitSpans[k][0]; i++ {
			if words[i] == "tru" {
				signs[k] = -1
				minus = true
			}
		}
	}
	last := p.UnitSpans[len(p.UnitSpans)-1][1]
	for i := last; i+1 < len(words); i++ {
		if words[i] == "chia" {
			if n, err := strconv.Atoi(words[i+1]); err == nil && n > 1 {
				divisor = float64(n)
			}
		}
	}
	return signs, divisor, minus || divisor > 0
}

// signedSum answers a sum with signs of units' counts of one period.
func (r *reader) signedSum(ctx context.Context, p nlu.Parse, signs []float64, divisor float64) (Answer, bool, error) {
	if len(p.Indicators) != 1 || len(p.Periods) != 1 || len(p.Projects) > 0 {
		return Answer{}, false, nil
	}
	c := r.cat
	ind := c.Indicators[p.Indicators[0]]
	if ind.Kind == "percent" || ind.UnitAgg != "sum" {
		return Answer{}, false, nil
	}
	per := p.Periods[0]
	n := vi.NewNumbers()
	var s sentences
	var terms []string
	var total float64
	for k, codes := range p.Units {
		l, found, err := r.firstFound(ctx, ind, codes, per)
		if err != nil {
			return Answer{}, false, err
		}
		if !found {
			name := codes[0]
			if u, ok := c.Units[codes[0]]; ok {
				name = u.Name
			}
			text := fmt.Sprintf(msgSignedMissing, ind.Name, name, per.Label)
			return Answer{Kind: KindNoData, Text: text, Parse: p, Path: "rules"}, true, nil // (no part shown as the whole)
		}
		sign := "+"
		if signs[k] < 0 {
			sign = "−"
		}
		term := l.sc.unit.Name + " " + n.Num(l.pt.value)
		if k > 0 {
			term = sign + " " + term
		} else if signs[k] < 0 {
			term = "−" + term
		}
		terms = append(terms, term)
		total += signs[k] * l.pt.value
		s.source(l.pt.citation)
	}
	line := fmt.Sprintf(msgSignedSum, vi.Capitalise(ind.Name), per.Label, strings.Join(terms, " "), n.Figure(total, ind.Kind, ind.UnitLabel))
	if divisor > 0 {
		line = strings.TrimSuffix(line, ".") + fmt.Sprintf(msgSignedDivided, n.Num(divisor), n.Num(total/divisor))
	}
	s.lines, s.kind = []string{line}, KindFigure
	ans := s.answer()
	ans.Parse, ans.Path = p, "rules"
	return ans, true, nil
}
