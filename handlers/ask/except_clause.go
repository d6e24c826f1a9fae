package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// besidesOther reads a question that sets aside, in a clause of its own,
// a figure other than the one it asks ("không tính phần lồng ghép, nguồn
// thực hiện NQ 22 đã bố trí được bn tiền", "ngoài nguồn NQ22 ra, tập
// huấn người dân … được lồng ghép thêm bao nhiêu"): the figure asked,
// which the one set aside is no part of. ok is false when the clause
// sets aside part of what is asked (no stored figure is the rest).
func (a *Answerer) besidesOther(c *catalog.Catalog, t nlu.Text) (nlu.Parse, bool) {
	clauses := nlu.PiecesAt(t.Original, ",;")
	if len(clauses) < 2 {
		return nlu.Parse{}, false
	}
	for i, clause := range clauses {
		toks := nlu.Normalize(clause).Tokens
		if len(toks) < 2 || !slices.ContainsFunc(setAsideOpeners, func(o []string) bool { return hasPrefixWords(toks, o) }) {
			continue
		}
		ex := a.understand(c, nlu.Normalize(clause))
		rest := strings.Join(slices.Concat(clauses[:i:i], clauses[i+1:]), ", ")
		q := a.understand(c, c.Vocab.Spelling.Correct(nlu.Normalize(rest)))
		if !q.Understood() || q.Op == "except" || len(q.Indicators) == 0 && len(q.Projects) == 0 || !apart(ex, q) || hasWord(q.Words, "con", "lai") {
			return nlu.Parse{}, false
		}
		return q, true
	}
	return nlu.Parse{}, false
}

// setAsideOpeners open a clause that sets something aside.
var setAsideOpeners = [][]string{{"khong", "tinh"}, {"ngoai"}, {"tru"}, {"bo", "qua"}, {"loai", "tru"}}

// apart: what the clause set aside names nothing the question asks —
// neither its figure, its source of money, nor its place.
func apart(ex, q nlu.Parse) bool {
	named := len(ex.Indicators) > 0 || ex.Funding != "" || len(ex.Units) > 0
	if !named || (len(ex.Units) > 0 || ex.Level != "") && len(q.Units) == 0 {
		// (A unit or level set aside from a level or the province asked,
		// "ngoài STTTT, mấy sở …", "trừ Sở Y tế ra": a part of it.)
		return false
	}
	shared := slices.ContainsFunc(ex.Indicators, func(code string) bool { return slices.Contains(q.Indicators, code) }) ||
		ex.Funding != "" && ex.Funding == q.Funding ||
		slices.ContainsFunc(ex.Units, func(u []string) bool {
			return slices.ContainsFunc(q.Units, func(x []string) bool { return overlap(u, x) })
		})
	return !shared
}
