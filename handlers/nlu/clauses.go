package nlu

import (
	"strings"
	"unicode/utf8"
)

// askingCues are the words that make a clause a question of its own.
var askingCues = phrases("bao nhieu", "may", "nao", "%", "phan tram", "ra sao", "the nao", "la gi", "nhieu nhat", "it nhat", "nhieu khong",
	"cao nhat", "thap nhat",
	// "cho em biết tổng số dự án"
	"biet tong so",
	// "đâu là tỷ lệ, đâu là số hồ sơ": which is which.
	"dau la")

// Clauses splits a message that asks two things in two clauses ("nhận bao
// nhiêu hồ sơ, trực tuyến mấy", "kp còn thiếu bn; riêng phần mềm đề xuất
// bn") at its commas, semicolons and inner question marks, when every
// piece asks something of its own. A message that lists before asking
// ("Can Lộc, Thạch Hà quý 2 bao nhiêu") is one clause; so is a decimal
// comma ("3,6%"). Nil when the message is one question.
func Clauses(message string) []string {
	parts := Pieces(message)
	if len(parts) < 2 {
		return nil
	}
	// A piece that asks nothing belongs to the next one ("Can Lộc, Thạch
	// Hà bao nhiêu"): joined back, the message may be one question.
	var out []string
	pending := ""
	for _, part := range parts {
		if rest, ok := alongWith(part); ok && (pending != "" || len(out) > 0) {
			// ("DVC mức 4 cả tỉnh, kèm DVC mức 4 tăng thêm theo NQ22": a
			// second figure asked along with the first, which asks by
			// naming it.)
			if pending != "" {
				out, pending = append(out, pending), ""
			}
			out = append(out, rest)
			continue
		}
		if own := Normalize(part).Tokens; !Asks(own) && (len(out) > 0 || pending != "") && joinsFigure(own) {
			// "…, đồng thời số hồ sơ năm 2018", "…, cùng với số hồ sơ trực
			// tuyến quý đó": one more figure listed, asked as the one
			// before.
			if pending != "" {
				out, pending = append(out, pending), ""
			}
			out = append(out, part)
			continue
		}
		if pending != "" {
			part = pending + ", " + part
			pending = ""
		}
		toks := Normalize(part).Tokens
		if len(out) > 0 && !Asks(toks) && listedAfter(out[len(out)-1], toks) {
			// ("… bao nhiêu hồ sơ DVC mức 3, mức 4; trong đó …": "mức 4"
			// is listed with "mức 3" before it.)
			out[len(out)-1] += ", " + part
			continue
		}
		if len(out) > 0 && len(toks) > 1 && toks[0] == "chiem" && anyPhrase(toks, wholeWords) {
			// ("Sở Tài chính có bao nhiêu hồ sơ trực tuyến, chiếm bao
			// nhiêu % toàn tỉnh": the share of the figure before, which
			// is its subject.)
			out[len(out)-1] += ", " + part
			continue
		}
		if !Asks(toks) && !(len(out) > 0 && len(toks) > 1 && toks[0] == "rieng") {
			// ("…, riêng năm 2018?": a follow-up of the question before.)
			pending = part
			continue
		}
		out = append(out, part)
	}
	if pending != "" && len(out) > 0 && !requestOnly(Normalize(pending).Tokens) {
		// ("…, đâu là số hồ sơ? Đề nghị nêu cả hai.": a request to
		// answer them all, no words of the last.)
		out[len(out)-1] += ", " + pending
	}
	if len(out) < 2 {
		return nil
	}
	for i := 1; i < len(out); i++ {
		out[i] = withoutLeadingJoin(out[i])
	}
	return out
}

