package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestLettersRead: a question written as an office's letter is read
// without its envelope: the salutation ("Kính gửi: Trợ lý số liệu Sở
// TT&TT,"), the letter's own number and date ("V/v …, số 09/VP ngày
// 03/7/2019"), the closing and the signature, whose unit and telephone
// number are not the question's; "huyện tôi" is the signer's unit.
func TestLettersRead(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Kinh gui Tro ly so lieu,\nQuý 1/2019 huyện nào tiếp nhận ít hồ sơ TTHC nhất?\nHoàng Minh Tuấn\nChánh VP HĐND-UBND H. Hương Sơn\nĐT: 0915 226 481",
			[]string{"Quý 1/2019 huyện nào tiếp nhận ít hồ sơ TTHC nhất?"}},
		{"V/v số liệu chuyển đổi số, số 09/VP ngày 03/7/2019\nKính gửi Quý Ban quản trị hệ thống Trợ lý số liệu,\nNăm 2017 dự án nâng cấp Cổng thông tin điện tử tỉnh được bố trí bao nhiêu?\nTrân trọng./\nNgười đề nghị: Hoàng Minh Tuấn (CVP UBND huyện Hương Sơn)",
			[]string{"Năm 2017 dự án nâng cấp Cổng thông tin điện tử tỉnh được bố trí bao nhiêu?"}},
		{"Kính gửi: Ban Quản trị Trợ lý số liệu (Sở TT&TT). Tổ giúp việc đang hoàn thiện dự thảo báo cáo.\nTỷ lệ hồ sơ nộp trực tuyến quý II/2019 của Sở Giáo dục và Đào tạo là bao nhiêu?\nTrân trọng./\nHoàng Minh Tuấn – Chánh Văn phòng\nĐT: 0915 226 481 – Email: tuanhm.hs@hatinh.gov.vn",
			[]string{"Tỷ lệ hồ sơ nộp trực tuyến quý II/2019 của Sở Giáo dục và Đào tạo là bao nhiêu?"}},
		{"Kính gửi Trợ lý số liệu của Sở,\nVăn phòng cần gấp số hồ sơ nộp qua DVC mức 3, 4 trong 5 tháng đầu năm 2019 của toàn tỉnh.\nTrân trọng kính chào.\nCVP Hoàng Minh Tuấn",
			[]string{"số hồ sơ nộp trực tuyến 5 tháng đầu năm 2019 toàn tỉnh"}},
		{"Kính gửi Trợ lý,\nTỷ lệ hồ sơ nộp trực tuyến của huyện tôi quý 2/2019 là bao nhiêu?\nTrân trọng./\nHoàng Minh Tuấn – Chánh Văn phòng HĐND và UBND huyện Hương Sơn",
			[]string{"Tỷ lệ hồ sơ nộp trực tuyến của huyện Hương Sơn quý 2/2019"}},
	})
	for _, q := range []string{
		"V/v số liệu chuyển đổi số, số 09/VP ngày 03/7/2019\nKính gửi Quý Ban quản trị hệ thống Trợ lý số liệu,\nTỷ lệ hồ sơ trực tuyến của Hương Khê quý 2/2019 đạt bao nhiêu?\nXin chân thành cảm ơn./\nHoàng Minh Tuấn – Chánh Văn phòng HĐND và UBND huyện Hương Sơn",
		"Kính gửi: Trợ lý số liệu Sở TT&TT,\nThanh tra tỉnh quý 1/2019 cung cấp bao nhiêu DVC mức độ 3?\nRất mong nhận được phản hồi sớm. Trân trọng./\nHoàng Minh Tuấn\nChánh VP HĐND-UBND H. Hương Sơn\nĐT: 0915 226 481",
	} {
		if got := replyText(t, a, q); strings.Contains(got, "Hương Sơn") || strings.Contains(got, "Thông tin và Truyền thông") {
			t.Errorf("%q: the envelope's units read as asked: %s", q, got)
		}
	}
}

// TestCourtesyAroundTheQuestion: thanks before a follow-up ("Xin cảm
// ơn. Số liệu tương ứng của năm 2018 là bao nhiêu ạ?") or a closing after
// it ("… tăng bao nhiêu điểm %? Xin cảm ơn./") leave the question, which
// goes on from the one before; the Party's committee that needs a figure
// ("Thường trực Huyện ủy", "Bí thư Huyện ủy vừa yêu cầu") is no level of
// units; rough figures asked ("xấp xỉ", "ước mấy nghìn", "mấy chục
// nghìn") get the stored one.
func TestCourtesyAroundTheQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"Tỷ lệ hồ sơ trực tuyến năm 2019", "Xin cảm ơn. Số liệu tương ứng của năm 2018 là bao nhiêu ạ?"}, "tỷ lệ hồ sơ trực tuyến năm 2018"},
		{[]string{"Thạch Hà quý 2 tỷ lệ hồ sơ trực tuyến", "So với quý I/2019 tăng bao nhiêu điểm %? Xin cảm ơn./"}, "tỷ lệ hồ sơ trực tuyến Thạch Hà quý 2 tăng bao nhiêu so với quý 1"},
	})
	holdsReplies(t, a, []repliedAs{
		{"Văn phòng đang chuẩn bị đề cương báo cáo Thường trực Huyện ủy về cải cách hành chính.\nĐề nghị Trợ lý cho biết hiện nay trên Cổng DVC của tỉnh có tổng số bao nhiêu dịch vụ công trực tuyến mức độ 3?",
			[]string{"số DVC mức 3 toàn tỉnh hiện nay"}},
		{"Đồng chí Bí thư Huyện ủy vừa yêu cầu bổ sung số liệu vào báo cáo. Xin tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019 ạ.", []string{"tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019"}},
		{"tỷ lệ hồ sơ trực tuyến năm 2018 xấp xỉ bao nhiêu em", []string{"tỷ lệ hồ sơ trực tuyến năm 2018"}},
		{"Cẩm Xuyên quý 1 tổng hồ sơ tiếp nhận ước mấy nghìn", []string{"Cẩm Xuyên quý 1 tổng hồ sơ tiếp nhận"}},
		{"lượt đăng nhập sàn TMĐT được mấy chục nghìn lượt rồi em", []string{"số lượt đăng nhập sàn TMĐT"}},
	})
	if ans := answerOf(t, a, "tỷ lệ giải ngân NQ22 đến nay"); ans.Kind.CarriesFigure() {
		t.Errorf("no disbursement rate is stored: %s", ans.Text)
	}
}
