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
	"log/slog"
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
  chatbot migrate status                      xem các bước đã và chưa áp dụng
  chatbot migrate down                        hoàn tác bước mới nhất
  chatbot seed demo                           nạp số liệu Báo cáo 47/BC-STTTT
  chatbot import ĐƯỜNG_DẪN [--dry-run]        nạp tệp .xlsx hoặc thư mục .csv (--dry-run: chỉ xem trước)
  chatbot export ĐƯỜNG_DẪN                    xuất dữ liệu ra tệp .xlsx hoặc thư mục .csv
  chatbot template ĐƯỜNG_DẪN.xlsx             ghi mẫu Excel để điền số liệu
  chatbot seed synthetic --units N            dữ liệu giả lập để thử tải
  chatbot users invite --unit ĐƠN_VỊ --role clerk|leader|admin [--name TÊN] [--phone SỐ]
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
	level := new(slog.LevelVar)
	switch {
	case cfg.LogLevel != nil:
		level.Set(*cfg.LogLevel)
	case args[0] == "ask" || args[0] == "chat":
		// A person reads these commands' output: only problems on stderr.
		level.Set(slog.LevelWarn)
	}
	redact := newRedactor(cfg)
	env := &env{cfg: cfg, log: newLogger(stderr, cfg.LogFormat, level, redact), stdin: stdin, stdout: stdout, stderr: stderr}
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
	if err == nil {
		return 0
	}
	if errors.Is(err, errReported) {
		return 1
	}
	fmt.Fprintf(stderr, "chatbot %s: %s\n", args[0], redact.Redact(err.Error()))
	if errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// env is what every command gets: the config, the process's one logger
// and the standard streams.
type env struct {
	cfg    Config
	log    *slog.Logger
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
