package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestCorrectionsInAChat: a message that takes back the question before it
// ("không, anh cần …", "sửa giúp anh: …", "à không, anh hỏi Hà Tĩnh mình,
// toàn tỉnh") asks that question as now said; a correction after a colon
// in the same message ("…, sửa: mức 3") too.
func TestCorrectionsInAChat(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"Sở Tài chính quý 2 tỷ lệ hồ sơ trực tuyến?", "không, anh cần tổng số hồ sơ tiếp nhận chứ không phải tỷ lệ"}, "tổng số hồ sơ tiếp nhận của Sở Tài chính quý 2/2019"},
		{[]string{"TP Hà Tĩnh quý 1 nộp trực tuyến bao nhiêu hồ sơ?", "sửa giúp anh: quý 2 mới đúng"}, "TP Hà Tĩnh quý 2 nộp trực tuyến bao nhiêu hồ sơ"},
		{[]string{"Hương Khê quý 1 tỷ lệ hồ sơ trực tuyến?", "không, ý anh là số hồ sơ, không cần tỷ lệ"}, "Hương Khê quý 1 bao nhiêu hồ sơ trực tuyến"},
		{[]string{"Nghệ An có bao nhiêu DVC mức 4?", "à không, anh hỏi Hà Tĩnh mình, toàn tỉnh"}, "toàn tỉnh có bao nhiêu DVC mức 4"},
		{[]string{"Can Lộc quý 1 có mấy DVC mức 4, sửa: mức 3"}, "Can Lộc quý 1 có mấy DVC mức 3"},
	})
}

// TestCorrectingASearch: a search question corrected in the same message
// ("…, à nhầm, cấp tỉnh, cấp huyện cơ") is still answered from the
// report's words, not with a figure its corrected words happen to name.
func TestCorrectingASearch(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	ans := answerOf(t, a, "Với chuyên trách CNTT cấp xã thì báo cáo yêu cầu chú trọng gì, à nhầm, cấp tỉnh, cấp huyện cơ")
	if ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, "cấp tỉnh, cấp huyện chú trọng") {
		t.Errorf("got %s: %s", ans.Kind, ans.Text)
	}
}

// TestListsWithoutQuestionMarks: a list of figures asked with no question
// mark to each item ("c cần 3 số: …; …; …", "- … - … - …") gets each
// item's figure, as the items asked one by one do.
func TestListsWithoutQuestionMarks(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"c cần 3 số: HS online 2018; HS online 5 tháng 2019; tỷ lệ 5 tháng", []string{"HS online 2018", "HS online 5 tháng 2019", "tỷ lệ HS online 5 tháng 2019"}},
		{"- số xã có trang TTĐT - số DN trên sàn TMĐT - số video trên fanpage", []string{"số xã có trang TTĐT", "số DN trên sàn TMĐT", "số video trên fanpage"}},
	})
}

// chatRepliedAs is a chat's turns and the plain question whose reply the
// last turn's must hold.
type chatRepliedAs struct {
	turns []string
	plain string
}

// holdsChatReplies checks each chat's last reply against its plain
// question's, as holdsReplies does for one message.
func holdsChatReplies(t *testing.T, a *ask.Answerer, cases []chatRepliedAs) {
	t.Helper()
	for _, tc := range cases {
		got := replyTextIn(t, a, tc.turns)
		if want := body(replyText(t, a, tc.plain)); !strings.Contains(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.turns, got, want)
		}
	}
}
