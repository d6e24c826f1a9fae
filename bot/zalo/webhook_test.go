package zalo

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot/zalo/zalotest"
)

// testdataSignature was computed with sha256sum; see testdata/zalo/README.md.
const testdataSignature = "mac=9e9d2c13e7c0a203b835c24b084834a3a8fba3468e707ae3243d91588948b592"

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "zalo", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSignatureKnownVector(t *testing.T) {
	body := readTestdata(t, "user_send_text.json")
	got := Signature("360846524940903967", body, "1690000000000", testOASecret)
	if got != testdataSignature {
		t.Errorf("Signature = %s, want %s", got, testdataSignature)
	}
	if other := zalotest.Sign("360846524940903967", body, "1690000000000", testOASecret); other != got {
		t.Errorf("zalotest.Sign = %s, want %s", other, got)
	}
}

func TestVerifyEventTestdata(t *testing.T) {
	body := readTestdata(t, "user_send_text.json")
	now := time.UnixMilli(1690000000000).Add(2 * time.Second)
	ev, err := VerifyEvent(body, testdataSignature, testOASecret, now, 0)
	if err != nil {
		t.Fatalf("VerifyEvent: %v", err)
	}
	if ev.EventName != "user_send_text" || ev.AppID != "360846524940903967" ||
		ev.UserIDByApp != "552177279717587730" || ev.Sender.ID != "2512523625412515" ||
		ev.Recipient.ID != "579745863508352884" || ev.Message.MsgID != "96d3cdf3af150460909" ||
		ev.Message.Text != "tỷ lệ hồ sơ trực tuyến quý 2/2019" || ev.Timestamp != "1690000000000" {
		t.Errorf("decoded %+v", ev)
	}
}

func TestVerifyEvent(t *testing.T) {
	now := time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)
	event := func(at time.Time) []byte {
		return zalotest.TextEvent{AppID: testAppID, OAID: "oa-1", UserID: "user-1", MsgID: "m-1", Text: "Xin chào", At: at}.Body()
	}
	sign := func(body []byte, at time.Time) string {
		return zalotest.Sign(testAppID, body, ms(at.UnixMilli()), testOASecret)
	}
	fresh := event(now.Add(-10 * time.Second))
	badTimestamp := []byte(`{"app_id":"app-1","timestamp":"yesterday","event_name":"user_send_text"}`)

	tests := []struct {
		name    string
		body    []byte
		header  string
		maxAge  time.Duration
		wantErr error // nil: accepted
	}{
		{name: "valid", body: fresh, header: sign(fresh, now.Add(-10*time.Second))},
		{name: "missing signature", body: fresh, header: "", wantErr: ErrMissingSignature},
		{name: "other secret", body: fresh, header: zalotest.Sign(testAppID, fresh, ms(now.Add(-10*time.Second).UnixMilli()), "other"), wantErr: ErrBadSignature},
		{name: "tampered body", body: bytes.Replace(fresh, []byte("Xin chào"), []byte("Xin chao"), 1), header: sign(fresh, now.Add(-10*time.Second)), wantErr: ErrBadSignature},
		{name: "without mac= prefix", body: fresh, header: sign(fresh, now.Add(-10*time.Second))[len("mac="):], wantErr: ErrBadSignature},
		{name: "upper-case hex", body: fresh, header: "mac=" + strings.ToUpper(sign(fresh, now.Add(-10*time.Second))[len("mac="):]), wantErr: ErrBadSignature},
		{name: "HMAC instead of plain hash", body: fresh, header: "mac=" + hmacHex(testOASecret, fresh), wantErr: ErrBadSignature},
		{name: "stale", body: event(now.Add(-6 * time.Minute)), header: sign(event(now.Add(-6*time.Minute)), now.Add(-6*time.Minute)), wantErr: ErrStaleEvent},
		{name: "old but within a longer max age", body: event(now.Add(-6 * time.Minute)), header: sign(event(now.Add(-6*time.Minute)), now.Add(-6*time.Minute)), maxAge: 10 * time.Minute},
		{name: "too far in the future", body: event(now.Add(2 * time.Minute)), header: sign(event(now.Add(2*time.Minute)), now.Add(2*time.Minute)), wantErr: ErrStaleEvent},
		{name: "slightly in the future", body: event(now.Add(30 * time.Second)), header: sign(event(now.Add(30*time.Second)), now.Add(30*time.Second))},
		{name: "not JSON", body: []byte("app_id=1"), header: "mac=00", wantErr: ErrMalformedEvent},
		{name: "timestamp not milliseconds", body: badTimestamp, header: zalotest.Sign(testAppID, badTimestamp, "yesterday", testOASecret), wantErr: ErrMalformedEvent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := VerifyEvent(tt.body, tt.header, testOASecret, now, tt.maxAge)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("VerifyEvent: %v", err)
				}
				if ev.Sender.ID != "user-1" || ev.Message.Text != "Xin chào" {
					t.Errorf("decoded %+v", ev)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("VerifyEvent error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func ms(n int64) string { return strconv.FormatInt(n, 10) }

// hmacHex is the signature a reader might wrongly expect: HMAC-SHA256 of the
// body keyed by the secret.
func hmacHex(key string, body []byte) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// TestFileEventTestdata: a user_send_file event decodes with its
// attachment's name and size (a string on the wire); zalotest builds the
// same shape.
func TestFileEventTestdata(t *testing.T) {
	var ev Event
	if err := json.Unmarshal(readTestdata(t, "user_send_file.json"), &ev); err != nil {
		t.Fatal(err)
	}
	a := ev.Message.Attachments
	if ev.EventName != "user_send_file" || len(a) != 1 || a[0].Type != "file" || a[0].Payload.Name != "so-lieu-quy-3-2025.xlsx" ||
		a[0].Payload.Size != 18432 || a[0].Payload.URL == "" || ev.Message.MsgID == "" {
		t.Fatalf("decoded %+v", ev)
	}
	built := zalotest.FileEvent{AppID: "a", OAID: "oa", UserID: "u", MsgID: "m", Name: "x.csv", Size: 77, At: time.Now()}.Body()
	var again Event
	if err := json.Unmarshal(built, &again); err != nil || again.EventName != "user_send_file" ||
		len(again.Message.Attachments) != 1 || again.Message.Attachments[0].Payload.Size != 77 || again.Message.Attachments[0].Payload.Name != "x.csv" {
		t.Fatalf("zalotest.FileEvent: %+v, %v", again, err)
	}
}
