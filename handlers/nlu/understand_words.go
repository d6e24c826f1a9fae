package nlu

// Words that decide between readings: unknown places, agencies written
// without diacritics, leftover words, project intents.

import (
	"golang.org/x/text/unicode/norm"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unknownPlace: "huyện X" where X is no known name; returns X's position.
// kindHeads are the first words of the kinds of units.
var kindHeads = setOf("huyen", "thi", "thanh", "xa", "phuong")

// regionWords follow "vùng" of a kind of place ("xã vùng sâu, vùng xa").
var regionWords = setOf("sau", "xa", "nui", "cao", "bien", "dong", "kho", "ven", "bai", "trung", "thap", "ha", "thuong")

// placeKindHeads are the kinds of units whose name follows.
var placeKindHeads = phrases("huyen", "thi xa", "thanh pho", "xa", "phuong", "thi tran")

func (q *question) unknownPlace() (int, bool) {
	for _, words := range placeKindHeads {
		for i := 0; i+len(words) < len(q.tokens); i++ {
			if !runAt(q.tokens, i, words) || q.inUnit(i) {
				continue
			}
			next := q.tokens[i+len(words)]
			if kindHeads[next] || ownWords[next] || next == "mien" || next == "khac" || next == "vung" && i+len(words)+1 < len(q.tokens) && regionWords[q.tokens[i+len(words)+1]] {
				// "xã, phường, thị trấn": kinds listed; "huyện khác": others;
				// "xã em", "xã miền
				// núi", "xã vùng sâu": the asker's place; no name. ("Phường
				// Vũng Áng", formed in 2025, is a name.)
				continue
			}
			if !q.taken[i+len(words)] && (!fillers[next] || next == "vung") && !placeVerbs[next] && !isNumber(next) && len(next) > 1 && !(next == "ty" && runAt(q.tokens, i+len(words), []string{"ty", "le"})) {
				// ("đối với cấp xã, tỷ lệ …": a figure's words, no name.)
				return i + len(words), true
			}
		}
	}
	return 0, false
}

// weak: every indicator was named by a short alias ("tỷ lệ", "video"), too
// little to outweigh a word the domain does not know.
func weak(ms []termMatch) bool {
	for _, m := range ms {
		if m.alias.size > 2 || namedByCode(m.alias) {
			return false
		}
	}
	return true
}

// weakFunding: every programme funding figure named was named by words of
// money and of allocating alone ("kinh phí … bố trí"), not by the
// programme's own ("Nghị quyết 22", "lồng ghép", "còn thiếu").
func weakFunding(ms []termMatch) bool {
	found := false
	for _, m := range ms {
		if !strings.HasPrefix(m.alias.owner, "funding_") {
			continue
		}
		for _, ph := range m.alias.phrases {
			for _, w := range ph {
				if !allocationWords[w] {
					return false
				}
			}
		}
		found = true
	}
	return found
}

// allocationWords say money and that it was given, of any figure.
var allocationWords = setOf("kinh", "phi", "tien", "ngan", "sach", "von", "da", "duoc", "bo", "tri", "cap", "phan")

// measureOnly: every indicator was matched by measure words alone (a bare
// "tỷ lệ").
func measureOnly(ms []termMatch) bool {
	for _, m := range ms {
		if !onlyMeasureWords(m.alias) {
			return false
		}
	}
	return len(ms) > 0
}

// namedByCode: the alias is the indicator's own code ("hstt", "dvc3"), as
// the report form names it: short, and no other figure's.
func namedByCode(a *alias) bool {
	return len(a.phrases) == 1 && len(a.phrases[0]) == 1 && a.phrases[0][0] == a.owner
}

func onlyMeasureWords(a *alias) bool {
	for _, p := range a.phrases {
		if !measureWords[strings.Join(p, " ")] {
			return false
		}
	}
	return true
}

// hasPhraseUntaken finds a phrase without marking it, so its words stay
// available as a partial project name.
func hasPhraseUntaken(q *question, phrase string) bool {
	return PhraseIndex(q.tokens, phrase) >= 0
}

func (q *question) insideIndicator(sp span) bool {
	for i := sp.from; i < sp.to; i++ {
		if !q.indicatorTaken[i] {
			return false
		}
	}
	return true
}

// inUnit: token i is part of a place name longer than the head word.
func (q *question) inUnit(i int) bool {
	for _, sp := range q.unitSpans {
		if sp.from <= i && i < sp.to && sp.to-sp.from > 1 {
			return true
		}
	}
	return false
}

// agencyWordFolded: in a question about reports, "mấy sở", "các sở", "sở
// nào" typed without diacritics ("so" is "số" or "sở").
func (q *question) agencyWordFolded() bool {
	for i, tok := range q.tokens {
		if tok != "so" {
			continue
		}
		if i > 0 && (q.tokens[i-1] == "may" || q.tokens[i-1] == "cac" || q.tokens[i-1] == "nhung" || q.tokens[i-1] == "nhieu") {
			return true
		}
		if i+1 < len(q.tokens) && (q.tokens[i+1] == "nao" || q.tokens[i+1] == "nganh") {
			return true
		}
		if i+1 < len(q.tokens) && q.tokens[i+1] == "thi" && (i == 0 || q.tokens[i-1] == "con") {
			// "sở thì bao nhiêu đơn vị chưa nộp", "còn sở thì": the
			// agencies, set against the level asked before.
			return true
		}
		if i+1 < len(q.tokens) && (q.tokens[i+1] == "nop" || q.tokens[i+1] == "gui") && (i == 0 || q.periodTaken[i-1]) {
			// "q1 so nop bao cao duoc may don vi": the agencies that
			// sent, not a "số" nothing counts.
			return true
		}
	}
	return false
}

// placeVerbs follow a level word without naming a place: "bao nhiêu huyện
// nộp báo cáo", "huyện thôi" (only the districts).
var placeVerbs = map[string]bool{"nop": true, "gui": true, "bao": true, "co": true, "chua": true, "da": true, "thoi": true,
	"tiep": true, "nhan": true, "dat": true, "duoc": true, "cung": true, "trien": true,
	// What a story tells after a level noun ("mặt trận huyện hôm qua
	// có khen một huyện đứng đầu", "huyện sắp sơ kết"): no unit's name
	// starts with these.
	"hom": true, "sap": true, "dung": true, "tien": true, "lang": true, "khoe": true, "than": true, "hoi": true, "noi": true,
	"nghe": true, "hop": true, "lo": true, "ma": true, "la": true, "ve": true, "lam": true, "xep": true}

// agencyGroupWords before "sở" name the agencies as a group.
var agencyGroupWords = map[string]bool{"khoi": true, "cac": true, "may": true, "nhung": true, "moi": true, "tung": true, "cap": true, "ca": true}

// agencyLevelWord: "mấy sở", "các sở", "sở nào" ask about provincial
// agencies; visible only with diacritics, since "sở" folds like "số".
// levelNouns name a level of units.
var levelNouns = map[string]bool{"huyen": true, "xa": true, "cap": true, "cac": true, "tinh": true}

// smallCount: one or two digits ("5 sở"), no date nor quarter ("2/2019").
func smallCount(w string) bool {
	return len(w) <= 2 && strings.Trim(w, "0123456789") == ""
}

// afterPeriodOnly: the words before a noun are nothing but a period and
// marks ("Q1/2019 –", "quý 1:"), so the noun opens the question.
func afterPeriodOnly(words []string) bool {
	for _, w := range words {
		// (A number with it: "quý 1", "2019", "Q1/2019"; f is "" for a mark;
		// a word of no letter or digit is a mark too: "☐", "•".)
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		if f := Fold(strings.Trim(w, wordEdges+"–-—")); !periodNouns[f] && strings.Trim(f, "0123456789/q") != "" {
			return false
		}
	}
	return true
}

// namedAfter: the word after the i-th of the message opens with a capital
// ("Sở Tài chính"): a department's name, not the noun.
func namedAfter(original string, i int) bool {
	words := strings.Fields(original)
	if i+1 >= len(words) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[i+1])
	return unicode.IsUpper(r)
}

