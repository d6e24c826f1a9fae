package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBossesRelayed: a secretary relaying "PCT hỏi …" is asked back the
// quarter (was not understood, as "PCT" meant nothing), and the boss's
// correction "à sếp dặn lại là lấy quý 1", "sếp bảo chỉ lấy năm 2017 thôi"
// changes the period of the question before (was not understood).
func TestBossesRelayed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "relayed", []chatCase{
		{[]string{"PCT hỏi tỷ lệ hồ sơ trực tuyến của Can Lộc, c tra hộ e"}, []string{"Huyện Can Lộc, kỳ nào"}, nil},
		{[]string{"PCT hỏi tỷ lệ hồ sơ trực tuyến của Can Lộc, c tra hộ e", "quý 2 ạ"}, []string{"Huyện Can Lộc quý 2/2019: 27,73%"}, nil},
		{[]string{"tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2", "à sếp dặn lại là lấy quý 1 c ơi"}, []string{"Huyện Can Lộc quý 1/2019: 20,98%"}, nil},
		{[]string{"tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2", "sếp bảo chỉ lấy năm 2017 thôi"}, []string{"Chưa có số liệu", "Huyện Can Lộc năm 2017"}, nil},
	})
}
