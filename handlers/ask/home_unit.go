package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// A clerk says where she works ("em ở Phòng VH-TT huyện Can Lộc", "bên
// em là Sở Tài chính") and then asks of "huyện em", "sở bọn em", "bên
// mình": the chat keeps that unit, her home, until she names another.

// selfWords are the asker speaking of herself.
var selfWords = map[string]bool{"em": true, "e": true, "toi": true, "minh": true, "tui": true, "t": true, "chi": true, "anh": true}

// workVerbs say where the asker works, after a word of herself: "em ở",
// "tôi làm ở", "chị công tác tại", "mình thuộc", "bên em là".
var workVerbs = [][]string{{"o"}, {"lam", "o"}, {"lam", "tai"}, {"lam", "viec", "o"}, {"lam", "viec", "tai"}, {"cong", "tac", "o"},
	{"cong", "tac", "tai"}, {"thuoc"}, {"la", "can", "bo"}, {"la", "chuyen", "vien"}, {"ben"}, // "em bên phòng Nội vụ huyện …"
	{"la"}} // "anh là bí thư huyện ủy Thạch Hà."

// opensClause: word k starts what the asker says of herself: the message's
// first word, or one after a mark or a greeting ("chào c, e làm ở …"),
// not a possessive ("ông thông gia tui ở Lộc Hà").
func opensClause(raw, folded []string, k int) bool {
	return k == 0 || strings.ContainsAny(raw[k-1], ",.?!:;") || folded[k-1] == "da" || folded[k-1] == "chao" || folded[k-1] == "a"
}

// homeNouns are the nouns of the asker's own unit: "huyện em", "sở bọn
// em", "đơn vị mình", "bên em", "chỗ em".
var homeNouns = map[string]bool{"huyen": true, "so": true, "don": true, "ben": true, "cho": true, "thi": true, "thanh": true}

// atHome reads a message in the light of where the asker works: her words
// on it (which replace home) dropped, "huyện em" written as its name.
func (a *Answerer) atHome(message string, home []string) (string, []string) {
	c := a.cat.Get()
	h, rest, ok := a.introducedHome(c, message)
	introduced := ok
	if !ok {
		h, rest, introduced, ok = a.homeClause(c, message)
	}
	if ok {
		// The words on where she works are dropped when the rest asks of
		// that unit by "huyện em", or asks of a place or a figure of its
		// own ("em ở Can Lộc, các sở có mấy DVC mức 4", "…, huyện em
		// Hương Sơn đang viết báo cáo": the province's); elsewhere they
		// are read as they were ("Em ở Thạch Hà. … của huyện là bao
		// nhiêu").
		if named := withHomeNamed(c, rest, h); named != rest {
			return named, h
		}
		if a.asksElsewhere(c, rest, h, introduced) {
			return rest, h
		}
		return message, h
	}
	if len(home) > 0 {
		message = withHomeNamed(c, message, home)
	}
	return message, home
}

// introducedHome finds the asker's words on where she works; home is the
// unit they name (the one that reports, when a name has several
// readings), rest the message without them.
func (a *Answerer) introducedHome(c *catalog.Catalog, message string) (home []string, rest string, ok bool) {
	raw, folded := foldedWords(message)
	for k := 0; k+1 < len(raw); k++ {
		self := selfWords[folded[k]] && opensClause(raw, folded, k)
		verbs := workVerbs
		head := k // "bên" or "đơn" of "bên em là", "đơn vị tôi là"
		if folded[k] == "vi" && k > 0 && folded[k-1] == "don" {
			head = k - 1
		}
		if (folded[k] == "ben" || head < k) && k+2 < len(raw) && selfWords[folded[k+1]] && opensClause(raw, folded, head) {
			// "bên em là Sở Tài chính", "đơn vị tôi là Sở Tài chính"
			k++
			self, verbs = true, [][]string{{"la"}}
		}
		if !self || strings.ContainsAny(raw[k], ",.?!") {
			continue
		}
		verb := 0
		for _, v := range verbs {
			if k+1+len(v) <= len(folded) && slices.Equal(folded[k+1:k+1+len(v)], v) && len(v) > verb {
				verb = len(v)
			}
		}
		if verb == 0 {
			continue
		}
		end := k + 1 + verb
		for end < len(raw) && !strings.ContainsAny(raw[end-1], ",.?!;") && folded[end-1] != "a" {
			end++
		}
		if end-(k+1+verb) > 8 {
			continue // no clause of a workplace: the question itself
		}
		start := k
		if start > 0 && (folded[start-1] == "ben" || folded[start-1] == "vi") {
			start-- // "bên em", "vị tôi"
		}
		if start > 0 && folded[start] == "vi" && folded[start-1] == "don" {
			start-- // "đơn vị tôi"
		}
		span := strings.Join(raw[k+1+verb:end], " ")
		unit, found := a.homeIn(c, span)
		if !found {
			continue
		}
		rest := strings.TrimSpace(strings.Join(append(raw[:start:start], raw[end:]...), " "))
		return unit, rest, true
	}
	return nil, "", false
}

