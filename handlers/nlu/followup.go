package nlu

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// FollowUp is what a message says about the question before it: whether
// it is worded as a follow-up ("còn … thì sao?"), which period it counts
// back from ("quý trước" after "quý 2/2019" is quý 1/2019), and the form
// or measure it asks the previous figure in.
type FollowUp struct {
	// Cue: the words of a follow-up ("còn", "thế còn", "thì sao", "vậy
	// còn", "luôn"): what the message does not say is kept.
	Cue bool
	// Back: "quarter", "year" or "any" when the message names the period
	// before the previous one ("quý trước", "năm trước", "kỳ trước");
	// "same" for the same part of the year before ("cùng kỳ"); "next" for
	// the one after it ("quý sau", "kỳ tiếp theo").
	Back string
	// Chart, Export: the previous figure drawn, or the quarter's workbook.
	Chart, Export bool
	// Percent: the previous figure as a share ("tính ra phần trăm").
	Percent bool
	// ServiceLevel: 3 or 4 when the message names a level of online
	// service alone ("còn mức 4?"); 0 otherwise.
	ServiceLevel int
	// BothServiceLevels: the message names both ("chia mức 3 mức 4").
	BothServiceLevels bool
	// Plural: a level named in the plural ("các huyện"): each unit of it.
	Plural bool
	// Those: the units named before, pointed at ("hai huyện này", "các
	// đơn vị trên"): the same units, not their level.
	Those bool
	// Bound: a bound the message names ("còn dưới 10%?"), which replaces
	// the one of the units listed before.
	Bound *Threshold
	// MovedTo: the value a message moves the bound to without saying
	// which way it cuts ("ngưỡng 15 thì sao", "hạ xuống 12%", "nâng lên
	// 8%"); 0 when none. The bound before keeps its side.
	MovedTo float64
}

// boundMoves are the words that move a bound to the number after them.
var boundMoves = phrases("nguong", "muc", "ha xuong", "keo xuong", "nang len", "tang len", "noi ra", "noi len", "ha nguong xuong", "nang nguong len", "ha", "giam xuong")

// movedBound is the number a bound is moved to ("hạ xuống 12%"), or 0.
func movedBound(tokens []string) float64 {
	for i := range tokens {
		for _, c := range boundMoves {
			j := i + len(c)
			if !runAt(tokens, i, c) || j >= len(tokens) {
				continue
			}
			v, ok := ReadNumber(tokens[j])
			if !ok || v <= 0 || strings.ContainsAny(tokens[j], "/-") || c[0] == "muc" && (v == 3 || v == 4) {
				// ("mức 4": a level of service, not a bound.)
				continue
			}
			return v
		}
	}
	return 0
}

var (
	followUpCues = phrases("con", "sang", "the con", "thi sao", "thi the nao", "vay con", "con thi sao", "luon", "the thi", "con voi", "the", "vay",
		"con lai", "vay thi", "tinh ra", "doi sang", "chuyen sang", "hien dat", "da dat", "dat duoc", "vay la", "the la",
		"y toi la", "y la", "ay la", "toi hoi", "toi muon hoi", "nham", "sua lai", "trong do", "nghia la", "tuc la",
		"nam do", "ky do", "quy do", "thang do", "luc do", "thoi diem do", "cung nam", "lam duoc", "thuc hien duoc", "duoc bao nhieu roi",
		// Drilling into the figure before ("chia ra từng huyện", "tách theo
		// năm", "chi tiết từng dự án").
		"chia ra", "chia theo", "tach ra", "tach theo", "tach rieng", "chi tiet ra", "chi tiet tung", "chi tiet theo", "phan theo", "theo tung")
	backCues = []struct {
		words []string
		back  string
	}{
		{[]string{"quy", "truoc"}, "quarter"}, {[]string{"quy", "lien", "truoc"}, "quarter"},
		{[]string{"nam", "truoc"}, "year"}, {[]string{"nam", "lien", "truoc"}, "year"},
		{[]string{"ky", "truoc"}, "any"}, {[]string{"lan", "truoc"}, "any"},
		{[]string{"cung", "ky"}, "same"}, {[]string{"cung", "ky", "nam", "truoc"}, "same"},
		// "quý sau thì", "quý kế tiếp", "kỳ tiếp theo": the one after.
		{[]string{"quy", "sau"}, "next"}, {[]string{"ky", "sau"}, "next"}, {[]string{"nam", "sau"}, "next"}, {[]string{"nam", "tiep", "theo"}, "next"},
	}
	exportCues  = phrases("xuat excel", "xuat file", "xuat ra excel", "file excel", "tep excel", "xuat tep", "bang tinh", "excel")
	percentCues = phrases("phan tram", "ty le", "%", "tinh ra phan tram", "bao nhieu phan tram", "so tuong doi") // ("số tương đối": a statistician's rate)
	pluralCues  = phrases("cac", "tung", "moi", "nhung")
)

