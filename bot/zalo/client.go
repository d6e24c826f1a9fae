package zalo

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

const (
	defaultAPIBase   = "https://openapi.zalo.me"
	defaultOAuthBase = "https://oauth.zaloapp.com"
	defaultZNSBase   = "https://business.openapi.zalo.me"

	// maxResponseBytes bounds what we read of any Zalo answer.
	maxResponseBytes = 1 << 20
)

// Config is what the client needs to know; cmd/ fills it from the
// environment (ZALO_API_BASE, ZALO_OAUTH_BASE, ZALO_APP_ID, ZALO_APP_SECRET).
type Config struct {
	APIBase   string // empty: https://openapi.zalo.me
	OAuthBase string // empty: https://oauth.zaloapp.com
	ZNSBase   string // empty: https://business.openapi.zalo.me (template messages)
	AppID     string
	AppSecret string           // the app's secret key, sent to OAuth as secret_key
	HTTP      *http.Client     // nil: a client with a 10 s timeout
	Now       func() time.Time // nil: time.Now
	Log       *slog.Logger     // nil: quiet; gets token refreshes, never a token
}

// Client talks to the OA API on behalf of one Official Account. It is safe
// for concurrent use.
type Client struct {
	apiBase   string
	oauthBase string
	znsBase   string
	appID     string
	appSecret string
	http      *http.Client
	now       func() time.Time
	log       *slog.Logger
	store     TokenStore

	mu      sync.Mutex
	loaded  bool           // tokens has been read from the store
	tokens  Tokens         // the pair in use
	unsaved *Tokens        // exchanged but not yet saved: the old refresh token is already spent
	flight  *refreshFlight // the refresh under way, if any
}

// NewClient returns a client that starts from the store's tokens when the
// store has some, and from initial otherwise (the first deployment, seeded
// from ZALO_ACCESS_TOKEN and ZALO_REFRESH_TOKEN). The store is read on first
// use. A nil store is a wiring mistake and panics: without one, a restart
// would lose the single-use refresh token.
func NewClient(cfg Config, store TokenStore, initial Tokens) *Client {
	if store == nil {
		panic("zalo: NewClient needs a TokenStore")
	}
	c := &Client{
		apiBase:   strings.TrimRight(cmp.Or(cfg.APIBase, defaultAPIBase), "/"),
		oauthBase: strings.TrimRight(cmp.Or(cfg.OAuthBase, defaultOAuthBase), "/"),
		znsBase:   strings.TrimRight(cmp.Or(cfg.ZNSBase, defaultZNSBase), "/"),
		appID:     cfg.AppID,
		appSecret: cfg.AppSecret,
		http:      cfg.HTTP,
		now:       cfg.Now,
		log:       cfg.Log,
		store:     store,
		tokens:    initial,
	}
	if c.http == nil {
		// Uploads of a few megabytes take longer than a text.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 32
		c.http = &http.Client{Timeout: 30 * time.Second, Transport: tr}
	}
	if c.now == nil {
		c.now = time.Now
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	return c
}

// currentTokens returns the pair in use, reading the store the first time.
func (c *Client) currentTokens(ctx context.Context) (Tokens, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.loadLocked(ctx); err != nil {
		return Tokens{}, err
	}
	return c.tokens, nil
}

// loadLocked reads the store once; c.mu must be held. A failed read is
// retried on the next call.
func (c *Client) loadLocked(ctx context.Context) error {
	if c.loaded {
		return nil
	}
	t, ok, err := c.store.LoadTokens(ctx)
	if err != nil {
		return fmt.Errorf("zalo: unable to load tokens: %w", err)
	}
	if ok {
		c.tokens = t
	}
	c.loaded = true
	return nil
}

// do sends req and returns the body of a 200 answer.
func (c *Client) do(req *http.Request) ([]byte, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		return nil, fmt.Errorf("reading the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("unexpected HTTP status %s", resp.Status)
	}
	return body, nil
}
