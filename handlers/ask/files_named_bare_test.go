package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFilesNamedBare: a follow-up that names its figure by "hồ sơ" alone
// keeps the files counted before (those not filed online, or all those
// received), not the online files the word stands for on its own; one
// that says "trực tuyến" is of the online files.
func TestFilesNamedBare(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "files", []chatCase{
		{turns: []string{"Sở Tài chính quý 2 có bao nhiêu hồ sơ không nộp online", "q2 so với q1 tăng mấy hồ sơ"},
			want: []string{"ngoài số hồ sơ nộp trực tuyến", "quý 1/2019: 973 hồ sơ; quý 2/2019: 1.024 hồ sơ (tăng 51 hồ sơ)"}},
		{turns: []string{"Sở Tài chính tổng số hồ sơ tiếp nhận quý 2", "q2 so với q1 tăng mấy hồ sơ"},
			want: []string{"quý 1/2019: 1.045 hồ sơ; quý 2/2019: 1.120 hồ sơ (tăng 75 hồ sơ)"}, not: []string{"96 hồ sơ"}},
		{turns: []string{"Sở Tài chính tổng số hồ sơ tiếp nhận quý 2", "q2 so với q1 tăng mấy hồ sơ trực tuyến"},
			want: []string{"quý 1/2019: 72 hồ sơ; quý 2/2019: 96 hồ sơ (tăng 24 hồ sơ)"}},
		{turns: []string{"Sở Tài chính tỷ lệ hồ sơ trực tuyến quý 2", "q2 so với q1 tăng mấy hồ sơ"},
			want: []string{"quý 1/2019: 72 hồ sơ; quý 2/2019: 96 hồ sơ (tăng 24 hồ sơ)"}},
	})
}