// serviceLevel notes a level of online service named; the last one named
// is kept, and both when the other was named too.
func (f *FollowUp) serviceLevel(level int) {
	if f.ServiceLevel != 0 && f.ServiceLevel != level {
		f.BothServiceLevels = true
	}
	f.ServiceLevel = level
}

// ReadFollowUp reads the follow-up words of a normalised message.
func ReadFollowUp(tokens []string) FollowUp {
	var f FollowUp
	for _, c := range followUpCues {
		// "còn" only counts at the start ("còn năm 2018?"), not inside
		// "còn thiếu"; the other cues anywhere.
		if len(c) == 1 && c[0] == "con" {
			if len(tokens) > 0 && tokens[0] == "con" && !(len(tokens) > 1 && (tokens[1] == "thieu" || tokens[1] == "bao")) {
				f.Cue = true
			}
			continue
		}
		if len(c) == 1 && (c[0] == "the" || c[0] == "vay" || c[0] == "sang") {
			// "thế …", "vậy …", "sang quý 2 …" open a message that goes on
			// from the last.
			f.Cue = f.Cue || len(tokens) > 0 && tokens[0] == c[0]
			continue
		}
		if wordsIndex(tokens, c) >= 0 {
			f.Cue = true
		}
	}
	f.Cue = f.Cue || pointsBack(tokens) || AsksParts(tokens)
	f.Those = pointsAtUnits(tokens)
	f.Bound = (&question{tokens: tokens, taken: make([]bool, len(tokens)), periodTaken: make([]bool, len(tokens))}).threshold()
	if f.Bound == nil {
		f.MovedTo = movedBound(tokens)
	}
	for _, b := range backCues {
		if wordsIndex(tokens, b.words) >= 0 {
			f.Back = b.back
		}
	}
	f.Chart, f.Export, f.Percent = WantsChart(tokens), anyPhrase(tokens, exportCues), anyPhrase(tokens, percentCues)
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] != "muc" {
			continue
		}
		n := tokens[i+1]
		if n == "do" && i+2 < len(tokens) {
			n = tokens[i+2]
		}
		switch n {
		case "3", "iii":
			f.serviceLevel(3)
		case "4", "iv":
			f.serviceLevel(4)
		}
	}
	for _, t := range tokens {
		if t == "m3" {
			f.serviceLevel(3)
		}
		if t == "m4" {
			f.serviceLevel(4)
		}
	}
	for _, c := range pluralCues {
		if wordsIndex(tokens, c) >= 0 {
			f.Plural = true
		}
	}
	return f
}

// chartCues mark a request for a chart instead of a sentence.
var chartCues = phrases("ve bieu do", "ve do thi", "bieu do", "do thi", "bieudo")

// WantsChart reports whether a normalised question asks for a chart.
func WantsChart(tokens []string) bool {
	for i := range tokens {
		if chartAt(tokens, i) > 0 {
			return true
		}
	}
	return false
}

// chartAt is the length of the chart words asked at i, or 0. "đồ thị"
// (folded "do thi") asks one only first or after a word that asks for it
// ("vẽ đồ thị", "xem đồ thị"): "quý đó thì …" folds alike.
func chartAt(tokens []string, i int) int {
	n := 0
	for _, c := range chartCues {
		if len(c) > n && runAt(tokens, i, c) && (c[0] != "do" || i == 0 || chartVerbs[tokens[i-1]]) {
			n = len(c)
		}
	}
	return n
}

// chartVerbs ask for a chart named right after them.
var chartVerbs = setOf("ve", "xem", "lap", "xuat", "tao", "gui", "bang", "kem", "them", "hoac", "ra", "mot", "dang", "thanh", "cho")

// anyPhrase: one of the phrases occurs in the tokens.
func anyPhrase(tokens []string, list [][]string) bool {
	if ix, ok := indexOf(list); ok {
		return ix.byFirst.in(tokens)
	}
	for _, c := range list {
		if wordsIndex(tokens, c) >= 0 {
			return true
		}
	}
	return false
}

// WithoutChartWords drops the chart words from a normalised question: they
// are the form of the request, not its content.
func WithoutChartWords(t Text) Text {
	var out []string
	for i := 0; i < len(t.Tokens); i++ {
		if n := chartAt(t.Tokens, i); n > 0 {
			i += n - 1
			continue
		}
		out = append(out, t.Tokens[i])
	}
	return Text{Original: t.Original, Folded: joinWords(out), Tokens: out}
}

// WithoutAsides drops the words a question says beside what it asks
// (see asideSpans) from its tokens.
func WithoutAsides(t Text) Text {
	spans := asideSpans(t.Tokens)
	if len(spans) == 0 {
		return t
	}
	var toks []string
	from := 0
	for _, sp := range spans {
		toks = append(toks, t.Tokens[from:sp[0]]...)
		from = sp[1]
	}
	toks = append(toks, t.Tokens[from:]...)
	return Text{Original: t.Original, Folded: joinWords(toks), Tokens: toks}
}

