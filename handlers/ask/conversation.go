package ask

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// Chat names one conversation: a chat on a platform.
type Chat struct{ Platform, ID string }

// Conversations keeps what each chat last understood; *queries.Store has
// it. The state is opaque to the store.
type Conversations interface {
	Conversation(ctx context.Context, platform, chatID string, now time.Time) (string, bool, error)
	SaveConversation(ctx context.Context, platform, chatID, state string, now, expires time.Time) error
	ForgetConversation(ctx context.Context, platform, chatID string) error
}

// conversationTTL is how long a chat remembers its last question.
const conversationTTL = 30 * time.Minute

// memory is a chat's state: the last question understood (its parse and
// words), the reply's reading, and the options of an ask-back waiting for
// a choice.
type memory struct {
	Parse   nlu.Parse `json:"parse"`
	Words   []string  `json:"words,omitempty"`
	Reading string    `json:"reading,omitempty"`
	Choices []choice  `json:"choices,omitempty"`
	// Earlier is the period the same figure was asked of the turn before
	// ("PCI 2018?" then "năm 2017?"): "tăng mấy bậc?" is between the two.
	Earlier *nlu.Period `json:"earlier,omitempty"`
	// EarlierUnit is the unit the same figure was asked of the turn
	// before ("Can Lộc?" then "Thạch Hà thì sao?"): "hai huyện cộng lại?"
	// is of the two.
	EarlierUnit []string `json:"earlier_unit,omitempty"`
	// Named is the one unit a ranking's reply named ("huyện nào bị giảm
	// …": Đức Thọ alone): "giảm bao nhiêu điểm?" is of that unit.
	Named []string `json:"named,omitempty"`
	// Past are the questions asked before this one, the oldest first.
	Past []pastReading `json:"past,omitempty"`
	// Home is the unit the asker said she works at ("em ở Phòng VH-TT
	// huyện Can Lộc"): "huyện em", "bên mình" are that unit.
	Home []string `json:"home,omitempty"`
	// Pending are the messages that named only a unit or a period
	// ("bên Can Lộc ạ", "quý 2 ạ"), sent before the question they belong
	// to (fragments.go).
	Pending []string `json:"pending,omitempty"`
	// OwnAsked is a question of the asker's own unit, unnamed ("huyện em
	// có bao nhiêu DVC mức 3"), asked back: the unit named next is
	// where she works, and the question is asked again of it.
	OwnAsked string `json:"own_asked,omitempty"`
	// sameMessage: the memory is of an earlier clause of the message
	// being answered ("… năm 2017, năm 2018 bao nhiêu tin bài"), which
	// the next clause goes on from whatever its words.
	sameMessage bool
}

// choice is one option of an ask-back: what choosing it asks, as a parse
// (or, for a rewritten question, as text to understand).
type choice struct {
	Label string     `json:"label"`
	Query string     `json:"query,omitempty"`
	Parse *nlu.Parse `json:"parse,omitempty"`
	Words []string   `json:"words,omitempty"`
}

