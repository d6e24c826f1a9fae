package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
	"github.com/hatinh-stttt/chatbot/bot/zalo/zalotest"
)

// syncBuffer is stderr shared between serve and the test reading it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// breakableProxy forwards to the fake Bot API, except for the methods it
// is told to break, whose connections it drops: the library then fails
// with an error quoting the request URL, and so the bot token.
type breakableProxy struct {
	srv    *httptest.Server
	mu     sync.Mutex
	broken map[string]bool
}

func newBreakableProxy(t *testing.T, target string) *breakableProxy {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	forward := httputil.NewSingleHostReverseProxy(u)
	p := &breakableProxy{broken: map[string]bool{}}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		broken := p.broken[path.Base(r.URL.Path)]
		p.mu.Unlock()
		if broken {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		forward.ServeHTTP(w, r)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *breakableProxy) Break(methods ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range methods {
		p.broken[m] = true
	}
}

func (p *breakableProxy) Endpoint() string { return p.srv.URL + "/bot%s/%s" }

// fakeOpenAIEchoingKey answers the first call with a 401 that quotes the
// whole API key, as a careless OpenAI-compatible server might, and later
// calls with a tool call.
func fakeOpenAIEchoingKey(t *testing.T, key string) *httptest.Server {
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if calls.Add(1) == 1 || r.Header.Get("Authorization") != "Bearer "+key {
			w.WriteHeader(http.StatusUnauthorized)
			json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
				"message": "Incorrect API key provided: " + key, "type": "invalid_request_error", "code": "invalid_api_key"}})
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "test",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "tool_calls", "message": map[string]any{
				"role": "assistant", "content": nil,
				"tool_calls": []any{map[string]any{"id": "call_1", "type": "function",
					"function": map[string]any{"name": "indicator_value", "arguments": `{"indicators":["hstt"],"periods":["năm 2018"]}`}}}}}}})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); !cond(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestSecretsNeverLogged runs serve end to end with every secret set (at
// debug level, in JSON): registrations with invite codes on Telegram and
// Zalo, an invite made by chat (/moi) and used, a wrong code, questions (one through the language model, whose
// first answer quotes the API key), a Zalo access token that expires and
// is refreshed, and Bot API calls that fail with the token in their URL.
// Then it greps everything serve and the admin commands wrote on stderr for
// each secret.
func TestSecretsNeverLogged(t *testing.T) {
	const (
		telegramToken = "7061234567:AAH-secret-telegram-token_x9"
		webhookSecret = "webhook-secret-7Hq2"
		zaloAppID     = "4417770001"
		zaloAppSecret = "zalo-app-secret-P3k9"
		zaloOASecret  = "zalo-oa-secret-key-Vb71"
		openAIKey     = "sk-secret-openai-key-Qz58"
		wrongCode     = "WRONGCODE234"
	)
	fakeTG := telegramtest.New(t, telegramToken)
	proxy := newBreakableProxy(t, fakeTG.URL())
	fakeZalo := zalotest.New(t, zaloAppID, zaloAppSecret)
	first := fakeZalo.Issue()
	llm := fakeOpenAIEchoingKey(t, openAIKey)
	addr := freeAddr(t)
	env := map[string]string{
		"DATABASE_URL": filepath.Join(t.TempDir(), "bot.db"), "HTTP_ADDR": addr, "LOG_FORMAT": "json", "LOG_LEVEL": "debug",
		"TELEGRAM_BOT_TOKEN": telegramToken, "TELEGRAM_API_ENDPOINT": proxy.Endpoint(), "TELEGRAM_WEBHOOK_SECRET": webhookSecret,
		"ZALO_APP_ID": zaloAppID, "ZALO_APP_SECRET": zaloAppSecret, "ZALO_OA_SECRET_KEY": zaloOASecret,
		"ZALO_ACCESS_TOKEN": first.AccessToken, "ZALO_REFRESH_TOKEN": first.RefreshToken,
		"ZALO_API_BASE": fakeZalo.URL(), "ZALO_OAUTH_BASE": fakeZalo.URL(),
		"OPENAI_API_KEY": openAIKey, "OPENAI_BASE_URL": llm.URL + "/v1", "OPENAI_MODEL": "test",
	}
	var logs syncBuffer
	cli := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &logs, func(k string) string { return env[k] }); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, logs.String())
		}
		return out.String()
	}
	cli("seed", "demo")
	invite := func() string {
		lines := strings.Split(strings.TrimSpace(cli("users", "invite", "--unit", "443", "--role", "clerk")), "\n")
		return lines[len(lines)-1]
	}
	tgCode, zaloCode := invite(), invite()
	printed := strings.Split(strings.TrimSpace(cli("users", "invite", "--unit", "42", "--role", "admin")), "\n")
	adminCode := printed[len(printed)-1]

	// setMyCommands fails with the token in its URL: serve logs a warning.
	proxy.Break("setMyCommands")
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	go func() {
		exited <- run(ctx, []string{"serve"}, strings.NewReader(""), &bytes.Buffer{}, &logs, func(k string) string { return env[k] })
	}()
	defer func() {
		cancel()
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	}()

	sent := func() int { return len(fakeTG.Calls("sendMessage")) }
	fakeTG.PushMessage(501, 501, "/dangky "+wrongCode)
	waitFor(t, "the refusal of a wrong code", func() bool { return sent() >= 1 })
	fakeTG.PushMessage(501, 501, "/dangky "+tgCode)
	waitFor(t, "the Telegram registration", func() bool { return sent() >= 2 })
	if got := fakeTG.Calls("sendMessage")[1].Params["text"]; !strings.Contains(got, "Đăng ký thành công") {
		t.Fatalf("registration reply %q", got)
	}
	fakeTG.PushMessage(501, 501, "tỷ lệ hồ sơ trực tuyến năm 2018")
	fakeTG.PushMessage(501, 501, "anh ơi cho em xin con số bà con gửi giấy tờ qua mạng")
	fakeTG.PushMessage(501, 501, "anh ơi cho em xin con số bà con gửi giấy tờ qua mạng")
	waitFor(t, "three answers", func() bool { return sent() >= 5 })

	// An admin invites someone by chat; the code is in the reply only.
	fakeTG.PushMessage(502, 502, "/dangky "+adminCode)
	waitFor(t, "the admin's registration", func() bool { return sent() >= 6 })
	fakeTG.PushMessage(502, 502, "/moi 443 đầu mối Nguyễn Văn An")
	waitFor(t, "the invite", func() bool { return sent() >= 7 })
	chatCode := regexp.MustCompile(`/dangky ([A-Z2-7]{12})`).FindStringSubmatch(fakeTG.Calls("sendMessage")[6].Params["text"])
	if chatCode == nil {
		t.Fatalf("/moi reply %q", fakeTG.Calls("sendMessage")[6].Params["text"])
	}
	fakeTG.PushMessage(503, 503, "/dangky "+chatCode[1])
	waitFor(t, "the invitee's registration", func() bool { return sent() >= 8 })
	if got := fakeTG.Calls("sendMessage")[7].Params["text"]; !strings.Contains(got, "Đăng ký thành công cho Huyện Can Lộc") {
		t.Fatalf("registration with the chat's invite: %q", got)
	}

	// Zalo: the access token has expired; the reply forces a refresh.
	fakeZalo.ExpireAccessToken()
	body := zalotest.TextEvent{AppID: zaloAppID, OAID: "oa-1", UserID: "zuser-1", MsgID: "m-1", Text: "/dangky " + zaloCode, At: time.Now()}.Body()
	resp, err := http.DefaultClient.Do(zalotest.SignedRequest(t, "http://"+addr+"/zalo/webhook", body, zaloOASecret))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("zalo webhook: %s", resp.Status)
	}
	waitFor(t, "the Zalo reply after a refresh", func() bool { return len(fakeZalo.Sent()) >= 1 })
	if got := fakeZalo.Sent()[0].Text; !strings.Contains(got, "Đăng ký thành công") {
		t.Fatalf("zalo registration reply %q", got)
	}
	second := fakeZalo.Current()

	// getUpdates now fails with the token in its URL; a pushed message ends
	// the long poll in flight so that the next one hits the break.
	proxy.Break("getUpdates")
	fakeTG.PushMessage(501, 501, "/help")
	waitFor(t, "a logged getUpdates failure", func() bool { return strings.Contains(logs.String(), "getUpdates failed") })
	cancel()
	if code := <-exited; code != 0 {
		t.Fatalf("serve exit %d", code)
	}
	exited <- 0

	out := logs.String()
	for _, want := range []string{"telegram: commands not set", "getUpdates failed", "zalo: access token refreshed",
		"llm: call failed", `"path":"llm"`, "migration completed"} {
		if !strings.Contains(out, want) {
			t.Errorf("the logs lack %q: the flow did not run as planned", want)
		}
	}
	secrets := map[string]string{
		"Telegram bot token": telegramToken, "Telegram token's secret half": telegramToken[strings.Index(telegramToken, ":")+1:],
		"webhook secret": webhookSecret, "Zalo app secret": zaloAppSecret, "Zalo OA secret key": zaloOASecret,
		"first Zalo access token": first.AccessToken, "first Zalo refresh token": first.RefreshToken,
		"refreshed Zalo access token": second.AccessToken, "refreshed Zalo refresh token": second.RefreshToken,
		"OpenAI key": openAIKey, "Telegram invite code": tgCode, "Zalo invite code": zaloCode, "wrong invite code": wrongCode,
		"admin's invite code": adminCode, "invite code made by /moi": chatCode[1],
	}
	if second.AccessToken == first.AccessToken || second.AccessToken == "" {
		t.Fatalf("the Zalo token was not refreshed: %+v", second)
	}
	for name, secret := range secrets {
		if strings.Contains(out, secret) {
			t.Errorf("the %s (%s) is in the logs", name, secret)
		}
	}
	lines := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		lines++
		if !json.Valid(sc.Bytes()) {
			t.Errorf("LOG_FORMAT=json, yet a line is not JSON: %s", sc.Text())
		}
	}
	if lines < 10 {
		t.Fatalf("only %d log lines", lines)
	}
	if t.Failed() {
		t.Logf("logs:\n%s", out)
	}
}

