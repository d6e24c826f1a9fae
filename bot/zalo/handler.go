package zalo

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"
)

// maxEventBytes bounds a webhook body.
const maxEventBytes = 1 << 20

// WebhookHandler answers Zalo's event posts; mount it at POST /zalo/webhook.
// It reads the body (at most 1 MiB), verifies it with VerifyEvent (401 for a
// missing or wrong signature, 400 for a stale or malformed event), calls
// handle for every verified event and answers 200 {"error":0}.
//
// If handle fails the answer is 500, so that Zalo delivers the event again:
// deduplication is handle's job (by message.msg_id). Zalo expects an answer
// within about 2 seconds, so handle should record the event and return,
// not reply to the user inline.
//
// Specs: https://developers.zalo.me/docs/official-account/webhook/tong-quan
func WebhookHandler(oaSecretKey string, maxAge time.Duration, now func() time.Time, handle func(ctx context.Context, ev Event) error) http.Handler {
	if now == nil {
		now = time.Now
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			answer(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxEventBytes))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				answer(w, http.StatusRequestEntityTooLarge, "body too large")
				return
			}
			answer(w, http.StatusBadRequest, "unreadable body")
			return
		}
		ev, err := VerifyEvent(body, r.Header.Get(SignatureHeader), oaSecretKey, now(), maxAge)
		switch {
		case errors.Is(err, ErrMissingSignature), errors.Is(err, ErrBadSignature):
			answer(w, http.StatusUnauthorized, "bad signature")
			return
		case err != nil:
			answer(w, http.StatusBadRequest, "bad event")
			return
		}
		if err := handle(r.Context(), ev); err != nil {
			answer(w, http.StatusInternalServerError, "not handled")
			return
		}
		answer(w, http.StatusOK, "")
	})
}

// answer writes the JSON reply; the message never says more than the status.
func answer(w http.ResponseWriter, status int, message string) {
	reply := struct {
		Error   int    `json:"error"`
		Message string `json:"message,omitempty"`
	}{Message: message}
	if status != http.StatusOK {
		reply.Error = -1
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(reply)
}
