package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestQuestionInFragments: one question sent as several messages ("bên
// Can Lộc ạ", "quý 2 ạ", then "tỉ lệ … bn %") is read whole: the unit and
// period named before the question are its (they were dropped, and the
// province's figure or an ask-back of the year came instead). A fragment
// gets a reply that names what the chat keeps, and no figure; a message
// that asks something else ("mai ở Thạch Hà có bão không") is none.
func TestQuestionInFragments(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "fragments", []chatCase{
		{[]string{"ad ơii", "bên Can Lộc ạ", "quý 2 ạ", "tỉ lệ hs nộp trực tuyến bn %"}, []string{"Huyện Can Lộc quý 2/2019: 27,73%"}, []string{"toàn tỉnh"}},
		{[]string{"ad ơii", "bên Can Lộc ạ", "quý 2 ạ"}, []string{"Bạn hỏi về Huyện Can Lộc, quý 2/2019", "số liệu nào"}, []string{"%"}},
		{[]string{"Hồng Lĩnh quý 1", "tỷ lệ nộp hồ sơ qua mạng"}, []string{"Thị xã Hồng Lĩnh quý 1/2019: 15,55%"}, nil},
		{[]string{"Hồng Lĩnh quý 1", "tỷ lệ nộp hồ sơ qua mạng", "rứa Hương Khê thì răng"}, []string{"Huyện Hương Khê quý 1/2019: 11,07%"}, nil},
		{[]string{"chị ơi e hỏi xíu", "Kỳ Anh", "q2 tỉ lệ hồ sơ online bn"}, []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}, []string{"toàn tỉnh"}},
		{[]string{"Thạch Hà", "tỉ lệ hồ sơ trực tuyến nhiêu rứa"}, []string{"Huyện Thạch Hà, kỳ nào"}, nil},
		{[]string{"mai ở thạch hà có bão không em", "thôi cho anh tỷ lệ hồ sơ trực tuyến năm 2018"}, []string{"toàn tỉnh năm 2018: 4,92%"}, []string{"Thạch Hà"}},
		// A name whose words the report's search finds is still a fragment.
		{[]string{"Sở Tài chính", "quý 1", "có bn dịch vụ công ạ"}, []string{"Sở Tài chính quý 1/2019: 40 dịch vụ", "4 dịch vụ"}, []string{"toàn tỉnh"}},
		{[]string{"Can Lộc năm 2018", "tuyên truyền hướng dẫn dvc cho bn người"}, []string{"Huyện Can Lộc năm 2018: 2.450 người"}, nil},
	})
}

// TestChangesAndEachAsked: "tụt nhiều nhất" of one quarter is the fall
// from the quarter before (was the quarter's highest rate); "từng sở"
// after two counts lists each agency's of both (was their total); "cộng
// với tiền NQ22" after the other sources' money adds the two (was the
// resolution's alone); "số hồ sơ thế nào" after a rate is the unit's count
// (was the report's words).
func TestChangesAndEachAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "changes", []chatCase{
		{[]string{"đơn vị nào tỷ lệ hồ sơ trực tuyến tụt nhiều nhất quý 2"}, []string{"Huyện Đức Thọ −3,82"}, []string{"Can Lộc"}},
		{[]string{"tổng hs nộp trực tuyến quý 2 cả tỉnh là bao nhiêu", "tính ra được bao nhiêu %", "đơn vị nào làm tỷ lệ tụt xuống nhiều nhất"},
			[]string{"Huyện Đức Thọ −3,82 (6,68% → 2,86%)"}, nil},
		{[]string{"Sắp xếp giảm dần tỷ lệ hồ sơ trực tuyến quý 1/2019 của các huyện, em cần cả huyện đứng đầu và huyện cuối bảng ạ"},
			[]string{"cao nhất là Huyện Lộc Hà 23,39%", "Huyện Hương Sơn 2,33%"}, nil},
		// (The files received, read from "tổng … hồ sơ", were listed too
		// until the sixteenth session: the online files are asked.)
		{[]string{"Hà Tĩnh quý 2 tổng bao nhiêu hồ sơ nộp trực tuyến", "toàn tỉnh", "riêng các sở từng sở bao nhiêu"},
			[]string{"Sở Tài chính 96 hồ sơ", "Sở Giáo dục và Đào tạo 131 hồ sơ", "Sở Thông tin và Truyền thông 57 hồ sơ"}, []string{"1.120"}},
		{[]string{"Hà Tĩnh quý 2 tổng số hồ sơ và số hồ sơ nộp trực tuyến", "toàn tỉnh", "riêng các sở từng sở bao nhiêu"},
			[]string{"Sở Tài chính 1.120 hồ sơ", "Sở Tài chính 96 hồ sơ"}, nil},
		{[]string{"kinh phí lồng ghép từ nguồn khác được bao nhiêu ạ", "cộng với tiền NQ22 là bao nhiêu ạ"}, []string{"Tổng cộng: 7.332 triệu đồng"}, nil},
		{[]string{"Thạch Hà quý 2 tỷ lệ hồ sơ nộp trực tuyến bao nhiêu", "số hồ sơ thế nào"}, []string{"Huyện Thạch Hà quý 2/2019: 405 hồ sơ"}, []string{"Báo cáo viết"}},
	})
}

// TestPiecesPastedTogether: fragments pasted into one message with " . ":
// an impossible period or a figure nobody stored ("giải ngân") is what
// was asked, not words told around the question (the rest was answered
// with the latest figure, or the money allotted).
func TestPiecesPastedTogether(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkChats(t, a, "pasted", []chatCase{
		{[]string{"năm 88888 . có bn dvc mức 3"}, []string{"không có thật"}, []string{"1.995"}},
		{[]string{"tỷ lệ giải ngân . vốn nq22 bn %"}, nil, []string{"4.652"}},
		// Words around a question stay dropped ("tranh thủ hỏi" is no
		// "thu hồi").
		{[]string{"Tranh thủ hỏi luôn: PCI năm 2018 tỉnh mình xếp thứ mấy? Cả nhà cuối tuần vui vẻ"}, []string{"hạng 23"}, nil},
	})
}
