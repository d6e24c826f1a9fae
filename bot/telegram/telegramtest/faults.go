package telegramtest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// reply is an HTTP status and the documented response envelope; Telegram
// sets the status equal to error_code.
// Specs: https://core.telegram.org/bots/api#making-requests
type reply struct {
	status int
	body   struct {
		OK          bool           `json:"ok"`
		Result      any            `json:"result,omitempty"`
		ErrorCode   int            `json:"error_code,omitempty"`
		Description string         `json:"description,omitempty"`
		Parameters  map[string]int `json:"parameters,omitempty"`
	}
}

func success(result any) reply {
	r := reply{status: http.StatusOK}
	r.body.OK, r.body.Result = true, result
	return r
}

func failure(status int, description string) reply {
	r := reply{status: status}
	r.body.ErrorCode, r.body.Description = status, description
	return r
}

func badRequest(format string, args ...any) reply {
	return failure(http.StatusBadRequest, "Bad Request: "+fmt.Sprintf(format, args...))
}

func tooManyRequests(retryAfter int) reply {
	r := failure(http.StatusTooManyRequests, fmt.Sprintf("Too Many Requests: retry after %d", retryAfter))
	r.body.Parameters = map[string]int{"retry_after": retryAfter}
	return r
}

// FailNext makes the next call of method fail with status: 429 carries
// parameters.retry_after, 403 reads like a user who blocked the bot, others
// carry their HTTP status text (500 "Internal Server Error"). Failures
// queue up per method.
func (s *Server) FailNext(method string, status int, retryAfter int) {
	r := failure(status, http.StatusText(status))
	if status == http.StatusTooManyRequests {
		r = tooManyRequests(retryAfter)
	} else if status == http.StatusForbidden {
		r.body.Description = "Forbidden: bot was blocked by the user"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[method] = append(s.failures[method], r)
}

// EnforceLimits makes messages over perSecond in total within any sliding
// second, or to one chat_id faster than perChatPerSecond once its burst
// (SetChatBurst, default 1) is spent, fail with 429 and retry_after 1, as
// Telegram's flood control does. Zero disables a limit; rejected calls use
// no quota.
func (s *Server) EnforceLimits(perSecond int, perChatPerSecond int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits.perSecond, s.limits.perChat = perSecond, perChatPerSecond
}

// SetChatBurst lets a chat take n messages at once before its per-second
// limit applies ("short bursts", https://core.telegram.org/bots/faq).
func (s *Server) SetChatBurst(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits.burst = n
}

// SetLatency delays every request by d before it is handled, as a round
// trip from a provincial server to Telegram would. A request whose bot
// goes away meanwhile never arrives.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// SetReplyDelay delays every answer by d after its request was handled
// and recorded: the way back, when SetLatency is the way there. A bot that
// dies meanwhile has sent a message it never hears about.
func (s *Server) SetReplyDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replyDelay = d
}

// MaxPerSecond is the most successful sends that arrived within one
// sliding second, measured here as Telegram would.
func (s *Server) MaxPerSecond() int {
	sent := s.Sent()
	// Calls are recorded once answered, which is not always in the order
	// they arrived.
	slices.SortFunc(sent, func(a, b Call) int { return a.At.Compare(b.At) })
	most := 0
	for i, j := 0, 0; j < len(sent); j++ {
		for sent[j].At.Sub(sent[i].At) >= time.Second {
			i++
		}
		most = max(most, j-i+1)
	}
	return most
}

// limiter is Telegram's flood control reduced to a sliding window over the
// methods that put a message in a chat, and a token bucket per chat.
type limiter struct {
	perSecond, perChat, burst int
	all                       []time.Time
	chats                     map[string]*chatBucket
}

type chatBucket struct {
	tokens float64
	at     time.Time
}

// admit reports whether a call may proceed at now, and counts it if so.
func (l *limiter) admit(method, chatID string, now time.Time) bool {
	if !strings.HasPrefix(method, "edit") && (!strings.HasPrefix(method, "send") || method == "sendChatAction") {
		return true
	}
	l.all = recent(l.all, now)
	if l.perSecond > 0 && len(l.all) >= l.perSecond {
		return false
	}
	if l.perChat > 0 {
		burst := float64(max(l.burst, 1))
		b := l.chats[chatID]
		if b == nil {
			b = &chatBucket{tokens: burst, at: now}
			l.chats[chatID] = b
		}
		b.tokens = min(burst, b.tokens+now.Sub(b.at).Seconds()*float64(l.perChat))
		b.at = now
		if b.tokens < 1 {
			return false
		}
		b.tokens--
	}
	l.all = append(l.all, now)
	return true
}

// recent drops the times that have left the one-second window.
func recent(times []time.Time, now time.Time) []time.Time {
	for len(times) > 0 && now.Sub(times[0]) >= time.Second {
		times = times[1:]
	}
	return times
}
