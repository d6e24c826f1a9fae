package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRepliesToQuotedMessages: a group chat's reply opens with the
// message it answers ("> Nam: Sở Tài chính có mấy DVC mức 4?", "[Trích
// dẫn] Thảo: …", "Trả lời Lan:"): the reply's own question is answered,
// not the quoted one's, and a follow-up goes on from the quoted question.
func TestRepliesToQuotedMessages(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"> Nguyễn Văn Nam: Sở Tài chính có mấy DVC mức 4?\ne hỏi cấp huyện gộp lại có bao nhiêu dịch vụ công ạ", []string{"cấp huyện có bao nhiêu dịch vụ công"}},
		{"[Trích dẫn] Phạm Thị Thảo: huyện mình có 23 DVC mức 4 à?\ncấp tỉnh có bn dịch vụ công trực tuyến (cả 2 mức) ạ", []string{"cấp tỉnh có bao nhiêu dịch vụ công trực tuyến mức 3 và mức 4"}},
		{"Trả lời Trần Thị Lan:\nKỳ Anh quý 1 tỷ lệ hồ sơ trực tuyến bao nhiêu ạ", []string{"Kỳ Anh quý 1 tỷ lệ hồ sơ trực tuyến bao nhiêu"}},
		{"> Lê Thị Nga: Can Lộc quý 2 tỷ lệ hồ sơ trực tuyến bao nhiêu?\ncòn quý 1?", []string{"Can Lộc quý 1 tỷ lệ hồ sơ trực tuyến"}},
	})
	if got := replyText(t, a, "> Nguyễn Văn Nam: Sở Tài chính có mấy DVC mức 4?\ne hỏi cấp huyện gộp lại có bao nhiêu dịch vụ công ạ"); strings.Contains(got, "Sở Tài chính") {
		t.Errorf("the quoted question answered: %s", got)
	}
}

// TestGlossesAndConfusedTerms: a short form spelled out after it ("Đài
// PTTH (Phát thanh và Truyền hình)", "DVC (tức là dịch vụ công)") and notes in square
// brackets ("[theo BC 47]") leave the question as it is without them; a
// newcomer's "tỉ lệ DVC" of a unit is the share of files sent online,
// which the reply names, and "dự án mức 3" the services of that level (no
// project has one); "Cổng DVC tỉnh" is no project of the provincial
// portal; projects "đang tiếp tục triển khai, chưa xong" are those under
// way, and "chưa xong" alone those not done; certificates are not stored.
func TestGlossesAndConfusedTerms(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Số DVC (tức là dịch vụ công) mức 4 của khối sở là bao nhiêu (tức sở, ngành cấp tỉnh)?", []string{"Số DVC mức 4 của khối sở"}},
		{"Thứ hạng PCI (chỉ số năng lực cạnh tranh cấp tỉnh) năm 2017 của tỉnh là bao nhiêu [trước khi tăng bậc]?", []string{"Thứ hạng PCI năm 2017 của tỉnh"}},
		{"Năm 2019 Đài PTTH (Phát thanh và Truyền hình) tỉnh nhận bao nhiêu cho phóng sự?", []string{"Năm 2019 Đài PTTH tỉnh nhận bao nhiêu cho phóng sự"}},
		{"Hồng Lĩnh q2/2019 tỉ lệ DVC bao nhiêu", []string{"tỷ lệ hồ sơ trực tuyến Hồng Lĩnh quý 2/2019"}},
		{"quý 1 huyện nào đội sổ về tỉ lệ DVC vậy", []string{"huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất quý 1"}},
		{"tỉnh có bn dự án mức 3 đang chạy trên cổng dịch vụ công vậy anh", []string{"tỉnh có bao nhiêu DVC mức 3"}},
		{"Cổng DVC tỉnh hiện có mấy dự án mức độ 4 cho dân dùng ạ", []string{"tỉnh có bao nhiêu DVC mức 4"}},
		{"có mấy dự án còn đang tiếp tục triển khai, chưa xong", []string{"có mấy dự án đang thực hiện"}},
		{"có mấy dự án chưa xong", []string{"có mấy dự án chưa hoàn thành"}},
	})
	if ans := answerOf(t, a, "số học viên đạt chứng chỉ ứng dụng CNTT cơ bản"); ans.Kind.CarriesFigure() {
		t.Errorf("no figure counts certificates: %s", ans.Text)
	}
}

