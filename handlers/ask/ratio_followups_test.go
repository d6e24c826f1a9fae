package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRatioFollowUps: "gấp mấy lần" after two figures, two periods or
// two units asked in turn divides them (the two were given side by side,
// subtracted, or refused); "gấp mấy Hương Sơn về số hồ sơ" after Nghi
// Xuân's rate is the two units' counts divided. "được mấy % tổng số mức
// 4 toàn tỉnh" is a share of the whole (was the part alone); "tổng số cán
// bộ chuyên trách CNTT" counts people no figure counts (was the training
// project's money).
func TestRatioFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "ratios", []chatCase{
		{[]string{"a ơi toàn tỉnh có bn DVC mức 3", "mức 4 nữa a", "vậy mức 3 gấp mức 4 bao nhiêu lần"}, []string{"gấp 66,5 lần"}, nil},
		{[]string{"năm 2019 có bao nhiêu hồ sơ nộp trực tuyến rồi a", "năm ngoái được bao nhiêu", "năm nay nhiều gấp bao nhiêu lần năm ngoái"}, []string{"gấp 3,43 lần năm 2018"}, nil},
		{[]string{"TP Hà Tĩnh có mấy DVC mức 4 quý 1", "q2 có mấy", "quý 2 bằng mấy lần quý 1"}, []string{"gấp 1,2 lần quý 1/2019"}, nil},
		{[]string{"Nghi Xuân quý 1 nộp trực tuyến bao nhiêu hồ sơ", "tỉ lệ được mấy %", "gấp mấy Hương Sơn về số hồ sơ"}, []string{"Huyện Nghi Xuân gấp 2 lần Huyện Hương Sơn"}, nil},
		{[]string{"Huyện Kỳ Anh quý 1 bao nhiêu hồ sơ trực tuyến", "so với Sở Nội vụ thì gấp mấy"}, []string{"gấp 4,5 lần"}, []string{"cao hơn"}},
		{[]string{"DVC mức 4 của các cơ quan cấp tỉnh được mấy % tổng số mức 4 toàn tỉnh"}, []string{"23,33%"}, nil},
		{[]string{"tổng số cán bộ chuyên trách CNTT cấp xã"}, nil, []string{"triệu đồng"}},
	})
}

// TestPointersAndAddressee: "DVC mức 3 bên đó mấy cái" after Sở Nội vụ's
// rate is that agency's (was the province's); "sở thì bao nhiêu đơn vị
// chưa nộp" after the districts is the agencies ("sở" at the start was
// read as "số": all units); "các đơn vị đó" after a level's figure is
// that level (was the province); "… vậy đồng chí?" ends politely, and the
// follow-up is understood (was not).
func TestPointersAndAddressee(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "pointers", []chatCase{
		{[]string{"Sở Nội vụ quý 1 tỷ lệ hồ sơ trực tuyến", "DVC mức 3 bên đó mấy cái"}, []string{"mức độ 3 của Sở Nội vụ quý 1/2019: 22 dịch vụ"}, nil},
		{[]string{"quý 2 bao nhiêu huyện chưa nộp báo cáo", "sở thì bao nhiêu đơn vị chưa nộp"}, []string{"3/19 đơn vị sở, ban, ngành", "còn 16 đơn vị chưa nộp"}, nil},
		{[]string{"quý 2/2019 các đơn vị cấp huyện có tổng cộng bao nhiêu hồ sơ nộp trực tuyến?", "Tổng số hồ sơ tiếp nhận của các đơn vị đó là bao nhiêu?"},
			[]string{"cấp huyện quý 2/2019: 19.835 hồ sơ"}, nil},
		{[]string{"Sang quý 2/2019 tỷ lệ của TP Hà Tĩnh là bao nhiêu?", "quý 1 thì sao", "Tăng bao nhiêu điểm phần trăm vậy đồng chí?"}, []string{"tăng 4,32 điểm %"}, nil},
	})
}

// TestSharesAndAveragesAfter: "chiếm bao nhiêu % dvc mức 4 của các đơn
// vị đã báo cáo quý 1" after Hồng Lĩnh's services is its share of the
// province (was refused); "TP Hà Tĩnh chiếm mấy" then is the city's;
// "chiếm mấy %" after a unit's online files stays their rate; "nộp trực
// tuyến tổng bao nhiêu hồ sơ" is the online files alone (the files
// received were added), so "bình quân mỗi sở" is their average (was
// refused); "nhận tổng bao nhiêu hồ sơ, bao nhiêu nộp online" keeps both.
func TestSharesAndAveragesAfter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "shares-after", []chatCase{
		{[]string{"Hồng Lĩnh q1 có mấy dvc mức 4", "chiếm bao nhiêu % dvc mức 4 của các đơn vị đã báo cáo quý 1"}, []string{"bằng 14%"}, nil},
		{[]string{"Hồng Lĩnh q1 có mấy dvc mức 4", "chiếm bao nhiêu % dvc mức 4 của các đơn vị đã báo cáo quý 1", "TP Hà Tĩnh chiếm mấy"}, []string{"Thành phố Hà Tĩnh bằng 20%"}, nil},
		{[]string{"TP Hà Tĩnh quý 1 có bao nhiêu hồ sơ trực tuyến", "chiếm mấy %"}, []string{"16,24%"}, nil},
		{[]string{"quý 1 các sở nộp trực tuyến tổng bao nhiêu hồ sơ", "bình quân mỗi sở được bao nhiêu"}, []string{"Trung bình mỗi đơn vị sở, ban, ngành cấp tỉnh: 40 hồ sơ"}, nil},
		{[]string{"Q1 và Q2 Hương Khê nhận tổng bao nhiêu hồ sơ, bao nhiêu nộp online"}, []string{"1.590", "176"}, nil},
	})
}
