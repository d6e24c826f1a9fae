package zalo

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestSendTextSuccess(t *testing.T) {
	f := newFixture(t)
	id, err := f.client.SendText(context.Background(), "user-1", "Xin chào")
	if err != nil {
		t.Fatalf("SendText: %v", err)
	}
	if id == "" {
		t.Error("SendText returned an empty message id")
	}
	sent := f.srv.Sent()
	if len(sent) != 1 || sent[0].UserID != "user-1" || sent[0].Text != "Xin chào" {
		t.Errorf("fake received %+v, want one Xin chào to user-1", sent)
	}
	if n := f.srv.RefreshCalls(); n != 0 {
		t.Errorf("refresh calls = %d, want 0", n)
	}
}

func TestSendTextExpiredTokenRefreshesOnceAndSavesFirst(t *testing.T) {
	f := newFixture(t)
	f.srv.ExpireAccessToken()

	if _, err := f.client.SendText(context.Background(), "user-1", "Báo cáo quý 2"); err != nil {
		t.Fatalf("SendText: %v", err)
	}
	if n := f.srv.RefreshCalls(); n != 1 {
		t.Errorf("refresh calls = %d, want 1", n)
	}
	if sent := f.srv.Sent(); len(sent) != 1 || sent[0].Text != "Báo cáo quý 2" {
		t.Errorf("fake received %+v, want the message once", sent)
	}

	cur := f.srv.Current()
	want := []string{
		"send:" + f.initial.AccessToken,
		"refresh",
		"save:" + cur.RefreshToken, // saved before the new access token is used
		"send:" + cur.AccessToken,
	}
	if got := f.j.list(); !slices.Equal(got, want) {
		t.Errorf("order of operations\n got %q\nwant %q", got, want)
	}
	saved, saves := f.store.saved()
	if saves != 1 || saved.AccessToken != cur.AccessToken || saved.RefreshToken != cur.RefreshToken {
		t.Errorf("store holds %+v after %d saves, want the fake's current pair %+v once", saved, saves, cur)
	}
	if !saved.ExpiresAt.After(time.Now().Add(24 * time.Hour)) {
		t.Errorf("saved expiry %v, want about 25 h ahead", saved.ExpiresAt)
	}

	// The old refresh token is spent: a client still holding it is refused.
	stale := f.newClient(&memStore{j: &journal{}}, f.initial)
	err := stale.Refresh(context.Background())
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Code != -14014 {
		t.Errorf("refresh with the spent token: %v, want API error -14014", err)
	}
}

func TestSendTextRefreshesTokenAboutToExpire(t *testing.T) {
	f := newFixture(t)
	soon := f.initial
	soon.ExpiresAt = time.Now().Add(30 * time.Second)
	c := f.newClient(f.store, soon)

	if _, err := c.SendText(context.Background(), "user-1", "Xin chào"); err != nil {
		t.Fatalf("SendText: %v", err)
	}
	cur := f.srv.Current()
	want := []string{"refresh", "save:" + cur.RefreshToken, "send:" + cur.AccessToken}
	if got := f.j.list(); !slices.Equal(got, want) {
		t.Errorf("order of operations\n got %q\nwant %q", got, want)
	}
}

func TestSendTextConcurrentExpiredTokenRefreshesOnce(t *testing.T) {
	f := newFixture(t)
	f.srv.ExpireAccessToken()
	f.srv.SetRefreshDelay(100 * time.Millisecond)

	const senders = 20
	var wg sync.WaitGroup
	errs := make(chan error, senders)
	start := make(chan struct{})
	for i := range senders {
		wg.Go(func() {
			<-start
			_, err := f.client.SendText(context.Background(), fmt.Sprintf("user-%d", i), "Xin chào")
			errs <- err
		})
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("SendText: %v", err)
		}
	}
	if n := f.srv.RefreshCalls(); n != 1 {
		t.Errorf("refresh calls = %d, want 1", n)
	}
	if n := len(f.srv.Sent()); n != senders {
		t.Errorf("fake received %d messages, want %d", n, senders)
	}
	if _, saves := f.store.saved(); saves != 1 {
		t.Errorf("store saves = %d, want 1", saves)
	}
}

