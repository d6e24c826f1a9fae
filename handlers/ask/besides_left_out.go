package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// besidesLeftOut reads a question that first sets something aside, in a
// clause closed by "thì", and then asks of something else: "nếu không
// tính thuế thì ngành điện lực có mấy DVC mức 3", "ngoài nguồn NQ22 thì
// lồng ghép được bao nhiêu", "không tính nguồn lồng ghép thì NQ22 đã cấp
// bao nhiêu", "TP Hà Tĩnh quý 2 không tính mức 4 thì có bao nhiêu DVC mức
// 3", "ngoài khối nhà nước thì ngành Điện lực với ngành Thuế cung cấp bao
// nhiêu DVC mức 3". What is asked holds nothing of what was set aside, so
// setting it aside changes no figure: the question without the clause.
// A list, a count or a level asked after a unit set aside ("ngoài Can
// Lộc thì huyện nào …") is left to the rules that take the unit out.
func (a *Answerer) besidesLeftOut(c *catalog.Catalog, p nlu.Parse, t nlu.Text) (nlu.Parse, bool) {
	if p.Op != "except" {
		return p, false
	}
	toks := t.Tokens
	from, n := leftOutCueAt(toks)
	if from < 0 {
		return p, false
	}
	then := slices.Index(toks[from+n:], "thi")
	if then < 1 || then > 10 {
		return p, false
	}
	clause := toks[from+n : from+n+then]
	if clause[len(clause)-1] == "ra" || clause[len(clause)-1] == "di" {
		clause = clause[:len(clause)-1] // "bỏ … ra thì", "trừ … đi thì"
	}
	start := from
	if start > 0 && toks[start-1] == "neu" {
		start-- // "nếu không tính …"
	}
	rest := slices.Concat(toks[:start], toks[from+n+then+1:])
	if len(rest) < 2 {
		return p, false
	}
	asked := a.understand(c, nlu.Text{Original: t.Original, Folded: strings.Join(rest, " "), Tokens: rest})
	if !asked.Understood() || asked.Op == "except" || len(asked.Indicators) == 0 && len(asked.Projects) == 0 && !asked.Money {
		return p, false
	}
	out := a.understand(c, nlu.Text{Original: strings.Join(clause, " "), Folded: strings.Join(clause, " "), Tokens: clause})
	named := len(out.Units) > 0 || len(out.Indicators) > 0 || len(out.Projects) > 0 || out.Level != "" || out.Intent == nlu.IntentFunding
	switch {
	case len(out.Periods) > 0 || slices.Contains(rest, "khac") || hasWord(rest, "con", "lai"):
		return p, false // a year set aside, or the others asked: their own rules
	case sharesAny(asked.Units, out.Units) || sharesCode(asked.Indicators, out.Indicators) || sharesCode(asked.Projects, out.Projects):
		return p, false // what is asked holds what was set aside
	case len(out.Units) > 0 && (len(asked.Units) == 0 || asked.Level != "" || asked.Order != "" || asked.Which || asked.Count):
		return p, false // a list or count of units without one
	case out.Level != "" && (asked.Level == "" || asked.Level == out.Level):
		return p, false // "ngoài cấp xã thì còn lại …": the rest of a whole
	case !named && len(asked.Units) == 0:
		return p, false // set aside words no figure has, of nothing named
	}
	return asked, true
}

// leftOutCueAt is where the words setting something aside start, and
// their length; -1 when none.
func leftOutCueAt(toks []string) (int, int) {
	for i, w := range toks {
		switch {
		case w == "ngoai" && !(i+1 < len(toks) && toks[i+1] == "ra"),
			w == "tru" && !(i > 0 && toks[i-1] == "loai"),
			w == "bo" && !(i > 0 && notDropped[toks[i-1]]): // (not "cán bộ", "toàn bộ")
			return i, 1
		case (w == "khong" || w == "chua") && i+1 < len(toks) && (toks[i+1] == "tinh" || toks[i+1] == "ke"),
			(w == "loai" || w == "ngoai") && i+1 < len(toks) && (toks[i+1] == "tru" || toks[i+1] == "bo"):
			return i, 2
		}
	}
	return -1, 0
}

// sharesAny: two lists of readings have a unit in common.
func sharesAny(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			if slices.ContainsFunc(x, func(code string) bool { return slices.Contains(y, code) }) {
				return true
			}
		}
	}
	return false
}

// sharesCode: two lists of codes have one in common.
func sharesCode(a, b []string) bool {
	return slices.ContainsFunc(a, func(code string) bool { return slices.Contains(b, code) })
}
