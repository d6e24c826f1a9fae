package zalo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"path"
	"strings"
)

const (
	uploadImagePath = "/v2.0/oa/upload/image"
	uploadFilePath  = "/v2.0/oa/upload/file"

	// MaxImageBytes and MaxFileBytes are the OA upload limits: an image
	// (JPG or PNG) of 1 MB, a file of 5 MB.
	MaxImageBytes = 1 << 20
	MaxFileBytes  = 5 << 20
)

// ErrTooLarge is a file over the OA's upload limit; it is not sent.
var ErrTooLarge = errors.New("zalo: file over the upload limit")

// UploadImage uploads a JPG or PNG and returns its attachment_id, for a
// message with the image (SendImage).
//
// Shape (see testdata/zalo/README.md for where it was checked):
// POST $ZALO_API_BASE/v2.0/oa/upload/image, header access_token, multipart
// field "file"; answer {"error":0,"message":"Success","data":{"attachment_id":...}}.
func (c *Client) UploadImage(ctx context.Context, name string, data []byte) (string, error) {
	if len(data) > MaxImageBytes {
		return "", fmt.Errorf("%w: image of %d bytes", ErrTooLarge, len(data))
	}
	var out struct {
		AttachmentID string `json:"attachment_id"`
	}
	if err := c.upload(ctx, uploadImagePath, name, data, &out); err != nil {
		return "", err
	}
	if out.AttachmentID == "" {
		return "", errors.New("zalo: unable to upload an image: the answer has no attachment_id")
	}
	return out.AttachmentID, nil
}

// UploadFile uploads a document and returns its token, for a message with
// the file (SendFile).
//
// Shape (see testdata/zalo/README.md for where it was checked):
// POST $ZALO_API_BASE/v2.0/oa/upload/file, header access_token, multipart
// field "file"; answer {"error":0,"message":"Success","data":{"token":...}}.
func (c *Client) UploadFile(ctx context.Context, name string, data []byte) (string, error) {
	if len(data) > MaxFileBytes {
		return "", fmt.Errorf("%w: file of %d bytes", ErrTooLarge, len(data))
	}
	var out struct {
		Token string `json:"token"`
	}
	if err := c.upload(ctx, uploadFilePath, name, data, &out); err != nil {
		return "", err
	}
	if out.Token == "" {
		return "", errors.New("zalo: unable to upload a file: the answer has no token")
	}
	return out.Token, nil
}

// upload posts one file as multipart "file" and decodes the answer's data.
func (c *Client) upload(ctx context.Context, apiPath, name string, data []byte, out any) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, name))
	h.Set("Content-Type", contentType(name))
	part, err := mw.CreatePart(h)
	if err != nil {
		return fmt.Errorf("zalo: unable to build the upload: %w", err)
	}
	part.Write(data)
	if err := mw.Close(); err != nil {
		return fmt.Errorf("zalo: unable to build the upload: %w", err)
	}
	body := buf.Bytes()
	return c.withToken(ctx, func(access string) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.apiBase+apiPath, bytes.NewReader(body))
		if err != nil {
			return fmt.Errorf("zalo: unable to build the upload: %w", err)
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header["access_token"] = []string{access}
		answer, err := c.do(req)
		if err != nil {
			return fmt.Errorf("zalo: unable to upload %s: %w", name, err)
		}
		return parseDataResponse(answer, out)
	})
}

// parseDataResponse reads {"error":0,"message":...,"data":{...}} into out.
func parseDataResponse(body []byte, out any) error {
	var r struct {
		Error   *int            `json:"error"`
		Message string          `json:"message"`
		Data    json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return fmt.Errorf("zalo: decoding the answer: %w", err)
	}
	if r.Error == nil {
		return errors.New("zalo: the answer has no error field")
	}
	if *r.Error != 0 {
		return &APIError{Code: *r.Error, Message: r.Message}
	}
	if len(r.Data) == 0 {
		return nil
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		return fmt.Errorf("zalo: decoding the answer's data: %w", err)
	}
	return nil
}

func contentType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".png":
		return "image/png"
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ".pdf":
		return "application/pdf"
	}
	return "application/octet-stream"
}

// SendImage sends an uploaded image, with an optional text, to userID.
//
// Shape (see testdata/zalo/README.md for where it was checked):
// message: {"text":..., "attachment":{"type":"template","payload":
// {"template_type":"media","elements":[{"media_type":"image","attachment_id":...}]}}}
func (c *Client) SendImage(ctx context.Context, userID, attachmentID, text string) (string, error) {
	msg := outMessage{Text: text, Attachment: &attachment{Type: "template", Payload: attachmentPayload{TemplateType: "media",
		Elements: []mediaElement{{MediaType: "image", AttachmentID: attachmentID}}}}}
	return c.sendMessage(ctx, userID, msg)
}

// SendFile sends an uploaded file to userID.
//
// Shape (see testdata/zalo/README.md for where it was checked):
// message: {"attachment":{"type":"file","payload":{"token":...}}}
func (c *Client) SendFile(ctx context.Context, userID, token string) (string, error) {
	return c.sendMessage(ctx, userID, outMessage{Attachment: &attachment{Type: "file", Payload: attachmentPayload{Token: token}}})
}
