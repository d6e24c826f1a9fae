package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestThingAskedBesideOthers: the thing counted is the one asked, though
// the question names another figure beside it: the services "cho dân nộp
// hồ sơ" (not the files), the files a stated rate stands for (not the
// rate), the units that have not reported "số hồ sơ" (not the files).
func TestThingAskedBesideOthers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Sở Y tế quý 1/2019 có bao nhiêu DVC online cho dân nộp hồ sơ", kind: ask.KindFigure,
			want: []string{"mức độ 3 của Sở Y tế quý 1/2019: 30 dịch vụ", "mức độ 4 của Sở Y tế quý 1/2019: 5 dịch vụ"}, not: []string{"26 hồ sơ"}},
		{q: "5 tháng đầu 2019 tỷ lệ 13.25% thì số hồ sơ trực tuyến tương ứng là bao nhiêu", kind: ask.KindFigure,
			want: []string{"5 tháng đầu năm 2019: 6.704 hồ sơ"}},
		{q: "tỷ lệ 4,92% năm 2018 là đúng không", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "quý 1/2019 bao nhiêu đơn vị chưa báo cáo số hồ sơ", kind: ask.KindFigure,
			want: []string{"17/32", "còn 15 đơn vị chưa nộp"}, not: []string{"3.049"}},
		{q: "quý 2 huyện nào chưa báo cáo số hồ sơ trực tuyến", kind: ask.KindFigure,
			want: []string{"Huyện Vũ Quang, Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà"}},
	})
}

// TestWordsBesideTheQuestion: words that look like part of the question
// and are not: the "giám" of "Giám đốc" (no fall), "lên bao nhiêu rồi"
// (reached, not risen), an office asking through someone ("Bên Sở Nội vụ
// nhờ hỏi"), a chairman's afternoon before what he needs, money "được
// giao" (granted, no target), "triệu đồng" (a unit, no project's name),
// "last year".
func TestWordsBesideTheQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Giám đốc Sở Công Thương hỏi quý 1 sở mình tỷ lệ nộp trực tuyến được bao nhiêu ạ", kind: ask.KindFigure,
			want: []string{"của Sở Công Thương quý 1/2019: 7,38%"}, not: []string{"so sánh"}},
		{q: "lượt đăng nhập thành viên sàn lên bao nhiêu rồi", kind: ask.KindFigure, want: []string{"47.770 lượt"}},
		{q: "Bên Sở Nội vụ nhờ hỏi UBND cấp huyện có tổng cộng bao nhiêu DVC mức độ 3 ạ", kind: ask.KindFigure,
			want: []string{"mức độ 3 cấp huyện", "1.385 dịch vụ"}},
		{q: "Chủ tịch chiều nay làm việc với Hương Khê, cần tỷ lệ hồ sơ trực tuyến quý 1 của huyện ạ", kind: ask.KindFigure,
			want: []string{"của Huyện Hương Khê quý 1/2019: 11,07%"}},
		{q: "Dự toán kinh phí tập huấn năm nay được giao bao nhiêu?", kind: ask.KindFigure, want: []string{"năm 2019: 2.025 triệu đồng"}},
		{q: "Tổng kinh phí đề xuất cho giai đoạn tiếp theo của các dự án NQ22: ……… triệu đồng", kind: ask.KindFigure,
			want: []string{"3.565 triệu đồng"}, not: []string{"Dự án «"}},
		{q: "online rate 5 tháng đầu 2019 so với last year tăng bao nhiêu điểm %?", kind: ask.KindFigure, want: []string{"tăng 8,33 điểm %"}},
	})
}

// TestUnitsWithoutAndFilesNotOnline: "mấy huyện không cung cấp được dvc
// mức 4" counts the units with none; "không làm trực tuyến", "không nộp
// qua dvc" are the files not filed online; "nộp mạng" is filing online
// (not sending the report); "tb" is an average.
func TestUnitsWithoutAndFilesNotOnline(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "quý 2 có mấy huyện không cung cấp được dvc mức 4", kind: ask.KindFigure,
			want: []string{"Có 1 trong 9 đơn vị đã báo cáo", "Huyện Kỳ Anh 0 dịch vụ"}},
		{q: "Hương Sơn quý 1 có bn hồ sơ không làm trực tuyến", kind: ask.KindFigure, want: []string{"2.056"}},
		{q: "thị xã Kỳ Anh quý 2 có bn hồ sơ không nộp qua dvc", kind: ask.KindFigure, want: []string{"1.693"}},
		{q: "quý 2 tính chung các huyện nộp mạng được mấy phần trăm", kind: ask.KindFigure,
			want: []string{"cấp huyện quý 2/2019: 15,28%"}, not: []string{"nộp báo cáo"}},
		{q: "Q2 các sở đã báo cáo, tb 1 sở bao nhiêu DVC mức 3", kind: ask.KindFigure, want: []string{"35 dịch vụ"}},
	})
}

