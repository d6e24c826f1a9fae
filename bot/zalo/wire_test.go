package zalo

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/bot"
)

// rawRequest is a request as it crossed the wire, header names untouched.
type rawRequest struct {
	line    string
	headers map[string]string // exact name -> value
	body    string
}

// rawServer answers one request with answer and reports what it received;
// net/http's server would canonicalise the header names we want to see.
func rawServer(t *testing.T, answer string) (string, <-chan rawRequest) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	got := make(chan rawRequest, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		br := bufio.NewReader(conn)
		req := rawRequest{headers: map[string]string{}}
		req.line, _ = br.ReadString('\n')
		for {
			line, err := br.ReadString('\n')
			line = strings.TrimRight(line, "\r\n")
			if err != nil || line == "" {
				break
			}
			name, value, _ := strings.Cut(line, ":")
			req.headers[name] = strings.TrimSpace(value)
		}
		n, _ := strconv.Atoi(req.headers["Content-Length"])
		b := make([]byte, n)
		io.ReadFull(br, b)
		req.body = string(b)
		fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(answer), answer)
		got <- req
	}()
	return "http://" + ln.Addr().String(), got
}

func TestWireFormat(t *testing.T) {
	t.Run("send", func(t *testing.T) {
		base, got := rawServer(t, `{"error":0,"message":"Success","data":{"message_id":"m1","user_id":"u1"}}`)
		c := NewClient(Config{APIBase: base + "/", HTTP: &http.Client{}}, &memStore{j: &journal{}}, Tokens{AccessToken: "tok", RefreshToken: "r"})
		id, err := c.SendText(context.Background(), "u1", "Xin chào")
		if err != nil || id != "m1" {
			t.Fatalf("SendText = %q, %v", id, err)
		}
		req := <-got
		if req.line != "POST /v3.0/oa/message/cs HTTP/1.1\r\n" {
			t.Errorf("request line %q", req.line)
		}
		if req.headers["access_token"] != "tok" {
			t.Errorf("headers %q, want access_token: tok", req.headers)
		}
		if want := `{"recipient":{"user_id":"u1"},"message":{"text":"Xin chào"}}`; req.body != want {
			t.Errorf("body %s, want %s", req.body, want)
		}
	})
	t.Run("refresh", func(t *testing.T) {
		base, got := rawServer(t, `{"access_token":"a2","refresh_token":"r2","expires_in":"90000"}`)
		c := NewClient(Config{OAuthBase: base, AppID: "app", AppSecret: "sec", HTTP: &http.Client{}}, &memStore{j: &journal{}}, Tokens{AccessToken: "a1", RefreshToken: "r1"})
		if err := c.Refresh(context.Background()); err != nil {
			t.Fatalf("Refresh: %v", err)
		}
		req := <-got
		if req.line != "POST /v4/oa/access_token HTTP/1.1\r\n" {
			t.Errorf("request line %q", req.line)
		}
		if req.headers["secret_key"] != "sec" || req.headers["Content-Type"] != "application/x-www-form-urlencoded" {
			t.Errorf("headers %q, want secret_key: sec and a form content type", req.headers)
		}
		form, err := url.ParseQuery(req.body)
		if err != nil || form.Get("app_id") != "app" || form.Get("grant_type") != "refresh_token" || form.Get("refresh_token") != "r1" {
			t.Errorf("form %q (%v)", req.body, err)
		}
	})
}

