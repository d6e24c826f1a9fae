package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestMoneyOfTwoYears: money of two years named together is added when
// the words add, set against each other when they compare, never the
// other way; each figure from the plain question of its year.
func TestMoneyOfTwoYears(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	year := func(q string) float64 { return figureIn(t, body(answerText(t, a, q))) }

	// A recipient's share of one project, 2019 against 2018.
	before := year("năm 2018 Đài PTTH được cấp bao nhiêu cho dự án phóng sự")
	after := year("năm 2019 Đài PTTH được cấp bao nhiêu cho dự án phóng sự")
	got := answerText(t, a, "Phần của Đài PTTH trong DA phóng sự năm 2019 tăng bao nhiêu so với 2018?")
	if want := "Năm 2019 so với năm 2018: +" + formatCount(after-before) + " triệu đồng"; !strings.Contains(got, want) || strings.Contains(got, "Tổng cộng") {
		t.Errorf("tăng bao nhiêu so với 2018:\n%s\nwant %q and no sum", got, want)
	}

	// Two recipients of one year: the one given more, named.
	tv := year("năm 2018 Đài PTTH được cấp bao nhiêu cho dự án phóng sự")
	paper := year("năm 2018 Báo Hà Tĩnh được cấp bao nhiêu cho dự án phóng sự")
	more, less := "Báo Hà Tĩnh", "Đài Phát thanh và Truyền hình tỉnh"
	if tv > paper {
		more, less = less, more
	}
	got = answerText(t, a, "Năm 2018 đơn vị nào nhận KP phóng sự nhiều hơn, Đài PTTH hay Báo HT?")
	if want := more + " cao hơn " + less; !strings.Contains(got, want) {
		t.Errorf("đơn vị nào nhận nhiều hơn:\n%s\nwant %q", got, want)
	}

	// The other sources' lines of two years.
	y18, y19 := year("tổng nguồn lồng ghép năm 2018"), year("tổng nguồn lồng ghép năm 2019")
	got = answerText(t, a, "Lồng ghép năm 2018 so với năm 2019 chênh nhau bao nhiêu?")
	if want := "Năm 2019 so với năm 2018: " + signed(y19-y18) + " triệu đồng"; !strings.Contains(got, want) {
		t.Errorf("lồng ghép 2018 so với 2019:\n%s\nwant %q", got, want)
	}
	got = answerText(t, a, "Tổng lồng ghép năm 2018 và 2019 là bao nhiêu")
	if want := "Tổng cộng: " + formatCount(y18+y19) + " triệu đồng"; !strings.Contains(got, want) {
		t.Errorf("tổng lồng ghép 2018 và 2019:\n%s\nwant %q", got, want)
	}

	// One project, "2017 cộng 2018".
	p17 := year("năm 2017 dự án tư vấn pháp lý được cấp bao nhiêu")
	p18 := year("năm 2018 dự án tư vấn pháp lý được cấp bao nhiêu")
	got = answerText(t, a, "DA tư vấn pháp lý 2017 cộng 2018 là bao nhiêu")
	if want := "Tổng cộng: " + formatCount(p17+p18) + " triệu đồng"; !strings.Contains(got, want) {
		t.Errorf("2017 cộng 2018:\n%s\nwant %q", got, want)
	}
}

// signed is a change as replies write it: "+50", "−350".
func signed(v float64) string {
	if v < 0 {
		return "−" + formatCount(-v)
	}
	return "+" + formatCount(v)
}

