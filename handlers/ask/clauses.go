package ask

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// respond answers a message, as a follow-up of mem when it is one. A
// message asking two things in two clauses ("Sở Y tế quý 1 nhận bao nhiêu
// hồ sơ, trực tuyến mấy") gets each clause's answer, the later clauses read
// as follow-ups of the earlier ones, unless the message read whole already
// states every figure they give (a comparison of the two).
func (a *Answerer) respond(ctx context.Context, question string, mem *memory) (Answer, error) {
	ans, err := a.respondAll(ctx, question, mem)
	if err == nil {
		if asked, ok := a.askOwnUnit(question, mem, ans); ok {
			return asked, nil
		}
	}
	return ans, err
}

func (a *Answerer) respondAll(ctx context.Context, question string, mem *memory) (Answer, error) {
	if !strings.HasPrefix(strings.TrimSpace(question), "/") {
		// "So+? Xa^y du+.ng quy' 1": typed in VIQR, read with its marks
		// before its "?" and "." are taken for a sentence's end.
		// "bao nhiêu，số hồ sơ ？", "２０１９": a Chinese-style keyboard's
		// signs and digits.
		question, _ = nlu.FromFullWidth(question)
		question, _ = nlu.WithoutTrailingTags(question)
		question = nlu.FromOCR(nlu.FromVIQR(question)) // ("năm 2O18": a scan's 2018)
		// "… các sở dấu phẩy ban dấu phẩy ngành cấp tỉnh chấm hỏi": the
		// marks a screen reader or voice typing wrote as words.
		question, _ = nlu.SpokenMarks(question)
		// "H ư ơ n g S ơ n": a word's letters typed apart, joined.
		question, _ = nlu.JoinSpacedLetters(question)
		// "CanLộc quý2/2019", "TXHồngLĩnh": words run together.
		question, _ = nlu.SplitJoined(question)
		// "H. Kỳ Anh": the district, not a sentence ending at "H".
		question = nlu.DistrictInitial(question)
		// "TX Kỳ Anh + TP Hà Tĩnh - Can Lộc": the minus kept as a word.
		question, _ = signsAsWords(question)
		// "Đ/c Chánh VP hỏi: …": the question, not who asked it.
		if rest, ok := nlu.WithoutSpeaker(question); ok {
			question = a.ofSpeakersUnit(a.cat.Get(), question, rest)
		}
		// Not a command's text ("/xuat …"), which is read as typed.
		if ans, ok, err := a.repliedTo(ctx, question, mem); err != nil || ok {
			return ans, err
		}
		question = withoutTwoDecimalsNote(nlu.WithoutGlosses(question))
		if ans, ok, err := a.corrected(ctx, question, mem); err != nil || ok {
			return ans, err
		}
		if joined, ok := a.formQuestion(question); ok {
			question = joined
		}
		if ans, ok, err := a.questionList(ctx, question, mem); err != nil || ok {
			return ans, err
		}
		if ans, ok, err := a.figureAndReport(ctx, question, mem); err != nil || ok {
			return ans, err
		}
		if ans, ok, err := a.relayed(ctx, question, mem); err != nil || ok {
			return ans, err
		}
		question = nlu.DropAsides(question)
		if filled, ok := draftBlanks(question); ok {
			question = filled
		}
	}
	// The words around what is asked, dropped in turn: a sentence about
	// the asker after the question ("… chưa nộp báo cáo vậy em? Chị thấy
	// Cẩm Xuyên nhà chị hình như cũng chưa 😅"); an apology before it
	// ("Xin lỗi đồng chí, tôi bấm nhầm. Kính hỏi …"); the report named as
	// the source ("Theo BC 47, …", whose number is asked of nothing); a
	// purpose ("Để UBND tỉnh có văn bản nhắc, …"); what is set aside
	// ("Ngoài các cơ quan hành chính, ngành Điện lực và ngành Thuế …");
	// the asker's past beside a unit asked ("…, em từng làm một cửa ở Can
	// Lộc"); links, the bot's @name and hashtags' "#" pasted with it.
	quotedBack := func(q string) (string, bool) { return withoutQuoted(q, mem) }
	for _, without := range []func(string) (string, bool){nlu.WithoutChatMarks, quotedBack, a.forwardedQuestion, nlu.WithoutNotWanted, nlu.WithoutAskerAfter, nlu.WithoutApology, nlu.WithoutSourceRef,
		a.withoutPurpose, a.besidesPart, a.withoutAsker, a.withoutTail, a.withoutRemark, a.withoutWhyAfter, a.withoutFormerPlace, a.withoutGuess, a.withoutHeld} {
		if rest, ok := without(question); ok {
			question = rest
		}
	}
	if rows := nlu.TableQuestions(question); len(rows) > 0 {
		if ans, ok, err := a.tableAnswers(ctx, rows, mem); err != nil || ok {
			return ans, err
		}
	}
	if ans, ok, err := a.reportCompared(ctx, question, mem); err != nil || ok {
		return ans, err
	}
	if ans, ok, err := a.signedUnits(ctx, question); err != nil || ok {
		return ans, err
	}
	whole, err := a.respondOne(ctx, question, mem)
	if err != nil || strings.HasPrefix(strings.TrimSpace(question), "/") || whole.Attachment != nil {
		return whole, err
	}
	if !whole.Kind.CarriesFigure() {
		// "Bản thảo ghi … 1.358 DVC mức độ 3, kiểm tra giúp": the figure
		// the rest asks, and whether the one quoted is it.
		if ans, ok, err := a.checked(ctx, question, mem); err != nil || ok {
			return ans, err
		}
	}
	// No figure for the whole, or out of scope for no other place named
	// ("Em là chủ tịch xã mới, mỗi xã … bao nhiêu DVC mức 3"): maybe for
	// words that only tell about the asker.
	chatter := whole.Kind == KindNotUnderstood || whole.Kind == KindNoData ||
		whole.Kind == KindOutOfScope && whole.Parse.Elsewhere == "" && !whole.Parse.Command
	if tokens := nlu.Normalize(question).Tokens; whole.Parse.Reason == nlu.ReasonBadPeriod || nlu.NamesUnstoredMoney(tokens) || nlu.AsksTranslation(tokens) {
		// "năm 88888 . có bn dvc mức 3", "tỷ lệ giải ngân . vốn nq22 bn
		// %": what no figure is was asked, not told around the question;
		// nor is the text to translate ("dịch sang tiếng Anh câu: …").
		chatter = false
	}
	if !whole.Kind.CarriesFigure() && !chatter {
		// Asked back, refused or out of scope as a whole: so it stays.
		return whole, nil
	}
	if chatter {
		if clauses, _ := a.numbered(question); len(clauses) >= 2 {
			// "1. kinh phí NQ22 còn thiếu 2. tỷ lệ … 3. quý 2/2019 bao
			// nhiêu đơn vị chưa nộp": the items, each its own question,
			// before the one sentence among them that asks.
			if parts, err := a.respondClauses(ctx, clauses, mem, true); err != nil || parts != nil {
				return joinAnswers(parts), err
			}
		}
		// "Em là chủ tịch xã mới, xin hỏi hồi năm 2019 …", "Dạ em thấy
		// huyện em hay bị nhắc nộp báo cáo, rứa quý 2/2019 có bao nhiêu
		// huyện đã nộp báo cáo rồi ạ": what the message asks, without
		// what it tells about the asker (by its sentences, then by its
		// pieces).
		for _, without := range []func(string) (string, bool){nlu.AfterPremise, a.afterPreamble, a.askedPart, a.withoutChatter, a.questionSentence, a.afterContext} {
			rest, ok := without(question)
			if !ok {
				continue
			}
			if named, dropped := a.dropsUnitNamed(question, rest); dropped {
				if named == "" {
					continue
				}
				rest = named + " " + rest // (of the unit, as asked)
			}
			// (Or asks back, as the question alone would: "… Quý 2/2019
			// Kỳ Anh tỷ lệ … bao nhiêu hả cháu?")
			if ans, err := a.respondOne(ctx, rest, mem); err != nil || ans.Kind.CarriesFigure() || ans.Kind == KindAsk {
				return ans, err
			}
		}
		// Typed in one breath, with no mark between what is told and what
		// is asked: the words dropped must name nothing asked when the
		// whole was understood and found no data ("Vũ Quang …" has none).
		for i, without := range []func(string) (string, bool){nlu.AfterToldAsk, nlu.TrimAskerTail, nlu.TrimJoinedTail} {
			rest, ok := without(question)
			// (A complaint after "mà", "hay" names nothing asked, whatever
			// the whole got: "… bao nhiêu hay quý 2" is no complaint.)
			if !ok || (whole.Kind != KindNotUnderstood || i == 2) && !a.dropsNothingAsked(question, rest) {
				continue
			}
			if ans, err := a.respondOne(ctx, rest, mem); err != nil || ans.Kind.CarriesFigure() {
				return ans, err
			}
		}
	}
	clauses, tail := a.numbered(question)
	listed := len(clauses) >= 2
	if !listed {
		// "tỷ lệ … năm 2018, số hồ sơ … 5 tháng đầu năm 2019 và kinh phí
		// còn thiếu năm 2020": three figures or more listed, each naming
		// its own.
		clauses = a.listedFigures(question)
	}
	if !listed && len(clauses) < 2 {
		clauses = nlu.Clauses(question)
	}
	if len(clauses) < 2 {
		// "pci năm ngoái xếp hạng mấy với lại điểm minh bạch năm ngoái
		// bao nhiêu": two questions joined as in speech.
		clauses = nlu.SpokenClauses(question)
	}
	if len(clauses) < 2 {
		// "5 tháng đầu năm nay tỉ lệ hs online bn hs bn": two asks, each
		// ending its words.
		clauses = nlu.TwoAsks(question)
	}
	if len(clauses) < 2 {
		// "… tiến độ tập huấn doanh nghiệp so với mục tiêu …, và kinh phí
		// đào tạo năm 2019 là bao nhiêu": a comma, then "và" and a figure
		// of its own.
		clauses = a.commaAndClauses(question)
	}
	if len(clauses) < 2 && !whole.Kind.CarriesFigure() {
		// "kinh phí đào tạo năm nay và tỉ lệ xã đã được tập huấn tới
		// quý 1": two figures, each of its own period, joined by "và".
		clauses = a.andClauses(question)
	}
	if len(clauses) < 2 {
		// "quý 2 bao nhiêu đơn vị đã nộp và huyện nào chưa nộp": two
		// questions, each asking of its own, joined by "và"; answered
		// apart unless the whole already states what each gives.
		clauses = a.askingSides(question)
	}
	if len(clauses) < 2 {
		return whole, nil
	}
	parts, err := a.respondClauses(ctx, clauses, mem, listed)
	if tail && err == nil {
		// "… c) tổng DVC mức 3 toàn tỉnh. Cộng a với b có khớp c không
		// ạ?": the items' figures, without the sentence after them when it
		// asks nothing stored or only repeats them.
		if parts == nil {
			parts, err = a.respondClauses(ctx, clauses[:len(clauses)-1], mem, listed)
		} else if statesAll(joinAnswers(parts[:len(parts)-1]).Text, parts[len(parts)-1:]) {
			parts = parts[:len(parts)-1]
		}
	}
	if err != nil || parts == nil {
		return whole, err
	}
	if whole.Kind.CarriesFigure() && statesAll(whole.Text, parts) && (!listed || namesNoOther(whole.Parse, parts)) {
		// (Read whole, numbered items may name a figure none of them asks:
		// "a) tổng hồ sơ DVC mức 3, 4 …; c) … bao nhiêu hồ sơ" is not the
		// total of all files.)
		return whole, nil
	}
	return joinAnswers(parts), nil
}

