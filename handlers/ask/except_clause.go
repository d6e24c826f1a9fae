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
	if clause, rest, ok := setAsideInBrackets(t.Original); ok {
		// "Tỷ lệ sở, ban, ngành có Cổng/Trang TTĐT (không tính cấp huyện,
		// cấp xã)?": the brackets hold the clause whole, commas and all.
		return a.apartFrom(c, clause, rest)
	}
	clauses := nlu.PiecesAt(t.Original, ",;")
	if len(clauses) < 2 {
		return nlu.Parse{}, false
	}
	for i, clause := range clauses {
		toks := nlu.Normalize(clause).Tokens
		if len(toks) < 2 || !slices.ContainsFunc(setAsideOpeners, func(o []string) bool { return hasPrefixWords(toks, o) }) {
			continue
		}
		return a.apartFrom(c, clause, strings.Join(slices.Concat(clauses[:i:i], clauses[i+1:]), ", "))
	}
	return nlu.Parse{}, false
}

// setAsideInBrackets finds a bracketed clause that sets something aside
// ("(không tính mức 4)", "(không kể cấp xã)"), and the message without it.
func setAsideInBrackets(message string) (clause, rest string, ok bool) {
	open := strings.Index(message, "(")
	if open < 0 {
		return "", "", false
	}
	end := strings.Index(message[open:], ")")
	if end < 0 {
		return "", "", false
	}
	inner := message[open+1 : open+end]
	toks := nlu.Normalize(inner).Tokens
	if len(toks) < 2 || !slices.ContainsFunc(setAsideOpeners, func(o []string) bool { return hasPrefixWords(toks, o) }) {
		return "", "", false
	}
	return inner, message[:open] + " " + message[open+end+1:], true
}

// apartFrom is the question rest asks, when the clause sets aside nothing
// it asks (see besidesOther).
func (a *Answerer) apartFrom(c *catalog.Catalog, clause, rest string) (nlu.Parse, bool) {
	ex := a.understand(c, nlu.Normalize(clause))
	q := a.understand(c, c.Vocab.Spelling.Correct(nlu.Normalize(rest)))
	if !q.Understood() || q.Op == "except" || len(q.Indicators) == 0 && len(q.Projects) == 0 || hasWord(q.Words, "con", "lai") ||
		!apart(ex, q) && !serviceLevelSetAside(c, nlu.Normalize(clause).Tokens, q) {
		return nlu.Parse{}, false
	}
	return q, true
}

// serviceLevelSetAside: the clause sets aside a level of online service
// ("không tính mức 3") no figure asked is of ("số DVC mức 4 triển khai
// thêm …").
func serviceLevelSetAside(c *catalog.Catalog, clause []string, q nlu.Parse) bool {
	for _, level := range []string{"3", "4"} {
		if !hasWord(clause, "muc", level) && !hasWord(clause, "muc", "do", level) {
			continue
		}
		return !slices.ContainsFunc(q.Indicators, func(code string) bool {
			name := nlu.Fold(c.Indicators[code].Name)
			return strings.Contains(name, "muc do "+level) || strings.Contains(name, "muc "+level) || strings.Contains(name, "muc do 3, 4") ||
				!strings.Contains(name, "muc")
		})
	}
	return false
}

// setAsideOpeners open a clause that sets something aside.
var setAsideOpeners = [][]string{{"khong", "tinh"}, {"khong", "ke"}, {"ngoai"}, {"tru"}, {"bo", "qua"}, {"loai", "tru"}}

// apart: what the clause set aside names nothing the question asks —
// neither its figure, its source of money, nor its place.
func apart(ex, q nlu.Parse) bool {
	if len(ex.Indicators) == 0 && ex.Funding == "" && len(ex.Units) == 0 && ex.Level != "" && q.Level != "" && len(q.Levels) <= 1 &&
		ex.Level != q.Level && !slices.Contains(ex.Levels, q.Level) {
		// "Tỷ lệ sở, ban, ngành … (không tính cấp huyện, cấp xã)": levels
		// other than the one asked.
		return true
	}
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