// wordEdges are the marks a word of the original text may carry at its
// edges ("huyện),", "sở?").
const wordEdges = ".,;:?!()"

func agencyLevelWord(original string) bool {
	words := strings.Fields(strings.ToLower(original))
	for i, w := range words {
		if strings.Trim(w, wordEdges) != "sở" {
			continue
		}
		if i > 1 && Fold(words[i-1]) == "cai" {
			// "mấy cái sở": the classifier a learner puts before the noun.
			words = slices.Delete(slices.Clone(words), i-1, i)
			i--
		}
		if i > 0 {
			switch Fold(words[i-1]) {
			case "may":
				if i > 1 && Fold(words[i-2]) == "gap" && namedAfter(original, i) {
					break // "gấp mấy Sở Tài chính": how many times that agency's
				}
				return true
			case "cac", "nhung", "nhieu", "khoi", "cap", "moi", "tung", "top", "bottom":
				return true // ("top sở": the agencies' first)
			}
			if _, said := countWords[Fold(words[i-1])]; (smallCount(words[i-1]) || said && Fold(words[i-1]) != "nam") && !namedAfter(original, i) &&
				!(i > 1 && periodNouns[Fold(words[i-2])]) {
				// (Not "quý 1 sở công thương": the number is the period's.)
				return true // "chỉ có 5 sở gửi báo cáo", "ba sở có tỷ lệ … cao nhất"
			}
			if i > 1 && Fold(words[i-2]+" "+words[i-1]) == "bao nhieu" {
				return true
			}
			if words[i-1] == "số" && !namedAfter(original, i) {
				return true // "số sở đã nộp trên tổng số sở phải nộp"
			}
		}
		if afterPeriodOnly(words[:i]) && i+1 < len(words) && Fold(words[i+1]) == "co" && strings.Contains(Fold(original), "nhat") {
			return true // "Sở có tỷ lệ … thấp nhất quý 1", "Q1/2019 – sở có …": which agency
		}
		if i+1 < len(words) {
			// "sở nào", "sở cao nhất và sở thấp nhất"
			switch Fold(strings.Trim(words[i+1], wordEdges)) {
			case "nao", "cao", "thap", "nhieu", "it", "dan", "dung":
				return true
			}
		}
		// "cả sở và huyện", "huyện và sở": a level listed with another.
		// (Not "toàn tỉnh và Sở Tài chính": that agency.)
		if i+2 < len(words) && Fold(words[i+1]) == "va" && levelNouns[Fold(strings.Trim(words[i+2], wordEdges))] ||
			i > 1 && Fold(words[i-1]) == "va" && levelNouns[Fold(strings.Trim(words[i-2], wordEdges))] && !namedAfter(original, i) {
			return true
		}
	}
	return false
}

