package zalo

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

const (
	refreshPath = "/v4/oa/access_token"

	// refreshTimeout bounds one exchange-and-save. The flight runs detached
	// from the callers' contexts: a caller giving up half way must not leave
	// the refresh token spent and the new pair unsaved.
	refreshTimeout = 30 * time.Second

	// defaultAccessTTL is used when the answer's expires_in is unreadable;
	// Zalo documents about 25 hours.
	defaultAccessTTL = 25 * time.Hour
)

// refreshFlight is one refresh in progress; callers arriving meanwhile wait
// for done and share err.
type refreshFlight struct {
	done chan struct{}
	err  error
}

// Refresh exchanges the refresh token for a new pair, saves the pair to the
// store, and only then starts using the new access token. If saving fails
// the error is returned and the old pair stays in use; the new pair is kept
// aside (the old refresh token is already spent) and saved by the next
// Refresh instead of exchanging again. Refreshes never overlap: concurrent
// callers wait for the one in flight and share its result.
//
// Specs: https://developers.zalo.me/docs/api/official-account-api/xac-thuc-va-uy-quyen/cach-1-xac-thuc-voi-giao-thuc-oauth/lay-access-token-tu-refresh-token-post-4970
// POST $ZALO_OAUTH_BASE/v4/oa/access_token, header secret_key, form
// app_id, grant_type=refresh_token, refresh_token; answer
// {"access_token","refresh_token","expires_in":"90000"} (seconds, as a string).
func (c *Client) Refresh(ctx context.Context) error {
	return c.refresh(ctx, "", true)
}

// refresh joins the flight under way or starts one. Unless force is set, it
// starts none when the access token in use is no longer usedAccess: another
// caller has refreshed since usedAccess was read, so the caller should just
// retry with the current token.
func (c *Client) refresh(ctx context.Context, usedAccess string, force bool) error {
	c.mu.Lock()
	if err := c.loadLocked(ctx); err != nil {
		c.mu.Unlock()
		return err
	}
	f := c.flight
	if f == nil {
		if !force && c.tokens.AccessToken != usedAccess {
			c.mu.Unlock()
			return nil
		}
		f = &refreshFlight{done: make(chan struct{})}
		c.flight = f
		go c.fly(context.WithoutCancel(ctx), f)
	}
	c.mu.Unlock()

	select {
	case <-f.done:
		return f.err
	case <-ctx.Done():
		return fmt.Errorf("zalo: waiting for the token refresh: %w", ctx.Err())
	}
}

// fly performs one refresh and publishes its result.
func (c *Client) fly(ctx context.Context, f *refreshFlight) {
	ctx, cancel := context.WithTimeout(ctx, refreshTimeout)
	defer cancel()

	c.mu.Lock()
	refreshToken, next := c.tokens.RefreshToken, c.unsaved
	c.mu.Unlock()

	var err error
	if next == nil {
		var t Tokens
		t, err = c.exchange(ctx, refreshToken)
		if err == nil {
			next = &t
		}
	}
	if err == nil {
		if serr := c.store.SaveTokens(ctx, *next); serr != nil {
			err = fmt.Errorf("zalo: unable to save the refreshed tokens: %w", serr)
		}
	}

	if err != nil {
		c.log.Warn("zalo: token refresh failed", "err", err, "exchanged", next != nil)
	} else {
		c.log.Info("zalo: access token refreshed", "expires_at", next.ExpiresAt)
	}
	c.mu.Lock()
	switch {
	case err == nil:
		c.tokens, c.unsaved = *next, nil
	case next != nil:
		c.unsaved = next
	}
	c.flight = nil
	f.err = err
	c.mu.Unlock()
	close(f.done)
}

// exchange spends refreshToken on a new pair.
func (c *Client) exchange(ctx context.Context, refreshToken string) (Tokens, error) {
	form := url.Values{
		"app_id":        {c.appID},
		"grant_type":    {"refresh_token"},
		"refresh_token": {refreshToken},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.oauthBase+refreshPath, strings.NewReader(form.Encode()))
	if err != nil {
		return Tokens{}, fmt.Errorf("zalo: unable to build the refresh request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	// Set directly to keep the documented lower-case name on the wire.
	req.Header["secret_key"] = []string{c.appSecret}

	body, err := c.do(req)
	if err != nil {
		return Tokens{}, fmt.Errorf("zalo: unable to refresh the access token: %w", err)
	}
	t, err := parseTokenResponse(body, c.now())
	if err != nil {
		return Tokens{}, fmt.Errorf("zalo: unable to refresh the access token: %w", err)
	}
	return t, nil
}

// parseTokenResponse reads the OAuth answer. It is lenient about expires_in:
// by the time we read it the old refresh token is spent, so refusing the
// answer would lose the only valid pair.
func parseTokenResponse(body []byte, now time.Time) (Tokens, error) {
	var r struct {
		AccessToken      string          `json:"access_token"`
		RefreshToken     string          `json:"refresh_token"`
		ExpiresIn        json.RawMessage `json:"expires_in"`
		Error            int             `json:"error"`
		ErrorName        string          `json:"error_name"`
		ErrorDescription string          `json:"error_description"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return Tokens{}, fmt.Errorf("decoding the answer: %w", err)
	}
	if r.Error != 0 {
		return Tokens{}, &APIError{Code: r.Error, Message: cmp.Or(r.ErrorDescription, r.ErrorName)}
	}
	if r.AccessToken == "" || r.RefreshToken == "" {
		return Tokens{}, errors.New("the answer has no access_token or refresh_token")
	}
	ttl := defaultAccessTTL
	if s, ok := parseSeconds(r.ExpiresIn); ok {
		ttl = time.Duration(s) * time.Second
	}
	return Tokens{AccessToken: r.AccessToken, RefreshToken: r.RefreshToken, ExpiresAt: now.Add(ttl)}, nil
}

// parseSeconds reads a positive count of seconds given as "90000" (the
// documented form) or 90000.
func parseSeconds(raw json.RawMessage) (int64, bool) {
	s := string(raw)
	if uq, err := strconv.Unquote(s); err == nil {
		s = uq
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 || n > int64(365*24*time.Hour/time.Second) {
		return 0, false
	}
	return n, true
}