// listedFigures are the pieces of a message listing three figures or more,
// when each piece names a figure, a project or money of its own; nil
// otherwise.
func (a *Answerer) listedFigures(question string) []string {
	pieces := nlu.ListedPieces(question)
	c := a.cat.Get()
	names := func(piece string) bool {
		p := a.understand(c, nlu.Normalize(piece))
		return len(p.Indicators) > 0 || len(p.Projects) > 0 || p.Funding != "" || p.Money || p.Intent == nlu.IntentReporting
	}
	for len(pieces) > 3 && !names(pieces[0]) {
		// ("Tháng ni chuẩn bị họp HĐND, em cho tôi …": the occasion.)
		pieces = pieces[1:]
	}
	for _, piece := range pieces {
		if !names(piece) {
			return nil
		}
	}
	return pieces
}

// numbered reads a message that numbers its questions: the items, the
// first with the words before the marks when they name a period, a unit,
// a level or a project ("Kính mong cho biết năm 2018: - số hồ sơ …; - tỷ
// lệ …", "dự án tập huấn …: 1) nguồn NQ22 2) lồng ghép"),
// and the sentence after the last item as one more clause (tail).
func (a *Answerer) numbered(question string) (clauses []string, tail bool) {
	l := nlu.NumberedList(question)
	if len(l.Items) < 2 {
		return nil, false
	}
	clauses = slices.Clone(l.Items)
	if l.Lead != "" {
		if p := a.understand(a.cat.Get(), nlu.Normalize(l.Lead)); len(p.Periods) > 0 || len(p.Units) > 0 || p.Level != "" || len(p.Projects) > 0 {
			clauses[0] = strings.TrimRight(l.Lead, ": ") + ": " + clauses[0]
		}
	}
	if l.Tail != "" {
		return append(clauses, l.Tail), true
	}
	return clauses, false
}

