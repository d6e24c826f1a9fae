package telegramtest

import (
	"fmt"
	"net/http"
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

// EnforceLimits makes messages over perSecond in total, or over
// perChatPerSecond to one chat_id, within any sliding second fail with 429
// and retry_after 1. Zero disables a limit; rejected calls use no quota.
func (s *Server) EnforceLimits(perSecond int, perChatPerSecond int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits.perSecond, s.limits.perChat = perSecond, perChatPerSecond
}

// limiter is Telegram's flood control reduced to sliding windows over the
// methods that put a message in a chat.
type limiter struct {
	perSecond, perChat int
	all                []time.Time
	chats              map[string][]time.Time
}

// admit reports whether a call may proceed at now, and counts it if so.
func (l *limiter) admit(method, chatID string, now time.Time) bool {
	if !strings.HasPrefix(method, "edit") && (!strings.HasPrefix(method, "send") || method == "sendChatAction") {
		return true
	}
	l.all, l.chats[chatID] = recent(l.all, now), recent(l.chats[chatID], now)
	if (l.perSecond > 0 && len(l.all) >= l.perSecond) || (l.perChat > 0 && len(l.chats[chatID]) >= l.perChat) {
		return false
	}
	l.all, l.chats[chatID] = append(l.all, now), append(l.chats[chatID], now)
	return true
}

// recent drops the times that have left the one-second window.
func recent(times []time.Time, now time.Time) []time.Time {
	for len(times) > 0 && now.Sub(times[0]) >= time.Second {
		times = times[1:]
	}
	return times
}