// concessionOpeners open a parenthesis that concedes a point beside the
// question ("(dù số đơn vị báo cáo 2 kỳ khác nhau)"): no part of it.
var concessionOpeners = []string{"dù ", "mặc dù ", "dẫu ", "tuy "}

// dropConcessions is the message without its parentheses that concede.
func dropConcessions(message string) string {
	for from := 0; ; {
		open := strings.IndexByte(message[from:], '(')
		if open < 0 {
			return message
		}
		open += from
		end := strings.IndexByte(message[open:], ')')
		if end < 0 {
			return message
		}
		end += open
		inside := strings.ToLower(strings.TrimSpace(message[open+1 : end]))
		if slices.ContainsFunc(concessionOpeners, func(o string) bool { return strings.HasPrefix(inside, o) }) {
			message = strings.TrimRight(message[:open], " ") + message[end+1:]
			from = open
			continue
		}
		from = end + 1
	}
}

// DropAsides is the message without the words it says beside what it
// asks (see asideSpans), as typed: cut before it is split into clauses,
// so an aside's commas ("… để tôi đối chiếu với khối sở, ngành") make no
// question of their own.
func DropAsides(message string) string {
	message = dropConcessions(message)
	type word struct{ from, to int }
	var words []word
	var folded []string
	at := -1
	for i, r := range message + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		switch {
		case inWord && at < 0:
			at = i
		case !inWord && at >= 0:
			words = append(words, word{at, i})
			folded = append(folded, Fold(message[at:i]))
			at = -1
		}
	}
	spans := asideSpans(folded)
	if len(spans) == 0 {
		return message
	}
	var b strings.Builder
	from := 0
	for _, sp := range spans {
		b.WriteString(message[from:words[sp[0]].from])
		from = len(message)
		if sp[1] < len(words) {
			from = words[sp[1]-1].to
		}
	}
	b.WriteString(message[from:])
	left := strings.ReplaceAll(b.String(), "()", "")
	// (A cut opening, "Fwd: …", leaves its colon.)
	return strings.TrimLeft(strings.TrimRight(collapseSpaces(left), " ,;("), " :)[]>")
}

// asideSpans are the runs of words [from, to) a question says beside what
// it asks, in order and apart: what the asker will do with the answer, from "để
// tôi/em/mình …" to the end ("…, tách riêng từng mức độ để tôi tiện so
// sánh", "… để tôi đưa vào phần đánh giá các địa phương"), whose words
// ("so sánh", "các địa phương") are no part of what is asked; and the
// kind of unit not meant ("huyện Kỳ Anh (không phải thị xã)"), which
// names no other unit.
func asideSpans(toks []string) [][2]int {
	end := len(toks)
	for i := 3; i+1 < len(toks); i++ {
		if toks[i] == "de" && (askers[toks[i+1]] || toks[i+1] == "dua" && i+2 < len(toks) && toks[i+2] == "vao" && Asks(toks[:i])) {
			// (… "để em báo cáo", "để đưa vào bài phát biểu": why it is
			// asked.)
			end = i
			break
		}
		if toks[i] == "de" && toks[i+1] == "biet" && PhraseIndex(toks[:i], "bao nhieu") >= 0 {
			// "… là bao nhiêu ạ? Em đang tìm hiểu để biết xã có được hỗ
			// trợ gì không": after the question, why it is asked, from
			// the asker who says it.
			end = i
			for k := i - 1; k >= max(0, i-4); k-- {
				if askers[toks[k]] {
					end = k
				}
			}
			break
		}
	}
	if k := len(WithoutPoliteEnd(toks[:end])); k < end && k > 3 && toks[k-1] == "voi" && (toks[k-2] != "so" || toks[k-3] == "ho") {
		// "… tổng cộng bao nhiêu hồ sơ với ạ": the "với" of "giúp em với",
		// a plea, not a comparison ("so với", but "hồ sơ với").
		end = k - 1
	}
	var out [][2]int
	if to := toldPrefix(toks[:end]); to > 0 {
		out = append(out, [2]int{0, to})
	}
	if to := forwardPrefix(toks[:end]); to > 0 {
		out = append(out, [2]int{0, to})
	}
	if from, to := documentTitle(toks[:end]); to > from {
		out = append(out, [2]int{from, to})
	}
	for i := 1; i+3 < end; i++ {
		// "(không kể các DVC mức độ 2)", "(không tính mức 2)": what no
		// figure asked holds.
		if toks[i] != "khong" || toks[i+1] != "ke" && toks[i+1] != "tinh" {
			continue
		}
		for j := i + 2; j+1 < end && j <= i+7; j++ {
			if toks[j] == "muc" && toks[j+1] == "2" {
				out = append(out, [2]int{i, j + 2})
				break
			}
		}
	}
	for i := 1; i+2 < end; i++ {
		if toks[i] != "khong" || toks[i+1] != "phai" {
			continue
		}
		if i >= 2 && (toks[i-2] == "cac" || toks[i-2] == "nhung" || toks[i-2] == "may") {
			// "những huyện không phải thị xã, thành phố": the level
			// without those kinds, not a name's kind not meant.
			continue
		}
		for _, k := range notMeantKinds {
			if j := i + 2 + len(k); j <= end && runAt(toks, i+2, k) {
				out = append(out, [2]int{i, j})
				i = j - 1
				break
			}
		}
	}
	if from, to := submittersScope(toks[:end]); to > from {
		out = append(out, [2]int{from, to})
	}
	if end < len(toks) {
		out = append(out, [2]int{end, len(toks)})
	}
	// A title may stand after a kind not meant, or hold one: in order,
	// overlaps joined, so the words between them are cut once.
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	merged := out[:0]
	for _, sp := range out {
		if n := len(merged); n > 0 && sp[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], sp[1])
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// submittersScope is the span of "của (toàn bộ) các đơn vị đã nộp báo
// cáo" after a rate or applications ("tỷ lệ chung quý 2/2019 của toàn bộ
// các đơn vị đã nộp báo cáo"): the units a total is of, which every
// total of the quarter's reports already is, not the reports sent asked.
func submittersScope(toks []string) (from, to int) {
	for i := 2; i+3 < len(toks); i++ {
		if toks[i] != "cua" || PhraseIndex(toks[:i], "ty le chung") < 0 && PhraseIndex(toks[:i], "ho so") < 0 {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j] == "toan" || toks[j] == "bo" || toks[j] == "tat" || toks[j] == "ca" || toks[j] == "cac" || toks[j] == "nhung") {
			j++
		}
		switch {
		case j+1 < len(toks) && toks[j] == "don" && toks[j+1] == "vi":
			j += 2
		case j < len(toks) && (toks[j] == "dv" || toks[j] == "dvi"):
			j++
		default:
			continue
		}
		if j < len(toks) && toks[j] == "da" {
			j++
		}
		if j >= len(toks) || toks[j] != "nop" && toks[j] != "gui" {
			continue
		}
		j++
		if j+1 < len(toks) && toks[j] == "bao" && toks[j+1] == "cao" {
			j += 2
		}
		return i, j
	}
	return 0, 0
}

