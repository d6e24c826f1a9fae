package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFormalFollowUps: follow-ups written in full, formal sentences point
// back with "tương ứng", "ấy", "đó", "của huyện", a bare "Sở", "hai kỳ",
// "cả hai quý", "Sang …", and each gets the reply of the question asked
// whole.
func TestFormalFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	followsAs(t, a, []string{"Huyện Can Lộc quý 2/2019 có bao nhiêu hồ sơ nộp trực tuyến?",
		"Xin đồng chí cho biết thêm tỷ lệ tương ứng trên tổng số hồ sơ ạ."},
		"tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019")
	followsAs(t, a, []string{"Kính hỏi đồng chí, quý II/2019 Sở Giáo dục và Đào tạo có bao nhiêu hồ sơ nộp trực tuyến ạ?",
		"Tỷ lệ trên tổng số hồ sơ Sở tiếp nhận là bao nhiêu ạ?"},
		"tỷ lệ hồ sơ trực tuyến của Sở Giáo dục và Đào tạo quý 2/2019")
	followsAs(t, a, []string{"Sở Tài chính quý 2/2019 nhận bao nhiêu hồ sơ?", "Trong quý II ấy có bao nhiêu hồ sơ nộp trực tuyến ạ?"},
		"số hồ sơ nộp trực tuyến của Sở Tài chính quý 2/2019")
	followsAs(t, a, []string{"Quý I/2019 huyện Can Lộc có bao nhiêu DVC mức 3?", "Sang quý II/2019 thì số DVC mức độ 4 của huyện là bao nhiêu ạ?"},
		"số DVC mức 4 của huyện Can Lộc quý 2/2019")
	followsAs(t, a, []string{"Tỷ lệ hồ sơ nộp trực tuyến năm 2018 là bao nhiêu?", "Còn 5 tháng đầu năm 2019?",
		"Như vậy hai kỳ chênh nhau bao nhiêu điểm phần trăm ạ?"},
		"tỷ lệ hồ sơ trực tuyến năm 2018 so với 5 tháng đầu năm 2019")
	followsAs(t, a, []string{"Huyện Can Lộc quý 1/2019 có bao nhiêu hồ sơ nộp trực tuyến?", "Quý 2/2019 thì bao nhiêu?",
		"Cộng cả hai quý là bao nhiêu hồ sơ?"},
		"tổng số hồ sơ trực tuyến của Can Lộc quý 1/2019 và quý 2/2019")
	followsAs(t, a, []string{"Năm 2018 có bao nhiêu hồ sơ nộp trực tuyến?", "Sang 5 tháng đầu năm 2019 thì số hồ sơ là bao nhiêu?"},
		"số hồ sơ nộp trực tuyến 5 tháng đầu năm 2019")
	followsAs(t, a, []string{"Sở Tài chính có bao nhiêu hồ sơ nộp trực tuyến quý 1/2019?",
		"Trên tổng số hồ sơ tiếp nhận của quý đó thì tỷ lệ là bao nhiêu?"},
		"tỷ lệ hồ sơ trực tuyến của Sở Tài chính quý 1/2019")
	followsAs(t, a, []string{"Đến hết quý 1/2019 đã có bao nhiêu phần trăm cấp xã được đào tạo về giao dịch trực tuyến?",
		"Đối với doanh nghiệp thì tỷ lệ ấy ra sao, thưa đồng chí?"},
		"tỷ lệ doanh nghiệp được đào tạo giao dịch trực tuyến")
	followsAs(t, a, []string{"Năm 2019 dự án nâng cấp Cổng thông tin điện tử tỉnh được cấp bao nhiêu?", "và tổng cả giai đoạn là bao nhiêu ạ?"},
		"dự án nâng cấp Cổng thông tin điện tử tỉnh được cấp bao nhiêu")
	followsAs(t, a, []string{"tỷ lệ hồ sơ trực tuyến quý 1/2019 của Cẩm Xuyên là bao nhiêu", "còn tính chung tất cả các huyện đã báo cáo thì bao nhiêu"},
		"tỷ lệ hồ sơ trực tuyến cấp huyện quý 1/2019")
	followsAs(t, a, []string{"Hà Tĩnh có bao nhiêu hồ sơ nộp trực tuyến trong quý 2/2019?", "ý em là toàn tỉnh, cộng các đơn vị đã báo cáo"},
		"toàn tỉnh có bao nhiêu hồ sơ nộp trực tuyến quý 2/2019")

	// "Con số đó ít hơn X bao nhiêu": the figure stated set against X,
	// as the two asked together.
	ctx := context.Background()
	chat := ask.Chat{Platform: "test", ID: "figure"}
	if _, err := a.Converse(ctx, chat, "kinh phí còn thiếu để thực hiện Nghị quyết 22 là bao nhiêu?"); err != nil {
		t.Fatal(err)
	}
	ans, err := a.Converse(ctx, chat, "Con số đó ít hơn kinh phí đã bố trí bao nhiêu triệu đồng ạ?")
	if err != nil {
		t.Fatal(err)
	}
	whole := answerText(t, a, "kinh phí còn thiếu ít hơn kinh phí đã bố trí theo nghị quyết 22 bao nhiêu")
	if last := lastSentence(body(whole)); !strings.Contains(ans.Text, last) {
		t.Errorf("con số đó:\n%s\nwant %q", ans.Text, last)
	}
}

