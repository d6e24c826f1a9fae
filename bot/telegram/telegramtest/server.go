// Package telegramtest is a fake Telegram Bot API server on loopback for
// tests that drive the real go-telegram-bot-api client: it queues updates
// for getUpdates, records every call the bot makes, and injects the
// failures and flood limits of the real API. Payloads follow the reference
// shapes in testdata/telegram (https://core.telegram.org/bots/api).
package telegramtest

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Call is one request the bot made.
type Call struct {
	Method string            // e.g. "sendMessage"
	Params map[string]string // form fields; reply_markup, commands etc. stay JSON text
	Files  map[string]File   // multipart uploads by field, e.g. "document"
	At     time.Time         // arrival
	Status int               // HTTP status returned, 200 on success
}

// File is one uploaded file.
type File struct {
	Name string
	Data []byte
}

// Server is a fake Telegram Bot API server on loopback.
type Server struct {
	t        testing.TB
	token    string
	srv      *httptest.Server
	done     chan struct{} // closed at cleanup to release long polls
	handlers map[string]handler

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced on every change
	calls       []Call
	queue       []queued
	lastUpdate  int // highest update_id pushed
	offset      int // highest offset acknowledged
	pollGen     int // counts getUpdates calls
	lastMessage int
	callbacks   map[string]bool // pushed and not yet answered
	failures    map[string][]reply
	limits      limiter
	latency     time.Duration
	replyDelay  time.Duration
	webhook     string
	conns       int                   // TCP connections accepted
	files       map[string]storedFile // by file_id, as pushed with PushDocument
}

type handler func(ctx context.Context, c Call) reply

// New starts a server that accepts only token; it closes when the test ends.
func New(t testing.TB, token string) *Server {
	t.Helper()
	s := &Server{t: t, token: token, done: make(chan struct{}), changed: make(chan struct{}),
		callbacks: map[string]bool{}, failures: map[string][]reply{}, files: map[string]storedFile{},
		limits: limiter{chats: map[string]*chatBucket{}}}
	s.handlers = s.methods()
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Config.ConnState = func(_ net.Conn, state http.ConnState) {
		if state == http.StateNew {
			s.mu.Lock()
			s.conns++
			s.mu.Unlock()
		}
	}
	s.srv.Start()
	t.Cleanup(func() {
		close(s.done) // httptest.Server.Close waits for in-flight long polls
		s.srv.Close()
	})
	return s
}

// Endpoint is the format tgbotapi.NewBotAPIWithAPIEndpoint expects.
func (s *Server) Endpoint() string { return s.srv.URL + "/bot%s/%s" }

// URL is the base URL, e.g. "http://127.0.0.1:41234".
func (s *Server) URL() string { return s.srv.URL }

// Connections is how many TCP connections the bot opened: a client that
// reuses its connections opens about as many as it has requests in flight.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

// Calls returns the calls of method in order, failed ones included; ""
// returns all calls.
func (s *Server) Calls(method string) []Call {
	return s.filter(func(c Call) bool { return method == "" || c.Method == method })
}

// Sent returns the successful sendMessage, sendPhoto and sendDocument calls.
func (s *Server) Sent() []Call {
	return s.filter(func(c Call) bool {
		return c.Status == http.StatusOK && (c.Method == "sendMessage" || c.Method == "sendPhoto" || c.Method == "sendDocument")
	})
}

// WaitCalls waits until method has succeeded n times and returns its
// successful calls, or fails the test after timeout. Call it from the test
// goroutine.
func (s *Server) WaitCalls(method string, n int, timeout time.Duration) []Call {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		changed := s.changed
		s.mu.Unlock()
		ok := func(c Call) bool { return c.Method == method && c.Status == http.StatusOK }
		// Counting, not copying, on every change: a fan-out of thousands
		// would otherwise load the machine whose timing it measures.
		if got := s.count(ok); got >= n {
			return s.filter(ok)
		}
		select {
		case <-changed:
		case <-deadline:
			got := s.filter(ok)
			s.t.Fatalf("telegramtest: %d successful %s calls after %v, want %d", len(got), method, timeout, n)
			return got
		}
	}
}

// Offset is the highest offset getUpdates acknowledged: every update with
// a smaller update_id is confirmed and gone.
func (s *Server) Offset() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.offset
}

func (s *Server) count(keep func(Call) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.calls {
		if keep(c) {
			n++
		}
	}
	return n
}

func (s *Server) filter(keep func(Call) bool) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// notify wakes every waiter; the caller holds s.mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// serve answers "/bot<token>/<method>" and records the call before the
// client sees the answer.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	latency := s.latency
	s.mu.Unlock()
	if latency > 0 {
		select {
		case <-time.After(latency):
		case <-r.Context().Done():
			return
		}
	}
	if strings.HasPrefix(r.URL.Path, "/file/bot") {
		s.serveFile(w, r)
		return
	}
	call := Call{At: time.Now()}
	params, files, parseErr := readRequest(r)
	call.Params, call.Files = params, files
	token, method, found := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	call.Method = method

	var rep reply
	switch {
	case !found || !strings.HasPrefix(r.URL.Path, "/bot"):
		rep = failure(http.StatusNotFound, "Not Found")
	case token != s.token:
		rep = failure(http.StatusUnauthorized, "Unauthorized")
	case s.handlers[method] == nil:
		rep = failure(http.StatusNotFound, "Not Found")
	case parseErr != nil:
		rep = badRequest("%v", parseErr)
	default:
		rep = s.dispatch(r.Context(), call)
	}

	call.Status = rep.status
	s.mu.Lock()
	s.calls = append(s.calls, call)
	s.notify()
	back := s.replyDelay
	s.mu.Unlock()
	// The way back: the call is handled and counted whether or not the
	// bot is still there to read the answer.
	time.Sleep(back)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rep.status)
	_ = json.NewEncoder(w).Encode(rep.body)
}

// dispatch applies injected failures, then flood limits, then the method.
func (s *Server) dispatch(ctx context.Context, c Call) reply {
	s.mu.Lock()
	if queued := s.failures[c.Method]; len(queued) > 0 {
		s.failures[c.Method] = queued[1:]
		s.mu.Unlock()
		return queued[0]
	}
	admitted := s.limits.admit(c.Method, c.Params["chat_id"], time.Now())
	s.mu.Unlock()
	if !admitted {
		return tooManyRequests(1)
	}
	return s.handlers[c.Method](ctx, c)
}
