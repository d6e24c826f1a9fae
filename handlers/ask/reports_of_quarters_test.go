package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestReportsOfTwoQuarters: "quý 1 ko nộp mà q2 lại nộp" lists the units
// that sent quarter 2 and not quarter 1 (the reverse was listed: "không"
// was not read as "chưa"); "1 BC quý cũng chưa nộp" since the start of the
// year is the units that sent none (was quarter 1's missing).
func TestReportsOfTwoQuarters(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "two-quarters", []chatCase{
		{[]string{"sở nào quý 1 ko nộp mà q2 lại nộp"}, []string{"1 đơn vị đã nộp báo cáo quý 2/2019 nhưng chưa nộp quý 1/2019: Sở Giáo dục và Đào tạo"}, nil},
		{[]string{"đơn vị nào nộp quý 1 nhưng không nộp quý 2"}, []string{"6 đơn vị đã nộp báo cáo quý 1/2019 nhưng chưa nộp quý 2/2019"}, nil},
		{[]string{"từ đầu năm tới giờ có bn đv 1 BC quý cũng chưa nộp"}, []string{"14 đơn vị chưa nộp báo cáo cả quý 1/2019 lẫn quý 2/2019"}, nil},
	})
}