// toldPrefix is the end of who was told what the question is about, when
// it opens with it ("Ban KT-NS được phản ánh huyện Đức Thọ …": the asker's
// body, then the matter): up to "được phản ánh (là, rằng)"; 0 when none.
func toldPrefix(toks []string) int {
	for i := 1; i+2 < len(toks) && i <= 8; i++ {
		if toks[i] != "phan" || toks[i+1] != "anh" || toks[i-1] != "duoc" {
			continue
		}
		end := i + 2
		if toks[end] == "la" || toks[end] == "rang" {
			end++
		}
		if end < len(toks) {
			return end
		}
	}
	return 0
}

// forwardPrefix is the end of what a forwarded message opens with, before
// the question itself: "Fwd:", "FW:", "[Chuyển tiếp]", "Fwd từ a Quang:",
// "Anh Phong (phó chủ tịch) hỏi:", "a Hùng VP hỏi:"; 0 when none.
func forwardPrefix(toks []string) int {
	at := 0
	switch {
	case len(toks) > 1 && (toks[0] == "fwd" || toks[0] == "fw"):
		at = 1
	case len(toks) > 2 && toks[0] == "chuyen" && toks[1] == "tiep":
		at = 2
	}
	// "… từ a Quang", "… (anh Phong) hỏi": who sent it, up to "hỏi" or
	// a name of at most three words after "từ".
	for k := at + 1; k < min(len(toks)-2, at+6); k++ {
		if toks[k] == "hoi" && (at > 0 || forwarders[toks[0]]) && !meetingWords[toks[k+1]] {
			return k + 1
		}
		if toks[k] == "bao" || toks[k] == "may" || toks[k] == "co" {
			break // the question began: "hỏi" is of it ("… hội đồng")
		}
	}
	if at > 0 && toks[at] == "tu" && len(toks) > at+3 && forwarders[toks[at+1]] {
		return at + 3 // "Fwd từ a Quang: …"
	}
	return at
}

// forwarders open the name of who a question is passed on from.
var forwarders = map[string]bool{"a": true, "anh": true, "c": true, "chi": true, "ong": true, "ba": true, "sep": true}

// meetingWords follow "hội" that is no "hỏi": "hội đồng", "hội nghị",
// "hội trường".
var meetingWords = map[string]bool{"dong": true, "nghi": true, "thao": true, "vien": true, "cho": true, "truong": true} // "hội trường": a hall

