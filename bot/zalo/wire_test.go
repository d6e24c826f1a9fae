package zalo

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
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
