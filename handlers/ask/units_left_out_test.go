package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestUnitsLeftOutOfLists: units named to be left out ("trừ Can Lộc, TP HT ra",
// "ngoài Lộc Hà với Can Lộc ra") are left out of a ranking, of a level's
// figure together and of the count of units that reported (the list was
// ranked among the two named, the sum refused, the count of all); a unit
// named after a comma with no "ra" closing a list is the one asked.
func TestUnitsLeftOutOfLists(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "leftout", []chatCase{
		{[]string{"Q2 trừ Can Lộc, TP HT ra thì đv cấp huyện nào tỉ lệ cao nhất"}, []string{"cao nhất là Thị xã Hồng Lĩnh 18,64%"}, []string{"27,73"}},
		{[]string{"Q1 ngoài Lộc Hà với Can Lộc ra thì đv cấp huyện nào tỉ lệ cao nhất"}, []string{"cao nhất là Thành phố Hà Tĩnh 16,24%"}, nil},
		{[]string{"ngoài STTTT, mấy sở còn lại Q2 tỷ lệ chung bn"}, []string{"(ngoài Sở Thông tin và Truyền thông) quý 2/2019: 8,38% (227/2.710)"}, nil},
		{[]string{"Q1 các sở ngoài STTTT tổng hstt"}, []string{"quý 1/2019: 161 hồ sơ"}, nil},
		{[]string{"quý 2 các sở bỏ Sở TT&TT ra thì hồ sơ trực tuyến tổng bao nhiêu"}, []string{"quý 2/2019: 227 hồ sơ"}, []string{"284"}},
		{[]string{"Q2 trừ TP HT thì bn huyện đã nộp"}, []string{"8/12 đơn vị cấp huyện (không tính thành phố)"}, nil},
		{[]string{"quý 1 không kể thành phố và thị xã có mấy huyện nộp báo cáo"}, []string{"9/10 đơn vị cấp huyện"}, nil},
		{[]string{"không tính bên thuế, Điện lực Hà Tĩnh có mấy dvc mức 3"}, []string{"Điện lực Hà Tĩnh", "27 dịch vụ"}, nil},
		// The kinds left out are the district level's: its units'
		// figures added without them (was the province's).
		{[]string{"chỉ tính huyện (bỏ TP, TX) quý 2 tổng hồ sơ tiếp nhận"}, []string{"(không tính thành phố, thị xã) quý 2/2019: 12.300 hồ sơ"}, nil},
		{[]string{"Q1 không tính TP với TX, chỉ tính huyện, tỷ lệ chung bao nhiêu"}, []string{"quý 1/2019: 10,45%"}, nil},
		// What is left when a project is left out is no stored figure (the
		// project's own money was given).
		{[]string{"đề xuất KP giai đoạn tới, bỏ dự án phần mềm trích lọc ra thì còn bn"}, []string{"Tôi chưa tính được"}, []string{"1.500"}},
		// "cán bộ", "bao nhiêu bộ", "năm ngoái" leave nothing out.
		{[]string{"số cán bộ Thạch Hà được tập huấn DVCTT năm 2018 là bn"}, []string{"300"}, nil},
		{[]string{"năm ngoái dân nộp hồ sơ qua máy được bao nhiêu bộ cả tỉnh"}, []string{"1.952"}, nil},
	})
}

// TestListedTogether: the units over or under a bound, "cộng lại" or
// "gộp lại tỉ lệ chung": the list, then the units taken together (the
// list alone came back, with neither the sum nor the joint rate).
func TestListedTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "together", []chatCase{
		{[]string{"quý 1 mấy huyện dưới 10% cộng lại nộp trực tuyến bn hồ sơ"}, []string{"Huyện Hương Sơn 2,33%", "Cộng lại 5 đơn vị này: số hồ sơ nộp trực tuyến (mức độ 3, 4) 536 hồ sơ"}, nil},
		{[]string{"Q2 những huyện dưới 10% gộp lại tỉ lệ chung bn"}, []string{"tỷ lệ chung 5,2%"}, nil},
		{[]string{"quý 2 các huyện có trên 500 hồ sơ trực tuyến cộng lại bao nhiêu"}, []string{"Cộng lại 2 đơn vị này: số hồ sơ nộp trực tuyến (mức độ 3, 4) 1.454 hồ sơ"}, nil},
		// A list not asked together stays a list.
		{[]string{"quý 2 huyện nào có tỷ lệ hồ sơ trực tuyến dưới 10%"}, []string{"Huyện Đức Thọ 2,86%"}, []string{"Cộng lại"}},
	})
}
