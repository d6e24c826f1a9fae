package dataset

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

//go:generate go run ./internal/hatinh2025/gen
//go:generate go run ./internal/reporttext/gen

// The datasets shipped with the program, in the format of `chatbot import`.
//
//go:embed data/demo-2019/*.csv data/ha-tinh-2025/*.csv
var shipped embed.FS

// ReportSourceCode names the demo's source document.
const ReportSourceCode = "47/BC-STTTT"

// QuarterlyFormCode is the quarterly DVC report form of design.md §2.2.
const QuarterlyFormCode = "dvc-quy"

// Demo is the report's dataset (Báo cáo 47/BC-STTTT, 10/06/2019) with Hà
// Tĩnh's units of 2019: a folder of CSV files, as `chatbot import` reads.
func Demo() fs.FS { return sub("data/demo-2019") }

// HaTinh2025 is Hà Tĩnh's structure after the 2025 reform, built from
// data/sources by internal/hatinh2025: the 69 commune-level units from
// 01/07/2025, the 2019 districts and communes ending 30/06/2025 with their
// successors where the sources say, Sở Thông tin và Truyền thông merged
// into Sở Khoa học và Công nghệ with its old names as the successor's
// aliases, and today's indicators with a quarterly form for the new
// communes (no figures). data/ha-tinh-2025/README.md says what the sources
// do not tell and what was left out.
func HaTinh2025() fs.FS { return sub("data/ha-tinh-2025") }

func sub(dir string) fs.FS {
	f, err := fs.Sub(shipped, dir)
	if err != nil {
		panic(fmt.Sprintf("dataset: embedded %s: %v", dir, err)) // a build without the folder is a broken build
	}
	return f
}

// SeedDemo imports the demo dataset: `chatbot seed demo` and `--demo`.
// Running it again changes nothing.
func SeedDemo(ctx context.Context, s *queries.Store, now time.Time) (Report, error) {
	return seed(ctx, s, Demo(), "demo-2019", now)
}

// SeedHaTinh2025 imports the 2025 structure.
func SeedHaTinh2025(ctx context.Context, s *queries.Store, now time.Time) (Report, error) {
	return seed(ctx, s, HaTinh2025(), "ha-tinh-2025", now)
}

func seed(ctx context.Context, s *queries.Store, fsys fs.FS, label string, now time.Time) (Report, error) {
	wb, err := ReadCSVDir(fsys, ReadOptions{})
	if err != nil {
		return Report{}, err
	}
	rep, err := Import(ctx, s, wb, Options{Now: now, Label: label})
	if err != nil {
		return rep, fmt.Errorf("dataset: %s: %w", label, err)
	}
	return rep, nil
}
