package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestEnglishRanksAndRates: the English an IT officer mixes in
// ("lowest", "top sở", "rate aggregate") asks what its Vietnamese does.
func TestEnglishRanksAndRates(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Q2 lowest online rate huyện", []string{"huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất quý 2/2019"}},
		{"Q1 top sở online rate", []string{"sở nào có tỷ lệ hồ sơ trực tuyến cao nhất quý 1/2019"}},
		{"cấp huyện Q1 rate aggregate", []string{"tỷ lệ hồ sơ trực tuyến chung cấp huyện quý 1/2019"}},
	})
}

// TestSpansSaidInWords: "nửa năm đầu 2019", "tính tới 27/2 năm nay",
// "tính đến hết tháng 6 năm nay gộp lại" are the spans they say: the
// quarters in them added, the day's figure.
func TestSpansSaidInWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Hồng Lĩnh nửa năm đầu 2019 có bao nhiêu hồ sơ nộp trực tuyến?", []string{"Hồng Lĩnh 6 tháng đầu năm 2019 có bao nhiêu hồ sơ nộp trực tuyến"}},
		{"tính tới 27/2 năm nay cổng dịch vụ công tỉnh có bn hồ sơ trực tuyến", []string{"tính đến 27/02/2019 tỉnh có bao nhiêu hồ sơ trực tuyến"}},
	})
	if got := replyText(t, a, "Huyện Kỳ Anh tính đến hết tháng 6 năm nay gộp lại có bao nhiêu hồ sơ nộp online?"); !strings.Contains(got, "từ đầu năm 2019 đến hết tháng 6/2019: 199 hồ sơ") {
		t.Errorf("the quarters to the end of June, added: %s", got)
	}
}

// TestProgressWords: a leader's words for ranks and progress ("bét",
// "đứng nhất", "tiến bộ nhất", "ông nào") ask the ranking they say.
func TestProgressWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"quý 1 thì huyện nào bét tỷ lệ hồ sơ trực tuyến", []string{"quý 1 huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất"}},
		{"kỳ mới nhất ông nào đứng nhất khối huyện về tỷ lệ trực tuyến", []string{"quý 2/2019 huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất"}},
		{"từ q1 sang q2 huyện nào tiến bộ nhất về tỷ lệ hồ sơ trực tuyến", []string{"từ quý 1 sang quý 2 huyện nào tăng tỷ lệ hồ sơ trực tuyến nhiều nhất"}},
	})
}

// TestTrainingOfficerWords: "học viên" are the people trained, "kỳ vọng"
// the plan; lecturers, certificates and women among the trained are
// counts no figure holds, so no figure of the classes or people answers.
func TestTrainingOfficerWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"quý 1/2019 tập huấn mấy lớp, bao nhiêu học viên", []string{"quý 1/2019 có mấy lớp tập huấn", "quý 1/2019 bao nhiêu người tham gia tập huấn"}},
		{"cuối năm 2019 kỳ vọng DN được tập huấn bao nhiêu %", []string{"kế hoạch năm 2019 tỷ lệ doanh nghiệp được tập huấn"}},
	})
	for _, q := range []string{"có bao nhiêu giảng viên đứng lớp tập huấn", "số chứng chỉ CIO đã cấp", "bao nhiêu học viên nữ tham gia tập huấn"} {
		if ans := answerOf(t, a, q); ans.Kind.CarriesFigure() {
			t.Errorf("%q: a figure: %s", q, ans.Text)
		}
	}
}

// TestPurposeAfterTheQuestion: a purpose after the question ("…, để chị
// nhắc luôn ở lớp tập huấn") is not part of what is asked; one naming a
// place is ("…, để so sánh với Hương Khê").
func TestPurposeAfterTheQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"quý 2/2019 huyện nào chưa gửi báo cáo, để chị nhắc luôn ở lớp tập huấn", []string{"quý 2/2019 huyện nào chưa gửi báo cáo"}},
	})
	if got := replyText(t, a, "Can Lộc quý 2 tỷ lệ hồ sơ trực tuyến, để so sánh với Hương Khê"); !strings.Contains(got, "Hương Khê") {
		t.Errorf("the place of the purpose dropped: %s", got)
	}
}