// TestFailedStartDoesNotPrintSecrets: a Bot API call that fails at start,
// with the token in its URL, ends serve with one scrubbed error line.
func TestFailedStartDoesNotPrintSecrets(t *testing.T) {
	const token, secret = "7061234567:AAH-another-secret-token", "webhook-secret-Lm30"
	fakeTG := telegramtest.New(t, token)
	proxy := newBreakableProxy(t, fakeTG.URL())
	proxy.Break("setWebhook")
	env := map[string]string{"DATABASE_URL": filepath.Join(t.TempDir(), "bot.db"), "HTTP_ADDR": freeAddr(t),
		"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_ENDPOINT": proxy.Endpoint(),
		"TELEGRAM_WEBHOOK_URL": "https://bot.example/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET": secret, "LOG_LEVEL": "error"}
	code, _, errs := runCLI(t, env, "", "serve")
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "setWebhook") || !strings.Contains(errs, "<token>") {
		t.Fatalf("exit %d, stderr %q: want one line about setWebhook with the token masked", code, errs)
	}
	if strings.Contains(errs, "AAH-another-secret-token") || strings.Contains(errs, secret) {
		t.Fatalf("secret printed: %q", errs)
	}
}

// TestLogFormat: text by default, JSON with LOG_FORMAT=json, and anything
// else refused.
func TestLogFormat(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	code, _, errs := runCLI(t, map[string]string{"DATABASE_URL": db}, "", "migrate")
	if code != 0 || !strings.Contains(errs, "level=INFO msg=\"migration completed\"") {
		t.Fatalf("text logs: exit %d\n%s", code, errs)
	}
	db = filepath.Join(t.TempDir(), "bot.db")
	code, _, errs = runCLI(t, map[string]string{"DATABASE_URL": db, "LOG_FORMAT": "json"}, "", "migrate")
	first, _, _ := strings.Cut(errs, "\n")
	var line struct{ Level, Msg, Source string }
	if code != 0 || json.Unmarshal([]byte(first), &line) != nil || line.Level != "INFO" || line.Msg != "migration completed" || line.Source != "0001_schema.sql" {
		t.Fatalf("JSON logs: exit %d\n%s", code, errs)
	}
	if strings.Contains(errs, "executing statement") {
		t.Fatalf("statements logged at info:\n%s", errs)
	}
	code, _, errs = runCLI(t, map[string]string{"DATABASE_URL": db, "LOG_FORMAT": "xml"}, "", "migrate")
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "LOG_FORMAT") {
		t.Fatalf("LOG_FORMAT=xml: exit %d %q", code, errs)
	}
	code, _, errs = runCLI(t, map[string]string{"DATABASE_URL": db, "LOG_LEVEL": "loud"}, "", "migrate")
	if code != 1 || !strings.Contains(errs, "LOG_LEVEL") {
		t.Fatalf("LOG_LEVEL=loud: exit %d %q", code, errs)
	}
	// ask talks to a person: no info lines on stderr unless asked for.
	code, _, errs = runCLI(t, nil, "", "ask", "--demo", "bao nhiêu dvc mức 3")
	if code != 0 || errs != "" {
		t.Fatalf("ask --demo: exit %d, stderr %q", code, errs)
	}
}