// Converse answers a message of a chat in the light of what the chat
// asked before: a follow-up that changes part of the question keeps the
// rest, an ask-back is answered by choosing (by button, number or words),
// a full new question replaces the memory.
func (a *Answerer) Converse(ctx context.Context, chat Chat, text string) (Answer, error) {
	now := a.now()
	mem, err := a.recall(ctx, chat, now)
	if err != nil {
		return Answer{}, err
	}
	var home []string
	if mem != nil {
		home = mem.Home
	}
	text, home = a.unsealed(text, home)
	if h, ok := a.ownUnitGiven(mem, text); ok {
		text, home = mem.OwnAsked, h
	}
	text, home = a.atHome(text, home)
	var ans Answer
	var left []choice // the options not chosen, for "cái còn lại"
	if again, ok := askedAgain(mem, text); ok {
		// "🤔", "???" after "Huyện Kỳ Anh hay Thị xã Kỳ Anh?": the same
		// choice, asked again.
		ans = again
	} else if c, ok := chosenOption(mem, text); ok {
		ans, err = a.answerChoice(ctx, c)
		left = others(mem.Choices, c)
	} else if all, ok := chosenAll(mem, text); ok {
		parts := make([]Answer, 0, len(all))
		for _, c := range all {
			part, err := a.answerChoice(ctx, c)
			if err != nil {
				return Answer{}, err
			}
			parts = append(parts, part)
		}
		ans = joinAnswers(parts)
	} else if c, rest, ok := a.chosenThenMore(mem, text); ok {
		// "thị xã, kèm tỷ lệ luôn", "quý 1, mà cho cả tổng hồ sơ tiếp
		// nhận nữa": the option, then what the rest adds to it.
		ans, err = a.answerChoice(ctx, c)
		if err == nil && ans.Kind.CarriesFigure() && rest != "" {
			var more Answer
			if more, err = a.respond(ctx, rest, nextInMessage(nil, ans)); err == nil && more.Kind.CarriesFigure() {
				ans = joinAnswers([]Answer{ans, more})
			}
		}
		left = others(mem.Choices, c)
	} else if c, ok := a.chosenByPlace(mem, text); ok {
		ans, err = a.answerChoice(ctx, c)
	} else if back, rest, ok := a.turnedBack(mem, text); ok {
		// "quay lại Hồng Lĩnh lúc nãy, quý 1 …": on from that question.
		ans, err = a.respond(ctx, rest, back)
	} else {
		ans, err = a.respond(ctx, text, mem)
		if err == nil {
			// "tỉ lệ bn %" after "bên Can Lộc ạ", "quý 2 ạ".
			if with, ok, ferr := a.withFragments(ctx, text, mem, ans); ferr != nil || ok {
				ans, err = with, ferr
			}
		}
	}
	if err != nil {
		return Answer{}, err
	}
	fragment := isFragment(ans, now)
	pending := pendingAfter(mem, text, ans, fragment)
	if fragment {
		ans = a.fragmentReply(ans, pending)
	}
	if next, keep := remember(ans); keep {
		if !ans.Parse.Understood() && mem != nil && mem.Parse.Understood() {
			// Offered questions it might mean ("Có phải bạn muốn hỏi"): a
			// follow-up after them still goes on from the question before.
			next.Parse, next.Reading, next.Named = mem.Parse, mem.Reading, mem.Named
		}
		next.Past = pastOf(mem, next)
		next.Earlier = earlierPeriod(mem, next.Parse)
		next.EarlierUnit = earlierUnit(mem, next.Parse)
		if len(next.Choices) == 0 && len(left) == 1 {
			// "cái còn lại thì" next: the one option not chosen.
			next.Choices = left
		}
		next.Home, next.Pending = home, pending
		if err := a.save(ctx, chat, next, now); err != nil {
			return Answer{}, err
		}
	} else if len(home) > 0 && (mem == nil || !slices.Equal(mem.Home, home)) || mem == nil && len(pending) > 0 || mem != nil && !slices.Equal(mem.Pending, pending) {
		// Not understood, but where the asker works, and the fragments of
		// a question, are kept.
		kept := memory{Home: home, Pending: pending}
		if mem != nil {
			kept = *mem
			kept.Home, kept.Pending = home, pending
		}
		if err := a.save(ctx, chat, kept, now); err != nil {
			return Answer{}, err
		}
	}
	return ans, nil
}

// Forget drops a chat's memory (/huy).
func (a *Answerer) Forget(ctx context.Context, chat Chat) error {
	if a.convs == nil {
		return nil
	}
	return a.convs.ForgetConversation(ctx, chat.Platform, chat.ID)
}

func (a *Answerer) recall(ctx context.Context, chat Chat, now time.Time) (*memory, error) {
	if a.convs == nil {
		return nil, nil
	}
	state, ok, err := a.convs.Conversation(ctx, chat.Platform, chat.ID, now)
	if err != nil || !ok {
		return nil, err
	}
	var m memory
	if err := json.Unmarshal([]byte(state), &m); err != nil {
		return nil, nil // a state from an older version: start afresh
	}
	m.Parse.Words = m.Words
	return &m, nil
}

func (a *Answerer) save(ctx context.Context, chat Chat, m memory, now time.Time) error {
	if a.convs == nil {
		return nil
	}
	m.Words = m.Parse.Words
	state, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("ask: encode conversation: %w", err)
	}
	return a.convs.SaveConversation(ctx, chat.Platform, chat.ID, string(state), now, now.Add(conversationTTL))
}

