// Command gen writes dataset/data/demo-2019/van_ban.csv, the demo report's
// text, from testdata/report/47-BC-STTTT-2019.txt (run from the dataset
// folder by `go generate ./dataset`).
package main

import (
	"fmt"
	"os"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/dataset/internal/reporttext"
)

func main() {
	text, err := os.ReadFile("../testdata/report/47-BC-STTTT-2019.txt")
	if err == nil {
		err = reporttext.Workbook(dataset.ReportSourceCode, string(text)).WriteCSVDir("data/demo-2019")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
