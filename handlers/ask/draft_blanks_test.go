package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestDraftBlanks: a draft sentence with two gaps or more ("… là … hồ
// sơ, tỷ lệ …%", "[....]") asks the figure of each gap.
func TestDraftBlanks(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"5 tháng đầu năm 2019 hồ sơ nộp trực tuyến là … hồ sơ, tỷ lệ …%", []string{"5 tháng đầu năm 2019 số hồ sơ nộp trực tuyến", "5 tháng đầu năm 2019 tỷ lệ hồ sơ nộp trực tuyến"}},
		{"hồ sơ trực tuyến cả tỉnh năm 2018: [....] hồ sơ, tỷ lệ [....]", []string{"số hồ sơ trực tuyến năm 2018", "tỷ lệ hồ sơ trực tuyến năm 2018"}},
	})
}
