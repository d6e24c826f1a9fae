package zalotest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// documented reads a payload from testdata/zalo.
func documented(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "zalo", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// sameShape reports where got differs from want in shape: the same keys at
// every level, each value of the same JSON type (values themselves may
// differ: ids, times).
func sameShape(want, got any, at string) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return at + ": not an object"
		}
		for k := range w {
			if _, ok := g[k]; !ok {
				return at + "." + k + ": missing"
			}
			if d := sameShape(w[k], g[k], at+"."+k); d != "" {
				return d
			}
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				return at + "." + k + ": not in the documented shape"
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return at + ": not an array of the same length"
		}
		for i := range w {
			if d := sameShape(w[i], g[i], at); d != "" {
				return d
			}
		}
	default:
		if fmt.Sprintf("%T", want) != fmt.Sprintf("%T", got) {
			return at + ": another type"
		}
	}
	return ""
}

func jsonRequest(t *testing.T, url, token string, body []byte) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("access_token", token)
	return req
}

func uploadRequest(t *testing.T, url, token, name string, data []byte) *http.Request {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	part, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	part.Write(data)
	mw.Close()
	req, err := http.NewRequest(http.MethodPost, url, &buf)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("access_token", token)
	return req
}

// TestFakeAcceptsAndAnswersDocumentedPayloads: the fake takes the
// documented requests of testdata/zalo and answers in the documented
// shapes, refusals included.
func TestFakeAcceptsAndAnswersDocumentedPayloads(t *testing.T) {
	s := New(t, "app", "sec")
	tok := s.Issue().AccessToken
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...)
	check := func(t *testing.T, got map[string]any, doc string) {
		t.Helper()
		if d := sameShape(decodeJSON(t, documented(t, doc)), any(got), "answer"); d != "" {
			t.Fatalf("%s (want the shape of %s): %v", d, doc, got)
		}
	}

	up := post(t, uploadRequest(t, s.URL()+"/v2.0/oa/upload/image", tok, "bieu-do.png", png))
	check(t, up, "upload_image_success.json")
	file := post(t, uploadRequest(t, s.URL()+"/v2.0/oa/upload/file", tok, "so-lieu.xlsx", []byte("PK\x03\x04 workbook")))
	check(t, file, "upload_file_success.json")
	check(t, post(t, uploadRequest(t, s.URL()+"/v2.0/oa/upload/image", tok, "not-an-image.png", []byte("text"))), "upload_error.json")

	// The documented messages, with the ids this fake gave the uploads.
	image := strings.Replace(string(documented(t, "send_image_request.json")), "f1gJ8rT2kVq9bX3mNp5sYw==",
		up["data"].(map[string]any)["attachment_id"].(string), 1)
	check(t, post(t, jsonRequest(t, s.URL()+"/v3.0/oa/message/cs", tok, []byte(image))), "send_success.json")
	doc := strings.Replace(string(documented(t, "send_file_request.json")), "Hb7m2Qx9LkT4pRz8sVw1cNfakeFileToken3Jd6",
		file["data"].(map[string]any)["token"].(string), 1)
	check(t, post(t, jsonRequest(t, s.URL()+"/v3.0/oa/message/cs", tok, []byte(doc))), "send_success.json")
	// An attachment nobody uploaded is refused.
	if m := post(t, jsonRequest(t, s.URL()+"/v3.0/oa/message/cs", tok, documented(t, "send_image_request.json"))); m["error"] != float64(CodeInvalidParams) {
		t.Errorf("a message with an attachment never uploaded answered %v", m)
	}

	zns := documented(t, "zns_template_request.json")
	check(t, post(t, jsonRequest(t, s.URL()+"/message/template", tok, zns)), "zns_template_success.json")
	badPhone := strings.Replace(string(zns), `"84912345678"`, `"0912345678x"`, 1)
	refusal := post(t, jsonRequest(t, s.URL()+"/message/template", tok, []byte(badPhone)))
	check(t, refusal, "zns_template_error.json")
	if want := decodeJSON(t, documented(t, "zns_template_error.json")).(map[string]any)["error"]; refusal["error"] != want {
		t.Errorf("a bad phone number answered error %v, documented %v", refusal["error"], want)
	}

	sent := s.Sent()
	if len(sent) != 3 || sent[0].Kind != "image" || sent[1].Kind != "file" || sent[2].Kind != "template" {
		t.Fatalf("Sent = %+v", sent)
	}
	if sent[2].Phone != "84912345678" || sent[2].TemplateData["period"] != "quý 2/2019" || sent[2].TrackingID == "" {
		t.Errorf("template as recorded: %+v", sent[2])
	}
}
