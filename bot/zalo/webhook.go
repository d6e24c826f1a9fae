package zalo

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

const (
	// SignatureHeader carries the event's signature.
	SignatureHeader = "X-ZEvent-Signature"

	// DefaultMaxEventAge is how old an event may be when maxAge is not given.
	DefaultMaxEventAge = 5 * time.Minute

	// maxClockSkew is how far in the future an event's timestamp may be.
	maxClockSkew = time.Minute
)

// Why an event was refused; VerifyEvent's errors wrap one of these.
var (
	ErrMissingSignature = errors.New("zalo: missing event signature")
	ErrBadSignature     = errors.New("zalo: wrong event signature")
	ErrStaleEvent       = errors.New("zalo: event timestamp out of range")
	ErrMalformedEvent   = errors.New("zalo: malformed event")
)

// Event is one webhook event. The fields of user_send_text and of
// user_send_file (its message.attachments) are read; other events decode
// with what they share.
//
// Specs: https://developers.zalo.me/docs/official-account/webhook/tin-nhan/su-kien-nguoi-dung-gui-tin-nhan
type Event struct {
	AppID       string `json:"app_id"`
	EventName   string `json:"event_name"`
	Timestamp   string `json:"timestamp"` // milliseconds since the epoch, as a string
	UserIDByApp string `json:"user_id_by_app"`
	Sender      struct {
		ID string `json:"id"` // the user
	} `json:"sender"`
	Recipient struct {
		ID string `json:"id"` // the OA
	} `json:"recipient"`
	Message struct {
		Text        string       `json:"text"`
		MsgID       string       `json:"msg_id"`
		Attachments []Attachment `json:"attachments"`
	} `json:"message"`
}

// Attachment is a file, image or link a user sent. For a file
// (event user_send_file, type "file") the payload names the file, its
// size in bytes (a string on the wire), a checksum, its extension and a
// URL the OA may fetch it from.
type Attachment struct {
	Type    string `json:"type"`
	Payload struct {
		URL      string     `json:"url"`
		Name     string     `json:"name"`
		Size     textNumber `json:"size"`
		Checksum string     `json:"checksum"`
		Type     string     `json:"type"`
	} `json:"payload"`
}

// textNumber reads a number written as a JSON string ("18432", as Zalo
// sends sizes) or as a JSON number; anything else is 0.
type textNumber int64

func (n *textNumber) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		*n = 0
		return nil
	}
	*n = textNumber(v)
	return nil
}

// Signature returns the X-ZEvent-Signature value Zalo sends with an event:
// "mac=" and the hex SHA-256 of app id, raw body, timestamp and OA secret
// key, concatenated. It is a plain hash of the concatenation, not an HMAC.
//
// Specs: https://developers.zalo.me/docs/official-account/webhook/tong-quan
func Signature(appID string, body []byte, timestamp, oaSecretKey string) string {
	h := sha256.New()
	h.Write([]byte(appID))
	h.Write(body)
	h.Write([]byte(timestamp))
	h.Write([]byte(oaSecretKey))
	return "mac=" + hex.EncodeToString(h.Sum(nil))
}

// VerifyEvent parses body and accepts it only if header is its signature
// under oaSecretKey (compared in constant time) and its timestamp is at most
// maxAge old (DefaultMaxEventAge when maxAge <= 0) and at most a minute
// ahead of now. The app id and timestamp the signature covers are the
// body's own fields; the OA secret key is what makes the signature
// unforgeable, so the app id is not checked separately.
func VerifyEvent(body []byte, header, oaSecretKey string, now time.Time, maxAge time.Duration) (Event, error) {
	if header == "" {
		return Event{}, ErrMissingSignature
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		return Event{}, fmt.Errorf("%w: %v", ErrMalformedEvent, err)
	}
	want := Signature(ev.AppID, body, ev.Timestamp, oaSecretKey)
	if subtle.ConstantTimeCompare([]byte(header), []byte(want)) != 1 {
		return Event{}, ErrBadSignature
	}
	ms, err := strconv.ParseInt(ev.Timestamp, 10, 64)
	if err != nil {
		return Event{}, fmt.Errorf("%w: timestamp %q is not milliseconds", ErrMalformedEvent, ev.Timestamp)
	}
	if maxAge <= 0 {
		maxAge = DefaultMaxEventAge
	}
	at := time.UnixMilli(ms)
	if now.Sub(at) > maxAge || at.Sub(now) > maxClockSkew {
		return Event{}, fmt.Errorf("%w: event of %s at %s", ErrStaleEvent, at.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	return ev, nil
}