// documentTitle is the span of a resolution's title said instead of its
// number ("theo Nghị quyết về đẩy mạnh ứng dụng công nghệ thông tin nhằm
// cải thiện chỉ số minh bạch là bao nhiêu"): words of its subject, not of
// the figure asked ("chỉ số minh bạch" is no index asked). From the word
// after "nghị quyết … về" to the question's own words; none when they do
// not follow.
func documentTitle(toks []string) (from, to int) {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i] != "nghi" || toks[i+1] != "quyet" {
			continue
		}
		// With its number ("NQ 22 về DVC mức 3"), what follows "về" is
		// what the resolution says of the topic asked, not its title.
		j := i + 2
		if toks[j] != "ve" {
			continue
		}
		for k := j + 1; k < len(toks); k++ {
			if titleEnds[toks[k]] {
				if k-j-1 >= 3 {
					return j + 1, k
				}
				break
			}
		}
	}
	return 0, 0
}

// titleEnds end a resolution's title said in a question.
var titleEnds = setOf("la", "bao", "may", "co", "thi", "dat", "duoc", "da", "can")

// notMeantKinds are kinds of unit a question says it does not mean.
var notMeantKinds = phrases("thi xa", "huyen", "thanh pho", "tinh", "thi tran", "xa", "phuong")

// askers are the words the asker calls themself by.
var askers = setOf("toi", "em", "minh", "tui", "chung", "bon", "chau")

// WithoutHowEnd is a message without the "thế nào", "ra sao" it ends
// with: "với Hồng Lĩnh thì thế nào" after a figure asks that figure of
// Hồng Lĩnh, not how Hồng Lĩnh is.
func WithoutHowEnd(t Text) Text {
	toks := WithoutPoliteEnd(t.Tokens)
	for _, end := range howEnds {
		if at := len(toks) - len(end); at > 0 && runAt(toks, at, end) {
			toks = toks[:at]
			return Text{Original: t.Original, Folded: joinWords(toks), Tokens: toks}
		}
	}
	return t
}

var howEnds = phrases("thi the nao", "the nao", "thi ra sao", "ra sao", "thi sao")

// sourceAskCues ask for the source, which every answer names anyway.
var sourceAskCues = phrases("ghi ro nguon", "neu ro nguon", "kem nguon", "kem theo nguon", "ghi nguon", "neu nguon", "dan nguon")

// withoutPhrases drops every occurrence of the phrases from a normalised
// question.
func withoutPhrases(t Text, list [][]string) Text {
	var out []string
	for i := 0; i < len(t.Tokens); i++ {
		skip := 0
		for _, c := range list {
			if runAt(t.Tokens, i, c) && len(c) > skip {
				skip = len(c)
			}
		}
		if skip > 0 {
			i += skip - 1
			continue
		}
		out = append(out, t.Tokens[i])
	}
	return Text{Original: t.Original, Folded: joinWords(out), Tokens: out}
}

func joinWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// StatusOf is the project status group a message names ("còn đang thực
// hiện?"), or "".
func StatusOf(tokens []string) string {
	for _, st := range projectStatus {
		if PhraseIndex(tokens, st.phrase) >= 0 {
			return st.group
		}
	}
	return ""
}

// AsksWhen: the words ask when a project runs or how far it is ("thời
// gian thực hiện", "xong chưa"), with no project of their own.
func AsksWhen(words []string) bool { return anyPhrase(words, projectWhenCues) }

// IsFragment: a message that names a figure but asks nothing of its own
// ("tổng hồ sơ tiếp nhận", "dvc mức 4 quý 1"): no question word, a few
// words, no place. After a question about a place it is that place's.
func IsFragment(words []string) bool {
	n := 0
	for _, w := range words {
		if !isNumber(w) && w != "quy" && w != "nam" && w != "thang" {
			n++
		}
	}
	return n <= 7 && !anyPhrase(words, questionWords)
}

var questionWords = phrases("bao nhieu", "may", "nao", "gi", "bn", "khong", "chua", "the nao", "ra sao", "ai", "dau", "toan tinh", "ca tinh", "tinh")

// LevelsAsWords writes a level of online service as one word ("mức độ 3",
// "mức 3" → "muc3"), so that searching tells the levels apart, in the
// question and in the texts searched alike.
func LevelsAsWords(tokens []string) []string {
	var out []string
	for i := 0; i < len(tokens); i++ {
		if tokens[i] == "muc" {
			j := i + 1
			if j < len(tokens) && tokens[j] == "do" {
				j++
			}
			if j < len(tokens) && len(tokens[j]) == 1 && tokens[j] >= "1" && tokens[j] <= "4" {
				out = append(out, "muc"+tokens[j])
				i = j
				continue
			}
		}
		out = append(out, tokens[i])
	}
	return out
}

// FundingOf is the source of money the words name ("lồng ghép": other,
// "còn thiếu", "đề xuất": proposed, "NQ 22": nq22), or "".
func FundingOf(tokens []string) string {
	for _, c := range fundingSources {
		if anyPhrase(tokens, c.cues) {
			return c.value
		}
	}
	return ""
}

