package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestEnglishNames: an NGO officer's English names of units, departments
// and figures inside Vietnamese sentences are the units and figures they
// stand for.
func TestEnglishNames(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Ha Tinh City Q1/2019 có bao nhiêu online applications?", kind: ask.KindFigure, want: []string{"Thành phố Hà Tĩnh quý 1/2019: 604 hồ sơ"}},
		{q: "Ky Anh Town Q2/2019 online applications share?", kind: ask.KindFigure, want: []string{"Thị xã Kỳ Anh quý 2/2019: 17,21%"}},
		{q: "Can Loc district share online applications quý 2/2019?", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 2/2019: 27,73%"}},
		{q: "Department of Finance Q2/2019 có bao nhiêu online applications?", kind: ask.KindFigure, want: []string{"Sở Tài chính quý 2/2019: 96 hồ sơ"}},
		{q: "Department of Information and Communications Q2/2019 share online applications?", kind: ask.KindFigure,
			want: []string{"Sở Thông tin và Truyền thông quý 2/2019: 14,18%"}},
		{q: "Upgrade e-commerce platform (nâng cấp sàn TMĐT) được cấp bao nhiêu?", kind: ask.KindFigure, want: []string{"700 triệu đồng"}},
		{q: "Bao nhiêu district-level units có hệ thống one-stop shop điện tử?", kind: ask.KindFigure, want: []string{"13"}},
		// "Offline" files are not the online ones; 2018's total is not stored.
		{q: "Năm 2018 cả tỉnh nhận tổng cộng bao nhiêu hồ sơ thủ tục (cả online lẫn offline)?", kind: ask.KindNoData},
		// Letters spoken by their names.
		{q: "sở tê tê và tê tê quý 2 nộp trực tuyến mấy hồ sơ", kind: ask.KindFigure, want: []string{"Sở Thông tin và Truyền thông quý 2/2019: 57 hồ sơ"}},
	})
}

// TestSeasonsAndStatuses: spring is the first quarter; "xong chưa" asks
// whether, "còn … đang" is still under way; "còn ai chưa nộp" names every
// unit; "không xét tỷ lệ" ranks the count.
func TestSeasonsAndStatuses(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Can Lộc mùa xuân năm 2019 có bao nhiêu hồ sơ nộp trực tuyến", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 1/2019: 468 hồ sơ"}},
		{q: "Hồi xuân 2019 huyện nào ít hồ sơ online nhất", kind: ask.KindFigure, want: []string{"quý 1/2019", "Huyện Hương Sơn 49 hồ sơ"}},
		{q: "Mấy dự án NQ22 xong chưa em, được bao nhiêu cái hoàn thành rồi?", kind: ask.KindFigure, want: []string{"có 2 dự án đã hoàn thành"}},
		{q: "Dự án NQ 22 còn bao nhiêu cái đang thực hiện dở dang?", kind: ask.KindFigure, want: []string{"có 5 dự án đang thực hiện"}},
		{q: "còn mấy dự án NQ22 chưa hoàn thành", kind: ask.KindFigure, want: []string{"11 dự án không thuộc nhóm «đã hoàn thành»"}},
		{q: "Quy 2 con ai chua nop bao cao khong em", kind: ask.KindFigure, want: []string{"Vũ Quang", "Nghi Xuân", "Cẩm Xuyên", "Lộc Hà"}, not: []string{"đơn vị khác"}},
		{q: "Quý 1/2019 đơn vị cấp huyện nào có số hồ sơ nộp trực tuyến nhiều nhất (xét số hồ sơ, không xét tỷ lệ)", kind: ask.KindFigure,
			want: []string{"Thành phố Hà Tĩnh 604 hồ sơ"}},
	})
}

// TestKindsListedAndMedian: "thành phố, thị xã" together are the city and
// both towns, pooled when asked so; "trung vị" is the middle of the units'
// figures, not the level's total.
func TestKindsListedAndMedian(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Ba đơn vị thành phố, thị xã quý 2 tỷ lệ gộp lại bao nhiêu", kind: ask.KindFigure, want: []string{"Tính chung các đơn vị trên: 19,26% (1.451/7.535)"}},
		{q: "các huyện, thị xã, thành phố quý 2/2019 tỷ lệ hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"cấp huyện quý 2/2019: 15,28%"}},
		{q: "Trung vị số hồ sơ trực tuyến của các đơn vị cấp huyện quý 2/2019", kind: ask.KindFigure, want: []string{"(9 đơn vị đã báo cáo): 287 hồ sơ"}, not: []string{"3.031"}},
		{q: "Trung vị tỷ lệ hồ sơ trực tuyến các đơn vị cấp huyện quý 2/2019 là bao nhiêu?", kind: ask.KindFigure, want: []string{"16,33%"}},
		{q: "trung vị tỷ lệ hồ sơ trực tuyến các sở quý 1/2019", kind: ask.KindFigure, want: []string{"(5 đơn vị đã báo cáo): 6,89%"}},
		// An even count: the mean of the two in the middle.
		{q: "trung vị tỷ lệ hồ sơ trực tuyến các đơn vị quý 2/2019", kind: ask.KindFigure,
			want: []string{"13,96% (trung bình của hai đơn vị ở giữa: Huyện Hương Khê 13,73% và Sở Thông tin và Truyền thông 14,18%)"}},
		{q: "Can Lộc quý 2 hồ sơ trực tuyến thua đơn vị nào, thua bao nhiêu", kind: ask.KindFigure,
			want: []string{"xếp ngay trên Huyện Can Lộc (642 hồ sơ, hạng 2) là Thành phố Hà Tĩnh 812 hồ sơ (hạng 1), cách 170 hồ sơ"}},
	})
}

// TestProjectMoneyStatistics: the mean, median and range of the projects'
// proposals, and how many are above the mean, over the projects that
// have one; never the programme's total.
func TestProjectMoneyStatistics(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Trung bình cộng kinh phí đề xuất của các dự án có đề xuất là bao nhiêu?", kind: ask.KindFigure, want: []string{"(5 dự án, tính theo các dòng của phụ lục): 713 triệu đồng"}},
		{q: "Trung vị kinh phí đề xuất giai đoạn tiếp theo giữa các dự án có đề xuất?", kind: ask.KindFigure, want: []string{"5 dự án có kinh phí này: 490 triệu đồng"}},
		{q: "Khoảng biến thiên của kinh phí đề xuất (lớn nhất trừ nhỏ nhất) là bao nhiêu?", kind: ask.KindFigure,
			want: []string{"1.350 triệu đồng, từ «Đánh giá kết quả cải thiện chỉ số minh bạch hằng năm» 150 triệu đồng"}, not: []string{"3.565"}},
		{q: "Bao nhiêu dự án có mức đề xuất cao hơn trung bình cộng?", kind: ask.KindFigure, want: []string{"2 trong 5 dự án", "1.500 triệu đồng"}},
	})
}
