package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPastedRowsAndHearsay: a table pasted row by row is read by its rows
// ("Chỉ tiêu" of its header is no target); a guess or hearsay after a
// ranking is not the unit asked; "sở có … nhất" after a period, "mấy cái
// sở", two quarters a dash joins, "…/13" blanks and an adviser's English
// are read as meant.
func TestPastedRowsAndHearsay(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Chỉ tiêu\tGiá trị\nSố DVC mức 3 trên Cổng DVC tỉnh\t?\na điền hộ e ô B3 với", []string{"Số DVC mức 3 trên Cổng DVC tỉnh"}},
		{"Q1/2019 – sở có tỷ lệ HS trực tuyến thấp nhất", []string{"quý 1/2019 sở nào có tỷ lệ hồ sơ trực tuyến thấp nhất"}},
		{"☐ Q1/2019 sở có tỷ lệ thấp nhất: ___", []string{"quý 1/2019 sở nào có tỷ lệ hồ sơ trực tuyến thấp nhất"}},
		{"Can Lộc hai quý trước có bao nhiêu hồ sơ online", []string{"Can Lộc quý 1 có bao nhiêu hồ sơ trực tuyến"}},
		{"Can Lộc 2 quý trước có bao nhiêu hồ sơ online", []string{"Can Lộc quý 1 có bao nhiêu hồ sơ trực tuyến"}},
		{"quý 2 có mấy cái sở đã nộp rồi", []string{"quý 2 có mấy sở đã nộp"}},
		{"Quý 2/2019 huyện nào đứng cuối về tỷ lệ hồ sơ nộp trực tuyến, nghe nói là Hương Sơn?", []string{"Quý 2/2019 huyện nào có tỷ lệ hồ sơ nộp trực tuyến thấp nhất"}},
		{"Quý 1/2019 huyện nào có ít hồ sơ trực tuyến nhất, tôi đoán là Vũ Quang?", []string{"Quý 1/2019 huyện nào có ít hồ sơ trực tuyến nhất"}},
		{"năm ngoái online ratio là bao nhiêu", []string{"tỷ lệ hồ sơ trực tuyến năm 2018"}},
		{"money cho training năm 2019 là mấy triệu đồng vậy", []string{"kinh phí tập huấn năm 2019"}},
		{"Thạch Hà | Chênh lệch TL Q2-Q1 | ?", []string{"Thạch Hà tỷ lệ hồ sơ trực tuyến quý 2 tăng bao nhiêu so với quý 1"}},
		{"Can Lộc tỷ lệ Q1-Q2", []string{"Can Lộc tỷ lệ hồ sơ trực tuyến quý 1 và quý 2"}},
		{"Một cửa điện tử: cấp huyện …/13, cấp xã …/262", []string{"bao nhiêu đơn vị cấp huyện và cấp xã có một cửa điện tử"}},
	})
	// "không phải nộp trực tuyến": the files not filed online, which the
	// report does not count for 2018; never the online count.
	if ans, err := a.Answer(t.Context(), "số hồ sơ không phải nộp trực tuyến năm 2018"); err != nil || ans.Kind == ask.KindFigure || !strings.Contains(ans.Text, "Chưa có số liệu tổng số hồ sơ") {
		t.Errorf("files not filed online: %v %s", err, ans.Text)
	}
}

// TestPartsAndFormalWords: a period asked by its parts ("cho e xin số
// từng năm", "từng quý", "2 quý vừa rồi") gets each part, not the nearest
// figure or an ask-back; "thay đổi thế nào" of a figure is its change, not
// the report's words; a formal register's "tỷ suất", "bách phân", "ngân
// khoản" and "xin bổ sung … vốn" are read as the rate, per cent, money and
// the money still missing.
func TestPartsAndFormalWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"chỉ số minh bạch qua 2 năm 2017-2018 cho e xin số từng năm", []string{"chỉ số minh bạch năm 2017 và năm 2018"}},
		{"Hương Khê từng quý tỷ lệ HSTT thế nào", []string{"tỷ lệ hồ sơ trực tuyến Hương Khê quý 1 và quý 2"}},
		{"thành phố HT tỷ lệ hồ sơ trực tuyến 2 quý vừa rồi", []string{"thành phố Hà Tĩnh tỷ lệ hồ sơ trực tuyến quý 1 và quý 2"}},
		{"DVC mức 4 của Hương Khê từ q1 sang q2 thay đổi thế nào", []string{"DVC mức 4 của Hương Khê từ q1 sang q2"}},
		{"Quý I/2019 huyện Hương Sơn đạt tỷ suất hồ sơ trực tuyến bao nhiêu bách phân?", []string{"tỷ lệ hồ sơ trực tuyến Hương Sơn quý 1"}},
		{"Kính gửi đồng chí, ngân khoản đã được bố trí để thực hiện Nghị quyết 22/2016 là bao nhiêu?", []string{"kinh phí đã bố trí thực hiện Nghị quyết 22"}},
		{"Năm 2020 phải xin bổ sung bao nhiêu vốn để thực hiện NQ 22?", []string{"kinh phí còn thiếu cần bố trí năm 2020"}},
	})
}