// namesAgencyWithoutName: "của Sở" with no agency named; only visible with
// diacritics, since "sở" folds to "so" like "số".
// recipientWords before "Sở" make it the one reports are sent to.
var recipientWords = map[string]bool{"cho": true, "len": true, "ve": true}

func (q *question) namesAgencyWithoutName(original string) bool {
	words := strings.Fields(strings.ToLower(original))
	for i, w := range words {
		w = strings.Trim(w, wordEdges)
		if w != "sở" {
			continue
		}
		if i > 0 && agencyGroupWords[Fold(strings.Trim(words[i-1], wordEdges))] {
			continue // "khối sở", "các sở": the level, not one agency
		}
		if i > 0 && recipientWords[Fold(words[i-1])] {
			continue // "nộp báo cáo về cho Sở": the one the reports go to
		}
		if before := strings.Join(words[max(0, i-3):i], " "); strings.HasSuffix(Fold(before), "bao cao") || strings.HasSuffix(Fold(before), "bao cao cua") {
			continue // "(theo báo cáo Sở)": the report's issuer, its source
		}
		if i+1 == len(words) {
			return true
		}
		next := Fold(strings.Trim(words[i+1], wordEdges))
		if next == "quy" || next == "nam" || next == "thang" || next == "nao" || isNumber(next) {
			return next != "nao"
		}
	}
	return false
}

