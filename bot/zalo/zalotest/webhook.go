package zalotest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TextEvent describes a user_send_text event to build.
type TextEvent struct {
	AppID       string
	OAID        string
	UserID      string
	UserIDByApp string // empty: "app-" + UserID
	MsgID       string
	Text        string
	At          time.Time
}

// Body returns the event as Zalo posts it.
func (e TextEvent) Body() []byte {
	byApp := e.UserIDByApp
	if byApp == "" {
		byApp = "app-" + e.UserID
	}
	b, err := json.Marshal(map[string]any{
		"app_id":         e.AppID,
		"user_id_by_app": byApp,
		"event_name":     "user_send_text",
		"timestamp":      strconv.FormatInt(e.At.UnixMilli(), 10),
		"sender":         map[string]string{"id": e.UserID},
		"recipient":      map[string]string{"id": e.OAID},
		"message":        map[string]string{"text": e.Text, "msg_id": e.MsgID},
	})
	if err != nil {
		panic(err) // maps of strings always encode
	}
	return b
}

// FileEvent describes a user_send_file event to build (its shape:
// testdata/zalo/user_send_file.json).
type FileEvent struct {
	AppID  string
	OAID   string
	UserID string
	MsgID  string
	Name   string // the file's name, e.g. "so-lieu.xlsx"
	Size   int
	At     time.Time
}

// Body returns the event as Zalo posts it.
func (e FileEvent) Body() []byte {
	ext := ""
	if dot := strings.LastIndex(e.Name, "."); dot >= 0 {
		ext = e.Name[dot+1:]
	}
	b, err := json.Marshal(map[string]any{
		"app_id":         e.AppID,
		"user_id_by_app": "app-" + e.UserID,
		"event_name":     "user_send_file",
		"timestamp":      strconv.FormatInt(e.At.UnixMilli(), 10),
		"sender":         map[string]string{"id": e.UserID},
		"recipient":      map[string]string{"id": e.OAID},
		"message": map[string]any{"msg_id": e.MsgID, "attachments": []any{map[string]any{
			"type": "file",
			"payload": map[string]string{"url": "https://dl.zaloapp.com/fake/" + e.MsgID + "/" + e.Name, "name": e.Name,
				"size": strconv.Itoa(e.Size), "checksum": fmt.Sprintf("%032x", e.Size), "type": ext},
		}}},
	})
	if err != nil {
		panic(err) // maps of strings always encode
	}
	return b
}

// Sign computes the X-ZEvent-Signature value for body, independently of
// package zalo: "mac=" + hex(SHA-256(appID + body + timestamp + oaSecret)).
func Sign(appID string, body []byte, timestamp, oaSecret string) string {
	sum := sha256.Sum256(append(append(append([]byte(appID), body...), timestamp...), oaSecret...))
	return "mac=" + hex.EncodeToString(sum[:])
}

// SignedRequest builds a POST of body to url signed with oaSecret, taking
// the app id and timestamp from the body as Zalo does. Tamper with the
// returned request (its Body or its X-ZEvent-Signature header) to test
// refusals.
func SignedRequest(t testing.TB, url string, body []byte, oaSecret string) *http.Request {
	t.Helper()
	var fields struct {
		AppID     string `json:"app_id"`
		Timestamp string `json:"timestamp"`
	}
	if err := json.Unmarshal(body, &fields); err != nil {
		t.Fatalf("zalotest: SignedRequest needs a JSON event with app_id and timestamp: %v", err)
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatalf("zalotest: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-ZEvent-Signature", Sign(fields.AppID, body, fields.Timestamp, oaSecret))
	return req
}