// requestWords ask for an answer and say nothing of what it is of:
// "đề nghị nêu rõ cả hai", "xin trả lời cụ thể". (Not cue words: a
// unit's name may hold them, "Thạch Hải".)
// ListedPieces reads a message that lists three figures or more: "tỷ lệ
// … năm 2018, số hồ sơ … 5 tháng đầu năm 2019 và kinh phí còn thiếu năm
// 2020": its pieces at the commas, the last cut at its one "và"; nil
// when fewer than three.
func ListedPieces(message string) []string {
	pieces := Pieces(message)
	if len(pieces) < 2 {
		return nil
	}
	// A list ends with its joining word before the last item ("…, B và
	// C", "…, và C", "…, cùng với C"); commas alone may part one
	// question's words ("chương trình tập huấn người dân, doanh nghiệp
	// …").
	last := pieces[len(pieces)-1]
	if sides := AndSides(last); len(sides) == 2 && len(strings.Fields(sides[0])) >= 2 && len(strings.Fields(sides[1])) >= 2 {
		pieces = append(pieces[:len(pieces)-1], sides...)
	} else if !joinsFigure(Normalize(last).Tokens) {
		return nil
	}
	for i := 1; i < len(pieces); i++ {
		pieces[i] = withoutLeadingJoin(pieces[i])
	}
	if len(pieces) < 3 {
		return nil
	}
	for _, piece := range pieces {
		// Items named, not clauses that ask ("…: đã cấp bao nhiêu và đề
		// xuất bao nhiêu?"), nor a word or two qualifying the one before
		// ("…, gồm cả bố trí và lồng ghép").
		if toks := Normalize(piece).Tokens; Asks(toks) || len(toks) < 3 {
			return nil
		}
	}
	return pieces
}

// figureJoins open a piece that lists one more figure ("và", "đồng
// thời", "cùng với", "kèm theo").
var figureJoins = phrases("va", "dong thoi", "cung voi", "voi theo", "them")

// joinsFigure: the piece opens with a joining word and names more than it
// (not "và Can Lộc" alone, which goes with the words after).
func joinsFigure(toks []string) bool {
	for _, j := range figureJoins {
		if runAt(toks, 0, j) && len(toks) >= len(j)+2 {
			return true
		}
	}
	return false
}

var requestWords = map[string]bool{"de": true, "nghi": true, "xin": true, "neu": true, "ro": true, "ca": true, "hai": true, "2": true, "giup": true, "cho": true, "toi": true, "em": true, "a": true, "nhe": true, "tra": true, "loi": true, "cu": true, "the": true, "day": true, "du": true, "chinh": true, "xac": true, "hay": true, "vui": true, "long": true, "cam": true, "on": true, "lam": true}

// requestOnly: every word of the piece is a request's.
func requestOnly(tokens []string) bool {
	for _, t := range tokens {
		if !requestWords[t] {
			return false
		}
	}
	return len(tokens) > 0
}

// withoutLeadingJoin drops the words that open a clause by joining it to
// the one before ("đồng thời bao nhiêu sở đã nộp", "ngoài ra …").
func withoutLeadingJoin(clause string) string {
	words := strings.Fields(clause)
	for _, j := range spokenJoins {
		if len(words) > len(j) && Fold(strings.ToLower(strings.Join(words[:len(j)], " "))) == strings.Join(j, " ") {
			return strings.Join(words[len(j):], " ")
		}
	}
	return clause
}

// listedAfter: the piece is a word and a number or two ("mức 4", "quý
// 2") after a clause that ends with the same word and a number ("… mức
// 3"): an item of the same list.
func listedAfter(before string, piece []string) bool {
	b := Normalize(before).Tokens
	return len(piece) >= 2 && len(piece) <= 3 && len(b) >= 2 && piece[0] == b[len(b)-2] && isNumber(b[len(b)-1]) && isNumber(piece[1])
}

// wholeWords name the whole a share is of, other units ("toàn tỉnh", "các
// huyện").
var wholeWords = phrases("toan tinh", "ca tinh", "cua tinh", "cac huyen", "cac so", "cap huyen", "cap so", "cap xa", "cac don vi")

// Asks: the words ask something ("bao nhiêu", "mấy", "nào", "%", …).
func Asks(tokens []string) bool { return anyPhrase(tokens, askingCues) }

// Pieces splits a message at its commas, semicolons and inner question
// marks, as Clauses does, whatever each piece asks.
func Pieces(message string) []string { return sentencePieces(message, ",;?") }

// PiecesAt cuts a message at the marks given, as Pieces does: not between
// two digits ("4,92%"), nor between nouns listed.
func PiecesAt(message, marks string) []string { return sentencePieces(message, marks) }