// andClauses splits a message at its one "và" when each side names a
// figure and a period of its own; nil otherwise.
func (a *Answerer) andClauses(question string) []string {
	sides := nlu.AndSides(question)
	if len(sides) != 2 {
		return nil
	}
	c := a.cat.Get()
	for _, side := range sides {
		t := nlu.Normalize(side)
		if p := a.understand(c, t); len(p.Indicators) == 0 || !namesPeriod(t, a.now()) {
			return nil
		}
	}
	return sides
}

// commaAndClauses splits a message at its one "và" when a comma stands
// right before it and each side names a figure or a project of its own;
// nil otherwise.
func (a *Answerer) commaAndClauses(question string) []string {
	sides := nlu.AndSides(question)
	if len(sides) != 2 || !strings.HasSuffix(sides[0], ",") {
		return nil
	}
	sides[0] = strings.TrimSuffix(sides[0], ",")
	c := a.cat.Get()
	for _, side := range sides {
		if p := a.understand(c, nlu.Normalize(side)); len(p.Indicators) == 0 && len(p.Projects) == 0 {
			return nil
		}
	}
	return sides
}

// withoutPurpose drops an opening "Để …," that names no figure of its
// own, when the rest asks one.
func (a *Answerer) withoutPurpose(question string) (string, bool) {
	pieces := nlu.Pieces(question)
	if len(pieces) < 2 {
		return "", false
	}
	if last := nlu.Normalize(pieces[len(pieces)-1]).Tokens; len(last) >= 3 && last[0] == "de" && last[1] != "nghi" && last[1] != "xuat" && last[1] != "dat" {
		// "… huyện nào chưa gửi báo cáo, để chị nhắc luôn ở lớp tập
		// huấn": a purpose after the question, naming no place or time
		// of its own (not "…, để so sánh với Hương Khê").
		c := a.cat.Get()
		rest := strings.Join(pieces[:len(pieces)-1], ", ")
		if p := a.understand(c, nlu.Normalize(pieces[len(pieces)-1])); len(p.Units) == 0 && len(p.Periods) == 0 && p.Level == "" {
			if q := a.understand(c, nlu.Normalize(rest)); q.Understood() {
				return rest, true
			}
		}
	}
	first := nlu.Normalize(pieces[0]).Tokens
	if len(first) >= 2 && first[0] == "phuc" && first[1] == "vu" {
		// "Phục vụ bài nghiên cứu, em cần …": a purpose too.
		first = append([]string{"de"}, first...)
	}
	if len(first) < 2 || first[0] != "de" || first[1] == "nghi" || first[1] == "xuat" || first[1] == "dat" {
		// ("Để đạt mức dự kiến …, tỷ lệ … cần tăng bao nhiêu": the
		// target is part of what is asked.)
		return "", false
	}
	c := a.cat.Get()
	if p := a.understand(c, nlu.Normalize(pieces[0])); len(p.Indicators) > 0 || len(p.Projects) > 0 || len(p.Periods) > 0 {
		return "", false
	}
	rest := strings.Join(pieces[1:], ", ")
	if p := a.understand(c, nlu.Normalize(rest)); !p.Understood() {
		return "", false
	}
	return rest, true
}

