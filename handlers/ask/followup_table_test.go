package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestEditingATable: figures asked for a slide are edited as a table:
// "thêm … vào bảng", "thêm dòng …" add a unit, "thêm cột …" a figure,
// "chuyển cả bảng sang …" change the period, "đổi cột … thành …", "đổi
// sang …" put one figure in another's place.
func TestEditingATable(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	table := []string{"cho em bảng tỷ lệ hồ sơ trực tuyến quý 1/2019 của Can Lộc và Hương Khê ạ"}
	followsAs(t, a, append(table, "thêm TX Kỳ Anh vào bảng ạ"), "tỷ lệ hồ sơ trực tuyến quý 1/2019 của Can Lộc, Hương Khê và thị xã Kỳ Anh")
	followsAs(t, a, append(table, "thêm TX Kỳ Anh vào bảng ạ", "chuyển cả bảng sang quý 2/2019 giúp em"),
		"tỷ lệ hồ sơ trực tuyến quý 2/2019 của Can Lộc, Hương Khê và thị xã Kỳ Anh")
	followsAs(t, a, append(table, "thêm cột tổng hồ sơ tiếp nhận ạ"), "tỷ lệ hồ sơ trực tuyến và tổng số hồ sơ tiếp nhận quý 1/2019 của Can Lộc và Hương Khê")
	followsAs(t, a, append(table, "thêm dòng Thạch Hà nữa là xong ạ"), "tỷ lệ hồ sơ trực tuyến quý 1/2019 của Can Lộc, Hương Khê và Thạch Hà")
	followsAs(t, a, append(table, "đổi cột tỷ lệ thành số hồ sơ nộp trực tuyến nhé"), "số hồ sơ nộp trực tuyến quý 1/2019 của Can Lộc và Hương Khê")
	followsAs(t, a, append(table, "đổi sang số DVC mức 3 ạ"), "số DVC mức 3 quý 1/2019 của Can Lộc và Hương Khê")
}
