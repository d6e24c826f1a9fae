package dataset_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// benchRows is the size the issue sets: 100.000 value rows.
const benchRows = 100000

// figuresFile is a so_lieu sheet of n figures of the six 2025 indicators
// for the 69 new communes, month by month from 07/2025, and its source.
func figuresFile(b *testing.B, s *queries.Store, n int) *dataset.Workbook {
	b.Helper()
	units, err := s.Units(context.Background(), "2025-07-01")
	if err != nil {
		b.Fatal(err)
	}
	var codes []string
	for _, u := range units {
		if u.Level == "commune" {
			codes = append(codes, u.Code)
		}
	}
	wb := &dataset.Workbook{}
	wb.AddSheet("nguon", "ma", "ten", "ngay").Append("BENCH", "Số liệu thử tải", "01/01/2026")
	sh := wb.AddSheet("so_lieu", "chi_tieu", "don_vi", "ky", "gia_tri", "nguon")
	inds := []string{"dvc_tt", "dvc_mp", "hstt_tt_share", "payment_share", "digitized_share", "ontime_share"}
	for i := 0; len(sh.Rows) < n; i++ {
		month := 6 + i/(len(codes)*len(inds))
		period := fmt.Sprintf("tháng %d/%d", month%12+1, 2025+month/12)
		sh.Append(inds[i%len(inds)], codes[(i/len(inds))%len(codes)], period, fmt.Sprintf("%d,%d", i%100, i%10), "BENCH")
	}
	return wb
}

// BenchmarkImport100k imports 100.000 figures into a database holding the
// demo and the 2025 structure, from a folder of CSV files and from an
// .xlsx workbook: reading the file, checking every row, writing it all in
// one transaction. Run with -benchtime 1x.
func BenchmarkImport100k(b *testing.B) {
	ctx := context.Background()
	for _, d := range dbtest.Dialects {
		for _, format := range []string{"csv", "xlsx"} {
			b.Run(string(d)+"/"+format, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					s := demo2025(b, d)
					wb := figuresFile(b, s, benchRows)
					var file bytes.Buffer
					if format == "csv" {
						if err := wb.Sheet("nguon").WriteCSV(&file); err != nil {
							b.Fatal(err)
						}
					}
					var values bytes.Buffer
					if err := wb.Sheet("so_lieu").WriteCSV(&values); err != nil {
						b.Fatal(err)
					}
					if format == "xlsx" {
						if err := wb.WriteXLSX(&file); err != nil {
							b.Fatal(err)
						}
					}
					b.StartTimer()
					var read *dataset.Workbook
					var err error
					if format == "csv" {
						read, err = dataset.ReadFile("so_lieu.csv", strings.NewReader(values.String()), dataset.ReadOptions{})
						if err == nil {
							var src *dataset.Workbook
							src, err = dataset.ReadFile("nguon.csv", bytes.NewReader(file.Bytes()), dataset.ReadOptions{})
							if err == nil {
								read.Sheets = append(src.Sheets, read.Sheets...)
							}
						}
					} else {
						read, err = dataset.ReadXLSX(bytes.NewReader(file.Bytes()), dataset.ReadOptions{})
					}
					if err != nil {
						b.Fatal(err)
					}
					rep, err := dataset.Import(ctx, s, read, dataset.Options{Now: importAt})
					if err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					if got := rep.Sheet("so_lieu").Added; got != benchRows {
						b.Fatalf("%d figures added", got)
					}
					var n int
					if err := s.DB().Get(&n, "SELECT COUNT(*) FROM indicator_values"); err != nil || n != benchRows+56 {
						b.Fatalf("%d rows stored (%v)", n, err)
					}
					b.ReportMetric(float64(benchRows), "rows")
				}
			})
		}
	}
}
