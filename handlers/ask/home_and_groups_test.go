package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestHomeUnit: a clerk says where she works, then asks of "huyện em",
// "sở bọn em": that unit, kept by the chat until she says another (it was
// "Phòng VH-TT" read as the Sở, or no unit at all); words on someone
// else's place ("ông thông gia tui ở Lộc Hà") or "ý tôi là …" are none.
func TestHomeUnit(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "home", []chatCase{
		{[]string{"chào c, e làm ở phòng VH-TT huyện Can Lộc ạ. Quý 2/2019 huyện e có bn hồ sơ nộp trực tuyến ạ"},
			[]string{"Huyện Can Lộc quý 2/2019: 642 hồ sơ"}, []string{"Văn hóa"}},
		{[]string{"e làm ở phòng VH-TT huyện Can Lộc ạ", "quý 1 huyện em tỷ lệ hồ sơ trực tuyến"}, []string{"Huyện Can Lộc quý 1/2019: 20,98%"}, nil},
		{[]string{"bên em là Sở Tài chính, quý 1 sở bọn em có bao nhiêu hồ sơ trực tuyến", "Can Lộc thì sao", "sở em quý 2 thì sao"},
			[]string{"Sở Tài chính quý 2/2019: 96 hồ sơ"}, nil},
		{[]string{"Đơn vị tôi là Sở Tài chính, quý 1/2019 đang cung cấp mấy DVC mức độ 3 vậy em?"}, []string{"Sở Tài chính quý 1/2019: 40 dịch vụ"}, nil},
		// "xã em" is no district.
		{[]string{"em ở huyện Can Lộc ạ", "xã em có mấy dvc mức 3"}, []string{"mỗi đơn vị cấp xã", "35 dịch vụ"}, []string{"Can Lộc"}},
		{[]string{"ông thông gia tui ở lộc hà cứ khoe huyện ổng giỏi cho hỏi lộc hà quý 1 có bao nhiêu hồ sơ nộp trực tuyến rứa"},
			[]string{"Huyện Lộc Hà quý 1/2019: 262 hồ sơ"}, nil},
	})
	// A unit named in the asker's words, with no "huyện em" after them, is
	// read as typed.
	checkReplies(t, a, []replyCase{
		{q: "Em ở Thạch Hà cũ. Quý 2/2019 tỷ lệ hồ sơ trực tuyến của huyện là bao nhiêu?", kind: ask.KindFigure, want: []string{"16,33%"}},
	})
}

// TestHomeBesideTheQuestion: where the asker works, said beside a question
// of another place or of a figure no unit reports ("em ở Can Lộc, các sở
// có mấy DVC mức 4", "…, huyện em Hương Sơn đang viết báo cáo", "(em ở
// Lộc Hà)", "…, em Vũ Quang"), is no part of the question (it was read as
// the unit asked, and no figure found); a question of a figure her unit
// reports, with no other place, stays hers.
func TestHomeBesideTheQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "em ở Can Lộc, cho hỏi các sở ngành cấp tỉnh có mấy DVC mức độ 4", kind: ask.KindFigure, want: []string{"sở, ban, ngành cấp tỉnh", "7 dịch vụ"}},
		{q: "mục tiêu NQ22 là phát triển thêm bao nhiêu dịch vụ công mức 3 vậy chị, huyện em Hương Sơn đang viết báo cáo", kind: ask.KindFigure, want: []string{"mục tiêu 400"}},
		{q: "DVC mức 3 theo nghị quyết 22 vượt chỉ tiêu bao nhiêu dịch vụ ạ (em ở Lộc Hà)", kind: ask.KindFigure, want: []string{"vượt 1.212"}},
		{q: "hồ sơ trực tuyến 5 tháng đầu năm 2019 nhiều hơn cả năm 2018 bao nhiêu hồ sơ, em Vũ Quang", kind: ask.KindFigure, want: []string{"tăng 4.752 hồ sơ"}},
		{q: "quý 2/2019 có bao nhiêu đơn vị nộp báo cáo DVC rồi ạ, em ở Cẩm Xuyên", kind: ask.KindFigure, want: []string{"12/32 đơn vị"}},
		{q: "quý 2 những huyện nào chưa nộp báo cáo vậy chị, em ở Thạch Hà", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang, Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà"}},
		{q: "tỷ lệ hồ sơ trực tuyến chung của tất cả đơn vị đã nộp báo cáo quý 2, em ở Thạch Hà", kind: ask.KindFigure, want: []string{"toàn tỉnh quý 2/2019: 14,45%"}},
		{q: "em ở Hương Sơn, quý 1 năm nay tỷ lệ hstt là bao nhiêu", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn quý 1/2019: 2,33%"}},
		{q: "PCI năm 2018 tăng mấy bậc so với 2017 hả chị, em ở Nghi Xuân", kind: ask.KindFigure, want: []string{"tăng 10 bậc"}},
		{q: "chị ơi em Can Lộc, điểm chỉ số minh bạch và tiếp cận thông tin năm 2018 bao nhiêu", kind: ask.KindFigure, want: []string{"6,25 điểm"}},
	})
	// "em bên phòng Nội vụ huyện Hương Sơn": the huyện, not Sở Nội vụ;
	// "… thì sao chị" names the one asked, and asks no "gì".
	if got := replyTextIn(t, a, []string{"em bên phòng Nội vụ huyện Hương Sơn, chị xem giúp quý 1 đơn vị em có bao nhiêu hồ sơ trực tuyến",
		"quý 2 thì sao", "Hương Khê thì sao chị"}); !hasAll(got, "Huyện Hương Khê quý 2/2019|230") {
		t.Errorf("a district asked after her own: %s", got)
	}
}

