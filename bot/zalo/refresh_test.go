package zalo

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestRefreshSavesAndRotates(t *testing.T) {
	f := newFixture(t)
	if err := f.client.Refresh(context.Background()); err != nil {
		t.Fatalf("Refresh: %v", err)
	}
	cur := f.srv.Current()
	saved, _ := f.store.saved()
	if saved.AccessToken != cur.AccessToken || saved.RefreshToken != cur.RefreshToken {
		t.Errorf("store holds %+v, want the fake's current pair %+v", saved, cur)
	}
	if cur.RefreshToken == f.initial.RefreshToken {
		t.Error("the fake did not rotate the refresh token")
	}
	// A second refresh spends the new token, not the old one.
	if err := f.client.Refresh(context.Background()); err != nil {
		t.Fatalf("second Refresh: %v", err)
	}
	if n := f.srv.RefreshCalls(); n != 2 {
		t.Errorf("refresh calls = %d, want 2", n)
	}
}

func TestRefreshRefused(t *testing.T) {
	tests := []struct {
		name     string
		appID    string
		secret   string
		spent    bool // use a refresh token already exchanged
		wantCode int
	}{
		{name: "wrong secret key", appID: testAppID, secret: "other", wantCode: -14002},
		{name: "wrong app id", appID: "other", secret: testAppSecret, wantCode: -14001},
		{name: "spent refresh token", appID: testAppID, secret: testAppSecret, spent: true, wantCode: -14014},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			if tt.spent {
				if err := f.client.Refresh(context.Background()); err != nil {
					t.Fatalf("first Refresh: %v", err)
				}
			}
			store := &memStore{j: f.j}
			c := f.newClient(store, f.initial)
			c.appID, c.appSecret = tt.appID, tt.secret

			err := c.Refresh(context.Background())
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.Code != tt.wantCode {
				t.Fatalf("Refresh error = %v, want API error %d", err, tt.wantCode)
			}
			if apiErr.TokenInvalid() {
				t.Error("an OAuth refusal reports TokenInvalid")
			}
			if _, saves := store.saved(); saves != 0 {
				t.Errorf("store saves = %d, want 0", saves)
			}
			if tok, _ := c.currentTokens(context.Background()); tok != f.initial {
				t.Errorf("client moved to %+v after a refusal", tok)
			}
		})
	}
}

func TestRefreshConcurrentCallersShareOneExchange(t *testing.T) {
	f := newFixture(t)
	f.srv.SetRefreshDelay(300 * time.Millisecond)

	leader := make(chan error, 1)
	go func() { leader <- f.client.Refresh(context.Background()) }()
	// Wait until the leader's exchange has reached the fake, then pile on.
	for deadline := time.Now().Add(5 * time.Second); f.srv.RefreshCalls() == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the first refresh never reached the fake")
		}
		time.Sleep(time.Millisecond)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Go(func() { errs <- f.client.Refresh(context.Background()) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("follower Refresh: %v", err)
		}
	}
	if err := <-leader; err != nil {
		t.Errorf("leader Refresh: %v", err)
	}
	if n := f.srv.RefreshCalls(); n != 1 {
		t.Errorf("refresh calls = %d, want 1", n)
	}
}

func TestRefreshSurvivesCallerCancellation(t *testing.T) {
	f := newFixture(t)
	f.srv.SetRefreshDelay(200 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()

	if err := f.client.Refresh(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Refresh error = %v, want the caller's deadline", err)
	}
	// The exchange went on without the caller: the spent token's successor
	// is saved and in use.
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, saves := f.store.saved(); saves == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the refreshed pair was never saved")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := f.client.SendText(context.Background(), "user-1", "Xin chào"); err != nil {
		t.Fatalf("SendText after the detached refresh: %v", err)
	}
	if n := f.srv.RefreshCalls(); n != 1 {
		t.Errorf("refresh calls = %d, want 1", n)
	}
}