// body is a reply without the sentence naming its source.
func body(text string) string {
	b, _, _ := strings.Cut(text, " Nguồn:")
	return strings.TrimSpace(b)
}

// lastSentence is the last sentence of a reply's body.
func lastSentence(text string) string {
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	if i := strings.LastIndex(text, ". "); i >= 0 {
		return text[i+2:]
	}
	return text
}

// TestMessagesReadWhole: pieces of one message read as the asker meant —
// an apology before the question, "mức 4" listed after "mức 3", a share
// "chiếm … toàn tỉnh" of the figure before, ", và <figure>" as a second
// question, "… bao nhiêu … trên tổng số bao nhiêu hồ sơ" as the count and
// the unit's whole, each asked.
func TestMessagesReadWhole(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Xin lỗi đồng chí, tôi bấm nhầm. Kính hỏi số lượt đăng nhập trên Sàn giao dịch TMĐT tỉnh ạ.",
			"số lượt đăng nhập trên Sàn giao dịch TMĐT tỉnh"},
		{"Quý 1/2019 Sở Tài chính tiếp nhận bao nhiêu hồ sơ nộp trực tuyến trên tổng số bao nhiêu hồ sơ?",
			"Quý 1/2019 Sở Tài chính có bao nhiêu hồ sơ nộp trực tuyến và tổng số hồ sơ tiếp nhận?"},
		{"UBND cấp huyện của Hà Tĩnh có tổng cộng bao nhiêu DVC trực tuyến mức độ 3?", "các huyện có bao nhiêu DVC mức độ 3?"},
		{"Xét các đơn vị đã nộp báo cáo quý 1/2019 (cả sở và huyện), đơn vị nào có ít hồ sơ nộp trực tuyến nhất?",
			"quý 1/2019 đơn vị nào có ít hồ sơ nộp trực tuyến nhất?"},
		{"Kính đề nghị đồng chí cho biết huyện có tỷ lệ hồ sơ trực tuyến thấp nhất trong quý 1/2019 và tỷ lệ của huyện đó.",
			"huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất quý 1/2019"},
		{"Kính hỏi đồng chí, bao nhiêu đơn vị cấp huyện đã có bộ phận một cửa điện tử?", "bao nhiêu đơn vị cấp huyện có một cửa điện tử"},
		{"tp hà tĩnh q2 nhận tt bn hs", "số hồ sơ nộp trực tuyến của thành phố Hà Tĩnh quý 2/2019"},
		{"Năm 2018 huyện Can Lộc tuyên truyền, hướng dẫn về dịch vụ công cho hơn bao nhiêu người?",
			"Năm 2018 huyện Can Lộc tập huấn cho bao nhiêu người?"},
		{"Mục tiêu của Nghị quyết 22 dành cho doanh nghiệp là bao nhiêu?", "mục tiêu tỷ lệ doanh nghiệp được đào tạo"},
		{"Kính đề nghị đồng chí cho biết tiến độ tập huấn doanh nghiệp so với mục tiêu", "mục tiêu tỷ lệ doanh nghiệp được đào tạo"},
		{"stttt q2 ty le nop onl bn", "tỷ lệ hồ sơ nộp trực tuyến của Sở TT&TT quý 2/2019"},
		{"hiện nay toàn tỉnh cung cấp bao nhiêu dịch vụ công trực tuyến (không kể các DVC mức độ 2)?", "toàn tỉnh có bao nhiêu dịch vụ công trực tuyến"},
		{"thu hang pci 2017 vs 2018 ntn", "thứ hạng PCI năm 2017 và năm 2018"},
		{"TP Hà Tĩnh quý 2 dịch vụ công mức 3 với mức 4 mỗi thứ mấy cái", "DVC mức 3 và mức 4 của thành phố Hà Tĩnh quý 2/2019"},
		{"Để UBND tỉnh có văn bản nhắc, e cần danh sách huyện chưa nộp BC quý 2", "huyện nào chưa nộp báo cáo quý 2/2019"},
		{"Riêng ngành Điện lực trên địa bàn Hà Tĩnh cung cấp bao nhiêu DVC mức độ 3?", "Điện lực Hà Tĩnh có bao nhiêu DVC mức 3"},
		{"chừ hương khê quý 2 có mấy dvc mức độ 4", "Hương Khê quý 2/2019 có bao nhiêu DVC mức 4"},
		{"chừ tỉ lệ hồ sơ nộp trực tuyến toàn tỉnh là mấy", "tỷ lệ hồ sơ nộp trực tuyến mới nhất"},
		{"Nghị quyết 22 tới giờ đã được bố trí mấy tỷ rồi bot", "kinh phí đã bố trí theo Nghị quyết 22"},
		{"có mấy dự án còn ghi là chưa thực hiện", "có bao nhiêu dự án chưa thực hiện"},
		{"A/c cho e hỏi PCI 2018 Hà Tĩnh xếp thứ mấy để đưa vào bài phát biểu", "PCI 2018 xếp thứ mấy"},
		{"có bao nhiêu doanh nghiệp đăng ký làm thành viên sàn thương mại điện tử", "số doanh nghiệp thành viên sàn TMĐT"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); !strings.Contains(got, want) {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	for _, tc := range []struct{ asked, first, second string }{
		{"Xin được hỏi: tính đến ngày 27/02/2019, đã phát sinh bao nhiêu hồ sơ DVC mức 3, mức 4; trong đó hồ sơ cấp xã tại TP Hà Tĩnh và TX Hồng Lĩnh là bao nhiêu?",
			"số hồ sơ nộp trực tuyến đến ngày 27/02/2019", "776"},
		{"Kính đề nghị đồng chí cho biết tiến độ tập huấn doanh nghiệp so với mục tiêu của Nghị quyết 22, và kinh phí đào tạo năm 2019 là bao nhiêu.",
			"mục tiêu tỷ lệ doanh nghiệp được đào tạo", "kinh phí đào tạo năm 2019"},
		{"Quý 1/2019 Sở Tài chính có bao nhiêu hồ sơ trực tuyến, chiếm bao nhiêu phần trăm toàn tỉnh?",
			"Sở Tài chính quý 1/2019 chiếm bao nhiêu phần trăm số hồ sơ trực tuyến của toàn tỉnh", ""},
	} {
		got := answerText(t, a, tc.asked)
		for _, part := range []string{tc.first, tc.second} {
			if part == "" {
				continue
			}
			want := part
			if !strings.ContainsAny(part[:1], "0123456789") {
				want = lastSentence(body(answerText(t, a, part)))
			}
			if !strings.Contains(got, want) {
				t.Errorf("%q:\n%s\nwant %q", tc.asked, got, want)
			}
		}
	}
	// Things no figure counts, and a chart asked by words that only fold
	// like "đồ thị".
	for _, q := range []string{"cả tỉnh có bn bưu cục nhận hs tthc", "số máy tính cấp cho bộ phận một cửa cấp xã",
		"thị trấn vũ quang được tập huấn mấy lớp"} { // (the classes of a quarter are the province's)
		if ans, err := a.Answer(context.Background(), q); err != nil || ans.Kind.CarriesFigure() {
			t.Errorf("%q: want no figure, got %v %s", q, err, ans.Text)
		}
	}
}