// TestGroupsAndProjectsAsked: units listed as a group are ranked among
// themselves (a name with several readings was every unit ranked) and
// taken together across two quarters; "cấp nào … hơn, hơn bao nhiêu" is
// the gap of the two levels (was their sum); "điểm phần trăm" of files
// is the rate's change (was the count's growth); "dự án ấy" with no
// project before it is asked back (was every project's total); "tính
// tới tháng 6/2019" of projects not started is the state then (was
// projects ending in 2019); projects named as a group are ranked among
// themselves; "riêng" one unit of a group is that unit.
func TestGroupsAndProjectsAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Trong Can Lộc, Thạch Hà và Hương Khê, quý 1/2019 huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất?", kind: ask.KindFigure,
			want: []string{"trong 3 đơn vị bạn nêu", "Huyện Hương Khê 11,07%"}},
		{q: "Khối TP Hà Tĩnh, TX Hồng Lĩnh, TX Kỳ Anh quý 2/2019 có thêm bao nhiêu hồ sơ nộp trực tuyến so với quý 1/2019?", kind: ask.KindFigure,
			want: []string{"Tính chung 3 đơn vị trên", "tăng 355 hồ sơ"}},
		{q: "Hai huyện Hương Sơn, Hương Khê tỷ lệ hồ sơ trực tuyến chung quý 2/2019 tăng bao nhiêu điểm % so với quý 1/2019?", kind: ask.KindFigure,
			want: []string{"quý 1/2019: 6,09%; quý 2/2019: 9,29% (tăng 3,2 điểm %)"}, not: []string{"Tính chung quý 1/2019 và quý 2/2019"}},
		{q: "Giữa cấp tỉnh và cấp huyện thì cấp nào có nhiều dịch vụ công mức độ 3 hơn, hơn bao nhiêu ạ?", kind: ask.KindFigure,
			want: []string{"Cấp huyện cao hơn các sở, ban, ngành cấp tỉnh 775 dịch vụ"}, not: []string{"Tổng cộng"}},
		{q: "Sở Tài chính quý 2/2019 tăng bao nhiêu điểm phần trăm hồ sơ trực tuyến so với quý 1?", kind: ask.KindFigure, want: []string{"tăng 1,68 điểm %"}},
		{q: "Tôi nhớ phụ lục có dự án số 20, dự án ấy được cấp bao nhiêu tiền?", not: []string{"5.992"}},
		{q: "dự án ấy được cấp bao nhiêu tiền", kind: ask.KindNoData, want: []string{"Bạn hỏi dự án nào?"}},
		{q: "Có mấy dự án NQ22 chưa thực hiện tính tới tháng 6/2019?", kind: ask.KindFigure, want: []string{"1 dự án chưa thực hiện"}},
		// Projects named as a group: the most among them; a total of
		// three of which one is read is none (was that one's money).
		{q: "Trong ba dự án nâng cấp Cổng TTĐT tỉnh, nâng cấp Sàn TMĐT và chuyên mục Tư vấn hỗ trợ pháp lý, dự án nào được cấp nhiều nhất, bao nhiêu ạ?",
			kind: ask.KindFigure, want: []string{"«Nâng cấp Cổng TTĐT tỉnh và phiên bản tiếng Anh» 1.777 triệu đồng"}},
		{q: "Năm 2019 ba dự án Cổng TTĐT tỉnh, Sàn TMĐT, chuyên mục tư vấn pháp lý được cấp tổng cộng bao nhiêu từ nguồn NQ22?",
			kind: ask.KindNoData, not: []string{"177"}},
		// "riêng" one of the group: that unit alone.
		{q: "Trong ba huyện miền núi Hương Sơn, Hương Khê, Vũ Quang, chị muốn xem riêng Vũ Quang quý 2/2019 tỷ lệ hồ sơ trực tuyến bao nhiêu ạ?",
			kind: ask.KindNoData, not: []string{"5,93", "13,73"}},
	})
}

// TestTimeWordsAndSourceSaid: "từ Tết tới giờ" is since the year began;
// "dạo này", "dạo ni" the newest figures (a unit's quarter was asked
// back); "bc 47 của Sở TTTT ghi …" names the report, not the department's
// own quarterly files.
func TestTimeWordsAndSourceSaid(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "tỷ lệ hồ sơ trực tuyến từ tết tới giờ", want: []string{"5 tháng đầu năm 2019: 13,25%"}},
		{q: "Hồng Lĩnh dạo ni tổng hồ sơ tiếp nhận bao nhiêu", kind: ask.KindFigure, want: []string{"Thị xã Hồng Lĩnh quý 2/2019: 1.540 hồ sơ"}},
		{q: "Thị xã Kỳ Anh dạo này nộp online được bao nhiêu hồ sơ", kind: ask.KindFigure, want: []string{"352 hồ sơ"}},
		{q: "bc 47 của Sở TTTT ghi 5 tháng đầu năm 2019 có bao nhiêu hồ sơ nộp trực tuyến", kind: ask.KindFigure,
			want: []string{"toàn tỉnh 5 tháng đầu năm 2019: 6.704 hồ sơ"}, not: []string{"Sở Thông tin và Truyền thông quý"}},
		// What the report says is still its words.
		{q: "Báo cáo 47 nói gì về việc các đơn vị gửi báo cáo định kỳ DVC mức 3, 4 ạ?", kind: ask.KindInfo},
		{q: "báo cáo 47 ghi gì về thứ hạng PCI", kind: ask.KindInfo},
	})
}
