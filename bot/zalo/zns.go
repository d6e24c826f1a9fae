package zalo

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const znsPath = "/message/template"

// SendTemplate sends an approved ZNS template to a phone number (84…), the
// way to reach a person outside the OA's free reply window. trackingID is
// ours (the outbox key) and comes back in Zalo's delivery events. It
// returns Zalo's msg_id.
//
// Shape (see testdata/zalo/README.md for where it was checked):
// POST $ZALO_ZNS_API_BASE/message/template (https://business.openapi.zalo.me),
// header access_token (the OA's), body {"phone","template_id",
// "template_data":{...},"tracking_id"}; answer {"error":0,"message":"Success",
// "data":{"msg_id":...,"sent_time":...,"quota":{...}}}.
func (c *Client) SendTemplate(ctx context.Context, phone, templateID string, data map[string]string, trackingID string) (string, error) {
	b, err := json.Marshal(struct {
		Phone        string            `json:"phone"`
		TemplateID   string            `json:"template_id"`
		TemplateData map[string]string `json:"template_data"`
		TrackingID   string            `json:"tracking_id"`
	}{phone, templateID, data, trackingID})
	if err != nil {
		return "", fmt.Errorf("zalo: unable to encode the template message: %w", err)
	}
	var out struct {
		MsgID string `json:"msg_id"`
	}
	err = c.withToken(ctx, func(access string) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.znsBase+znsPath, bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("zalo: unable to build the template request: %w", err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header["access_token"] = []string{access}
		answer, err := c.do(req)
		if err != nil {
			return fmt.Errorf("zalo: unable to send a template message: %w", err)
		}
		return parseDataResponse(answer, &out)
	})
	return out.MsgID, err
}
