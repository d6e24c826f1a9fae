package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// chatbotBinary builds the command once for the tests that run it as a
// real process (to kill it with SIGKILL, or run two at once).
func chatbotBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "chatbot-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "chatbot")
		out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

func processEnv(vars map[string]string) []string {
	env := os.Environ()
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	return env
}

func runProcess(t *testing.T, vars map[string]string, args ...string) {
	t.Helper()
	cmd := exec.Command(chatbotBinary(t), args...)
	cmd.Env = processEnv(vars)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chatbot %v: %v\n%s", args, err, out)
	}
}

func startServe(t *testing.T, vars map[string]string) *exec.Cmd {
	t.Helper()
	v := map[string]string{"HTTP_ADDR": freeAddr(t)}
	for k, x := range vars {
		v[k] = x
	}
	cmd := exec.Command(chatbotBinary(t), "serve")
	cmd.Env = processEnv(v)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	})
	return cmd
}

// remindersFor prepares n synthetic units whose reminders are all due:
// a sweep on Friday 27/11/2026 at 09:00 queues two per unit (Q2 and Q3/2026).
func remindersFor(t *testing.T, vars map[string]string, n, base int) {
	t.Helper()
	runProcess(t, vars, "seed", "synthetic", "--units", strconv.Itoa(n), "--telegram-base-id", strconv.Itoa(base))
	runProcess(t, vars, "remind", "--now", "2026-11-27T09:00:00+07:00")
}

// perChat counts the reminders each chat received.
func perChat(fake *telegramtest.Server) map[string]int {
	out := map[string]int{}
	for _, c := range fake.Sent() {
		out[c.Params["chat_id"]]++
	}
	return out
}

// peakRSS is a process's peak resident memory (VmHWM in /proc), in bytes.
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb * 1024
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}

// loadUnits is LOAD_UNITS, or def: each unit gets two reminders.
func loadUnits(def int) int {
	if v, err := strconv.Atoi(os.Getenv("LOAD_UNITS")); err == nil && v > 0 {
		return v
	}
	return def
}

// TestTwoServeProcessesSendOnce: two serve processes share one PostgreSQL
// database and one bot 150 ms away; together they stay within Telegram's
// global limit as the fake measures every arrival (at most 30 in any
// second: the fake does not refuse the excess, so none is hidden), no chat
// gets a 429, every reminder is sent exactly once, and each process stays
// under 100 MB. LOAD_UNITS=1500 makes it the 3.000-reminder fan-out of
// BENCHMARKS.md.
func TestTwoServeProcessesSendOnce(t *testing.T) {
	url := dbtest.URL(t, queries.Postgres)
	fake := telegramtest.New(t, "7:two")
	fake.EnforceLimits(0, 1)
	fake.SetChatBurst(3)
	fake.SetLatency(150 * time.Millisecond)
	n, base := loadUnits(150), 8000000
	vars := map[string]string{"DATABASE_URL": url, "TELEGRAM_BOT_TOKEN": "7:two", "TELEGRAM_API_ENDPOINT": fake.Endpoint(),
		"REMIND_EVERY": "off", "CHATBOT_TZ": "Asia/Ho_Chi_Minh"}
	remindersFor(t, vars, n, base)
	start := time.Now()
	a, b := startServe(t, vars), startServe(t, vars)
	fake.WaitCalls("sendMessage", 2*n, time.Duration(2*n/25+60)*time.Second)
	took := time.Since(start)
	time.Sleep(time.Second) // anything sent twice would arrive now
	got := perChat(fake)
	if len(got) != n {
		t.Fatalf("%d chats reached, want %d", len(got), n)
	}
	for chat, k := range got {
		if k != 2 {
			t.Fatalf("chat %s received %d reminders, want 2 (Q2 and Q3/2026)", chat, k)
		}
	}
	rejected := 0
	for _, c := range fake.Calls("sendMessage") {
		if c.Status == 429 {
			rejected++
		}
	}
	most := fake.MaxPerSecond()
	if rejected > 0 || most > 30 {
		t.Fatalf("%d answers 429, %d messages within one second: the two processes exceeded Telegram's limits", rejected, most)
	}
	rssA, rssB := peakRSS(t, a.Process.Pid), peakRSS(t, b.Process.Pid)
	if rssA > 100<<20 || rssB > 100<<20 {
		t.Fatalf("peak RSS %d MB and %d MB, want under 100 MB", rssA>>20, rssB>>20)
	}
	t.Logf("%d reminders by two processes in %s: %.1f/s, at most %d in a second, peak RSS %d MB and %d MB",
		2*n, took.Round(time.Millisecond), float64(2*n)/took.Seconds(), most, rssA>>20, rssB>>20)
}