// forwardedQuestion is the question a message passes on from someone
// else, without who asks ("Chị Thu (VP xã Tùng Ảnh) hỏi: "…"", "Bạn Hằng
// văn phòng xã Sơn Tây hỏi …", "Dạ em chuyển câu hỏi của anh Toàn (Can
// Lộc): …"): that person's place is theirs, not the one asked.
func (a *Answerer) forwardedQuestion(question string) (string, bool) {
	words := strings.Fields(question)
	// Someone named ("Chị Thu", "Bạn Hằng"), or a question passed on.
	named := len(words) > 1 && forwarders[strings.ToLower(strings.TrimLeft(words[0], "@"))] && startsUpper(words[1]) || audience(words)
	if len(words) < 4 || !named && !strings.Contains(strings.ToLower(question), "câu hỏi của") {
		return "", false
	}
	for k, w := range words[:min(len(words)-2, 14)] {
		lw := strings.ToLower(strings.Trim(w, "\"“”'"))
		if lw == "biết" || lw == "biết:" {
			// "…, chủ doanh nghiệp ở Thạch Hà, muốn biết PCI …"
			if k > 0 && strings.ToLower(words[k-1]) == "muốn" {
				lw = strings.Replace(lw, "biết", "hỏi", 1)
			}
		}
		if k == 0 || lw != "hỏi" && lw != "hỏi:" && !strings.HasSuffix(lw, ":") || lw == "hỏi" && strings.ToLower(words[k-1]) == "câu" {
			continue // ("câu hỏi của anh Toàn: …": the question follows the colon)
		}
		rest := strings.Trim(strings.Join(words[k+1:], " "), "\"“”' ")
		if lw == "hỏi" && strings.HasPrefix(rest, ":") {
			rest = strings.TrimSpace(rest[1:])
		}
		if p := a.understand(a.cat.Get(), nlu.Normalize(rest)); !p.Understood() || p.Intent == nlu.IntentGreeting {
			return "", false
		}
		if pointsBack(rest) {
			// ("Bà con bên Đức Thọ có hỏi tôi: quý 1 … huyện đó tỷ lệ …":
			// the place told is the one asked.)
			return "", false
		}
		return rest, true
	}
	return "", false
}

// pointsBack: the question points at a place told before it ("huyện đó",
// "ở đấy", "bên ấy").
func pointsBack(question string) bool {
	words := strings.Fields(strings.ToLower(question))
	for i := 1; i < len(words); i++ {
		if w := strings.Trim(words[i], ",.?!:;"); (w == "đó" || w == "ấy" || w == "đấy") && placeNouns[words[i-1]] {
			return true
		}
	}
	return false
}

var placeNouns = map[string]bool{"huyện": true, "xã": true, "sở": true, "ở": true, "bên": true, "nơi": true, "vị": true, "chỗ": true, "thị": true, "phố": true}

// audience: the message opens with a listener, a viewer, a voter or a
// delegate who asks ("Thính giả Lê Thị Hoài ở thị trấn Nghèn hỏi …",
// "Một đại biểu HĐND xã ở Cẩm Xuyên hỏi: …"), named or not.
func audience(words []string) bool {
	lead := strings.ToLower(strings.Join(words[:min(4, len(words))], " ")) + " "
	lead = strings.TrimPrefix(lead, "một ")
	for _, a := range audienceWords {
		if strings.HasPrefix(lead, a+" ") {
			return true
		}
	}
	return false
}

var audienceWords = []string{"thính giả", "khán giả", "cử tri", "đại biểu", "bạn đọc", "độc giả", "người dân", "bà con"}

// forwarders open a message that passes on someone's question.
var forwarders = map[string]bool{"chị": true, "anh": true, "bạn": true, "em": true, "ông": true, "bà": true, "cô": true, "chú": true, "bác": true}

