package nlu

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A long message that tells about the asker before (or after) it asks:
// "Em là chủ tịch xã mới, xin hỏi hồi năm 2019 mỗi xã được cung cấp bao
// nhiêu DVC mức 3", "Xã em giáp thành phố nên em quan tâm lắm. Thành phố
// Hà Tĩnh quý 2/2019 tỷ lệ hồ sơ trực tuyến là bao nhiêu ạ".

// requestOpeners open the request itself: what follows is the question.
var requestOpeners = phrases("cho em hoi", "cho toi hoi", "cho chi hoi", "cho anh hoi", "cho minh hoi", "cho chau hoi",
	"cho hoi", "xin hoi", "cho em xin", "cho toi xin", "cho chi xin", "cho minh xin", "em muon biet", "toi muon biet",
	"chi muon biet", "muon biet", "muon hoi", "hoi giup", "tra giup", "nho bot")

// SplitAsked splits a message into the pieces that ask and the pieces
// before them that only tell: from the piece that opens the request on
// ("…, cho em hỏi …"), or else the sentences that ask. False when the
// message is one piece, or every piece asks.
func SplitAsked(message string) (asked, told []string, ok bool) {
	pieces := sentencePieces(message, ",;.?!")
	for k, piece := range pieces {
		if !anyPhrase(Normalize(piece).Tokens, requestOpeners) {
			continue
		}
		if before, from, ok := cutAtOpener(piece); ok {
			// "Trước khi lên xã em làm ở văn phòng UBND huyện nên muốn
			// biết …": the request starts inside the piece.
			return append([]string{from}, pieces[k+1:]...), append(pieces[:k:k], before), true
		}
		if k > 0 {
			return pieces[k:], pieces[:k], true
		}
	}
	sentences := sentencePieces(message, ".?!")
	if len(sentences) < 2 {
		return nil, nil, false
	}
	for _, s := range sentences {
		if Asks(Normalize(s).Tokens) {
			asked = append(asked, s)
		} else {
			told = append(told, s)
		}
	}
	if len(asked) == 0 || len(told) == 0 {
		return nil, nil, false
	}
	return asked, told, true
}

