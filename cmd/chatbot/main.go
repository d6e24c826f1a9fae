// Command chatbot is the indicator assistant: a chat bot on Telegram and
// Zalo, a console chat, and the admin commands around them. main only wires:
// config -> database -> migrations -> handlers -> channels.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // CHATBOT_TZ works on machines without a zoneinfo database
)

const usage = `chatbot — Trợ lý số liệu chuyển đổi số

Cách dùng:
  chatbot chat [--demo]                       trò chuyện trên màn hình
  chatbot ask [--demo] [--json] [CÂU HỎI]     trả lời một câu hỏi (không có CÂU HỎI: mỗi dòng stdin một câu)
  chatbot serve                               chạy bot Telegram, Zalo, nhắc nhở, /healthz, /metrics
  chatbot migrate                             cập nhật cấu trúc cơ sở dữ liệu
  chatbot seed demo                           nạp số liệu Báo cáo 47/BC-STTTT
  chatbot import ĐƯỜNG_DẪN [--dry-run]        nạp tệp .xlsx hoặc thư mục .csv (--dry-run: chỉ xem trước)
  chatbot export ĐƯỜNG_DẪN                    xuất dữ liệu ra tệp .xlsx hoặc thư mục .csv
  chatbot template ĐƯỜNG_DẪN.xlsx             ghi mẫu Excel để điền số liệu
  chatbot seed synthetic --units N            dữ liệu giả lập để thử tải
  chatbot users invite --unit ĐƠN_VỊ --role clerk|leader|admin
  chatbot remind [--now THỜI_ĐIỂM] [--dry-run]

Cấu hình bằng biến môi trường (DATABASE_URL, TELEGRAM_BOT_TOKEN, ...): xem README.md.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// errUsage marks a command line that is not understood.
var errUsage = errors.New("usage")

// run executes one command and returns the exit code; every failure is one
// line on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		return 0
	}
	cfg, err := loadConfig(getenv)
	if err != nil {
		fmt.Fprintln(stderr, "chatbot:", err)
		return 1
	}
	env := &env{cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr}
	commands := map[string]func(context.Context, []string) error{
		"chat":     env.chat,
		"ask":      env.ask,
		"serve":    env.serve,
		"migrate":  env.migrate,
		"seed":     env.seed,
		"import":   env.importData,
		"export":   env.exportData,
		"template": env.template,
		"users":    env.users,
		"remind":   env.remind,
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "chatbot: unknown command %q\n%s", args[0], usage)
		return 2
	}
	err = cmd(ctx, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errReported):
		return 1
	case errors.Is(err, errUsage), errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(stderr, "chatbot %s: %v\n", args[0], err)
		return 2
	}
	fmt.Fprintf(stderr, "chatbot %s: %v\n", args[0], err)
	return 1
}

// env is what every command gets: the config and the standard streams.
type env struct {
	cfg    Config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// flags makes a flag set whose errors are returned, not printed and exited.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses flags and wraps failures as usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