// homeIn is the unit a clerk's words of where she works name: the last
// unit named ("Phòng VH-TT huyện Can Lộc": the huyện), of the readings
// that report.
func (a *Answerer) homeIn(c *catalog.Catalog, span string) ([]string, bool) {
	p := a.understand(c, nlu.Normalize(span))
	for words := strings.Fields(span); len(p.Units) == 0 && p.Reason == nlu.ReasonOutOfScope && len(words) > 1; {
		// "anh là bí thư huyện ủy Thạch Hà": a post no figure is about,
		// then the unit it is in.
		words = words[1:]
		p = a.understand(c, nlu.Normalize(strings.Join(words, " ")))
	}
	if len(p.Units) == 0 || len(p.Periods) > 0 || len(p.Indicators) > 0 {
		// (A period or a figure: the question, not where she works.)
		return nil, false
	}
	m := p.Units[len(p.Units)-1]
	m = slices.DeleteFunc(slices.Clone(m), func(code string) bool { u, ok := c.Units[code]; return !ok || !c.RequiredUnit[u.ID] })
	if len(m) != 1 || m[0] == nlu.ProvinceCode {
		return nil, false
	}
	return m, true
}

// withHomeNamed writes the asker's own unit ("huyện em", "sở bọn em",
// "bên mình") as its name.
func withHomeNamed(c *catalog.Catalog, message string, home []string) string {
	u, ok := c.Units[home[0]]
	if !ok {
		return message
	}
	raw, folded := foldedWords(message)
	var out []string
	changed := false
	for i := 0; i < len(raw); i++ {
		n := homeNounLen(folded, i)
		if n == 0 {
			out = append(out, raw[i])
			continue
		}
		j := i + n
		if j < len(raw) && folded[j] == "bon" || j < len(raw) && folded[j] == "chung" {
			j++ // "sở bọn em", "huyện chúng tôi"
		}
		// (Not "số em gửi": "số" folds like "sở".)
		if j < len(raw) && selfWords[folded[j]] && fitsHome(folded[i], u.Level) && strings.ToLower(raw[i]) != "số" {
			out = append(out, u.Name+raw[j][len(strings.TrimRight(raw[j], ",.?!:;")):]) // with the mark after "em,"
			i = j
			changed = true
			continue
		}
		out = append(out, raw[i])
	}
	if !changed {
		return message
	}
	return strings.Join(out, " ")
}

// fitsHome: the noun can name a unit of that level ("huyện em" is no sở).
func fitsHome(noun, level string) bool {
	switch noun {
	case "huyen", "thi", "thanh":
		return level == "district"
	case "so":
		return level == "agency"
	}
	return true
}

// homeNounLen is how many words at i name a unit of one's own before the
// asker's word: "huyện", "sở", "đơn vị", "bên", "chỗ", "thị xã",
// "thành phố", "xã" (0 when none).
func homeNounLen(folded []string, i int) int {
	switch {
	case !homeNouns[folded[i]]:
		return 0
	case i+1 < len(folded) && (folded[i] == "don" && folded[i+1] == "vi" || folded[i] == "thi" && folded[i+1] == "xa" || folded[i] == "thanh" && folded[i+1] == "pho"):
		return 2
	case folded[i] == "don" || folded[i] == "thi" || folded[i] == "thanh":
		return 0
	}
	return 1
}

// foldedWords are a message's words as typed and each folded (lower case,
// no marks, no punctuation around it), for passes that read the words and
// rewrite the message as typed.
func foldedWords(message string) (raw, folded []string) {
	raw = strings.Fields(message)
	folded = make([]string, len(raw))
	for i, w := range raw {
		folded[i] = strings.Trim(nlu.Fold(strings.ToLower(w)), ",.?!:;()")
	}
	return raw, folded
}

// homeClause finds a clause that only says where the asker is, her word
// beside a unit's name: "(em ở Lộc Hà)", "em Cẩm Xuyên đây", ", em Vũ
// Quang hỏi", ", huyện em Hương Sơn đang viết báo cáo"; home is that
// unit, rest the message without the clause. A clause that asks a figure
// or names a period is the question's, not hers.
func (a *Answerer) homeClause(c *catalog.Catalog, message string) (home []string, rest string, plain, ok bool) {
	clauses := splitClauses(message)
	if len(clauses) < 2 {
		return nil, "", false, false
	}
	for i, clause := range clauses {
		raw, folded := foldedWords(clause)
		if !saysSelf(raw, folded) {
			continue
		}
		if p := a.understand(c, nlu.Normalize(clause)); len(p.Units) != 1 {
			// ("… TX Hồng Lĩnh và huyện Can Lộc giúp em": units asked.)
			continue
		}
		unit, found := a.homeIn(c, clause)
		if !found {
			continue
		}
		others := slices.Concat(clauses[:i:i], clauses[i+1:])
		// plain: her word and her unit alone ("em Hương Khê"), as "em ở
		// …" says it; not a sentence about it ("Sở Tư pháp bên e cũng
		// thuộc diện báo cáo").
		plain = len(folded) <= 5 && selfWords[folded[0]]
		return unit, strings.Join(others, ", "), plain, true
	}
	return nil, "", false, false
}

