package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestGridsAsked: codes listed with slashes ("dvc3/dvc4/hstt/hstong",
// "q1/q2") are each asked (the list was read as the rate "hstt/hstong"
// or one token); "tỷ lệ chung 2 huyện" after two districts named is those
// two together, not every district.
func TestGridsAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"Thạch Hà Q1 dvc3/dvc4/hstt/hstong"}, "Thạch Hà quý 1 dvc3, dvc4, hstt, hstong"},
		{[]string{"địa phương nào nhiều DVC mức 4 nhất q1/q2"}, "đơn vị cấp huyện nào nhiều DVC mức 4 nhất quý 2"},
		{[]string{"địa phương nào nhiều DVC mức 4 nhất q1/q2"}, "đơn vị cấp huyện nào nhiều DVC mức 4 nhất quý 1"},
		{[]string{"HSTT q2 của Can Lộc, Thạch Hà", "tỷ lệ chung 2 huyện"}, "tỷ lệ hồ sơ trực tuyến chung của Can Lộc và Thạch Hà quý 2"},
	})
}