// BareAgency: the original text says "Sở" alone, not a level ("các
// sở"), not a name ("Sở Tài chính"), not which ("sở nào"): the agency
// the chat named before ("tổng số hồ sơ Sở tiếp nhận").
func BareAgency(original string) bool {
	words := strings.Fields(original)
	for i, w := range words {
		if strings.ToLower(strings.Trim(w, wordEdges)) != "sở" {
			continue
		}
		if i > 0 && agencyGroupWords[Fold(strings.Trim(words[i-1], wordEdges))] {
			continue
		}
		if i+1 < len(words) && (namedAfter(original, i) || Fold(strings.Trim(words[i+1], wordEdges)) == "nao") {
			continue
		}
		return true
	}
	return false
}

// BareKind: the original text names the kind of a unit ("huyện", "thị
// xã", "báo") alone, kind as written in the unit's name: not a level
// ("các huyện", "cấp huyện"), not a name ("huyện Can Lộc"), not which
// ("huyện nào"). Right after a question about one unit of that kind, it
// is that unit ("quý 1 huyện tiếp nhận bao nhiêu hồ sơ", "năm 2017 báo
// đăng bao nhiêu bài").
//
// The kind is matched with its marks: "báo" is no "bao" of "bao nhiêu".
func BareKind(original, kind string) bool {
	kw := strings.Fields(strings.ToLower(norm.NFC.String(kind)))
	if len(kw) == 0 {
		return false
	}
	words := strings.Fields(norm.NFC.String(original))
	for i := 0; i+len(kw) <= len(words); i++ {
		match := true
		for k, w := range kw {
			if strings.ToLower(strings.Trim(words[i+k], wordEdges)) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if i > 0 && agencyGroupWords[Fold(strings.ToLower(strings.Trim(words[i-1], wordEdges)))] {
			continue
		}
		last := i + len(kw) - 1
		if last+1 < len(words) && (namedAfter(original, last) || Fold(strings.Trim(words[last+1], wordEdges)) == "nao") {
			continue
		}
		return true
	}
	return false
}

// unknownWords counts leftover words that are not words of this domain at all.
func (q *question) unknownWords(words []string) int {
	n := 0
	for _, w := range words {
		if !q.v.lexicon[w] {
			n++
		}
	}
	return n
}

// unknownInitials finds a word of two consonants left over that no name,
// cue or word of the reports knows ("ck", "bq"): a unit's initials typed
// a key off, or those of a unit the data does not have.
func (q *question) unknownInitials() (int, bool) {
	end := len(WithoutPoliteEnd(q.tokens))
	for i, w := range q.tokens[:end] {
		if len(w) == 2 && !q.taken[i] && isLetters(w) && !strings.ContainsAny(w, "aeiouy") && !q.v.lexicon[w] && !fillers[w] && !shortForms[w] {
			return i, true
		}
	}
	return 0, false
}

// shortForms are two letters people type for words, not for a unit: "nd"
// (người dân, nghị định), "dn" (doanh nghiệp), "bq" (bình quân), "ns"
// (nói), "hd" (hướng dẫn), "đp" (địa phương), "nq" (nghị quyết) … Left
// over, they say nothing asked of a place; as cue words (setOf), they are
// no words unknown to the domain either.
var shortForms = setOf("nd", "dn", "bq", "ns", "hd", "dp", "nq", "qd", "tb", "kq", "tg", "kh", "kp", "cb", "cc",
	"cv", "ct", "pv", "gd", "ql", "nv", "tw", "xd", "dk", "sx", "ng", "nh", "dc", "vs", "ms", "bh", "sd", "cq", "dv",
	"hc", "tc", "th", "tl", "sl", "ph", "pt", "cn", "tn", "ld", "bt", "gt", "mk", "hn", "hq", "kt", "tv", "nn", "qh",
	"sk", "bc", "ks", "nc", "nt", "tk", "hs", "tt", "dt", "lm", "gv", "hv", "vp", "cp")

// unknownAbbreviation: a leftover word no name or cue knows, written
// without a vowel ("kkt", "sttttt"): an abbreviation of a name.
func (q *question) unknownAbbreviation(words []string) bool {
	places := 0
	for _, w := range words {
		if len(w) >= 3 && (!q.v.lexicon[w] && !cueWords[w] || q.v.placeOnly[w]) && isLetters(w) && !strings.ContainsAny(w, "aeiouy") {
			return true
		}
		if q.v.placeOnly[w] && !fillers[w] {
			places++
		}
	}
	// "Ban Quản lý KKT": words only a unit's name has, left over.
	return places >= 2
}

// partFor: "riêng cho", "dành cho" before words no name explains, or a
// group of people: a part of the figure for a group ("kinh phí đào tạo
// dành riêng cho doanh nghiệp"), which no figure is split by.
func (q *question) partFor(indicators int) bool {
	for _, cue := range partForCues {
		at := wordsIndex(q.tokens, cue)
		if at < 0 {
			continue
		}
		end := at + len(cue)
		if end < len(q.tokens) && !q.taken[end] && !fillers[q.tokens[end]] {
			return true
		}
		for _, g := range peopleGroups {
			if runAt(q.tokens, end, g) && !(indicators == 1 && end < len(q.indicatorTaken) && q.indicatorTaken[end]) {
				// (Unless the figure is the group's own: "mục tiêu … dành
				// cho doanh nghiệp" of the businesses trained.)
				return true
			}
		}
	}
	return false
}

var (
	partForCues  = phrases("rieng cho", "danh cho")
	peopleGroups = phrases("doanh nghiep", "nguoi dan", "can bo", "cong chuc")
)

// leftover lists the content words no period, name or cue explains.
func (q *question) leftover() []string {
	q.any(documentCues)
	// A figure's words said twice ("huyện tỷ lệ cao nhất … tỷ lệ bao
	// nhiêu") are explained by the match of the first.
	named := map[string]bool{}
	for i, tok := range q.tokens {
		if i < len(q.indicatorTaken) && q.indicatorTaken[i] {
			named[tok] = true
		}
	}
	// (The polite end, "… vậy đồng chí", says nothing asked.)
	end := len(WithoutPoliteEnd(q.tokens))
	var out []string
	for i, tok := range q.tokens {
		if q.taken[i] || fillers[tok] || isNumber(tok) || isDocumentCode(tok) || named[tok] || i >= end {
			continue
		}
		if n, spoken := digitWords[tok]; spoken && n > 1 && i+1 < len(q.tokens) && unitNounWords[q.tokens[i+1]] {
			continue // "ba huyện Hương Sơn, Đức Thọ, Hương Khê": their count
		}
		out = append(out, tok)
	}
	return out
}

func (q *question) projectIntent(p *Parse, projectCue bool) {
	q.any(projectStateWords)
	for _, s := range projectStatus {
		if q.has(s.phrase) {
			p.Status = s.group
			break
		}
	}
	p.Funding = q.firstOf([]cueValue{{otherCues, "other"}, {proposedCues, "proposed"}, {nq22Cues, "nq22"}, {grantedCues, "granted"}})
	if p.Funding == "other" && q.any(nq22Cues) && (q.has("ca") && q.has("lan") || q.has("ca hai")) {
		// "cả NQ22 lẫn lồng ghép": the money granted from both.
		p.Funding = "granted"
	}
	if p.Status == "ongoing" && p.Measure == "complement" && (q.has("chua xong") || q.has("chua hoan thanh") || q.has("chua lam xong")) {
		// "đang tiếp tục triển khai, chưa xong": those under way, said
		// twice; not the projects that are not.
		p.Measure = ""
	}
	if p.Status != "" && p.Measure == "complement" && (q.has("xong chua") || q.has("hoan thanh chua") || p.Status == "ongoing" && q.has("con") && q.has("dang")) {
		// "mấy dự án xong chưa, được bao nhiêu cái hoàn thành rồi": the
		// "chưa" after asks whether, not those not done; "còn bao nhiêu
		// cái đang thực hiện": still under way.
		p.Measure = ""
	}
	if p.Status == "integrated" {
		// "theo hình thức lồng ghép": how a project is carried out, not
		// its funding from other sources.
		p.Funding = ""
	}
	q.any(leadCues)
	if len(p.Projects) > 0 && p.Order == "all" && (q.has("chu tri") || q.has("phu trach")) {
		// "dự án đào tạo CIO do đơn vị nào chủ trì": the project's lead,
		// not the projects listed.
		p.Order, p.Which = "", false
	}
	countAsked := (q.has("bao nhieu du an") || q.has("may du an") || q.has("so du an")) && !q.projectNumbered() || q.has("bao nhieu hang muc") || q.has("may hang muc") ||
		(projectCue && (q.has("co bao nhieu") || q.has("bao nhieu")) && p.Funding == "" && len(p.Projects) == 0 && !p.Money)
	switch {
	case countAsked:
		p.Intent, p.Count = IntentProjects, true
	case p.Order != "":
		p.Intent = IntentProjects
	case len(p.Projects) > 0:
		p.Intent = IntentProject
	default:
		p.Intent = IntentProjects
	}
	if p.Intent == IntentProjects && p.Threshold == nil && p.Funding != "" {
		// "dự án nào được cấp từ NQ22 trên 1 tỷ": the projects past a
		// bound of money (in millions).
		if t := q.threshold(); t != nil {
			p.Threshold, p.Which = t, true
		}
	}
	// Indicators named next to a project describe the project.
	p.Beside, p.Indicators = p.Indicators, nil
}

// hasOtherThan reports whether some code lacks the prefix.
func hasOtherThan(codes []string, prefix string) bool {
	for _, c := range codes {
		if !strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

// without drops the codes with the prefix.
func without(codes []string, prefix string) []string {
	var out []string
	for _, c := range codes {
		if !strings.HasPrefix(c, prefix) {
			out = append(out, c)
		}
	}
	return out
}

func hasTopic(codes []string, prefix string) bool {
	for _, c := range codes {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isNumber(tok string) bool {
	if tok == "" {
		return false
	}
	for _, r := range tok {
		if (r < '0' || r > '9') && r != '.' && r != ',' && r != '/' && r != '-' && r != '%' {
			return false
		}
	}
	return true
}

// asksToChangeData: "sửa số DVC mức 3 thành 2500", "cập nhật tỷ lệ … thành
// 10%", "xoá số liệu": a change, not a question; only /nop changes figures.
// legalDocuments name a document that amends another; whatAskedCues ask
// what it says.
var (
	legalDocuments = phrases("qd", "quyet dinh", "nghi quyet", "nq", "thong tu", "nghi dinh", "cong van", "quy che", "van ban", "ke hoach")
	whatAskedCues  = phrases("gi", "nao", "noi dung", "the nao", "ra sao", "nhung diem")
)

func (q *question) asksToChangeData() bool {
	verb := false
	for _, v := range changeVerbs {
		if wordsIndex(q.tokens, v) >= 0 {
			verb = true
		}
	}
	if !verb {
		return false
	}
	if anyPhrase(q.tokens, legalDocuments) && anyPhrase(q.tokens, whatAskedCues) {
		// "QĐ 27/2018/QĐ-UBND sửa đổi nội dung gì": what a document
		// amended, a question about the report's words.
		return false
	}
	if PhraseIndex(q.tokens, "sua") >= 0 || PhraseIndex(q.tokens, "xoa") >= 0 || PhraseIndex(q.tokens, "ghi de") >= 0 {
		return true
	}
	for i := 0; i+1 < len(q.tokens); i++ {
		if q.tokens[i] == "thanh" && isNumber(q.tokens[i+1]) {
			return true
		}
	}
	return false
}

// anyUntaken: one of the phrases stands on words nothing else explains
// ("thông tin" of "Sở Thông tin và Truyền thông" is the unit's name).
func (q *question) anyUntaken(list [][]string) bool { return q.anyFree(list, q.taken) }

// anyFree: a phrase of the list occurs where no word is marked in mask.
func (q *question) anyFree(list [][]string, mask []bool) bool {
	for _, p := range list {
		for i := 0; i+len(p) <= len(q.tokens); i++ {
			if runAt(q.tokens, i, p) && free(mask, i, i+len(p)) {
				return true
			}
		}
	}
	return false
}

// repeated: the words are a run of two or more said again whole, and
// nothing else (a message pasted twice).
func repeated(tokens []string) bool {
	n := len(tokens)
	return n >= 4 && n%2 == 0 && slices.Equal(tokens[:n/2], tokens[n/2:])
}

// SaidOver: a word (or a few) typed three times or more and nothing else
// but numbers ("dvc dvc dvc dvc", its short form written out each time;
// "dvc dvc dvc 123 456"): keys pressed, not a question.
func SaidOver(tokens []string) bool {
	for len(tokens) > 0 && isNumber(tokens[len(tokens)-1]) {
		tokens = tokens[:len(tokens)-1]
	}
	for run := 1; 3*run <= len(tokens) && run <= maxSaidOver; run++ {
		if len(tokens)%run != 0 {
			continue
		}
		same := true
		for i := run; i < len(tokens) && same; i++ {
			same = tokens[i] == tokens[i%run]
		}
		if same {
			return true
		}
	}
	return false
}

// maxSaidOver bounds the run saidOver looks for.
const maxSaidOver = 4

// onlyCodes: two words or more, each an indicator's code ("hstt hstong").
func (v *Vocabulary) onlyCodes(tokens []string) bool {
	if len(tokens) < 2 {
		return false
	}
	for _, t := range tokens {
		if !v.codes[t] {
			return false
		}
	}
	return true
}

// namesUnmatched: one of the phrases occurs where no indicator found was
// matched ("giải quyết đúng hạn" beside "tỷ lệ hồ sơ" in a catalog whose
// figures never name it); a catalog that has the figure matched its words.
// partlyUnmatched: a phrase of the list is in the question and not all of
// it is part of a figure's name matched ("thanh toán trực tuyến" in a
// catalog with no payment figure, whose "trực tuyến" the files' rate
// matches; "đăng nhập cổng DVC", whose "đăng nhập" the e-commerce floor's
// logins match); not where a figure of that name is stored.
func (q *question) partlyUnmatched(list [][]string, found []termMatch) bool {
	q.index()
	for _, ph := range list {
		for _, i := range q.positions[ph[0]] {
			if !runAt(q.tokens, i, ph) {
				continue
			}
			for k := i; k < i+len(ph); k++ {
				if !slices.ContainsFunc(found, func(m termMatch) bool { return m.covers(k) }) {
					return true
				}
			}
		}
	}
	return false
}

func (q *question) namesUnmatched(list [][]string, found []termMatch) bool {
	q.index()
	for _, ph := range list {
		for _, i := range q.positions[ph[0]] {
			if !runAt(q.tokens, i, ph) {
				continue
			}
			covered := false
			for _, m := range found {
				for k := i; k < i+len(ph); k++ {
					covered = covered || m.covers(k)
				}
			}
			if !covered {
				return true
			}
		}
	}
	return false
}
