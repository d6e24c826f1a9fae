package zalo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

const (
	sendPath = "/v3.0/oa/message/cs"

	// refreshMargin: a token this close to its expiry is refreshed before
	// sending rather than after a refusal.
	refreshMargin = time.Minute
)

// SendText sends a customer-service ("tư vấn") text to userID and returns
// Zalo's message id. A token that expires within a minute is refreshed
// first; a token the API refuses as invalid or expired is refreshed once and
// the send retried once. Other failures are returned as they are, *APIError
// for a refusal: the caller's outbox decides about retrying (Zalo has no
// idempotency key, so a retry after a lost answer may send twice).
//
// Specs: https://developers.zalo.me/docs/official-account/tin-nhan/tin-tu-van/gui-tin-tu-van-dang-van-ban
// POST $ZALO_API_BASE/v3.0/oa/message/cs, header access_token, body
// {"recipient":{"user_id":...},"message":{"text":...}}; answer
// {"error":0,"message":"Success","data":{"message_id":...,"user_id":...}},
// a refusal is HTTP 200 with a non-zero "error".
func (c *Client) SendText(ctx context.Context, userID, text string) (messageID string, err error) {
	tok, err := c.currentTokens(ctx)
	if err != nil {
		return "", err
	}
	if tok.expiresWithin(c.now(), refreshMargin) {
		if err := c.refresh(ctx, tok.AccessToken, false); err != nil {
			return "", err
		}
		if tok, err = c.currentTokens(ctx); err != nil {
			return "", err
		}
	}

	id, err := c.sendText(ctx, tok.AccessToken, userID, text)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !apiErr.TokenInvalid() {
		return id, err
	}
	if err := c.refresh(ctx, tok.AccessToken, false); err != nil {
		return "", err
	}
	if tok, err = c.currentTokens(ctx); err != nil {
		return "", err
	}
	return c.sendText(ctx, tok.AccessToken, userID, text)
}

// sendText makes one send with accessToken.
func (c *Client) sendText(ctx context.Context, accessToken, userID, text string) (string, error) {
	var payload struct {
		Recipient struct {
			UserID string `json:"user_id"`
		} `json:"recipient"`
		Message struct {
			Text string `json:"text"`
		} `json:"message"`
	}
	payload.Recipient.UserID = userID
	payload.Message.Text = text
	b, err := json.Marshal(payload)
	if err != nil {
		return "", fmt.Errorf("zalo: unable to encode the message: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.apiBase+sendPath, bytes.NewReader(b))
	if err != nil {
		return "", fmt.Errorf("zalo: unable to build the send request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	// Set directly to keep the documented lower-case name on the wire.
	req.Header["access_token"] = []string{accessToken}

	body, err := c.do(req)
	if err != nil {
		return "", fmt.Errorf("zalo: unable to send text: %w", err)
	}
	id, err := parseSendResponse(body)
	if err != nil {
		return "", fmt.Errorf("zalo: unable to send text: %w", err)
	}
	return id, nil
}

// parseSendResponse reads the OA API answer; an answer without an "error"
// field is not one of Zalo's and is refused.
func parseSendResponse(body []byte) (string, error) {
	var r struct {
		Error   *int   `json:"error"`
		Message string `json:"message"`
		Data    struct {
			MessageID string `json:"message_id"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return "", fmt.Errorf("decoding the answer: %w", err)
	}
	if r.Error == nil {
		return "", errors.New("the answer has no error field")
	}
	if *r.Error != 0 {
		return "", &APIError{Code: *r.Error, Message: r.Message}
	}
	return r.Data.MessageID, nil
}
