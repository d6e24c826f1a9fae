package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// runCLI runs the command line in-process with its own environment.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

// runCLIContext is runCLI with a context, cancelled to stop `serve`.
func runCLIContext(ctx context.Context, env map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(ctx, args, strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

func TestAskDemoJSON(t *testing.T) {
	questions := "hiện nay có bao nhiêu dvc mức 3\nty le ho so truc tuyen nam 2018\ngiá vàng hôm nay\n"
	code, out, errs := runCLI(t, nil, questions, "ask", "--demo", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	want := []struct {
		understood bool
		intent     string
		figure     string
	}{{true, "indicator_value", "1.995"}, {true, "indicator_value", "4,92%"}, {false, "", ""}}
	for i, line := range lines {
		var got struct {
			Question   string         `json:"question"`
			Understood bool           `json:"understood"`
			Intent     string         `json:"intent"`
			Slots      map[string]any `json:"slots"`
			Reply      string         `json:"reply"`
			Path       string         `json:"path"`
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i, err, line)
		}
		if got.Question == "" || got.Understood != want[i].understood || got.Intent != want[i].intent || got.Path != "rules" || got.Slots == nil {
			t.Errorf("line %d: %+v", i, got)
		}
		if !strings.Contains(got.Reply, want[i].figure) {
			t.Errorf("line %d: reply %q lacks %q", i, got.Reply, want[i].figure)
		}
	}
}

func TestChatDemoHelp(t *testing.T) {
	code, out, errs := runCLI(t, nil, "/help\ncòn thiếu bao nhiêu kinh phí\n", "chat", "--demo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Trợ lý số liệu", "/help", "3.565 triệu đồng", "47/BC-STTTT"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
}

// TestBadDatabaseOneLine: a malformed URL, an unreachable server and a
// schema newer than the binary each give one line on stderr and exit 1.
func TestBadDatabaseOneLine(t *testing.T) {
	newer := filepath.Join(t.TempDir(), "newer.db")
	if code, _, errs := runCLI(t, map[string]string{"DATABASE_URL": newer}, "", "migrate"); code != 0 {
		t.Fatalf("migrate: %s", errs)
	}
	db, _, err := queries.Open(context.Background(), newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (99, 1)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// A database the runner before goose migrated, from a newer binary.
	legacyNewer := filepath.Join(t.TempDir(), "legacy-newer.db")
	db, _, err = queries.Open(context.Background(), legacyNewer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
		INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	tests := []struct {
		name, url, want string
	}{
		{"malformed", "postgres://%zz", "not a valid PostgreSQL URL"},
		{"unsupported", "mysql://root@localhost/x", "not supported"},
		{"unreachable", "postgres://postgres@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", "cannot reach database"},
		{"newer schema", newer, "newer than this program"},
		{"newer legacy schema", legacyNewer, "newer than this program"},
		{"missing directory", "/nonexistent/dir/x.db", "SQLite directory"},
	}
	for _, tt := range tests {
		for _, cmd := range [][]string{{"migrate"}, {"migrate", "status"}, {"migrate", "down"}, {"ask", "bao nhiêu dvc mức 3"}} {
			label := cmd[0]
			if label == "migrate" {
				label = strings.Join(cmd, " ")
			}
			t.Run(tt.name+"/"+label, func(t *testing.T) {
				code, _, errs := runCLI(t, map[string]string{"DATABASE_URL": tt.url}, "", cmd...)
				if code != 1 {
					t.Fatalf("exit %d, want 1 (stderr %q)", code, errs)
				}
				if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tt.want) {
					t.Fatalf("stderr %q: want one line containing %q", errs, tt.want)
				}
				if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
					t.Fatalf("panic: %s", errs)
				}
			})
		}
	}
}

func TestMigrateSeedInviteOnPostgres(t *testing.T) {
	url := dbtest.URL(t, queries.Postgres)
	env := map[string]string{"DATABASE_URL": url}
	if code, out, errs := runCLI(t, env, "", "migrate"); code != 0 || !strings.Contains(out, "phiên bản") {
		t.Fatalf("migrate: %d %s %s", code, out, errs)
	}
	if code, out, errs := runCLI(t, env, "", "seed", "demo"); code != 0 || !strings.Contains(out, "13 dự án, 159 câu nguyên văn") {
		t.Fatalf("seed demo: %d %s %s", code, out, errs)
	}
	code, out, errs := runCLI(t, env, "", "users", "invite", "--unit", "huyện Can Lộc", "--role", "clerk")
	if code != 0 {
		t.Fatalf("invite: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if len(last) != 12 || strings.ContainsAny(last, " :") {
		t.Fatalf("last line %q is not an invite code", last)
	}
	if code, _, errs := runCLI(t, env, "", "users", "invite", "--unit", "Kỳ Anh", "--role", "clerk"); code != 1 || !strings.Contains(errs, "nhiều đơn vị") {
		t.Fatalf("ambiguous unit: %d %s", code, errs)
	}
	if code, _, _ := runCLI(t, env, "", "users", "invite", "--unit", "443", "--role", "boss"); code != 2 {
		t.Fatalf("bad role: exit %d, want 2", code)
	}
	if code, out, _ := runCLI(t, env, "", "ask", "hiện nay còn thiếu bao nhiêu kinh phí"); code != 0 || !strings.Contains(out, "3.565") {
		t.Fatalf("ask on PostgreSQL: %d %s", code, out)
	}
}

func TestUsage(t *testing.T) {
	if code, out, _ := runCLI(t, nil, "", "--help"); code != 0 || !strings.Contains(out, "chatbot chat") {
		t.Fatalf("help: %d %s", code, out)
	}
	if code, _, errs := runCLI(t, nil, "", "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Fatalf("unknown: %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, map[string]string{"CHATBOT_TZ": "Mars/Olympus"}, "", "ask", "x"); code != 1 || !strings.Contains(errs, "CHATBOT_TZ") {
		t.Fatalf("bad tz: %d %s", code, errs)
	}
}

// TestAskLLMPath: without OPENAI_API_KEY nothing is sent to the model
// server and the question, not understood, gets the search's suggestions;
// with it, `ask --json` reports which path understood the question.
func TestAskLLMPath(t *testing.T) {
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"finish_reason":"tool_calls",`+
			`"message":{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"funding_total","arguments":"{\"indicators\":[\"funding_missing\"]}"}}]}}]}`)
	}))
	defer srv.Close()
	q := "xin hỏi khoản tiền mà tỉnh vẫn chưa lo được cho chương trình là mấy"
	env := map[string]string{"OPENAI_BASE_URL": srv.URL + "/v1"}
	code, out, errs := runCLI(t, env, "", "ask", "--demo", "--json", q)
	if code != 0 || calls.Load() != 0 || !strings.Contains(out, `"path":"search"`) || !strings.Contains(out, `"understood":false`) {
		t.Fatalf("without a key: exit %d, %d calls, %s %s", code, calls.Load(), out, errs)
	}
	env["OPENAI_API_KEY"] = "k"
	code, out, errs = runCLI(t, env, "", "ask", "--demo", "--json", q)
	if code != 0 || calls.Load() != 1 || !strings.Contains(out, `"path":"llm"`) || !strings.Contains(out, "3.565") {
		t.Fatalf("with a key: exit %d, %d calls, %s %s", code, calls.Load(), out, errs)
	}
}
