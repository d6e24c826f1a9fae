package ask

import (
	"context"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// A message that replies to another in a group chat starts with the
// message it replies to, as Zalo and Telegram copy it:
//
//	> Nguyễn Văn Nam: Sở Tài chính có mấy DVC mức 4?
//	e hỏi cấp huyện gộp lại có bao nhiêu dịch vụ công ạ
//
// ("[Trích dẫn] Thảo: …", or only "Trả lời Trần Thị Lan:"). The quoted
// message is the turn before the question: a question of its own is read
// alone, a follow-up ("còn quý 2?") goes on from the quoted one, never the
// other way round.

// replyQuote splits a message into the message quoted ("" when only its
// sender is named) and the reply; ok is false when it quotes nothing.
func replyQuote(message string) (quote, reply string, ok bool) {
	first, rest, found := strings.Cut(strings.TrimSpace(message), "\n")
	rest = strings.TrimSpace(rest)
	if !found || rest == "" {
		return "", "", false
	}
	first = strings.TrimSpace(first)
	folded := nlu.Fold(strings.ToLower(first))
	switch {
	case strings.HasPrefix(folded, "tra loi ") && strings.HasSuffix(first, ":") && len(strings.Fields(first)) <= 7:
		return "", rest, true
	case strings.HasPrefix(folded, "[trich dan]"):
		first = strings.TrimSpace(first[strings.Index(first, "]")+1:])
	case strings.HasPrefix(folded, "trich dan:"):
		first = strings.TrimSpace(first[strings.Index(first, ":")+1:])
	case strings.HasPrefix(first, ">"):
		first = strings.TrimSpace(strings.TrimLeft(first, "> "))
		if !senderNamed(first) {
			return "", "", false // "> 10% …": a bound, not a quote
		}
	default:
		return "", "", false
	}
	if senderNamed(first) {
		_, first, _ = strings.Cut(first, ":")
	}
	return strings.TrimSpace(first), rest, true
}

// senderNamed: the quoted line opens with its sender's name and a colon
// ("Nguyễn Văn Nam: …", "Hoa: …"): a few capitalised words.
func senderNamed(line string) bool {
	name, _, ok := strings.Cut(line, ":")
	words := strings.Fields(name)
	if !ok || len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// repliedTo answers a reply to a quoted message: the reply read after the
// quoted question, as a chat's next turn.
func (a *Answerer) repliedTo(ctx context.Context, message string, mem *memory) (Answer, bool, error) {
	quote, reply, ok := replyQuote(message)
	if !ok {
		return Answer{}, false, nil
	}
	if quote != "" {
		before, err := a.respond(ctx, quote, nil)
		if err != nil {
			return Answer{}, false, err
		}
		if next, keep := remember(before); keep && before.Parse.Understood() {
			mem = &next
		}
	}
	ans, err := a.respond(ctx, reply, mem)
	return ans, true, err
}
