package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestRankingTurnedAndLeftOut: "đảo lại thứ tự", "ngược lại thì sao"
// after a ranking are the same ranking from the other end (were not
// understood, or the same end again); "trừ Đức Thọ ra thì sao", "trừ cái
// cao nhất ra", "bỏ luôn cái đó nữa" are the ranking without the units
// named or the one its reply named, and those left out before (were the
// unit's own figure, or the same ranking).
func TestRankingTurnedAndLeftOut(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "ranking-followups", []chatCase{
		{[]string{"quý 2/2019 huyện nào tỷ lệ hồ sơ trực tuyến cao nhất", "đảo lại thứ tự xem, đứng cuối là ai"}, []string{"thấp nhất là Huyện Đức Thọ 2,86%"}, nil},
		{[]string{"quý 2/2019 huyện nào tỷ lệ hồ sơ trực tuyến cao nhất", "đảo lại thứ tự xem, đứng cuối là ai", "trừ Đức Thọ ra thì sao"},
			[]string{"(ngoài Huyện Đức Thọ)", "thấp nhất là Huyện Hương Sơn 5,93%"}, nil},
		{[]string{"quý 1/2019 huyện nào tỷ lệ hồ sơ trực tuyến cao nhất", "trừ cái cao nhất ra thì sao", "bỏ luôn cái đó nữa"},
			[]string{"(ngoài Huyện Lộc Hà, Huyện Can Lộc)", "cao nhất là Thành phố Hà Tĩnh 16,24%"}, nil},
		{[]string{"quý 2 sở nào tỷ lệ hồ sơ trực tuyến cao nhất", "ngược lại thì sao", "còn quý 1?"}, []string{"quý 1/2019", "thấp nhất là Sở Y tế 2,65%"}, nil},
	})
}

// TestNamesAndKindsAsked: "Xin nêu tên và số hồ sơ", "Xin cho biết tên
// đơn vị … chưa nộp" after the question ask what it asks (were the
// report's words); "tính cả khối tỉnh và khối huyện" is the province (was
// the districts); "những huyện không phải thị xã, thành phố" leaves those
// kinds out (was the whole level: "không phải thị xã" was dropped as a
// name's kind not meant); "xếp từ thấp lên cao … đứng thứ 2" counts from
// the bottom; "không cung cấp DVC mức 4" is those with none; "bn ng dự"
// are the people (was the classes); "tổng hồ sơ online với tỷ lệ" is the
// online count beside its rate (was the files received); "tính chung …
// tỷ lệ" is not the share of units that reported, and "mấy tiết" no count
// of classes.
func TestNamesAndKindsAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "names-kinds", []chatCase{
		{[]string{"Quý I/2019 huyện nào có ít hồ sơ trực tuyến nhất? Xin nêu tên và số hồ sơ."}, []string{"thấp nhất là Huyện Hương Sơn 49 hồ sơ"}, nil},
		{[]string{"Huyện nào chưa gửi báo cáo quý 1 năm 2019? Xin cho biết tên đơn vị cấp huyện chưa nộp."}, []string{"Chưa nộp: Huyện Vũ Quang"}, nil},
		{[]string{"tỷ lệ hồ sơ trực tuyến quý 2/2019 tính cả khối tỉnh và khối huyện"}, []string{"toàn tỉnh quý 2/2019: 14,45%"}, nil},
		{[]string{"quý 1/2019 những huyện không phải thị xã, thành phố cộng lại có bao nhiêu hồ sơ trực tuyến"}, []string{"(không tính thị xã, thành phố) quý 1/2019: 1.753 hồ sơ"}, nil},
		{[]string{"quý 2/2019 xếp từ thấp lên cao theo tỷ lệ trực tuyến thì huyện nào đứng thứ 2"}, []string{"2. Huyện Hương Sơn 5,93%"}, []string{"Can Lộc"}},
		{[]string{"quý 1 địa phương nào không cung cấp DVC mức 4, nêu tên"}, []string{"Huyện Kỳ Anh 0 dịch vụ"}, []string{"Thành phố Hà Tĩnh"}},
		{[]string{"lớp tập huấn Q1/2019 ở Lộc Hà, Cẩm Xuyên có bn ng dự"}, []string{"350 người"}, []string{"Số lớp tập huấn"}},
		{[]string{"2018 tổng hồ sơ online với tỷ lệ luôn nhé"}, []string{"1.952 hồ sơ", "4,92%"}, []string{"tiếp nhận"}},
		{[]string{"Hương Khê quý 2/2019 hồ sơ trực tuyến chiếm bao nhiêu phần trăm tổng hồ sơ?"}, []string{"13,73%"}, nil},
		// A rate "tính chung tất cả đơn vị đã nộp" is no share of units
		// that reported (37,5% was given); lessons are no classes.
		{[]string{"quý 2 tính chung tất cả đơn vị đã nộp báo cáo thì tỷ lệ là bn"}, nil, []string{"37,5%"}},
		{[]string{"mỗi lớp tập huấn học mấy tiết"}, nil, []string{"2 lớp"}},
	})
}

// TestPeriodsAndKindsLeftOut: "không tính quý 1" after the half-year is
// its quarter 2 (was not understood); "không tính quý 2, quý 1 thì bao
// nhiêu" is quarter 1 (was quarter 2); "không phải 2017, a hỏi 2018 cơ"
// is 2018 (was 2017); "quý 2 trừ quý 1" still subtracts; "chỉ những
// huyện không phải thị xã, thành phố thôi" after the districts' rate is
// theirs without those kinds (was all of them); "xếp thứ mấy trong tỉnh"
// is the place among the unit's level (was refused: the province read as
// a second unit).
func TestPeriodsAndKindsLeftOut(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "periods-left-out", []chatCase{
		{[]string{"Can Lộc 6 tháng đầu năm 2019, cộng 2 quý, nộp trực tuyến bao nhiêu hồ sơ", "không tính quý 1"}, []string{"Huyện Can Lộc quý 2/2019: 642 hồ sơ"}, nil},
		{[]string{"Can Lộc nộp trực tuyến được bao nhiêu hồ sơ quý 2", "không tính quý 2, quý 1 thì bao nhiêu"}, []string{"Huyện Can Lộc quý 1/2019: 468 hồ sơ"}, nil},
		{[]string{"năm 2017 chỉ số minh bạch PCI được bao nhiêu điểm", "không phải 2017, a hỏi 2018 cơ"}, []string{"năm 2018: 6,25 điểm"}, nil},
		{[]string{"Thạch Hà: tổng hồ sơ tiếp nhận quý 2/2019 trừ quý 1/2019 ra bao nhiêu?"}, []string{"tăng 82 hồ sơ"}, nil},
		{[]string{"quý 2/2019 tỷ lệ hồ sơ trực tuyến chung của các huyện", "chỉ những huyện không phải thị xã, thành phố thôi"}, []string{"(không tính thị xã, thành phố) quý 2/2019: 12,85%"}, nil},
		{[]string{"Quý 1 TP Hà Tĩnh xếp thứ mấy trong tỉnh về tỷ lệ hồ sơ trực tuyến?"}, []string{"Thành phố Hà Tĩnh đứng thứ 3/12 đơn vị cấp huyện"}, nil},
	})
}