// startsUpper: the word begins with a capital (a person's name).
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// withoutTail drops what a message says after its question, when that
// names nothing asked: a purpose ("… năm 2018 và 5 tháng đầu năm 2019
// để khán giả thấy rõ xu hướng"), hearsay ("…, nghe nói chỉ có vài sở
// làm được"). "Để" is told by its marks from the "đề" of "chuyên đề";
// "để làm gì" is what is asked.
func (a *Answerer) withoutTail(question string) (string, bool) {
	// ("Sở TT&TT lập fanpage ở đâu để hướng dẫn dân": the words of what
	// the report is asked about, every one, purpose and all.)
	reportAsked := a.understand(a.cat.Get(), nlu.Normalize(question)).Intent == nlu.IntentSearch
	words := strings.Fields(question)
	for i := len(words) - 2; i > 2; i-- {
		w := strings.ToLower(strings.Trim(words[i], ",.;:!?()\"'"))
		next := nlu.Fold(strings.ToLower(strings.Trim(words[i+1], ",.;:!?()\"'")))
		after := ""
		if i+2 < len(words) {
			after = nlu.Fold(strings.ToLower(strings.Trim(words[i+2], ",.;:!?()\"'")))
		}
		// ("để làm gì" asks; "để làm slide" tells why it is asked.)
		doWhat := next == "lam" && (after == "" || after == "gi" || after == "chi" || after == "j")
		purpose := w == "để" && !doWhat && next != "nghi" && next != "xuat" && next != "dat"
		hearsay := w == "nghe" && (next == "noi" || next == "bao")
		if !purpose && !hearsay || purpose && reportAsked {
			continue
		}
		c := a.cat.Get()
		tail := a.understand(c, nlu.Normalize(strings.Join(words[i:], " ")))
		if len(tail.Indicators) > 0 || len(tail.Units) > 0 || len(tail.Periods) > 0 || len(tail.Projects) > 0 {
			return "", false
		}
		rest := strings.TrimRight(strings.Join(words[:i], " "), ",;: ")
		if r := a.understand(c, nlu.Normalize(rest)); !r.Understood() || r.Intent == nlu.IntentSearch ||
			purpose && nlu.AsksWhetherOrWhat(nlu.Normalize(question).Tokens) {
			return "", false
		}
		return rest, true
	}
	return "", false
}

// askingSides splits a message at its one "và" when each side asks
// something of its own ("… bao nhiêu …", "… nào …") and the second names
// another level of units ("huyện nào … và sở nào …", "bao nhiêu đơn vị …
// và huyện nào …"); nil otherwise. Two questions of one level ("bao nhiêu
// DVC mức 3 và bao nhiêu DVC mức 4") are one question, which the whole
// answers.
func (a *Answerer) askingSides(question string) []string {
	sides := nlu.AndSides(question)
	if len(sides) != 2 {
		return nil
	}
	c := a.cat.Get()
	var scopes [2]nlu.Parse
	for i, side := range sides {
		t := nlu.Normalize(side)
		if !nlu.Asks(t.Tokens) {
			return nil
		}
		scopes[i] = a.understand(c, t)
	}
	first, second := scopes[0], scopes[1]
	switch {
	case second.Level != "" && first.Level != second.Level:
		return sides
	case second.Level == "" && len(second.Units) > 0 && first.Level != "" && len(first.Units) == 0 && len(second.Indicators) > 0:
		// "UBND cấp huyện có bao nhiêu DVC mức độ 4 và toàn tỉnh bao nhiêu
		// DVC mức độ 3": a level's figure, then a unit's own.
		return sides
	}
	// ("… giữa địa phương cao nhất và thấp nhất quý 1": the second side
	// names no scope of its own, so it is part of the first.)
	return nil
}

// withoutAsker drops the pieces of a message that only tell about the
// asker ("em từng làm một cửa ở Can Lộc") when the rest names a unit of
// its own: the asker's place is context only when the question has none.
func (a *Answerer) withoutAsker(question string) (string, bool) {
	if strings.HasPrefix(strings.TrimSpace(question), "/") {
		return "", false
	}
	pieces := nlu.Pieces(question)
	asker := make([]bool, len(pieces))
	for i, piece := range pieces {
		// ("e", short for "em", only after the question: "…, e đang làm
		// báo cáo xã"; before it, "e nghe nói mức 4 là …" may say what
		// is asked.)
		asker[i] = nlu.AboutAsker(piece) && (i > 0 || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(piece)), "e "))
	}
	rest, ok := keptPieces(pieces, func(piece string) bool { return !asker[slices.Index(pieces, piece)] })
	if !ok {
		return "", false
	}
	c := a.cat.Get()
	p := a.understand(c, nlu.Normalize(rest))
	if len(p.Units) == 0 && (p.Level == "" || p.Order == "" || a.askerNamesScope(c, pieces, asker)) {
		// (A unit asked, or the units of a level listed where what the
		// asker tells names no place or time: "những sở nào đã có DVC
		// mức 4 ạ, bên e muốn qua chào giải pháp"; not "Cháu ơi trong
		// các sở đã báo cáo quý 1/2019, sở nào …".)
		return "", false
	}
	if len(p.Indicators) == 0 && len(p.Projects) == 0 {
		// ("Dạ em đang viết phần PCI, năm 2018 tỉnh mình đứng thứ mấy":
		// what the asker tells names the figure asked.)
		told, _ := keptPieces(nlu.Pieces(question), nlu.AboutAsker)
		if t := a.understand(c, nlu.Normalize(told)); len(t.Indicators) > 0 || len(t.Projects) > 0 {
			return "", false
		}
	}
	return rest, true
}

// askerNamesScope: a piece told about the asker names a unit, a level or
// a period.
func (a *Answerer) askerNamesScope(c *catalog.Catalog, pieces []string, asker []bool) bool {
	for i, piece := range pieces {
		if !asker[i] {
			continue
		}
		if p := a.understand(c, nlu.Normalize(piece)); len(p.Units) > 0 || len(p.Periods) > 0 || p.Level != "" {
			return true
		}
	}
	return false
}

// keptPieces joins the pieces keep holds, when it drops some but not all.
func keptPieces(pieces []string, keep func(string) bool) (string, bool) {
	kept := slices.DeleteFunc(slices.Clone(pieces), func(piece string) bool { return !keep(piece) })
	if len(kept) == 0 || len(kept) == len(pieces) {
		return "", false
	}
	return strings.Join(kept, ", "), true
}

