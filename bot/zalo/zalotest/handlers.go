package zalotest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Error codes the fake answers with. -216 and -201 are Zalo's; the OAuth
// ones are illustrative (only -14014 appears in the product spec).
const (
	CodeInvalidParams       = -201
	CodeInvalidAccessToken  = -216
	CodeInvalidAppID        = -14001
	CodeInvalidSecretKey    = -14002
	CodeInvalidGrantType    = -14003
	CodeInvalidRefreshToken = -14014
)

// handleSend is POST /v3.0/oa/message/cs.
func (s *Server) handleSend(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Recipient struct {
			UserID string `json:"user_id"`
		} `json:"recipient"`
		Message struct {
			Text string `json:"text"`
		} `json:"message"`
	}
	decodeErr := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&req)
	token := r.Header.Get("access_token")

	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.failures) > 0 {
		f := s.failures[0]
		s.failures = s.failures[1:]
		writeJSON(w, map[string]any{"error": f.code, "message": f.message})
		return
	}
	if token == "" || token != s.access {
		writeJSON(w, map[string]any{"error": CodeInvalidAccessToken, "message": "Access token is invalid"})
		return
	}
	if decodeErr != nil || req.Recipient.UserID == "" || req.Message.Text == "" {
		writeJSON(w, map[string]any{"error": CodeInvalidParams, "message": "Parameters are invalid"})
		return
	}
	s.sent = append(s.sent, SentMessage{UserID: req.Recipient.UserID, Text: req.Message.Text, At: time.Now()})
	writeJSON(w, map[string]any{
		"error":   0,
		"message": "Success",
		"data": map[string]string{
			"message_id": fmt.Sprintf("msg-%d", len(s.sent)),
			"user_id":    req.Recipient.UserID,
		},
	})
}

// handleRefresh is POST /v4/oa/access_token with grant_type=refresh_token.
func (s *Server) handleRefresh(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.refreshCalls++
	delay := s.refreshDelay
	s.mu.Unlock()
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if err := r.ParseForm(); err != nil {
		oauthError(w, CodeInvalidGrantType, "invalid_request", "form body expected")
		return
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.Header.Get("secret_key") != s.appSecret:
		oauthError(w, CodeInvalidSecretKey, "invalid_secret_key", "Secret key is invalid")
	case r.PostForm.Get("app_id") != s.appID:
		oauthError(w, CodeInvalidAppID, "invalid_app_id", "App id is invalid")
	case r.PostForm.Get("grant_type") != "refresh_token":
		oauthError(w, CodeInvalidGrantType, "invalid_grant_type", "Grant type is invalid")
	case r.PostForm.Get("refresh_token") == "" || r.PostForm.Get("refresh_token") != s.refresh:
		oauthError(w, CodeInvalidRefreshToken, "invalid_refresh_token", "Refresh token is invalid or has been used")
	default:
		// The exchange spends the refresh token: the old pair stops working.
		t := s.issueLocked()
		writeJSON(w, map[string]string{
			"access_token":  t.AccessToken,
			"refresh_token": t.RefreshToken,
			"expires_in":    strconv.Itoa(int(AccessTTL / time.Second)),
		})
	}
}

func oauthError(w http.ResponseWriter, code int, name, description string) {
	writeJSON(w, map[string]any{"error": code, "error_name": name, "error_description": description})
}

// writeJSON answers HTTP 200, as Zalo does for refusals too.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
