package zalotest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func post(t *testing.T, req *http.Request) map[string]any {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %s, want 200 as Zalo answers", resp.Status)
	}
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

func refreshReq(t *testing.T, s *Server, secret, appID, refresh string) *http.Request {
	form := url.Values{"app_id": {appID}, "grant_type": {"refresh_token"}, "refresh_token": {refresh}}
	req, err := http.NewRequest(http.MethodPost, s.URL()+"/v4/oa/access_token", strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("secret_key", secret)
	return req
}

func sendReq(t *testing.T, s *Server, token string) *http.Request {
	req, err := http.NewRequest(http.MethodPost, s.URL()+"/v3.0/oa/message/cs", strings.NewReader(`{"recipient":{"user_id":"u1"},"message":{"text":"hi"}}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("access_token", token)
	return req
}

func TestFakeRefreshTokenIsSingleUse(t *testing.T) {
	s := New(t, "app", "sec")
	first := s.Issue()

	m := post(t, refreshReq(t, s, "sec", "app", first.RefreshToken))
	if m["access_token"] == nil || m["refresh_token"] == first.RefreshToken || m["expires_in"] != "90000" {
		t.Fatalf("refresh answer %v", m)
	}
	if m := post(t, refreshReq(t, s, "sec", "app", first.RefreshToken)); m["error"] != float64(CodeInvalidRefreshToken) {
		t.Errorf("second use answered %v, want error %d", m, CodeInvalidRefreshToken)
	}
	if m := post(t, sendReq(t, s, first.AccessToken)); m["error"] != float64(CodeInvalidAccessToken) {
		t.Errorf("send with the replaced access token answered %v", m)
	}
	if m := post(t, refreshReq(t, s, "wrong", "app", s.Current().RefreshToken)); m["error"] != float64(CodeInvalidSecretKey) {
		t.Errorf("wrong secret answered %v", m)
	}
	if m := post(t, refreshReq(t, s, "sec", "other", s.Current().RefreshToken)); m["error"] != float64(CodeInvalidAppID) {
		t.Errorf("wrong app id answered %v", m)
	}
	if n := s.RefreshCalls(); n != 4 {
		t.Errorf("RefreshCalls = %d, want 4", n)
	}
}

func TestFakeSend(t *testing.T) {
	s := New(t, "app", "sec")
	tok := s.Issue()
	if m := post(t, sendReq(t, s, tok.AccessToken)); m["error"] != float64(0) {
		t.Fatalf("send answered %v", m)
	}
	s.FailNextSend(-230, "user has not interacted")
	if m := post(t, sendReq(t, s, tok.AccessToken)); m["error"] != float64(-230) {
		t.Errorf("failed send answered %v", m)
	}
	s.ExpireAccessToken()
	if m := post(t, sendReq(t, s, tok.AccessToken)); m["error"] != float64(CodeInvalidAccessToken) || m["message"] != "Access token is invalid" {
		t.Errorf("expired send answered %v", m)
	}
	if sent := s.Sent(); len(sent) != 1 || sent[0].UserID != "u1" || sent[0].Text != "hi" {
		t.Errorf("Sent = %+v", sent)
	}
}
