package zalo

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hatinh-stttt/chatbot/bot/zalo/zalotest"
)

const (
	testAppID     = "app-1"
	testAppSecret = "app-secret"
	testOASecret  = "oa-secret-for-tests"
)

// journal records, in order, what the store and the network saw, so tests
// can check that a pair is saved before its access token is used.
type journal struct {
	mu      sync.Mutex
	entries []string
}

func (j *journal) add(e string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.entries = append(j.entries, e)
}

func (j *journal) list() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.entries)
}

// memStore is a TokenStore in memory whose saves can be made to fail.
type memStore struct {
	j *journal

	mu      sync.Mutex
	tokens  Tokens
	ok      bool
	saves   int
	saveErr error
	loadErr error
}

var errDiskFull = errors.New("disk full")

func (s *memStore) LoadTokens(ctx context.Context) (Tokens, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokens, s.ok, s.loadErr
}

func (s *memStore) SaveTokens(ctx context.Context, t Tokens) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.saveErr != nil {
		s.j.add("save-failed:" + t.RefreshToken)
		return s.saveErr
	}
	s.tokens, s.ok = t, true
	s.saves++
	s.j.add("save:" + t.RefreshToken)
	return nil
}

func (s *memStore) saved() (Tokens, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokens, s.saves
}

func (s *memStore) failSaves(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saveErr = err
}

// recorder is an http.RoundTripper that journals every Zalo call.
type recorder struct {
	j    *journal
	next http.RoundTripper
}

func (r recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	switch req.URL.Path {
	case sendPath:
		// The client sets the documented lower-case key, not the canonical one.
		r.j.add("send:" + strings.Join(req.Header["access_token"], ","))
	case refreshPath:
		r.j.add("refresh")
	}
	return r.next.RoundTrip(req)
}

// fixture is a client wired to a fake server, a memory store and a journal.
type fixture struct {
	srv     *zalotest.Server
	store   *memStore
	j       *journal
	client  *Client
	initial Tokens
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	srv := zalotest.New(t, testAppID, testAppSecret)
	j := &journal{}
	f := &fixture{srv: srv, j: j, store: &memStore{j: j}, initial: Tokens(srv.Issue())}
	f.client = f.newClient(f.store, f.initial)
	return f
}

func (f *fixture) newClient(store TokenStore, initial Tokens) *Client {
	return NewClient(Config{
		APIBase:   f.srv.URL(),
		OAuthBase: f.srv.URL(),
		AppID:     testAppID,
		AppSecret: testAppSecret,
		HTTP:      &http.Client{Transport: recorder{j: f.j, next: http.DefaultTransport}},
	}, store, initial)
}