// FundingParts are every source of money the words name, in the order
// other, proposed, nq22 ("NQ22 đã cấp hơn số đề xuất": proposed, nq22),
// then "granted" for money granted from no source named.
func FundingParts(tokens []string) []string {
	var out []string
	for _, c := range fundingSources {
		if anyPhrase(tokens, c.cues) {
			out = append(out, c.value)
		}
	}
	if !slices.Contains(out, "nq22") && !slices.Contains(out, "other") && anyPhrase(tokens, grantedCues) {
		// "đã cấp" with no source: both sources, set against the proposal
		// ("đề xuất nhiều hơn đã cấp bao nhiêu").
		out = append(out, "granted")
	}
	return out
}

var fundingSources = []cueValue{{otherCues, "other"}, {proposedCues, "proposed"}, {nq22Cues, "nq22"}}

// SaysMoney: the words name money outright ("kinh phí", "tiền", "vốn",
// "phân bổ"), not only "cấp", which also issues mailboxes and signatures.
func SaysMoney(tokens []string) bool { return anyPhrase(tokens, moneyWords) }

// NamesJoined: a joining word ("với", "hơn", "và") stands in the words, as
// between two names listed or compared.
func NamesJoined(tokens []string) bool {
	return slices.ContainsFunc(tokens, func(w string) bool { return projectJoins[w] })
}

// AsksLead: the words ask who leads ("cơ quan nào chủ trì?").
func AsksLead(tokens []string) bool { return anyPhrase(tokens, leadAskCues) }

var leadAskCues = phrases("chu tri", "phu trach")

// PeriodIsBase reports whether the question's one period is the base of
// a change, written right after "so với" ("tăng bao nhiêu so với năm
// 2017", "so với quý 1"), so the change is to the period after it.
func PeriodIsBase(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "so" || words[i+1] != "voi" {
			continue
		}
		j := i + 2
		if w := words[j]; (w == "nam" || w == "quy") && j+1 < len(words) {
			j++
		}
		if _, _, _, ok := FindPeriod(words[i+2:j+1], time.Time{}); ok {
			return true
		}
	}
	return false
}

// WithServiceWords names the online services before the first "mức" of a
// question that names a level of service alone ("mức 4 thì sở ngành bn").
func WithServiceWords(t Text) Text {
	at := slices.Index(t.Tokens, "muc")
	if at < 0 {
		return t
	}
	out := append(append(slices.Clip(t.Tokens[:at]), "dich", "vu", "cong"), t.Tokens[at:]...)
	return Text{Original: t.Original, Folded: joinWords(out), Tokens: out}
}

// pointsAtUnits: a unit noun followed by "này", "đó", "trên", "kia" ("hai
// huyện này", "2 đơn vị đó", "các sở trên"), or by "đó" alone ("huyện
// đó"), or counted at the start of the message ("hai huyện …").
func pointsAtUnits(tokens []string) bool {
	ranks := slices.Contains(tokens, "nhat") || slices.Contains(tokens, "nao")
	for i := range tokens {
		for _, noun := range unitNouns {
			end := i + len(noun)
			if end > len(tokens) || !slices.Equal(tokens[i:end], noun) {
				continue
			}
			counted := i > 0 && pointedCounts[tokens[i-1]]
			if end < len(tokens) && pointers[tokens[end]] && (counted || onePointers[tokens[end]]) {
				return true
			}
			k := end
			for k < len(tokens) && k < end+3 && describedBy[tokens[k]] {
				k++
			}
			if k > end && k < len(tokens) && onePointers[tokens[k]] {
				return true
			}
			if counted && i == 1 && tokens[0] != "cac" && tokens[0] != "nhung" && !ranks {
				// "Hai huyện chênh nhau mấy điểm?": the two named before,
				// not the two first of a ranking ("hai huyện nào …
				// nhất").
				return true
			}
		}
	}
	for i := 0; i+1 < len(tokens); i++ {
		if placePointers[tokens[i]] && onePointers[tokens[i+1]] && tokens[i+1] != "no" {
			// "DVC mức 4 ở đó quý 2 có mấy cái": the unit named before.
			return true
		}
	}
	return len(tokens) <= 8 && pronounAt(tokens) >= 0
}

// pronounAt is where "nó" (or Nghệ-Tĩnh "hắn") stands for what was named
// before ("quý 2 nó có mấy"), not "nợ" of "còn nợ", or -1.
func pronounAt(tokens []string) int {
	for i, w := range tokens {
		if (w == "no" || w == "han") && !(i > 0 && debtBefore[tokens[i-1]]) && !(i+1 < len(tokens) && tokens[i+1] == "dong") {
			return i
		}
	}
	return -1
}

