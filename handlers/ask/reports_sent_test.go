package ask_test

import (
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
	checkReplies(t, a, []replyCase{
		{q: "Sở Giáo dục nộp quý 2 chưa nhỉ", want: []string{"Sở Giáo dục và Đào tạo đã nộp báo cáo quý 2/2019"}},
		{q: "Nghi Xuân q2 nộp chưa rứa", want: []string{"Huyện Nghi Xuân chưa nộp báo cáo quý 2/2019"}},
		{q: "sở mô q1 chưa nộp mà q2 đã nộp", want: []string{"1 đơn vị đã nộp báo cáo quý 2/2019 nhưng chưa nộp quý 1/2019: Sở Giáo dục và Đào tạo."}},
		{q: "đã nộp quý 1 nhưng chưa nộp quý 2 là những huyện nào", want: []string{"3 đơn vị đã nộp báo cáo quý 1/2019 nhưng chưa nộp quý 2/2019: Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà."}},
		{q: "đơn vị nào nộp đủ cả q1 lẫn q2", want: []string{"11 đơn vị đã nộp báo cáo đủ cả quý 1/2019 và quý 2/2019"}},
		{q: "bao nhiêu đơn vị nộp báo cáo cả quý 1 lẫn quý 2/2019", want: []string{"11 đơn vị đã nộp báo cáo đủ cả quý 1/2019 và quý 2/2019"}},
		{q: "những sở nộp đều cả 2 quý đầu năm", want: []string{"2 đơn vị đã nộp báo cáo đủ cả quý 1/2019 và quý 2/2019: Sở Tài chính và Sở Thông tin và Truyền thông."}},
		{q: "tỷ lệ nộp bc q2 giảm bao nhiêu điểm % so q1", want: []string{"giảm 15,63 điểm % so với quý 1/2019 (53,13%)"}},
	})
	// After those that sent both: which sent quarter 1 and not quarter 2.
	ans := lastReply(t, a, ask.Chat{Platform: "test", ID: t.Name()}, []string{"sở nào nộp báo cáo đủ cả 2 quý", "sở nào quý 1 nộp mà quý 2 chưa?"})
	checkText(t, "sở nào quý 1 nộp mà quý 2 chưa?", ans.Text, []string{"Sở Công Thương, Sở Nội vụ và Sở Y tế"}, nil)
}
