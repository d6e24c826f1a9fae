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
	var msg outMessage
	msg.Text = text
	return c.sendMessage(ctx, userID, msg)
}

// withToken runs call with the access token, refreshing first a token that
// expires within a minute, and once more (retrying once) when the API
// refuses the token as invalid or expired.
func (c *Client) withToken(ctx context.Context, call func(accessToken string) error) error {
	tok, err := c.currentTokens(ctx)
	if err != nil {
		return err
	}
	if tok.expiresWithin(c.now(), refreshMargin) {
		if err := c.refresh(ctx, tok.AccessToken, false); err != nil {
			return err
		}
		if tok, err = c.currentTokens(ctx); err != nil {
			return err
		}
	}
	err = call(tok.AccessToken)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !apiErr.TokenInvalid() {
		return err
	}
	if err := c.refresh(ctx, tok.AccessToken, false); err != nil {
		return err
	}
	if tok, err = c.currentTokens(ctx); err != nil {
		return err
	}
	return call(tok.AccessToken)
}

// outMessage is the "message" of a consultation send: a text, or an
// attachment (an uploaded image, with an optional text, or a file).
type outMessage struct {
	Text       string      `json:"text,omitempty"`
	Attachment *attachment `json:"attachment,omitempty"`
}

type attachment struct {
	Type    string            `json:"type"`
	Payload attachmentPayload `json:"payload"`
}

type attachmentPayload struct {
	TemplateType string         `json:"template_type,omitempty"`
	Elements     []mediaElement `json:"elements,omitempty"`
	Token        string         `json:"token,omitempty"`
}

type mediaElement struct {
	MediaType    string `json:"media_type"`
	AttachmentID string `json:"attachment_id"`
}

// sendMessage posts one consultation message to userID.
func (c *Client) sendMessage(ctx context.Context, userID string, msg outMessage) (string, error) {
	var id string
	err := c.withToken(ctx, func(access string) error {
		var err error
		id, err = c.postMessage(ctx, access, userID, msg)
		return err
	})
	return id, err
}

// postMessage makes one send with accessToken.
func (c *Client) postMessage(ctx context.Context, accessToken, userID string, msg outMessage) (string, error) {
	var payload struct {
		Recipient struct {
			UserID string `json:"user_id"`
		} `json:"recipient"`
		Message outMessage `json:"message"`
	}
	payload.Recipient.UserID = userID
	payload.Message = msg
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
		return "", fmt.Errorf("zalo: unable to send a message: %w", err)
	}
	id, err := parseSendResponse(body)
	if err != nil {
		return "", fmt.Errorf("zalo: unable to send a message: %w", err)
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