var debtBefore = setOf("con", "bi", "dang", "khong", "tra", "cac", "khoan", "so")

var (
	unitNouns = [][]string{{"huyen"}, {"don", "vi"}, {"so"}, {"xa"}, {"dia", "phuong"}, {"noi"}, {"co", "quan"}, {"nganh"}, {"ben"}}
	// pointers after a unit's noun point at the units named before;
	// onePointers at the one ("đơn vị đó", Nghệ-Tĩnh "đơn vị nớ", "bên tê").
	pointers    = setOf("nay", "do", "tren", "kia", "vua", "ni", "ay", "no", "te", "day")
	onePointers = setOf("do", "ay", "no", "te", "day")
	// placePointers say "there" of the one unit named before ("ở đó",
	// "tại đấy").
	placePointers = setOf("o", "tai")
	// describedBy may stand between a unit's noun and its pointer: "cái
	// huyện đứng cuối đó", "đơn vị cao hơn ấy", "huyện vừa nói ấy".
	describedBy   = setOf("dung", "cuoi", "dau", "cao", "thap", "hon", "nhat", "vua", "noi", "nhieu", "it", "bet", "chot", "sau")
	pointedCounts = setOf("hai", "2", "ba", "3", "cac", "nhung")
)

// pointsBack: the message points at what was asked before: "tỷ lệ
// tương ứng", "tỷ lệ ấy", "con số đó", "quý II ấy".
func pointsBack(tokens []string) bool {
	for i := 1; i < len(tokens); i++ {
		w := tokens[i]
		if w == "ung" && tokens[i-1] == "tuong" {
			return true
		}
		if w != "ay" && w != "do" {
			continue
		}
		if pointedNouns[tokens[i-1]] || i > 1 && tokens[i-2] == "quy" && (isNumber(tokens[i-1]) || romanQuarters[tokens[i-1]]) {
			return true
		}
	}
	return false
}

// PlaceAsTopic: the message opens with what it is about and "thì"
// ("Khối các sở thì tỷ lệ chung …", "Can Lộc thì …"): set against what
// was asked before. Not the "thị" of "thị xã", "thị trấn", "thị trường",
// "đồ thị", "hiển thị", nor the "thi" of "thực thi", "dự thi", "kỳ thi".
func PlaceAsTopic(tokens []string) bool {
	for i := 1; i < len(tokens) && i <= 6; i++ {
		if tokens[i] != "thi" || notTopicBefore[tokens[i-1]] || i+1 < len(tokens) && notTopicAfter[tokens[i+1]] {
			continue
		}
		return true
	}
	return false
}

var (
	notTopicBefore = setOf("do", "thuc", "du", "ky", "cuoc", "hien", "tiep")
	notTopicAfter  = setOf("xa", "tran", "truong", "diem", "hanh", "cong")
)

// PointsAtFigure: "con số đó", "số liệu ấy", "khoản trên": the figure
// the chat stated before.
func PointsAtFigure(tokens []string) bool {
	for i := 2; i < len(tokens); i++ {
		// ("số liệu tương ứng", "con số tương ứng": the same figure's.)
		pointed := pointers[tokens[i]] || tokens[i] == "tuong" && i+1 < len(tokens) && tokens[i+1] == "ung"
		if pointed && (tokens[i-2] == "con" && tokens[i-1] == "so" || tokens[i-2] == "so" && tokens[i-1] == "lieu" || tokens[i-1] == "khoan") {
			return true
		}
	}
	return false
}

// pointedNouns are the last words of what "ấy", "đó" point back at ("tỷ
// lệ ấy", "con số đó", "số liệu ấy", "khoản đó").
var pointedNouns = setOf("le", "lieu", "khoan", "quy", "nam", "ky", "thang")

// romanQuarters number quarters as the report does ("quý II").
var romanQuarters = map[string]bool{"i": true, "ii": true, "iii": true, "iv": true}

// PointsAtProject: "dự án đó", "dự án này", "dự án trên", "chuyên mục
// đó": the project named before.
func PointsAtProject(tokens []string) bool {
	for i := 0; i+2 < len(tokens); i++ {
		if projectNouns[tokens[i]+" "+tokens[i+1]] && pointers[tokens[i+2]] {
			// "dự án đó", "chuyên mục đó", "phần mềm này"
			return true
		}
	}
	return false
}

// BareProject: "dự án" alone, one project and none named ("riêng năm 2018
// dự án được cấp bao nhiêu"): not many ("các dự án", "mấy dự án"), not a
// number or a name after it.
func BareProject(tokens []string) bool {
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] != "du" || tokens[i+1] != "an" {
			continue
		}
		if i > 0 && (manyProjects[tokens[i-1]] || i > 1 && tokens[i-2] == "bao" && tokens[i-1] == "nhieu") {
			return false
		}
		if i+2 < len(tokens) && (isNumber(tokens[i+2]) || tokens[i+2] == "so" || tokens[i+2] == "nao") {
			return false
		}
		return true
	}
	return false
}