// TestScheduleDaysAndFullNames: the reminders' days are said with the
// offsets ("ngày nào bot bắt đầu nhắc trước hạn": 12/07/2019); "đã quá
// hạn mấy ngày" is the schedule's count of days, not the units late; "Sở
// Tư pháp tỉnh Hà Tĩnh" is one unit, not the province beside it; "n2018"
// is a year.
func TestScheduleDaysAndFullNames(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "quý 2 thì ngày nào bot bắt đầu nhắc trước hạn", kind: ask.KindFigure, want: []string{"trước hạn 3 ngày (12/07/2019)"}},
		{q: "hôm nay 20/7 rồi, báo cáo quý 2 đã quá hạn mấy ngày", kind: ask.KindFigure, want: []string{"đã chậm 5 ngày so với hạn"}},
		{q: "Tỷ lệ hồ sơ trực tuyến quý 1/2019 của Sở Xây dựng tỉnh Hà Tĩnh", kind: ask.KindNoData,
			want: []string{"Sở Xây dựng quý 1/2019"}, not: []string{"toàn tỉnh"}},
		{q: "n2018 tổng HS TTHC nộp qua DVC mức 3, 4 là bn?", kind: ask.KindFigure, want: []string{"năm 2018: 1.952 hồ sơ"}},
	})
}

// TestUnitsChangedInOtherWords: how many units rose, asked as "bao
// nhiêu nơi … q2 cao hơn q1", "nhích lên ở bao nhiêu đơn vị", "cải thiện ở
// mấy đv", "số đv tăng … là bn": the units that rose, counted, not the
// level's figure of the two quarters.
func TestUnitsChangedInOtherWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "cho e hỏi trong các đơn vị cấp huyện thì bao nhiêu nơi có hs online q2 cao hơn q1", kind: ask.KindFigure,
			want: []string{"8/9 đơn vị có số liệu cả hai kỳ tăng"}},
		{q: "số dvc mức 3 quý 2 nhích lên ở bao nhiêu đơn vị so với q1", kind: ask.KindFigure, want: []string{"11/11 đơn vị có số liệu cả hai kỳ tăng"}},
		{q: "tỉ lệ hs nộp online q2 cải thiện ở mấy đv so q1?", kind: ask.KindFigure, want: []string{"10/11 đơn vị có số liệu cả hai kỳ tăng"}},
		{q: "có mấy đơn vị tỷ lệ hồ sơ trực tuyến quý 2 cao hơn quý 1", kind: ask.KindFigure, want: []string{"10/11 đơn vị có số liệu cả hai kỳ tăng"}},
		{q: "cấp huyện q2 vs q1: số đv tăng tỷ lệ hs trực tuyến là bn", kind: ask.KindFigure, want: []string{"8/9 đơn vị có số liệu cả hai kỳ tăng"}},
	})
}

// TestRegionGroupsNotStored: units grouped by region ("huyện miền núi",
// "vùng núi") are no group any figure is of: no figure, said why; units
// named with their region are those units.
func TestRegionGroupsNotStored(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "những huyện miền núi quý 2 tỷ lệ hồ sơ trực tuyến bao nhiêu", kind: ask.KindNoData, want: []string{"không chia đơn vị theo vùng"}},
		{q: "tổng hồ sơ trực tuyến của mấy huyện vùng núi quý 1", kind: ask.KindNoData, want: []string{"không chia đơn vị theo vùng"}},
		{q: "Hai huyện miền núi Hương Sơn và Hương Khê quý 1/2019 có tổng bao nhiêu hồ sơ nộp trực tuyến?", kind: ask.KindFigure, want: []string{"225"}},
	})
}
