package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestExceptAfter: a follow-up that only leaves something out ("không
// tính điện lực thì sao", "không tính thành phố thì sao", "trừ Can Lộc ra
// thì sao") answers the question before without it — never the part
// left out alone.
func TestExceptAfter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "except", []chatCase{
		{turns: []string{"ngành điện với ngành thuế cung cấp bao nhiêu DVC mức 3", "không tính điện lực thì sao"},
			want: []string{"Cục Thuế tỉnh Hà Tĩnh đến ngày 10/06/2019: 154 dịch vụ"}, not: []string{"27 dịch vụ"}},
		{turns: []string{"quý 2 địa phương nào nhiều hồ sơ trực tuyến nhất", "không tính thành phố thì sao"},
			want: []string{"(không tính thành phố)", "cao nhất là Huyện Can Lộc 642 hồ sơ"}},
		{turns: []string{"quý 2 địa phương nào ít hồ sơ trực tuyến nhất", "trừ Đức Thọ ra thì sao"},
			want: []string{"(ngoài Huyện Đức Thọ)"}, not: []string{"thấp nhất là Huyện Đức Thọ"}},
	})
}

// TestLowestAfterNoneAbove: "còn thấp nhất?" after "không có huyện nào
// trên 25%? cao nhất là huyện mô" is the lowest district, not the
// districts without the figure.
func TestLowestAfterNoneAbove(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "lowest", []chatCase{
		{turns: []string{"không lẽ quý 2 không có huyện nào trên 25%? cao nhất là huyện mô", "còn thấp nhất?"},
			want: []string{"thấp nhất là Huyện Đức Thọ 2,86%"}},
	})
}