func TestSendTextSaveFailureDoesNotUseUnsavedToken(t *testing.T) {
	f := newFixture(t)
	f.srv.ExpireAccessToken()
	f.store.failSaves(errDiskFull)

	_, err := f.client.SendText(context.Background(), "user-1", "Xin chào")
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("SendText error = %v, want it to wrap %v", err, errDiskFull)
	}
	unsaved := f.srv.Current() // what the exchange returned
	want := []string{"send:" + f.initial.AccessToken, "refresh", "save-failed:" + unsaved.RefreshToken}
	if got := f.j.list(); !slices.Equal(got, want) {
		t.Errorf("order of operations\n got %q\nwant %q", got, want)
	}
	if sent := f.srv.Sent(); len(sent) != 0 {
		t.Errorf("fake received %+v, want nothing", sent)
	}

	// Once the store works again, the kept pair is saved rather than the
	// spent refresh token exchanged again.
	f.store.failSaves(nil)
	if _, err := f.client.SendText(context.Background(), "user-1", "Xin chào"); err != nil {
		t.Fatalf("SendText after the store recovered: %v", err)
	}
	if n := f.srv.RefreshCalls(); n != 1 {
		t.Errorf("refresh calls = %d, want still 1", n)
	}
	want = append(want, "send:"+f.initial.AccessToken, "save:"+unsaved.RefreshToken, "send:"+unsaved.AccessToken)
	if got := f.j.list(); !slices.Equal(got, want) {
		t.Errorf("order of operations\n got %q\nwant %q", got, want)
	}
}

func TestSendTextAPIErrors(t *testing.T) {
	tests := []struct {
		name      string
		failures  []int // codes of the sends to fail, in order
		wantCode  int   // 0: success
		refreshes int
		sends     int
	}{
		{name: "not a token problem", failures: []int{-201}, wantCode: -201, refreshes: 0, sends: 1},
		{name: "token invalid", failures: []int{-216}, refreshes: 1, sends: 2},
		{name: "token expired", failures: []int{-124}, refreshes: 1, sends: 2},
		{name: "still invalid after refresh", failures: []int{-216, -216}, wantCode: -216, refreshes: 1, sends: 2},
		{name: "other error after refresh", failures: []int{-216, -230}, wantCode: -230, refreshes: 1, sends: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			for _, code := range tt.failures {
				f.srv.FailNextSend(code, fmt.Sprintf("failure %d", code))
			}
			_, err := f.client.SendText(context.Background(), "user-1", "Xin chào")
			var apiErr *APIError
			switch {
			case tt.wantCode == 0 && err != nil:
				t.Errorf("SendText: %v", err)
			case tt.wantCode != 0 && (!errors.As(err, &apiErr) || apiErr.Code != tt.wantCode):
				t.Errorf("SendText error = %v, want API error %d", err, tt.wantCode)
			}
			if n := f.srv.RefreshCalls(); n != tt.refreshes {
				t.Errorf("refresh calls = %d, want %d", n, tt.refreshes)
			}
			sends := 0
			for _, e := range f.j.list() {
				if strings.HasPrefix(e, "send:") {
					sends++
				}
			}
			if sends != tt.sends {
				t.Errorf("sends = %d, want %d", sends, tt.sends)
			}
		})
	}
}

func TestSendTextUnexpectedAnswers(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
	}{
		{"bad gateway", http.StatusBadGateway, `{"error":0}`},
		{"not JSON", http.StatusOK, `<html>maintenance</html>`},
		{"no error field", http.StatusOK, `{}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				fmt.Fprint(w, tt.body)
			}))
			defer srv.Close()
			c := NewClient(Config{APIBase: srv.URL, OAuthBase: srv.URL}, &memStore{j: &journal{}}, Tokens{AccessToken: "a", RefreshToken: "r"})
			_, err := c.SendText(context.Background(), "user-1", "Xin chào")
			if err == nil {
				t.Fatal("SendText succeeded, want an error")
			}
			var apiErr *APIError
			if errors.As(err, &apiErr) {
				t.Errorf("error %v is an APIError, want a transport or decoding error", err)
			}
		})
	}
}
