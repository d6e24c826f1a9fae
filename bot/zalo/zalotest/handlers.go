package zalotest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Error codes the fake answers with. -216 and -201 are the OA API's; the
// ZNS ones are from Zalo's ZNS error table (testdata/zalo/README.md); the
// OAuth ones are illustrative (only -14014 appears in the product spec).
const (
	CodeInvalidParams       = -201
	CodeInvalidAccessToken  = -216
	CodeZNSPhoneInvalid     = -108
	CodeZNSTemplateInvalid  = -109
	CodeZNSTemplateDataNone = -111
	CodeInvalidAppID        = -14001
	CodeInvalidSecretKey    = -14002
	CodeInvalidGrantType    = -14003
	CodeInvalidRefreshToken = -14014
)

// handleSend is POST /v3.0/oa/message/cs: a text, an image uploaded
// before (attachment template "media"), or a file uploaded before
// (attachment "file").
func (s *Server) handleSend(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Recipient struct {
			UserID string `json:"user_id"`
		} `json:"recipient"`
		Message struct {
			Text       string `json:"text"`
			Attachment *struct {
				Type    string `json:"type"`
				Payload struct {
					TemplateType string `json:"template_type"`
					Elements     []struct {
						MediaType    string `json:"media_type"`
						AttachmentID string `json:"attachment_id"`
					} `json:"elements"`
					Token string `json:"token"`
				} `json:"payload"`
			} `json:"attachment"`
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
	m := SentMessage{Kind: "text", UserID: req.Recipient.UserID, Text: req.Message.Text, At: time.Now()}
	valid := decodeErr == nil && m.UserID != ""
	switch at := req.Message.Attachment; {
	case at == nil:
		valid = valid && m.Text != ""
	case at.Type == "template" && at.Payload.TemplateType == "media" && len(at.Payload.Elements) == 1 &&
		at.Payload.Elements[0].MediaType == "image":
		up, ok := s.uploads["image:"+at.Payload.Elements[0].AttachmentID]
		m.Kind, m.File, m.FileSize = "image", up.name, up.size
		valid = valid && ok
	case at.Type == "file":
		up, ok := s.uploads["file:"+at.Payload.Token]
		m.Kind, m.File, m.FileSize = "file", up.name, up.size
		valid = valid && ok
	default:
		valid = false
	}
	if !valid {
		writeJSON(w, map[string]any{"error": CodeInvalidParams, "message": "Parameters are invalid"})
		return
	}
	s.sent = append(s.sent, m)
	writeJSON(w, map[string]any{
		"error":   0,
		"message": "Success",
		"data": map[string]string{
			"message_id": fmt.Sprintf("msg-%d", len(s.sent)),
			"user_id":    req.Recipient.UserID,
		},
	})
}

// handleUpload is POST /v2.0/oa/upload/image and /v2.0/oa/upload/file:
// multipart field "file", at most limit bytes; an image must be a PNG or
// JPEG. The answer's data carries attachment_id (image) or token (file).
func (s *Server) handleUpload(kind string, limit int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := r.Header.Get("access_token")
		file, header, err := r.FormFile("file")
		var data []byte
		if err == nil {
			data, err = io.ReadAll(file)
			file.Close()
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if len(s.uploadFails) > 0 {
			f := s.uploadFails[0]
			s.uploadFails = s.uploadFails[1:]
			writeJSON(w, map[string]any{"error": f.code, "message": f.message})
			return
		}
		if token == "" || token != s.access {
			writeJSON(w, map[string]any{"error": CodeInvalidAccessToken, "message": "Access token is invalid"})
			return
		}
		image := len(data) > 4 && (string(data[1:4]) == "PNG" || (data[0] == 0xFF && data[1] == 0xD8))
		if err != nil || len(data) == 0 || len(data) > limit || (kind == "image" && !image) {
			writeJSON(w, map[string]any{"error": CodeInvalidParams, "message": "File is invalid or too large"})
			return
		}
		s.seq++
		id := fmt.Sprintf("%s-%d", kind, s.seq)
		s.uploads[kind+":"+id] = upload{name: header.Filename, size: len(data)}
		field := "attachment_id"
		if kind == "file" {
			field = "token"
		}
		writeJSON(w, map[string]any{"error": 0, "message": "Success", "data": map[string]string{field: id}})
	}
}

// handleTemplate is POST /message/template on the ZNS (business) host:
// phone 84xxxxxxxxx, template_id, template_data, tracking_id.
func (s *Server) handleTemplate(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Phone        string            `json:"phone"`
		TemplateID   string            `json:"template_id"`
		TemplateData map[string]string `json:"template_data"`
		TrackingID   string            `json:"tracking_id"`
	}
	decodeErr := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&req)
	token := r.Header.Get("access_token")
	s.mu.Lock()
	defer s.mu.Unlock()
	if token == "" || token != s.access {
		writeJSON(w, map[string]any{"error": CodeInvalidAccessToken, "message": "Access token is invalid"})
		return
	}
	refuse := func(code int, msg string) { writeJSON(w, map[string]any{"error": code, "message": msg}) }
	switch {
	case decodeErr != nil || req.TrackingID == "":
		refuse(CodeInvalidParams, "Parameters are invalid")
		return
	case !vietnamesePhone(req.Phone):
		refuse(CodeZNSPhoneInvalid, "Phone number invalid")
		return
	case req.TemplateID == "":
		refuse(CodeZNSTemplateInvalid, "Template ID invalid")
		return
	case len(req.TemplateData) == 0:
		refuse(CodeZNSTemplateDataNone, "Template data empty")
		return
	}
	s.sent = append(s.sent, SentMessage{Kind: "template", Phone: req.Phone, TemplateID: req.TemplateID, TemplateData: req.TemplateData,
		TrackingID: req.TrackingID, At: time.Now()})
	writeJSON(w, map[string]any{"error": 0, "message": "Success", "data": map[string]any{
		"msg_id": fmt.Sprintf("zns-%d", len(s.sent)), "sent_time": strconv.FormatInt(time.Now().UnixMilli(), 10),
		"quota": map[string]string{"dailyQuota": "500", "remainingQuota": "499"},
	}})
}

// vietnamesePhone is 84 and 9 digits, as ZNS wants a number.
func vietnamesePhone(p string) bool {
	if len(p) != 11 || !strings.HasPrefix(p, "84") {
		return false
	}
	for _, c := range p {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
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