// saysSelf: a clause that speaks of the asker: it opens with her word
// ("em ở Lộc Hà", "em Vũ Quang hỏi"), or with her unit's noun and her
// word ("huyện em Hương Sơn …"), or names her side ("thành phố Hà Tĩnh
// bên e", "Hồng Lĩnh bọn em"); not "… giúp em", where she is asked for.
// ("chị", "anh" are as often whom she asks: "vậy chị".)
func saysSelf(raw, folded []string) bool {
	self := func(w string) bool { return selfWords[w] && w != "chi" && w != "anh" }
	if len(raw) > 0 && strings.HasPrefix(strings.ToLower(raw[0]), "tối") || len(folded) > 1 && folded[0] == "minh" && folded[1] == "bach" {
		return false // "tối nay …": tonight, no "tôi"; "minh bạch", no "mình"
	}
	for len(folded) > 0 && (folded[0] == "da" || folded[0] == "vang" || folded[0] == "oi" || len(folded) > 1 && folded[1] == "oi") {
		folded = folded[1:] // "dạ", "vâng", "chị ơi": to whom, before her words
	}
	switch {
	case len(folded) == 0:
		return false
	case self(folded[0]):
		return true
	case len(folded) > 1 && (folded[0] == "ong" || folded[0] == "ba") && (folded[1] == "tung" || folded[1] == "lam" || folded[1] == "o" || folded[1] == "cong"):
		// "ông từng làm chủ tịch Hương Sơn, …": typed for a grandparent,
		// where he worked.
		return true
	case len(folded) > 1 && homeNouns[folded[0]] && self(folded[1]):
		return true
	}
	for i := 1; i+1 < len(folded); i++ {
		if (folded[i] == "ben" || folded[i] == "bon" || folded[i] == "cho") && self(folded[i+1]) {
			return true
		}
	}
	return false
}

// splitClauses cuts a message at commas, semicolons, brackets and the
// marks that end a sentence.
func splitClauses(message string) []string { return nlu.PiecesAt(message, ",;:()?!") }

// asksElsewhere: the words ask a whole question that is not of home, the
// unit of hers (introduced: by "em ở …" or "em Hương Khê", not a
// sentence about it): of a place or level they name, or of a figure no unit reports
// (the report's own: "mục tiêu NQ22", "tỷ lệ xã được đào tạo").
func (a *Answerer) asksElsewhere(c *catalog.Catalog, rest string, home []string, introduced bool) bool {
	p := a.understand(c, nlu.Normalize(rest))
	if !p.Understood() {
		return false
	}
	if p.Intent == nlu.IntentReporting {
		// "…, em ở Cẩm Xuyên": all units' reports, counted. ("Sở Tư
		// pháp bên e cũng thuộc diện báo cáo; … có mấy sở đã gửi": hers
		// too, as typed.)
		return introduced && (p.Count || p.Which)
	}
	if len(p.Indicators) > 0 && !slices.ContainsFunc(p.Indicators, func(code string) bool { return c.Reported[code] }) {
		// A figure no unit reports (the report's own: "PCI", "mục tiêu
		// NQ22", "tỷ lệ xã được đào tạo").
		return true
	}
	if p.Level != "" && len(p.Units) == 0 {
		// ("Em ở Thạch Hà. … của huyện là bao nhiêu": the bare kind of
		// her unit is hers, not its level.)
		for _, kind := range namedKinds {
			if strings.HasPrefix(c.Units[home[0]].Name, kind+" ") && nlu.BareKind(rest, strings.ToLower(kind)) {
				return false
			}
		}
	}
	if len(p.Units) == 0 && len(p.Levels) <= 1 && (hasWord(p.Words, "so", "voi") || hasWord(p.Words, "so", "sanh")) {
		// "sở e là STC, quý 2 so với tính chung các sở thì tỉ lệ …":
		// hers set against the level or the whole named.
		return false
	}
	if len(p.Units) > 0 || p.Level != "" || hasWord(p.Words, "chung") || hasWord(p.Words, "tat", "ca") || hasWord(p.Words, "cac", "don", "vi") {
		return true
	}
	switch p.Intent {
	case nlu.IntentFunding, nlu.IntentProjects, nlu.IntentProject:
		return true
	}
	if slices.ContainsFunc(p.Periods, func(per nlu.Period) bool { return per.Kind != nlu.PeriodQuarter && per.Kind != nlu.PeriodLatest }) {
		// "năm 2018", "5 tháng đầu năm 2019", "đến 27/02/2019": the
		// report's figures, of the province; units report quarters.
		return true
	}
	return false
}
