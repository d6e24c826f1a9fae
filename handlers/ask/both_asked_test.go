package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestBothAskedBefore: "cộng 2 khoản đó lại", "gộp 2 dự án vừa hỏi",
// "tổng 2 cấp vừa hỏi", "2 đơn vị vừa nêu chênh nhau" after two questions
// that differ in one thing (the figure, the project, the level, the unit
// each ranking named) are the two together or set against each other
// (were the last alone, or not understood); "huyện thứ nhất hơn huyện thứ
// hai" after the two added is their gap (was their level's, refused).
// "cấp tỉnh cả 2 mức" names a level of its own: both levels of service of
// that level, not the last two added.
func TestBothAskedBefore(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "both-asked", []chatCase{
		{[]string{"kinh phí nq22 đã bố trí bao nhiêu", "phần lồng ghép nguồn khác nữa", "cộng 2 khoản đó lại giúp e"}, []string{"Tổng cộng: 7.332 triệu đồng"}, nil},
		{[]string{"trong đó phần mềm trích lọc chấm điểm minh bạch đề xuất mấy", "dự án đào tạo CIO đề xuất bao nhiêu", "gộp 2 dự án vừa hỏi"}, []string{"Tổng cộng: 1.990 triệu đồng"}, nil},
		{[]string{"DVC mức 3 cấp tỉnh bao nhiêu", "cấp huyện được mấy", "tổng 2 cấp vừa hỏi"}, []string{"Tổng cộng: 1.995 dịch vụ"}, nil},
		{[]string{"quý 2/2019 địa phương nào nhiều hồ sơ trực tuyến nhất", "ít nhất là huyện nào", "2 đơn vị vừa nêu chênh nhau bao nhiêu hồ sơ"},
			[]string{"Thành phố Hà Tĩnh cao hơn Huyện Đức Thọ 758 hồ sơ"}, []string{"Tổng cộng"}},
		{[]string{"quý 2/2019 Can Lộc bao nhiêu hồ sơ trực tuyến", "Thạch Hà được mấy", "gộp 2 huyện lại là bao nhiêu", "huyện thứ nhất hơn huyện thứ hai bao nhiêu hồ sơ"},
			[]string{"Huyện Can Lộc cao hơn Huyện Thạch Hà 237 hồ sơ"}, nil},
		{[]string{"DVC mức 3 toàn tỉnh hiện nay bn e", "thêm mức 4", "cấp tỉnh cả 2 mức thì sao"}, []string{"sở, ban, ngành cấp tỉnh đến ngày 10/06/2019: 610 dịch vụ"}, []string{"1.995"}},
	})
}

// TestEndOfRankingNamed: "đơn vị ít nhất ấy quý 1 có bao nhiêu" after
// the bottom unit was named is that unit in quarter 1 (was quarter 1's
// bottom unit, another); "được bao nhiêu dịch vụ" after the top unit of
// the services is its count (was not understood).
func TestEndOfRankingNamed(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "end-named", []chatCase{
		{[]string{"quý 2/2019 địa phương nào nhiều hồ sơ trực tuyến nhất", "ít nhất là huyện nào", "đơn vị ít nhất ấy quý 1 có bao nhiêu"},
			[]string{"Huyện Đức Thọ quý 1/2019: 121 hồ sơ"}, []string{"Hương Sơn"}},
		{[]string{"quý 1/2019 đơn vị cấp huyện nào nhiều DVC mức 3 nhất", "được bao nhiêu dịch vụ"}, []string{"mức độ 3 của Thành phố Hà Tĩnh quý 1/2019: 115 dịch vụ"}, nil},
	})
}

// TestRankedByCountAndRate: "huyện nào cao nhất về nộp hồ sơ trực
// tuyến", which says neither the count nor the rate, gets both rankings
// (was the count's alone: the city, where the rate's is Lộc Hà); "về số
// hồ sơ và tỷ lệ" gets both too (was the first alone). "sở nào chưa nộp
// số liệu DVC" is who has not reported (was the services' ranking, none
// found); "dịch sang tiếng Anh câu: …" translates nothing and answers
// nothing of the words to translate.
func TestRankedByCountAndRate(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "count-and-rate", []chatCase{
		{[]string{"quý 1 huyện nào cao nhất về nộp hồ sơ trực tuyến"}, []string{"cao nhất là Thành phố Hà Tĩnh 604 hồ sơ", "cao nhất là Huyện Lộc Hà 23,39%"}, nil},
		{[]string{"quý 1 huyện nào cao nhất về số hồ sơ và tỷ lệ nộp trực tuyến"}, []string{"604 hồ sơ", "Huyện Lộc Hà 23,39%"}, nil},
		{[]string{"quý 1 huyện nào có số hồ sơ trực tuyến cao nhất"}, []string{"604 hồ sơ"}, []string{"%"}},
		{[]string{"Q1/2019 những sở ngành nào chưa nộp số liệu DVC kể hết tên ra"}, []string{"còn 14 đơn vị chưa nộp"}, nil},
		{[]string{"dịch sang tiếng Anh giúp anh câu: đơn vị chậm nộp báo cáo"}, []string{"Xin lỗi"}, []string{"chưa nộp"}},
	})
}
