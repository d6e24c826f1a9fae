package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestPartsAnsweredTogether: a message made of parts (the units' own
// figure set against the report's, numbered questions, a premise before
// "vậy", a preamble before a colon) states what each part asked alone
// states, and nothing of what only the premise names.
func TestPartsAnsweredTogether(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	body := func(q string) string {
		t.Helper()
		b, _, _ := strings.Cut(answerText(t, a, q), " Nguồn:")
		return b
	}
	for _, c := range []struct {
		q     string
		parts []string
		not   []string
	}{
		{q: "Tổng DVC mức 3 các huyện tự báo cáo quý 1/2019 so với con số 1385 của BC 47?",
			parts: []string{"Tổng DVC mức 3 các huyện quý 1/2019", "số DVC mức 3 cấp huyện theo báo cáo"}},
		{q: "Tỷ lệ chung các huyện đã báo cáo quý 1/2019 so với mức 13,25% BC 47 nêu cho 5 tháng đầu năm?",
			parts: []string{"Tỷ lệ hồ sơ trực tuyến các huyện quý 1/2019", "tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019"}},
		{q: "1) Số hồ sơ nộp trực tuyến năm 2018; 2) tỷ lệ tương ứng",
			parts: []string{"Số hồ sơ nộp trực tuyến năm 2018", "tỷ lệ hồ sơ nộp trực tuyến năm 2018"}},
		{q: "BC 47 nói DVC mức 4 cấp sở chỉ có ở STC, SCT, Sở GD&ĐT, vậy Sở Y tế báo cáo quý 1/2019 bao nhiêu DVC mức 4?",
			parts: []string{"Sở Y tế quý 1/2019 bao nhiêu DVC mức 4"}, not: []string{"Sở Tài chính", "Sở Công Thương"}},
		{q: "Đào tạo, bồi dưỡng CIO: kinh phí lồng ghép tổng bao nhiêu, riêng năm 2018?",
			parts: []string{"dự án đào tạo bồi dưỡng CIO kinh phí lồng ghép bao nhiêu", "dự án đào tạo bồi dưỡng CIO năm 2018 kinh phí lồng ghép bao nhiêu"}},
		{q: "Mặt trận muốn nắm việc chấp hành chế độ báo cáo: quý 1/2019 có mấy sở đã nộp báo cáo quý?",
			parts: []string{"quý 1/2019 có mấy sở đã nộp báo cáo"}},
	} {
		ans, err := a.Answer(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range c.parts {
			if b := body(part); !strings.Contains(ans.Text, b) {
				t.Errorf("%q:\n%s\nlacks what %q alone states:\n%s", c.q, ans.Text, part, b)
			}
		}
		for _, n := range c.not {
			if strings.Contains(ans.Text, n) {
				t.Errorf("%q: names %q, only the premise's: %s", c.q, n, ans.Text)
			}
		}
	}
}

// TestWordsReadRight: words that looked like another slot ("giám sát" is
// no fall, "hỏi thêm" no services added, "KPI" the target, "QI" quarter
// 1, "Sở Công Thương" no "+", "không kể mức 2" every other level, "về cho
// Sở" the recipient) read as the same question without them.
func TestWordsReadRight(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, c := range [][2]string{
		{"Bác muốn đưa vào báo cáo giám sát: năm 2018 có bao nhiêu hồ sơ trực tuyến, tỷ lệ bao nhiêu phần trăm?", "năm 2018 có bao nhiêu hồ sơ trực tuyến và tỷ lệ"},
		{"cho em xin data ho so online 2018, ca so luong lan ty le", "số hồ sơ trực tuyến năm 2018 và tỷ lệ"},
		{"5 thang 2019: so ho so nop truc tuyen + ty le %", "số hồ sơ trực tuyến 5 tháng đầu năm 2019 và tỷ lệ"},
		{"Bác hỏi thêm về Hồng Lĩnh: quý 1/2019 thị xã có mấy dịch vụ công mức độ 4?", "Hồng Lĩnh quý 1/2019 có mấy DVC mức 4"},
		{"dvc mức 4 tăng thêm đạt mấy % KPI rồi ạ", "DVC mức 4 triển khai thêm đạt bao nhiêu % mục tiêu"},
		{"budget cho dao tao tap huan nam nay la bao nhieu", "kinh phí đào tạo tập huấn năm 2019"},
		{"QI/2019 bao nhiêu huyện, thị xã, thành phố đã nộp?", "quý 1/2019 bao nhiêu huyện đã nộp báo cáo"},
		{"Sở Công Thương quý I năm 2019 nộp trực tuyến chiếm bao nhiêu phần trăm?", "tỷ lệ hồ sơ trực tuyến của Sở Công Thương quý 1/2019"},
		{"tổng số dịch vụ công trực tuyến trên cổng DVC tỉnh (không kể mức 2) hiện là bao nhiêu", "tổng số DVC mức 3 và mức 4 toàn tỉnh"},
		{"Quý trước có bao nhiêu đơn vị đã nộp báo cáo về cho Sở?", "quý 2/2019 có bao nhiêu đơn vị đã nộp báo cáo"},
		{"Quý 2/2019 số sở đã nộp trên tổng số sở phải nộp báo cáo?", "quý 2/2019 bao nhiêu sở đã nộp báo cáo"},
		{"Từ quý 1 đến quý 2/2019 địa phương nào tăng số hồ sơ trực tuyến nhiều nhất?", "quý 2/2019 so với quý 1/2019 địa phương nào tăng số hồ sơ trực tuyến nhiều nhất"},
		{"số hồ sơ nộp trực tuyến mức 3, 4 năm 2018", "số hồ sơ nộp trực tuyến năm 2018"},
		{"Hiện có bao nhiêu DVC mức 4 triển khai thêm theo NQ 22", "số DVC mức độ 4 triển khai thêm theo Nghị quyết 22"},
		{"Năm 2019 dự án Cổng TTĐT tỉnh (STT 8) được bố trí bao nhiêu?", "Năm 2019 dự án 8 được bố trí bao nhiêu?"},
		{"Theo BC 47, tỷ lệ hồ sơ trực tuyến toàn tỉnh mới nhất là bao nhiêu?", "tỷ lệ hồ sơ trực tuyến toàn tỉnh mới nhất là bao nhiêu?"},
		{"Ngoài các cơ quan hành chính, ngành Điện lực và ngành Thuế cung cấp tất cả bao nhiêu DVC mức 3?", "ngành Điện lực và ngành Thuế có bao nhiêu DVC mức 3"},
		{"Can Lộc: hstt quý 2 tăng bao nhiêu % so với quý 1/2019?", "số hồ sơ trực tuyến Can Lộc quý 2/2019 tăng bao nhiêu % so với quý 1/2019"},
		{"Chênh lệch tuyệt đối số hồ sơ nộp trực tuyến: 5 tháng đầu 2019 trừ năm 2018", "số hồ sơ nộp trực tuyến 5 tháng đầu năm 2019 so với năm 2018 tăng bao nhiêu"},
	} {
		// The reply states what the plain question's does (which may say
		// a little more: "tăng bao nhiêu %" of the count also gives the
		// rate's points).
		got, want := answerText(t, a, c[0]), answerText(t, a, c[1])
		if body, _, _ := strings.Cut(got, " Nguồn:"); !strings.Contains(want, body) {
			t.Errorf("%q:\n%s\nwant as %q:\n%s", c[0], got, c[1], want)
		}
	}
	for _, q := range []string{"Tỷ lệ chữ ký số đã cấp cho cán bộ cấp xã?", "bao nhiêu cán bộ được cấp chứng thư số",
		// One level of a figure stored for both together: a part no figure states.
		"Năm 2018 riêng hồ sơ mức độ 4 là bao nhiêu?", "hồ sơ nộp qua DVC mức 3 năm 2018"} {
		if ans, err := a.Answer(context.Background(), q); err != nil || ans.Kind.CarriesFigure() {
			t.Errorf("%q: want no figure (signatures issued are not stored), got %v %s", q, err, ans.Text)
		}
	}
}

func answerText(t *testing.T, a *ask.Answerer, q string) string {
	t.Helper()
	ans, err := a.Answer(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Kind.CarriesFigure() {
		t.Errorf("%q: no figure: %s", q, ans.Text)
	}
	return ans.Text
}
