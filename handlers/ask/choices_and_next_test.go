package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestChoicesByPlaceAndNext: an ask-back answered by the option's place as
// the list shows it ("cái trên", "cái phía dưới", "thế cái kia"), by a
// choice corrected as typed ("thị xã.. à không, huyện mới đúng") or by
// every quarter ("cả 2 quý luôn") gets that option; "quý sau", "quý kế
// tiếp", "năm sau" go on to the period after the one just given, "kỳ liền
// trước" back to the one before (not Phường Kỳ Liên), and a money asked
// year by year over 2017-2019 gets 2019 too, a year that has begun.
func TestChoicesByPlaceAndNext(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"quý 1 tỷ lệ hs tt của kỳ anh", "cái trên"}, "tỷ lệ hồ sơ trực tuyến Huyện Kỳ Anh quý 1"},
		{[]string{"quý 1 tỷ lệ hs tt của kỳ anh", "cái trên", "thế cái kia"}, "tỷ lệ hồ sơ trực tuyến Thị xã Kỳ Anh quý 1"},
		{[]string{"Kỳ Anh quý 1 có mấy dvc mức 3", "cái phía dưới"}, "Thị xã Kỳ Anh quý 1 có mấy dvc mức 3"},
		{[]string{"Kỳ Anh q1 có bao nhiêu dvc mức 3", "thị xã.. à không, huyện mới đúng"}, "Huyện Kỳ Anh quý 1 có bao nhiêu dvc mức 3"},
		{[]string{"Thạch Hà nhận bao nhiêu hồ sơ online", "cả 2 quý luôn"}, "Thạch Hà quý 1 nhận bao nhiêu hồ sơ trực tuyến"},
		{[]string{"TP Hà Tĩnh q1 nộp trực tuyến bao nhiêu hồ sơ", "quý sau thì"}, "TP Hà Tĩnh quý 2 nộp trực tuyến bao nhiêu hồ sơ"},
		{[]string{"Thạch Hà tỷ lệ quý 1", "quý kế tiếp"}, "Thạch Hà tỷ lệ hồ sơ trực tuyến quý 2"},
		{[]string{"Thạch Hà tỷ lệ quý 2", "kỳ liền trước"}, "Thạch Hà tỷ lệ hồ sơ trực tuyến quý 1"},
		{[]string{"năm 2017 PCI xếp hạng mấy", "năm sau thì sao"}, "PCI năm 2018 xếp hạng mấy"},
		{[]string{"tư vấn hỗ trợ pháp lý mỗi năm được cấp bao nhiêu (2017-2019)"}, "tư vấn hỗ trợ pháp lý năm 2019 được cấp bao nhiêu"},
		{[]string{"Kính gửi đồng chí, tôi cần biết tổng ngân khoản để thực hiện Nghị quyết 22, tính cả nguồn NQ22 lẫn nguồn lồng ghép"}, "tổng kinh phí NQ22 cộng lồng ghép"},
		{[]string{"nhân tổng kết công tác cải cách hành chính, quý 2/2019 địa phương nào có nhiều hồ sơ nộp trực tuyến nhất"}, "quý 2/2019 đơn vị cấp huyện nào có nhiều hồ sơ nộp trực tuyến nhất"},
	})
}

// TestChoicesTypedOtherwise: a quarter ask-back answered by age ("cái cũ
// hơn", "quý gần nhất"), by its place as said ("lấy cái phía sau"), by
// "quý nào cũng được, đưa hết" or "cả 2 kỳ" (each), and a change of mind
// after the answer ("thôi lấy quý kia") gets that option (they were not
// understood).
func TestChoicesTypedOtherwise(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsChatReplies(t, a, []chatRepliedAs{
		{[]string{"Thạch Hà tổng hồ sơ tiếp nhận", "cái cũ hơn"}, "Thạch Hà quý 1 tổng hồ sơ tiếp nhận"},
		{[]string{"Thạch Hà tổng hồ sơ tiếp nhận", "quý gần nhất"}, "Thạch Hà quý 2 tổng hồ sơ tiếp nhận"},
		{[]string{"STC dvc4", "lấy cái phía sau"}, "Sở Tài chính quý 2 dvc mức 4"}, // (quarters offered oldest first)
		{[]string{"Sở TC tỷ lệ hstt", "quý 1", "thôi lấy quý kia"}, "Sở Tài chính quý 2 tỷ lệ hồ sơ trực tuyến"},
		{[]string{"Can Lộc hstt", "quý nào cũng đc, đưa hết"}, "Can Lộc quý 1 số hồ sơ trực tuyến"},
		{[]string{"STTTT hstt", "cả 2 kỳ"}, "Sở TT&TT quý 1 số hồ sơ trực tuyến"},
	})
}
