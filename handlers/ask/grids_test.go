package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestGridsAsked: codes listed with slashes ("dvc3/dvc4/hstt/hstong",
// "q1/q2") are each asked (the list was read as the rate "hstt/hstong"
// or one token); "tỷ lệ chung 2 huyện" after two districts named is those
// two together, not every district; "từng nơi", "2017 so 2018" and "qua
// 2 quý" gave one figure.
func TestGridsAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"Thạch Hà Q1 dvc3/dvc4/hstt/hstong"}, "Thạch Hà quý 1 dvc3, dvc4, hstt, hstong"},
		{[]string{"địa phương nào nhiều DVC mức 4 nhất q1/q2"}, "đơn vị cấp huyện nào nhiều DVC mức 4 nhất quý 2"},
		{[]string{"địa phương nào nhiều DVC mức 4 nhất q1/q2"}, "đơn vị cấp huyện nào nhiều DVC mức 4 nhất quý 1"},
		{[]string{"HSTT q2 của Can Lộc, Thạch Hà", "tỷ lệ chung 2 huyện"}, "tỷ lệ hồ sơ trực tuyến chung của Can Lộc và Thạch Hà quý 2"},
		// "từng nơi" is each unit; "2017 so 2018" both years set side by
		// side; "qua 2 quý" the last two.
		{[]string{"quý II các đơn vị cấp huyện đã nộp: số hồ sơ trực tuyến từng nơi"}, "số hồ sơ trực tuyến từng huyện quý 2"},
		{[]string{"Báo Hà Tĩnh số bài 2017 so 2018"}, "Báo Hà Tĩnh số bài năm 2017 so với năm 2018"},
		{[]string{"thị xã Kỳ Anh tỷ lệ qua 2 quý"}, "thị xã Kỳ Anh tỷ lệ hồ sơ trực tuyến quý 1 và quý 2"},
	})
}
