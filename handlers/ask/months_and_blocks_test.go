package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestMonthsOfQuarters: months as a statistician says them ("tháng 4-6",
// "tính tới 31/3", "hết tháng 3") are the quarter they make or end; a
// single month is answered with the quarter that holds it, said so.
func TestMonthsOfQuarters(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Thạch Hà tháng 4-6 tỷ lệ nộp trực tuyến bao nhiêu em", []string{"Thạch Hà quý 2 tỷ lệ nộp trực tuyến bao nhiêu"}},
		{"Tháng 1-3 huyện nào tỷ lệ nộp trực tuyến thấp nhất vậy em", []string{"quý 1 huyện nào tỷ lệ nộp trực tuyến thấp nhất"}},
		{"STC tháng 1 đến 3 có bao nhiêu hồ sơ nộp trực tuyến", []string{"STC quý 1 có bao nhiêu hồ sơ nộp trực tuyến"}},
		{"H. Can Lộc tính tới 31/3 tiếp nhận tổng cộng bao nhiêu hồ sơ TTHC?", []string{"Can Lộc quý 1 tiếp nhận tổng cộng bao nhiêu hồ sơ"}},
		{"Sở Nội vụ hết tháng 3 có bao nhiêu DVC mức 3?", []string{"Sở Nội vụ quý 1 có bao nhiêu DVC mức 3"}},
		{"số người tham gia tập huấn 3 tháng đầu năm 2019", []string{"số người tham gia tập huấn quý 1/2019"}},
	})
	got := replyText(t, a, "Huyện Đức Thọ tháng 5 tỷ lệ nộp hồ sơ qua mạng bao nhiêu?")
	if want := body(replyText(t, a, "Huyện Đức Thọ quý 2 tỷ lệ nộp hồ sơ qua mạng")); !strings.Contains(got, want) || !strings.Contains(got, "Chưa có số liệu riêng tháng 5/2019") {
		t.Errorf("a month is not answered with its quarter, said so: %s", got)
	}
}

// TestBlocksAndBothForms: a message of two blocks (an empty line between)
// asks two questions; "số lượng + %" asks the count and the rate; "trên
// tổng số" of a unit is its own total; "tính luôn các sở" ranks every
// unit; a phone's "mục tiền" is "mục tiêu".
func TestBlocksAndBothForms(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"q2 2019 mấy đơn vị đã nộp\n\nhuyện nào tỷ lệ cao nhất", []string{"q2 2019 mấy đơn vị đã nộp", "quý 2 huyện nào tỷ lệ cao nhất"}},
		{"năm ngoái hs nộp qua DVC 3,4: số lượng + %", []string{"năm 2018 bao nhiêu hồ sơ trực tuyến", "tỷ lệ hồ sơ trực tuyến năm 2018"}},
		{"Sở Tài chính quý 2 nhận bao nhiêu hồ sơ trực tuyến trên tổng số", []string{"tỷ lệ hồ sơ trực tuyến Sở Tài chính quý 2"}},
		{"quý 1 tính luôn các sở thì ai tỷ lệ thấp nhất", []string{"quý 1 đơn vị nào tỷ lệ hồ sơ trực tuyến thấp nhất"}},
		{"DVC mức 4 tăng thêm còn thiếu bao nhiêu so với mục tiền", []string{"DVC mức 4 tăng thêm còn thiếu bao nhiêu so với mục tiêu"}},
	})
}