// cutAtOpener splits a piece where a request opener starts, when words
// come before it: what they tell, and the request.
func cutAtOpener(piece string) (before, from string, ok bool) {
	// The byte offset each word starts at, so the pieces are the
	// message's own text.
	var starts []int
	for i, r := range piece {
		if !unicode.IsSpace(r) && (i == 0 || unicode.IsSpace(lastRune(piece[:i]))) {
			starts = append(starts, i)
		}
	}
	for _, at := range starts[min(1, len(starts)):] {
		tokens := Normalize(piece[at:]).Tokens
		for _, o := range requestOpeners {
			if runAt(tokens, 0, o) {
				return strings.TrimSpace(piece[:at]), piece[at:], true
			}
		}
	}
	return "", "", false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// sentencePieces splits a message at the given marks, but not inside a
// number ("4,92", "1.995") nor at a comma that lists ("xã, thị trấn").
func sentencePieces(message, marks string) []string {
	var out []string
	start := 0
	for i := 0; i < len(message); i++ {
		if strings.IndexByte(marks, message[i]) < 0 {
			continue
		}
		if i > 0 && i+1 < len(message) && isDigit(message[i-1]) && isDigit(message[i+1]) {
			continue
		}
		if message[i] == ',' && listedNouns(message[:i], message[i+1:]) {
			continue
		}
		if part := strings.TrimSpace(message[start:i]); part != "" {
			out = append(out, part)
		}
		start = i + 1
	}
	if part := strings.TrimSpace(message[start:]); part != "" {
		out = append(out, part)
	}
	return out
}

// askerSubjects open a piece that tells about the asker ("em từng làm
// một cửa ở Can Lộc", "chị mới nhận chức"), as typed: "ảnh" (photos)
// folds like "anh", "chỉ" like "chị".
var askerSubjects = map[string]bool{"em": true, "e": true, "chị": true, "anh": true, "tôi": true, "toi": true, "mình": true, "cháu": true, "tui": true,
	"bác": true, "ông": true, "bà": true, "chú": true, "cô": true}

// AboutAsker: a piece that asks nothing and opens with the asker as its
// subject.
func AboutAsker(piece string) bool {
	words := strings.Fields(strings.ToLower(norm.NFC.String(piece)))
	for len(words) > 2 && (words[0] == "dạ" || words[0] == "vâng" || words[0] == "thưa") {
		// "Dạ em có số … rồi ạ": the asker after a yes.
		words = words[1:]
	}
	tokens := Normalize(piece).Tokens
	if len(words) > 2 && words[0] == "bên" && askerSubjects[words[1]] && len(tokens) > 2 && tokens[0] == "ben" {
		// "bên em muốn qua chào giải pháp": the asker's office.
		words, tokens = words[1:], tokens[1:]
	}
	if len(words) < 2 || !askerSubjects[words[0]] || words[0] == "anh" && isASCII(piece) {
		// Typed without marks, "anh" may be "ảnh" ("tin, anh về CCHC").
		return false
	}
	if len(tokens) > 1 && askerRequests[tokens[1]] && !(len(tokens) > 2 && askerErrands[tokens[2]]) {
		// "Tôi cần số liệu …", "em muốn biết …": a request, which asks
		// (not "em muốn qua chào giải pháp", the asker's own errand).
		return false
	}
	if searchCue(tokens) != nil {
		// "em copy nguyên câu trong báo cáo": asks for the report's words.
		return false
	}
	return !Asks(tokens)
}

// askerRequests, after the asker, make a piece a request.
var askerRequests = map[string]bool{"can": true, "muon": true, "xin": true, "nho": true}

// askerErrands, after "muốn", are the asker's own doings, not a request.
var askerErrands = setOf("qua", "sang", "chao", "gap", "ban", "hop", "gioi")

// premiseEnds open the piece that asks after a premise: "BC 47 nói DVC
// mức 4 cấp sở chỉ có ở STC, SCT, vậy Sở Y tế quý 1 bao nhiêu".
var premiseEnds = phrases("vay thi", "vay", "the thi", "nhu vay thi", "nhu vay", "de nghi cho biet", "xin cho biet", "de nghi bot cho biet")

// AfterPremise is what a message asks after the premise it states first
// ("…, vậy Sở Y tế báo cáo quý 1/2019 bao nhiêu DVC mức 4?"), without
// the premise, whose names are not what is asked; ok is false when no
// piece after the first opens with "vậy" or the premise itself asks.
func AfterPremise(message string) (string, bool) {
	pieces := sentencePieces(message, ",;.?")
	for i := 1; i < len(pieces); i++ {
		toks := Normalize(pieces[i]).Tokens
		for _, ph := range premiseEnds {
			if !runAt(toks, 0, ph) || len(toks) == len(ph) {
				continue
			}
			for _, before := range pieces[:i] {
				if Asks(Normalize(before).Tokens) {
					return "", false
				}
			}
			words := strings.Fields(pieces[i])
			if len(words) <= len(ph) {
				return "", false
			}
			return strings.Join(append([]string{strings.Join(words[len(ph):], " ")}, pieces[i+1:]...), ", "), true
		}
	}
	return "", false
}

// WithoutApology drops the sentences of a message that apologise for a
// slip ("Xin lỗi đồng chí, tôi bấm nhầm. Kính hỏi …"): what it asks in
// the sentences after them. ("Em gõ nhầm, ý em là năm 2018" is one
// sentence, which corrects the question before.)
func WithoutApology(message string) (string, bool) {
	if !strings.ContainsAny(message, ".!") || !anyPhrase(Normalize(message).Tokens, apologyCues) {
		return "", false // (most messages: one pass, no piece read)
	}
	pieces := sentencePieces(message, ".!")
	last := -1
	for i, piece := range pieces {
		if anyPhrase(Normalize(piece).Tokens, apologyCues) {
			last = i
		}
	}
	if last < 0 || last == len(pieces)-1 {
		return "", false
	}
	return strings.Join(pieces[last+1:], ", "), true
}

// apologyCues say sorry for a slip.
var apologyCues = phrases("xin loi", "sorry", "bam nham", "go nham", "gui nham", "an nham", "nham may", "nham tin")

// againstCues open the part of a message that sets a figure against
// another: "so với con số 1385 của BC 47", "đối chiếu với số 23 trong BC 47".
var againstCues = phrases("so voi", "doi chieu voi", "doi chieu", "so sanh voi", "doi voi")

// AgainstReport splits a message that sets the units' own figure against
// a report's ("Tổng DVC mức 3 các huyện tự báo cáo quý 1/2019 so với con
// số 1385 của BC 47?") into what is asked and the words that name the
// report's figure; ok is false when no "so với …" part names a report
// ("BC 47", "báo cáo số 47", "47/BC-STTTT").
func AgainstReport(message string) (asked, against string, ok bool) {
	if all := Normalize(message).Tokens; !anyPhrase(all, againstCues) || !namesReport(all) {
		return "", "", false // (each word's rest read only when it may)
	}
	for i := 1; i < len(message); i++ {
		if message[i-1] != ' ' || message[i] == ' ' {
			continue // not the start of a word after the first
		}
		toks := Normalize(message[i:]).Tokens
		for _, ph := range againstCues {
			if runAt(toks, 0, ph) && namesReport(toks[len(ph):]) {
				if asked := strings.TrimRight(message[:i], " ,;"); asked != "" {
					return asked, message[i:], true
				}
			}
		}
	}
	return "", "", false
}

// namesReport: the words name a report by its number ("bc 47", "báo cáo
// số 47") or its code ("47/bc-stttt").
func namesReport(toks []string) bool {
	for i, t := range toks {
		if isDocumentCode(t) {
			return true
		}
		if t != "bc" && !(t == "bao" && i+1 < len(toks) && toks[i+1] == "cao") {
			continue
		}
		j := i + 1
		if t == "bao" {
			j++
		}
		if j < len(toks) && toks[j] == "so" {
			j++
		}
		if j < len(toks) && isDigits(toks[j]) {
			return true
		}
	}
	return false
}

// WithoutSourceRef drops an opening that names the report a question is
// about ("Theo BC 47, …", "theo báo cáo số 47, …", "Theo báo cáo của Sở
// TT&TT thì …"): its number is no quantity or rank asked, its author no
// unit asked, and the report is where the figures come from.
func WithoutSourceRef(message string) (string, bool) {
	if rest, ok := afterReportSays(message); ok {
		return rest, true
	}
	head, rest, ok := strings.Cut(message, ",")
	if !ok {
		// ("Theo báo cáo của Sở TT&TT thì năm 2018 …": closed by "thì".)
		head, rest, ok = strings.Cut(message, " thì ")
	}
	if !ok || strings.TrimSpace(rest) == "" {
		return "", false
	}
	toks := Normalize(head).Tokens
	if len(toks) < 3 || len(toks) > 6 && !byReportAuthor(toks) || toks[0] != "theo" || !namesReport(toks[1:]) && !byReportAuthor(toks) {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// afterReportSays is what a message asks after the report named as
// saying it ("bc 47 của Sở TTTT ghi 5 tháng đầu năm 2019 có bao nhiêu hồ
// sơ …", "Báo cáo 47 nêu …"): the report opens the message, at most its
// author after it, then "ghi" or "nêu" and a question of a figure.
func afterReportSays(message string) (string, bool) {
	for _, verb := range []string{" ghi ", " nêu ", " ghi là ", " nêu là "} {
		head, rest, ok := strings.Cut(message, verb)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		if after := Normalize(rest).Tokens; len(after) > 0 && (after[0] == "gi" || after[0] == "ve" || after[0] == "nhung" || after[0] == "the" || after[0] == "ra" || after[0] == "nhu") {
			// "Báo cáo 47 ghi gì về …", "nêu thế nào": what the report
			// says is asked, its words.
			continue
		}
		toks := Normalize(head).Tokens
		if len(toks) < 2 || len(toks) > 10 || toks[0] != "bc" && toks[0] != "bao" || !namesReport(toks) {
			continue
		}
		if i := slices.Index(toks, "cua"); i >= 0 && !byReportAuthor(append([]string{"theo", "bao", "cao"}, toks[i:]...)) {
			continue // another unit's report: its own figures
		}
		return strings.TrimSpace(rest), true
	}
	return "", false
}

// byReportAuthor: the words are "theo báo cáo của Sở TT&TT", the
// department that wrote the report: its report, not its own figures
// (another unit's "báo cáo" is its quarterly one, whose figures are asked).
func byReportAuthor(toks []string) bool {
	return strings.Join(toks, " ") == "theo bao cao cua so thong tin va truyen thong"
}

// WithoutAskerAfter is a message's question without the sentences after
// it that only tell about the asker ("… chưa nộp báo cáo vậy em? Chị thấy
// Cẩm Xuyên nhà chị hình như cũng chưa", "… cho tập huấn vậy em? Chị muốn
// xin lồng ghép vài lớp cho hội viên"): ok is false unless the message
// asks in its first sentence, ended by "?", and every sentence after it
// opens with the asker and asks nothing.
func WithoutAskerAfter(message string) (string, bool) {
	asked, rest, ok := strings.Cut(message, "?")
	if toks := Normalize(asked).Tokens; !ok || strings.TrimSpace(rest) == "" || !Asks(toks) && !anyPhrase(toks, checkCues) {
		return "", false
	}
	for _, sentence := range sentencePieces(rest, ".?!") {
		if !AboutAsker(sentence) && !asksForSelf(sentence) && !asksAssessment(sentence) && !forLeader(sentence) && !closing(sentence) && !hearsayOrSource(sentence) &&
			!(PastStory(sentence) && !Asks(Normalize(sentence).Tokens)) {
			return "", false
		}
	}
	return strings.TrimSpace(asked) + "?", true
}

// closing: a sentence of thanks and wishes after the question ("Cảm ơn
// cháu, chúc cháu tiến bộ.", "Chúc em vui."), which asks nothing.
func closing(sentence string) bool {
	toks := Normalize(sentence).Tokens
	for _, c := range closingOpeners {
		if runAt(toks, 0, c) {
			return !Asks(toks)
		}
	}
	return false
}

var closingOpeners = phrases("cam on", "xin cam on", "chuc", "tran trong", "thanks", "thank")

// hearsayOrSource: a sentence after the question that tells what someone
// claimed ("Có người nói chỉ hơn 2%.", "Nghe nói đã vượt 2.000."), whose
// figure the answer checks, or asks the source ("Nguồn là văn bản
// nào?", "Xin ghi rõ nguồn."), which every answer names.
func hearsayOrSource(sentence string) bool {
	toks := Normalize(sentence).Tokens
	for _, c := range hearsayOpeners {
		if runAt(toks, 0, c) {
			return true
		}
	}
	return len(toks) <= 8 && slices.Contains(toks, "nguon") && !slices.Contains(toks, "von") && !slices.Contains(toks, "khac")
}

var hearsayOpeners = phrases("co nguoi noi", "co nguoi bao", "co nguoi cho rang", "nghe noi", "nghe bao", "nguoi ta noi", "nguoi ta bao",
	"co y kien cho rang", "co y kien noi", "bao chi dua tin", "co bao dua tin", "co tin dua")

// PastStory: words that tell of the asker's past ("hồi 2014 bác còn đi
// làm", "ngày trước", "trước đây", "ngày bác còn làm"), whose years are
// the story's, not asked. Read with their marks: "hồi" is no "hỏi" or
// "hội".
func PastStory(text string) bool {
	text = " " + strings.ToLower(norm.NFC.String(text)) + " "
	for _, w := range []string{" hồi ", " ngày trước ", " trước đây ", " dạo trước ", " thời trước ", " còn làm ", " còn công tác ", " còn đi làm "} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// forLeader: a sentence after the question that tells who needs the
// figure ("Đ/c PCT cần nắm để chỉ đạo.", "Lãnh đạo cần gấp."), no figure
// of its own.
func forLeader(sentence string) bool {
	tokens := Normalize(sentence).Tokens
	if len(tokens) < 2 || Asks(tokens) {
		return false
	}
	from := 0
	switch {
	case tokens[0] == "dc":
		from = 1
	case runAt(tokens, 0, []string{"d", "c"}): // "Đ/c"
		from = 2
	case runAt(tokens, 0, []string{"dong", "chi"}), runAt(tokens, 0, []string{"lanh", "dao"}), runAt(tokens, 0, []string{"anh", "ay"}), runAt(tokens, 0, []string{"chi", "ay"}):
		from = 2
	default:
		return false
	}
	for _, t := range tokens[from:min(len(tokens), from+3)] {
		if selfWants[t] {
			return true
		}
	}
	return false
}

// asksAssessment: a sentence after the question that asks a favour of
// judging what the figures show ("Nhờ hệ thống đánh giá giúp em mức độ
// chuyển biến"), no figure of its own.
func asksAssessment(sentence string) bool {
	tokens := Normalize(sentence).Tokens
	return len(tokens) > 2 && (tokens[0] == "nho" || tokens[0] == "xin") && anyPhrase(tokens, assessmentCues) && !Asks(tokens)
}

// assessmentCues ask a judgement. (A package variable: phrases notes its
// words in cueWords, which must not be written once questions are read.)
var assessmentCues = phrases("danh gia", "nhan xet")

// selfWants are the verbs after the asker that tell what she wants or
// means to do ("muốn", "thấy", "tính", "cần", "định", "đang", "sẽ"), or
// thank ("Em cảm ơn.", "xin cảm ơn").
var selfWants = setOf("muon", "thay", "tinh", "can", "dinh", "dang", "se", "cam", "xin")

// asksForSelf: a sentence that opens with the asker wanting something of
// her own ("Chị muốn xin lồng ghép vài lớp cho hội viên", "mình cần số để
// in vào tờ rơi"), no figure asked.
func asksForSelf(sentence string) bool {
	words := strings.Fields(strings.ToLower(norm.NFC.String(sentence)))
	if len(words) < 3 || !askerSubjects[words[0]] {
		return false
	}
	tokens := Normalize(sentence).Tokens
	return len(tokens) > 1 && selfWants[tokens[1]] && !Asks(tokens)
}