// TestMoneyWordsOfProjects: a project's money asked by another word for
// it ("tiền", "bố trí"), by its state ("DA duy nhất chưa thực hiện"), or
// as what the proposal exceeds the grant by, gets the plain question's
// figures; a year the appendix gives the project nothing is no figure.
func TestMoneyWordsOfProjects(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Sàn TMĐT có bao nhiêu tiền?", "dự án nâng cấp sàn TMĐT được cấp bao nhiêu kinh phí"},
		{"Sàn TMĐT (đang chuẩn bị thực hiện) đã có bao nhiêu tiền?", "dự án nâng cấp sàn TMĐT được cấp bao nhiêu kinh phí"},
		{"Sàn TMĐT được bố trí bao nhiêu năm 2019?", "năm 2019 dự án nâng cấp sàn TMĐT được cấp bao nhiêu kinh phí"},
		{"DA duy nhất chưa thực hiện cần đề xuất bao nhiêu KP?", "dự án chưa thực hiện đề xuất bao nhiêu kinh phí"},
		{"Năm nay kinh phí tập huấn, đào tạo theo nguồn bố trí là bao nhiêu", "kinh phí đào tạo năm 2019"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	plain := answerText(t, a, "dự án rà soát cổng được cấp bao nhiêu, đề xuất bao nhiêu")
	granted, proposed := figureAfter(t, plain, "nguồn NQ 22: "), figureAfter(t, plain, "đề xuất giai đoạn tiếp theo: ")
	got := answerText(t, a, "DA rà soát cổng: đề xuất vượt số đã cấp bao nhiêu?")
	if want := "chênh lệch " + formatCount(proposed-granted) + " triệu đồng"; !strings.Contains(got, want) {
		t.Errorf("đề xuất vượt số đã cấp:\n%s\nwant %q", got, want)
	}
	ans, err := a.Answer(context.Background(), "Sàn TMĐT được bố trí bao nhiêu năm 2018?")
	if err != nil || ans.Kind != ask.KindNoData || !strings.Contains(ans.Text, "Chưa có số liệu kinh phí riêng năm 2018") {
		t.Errorf("a year with no line: %v %s %v, want no figure, said so", ans.Kind, ans.Text, err)
	}
	ans, err = a.Answer(context.Background(), "Theo Kế hoạch 498, Sở TT&TT rà soát thông tin trên cổng của các đơn vị định kỳ thế nào?")
	if err != nil || strings.Contains(ans.Text, "498") {
		t.Errorf("a plan's number is no figure to check: %s %v", ans.Text, err)
	}
}

// figureAfter is the figure right after a label of a reply.
func figureAfter(t *testing.T, text, label string) float64 {
	t.Helper()
	_, after, ok := strings.Cut(text, label)
	if !ok {
		t.Fatalf("no %q in %s", label, text)
	}
	return figureIn(t, "x: "+strings.Fields(after)[0])
}

// TestQuartersSaidInWords: "quý đầu tiên của năm 2019", "quý thứ hai năm
// 2019", "quý 2 của năm 2019" are one quarter, not a quarter and a year.
func TestQuartersSaidInWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Quý đầu tiên của năm 2019 đã mở được mấy lớp tập huấn về dịch vụ công cho người dân?", "quý 1/2019 mở được mấy lớp tập huấn cho người dân"},
		{"Quý đầu tiên năm 2019 có mấy lớp tập huấn", "quý 1/2019 có mấy lớp tập huấn"},
		{"Tỷ lệ HSTT quý 2 của năm 2019 của Can Lộc", "Tỷ lệ HSTT của Can Lộc quý 2/2019"},
		{"quý thứ hai năm 2019 Can Lộc có tỷ lệ hồ sơ trực tuyến bao nhiêu", "Tỷ lệ HSTT của Can Lộc quý 2/2019"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
}

// TestWholeProjectFollowUps: "cả DA thì bao nhiêu", "cả 3 năm cộng lại"
// after a project's money of one year is the project's money of every
// year, as the plain question gets it.
func TestWholeProjectFollowUps(t *testing.T) {
	ctx := context.Background()
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for i, tc := range []struct{ first, then, same string }{
		{"DA nâng cấp cổng TTĐT tỉnh năm 2017 được cấp bn", "cả 3 năm cộng lại?", "dự án nâng cấp cổng TTĐT tỉnh được cấp bao nhiêu"},
		{"Chuyên mục tư vấn hỗ trợ pháp lý, NQ22 năm 2019 cấp bao nhiêu", "cả DA thì bao nhiêu", "dự án tư vấn pháp lý được cấp bao nhiêu từ nguồn NQ22"},
	} {
		chat := ask.Chat{Platform: "test", ID: strings.Repeat("w", i+1)}
		if _, err := a.Converse(ctx, chat, tc.first); err != nil {
			t.Fatal(err)
		}
		ans, err := a.Converse(ctx, chat, tc.then)
		if err != nil {
			t.Fatal(err)
		}
		if want := body(answerText(t, a, tc.same)); body(ans.Text) != want {
			t.Errorf("%q after %q:\n%s\nwant what %q gets:\n%s", tc.then, tc.first, ans.Text, tc.same, want)
		}
	}
}
