package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestReportsSentAcrossQuarters: the department's questions on who sent
// which quarter's report: "X nộp quý 2 chưa nhỉ" (no "báo cáo" said);
// which sent one quarter and not the other, read by where "chưa nộp"
// stands ("q1 chưa nộp mà q2 đã nộp" gave the reverse); which sent both
// ("nộp đủ cả q1 lẫn q2" gave quarter 1's list, "nộp đều cả 2 quý" was not
// understood); the change of the share that sent, in points.
func TestReportsSentAcrossQuarters(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, c := range []struct{ question, want string }{
		{"Sở Giáo dục nộp quý 2 chưa nhỉ", "Sở Giáo dục và Đào tạo đã nộp báo cáo quý 2/2019"},
		{"Nghi Xuân q2 nộp chưa rứa", "Huyện Nghi Xuân chưa nộp báo cáo quý 2/2019"},
		{"sở mô q1 chưa nộp mà q2 đã nộp", "1 đơn vị đã nộp báo cáo quý 2/2019 nhưng chưa nộp quý 1/2019: Sở Giáo dục và Đào tạo."},
		{"đã nộp quý 1 nhưng chưa nộp quý 2 là những huyện nào", "3 đơn vị đã nộp báo cáo quý 1/2019 nhưng chưa nộp quý 2/2019: Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà."},
		{"đơn vị nào nộp đủ cả q1 lẫn q2", "11 đơn vị đã nộp báo cáo đủ cả quý 1/2019 và quý 2/2019"},
		{"những sở nộp đều cả 2 quý đầu năm", "2 đơn vị đã nộp báo cáo đủ cả quý 1/2019 và quý 2/2019: Sở Tài chính và Sở Thông tin và Truyền thông."},
		{"tỷ lệ nộp bc q2 giảm bao nhiêu điểm % so q1", "giảm 15,63 điểm % so với quý 1/2019 (53,13%)"},
	} {
		if got := replyText(t, a, c.question); !strings.Contains(got, c.want) {
			t.Errorf("%q:\n%s\nwant %q", c.question, got, c.want)
		}
	}
	chat := ask.Chat{Platform: "test", ID: t.Name()}
	if _, err := a.Converse(t.Context(), chat, "sở nào nộp báo cáo đủ cả 2 quý"); err != nil {
		t.Fatal(err)
	}
	ans, err := a.Converse(t.Context(), chat, "sở nào quý 1 nộp mà quý 2 chưa?")
	if want := "Sở Công Thương, Sở Nội vụ và Sở Y tế"; err != nil || !strings.Contains(ans.Text, want) {
		t.Errorf("after those that sent both: %v %s\nwant %q", err, ans.Text, want)
	}
}