// TestSameButFor: "y chang vậy nhưng huyện Kỳ Anh" is the figure asked
// before, of that unit; "phần vẫn gửi kèm bản giấy" the documents sent
// with paper copies.
func TestSameButFor(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"Thị xã Kỳ Anh quý 2/2019 tỷ lệ hồ sơ trực tuyến", "y chang vậy nhưng huyện Kỳ Anh"}, "Huyện Kỳ Anh quý 2/2019 tỷ lệ hồ sơ trực tuyến"},
		{[]string{"tỷ lệ văn bản ký số gửi nhận trực tuyến", "phần vẫn gửi kèm bản giấy khoảng mấy %"}, "tỷ lệ văn bản điện tử gửi song song với bản giấy"},
	})
}

// TestFigureOverAnother: "chia ra mỗi học viên": one figure over another
// that is not stored for the same thing, so no figure is given for it
// (the one stored was given as the answer before); files per service are
// computed (TestFilesPerService).
func TestFigureOverAnother(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, q := range []string{"kinh phí đào tạo 2019 chia ra mỗi học viên bao nhiêu tiền"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a stored figure for the ratio asked: %s", q, ans.Text)
		}
	}
	holdsReplies(t, a, []repliedAs{{"mỗi xã có bao nhiêu dịch vụ công mức 3", []string{"số DVC mức 3 của mỗi xã"}}})
}

// TestReplyFormAsked: how the asker wants the reply written ("1 dòng
// thôi", "gạch đầu dòng giúp chị", "kèm đvt", "ghi rõ đơn vị tính") asks
// nothing: "1 dòng" is no quarter 1, and the question without it is read.
func TestReplyFormAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Kỳ mới nhất có bao nhiêu đơn vị đã nộp báo cáo quý, 1 dòng thôi", []string{"Kỳ mới nhất có bao nhiêu đơn vị đã nộp báo cáo quý"}},
		{"tổng hs nộp qua dvc mức 3 mức 4 năm 2018, kèm đvt nhé", []string{"tổng hs nộp qua dvc mức 3 mức 4 năm 2018"}},
		{"so video clip tren fanpage cua so tt&tt la bao nhieu, ghi don vi tinh", []string{"số video clip trên fanpage của Sở TT&TT"}},
	})
	if ans := answerOf(t, a, "Tỷ lệ hồ sơ trực tuyến của Can Lộc là bao nhiêu, 1 dòng thôi"); ans.Kind != ask.KindAsk {
		t.Errorf("Can Lộc's rate with no quarter: asked back for one, got %s: %s", ans.Kind, ans.Text)
	}
}

// TestFigureAndWhatTheReportSays: a figure asked with what the report
// says of it in the same message ("…? báo cáo có nhắc …", "…, vì sao
// được như vậy?") gets the figure, and the report's words beside it; a
// message that only asks the report's words of a topic stays a search.
func TestFigureAndWhatTheReportSays(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Hương Khê quý 2/2019 có bao nhiêu DVC mức 4? báo cáo có nhắc Hương Khê là huyện có mức 4 không", []string{"Hương Khê quý 2/2019 có bao nhiêu DVC mức 4"}},
		{"Tỷ lệ hồ sơ trực tuyến năm 2018 và 5 tháng đầu 2019 lần lượt là bao nhiêu, báo cáo có nói chuyển biến còn chậm không?", []string{"Tỷ lệ hồ sơ trực tuyến năm 2018 và 5 tháng đầu 2019"}},
	})
	if got := replyText(t, a, "Hương Khê quý 2/2019 có bao nhiêu DVC mức 4? báo cáo có nhắc Hương Khê là huyện có mức 4 không"); !strings.Contains(got, "Báo cáo viết") {
		t.Errorf("the report's words left out: %s", got)
	}
	if ans := answerOf(t, a, "Về hiệu quả DVCTT mức 3, 4, báo cáo có kết luận chung như thế nào ạ, em cần câu gốc"); ans.Kind != ask.KindInfo {
		t.Errorf("a topic's words asked, answered %s: %s", ans.Kind, ans.Text)
	}
}
