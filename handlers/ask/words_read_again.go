package ask

// Readings of a message's words that send it to another reading: the
// units that reported named as what a ranking is among, a bound quoted to
// be checked, the rate written as a sign, the rate said not to be asked.

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// withoutReportersAsked drops "trong (mấy|các|những) <đơn vị> đã nộp (báo
// cáo)" from a message: the units that reported, which a ranking is of.
func withoutReportersAsked(tokens []string) ([]string, bool) {
	for i := 0; i+4 < len(tokens); i++ {
		if tokens[i] != "trong" || !pointedCountsOrPlural[tokens[i+1]] {
			continue
		}
		for j := i + 2; j+1 < len(tokens) && j <= i+4; j++ {
			if tokens[j] == "da" && (tokens[j+1] == "nop" || tokens[j+1] == "gui" || tokens[j+1] == "bao") {
				end := j + 2
				for end < len(tokens) && (tokens[end] == "cao" || tokens[end] == "bao" || tokens[end] == "thi") {
					end++
				}
				return slices.Concat(tokens[:i], tokens[i+2:j], tokens[end:]), true
			}
		}
	}
	return nil, false
}

// pointedCountsOrPlural are the words before a kind of unit that make it
// many ("mấy sở", "các huyện").
var pointedCountsOrPlural = map[string]bool{"may": true, "cac": true, "nhung": true, "so": true}

// quotedBound: the message quotes words with a number ("chị viết "hơn
// 20" có đúng không"), which it checks, not asks.
func quotedBound(original string) bool {
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}, {"'", "'"}} {
		_, rest, ok := strings.Cut(original, q[0])
		if !ok {
			continue
		}
		if inside, _, ok := strings.Cut(rest, q[1]); ok && strings.ContainsAny(inside, "0123456789") {
			return true
		}
	}
	return false
}

// rateBySign reads a question of units' quarters whose only word of a
// figure is "%" ("Hương Sơn Q1 %", "quý 2 những địa phương nào trên
// 20%", "Hương Khê có dưới 10% không") as one of the rate units report,
// as "tỷ lệ" alone is: the sign after no number is that word; a bound is
// of it.
func (a *Answerer) rateBySign(c *catalog.Catalog, t nlu.Text, p nlu.Parse) (nlu.Parse, bool) {
	quarterly := slices.ContainsFunc(p.Periods, func(per nlu.Period) bool { return per.Kind == nlu.PeriodQuarter })
	if _, ok := c.Indicators[rankedByDefault]; !ok || p.Reason != nlu.ReasonNotUnderstood || len(p.Indicators) > 0 || p.Op != "" && p.Op != "sum" && p.Op != "except" ||
		p.Level == "" && len(p.Units) == 0 && p.Order == "" || p.Level == "commune" || !quarterly && p.Threshold == nil && p.Order == "" && !boundInPercent(t.Tokens) ||
		!slices.Contains(t.Tokens, "%") || hasWord(t.Tokens, "ty", "le") || nlu.NamesUnstored(t.Tokens) {
		// ("giải quyết đúng hạn được bao nhiêu %": a rate no figure holds.)
		return p, false
	}
	toks := slices.Clone(t.Tokens)
	named := false
	for i, tok := range toks {
		if tok == "%" && (i == 0 || !isDigits(strings.ReplaceAll(toks[i-1], ",", ""))) {
			toks[i], named = "ty le", true
			break
		}
	}
	if !named {
		toks = append(toks, "ty", "le")
	}
	q := a.understand(c, nlu.Normalize(strings.Join(toks, " ")))
	if !q.Understood() || !slices.Contains(q.Indicators, rankedByDefault) {
		return p, false
	}
	if q.Level == "" && len(q.Units) == 0 {
		// ("Q1 sở thấp nhất %": the level the first reading found.)
		q.Level, q.Levels, q.Units, q.UnitSpans = p.Level, p.Levels, p.Units, p.UnitSpans
	}
	return q, true
}

// boundInPercent: the words set a bound in percent ("dưới 10%", "qua 20 %").
func boundInPercent(tokens []string) bool {
	for i := 2; i < len(tokens); i++ {
		if tokens[i] == "%" && isDigits(strings.ReplaceAll(tokens[i-1], ",", "")) && slices.Contains([]string{"duoi", "tren", "qua", "vuot", "hon", "toi", "den"}, tokens[i-2]) {
			return true
		}
	}
	return false
}

// notTheRate: the words say the rate is not what is asked ("không phải tỷ
// lệ", "không phải phần trăm", "không phải %").
func notTheRate(tokens []string) bool {
	for _, not := range [][]string{{"khong", "phai"}, {"khong", "xet"}, {"khong", "tinh"}, {"khong", "lay"}} {
		// "(số bộ, không phải %)", "(xét số hồ sơ, không xét tỷ lệ)"
		if hasWord(tokens, not[0], not[1], "ty", "le") || hasWord(tokens, not[0], not[1], "phan", "tram") || hasWord(tokens, not[0], not[1], "%") {
			return true
		}
	}
	return false
}
