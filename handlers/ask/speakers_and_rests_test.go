package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestSpeakersLevelsAndRests: a leader whose question is relayed asks of
// his own unit ("Chị Phó Chủ tịch Hồng Lĩnh hỏi … thị xã …"); a level
// heading a unit of it ("Khối sở ngành quý 2/2019: Sở Tài chính …") is no
// level asked; "ban ngành" are the agencies; "cơ quan, địa phương" every
// unit that reports; files "ngoài mạng" and two quarters' rests added;
// "(số bộ, không phải %)" the count; "mục B.II.3" a section, no level.
func TestSpeakersLevelsAndRests(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Chị Phó Chủ tịch Hồng Lĩnh hỏi quý 2/2019 thị xã có bao nhiêu hồ sơ nộp trực tuyến", kind: ask.KindFigure,
			want: []string{"Thị xã Hồng Lĩnh quý 2/2019: 287 hồ sơ"}, not: []string{"cấp xã"}},
		{q: "anh Chủ tịch Can Lộc hỏi quý 2/2019 huyện có bao nhiêu hồ sơ nộp trực tuyến", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc quý 2/2019: 642 hồ sơ"}},
		// A bare "chị", "chỉ tiêu", "chi phí" opens no speaker.
		{q: "Chỉ tiêu NQ22 về DVC: mức 3 và mức 4 mỗi loại bao nhiêu?", kind: ask.KindFigure, want: []string{"mục tiêu 400", "mục tiêu 50"}},
		{q: "Khối sở ngành quý 2/2019: Sở Tài chính tỷ lệ hồ sơ nộp trực tuyến bao nhiêu?", kind: ask.KindFigure, want: []string{"Sở Tài chính quý 2/2019: 8,57%"}},
		// A level said beside a unit otherwise stays: "các sở trừ Sở TTTT".
		{q: "Q1 tỉ lệ chung các sở trừ Sở TTTT", kind: ask.KindFigure, want: []string{"5,07%"}},
		{q: "quý 2 trong các ban ngành đã báo cáo, tỷ lệ thấp nhất là đơn vị nào", kind: ask.KindFigure,
			want: []string{"thấp nhất là Sở Giáo dục và Đào tạo 8,24%"}, not: []string{"Đức Thọ"}},
		{q: "Quý trước còn bao nhiêu cơ quan, địa phương chưa gửi báo cáo quý về dịch vụ công?", kind: ask.KindFigure,
			want: []string{"12/32 đơn vị", "còn 20 đơn vị chưa nộp"}},
		{q: "Can Lộc quý 1 hồ sơ ngoài mạng bao nhiêu", kind: ask.KindFigure, want: []string{"1.763 hồ sơ"}},
		{q: "Can Lộc quý 1 với quý 2 cộng lại có bao nhiêu hồ sơ không online", kind: ask.KindFigure,
			want: []string{"quý 1/2019: 1.763 hồ sơ", "Cộng quý 1/2019 và quý 2/2019: 3.436 hồ sơ"}},
		{q: "năm 2018 cụ thể có bao nhiêu hồ sơ nộp trực tiếp (số bộ, không phải %)", kind: ask.KindNoData, not: []string{"95,08"}},
		{q: "mục B.II.3 ngành Điện lực và ngành Thuế cung cấp tổng cộng bao nhiêu DVC mức 3", kind: ask.KindFigure, want: []string{"181 dịch vụ"}},
	})
}

// TestAddedAndAskedTwice: "triển khai thêm … dịch vụ công trực tuyến"
// with no level is every level's services added; "bn hồ sơ trực tuyến và
// tổng bn hồ sơ" asks both counts (not "tổng" as the online files added);
// "chưa bố trí được bao nhiêu" is the money still lacking; "năm vừa rồi"
// is last year; "tháng năm/2019" is May.
func TestAddedAndAskedTwice(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "đến nay đã triển khai thêm được bao nhiêu dịch vụ công trực tuyến", kind: ask.KindFigure,
			want: []string{"1.612 dịch vụ", "mức độ 4 triển khai thêm", "23 dịch vụ"}, not: []string{"1.995"}},
		{q: "Can Lộc Q2 2019 có bn hồ sơ trực tuyến và tổng bn hồ sơ", kind: ask.KindFigure, want: []string{"642 hồ sơ", "2.315 hồ sơ"}},
		{q: "quý 1 các sở nộp trực tuyến tổng bao nhiêu hồ sơ", kind: ask.KindFigure, want: []string{"200 hồ sơ"}, not: []string{"tiếp nhận"}},
		{q: "NQ22 chưa bố trí được bao nhiêu tỷ nữa vậy", kind: ask.KindFigure, want: []string{"3.565 triệu đồng"}, not: []string{"4.652"}},
		{q: "năm vừa rồi tỉ lệ hs nộp online đạt mấy %", kind: ask.KindFigure, want: []string{"năm 2018: 4,92%"}},
		{q: "tính tới hết tháng năm/2019 tỷ lệ hồ sơ trực tuyến là mấy phần trăm", kind: ask.KindFigure, want: []string{"13,25%"}},
	})
	checkChats(t, a, "tuong-duong", []chatCase{
		{turns: []string{"Bao nhiêu xã có trang thông tin điện tử?", "Tương đương bao nhiêu %?"}, want: []string{"84%"}},
	})
}
