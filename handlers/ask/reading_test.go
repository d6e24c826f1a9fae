package ask_test

import (
	"context"
	"slices"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFiguresNamedInAQuestion: which figures a question names, when words
// are shared between names: a second figure needs words of its own ("mức
// 3" of "hồ sơ … mức 3, 4" is the first's), unless listed after "và"; a
// question-shaped alias ("bao nhiêu hồ sơ") gives way to a figure that
// holds its words; a short name touching another's belongs to it.
func TestFiguresNamedInAQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"tỷ lệ hồ sơ trực tuyến và số hồ sơ trực tuyến của huyện Can Lộc quý 2/2019", []string{"hstt_share", "hstt"}},
		{"Tỉnh có bao nhiêu hồ sơ nộp qua DVC mức 3, 4?", []string{"hstt"}},
		{"quý 1 cấp huyện tiếp nhận bao nhiêu hồ sơ", []string{"hstong"}},
		{"các huyện quý 2/2019 tổng cộng bao nhiêu hồ sơ trực tuyến", []string{"hstt"}},
		{"DVC mức 3 và mức 4 hiện nay", []string{"dvc3", "dvc4"}},
		{"điểm minh bạch PCI năm 2018", []string{"pci_transparency"}},
		{"tong hstt q1/2019 tat ca don vi da nop", []string{"hstt"}},
		{"Sở Nội vụ quý 1 năm 2019 nhận bao nhiêu hồ sơ, trong đó bao nhiêu hồ sơ nộp trực tuyến?", []string{"hstong", "hstt"}},
		{"Can Lộc quý 2 năm 2019 nhận bao nhiêu hồ sơ trực tuyến", []string{"hstt"}},
		{"Đề nghị cho biết tỷ lệ cấp xã, doanh nghiệp được đào tạo dự kiến đạt được trong năm 2019", []string{"train_communes_pct", "train_business_pct"}},
		// A count, then a rate, sharing their last words; counts asked in
		// their own words beside a project's name words, and no rate.
		{"số hồ sơ và tỷ lệ trực tuyến năm 2018", []string{"hstt", "hstt_share"}},
		{"Quý I/2019 tổ chức được mấy lớp tập huấn và có bao nhiêu người dân, doanh nghiệp tham gia?", []string{"train_classes", "train_participants"}},
		// A figure "trên cổng" is where it is.
		{"tổng số dvc mức 4 trên cổng thông tin điện tử tỉnh", []string{"dvc4"}},
	} {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ans.Parse.Indicators, tt.want) {
			t.Errorf("%q: figures %v, want %v (%s)", tt.q, ans.Parse.Indicators, tt.want, ans.Text)
		}
	}
}