// TestServeKilledMidSendResumes: SIGKILL in the middle of sending; after a
// restart no reminder is lost and at most the sends in flight at the kill
// are repeated: a request already written reaches the platform whatever
// happens to the bot, the platform cannot be asked whether it took it, and
// the restarted bot sends it again. With one send in flight
// (OUTBOX_WORKERS=1) that is at most one message. With eight in flight to a
// Bot API 150 ms away it is at most eight, each in a different chat (a
// chat has one send in flight); keeping Telegram's 29/s at 150 ms takes
// about 29 × 0,15 ≈ 4 in flight, so fewer repeats would cost the rate
// (README, "Delivery").
func TestServeKilledMidSendResumes(t *testing.T) {
	cases := []struct {
		name     string
		workers  int
		way      time.Duration // each way of the round trip
		maxTwice int
	}{
		{"one in flight", 1, 0, 1},
		{"eight in flight 150 ms away", 8, 75 * time.Millisecond, 8},
	}
	for _, d := range []queries.Dialect{queries.SQLite, queries.Postgres} {
		for _, c := range cases {
			t.Run(string(d)+"/"+c.name, func(t *testing.T) {
				url := dbtest.URL(t, d)
				fake := telegramtest.New(t, "7:kill")
				fake.SetLatency(c.way)
				fake.SetReplyDelay(c.way)
				const n, base = 60, 9000000
				vars := map[string]string{"DATABASE_URL": url, "TELEGRAM_BOT_TOKEN": "7:kill", "TELEGRAM_API_ENDPOINT": fake.Endpoint(),
					"REMIND_EVERY": "off", "OUTBOX_STALE_AFTER": "2s", "OUTBOX_WORKERS": strconv.Itoa(c.workers)}
				remindersFor(t, vars, n, base)
				first := startServe(t, vars)
				fake.WaitCalls("sendMessage", 40, 30*time.Second)
				first.Process.Kill() // SIGKILL: no cleanup at all
				first.Wait()
				time.Sleep(c.way) // what was on its way to the fake arrives, or not
				sentBefore := len(fake.Sent())
				startServe(t, vars)
				fake.WaitCalls("sendMessage", 2*n, 60*time.Second)
				time.Sleep(3 * time.Second) // past OUTBOX_STALE_AFTER: a row left claimed would be resent by now
				got := perChat(fake)
				repeats := 0
				for i := 1; i <= n; i++ {
					k := got[strconv.Itoa(base+i)]
					if k < 2 {
						t.Fatalf("chat %d received %d reminders, want 2: lost after the kill", base+i, k)
					}
					if k > 3 {
						t.Fatalf("chat %d received %d reminders: more than the one it had in flight repeated", base+i, k)
					}
					repeats += k - 2
				}
				if repeats > c.maxTwice {
					t.Fatalf("%d reminders sent twice, at most the %d in flight may be", repeats, c.maxTwice)
				}
				t.Logf("killed after %d messages; %d repeated (at most %d in flight)", sentBefore, repeats, c.workers)
			})
		}
	}
}