// askedPart is what a message asks without what it tells about the
// asker; a piece told that names a place or a period stays, as the
// question's context ("Trước em công tác ở huyện Can Lộc, năm 2018 …
// Báo cáo ghi bao nhiêu người tham gia" asks of Can Lộc in 2018).
func (a *Answerer) askedPart(question string) (string, bool) {
	asked, told, ok := nlu.SplitAsked(question)
	if !ok {
		return "", false
	}
	c := a.cat.Get()
	var kept []string
	if !a.namesPlaceAndPeriod(c, nlu.Normalize(strings.Join(asked, ", "))) {
		for _, piece := range told {
			if a.namesPlaceOrPeriod(c, nlu.Normalize(piece)) {
				kept = append(kept, piece)
			}
		}
	}
	if len(kept) == len(told) {
		return "", false // nothing only told: the message as it is
	}
	return strings.Join(append(kept, asked...), ", "), true
}

// namesPlaceOrPeriod: the words name a unit or a period, understood or
// not ("nghe nói năm 2018 huyện có tuyên truyền rất mạnh").
func (a *Answerer) namesPlaceOrPeriod(c *catalog.Catalog, t nlu.Text) bool {
	return namesPeriod(t, a.now()) || len(a.understand(c, t).Units) > 0
}

// namesPlaceAndPeriod: the words name a unit and a period ("của huyện"
// may point back at a unit told before).
func (a *Answerer) namesPlaceAndPeriod(c *catalog.Catalog, t nlu.Text) bool {
	return namesPeriod(t, a.now()) && len(a.understand(c, t).Units) > 0
}

// namesPeriod: the words name a period of their own ("năm 2018", "quý
// 1/2019"), not just "now" ("xã em giờ đang …").
func namesPeriod(t nlu.Text, now time.Time) bool {
	p, _, _, ok := nlu.FindPeriod(t.Tokens, now)
	return ok && p.Kind != nlu.PeriodLatest
}

// respondClauses answers each clause in turn, each in the light of the
// one before (listed: they are a numbered list's items); nil unless
// every clause gets a figure.
func (a *Answerer) respondClauses(ctx context.Context, clauses []string, mem *memory, listed bool) ([]Answer, error) {
	var parts []Answer
	for _, clause := range clauses {
		ans, err := a.respondOne(ctx, clause, mem)
		if err != nil {
			return nil, err
		}
		if listed && ans.Kind == KindNoData && slices.Contains(ans.Inherited, "periods") {
			// "(2) điểm minh bạch 2018 (3) sàn TMĐT bao nhiêu DN thành
			// viên": an item with no figure of the period of the item
			// before it is asked on its own (a clause that is no item,
			// "… chiếm mấy phần trăm tổng hồ sơ lúc đó", keeps it).
			if alone, err := a.respondOne(ctx, clause, nil); err != nil {
				return nil, err
			} else if alone.Kind.CarriesFigure() {
				ans = alone
			}
		}
		if !ans.Kind.CarriesFigure() || ans.Attachment != nil {
			return nil, nil
		}
		parts = append(parts, ans)
		mem = nextInMessage(mem, ans)
	}
	return parts, nil
}

// nextInMessage is the memory a later clause of the same message reads on
// from: the reply's, when it is one to remember, else the one before.
func nextInMessage(mem *memory, ans Answer) *memory {
	next, keep := remember(ans)
	if !keep {
		return mem
	}
	// ("k/p NQ22 đã bố trí? / lồng ghép? / tổng cả hai bn?": the two
	// asked before, as a chat keeps them.)
	next.Past = pastOf(mem, next)
	next.Earlier = earlierPeriod(mem, next.Parse)
	next.EarlierUnit = earlierUnit(mem, next.Parse)
	next.sameMessage = true
	return &next
}

// tableAnswers answers the cells to fill of a pasted table, a question
// each (nlu.TableQuestions), each in the light of the row before ("Tăng/
// giảm" after two quarters' rows); a cell nothing answers is left out,
// and ok is false when none is answered.
func (a *Answerer) tableAnswers(ctx context.Context, rows []string, mem *memory) (Answer, bool, error) {
	if len(rows) == 1 {
		// One cell: its question's reply, an ask-back too ("STT | Đơn vị |
		// Tỷ lệ HSTT | 1 | Hồng Lĩnh | ?": which quarter).
		ans, err := a.respondOne(ctx, rows[0], mem)
		return ans, err == nil && (ans.Kind.CarriesFigure() || ans.Kind == KindAsk), err
	}
	parts, err := a.respondClauses(ctx, rows, mem, true)
	if err != nil || parts != nil {
		return joinAnswers(parts), parts != nil, err
	}
	for _, q := range rows {
		ans, err := a.respondOne(ctx, q, nil)
		if err != nil {
			return Answer{}, false, err
		}
		if ans.Kind.CarriesFigure() && ans.Attachment == nil {
			parts = append(parts, ans)
		}
	}
	if len(parts) == 0 {
		return Answer{}, false, nil
	}
	return joinAnswers(parts), true, nil
}

// statesAll: text states every number the parts' replies state, their
// sources aside.
func statesAll(text string, parts []Answer) bool {
	body, _ := cutSource(text)
	have := numbersIn(body)
	for _, p := range parts {
		stated, _ := cutSource(p.Text)
		for _, n := range numbersIn(stated) {
			if !slices.Contains(have, n) {
				return false
			}
		}
	}
	return true
}