// alongWith: the piece opens with "kèm" or "kèm theo" (along with), and
// rest is what it asks.
func alongWith(piece string) (rest string, ok bool) {
	words := strings.Fields(piece)
	n := 0
	switch {
	case len(words) > 2 && strings.EqualFold(words[0], "kèm") && strings.EqualFold(words[1], "theo"):
		n = 2
	case len(words) > 1 && strings.EqualFold(words[0], "kèm"):
		n = 1
	default:
		return "", false
	}
	return strings.Join(words[n:], " "), true
}

// listNouns are the nouns a comma lists ("xã, thị trấn", "sở, ban,
// ngành"): such a comma joins, it does not end a question.
var listNouns = map[string]bool{"xa": true, "phuong": true, "thi": true, "tran": true, "huyen": true, "thanh": true,
	"pho": true, "so": true, "ban": true, "nganh": true, "tinh": true}

func listedNouns(before, after string) bool {
	b, a := Normalize(before).Tokens, Normalize(after).Tokens
	// "các sở, Sở Công Thương …" is no list: the same noun twice.
	return len(b) > 0 && len(a) > 0 && listNouns[b[len(b)-1]] && listNouns[a[0]] && b[len(b)-1] != a[0]
}

// spokenJoins join two questions in one breath: "… xếp hạng mấy với lại
// điểm minh bạch bao nhiêu", "… có bao nhiêu rồi thì mỗi xã được mấy".
var spokenJoins = phrases("voi lai", "roi thi", "them nua la", "ngoai ra", "dong thoi", "ben canh do")

