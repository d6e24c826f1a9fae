package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestTurningBackInAChat: a chat keeps the questions it asked before its
// last, so "quay lại Hồng Lĩnh lúc nãy, quý 1" goes on from the question
// about Hồng Lĩnh two topics back, and "con số em hỏi lúc đầu ấy, giờ
// cho mức 4" from the first; "y như vậy cho …", "như câu trước nhưng cho
// …" ask the last one of another unit; "cái nào cao hơn" after two
// units' figures, and "cao hơn hay thấp hơn …" set them against each
// other; "tổng cả hai" after two figures adds them.
func TestTurningBackInAChat(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	followsAs(t, a, []string{"quý 2 TX Hồng Lĩnh tỷ lệ hồ sơ nộp trực tuyến", "PCI năm 2018 xếp thứ mấy", "kinh phí đào tạo năm 2019",
		"quay lại Hồng Lĩnh lúc nãy, quý 1 được bao nhiêu"}, "tỷ lệ hồ sơ trực tuyến của thị xã Hồng Lĩnh quý 1/2019")
	followsAs(t, a, []string{"tỷ lệ hồ sơ trực tuyến TX Kỳ Anh quý 1", "PCI 2017 hạng mấy", "năm 2018 tăng bao nhiêu bậc",
		"quay lại thị xã Kỳ Anh, quý 2"}, "tỷ lệ hồ sơ trực tuyến của thị xã Kỳ Anh quý 2/2019")
	followsAs(t, a, []string{"cho em số dịch vụ công mức 3 của cấp huyện", "sàn TMĐT có mấy gian hàng", "chỉ số minh bạch năm 2017",
		"con số em hỏi lúc đầu ấy, giờ cho mức 4"}, "số dịch vụ công mức 4 của cấp huyện")
	followsAs(t, a, []string{"Hương Sơn quý 1 có bao nhiêu DVC mức 3", "y như vậy cho Cẩm Xuyên"}, "Cẩm Xuyên quý 1 có bao nhiêu DVC mức 3")
	followsAs(t, a, []string{"Hương Sơn quý 1 có bao nhiêu DVC mức 3", "như câu trước nhưng cho Hương Khê"}, "Hương Khê quý 1 có bao nhiêu DVC mức 3")
	followsAs(t, a, []string{"Can Lộc quý 1 tỷ lệ hồ sơ trực tuyến", "còn Lộc Hà quý 1", "cái nào cao hơn"},
		"tỷ lệ hồ sơ trực tuyến quý 1 của Can Lộc so với Lộc Hà")
	followsAs(t, a, []string{"Lộc Hà quý 1 tỷ lệ hồ sơ trực tuyến", "cao hơn hay thấp hơn Can Lộc?"},
		"tỷ lệ hồ sơ trực tuyến quý 1 của Lộc Hà so với Can Lộc")
	// "tổng cả hai" after two figures of the same place and time.
	followsAs(t, a, []string{"kinh phí NQ22 đã bố trí bao nhiêu", "lồng ghép bao nhiêu", "tổng cả hai bn?"},
		"kinh phí NQ22 đã bố trí và lồng ghép tổng cộng bao nhiêu")
	// The words of a story are no period: "bỏ quê đi mấy chục năm rồi".
	followsAs(t, a, []string{"Cháu ơi, bác sinh ra ở Đức Thọ, bỏ quê đi mấy chục năm rồi mà vẫn nhớ. Huyện Đức Thọ quý 2/2019 có bao nhiêu hồ sơ nộp trực tuyến hả cháu?"},
		"số hồ sơ trực tuyến của huyện Đức Thọ quý 2/2019")
}