// readDocumented reads a payload from testdata/zalo.
func readDocumented(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "zalo", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jsonEqual compares two JSON texts as values (order and spacing aside).
func jsonEqual(t *testing.T, got, want []byte) bool {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: %v", got, err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(g, w)
}

// TestDocumentedRequestsOnTheWire: what the client sends for an image, a
// file and a ZNS template is the documented request of testdata/zalo, and
// it reads the documented answers.
func TestDocumentedRequestsOnTheWire(t *testing.T) {
	newClient := func(base string) *Client {
		return NewClient(Config{APIBase: base, ZNSBase: base, HTTP: &http.Client{}}, &memStore{j: &journal{}}, Tokens{AccessToken: "tok", RefreshToken: "r"})
	}
	t.Run("upload image", func(t *testing.T) {
		base, got := rawServer(t, string(readDocumented(t, "upload_image_success.json")))
		id, err := newClient(base).UploadImage(context.Background(), "bieu-do.png", []byte("\x89PNG\r\n\x1a\n"))
		if err != nil || id != "f1gJ8rT2kVq9bX3mNp5sYw==" {
			t.Fatalf("UploadImage = %q, %v", id, err)
		}
		req := <-got
		if req.line != "POST /v2.0/oa/upload/image HTTP/1.1\r\n" || req.headers["access_token"] != "tok" ||
			!strings.Contains(req.body, `Content-Disposition: form-data; name="file"; filename="bieu-do.png"`) ||
			!strings.Contains(req.body, "Content-Type: image/png") {
			t.Errorf("request %q %q\n%s", req.line, req.headers, req.body)
		}
	})
	t.Run("upload file", func(t *testing.T) {
		base, got := rawServer(t, string(readDocumented(t, "upload_file_success.json")))
		token, err := newClient(base).UploadFile(context.Background(), "so-lieu.xlsx", []byte("PK\x03\x04"))
		if err != nil || token != "Hb7m2Qx9LkT4pRz8sVw1cNfakeFileToken3Jd6" {
			t.Fatalf("UploadFile = %q, %v", token, err)
		}
		if req := <-got; req.line != "POST /v2.0/oa/upload/file HTTP/1.1\r\n" || !strings.Contains(req.body, `name="file"; filename="so-lieu.xlsx"`) {
			t.Errorf("request %q\n%s", req.line, req.body)
		}
	})
	t.Run("upload refused", func(t *testing.T) {
		base, _ := rawServer(t, string(readDocumented(t, "upload_error.json")))
		_, err := newClient(base).UploadImage(context.Background(), "x.png", []byte("\x89PNG"))
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.Code != -201 || apiErr.TokenInvalid() {
			t.Fatalf("error = %v, want API error -201", err)
		}
	})
	t.Run("image message", func(t *testing.T) {
		base, got := rawServer(t, string(readDocumented(t, "send_success.json")))
		if _, err := newClient(base).SendImage(context.Background(), "2512523625412515", "f1gJ8rT2kVq9bX3mNp5sYw==",
			"Tỷ lệ hồ sơ trực tuyến theo quý, năm 2019"); err != nil {
			t.Fatal(err)
		}
		if req := <-got; !jsonEqual(t, []byte(req.body), readDocumented(t, "send_image_request.json")) {
			t.Errorf("body %s, want send_image_request.json", req.body)
		}
	})
	t.Run("file message", func(t *testing.T) {
		base, got := rawServer(t, string(readDocumented(t, "send_success.json")))
		if _, err := newClient(base).SendFile(context.Background(), "2512523625412515", "Hb7m2Qx9LkT4pRz8sVw1cNfakeFileToken3Jd6"); err != nil {
			t.Fatal(err)
		}
		if req := <-got; !jsonEqual(t, []byte(req.body), readDocumented(t, "send_file_request.json")) {
			t.Errorf("body %s, want send_file_request.json", req.body)
		}
	})
	t.Run("ZNS template", func(t *testing.T) {
		var doc struct {
			Phone        string            `json:"phone"`
			TemplateID   string            `json:"template_id"`
			TemplateData map[string]string `json:"template_data"`
			TrackingID   string            `json:"tracking_id"`
		}
		if err := json.Unmarshal(readDocumented(t, "zns_template_request.json"), &doc); err != nil {
			t.Fatal(err)
		}
		base, got := rawServer(t, string(readDocumented(t, "zns_template_success.json")))
		id, err := newClient(base).SendTemplate(context.Background(), doc.Phone, doc.TemplateID, doc.TemplateData, doc.TrackingID)
		if err != nil || id != "a4d0243feee163bd3af2" {
			t.Fatalf("SendTemplate = %q, %v", id, err)
		}
		req := <-got
		if req.line != "POST /message/template HTTP/1.1\r\n" || req.headers["access_token"] != "tok" {
			t.Errorf("request %q %q", req.line, req.headers)
		}
		if !jsonEqual(t, []byte(req.body), readDocumented(t, "zns_template_request.json")) {
			t.Errorf("body %s, want zns_template_request.json", req.body)
		}
	})
	t.Run("ZNS refused", func(t *testing.T) {
		base, _ := rawServer(t, string(readDocumented(t, "zns_template_error.json")))
		_, err := newClient(base).SendTemplate(context.Background(), "0912345678x", "291763", map[string]string{"name": "An"}, "k")
		var apiErr *APIError
		var perm *bot.PermanentError
		if !errors.As(err, &apiErr) || apiErr.Code != -108 || !errors.As(classify(err), &perm) {
			t.Fatalf("error = %v, want API error -108, not retried", err)
		}
	})
}
