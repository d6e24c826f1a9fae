// Package zalotest is a fake Zalo OA API, OAuth and ZNS server on
// loopback, for tests of anything that talks to Zalo. It implements the
// endpoints the bot uses with their real semantics: only the current access
// token is accepted, a refresh token is single-use, an upload returns an id
// that a message may then use once uploaded, a template message needs a
// Vietnamese phone number, and refusals come as HTTP 200 with a non-zero
// "error", as Zalo does. Payload shapes: testdata/zalo.
//
// It does not import package zalo, so that package's own tests can use it.
// Its Tokens has the same fields as zalo.Tokens; convert with
// zalo.Tokens(srv.Issue()).
package zalotest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// AccessTTL is the lifetime the fake announces for an access token (the
// documented ~25 h). The fake itself expires tokens only when told to.
const AccessTTL = 90000 * time.Second

// Tokens is an issued pair; same fields as zalo.Tokens.
type Tokens struct {
	AccessToken  string
	RefreshToken string
	ExpiresAt    time.Time
}

// SentMessage is a message the fake accepted: a text, an image or a file
// to a user, or a template to a phone number.
type SentMessage struct {
	Kind         string // text, image, file, template
	UserID       string
	Text         string
	File         string // the uploaded image's or file's name
	FileSize     int
	Phone        string
	TemplateID   string
	TemplateData map[string]string
	TrackingID   string
	At           time.Time
}

// Server is the fake. Use URL() as both the API base and the OAuth base.
type Server struct {
	srv       *httptest.Server
	appID     string
	appSecret string

	mu           sync.Mutex
	seq          int
	access       string // the only access token accepted; "" after ExpireAccessToken
	refresh      string // the only refresh token accepted
	sent         []SentMessage
	refreshCalls int
	refreshDelay time.Duration
	failures     []failure
	uploads      map[string]upload // attachment_id or token -> the file
	uploadFails  []failure
}

type upload struct {
	name string
	size int
}

type failure struct {
	code    int
	message string
}

// New starts a fake for the app appID whose secret key is appSecret; it is
// closed when the test ends.
func New(t testing.TB, appID, appSecret string) *Server {
	t.Helper()
	s := &Server{appID: appID, appSecret: appSecret, uploads: map[string]upload{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v3.0/oa/message/cs", s.handleSend)
	mux.HandleFunc("POST /v2.0/oa/upload/image", s.handleUpload("image", 1<<20))
	mux.HandleFunc("POST /v2.0/oa/upload/file", s.handleUpload("file", 5<<20))
	mux.HandleFunc("POST /message/template", s.handleTemplate)
	mux.HandleFunc("POST /v4/oa/access_token", s.handleRefresh)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

// URL is the fake's base URL, for Config.APIBase, OAuthBase and ZNSBase.
func (s *Server) URL() string { return s.srv.URL }

// Issue makes a new pair the valid one (as an OA authorisation would) and
// returns it; earlier pairs stop working.
func (s *Server) Issue() Tokens {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.issueLocked()
}

func (s *Server) issueLocked() Tokens {
	s.seq++
	s.access = fmt.Sprintf("access-%d", s.seq)
	s.refresh = fmt.Sprintf("refresh-%d", s.seq)
	return Tokens{AccessToken: s.access, RefreshToken: s.refresh, ExpiresAt: time.Now().Add(AccessTTL)}
}

// Current returns the pair the fake accepts now (AccessToken is empty after
// ExpireAccessToken, until the next refresh).
func (s *Server) Current() Tokens {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Tokens{AccessToken: s.access, RefreshToken: s.refresh}
}

// ExpireAccessToken makes the current access token invalid, as its 25 hours
// running out would; the refresh token stays valid.
func (s *Server) ExpireAccessToken() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.access = ""
}

// Sent returns the texts accepted so far, in order.
func (s *Server) Sent() []SentMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]SentMessage(nil), s.sent...)
}

// RefreshCalls counts the requests made to the refresh endpoint, failed
// ones included.
func (s *Server) RefreshCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refreshCalls
}

// SetRefreshDelay makes every refresh answer wait d before it is processed,
// so that concurrent callers really overlap.
func (s *Server) SetRefreshDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refreshDelay = d
}

// FailNextSend makes the next send answer HTTP 200 {"error":code,
// "message":msg} whatever its token. Calls queue up: two calls fail the next
// two sends.
func (s *Server) FailNextSend(code int, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, failure{code: code, message: msg})
}

// FailNextUpload makes the next upload answer {"error":code,"message":msg}.
func (s *Server) FailNextUpload(code int, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.uploadFails = append(s.uploadFails, failure{code: code, message: msg})
}