// TestWordsThatAreNoSlot: words that look like a ranking, a place, a
// period or a figure but say something else: "người đứng đầu" (a head),
// "gửi báo cáo cho Sở TT&TT" (the recipient), "Cổng DVC quốc gia" (the
// country's), "dành riêng cho doanh nghiệp" (a part no figure splits),
// "đang trong quá trình thực hiện" (ongoing), "hai quý đầu năm" (six
// months).
func TestWordsThatAreNoSlot(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Quy chế công khai minh bạch thông tin và đánh giá trách nhiệm người đứng đầu do cơ quan nào chủ trì?", kind: ask.KindFigure, want: []string{"Sở Nội vụ"}, not: []string{"nhiều nhất"}},
		{q: "Quý 1/2019 các sở nào đã gửi báo cáo cho Sở TT&TT?", kind: ask.KindFigure, want: []string{"Sở Tài chính", "Sở Y tế"}},
		{q: "năm 2019 dự án phóng sự cấp cho Đài PTTH bao nhiêu", kind: ask.KindFigure, want: []string{"Đài Phát thanh và Truyền hình tỉnh", "90 triệu đồng"}},
		{q: "Cổng dịch vụ công quốc gia hiện có bao nhiêu dịch vụ công?", kind: ask.KindOutOfScope},
		{q: "Kinh phí đào tạo năm 2019 dành riêng cho doanh nghiệp là bao nhiêu?", not: []string{"2.025"}},
		{q: "Kinh phí dành cho đào tạo trong năm 2019 là bao nhiêu?", kind: ask.KindFigure, want: []string{"2.025"}},
		{q: "Bao nhiêu dự án đang trong quá trình thực hiện?", kind: ask.KindFigure, want: []string{"5 dự án đang thực hiện"}},
		{q: "Cộng cả hai quý đầu năm 2019 thì Thành phố Hà Tĩnh nhận bao nhiêu hồ sơ nộp trực tuyến?", kind: ask.KindFigure, want: []string{"6 tháng đầu năm 2019"}},
		// A unit's name typed without its space; "cả sở lẫn huyện" is every
		// unit; late is not sent; a source and a year of a project's money.
		{q: "huongson quy 1 tile nop truc tuyen may %", kind: ask.KindFigure, want: []string{"Huyện Hương Sơn", "2,33%"}},
		{q: "quy 2 co bao nhieu don vi chua nop bao cao, ca so ca huyen", kind: ask.KindFigure, want: []string{"12/32", "còn 20 đơn vị"}},
		{q: "Quý 1/2019 còn huyện nào chậm, không gửi báo cáo?", kind: ask.KindFigure, want: []string{"Chưa nộp: Huyện Vũ Quang"}},
		{q: "Dự án tập huấn người dân năm 2018 được cấp bao nhiêu từ nguồn NQ22?", kind: ask.KindNoData, want: []string{"Chưa có số liệu nguồn NQ 22 riêng năm 2018"}},
		{q: "chuong trinh tap huan nguoi dan doanh nghiep lay nguon NQ22 bao nhieu", kind: ask.KindFigure, want: []string{"nguồn NQ 22: 1.800 triệu đồng"}},
		{q: "mức 4 theo NQ22 còn thiếu mấy cái nữa mới đủ chỉ tiêu", kind: ask.KindFigure, want: []string{"còn thiếu 27 dịch vụ"}},
		// A request opened by the asker is what is asked; services of a
		// level of units "đang vận hành" are the level's counts.
		{q: "Tôi cần số liệu thật chính xác về số DVC mức độ 4 đang cung cấp trên Cổng DVC tỉnh, tính đến ngày ra báo cáo, để đưa vào bài.", kind: ask.KindFigure, want: []string{"30 dịch vụ"}},
		{q: "Các cơ quan cấp tỉnh có bao nhiêu dịch vụ công trực tuyến đang vận hành?", kind: ask.KindFigure, want: []string{"610 dịch vụ", "7 dịch vụ"}, not: []string{"1.967"}},
		// A name of two words one letter off; a year said digit by digit
		// that is none; money a verb names beside a figure of its own;
		// "báo tỉnh bạn" is no "báo tỉnh".
		{q: "tỉ lệ trực tuyến của cang lộc quý một", kind: ask.KindFigure, want: []string{"Huyện Can Lộc", "20,98%"}},
		{q: "hương khuê quý một có mấy dịch vụ công mức bốn", kind: ask.KindFigure, want: []string{"Huyện Hương Khê", "6 dịch vụ"}},
		{q: "năm chín chín chín chín chín có bao nhiêu dịch vụ công mức ba", kind: ask.KindNotUnderstood, not: []string{"1.995"}},
		{q: "năm 2019 kinh phi tập huấn bố trí bao nhiêu", kind: ask.KindFigure, want: []string{"2.025 triệu đồng"}},
		{q: "báo trung ương với báo tỉnh bạn đưa bao nhiêu tin bài năm 2017", kind: ask.KindFigure, want: []string{"350"}, not: []string{"Báo Hà Tĩnh"}},
		// Projects by their numbers, all of them; a unit's money of two
		// years of a project; a project named where another is.
		{q: "cộng giúp e DA 2, DA 6 với DA 9 nguồn NQ22", kind: ask.KindFigure, want: []string{"1.075"}},
		{q: "DA9 + DA10 tong bn", kind: ask.KindFigure, want: []string{"1.000"}},
		{q: "đài PTTH năm 2019 được nhiều hơn năm 2018 bao nhiêu trong DA phóng sự", kind: ask.KindFigure, want: []string{"+50 triệu đồng"}},
		{q: "Chuyên mục Tư vấn hỗ trợ pháp lý trên cổng thông tin tỉnh được cấp tổng cộng bao nhiêu tiền ạ", kind: ask.KindFigure, want: []string{"300"}, not: []string{"1.777"}},
		// Pasted twice: asked once; the form's codes alone: nothing asked.
		{q: "can loc q2 ty le online can loc q2 ty le online", kind: ask.KindFigure, want: []string{"27,73%"}},
		{q: "hstt hstong hstt hstong", kind: ask.KindNotUnderstood},
		// The count beside the rate it is joined to.
		{q: "năm tháng đầu năm mười chín hồ sơ trực tuyến với tỷ lệ thế nào", kind: ask.KindFigure, want: []string{"6.704", "13,25%"}},
		// Asides: what the asker will do with the answer ("để tôi tiện so
		// sánh", "để tôi đối chiếu với khối sở, ngành"), the kind of unit
		// not meant; "từng mức độ" (each level) and "mức độ cao nhất" of
		// services; "bố trí chuyên mục" arranges, it does not pay.
		{q: "Đối với các sở, ban, ngành cấp tỉnh, đề nghị cho biết tổng số dịch vụ công trực tuyến đang cung cấp, tách riêng từng mức độ để tôi tiện so sánh.", kind: ask.KindFigure, want: []string{"610 dịch vụ", "7 dịch vụ"}, not: []string{"1.995"}},
		{q: "Xin cho biết số dịch vụ công trực tuyến của khối UBND cấp huyện, cả mức 3 lẫn mức 4, để tôi đối chiếu với khối sở, ngành trong bài phát biểu.", kind: ask.KindFigure, want: []string{"1.385", "23 dịch vụ"}, not: []string{"610"}},
		{q: "Quý 1/2019, huyện Kỳ Anh (không phải thị xã) tiếp nhận bao nhiêu hồ sơ trực tuyến?", kind: ask.KindFigure, want: []string{"Huyện Kỳ Anh", "81 hồ sơ"}},
		{q: "Đề nghị cho biết số dịch vụ công trực tuyến ở mức độ cao nhất mà toàn tỉnh đã triển khai.", kind: ask.KindFigure, want: []string{"30 dịch vụ"}, not: []string{"cao nhất là"}},
		{q: "Cổng thông tin của các sở, ngành và UBND cấp huyện đã bố trí chuyên mục riêng cho dịch vụ công trực tuyến chưa?", kind: ask.KindInfo},
		// "vs" between two figures, or inside one's name, is "và"; between
		// two units it sets them against each other; "z" is "vậy".
		{q: "tap huan cho xa vs doanh nghiep dc bn % a", kind: ask.KindFigure, want: []string{"53%", "35%"}, not: []string{"chưa tính được"}},
		{q: "bao trung uong vs tinh ban nam 2017 co bn tin bai", kind: ask.KindFigure, want: []string{"350"}},
		{q: "can loc vs thach ha ty le q2", kind: ask.KindFigure, want: []string{"27,73%", "16,33%", "11,4 điểm %"}},
		{q: "huyen nao chua nop bc quy 2 z", kind: ask.KindFigure, want: []string{"Vũ Quang"}},
		// A rate "so với tổng số …" is of that whole, no change; "thu hút"
		// is had, not "hụt"; "đến cuối năm … sẽ đạt" the year's plan;
		// "ưu tiên" is no money.
		{q: "Tỷ lệ hồ sơ trực tuyến trong năm tháng đầu năm nay đạt ở mức nào so với tổng số hồ sơ tiếp nhận?", kind: ask.KindFigure, want: []string{"13,25%"}, not: []string{"so sánh"}},
		{q: "Trong quý I/2019, các lớp tập huấn trực tiếp do Sở phối hợp tổ chức đã thu hút bao nhiêu người dân, doanh nghiệp tham gia?", kind: ask.KindFigure, want: []string{"350 người"}, not: []string{"mục tiêu"}},
		{q: "Theo nguồn kinh phí bố trí năm 2019, dự kiến đến cuối năm tỷ lệ xã được tuyên truyền, tập huấn sẽ đạt bao nhiêu?", kind: ask.KindFigure, want: []string{"kế hoạch năm 2019: 70%"}},
		{q: "Nguồn vốn còn hụt, cần được ưu tiên bố trí trong năm 2020 để thực hiện Nghị quyết là bao nhiêu tiền?", want: []string{"3.565 triệu đồng"}},
		// A spreadsheet's periods: "q1-19", "T1-T5/2019".
		{q: "tổng hstong q1-19", kind: ask.KindFigure, want: []string{"quý 1/2019", "27.503 hồ sơ"}},
		{q: "hstt T1-T5/2019", kind: ask.KindFigure, want: []string{"5 tháng đầu năm 2019", "6.704"}},
		{q: "tỷ lệ hstt 5 tháng/2019 cao hơn năm 2018 mấy điểm %", kind: ask.KindFigure, want: []string{"tăng 8,33 điểm %"}},
		// Towns by their initials ("TX HL", "TPHT"); "cộng" before a
		// quarter adds, "cổng năm 2019" is the portal; "bao nhiêu sở nộp".
		{q: "hstt TP HT + TX HL Q2/2019", kind: ask.KindFigure, want: []string{"Thị xã Hồng Lĩnh", "Tổng cộng: 1.099 hồ sơ"}},
		{q: "Can Lộc hstt cộng Q1, Q2 2019", kind: ask.KindFigure, want: []string{"1.110 hồ sơ"}},
		{q: "nang cap cong nam 2019 giam bao nhieu so voi 2018", kind: ask.KindFigure, want: []string{"823"}},
		{q: "quý 1 có bao nhiêu sở nộp", kind: ask.KindFigure, want: []string{"Quý 1/2019: 5/19 đơn vị sở, ban, ngành"}},
		// A figure equal to a number: "= 0", "bằng 0" (fixture: Kỳ Anh has
		// no level-4 service in quarter 1).
		{q: "huyện nào dvc4 = 0 quý 1/2019", kind: ask.KindFigure, want: []string{"Huyện Kỳ Anh", "đúng bằng 0"}, not: []string{"Thành phố Hà Tĩnh"}},
		// A count's growth in percent, not its rate's change; one word
		// typed over and over asks nothing.
		{q: "Số hồ sơ trực tuyến của TP Hà Tĩnh quý 2 tăng thêm mấy phần trăm so với quý 1?", kind: ask.KindFigure, want: []string{"+34,44%"}, not: []string{"điểm %"}},
		{q: "dvc dvc dvc dvc", kind: ask.KindNotUnderstood},
		// An intern's English ("target", "growth"); another country; a
		// table's number is no bound; a whole "cả trực tiếp lẫn trực
		// tuyến"; the units that must report; overdue "đến hôm nay"; sent
		// one quarter and not the next, "đến nay".
		{q: "Doanh nghiệp được tập huấn mới đạt bao nhiêu % so với target 85% ạ", kind: ask.KindFigure, want: []string{"41,18% mục tiêu"}},
		{q: "Growth QoQ số hồ sơ online của Can Lộc quý 2/2019 là bao nhiêu % ạ", kind: ask.KindFigure, want: []string{"+37,18%"}},
		{q: "Singapore có bao nhiêu dịch vụ công trực tuyến ạ, em muốn so sánh quốc tế", kind: ask.KindOutOfScope},
		{q: "Khối cấp huyện có bao nhiêu DVC trực tuyến tất cả ạ, em cần số liệu cho bảng 2.1", kind: ask.KindFigure, want: []string{"1.385 dịch vụ", "23 dịch vụ"}},
		{q: "Năm 2018 toàn tỉnh tiếp nhận tổng cộng bao nhiêu hồ sơ TTHC (cả trực tiếp lẫn trực tuyến) ạ", kind: ask.KindNoData, not: []string{"1.952"}},
		{q: "Tổng số đơn vị bắt buộc phải nộp báo cáo quý về DVC là bao nhiêu?", kind: ask.KindFigure, want: []string{"/32 đơn vị phải báo cáo"}},
		// A draft's blanks to fill in; "năm rồi", "quý rồi"; "gấp mấy" a
		// unit named; a project's two years as a ratio; the two parts of
		// the money named, added to "tổng nhu cầu".
		{q: "Anh điền giúp đoạn này: \"Kinh phí bố trí theo NQ22 là ___ triệu đồng, lồng ghép ___ triệu đồng, còn thiếu ___ triệu đồng\"", kind: ask.KindFigure,
			want: []string{"4.652 triệu đồng", "2.680 triệu đồng", "3.565 triệu đồng"}},
		{q: "năm rồi tỉ lệ hồ sơ trực tuyến trên tổng số hồ sơ là mấy %", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "quý rồi Sở TT&TT nhận bao nhiêu hồ sơ thủ tục hành chính", kind: ask.KindFigure, want: []string{"Sở Thông tin và Truyền thông quý 2/2019"}},
		{q: "quý 1 hồ sơ trực tuyến của Sở Công Thương nhiều gấp mấy Sở Nội vụ", kind: ask.KindFigure, want: []string{"Sở Công Thương gấp", "lần Sở Nội vụ"}, not: []string{"Tổng cộng"}},
		{q: "hỗ trợ pháp lý năm 2018 được cấp gấp mấy năm 2019", kind: ask.KindFigure, want: []string{"Năm 2018 gấp 2 lần năm 2019"}},
		{q: "đã bố trí theo NQ22 cộng với phần còn thiếu thì tổng nhu cầu là bao nhiêu", kind: ask.KindFigure, want: []string{"Tổng cộng: 8.217 triệu đồng"}},
		// Projects named by number, or each asked: every one's line, not
		// an ask-back; two years of one project averaged; two-digit years
		// listed.
		{q: "DA1, DA4, DA9: mỗi DA được cấp bn?", kind: ask.KindFigure, want: []string{"Phóng sự", "Đào tạo, bồi dưỡng CIO", "Sàn giao dịch TMĐT"}, not: []string{"Bạn hỏi về dự án nào"}},
		{q: "DA5 với DA12 cơ quan nào chủ trì", kind: ask.KindFigure, want: []string{"Trang thiết bị", "Quy chế công khai", "Sở Nội vụ"}},
		// A part of a project's money its line does not have; money of a
		// kind no line holds.
		{q: "DA9 lồng ghép nguồn khác bn", kind: ask.KindNoData, want: []string{"Phụ lục không ghi khoản kinh phí được lồng ghép từ nguồn khác"}},
		{q: "KP duy trì cổng DVC hằng năm", not: []string{"Sàn giao dịch"}},
		{q: "vốn TW hỗ trợ cho NQ22 bn", not: []string{"4.652"}},
		{q: "DA4 lồng ghép TB/năm (2018, 2019) bn", kind: ask.KindFigure, want: []string{"Trung bình của năm 2018 và năm 2019: 315 triệu đồng"}},
		{q: "DA10 tư vấn hỗ trợ pháp lý: tổng và từng năm 17, 18, 19", kind: ask.KindFigure, want: []string{"năm 2017", "năm 2018", "năm 2019"}},
		// A unit pointed back at by its kind; who was told, before the
		// matter; "điểm sáng" is no change asked.
		{q: "Tôi muốn hỏi về TX Hồng Lĩnh: trong quý 1/2019 thị xã tiếp nhận tổng cộng bao nhiêu hồ sơ TTHC?", kind: ask.KindFigure, want: []string{"Thị xã Hồng Lĩnh quý 1/2019"}},
		{q: "Ban KT-NS được phản ánh huyện Đức Thọ quý 2/2019 tỷ lệ nộp hồ sơ trực tuyến đi xuống, vậy quý đó chỉ đạt bao nhiêu %?", kind: ask.KindFigure, want: []string{"Huyện Đức Thọ quý 2/2019"}},
		{q: "Can Lộc được đánh giá là điểm sáng, vậy quý 1/2019 tỷ lệ hồ sơ trực tuyến của huyện là bao nhiêu?", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 1/2019"}, not: []string{"để so sánh"}},
		{q: "tong so dv phai nop bao cao quy dvc muc 3 4 la bn", kind: ask.KindFigure, want: []string{"/32 đơn vị phải báo cáo"}, not: []string{"1.995"}},
		{q: "Tính đến hôm nay, những huyện nào đã quá hạn mà vẫn chưa nộp báo cáo quý 2/2019?", kind: ask.KindFigure, want: []string{"Huyện Vũ Quang, Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà"}},
		{q: "Những huyện đã nộp quý 1 nhưng đến nay chưa nộp quý 2/2019?", kind: ask.KindFigure, want: []string{"Huyện Nghi Xuân, Huyện Cẩm Xuyên và Huyện Lộc Hà"}, not: []string{"Vũ Quang"}},
		// Two places compared, no quarter: asked back once.
		{q: "So sánh giúp em tỷ lệ hồ sơ trực tuyến giữa Hương Khê và Thạch Hà.", kind: ask.KindAsk, want: []string{"Huyện Hương Khê", "Huyện Thạch Hà", "quý 1/2019"}},
	})
}
