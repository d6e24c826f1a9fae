package zalo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot/zalo/zalotest"
)

func TestWebhookHandler(t *testing.T) {
	now := time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)
	body := func(at time.Time) []byte {
		return zalotest.TextEvent{AppID: testAppID, OAID: "oa-1", UserID: "user-1", MsgID: "m-1", Text: "con thiếu bao nhiêu kinh phí?", At: at}.Body()
	}
	const url = "http://bot.example/zalo/webhook"

	tests := []struct {
		name       string
		request    func(t *testing.T) *http.Request
		handleErr  error
		wantStatus int
		wantEvent  bool
	}{
		{
			name:       "signed event",
			request:    func(t *testing.T) *http.Request { return zalotest.SignedRequest(t, url, body(now), testOASecret) },
			wantStatus: http.StatusOK,
			wantEvent:  true,
		},
		{
			name: "missing signature",
			request: func(t *testing.T) *http.Request {
				r := zalotest.SignedRequest(t, url, body(now), testOASecret)
				r.Header.Del(SignatureHeader)
				return r
			},
			wantStatus: http.StatusUnauthorized,
		},
		{
			name:       "wrong secret",
			request:    func(t *testing.T) *http.Request { return zalotest.SignedRequest(t, url, body(now), "other") },
			wantStatus: http.StatusUnauthorized,
		},
		{
			name: "tampered body",
			request: func(t *testing.T) *http.Request {
				r := zalotest.SignedRequest(t, url, body(now), testOASecret)
				r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(body(now), []byte("user-1"), []byte("user-2"), 1)))
				return r
			},
			wantStatus: http.StatusUnauthorized,
		},
		{
			name: "stale",
			request: func(t *testing.T) *http.Request {
				return zalotest.SignedRequest(t, url, body(now.Add(-time.Hour)), testOASecret)
			},
			wantStatus: http.StatusBadRequest,
		},
		{
			name: "malformed",
			request: func(t *testing.T) *http.Request {
				r := httptest.NewRequest(http.MethodPost, url, strings.NewReader("{not json"))
				r.Header.Set(SignatureHeader, "mac=00")
				return r
			},
			wantStatus: http.StatusBadRequest,
		},
		{
			name: "too large",
			request: func(t *testing.T) *http.Request {
				r := httptest.NewRequest(http.MethodPost, url, bytes.NewReader(make([]byte, maxEventBytes+1)))
				r.Header.Set(SignatureHeader, "mac=00")
				return r
			},
			wantStatus: http.StatusRequestEntityTooLarge,
		},
		{
			name:       "GET",
			request:    func(t *testing.T) *http.Request { return httptest.NewRequest(http.MethodGet, url, nil) },
			wantStatus: http.StatusMethodNotAllowed,
		},
		{
			name:       "handler fails: Zalo should deliver again",
			request:    func(t *testing.T) *http.Request { return zalotest.SignedRequest(t, url, body(now), testOASecret) },
			handleErr:  errors.New("db down"),
			wantStatus: http.StatusInternalServerError,
			wantEvent:  true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Event
			h := WebhookHandler(testOASecret, 0, func() time.Time { return now }, func(ctx context.Context, ev Event) error {
				got = append(got, ev)
				return tt.handleErr
			})
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, tt.request(t))

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			var reply struct {
				Error *int `json:"error"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &reply); err != nil || reply.Error == nil {
				t.Errorf("answer %q is not {\"error\": ...}", rec.Body)
			} else if ok := *reply.Error == 0; ok != (tt.wantStatus == http.StatusOK) {
				t.Errorf("answer error = %d with status %d", *reply.Error, rec.Code)
			}
			switch {
			case !tt.wantEvent && len(got) != 0:
				t.Errorf("handle got %+v, want no call", got)
			case tt.wantEvent && (len(got) != 1 || got[0].Sender.ID != "user-1" || got[0].Message.MsgID != "m-1" || got[0].Message.Text != "con thiếu bao nhiêu kinh phí?"):
				t.Errorf("handle got %+v, want the event once", got)
			}
		})
	}
}
