package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
)

// errReported is a failure already explained on stderr: exit code 1, no
// further line.
var errReported = errors.New("reported")

// summaryLines is how many additions and changes per sheet import prints
// (--all: every one).
const summaryLines = 50

// importData is `chatbot import PATH [--dry-run] [--all]`: a workbook or a
// folder of CSV files, checked whole, then written in one transaction, or
// (--dry-run) only reported.
func (e *env) importData(ctx context.Context, args []string) error {
	fs := e.flags("import")
	dry := fs.Bool("dry-run", false, "report what would change; write nothing")
	all := fs.Bool("all", false, "list every addition and change")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: import PATH [--dry-run] (PATH: a .xlsx file, a .csv file or a folder of .csv files)", errUsage)
	}
	wb, err := dataset.Open(pos[0], dataset.ReadOptions{})
	if err != nil {
		return err
	}
	s, done, err := e.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	rep, err := dataset.Import(ctx, s, wb, dataset.Options{DryRun: *dry, Label: filepath.Base(pos[0])})
	var probs dataset.Problems
	if errors.As(err, &probs) {
		fmt.Fprintln(e.stderr, probs.Error())
		return errReported
	}
	if err != nil {
		return err
	}
	lines := summaryLines
	if *all {
		lines = -1
	}
	fmt.Fprintln(e.stdout, rep.Summary(lines))
	return nil
}

// exportData is `chatbot export PATH`: PATH.xlsx, or a folder of CSV files.
func (e *env) exportData(ctx context.Context, args []string) error {
	pos, err := parseInterleaved(e.flags("export"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: export PATH (PATH.xlsx, or a folder for CSV files)", errUsage)
	}
	s, done, err := e.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	wb, err := dataset.Export(ctx, s)
	if err != nil {
		return err
	}
	path := pos[0]
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		if err := writeFile(path, wb.WriteXLSX); err != nil {
			return err
		}
	} else if err := wb.WriteCSVDir(path); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã xuất %d dòng (%d trang) ra %s.\n", wb.RowCount(), len(wb.Sheets), path)
	return nil
}

// template is `chatbot template PATH.xlsx`: an empty workbook to fill.
func (e *env) template(ctx context.Context, args []string) error {
	pos, err := parseInterleaved(e.flags("template"), args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || !strings.EqualFold(filepath.Ext(pos[0]), ".xlsx") {
		return fmt.Errorf("%w: template PATH.xlsx", errUsage)
	}
	s, done, err := e.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer done()
	today := time.Now().In(e.cfg.TZ).Format("2006-01-02")
	if err := writeFile(pos[0], func(w io.Writer) error { return dataset.Template(ctx, s, w, today) }); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã ghi mẫu nạp số liệu ra %s (xem trang huong_dan).\n", pos[0])
	return nil
}

// writeFile writes a file whole, or leaves none.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// parseInterleaved parses flags given before or after the positional
// arguments ("import PATH --dry-run" and "import --dry-run PATH").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
