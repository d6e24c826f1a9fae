// Command gen writes dataset/data/ha-tinh-2025 from dataset/data/sources
// (run from the dataset folder by `go generate ./dataset`).
package main

import (
	"fmt"
	"os"

	"github.com/hatinh-stttt/chatbot/dataset/internal/hatinh2025"
)

func main() {
	wb, err := hatinh2025.Build(os.DirFS("data/sources"))
	if err == nil {
		err = wb.WriteCSVDir("data/ha-tinh-2025")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