// remember is what a reply leaves in the chat's memory: the question it
// understood, and the options when it asks back. A message not understood
// leaves the memory as it was.
func remember(ans Answer) (memory, bool) {
	if ans.held != nil {
		return memory{Parse: *ans.held}, true
	}
	if ans.ownAsked != "" {
		return memory{OwnAsked: ans.ownAsked}, true
	}
	if !ans.Parse.Understood() && len(ans.Options) == 0 {
		return memory{}, false
	}
	m := memory{Parse: ans.Parse, Reading: firstSentence(ans.Text), Named: ans.named}
	if ans.sideOf != nil {
		m.Parse.Indicators = ans.sideOf
	}
	if len(m.Parse.Periods) == 0 && ans.year != nil {
		m.Parse.Periods = []nlu.Period{*ans.year}
	}
	if len(m.Parse.Periods) == 1 && m.Parse.Periods[0].Kind == nlu.PeriodLatest && ans.quarter != nil {
		// "mới nhất" answered with quarter 2: quarter 2 is what was asked.
		m.Parse.Periods = []nlu.Period{*ans.quarter}
	}
	for _, o := range ans.Options {
		c := choice{Label: o.Label, Query: o.Query, Parse: o.parse}
		if o.parse != nil {
			c.Words = o.parse.Words
		}
		m.Choices = append(m.Choices, c)
	}
	return m, true
}

// earlierPeriod is the period the previous turn asked the same figure of,
// when this turn asks it of another one period.
func earlierPeriod(mem *memory, p nlu.Parse) *nlu.Period {
	if mem == nil || len(mem.Parse.Periods) != 1 || len(p.Periods) != 1 ||
		!slices.Equal(mem.Parse.Indicators, p.Indicators) || len(p.Indicators) == 0 ||
		samePeriod(mem.Parse.Periods[0], p.Periods[0]) {
		return nil
	}
	if !slices.EqualFunc(mem.Parse.Units, p.Units, overlap) {
		// ("Hà Tĩnh" then "tỉnh ta": the province both times.)
		return nil
	}
	per := mem.Parse.Periods[0]
	return &per
}

// overlap: two readings of a unit's name share a unit.
func overlap(a, b []string) bool {
	return slices.ContainsFunc(a, func(code string) bool { return slices.Contains(b, code) })
}

// earlierUnit is the one unit the chat asked the same figure of, of the
// same period, the turn before another unit.
func earlierUnit(mem *memory, p nlu.Parse) []string {
	if mem == nil || len(mem.Parse.Units) != 1 || len(p.Units) != 1 || slices.Equal(mem.Parse.Units[0], p.Units[0]) ||
		!slices.Equal(mem.Parse.Indicators, p.Indicators) || len(p.Indicators) == 0 ||
		!slices.EqualFunc(mem.Parse.Periods, p.Periods, samePeriod) {
		return nil
	}
	return mem.Parse.Units[0]
}