// namesNoOther: every indicator p names is one of the parts'.
func namesNoOther(p nlu.Parse, parts []Answer) bool {
	for _, code := range p.Indicators {
		if !slices.ContainsFunc(parts, func(a Answer) bool { return slices.Contains(a.Parse.Indicators, code) }) {
			return false
		}
	}
	return true
}

// sourceMark starts the sentence that names a reply's source.
const sourceMark = "Nguồn: "

// cutSource splits a reply into what it states and the sentence naming its
// source ("" when it names none).
func cutSource(text string) (body, source string) {
	if i := strings.LastIndex(text, sourceMark); i >= 0 {
		return text[:i], text[i:]
	}
	return text, ""
}

// joinAnswers is one reply of the clauses' replies, in order, each source
// named once and each figure stated once (two asks one figure answers, as
// "… bao nhiêu hồ sơ, trên bao nhiêu đơn vị" when the source counts the
// units); the chat remembers the last clause.
func joinAnswers(parts []Answer) Answer {
	out := parts[len(parts)-1]
	out.Kind = KindNearest
	parts = withoutRepeats(parts)
	var texts []string
	for i, p := range parts {
		if p.Kind == KindFigure {
			out.Kind = KindFigure
		}
		text := p.Text
		if i+1 < len(parts) {
			// The next clause names the same source: named once, at the end.
			body, src := cutSource(text)
			if _, next := cutSource(parts[i+1].Text); src != "" && src == next {
				text = strings.TrimSpace(body)
			}
		}
		texts = append(texts, text)
		for _, slot := range p.Inherited {
			if !slices.Contains(out.Inherited, slot) {
				out.Inherited = append(out.Inherited, slot)
			}
		}
		if p.Path == "llm" {
			out.Path = "llm"
		}
	}
	out.Text = strings.Join(texts, "\n")
	return out
}

// withoutRepeats keeps one of the replies that state the same thing, the
// one that names its source.
func withoutRepeats(parts []Answer) []Answer {
	var kept []Answer
	for _, p := range parts {
		_, src := cutSource(p.Text)
		j := slices.IndexFunc(kept, func(k Answer) bool { return sameBody(k, p) })
		switch {
		case j < 0:
			kept = append(kept, p)
		case src != "":
			kept[j] = p
		}
	}
	return kept
}

// sameBody: the two replies state the same thing, whatever source they
// name.
func sameBody(a, b Answer) bool {
	x, _ := cutSource(a.Text)
	y, _ := cutSource(b.Text)
	return strings.TrimSpace(x) == strings.TrimSpace(y)
}

// withoutChatter drops the pieces of a message that name nothing a figure
// is of (no unit, period, figure or project) and ask nothing; ok is false
// when none is dropped, or nothing is left.
func (a *Answerer) withoutChatter(message string) (string, bool) {
	c := a.cat.Get()
	return keptPieces(nlu.Pieces(message), func(part string) bool {
		t := nlu.Normalize(part)
		p := a.understand(c, t)
		// ("năm 88888 . có bn dvc mức 3": the impossible period stays, to
		// be refused.)
		return nlu.Asks(t.Tokens) || a.namesPlaceOrPeriod(c, t) || len(p.Indicators) > 0 || len(p.Projects) > 0 || p.Money || p.Elsewhere != "" ||
			p.Reason == nlu.ReasonBadPeriod
	})
}

// dropsUnitNamed: a piece of message that rest leaves out, and that says
// nothing of the asker, names a unit rest does not ("Hương Sơn lội ngược
// dòng thế nào, quý 2 tỷ lệ tăng mấy điểm %": Hương Sơn's change, not the
// province's). A part named is answered as a part, or not at all: named
// is that unit's name, when the words name one unit only.
func (a *Answerer) dropsUnitNamed(message, rest string) (named string, dropped bool) {
	c := a.cat.Get()
	if len(a.understand(c, nlu.Normalize(rest)).Units) > 0 {
		// ("em ở xã Tứ Mỹ, trước là Sơn Trà. Huyện Hương Sơn quý 2 …":
		// the unit asked is named; the one dropped was context.)
		return "", false
	}
	restWords := " " + nlu.Normalize(rest).Folded + " "
	for _, piece := range nlu.Pieces(message) {
		t := nlu.Normalize(piece)
		if strings.Contains(restWords, " "+t.Folded+" ") || nlu.AboutAsker(piece) {
			continue
		}
		// The piece opens with the unit's name, as a topic ("Hương Sơn
		// …, quý 2 …"); its words may be understood as nothing, so the
		// name is looked up alone. (Not a name's words inside a piece:
		// "ba con số tài chính của NQ22": no Sở Tài chính.)
		u := unitOpening(c, piece)
		if len(u) == 0 || slices.Contains(u, nlu.ProvinceCode) {
			continue
		}
		if len(u) == 1 {
			named = c.Units[u[0]].Name
		}
		return named, true
	}
	return "", false
}

// unitOpening is the unit named by a piece's first words (up to four).
func unitOpening(c *catalog.Catalog, piece string) []string {
	words := strings.Fields(piece)
	for k := min(4, len(words)); k >= 1; k-- {
		if u := c.Vocab.ResolveUnit(strings.Join(words[:k], " ")); len(u) > 0 {
			return u
		}
	}
	return nil
}