func TestNewClientPrefersStoredTokens(t *testing.T) {
	f := newFixture(t)
	stored := Tokens(f.srv.Issue()) // what a previous run saved; f.initial is now stale
	store := &memStore{j: f.j, tokens: stored, ok: true}
	c := f.newClient(store, f.initial)

	if _, err := c.SendText(context.Background(), "user-1", "Xin chào"); err != nil {
		t.Fatalf("SendText: %v", err)
	}
	if n := f.srv.RefreshCalls(); n != 0 {
		t.Errorf("refresh calls = %d, want 0: the stored pair is valid", n)
	}

	broken := &memStore{j: f.j, loadErr: errors.New("db down")}
	c = f.newClient(broken, f.initial)
	if _, err := c.SendText(context.Background(), "user-1", "Xin chào"); err == nil {
		t.Error("SendText succeeded with an unreadable store")
	}
}

func TestNewClientNeedsStore(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewClient with a nil store did not panic")
		}
	}()
	NewClient(Config{}, nil, Tokens{})
}

func TestParseTokenResponse(t *testing.T) {
	now := time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		body     string
		want     Tokens
		wantCode int  // API error code
		wantErr  bool // any other error
	}{
		{
			name: "expires_in as documented string",
			body: `{"access_token":"a","refresh_token":"r","expires_in":"90000"}`,
			want: Tokens{AccessToken: "a", RefreshToken: "r", ExpiresAt: now.Add(90000 * time.Second)},
		},
		{
			name: "expires_in as number",
			body: `{"access_token":"a","refresh_token":"r","expires_in":3600}`,
			want: Tokens{AccessToken: "a", RefreshToken: "r", ExpiresAt: now.Add(time.Hour)},
		},
		{
			name: "expires_in missing: documented 25 h",
			body: `{"access_token":"a","refresh_token":"r"}`,
			want: Tokens{AccessToken: "a", RefreshToken: "r", ExpiresAt: now.Add(25 * time.Hour)},
		},
		{
			name: "expires_in garbage: documented 25 h",
			body: `{"access_token":"a","refresh_token":"r","expires_in":"soon"}`,
			want: Tokens{AccessToken: "a", RefreshToken: "r", ExpiresAt: now.Add(25 * time.Hour)},
		},
		{name: "refused", body: `{"error":-14014,"error_name":"n","error_description":"d"}`, wantCode: -14014},
		{name: "refused without description", body: `{"error":-14002,"error_name":"n"}`, wantCode: -14002},
		{name: "no refresh token", body: `{"access_token":"a","expires_in":"90000"}`, wantErr: true},
		{name: "not JSON", body: `<html>`, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseTokenResponse([]byte(tt.body), now)
			var apiErr *APIError
			switch {
			case tt.wantCode != 0:
				if !errors.As(err, &apiErr) || apiErr.Code != tt.wantCode || apiErr.Message == "" {
					t.Errorf("error = %v, want API error %d with a message", err, tt.wantCode)
				}
			case tt.wantErr:
				if err == nil {
					t.Errorf("got %+v, want an error", got)
				}
			case err != nil:
				t.Errorf("error: %v", err)
			case got != tt.want:
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestDocumentedPayloads decodes the answers stored in testdata/zalo.
func TestDocumentedPayloads(t *testing.T) {
	now := time.Now()
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "zalo", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Run("send_success", func(t *testing.T) {
		id, err := parseSendResponse(read("send_success.json"))
		if err != nil || id != "4d2f7f6b4a1c9b0e8f3a" {
			t.Errorf("got %q, %v", id, err)
		}
	})
	t.Run("send_error_token", func(t *testing.T) {
		_, err := parseSendResponse(read("send_error_token.json"))
		var apiErr *APIError
		if !errors.As(err, &apiErr) || !apiErr.TokenInvalid() {
			t.Errorf("error = %v, want a token-invalid API error", err)
		}
	})
	t.Run("refresh_success", func(t *testing.T) {
		tok, err := parseTokenResponse(read("refresh_success.json"), now)
		if err != nil || tok.RefreshToken == "" || !tok.ExpiresAt.Equal(now.Add(90000*time.Second)) {
			t.Errorf("got %+v, %v", tok, err)
		}
	})
	t.Run("refresh_error", func(t *testing.T) {
		_, err := parseTokenResponse(read("refresh_error.json"), now)
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.Code != -14014 {
			t.Errorf("error = %v, want API error -14014", err)
		}
	})
}