// chosenOption finds the option a message chooses: its number, its label, or
// words only one label has ("thị xã" for «Thị xã Kỳ Anh»).
func chosenOption(mem *memory, text string) (choice, bool) {
	if mem == nil || len(mem.Choices) == 0 {
		return choice{}, false
	}
	if n, err := strconv.Atoi(strings.TrimSpace(text)); err == nil {
		if n >= 1 && n <= len(mem.Choices) {
			return mem.Choices[n-1], true
		}
		return choice{}, false
	}
	if _, after, ok := nlu.Corrected(text); ok {
		// "thị xã.. à không, huyện mới đúng": the choice as corrected.
		text = after
	}
	said := withoutCourtesy(optionWords(text))
	if said == "" {
		return choice{}, false
	}
	if n, ok := ordinalChosen(said, len(mem.Choices)); ok {
		// "lấy cái đầu", "cái thứ hai", "cái còn lại thì".
		return mem.Choices[n], true
	}
	if c, ok := chosenByAge(mem.Choices, said); ok {
		// "cái cũ hơn", "quý gần nhất": of periods offered.
		return c, true
	}
	var found []choice
	for _, c := range mem.Choices {
		label := optionWords(c.Label)
		if label == said {
			return c, true
		}
		if strings.Contains(" "+label+" ", " "+said+" ") {
			found = append(found, c)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return choice{}, false
}

// chosenByPlace: after an ask-back between units, a message that names
// one option's unit and no figure or period of its own ("ý em là toàn
// tỉnh, cộng các đơn vị đã báo cáo") chooses that option.
func (a *Answerer) chosenByPlace(mem *memory, text string) (choice, bool) {
	if mem == nil || len(mem.Choices) < 2 {
		return choice{}, false
	}
	p := a.understand(a.cat.Get(), nlu.Normalize(text))
	if len(p.Units) != 1 || len(p.Indicators) > 0 || len(p.Periods) > 0 || len(p.Projects) > 0 {
		return choice{}, false
	}
	var found []choice
	for _, c := range mem.Choices {
		if c.Parse != nil && len(c.Parse.Units) == 1 && slices.Equal(c.Parse.Units[0], p.Units[0]) {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return choice{}, false
	}
	return found[0], true
}

// courtesyWords are the words around a choice typed ("huyện ạ", "chọn
// thị xã nhé"), dropped before it is matched with the labels.
var courtesyWords = map[string]bool{"a": true, "ah": true, "nhe": true, "nha": true, "oi": true, "anh": true, "chi": true,
	"em": true, "chon": true, "di": true, "vay": true, "cho": true, "toi": true, "minh": true,
	// "huyện đó em", "cái huyện ấy", "bên thị xã", "thị xã nghe em"
	"do": true, "ay": true, "cai": true, "ben": true, "nghe": true, "la": true,
	// "huyện nha bot", "thị xã nè": the bot addressed, Southern ends
	"bot": true, "nhen": true, "hen": true, "ne": true, "nghen": true, "day": true,
	// "Dạ thị xã ạ", "vâng, huyện": yes, before the choice
	"da": true, "vang": true, "ok": true, "ad": true,
	// "huyện cháu ạ", "thị xã đồng chí nhé": the one asked, named
	"chau": true, "bac": true, "dong": true,
	// "lấy cái đầu", "cái còn lại thì", "hai cái luôn": take, then
	"lay": true, "thi": true, "luon": true, "nua": true, "sao": true, "e": true,
	// "thế cái kia", "huyện mới đúng": then, the right one
	"the": true, "moi": true, "dung": true,
	// "thôi, đổi lại cái kia": never mind, change to
	"thoi": true, "doi": true,
	// "cái thứ 2 í": "ấy" as the North says it at a sentence's end
	"i": true}

// ordinalWords choose an option by its place ("cái đầu", "cái thứ hai",
// "cái cuối"); -1 is the last; "còn lại" the one left of two.
var ordinalWords = map[string]int{"dau": 0, "dau tien": 0, "thu nhat": 0, "so 1": 0, "so mot": 0, "thu 1": 0,
	"thu hai": 1, "thu 2": 1, "so 2": 1, "so hai": 1, "thu ba": 2, "thu 3": 2, "so 3": 2,
	"cuoi": -1, "cuoi cung": -1, "sau cung": -1,
	// "cái trên", "cái phía dưới", "cái trên cùng": as the list shows them
	"tren": 0, "tren cung": 0, "phia tren": 0, "o tren": 0, "duoi": -1, "duoi cung": -1, "phia duoi": -1, "o duoi": -1,
	// "cái trước", "lấy cái phía sau": as the options were said
	"truoc": 0, "phia truoc": 0, "sau": -1, "phia sau": -1}

// olderWords and newerWords choose among periods offered by their age
// ("cái cũ hơn", "quý gần nhất").
var (
	olderWords = map[string]bool{"cu hon": true, "cu": true, "som hon": true, "quy cu": true, "ky cu": true}
	newerWords = map[string]bool{"moi hon": true, "moi nhat": true, "gan nhat": true, "gan day nhat": true, "quy gan nhat": true, "ky gan nhat": true,
		"quy moi nhat": true, "ky moi nhat": true, "gan hon": true}
	// ("quý trước" is the quarter before today's, a period of its own,
	// not the older option.)
)

// chosenByAge is the option of the oldest or newest period offered.
func chosenByAge(choices []choice, said string) (choice, bool) {
	newer := newerWords[said]
	if !newer && !olderWords[said] {
		return choice{}, false
	}
	best := -1
	for i, c := range choices {
		if c.Parse == nil || len(c.Parse.Periods) != 1 {
			return choice{}, false
		}
		end := c.Parse.Periods[0].End
		if best < 0 || newer && end > choices[best].Parse.Periods[0].End || !newer && end < choices[best].Parse.Periods[0].End {
			best = i
		}
	}
	if best < 0 {
		return choice{}, false
	}
	return choices[best], true
}

// ordinalChosen is the option a place word chooses; "còn lại", "kia" is
// the one option left (after the other was answered, see keptChoices).
func ordinalChosen(said string, n int) (int, bool) {
	// ("đơn vị còn lại cùng quý", "đơn vị tê thì": the other one, in the
	// same period; "tê" is Nghệ Tĩnh's "kia".)
	said = strings.TrimPrefix(said, "don vi ")
	said = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(said, " thi"), " cung quy"), " cung ky")
	if said == "te" || said == "con te" {
		said = "kia"
	}
	if said == "con lai" || said == "kia" || said == "con kia" || said == "lai kia" || strings.HasSuffix(said, " kia") && len(strings.Fields(said)) == 2 {
		// ("thôi đổi lại cái kia", "lấy quý kia".)
		return 0, n == 1
	}
	i, ok := ordinalWords[said]
	if !ok {
		return 0, false
	}
	if i < 0 {
		i = n - 1
	}
	return i, i < n
}

// chosenThenMore reads a reply to an ask-back that chooses in its first
// piece and asks a figure more after a comma ("thị xã, kèm tỷ lệ luôn"):
// the option and the rest.
func (a *Answerer) chosenThenMore(mem *memory, text string) (choice, string, bool) {
	pieces := nlu.Pieces(text)
	if mem == nil || len(mem.Choices) < 2 || len(pieces) < 2 {
		return choice{}, "", false
	}
	c, ok := chosenOption(mem, pieces[0])
	if !ok {
		return choice{}, "", false
	}
	rest := strings.Join(pieces[1:], ", ")
	t := nlu.Normalize(rest)
	if p := a.understand(a.cat.Get(), t); len(p.Indicators) == 0 {
		if nlu.Asks(t.Tokens) {
			return choice{}, "", false
		}
		// "…, ko phải tỉnh" says again which, "…, cảm ơn" thanks: the
		// option alone.
		return c, "", true
	}
	return c, rest, true
}

// bothWords choose every option offered ("cả hai", "hai cái luôn").
var bothWords = map[string]bool{"ca hai": true, "ca 2": true, "hai": true, "ca": true, "tat ca": true, "ca ba": true, "ca 3": true,
	"ca 2 quy": true, "ca hai quy": true, "2 quy": true, "hai quy": true, "tat ca cac quy": true, "cac quy": true,
	"ca 2 ky": true, "ca hai ky": true, "2 ky": true, "hai ky": true, "dua het": true, "het": true,
	// "sao cũng được", "gì cũng được": whichever, so each.
	"cung duoc": true, "gi cung duoc": true}

// chosenAll: the message chooses every option offered ("lấy cả 2 đi e",
// "hai cái luôn"): each option's answer, one after the other (never
// added: the province and its city are not parts of one whole).
func chosenAll(mem *memory, text string) ([]choice, bool) {
	if pieces := nlu.Pieces(text); len(pieces) > 1 {
		// "2 quý luôn, để a so", "sao cũng đc, e xem giúp": the choice
		// first, a reason after it.
		text = pieces[0]
	}
	said := withoutCourtesy(optionWords(text))
	if mem == nil || len(mem.Choices) < 2 || !bothWords[said] && !strings.Contains(" "+said+" ", " nao cung ") && !strings.HasSuffix(said, " het") {
		// ("quý nào cũng được, đưa hết": each.)
		return nil, false
	}
	return mem.Choices, true
}

func withoutCourtesy(said string) string {
	words := strings.Fields(said)
	kept := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return courtesyWords[w] })
	if len(kept) == 0 {
		return said
	}
	return strings.Join(kept, " ")
}

// optionWords are a label's or a message's folded words, "2/2019" read as
// two words so "quý 2" matches «quý 2/2019».
func optionWords(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(nlu.Normalize(s).Folded, "/", " ")), " ")
}

// answerChoice answers the question an option stands for.
func (a *Answerer) answerChoice(ctx context.Context, c choice) (Answer, error) {
	if c.Parse == nil {
		return a.respond(ctx, c.Query, nil)
	}
	p := *c.Parse
	p.Words = c.Words
	ans, err := a.AnswerParse(ctx, p)
	ans.Path = "rules"
	return ans, err
}

// firstSentence is a reply's reading: what it says it answers.
func firstSentence(text string) string {
	if i := strings.Index(text, ". "); i > 0 {
		text = text[:i+1]
	}
	if len(text) > 300 {
		text = text[:300]
	}
	return text
}

// others are the choices but the one chosen.
func others(choices []choice, chosen choice) []choice {
	return slices.DeleteFunc(slices.Clone(choices), func(c choice) bool { return c.Label == chosen.Label })
}