// dropsNothingAsked: the words of message around rest (one run of its
// words) name no unit, period, figure or project.
func (a *Answerer) dropsNothingAsked(message, rest string) bool {
	message = strings.Join(strings.Fields(norm.NFC.String(message)), " ")
	before, after, ok := strings.Cut(message, rest)
	if !ok {
		return false
	}
	t := nlu.Normalize(before + " " + after)
	p := a.understand(a.cat.Get(), t)
	return len(p.Units) == 0 && len(p.Indicators) == 0 && len(p.Projects) == 0 && !p.Money && (!namesPeriod(t, a.now()) || nlu.PastStory(before+" "+after))
}

// afterPreamble is what a message asks after a preamble it ends with a
// colon ("Mặt trận muốn nắm việc chấp hành chế độ báo cáo: quý 1/2019 có
// mấy sở đã nộp"), when the preamble asks nothing and names no place or
// period of its own.
func (a *Answerer) afterPreamble(question string) (string, bool) {
	before, after, ok := strings.Cut(question, ":")
	if !ok || strings.TrimSpace(after) == "" {
		return "", false
	}
	t := nlu.Normalize(before)
	if nlu.Asks(t.Tokens) || a.namesPlaceOrPeriod(a.cat.Get(), t) {
		return "", false
	}
	return strings.TrimSpace(after), true
}

// afterContext is what a message asks in its last pieces after the use it
// has in mind ("Hương Khê là huyện miền núi mà làm tốt, em muốn nêu: quý
// 1/2019 tỷ lệ … Hương Khê bao nhiêu", "Em đang viết đoạn quảng bá đặc
// sản qua sàn thương mại điện tử tỉnh, trên sàn hiện có bao nhiêu gian
// hàng"): those pieces ask a figure on their own, and the ones before
// name no period, and no place or figure the question does not.
func (a *Answerer) afterContext(question string) (string, bool) {
	if strings.Count(question, "?") > 1 {
		return "", false // several questions, each its own
	}
	pieces := sentencePieces(question)
	c := a.cat.Get()
	for i := len(pieces) - 1; i > 0; i-- {
		rest := strings.Join(pieces[i:], ", ")
		rt := nlu.Normalize(rest)
		if len(rt.Tokens) == 0 || isDigitsOnly(rt.Tokens[0]) || rt.Tokens[0] == "va" || rt.Tokens[0] == "con" {
			// ("…400 DVC mức 3, 50 DVC mức 4 …": a list goes on; "…, và
			// kinh phí …": a second question.)
			continue
		}
		p := a.understand(c, rt)
		if !p.Understood() || len(p.Indicators) == 0 && len(p.Projects) == 0 {
			continue
		}
		before := nlu.Normalize(strings.Join(pieces[:i], ", "))
		q := a.understand(c, before)
		if len(q.Projects) > 0 || q.Money || q.Op != "" || q.Measure != "" || slices.Contains(before.Tokens, "cau") {
			// ("mấy câu tồn từ hôm qua: …": questions listed, each its own.)
			// ("Dự án quy chế công khai, minh bạch …", "Bình quân mỗi
			// xã, thị trấn …": the question's own words.)
			return "", false
		}
		if namesPeriod(before, a.now()) && (len(q.Periods) == 0 ||
			slices.ContainsFunc(q.Periods, func(per nlu.Period) bool {
				return !slices.ContainsFunc(p.Periods, func(o nlu.Period) bool { return samePeriod(o, per) })
			})) {
			return "", false
		}
		for _, u := range q.Units {
			if !slices.ContainsFunc(p.Units, func(m []string) bool { return overlap(m, u) }) {
				return "", false
			}
		}
		if slices.ContainsFunc(q.Indicators, func(code string) bool { return !slices.Contains(p.Indicators, code) }) {
			// ("[C01] DV mức 3 ; [C02] DV mức 4": a figure of its own.)
			return "", false
		}
		return rest, true
	}
	return "", false
}

// isDigitsOnly: a token of digits alone.
func isDigitsOnly(t string) bool {
	return t != "" && strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// sentencePieces cuts a message at commas, semicolons, colons and
// question marks.
func sentencePieces(message string) []string { return nlu.PiecesAt(message, ",;:?") }

// besidesPart is what a message asks after "Ngoài X, …" when what follows
// names units of its own and no rest of a whole ("khác", "còn lại"):
// "ngoài" is then "besides", and X is not taken out of those named.
func (a *Answerer) besidesPart(question string) (string, bool) {
	head, rest, ok := strings.Cut(question, ",")
	if !ok || !strings.HasPrefix(nlu.Fold(strings.TrimSpace(head)), "ngoai ") {
		return "", false
	}
	t := nlu.Normalize(rest)
	if nlu.HasPhrase(t.Tokens, "khac") || nlu.HasPhrase(t.Tokens, "con lai") || nlu.HasPhrase(t.Tokens, "con") {
		return "", false
	}
	if p := a.understand(a.cat.Get(), t); len(namedUnits(p)) == 0 && p.Level == "" || !p.Understood() ||
		p.Intent == nlu.IntentRanking || p.Order != "" || p.Op == "rankof" {
		// ("Ngoài thành phố ra, quý 2 địa phương nào nhiều … nhất": the
		// others ranked, the city left out.)
		return "", false
	}
	return strings.TrimSpace(rest), true
}