// manyProjects before "dự án" make it more than one.
var manyProjects = setOf("cac", "nhung", "may", "moi", "tung", "tat", "ca", "hai", "ba", "2", "3")

// projectNouns are what projects are, named in their titles.
var projectNouns = map[string]bool{"du an": true, "chuyen muc": true, "phan mem": true, "hang muc": true, "nhiem vu": true}

// WholeSpan: "cả giai đoạn", "toàn bộ dự án": every year of what was
// asked, not the one named before.
func WholeSpan(tokens []string) bool {
	if anyPhrase(tokens, wholeSpanCues) {
		return true
	}
	// "cả 3 năm cộng lại", "cả ba năm", "tổng 3 năm": every year, not two
	// of them.
	for i := 0; i+2 < len(tokens); i++ {
		n, spoken := countWords[tokens[i+1]]
		if d, err := strconv.Atoi(tokens[i+1]); err == nil {
			n, spoken = d, true
		}
		if (tokens[i] == "ca" || tokens[i] == "tong") && spoken && n >= 3 && tokens[i+2] == "nam" {
			return true
		}
	}
	return false
}

var wholeSpanCues = phrases("ca giai doan", "toan giai doan", "toan bo giai doan", "ca du an", "toan bo du an", "tat ca cac nam", "ca thoi ky")

// BothQuarters: "cả 2 quý", "hai quý": the two quarters a chat asked, or
// the one asked and the one before it.
func BothQuarters(tokens []string) bool {
	return twoOf(tokens, func(w string) bool { return w == "quy" })
}

// BothPeriods: "hai kỳ", "2 năm", "hai đợt", "hai quý": the two periods a
// chat asked the same figure of.
func BothPeriods(tokens []string) bool {
	return twoOf(tokens, func(w string) bool { return periodNouns[w] })
}

// periodNouns name a period counted ("hai kỳ", "hai năm").
var periodNouns = map[string]bool{"ky": true, "quy": true, "nam": true, "dot": true, "moc": true, "thang": true}

// twoOf: "hai" or "2" right before a word noun holds.
func twoOf(tokens []string, noun func(string) bool) bool {
	for i := 0; i+1 < len(tokens); i++ {
		if (tokens[i] == "hai" || tokens[i] == "2") && noun(tokens[i+1]) {
			return true
		}
	}
	return false
}

// bothNouns are the things a message takes two of when it sets the two
// figures asked in turn together ("2 khoản đó", "tổng 2 cấp vừa hỏi",
// "gộp 2 dự án", "hai con số").
var bothNouns = setOf("khoan", "cap", "du", "con", "muc", "chi", "loai")

// reverseCues turn a ranking around ("ngược lại thì sao", "đảo lại thứ
// tự").
var reverseCues = phrases("nguoc lai", "dao lai", "dao nguoc", "chieu nguoc")

// Reverses: the message turns the ranking before around.
func Reverses(tokens []string) bool { return anyPhrase(tokens, reverseCues) }

// AsksDifference: the message asks a difference ("chênh nhau", "hơn kém",
// "cách nhau").
func AsksDifference(tokens []string) bool { return anyPhrase(tokens, diffCues) }

// BothAsked: the message speaks of two things asked before: the words of
// BothUnits, "2 khoản", "2 cấp", "2 dự án", or "… thứ nhất … thứ hai".
func BothAsked(tokens []string) bool {
	if BothUnits(tokens) {
		return true
	}
	for i := 0; i+1 < len(tokens); i++ {
		if (tokens[i] == "hai" || tokens[i] == "2") && bothNouns[tokens[i+1]] {
			return true
		}
	}
	return wordsIndex(tokens, []string{"thu", "nhat"}) >= 0 &&
		(wordsIndex(tokens, []string{"thu", "hai"}) >= 0 || wordsIndex(tokens, []string{"thu", "2"}) >= 0)
}

// BothUnits: "hai huyện", "2 ngành", "cả hai": the two units a chat asked.
func BothUnits(tokens []string) bool {
	if slices.Contains(tokens, "hon") && !slices.Contains(tokens, "nhat") {
		// "cái nào cao hơn", "bên nào nhiều hơn": which of the two.
		for i := 0; i+1 < len(tokens); i++ {
			if tokens[i+1] == "nao" && (tokens[i] == "cai" || tokens[i] == "ben" || tokens[i] == "noi" || unitNounWords[tokens[i]]) {
				return true
			}
		}
	}
	for i := 0; i+1 < len(tokens); i++ {
		if (tokens[i] == "hai" || tokens[i] == "2") && (unitNounWords[tokens[i+1]] || tokens[i+1] == "nganh" || tokens[i+1] == "noi" || tokens[i+1] == "ben") ||
			tokens[i] == "ca" && tokens[i+1] == "hai" {
			return true
		}
	}
	return false
}