// SpokenClauses splits a message at the words that join two questions
// in speech ("với lại", "rồi thì", "thêm nữa là", "ngoài ra") or in an
// official's letter ("đồng thời", "bên cạnh đó"), when
// every side asks something of its own; nil otherwise.
func SpokenClauses(message string) []string {
	words := strings.Fields(message)
	var out []string
	from := 0
	for i := 1; i < len(words); i++ {
		for _, j := range spokenJoins {
			if i+len(j) >= len(words) || Fold(strings.Join(words[i:i+len(j)], " ")) != strings.Join(j, " ") {
				continue
			}
			out = append(out, strings.Join(words[from:i], " "))
			from = i + len(j)
			i = from
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	out = append(out, strings.Join(words[from:], " "))
	for _, side := range out {
		if !Asks(Normalize(side).Tokens) {
			return nil
		}
	}
	return out
}

// TwoAsks splits a message that asks twice, each ask ending its words
// ("5 thang dau nam nay ti le hs online bn hs bn", "2018 tổng hs … bn tỷ
// lệ bn"): the words up to the first ask, and the rest; nil otherwise.
func TwoAsks(message string) []string {
	words := strings.Fields(message)
	var asks []int
	for i, w := range words {
		f := Fold(strings.Trim(w, "?,.!"))
		if f == "bn" || f == "may" || f == "nhieu" && i > 0 && Fold(words[i-1]) == "bao" {
			asks = append(asks, i)
		}
	}
	if len(asks) != 2 || asks[0] < 2 || asks[1]-asks[0] < 2 || asks[1] < len(words)-2 {
		return nil
	}
	return []string{strings.Join(words[:asks[0]+1], " "), strings.Join(words[asks[0]+1:], " ")}
}

// AndSides splits a message at its one word "và" ("va" typed without
// marks), or returns nil.
func AndSides(message string) []string {
	words := strings.Fields(message)
	at := -1
	for i, w := range words {
		if strings.EqualFold(w, "và") || strings.EqualFold(w, "va") {
			if at >= 0 {
				return nil
			}
			at = i
		}
	}
	if at <= 0 || at == len(words)-1 {
		return nil
	}
	return []string{strings.Join(words[:at], " "), strings.Join(words[at+1:], " ")}
}

// Numbered splits a message that numbers its questions ("1) Số hồ sơ
// nộp trực tuyến năm 2018; 2) tỷ lệ tương ứng", "a. … b. …", "- …; - …")
// into the items, without their marks: each item is a question, whatever
// it asks. Nil unless the marks count on from the first (1, 2, … or a,
// b, …) or two dashes or more start items.
func Numbered(message string) []string {
	return NumberedList(message).Items
}

// List is a message that numbers its questions: the words before the
// first mark (Lead: "Kính mong cho biết năm 2018:"), the items, and a
// sentence after the last item's own (Tail: "… c) tổng DVC mức 3. Cộng a
// với b có khớp c không?").
type List struct {
	Lead  string
	Items []string
	Tail  string
}

// NumberedList reads a message as Numbered does, keeping what stands
// before the first mark and after the last item's sentence.
func NumberedList(message string) List {
	marks := itemMarks(message)
	if len(marks) < 2 {
		marks = dashMarks(message)
	}
	if len(marks) < 2 {
		return List{}
	}
	l := List{Lead: strings.Trim(message[:marks[0][0]], " ;,\n")}
	for k, m := range marks {
		end := len(message)
		if k+1 < len(marks) {
			end = marks[k+1][0]
		}
		item := strings.Trim(message[m[1]:end], " ;,\n")
		if item == "" {
			return List{}
		}
		l.Items = append(l.Items, item)
	}
	last := l.Items[len(l.Items)-1]
	if i := strings.IndexAny(last, ".?!"); i > 0 && i+1 < len(last) && last[i+1] == ' ' && !shortWordBefore(last, i) {
		if tail := strings.Trim(last[i+1:], " ;,\n"); tail != "" {
			l.Items[len(l.Items)-1], l.Tail = strings.TrimSpace(last[:i]), tail
		}
	}
	return l
}

// shortWordBefore: the word right before byte i has at most two letters
// ("TP. Hà Tĩnh"): its dot marks an abbreviation, not a sentence's end.
func shortWordBefore(s string, i int) bool {
	word := s[strings.LastIndexAny(s[:i], " ;,(")+1 : i]
	return word != "" && utf8.RuneCountInString(word) <= 2 && !isNumber(word)
}

// itemMarks finds the marks "1)", "2." or "a)", "b." (or "1/ ", "2/ "
// before a word, not "1/ 2019") that count on from the first, each right
// after the start, a space or a separator and before a space: the byte
// ranges of each mark.
func itemMarks(message string) [][2]int {
	var marks [][2]int
	next := byte(0)
	for i := 0; i+1 < len(message); i++ {
		c := message[i]
		// "(1) … (2) …": the opening parenthesis is part of the mark.
		open := i > 0 && message[i-1] == '(' && message[i+1] == ')' && (i == 1 || message[i-2] == ' ' || message[i-2] == '\n')
		if (i > 0 && message[i-1] != ' ' && message[i-1] != ';' && message[i-1] != '\n' && message[i-1] != ',' && !open) ||
			(message[i+1] != ')' && message[i+1] != '.' && !(message[i+1] == '/' && i+3 < len(message) && !isDigit(message[i+3]))) ||
			(i+2 < len(message) && message[i+2] != ' ') {
			continue
		}
		switch {
		case next == 0 && (c == '1' || c == 'a'):
			next = c
		case next != 0 && c == next+1:
			next = c
		default:
			continue
		}
		from := i
		if open {
			from = i - 1
		}
		marks = append(marks, [2]int{from, i + 2})
	}
	return marks
}

// dashMarks finds the dashes that start items: "-" (or "–", "+", "•") at
// the start of the message or after ":", ";", a new line or "…", spaces
// aside, and before a space. A dash between numbers ("2018 - 2019") starts none.
func dashMarks(message string) [][2]int {
	var marks [][2]int
	for i := 0; i < len(message); i++ {
		width := 0
		switch {
		case message[i] == '-' || message[i] == '+':
			width = 1
		case strings.HasPrefix(message[i:], "–"):
			width = len("–")
		case strings.HasPrefix(message[i:], "•"):
			width = len("•")
		default:
			continue
		}
		if i+width < len(message) && message[i+width] != ' ' {
			continue
		}
		// After the start, ":", ";", a new line, or the end of a sentence
		// ("- Sàn TMĐT: đã cấp ... - Tư vấn pháp lý: …"; "1.995 - 1.967" is
		// no list).
		before := strings.TrimRight(message[:i], " ")
		if before != "" && !strings.ContainsAny(before[len(before)-1:], ":;\n") && !strings.HasSuffix(before, "...") && !strings.HasSuffix(before, "…") {
			continue
		}
		marks = append(marks, [2]int{i, i + width})
	}
	return marks
}
