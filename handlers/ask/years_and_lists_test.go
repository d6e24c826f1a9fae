package ask_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestProjectYearsRanked: "năm nào DA … được cấp nhiều nhất" names the
// year whose appendix lines give the project most; "dự án nào được cấp
// nhiều nhất năm 2018" ranks by that year's lines, not the projects'
// whole money. Both are checked against the stored lines.
func TestProjectYearsRanked(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	projects, err := s.Projects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := s.FundingLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byYear := func(seq, year int) float64 {
		var sum float64
		for _, pr := range projects {
			for _, l := range lines {
				if pr.Seq == seq && l.ProjectID == pr.ID && l.Year.Valid && int(l.Year.Int64) == year {
					sum += l.Amount
				}
			}
		}
		return sum
	}
	// The portal's project (8): its best year.
	best := 0
	for y := 2015; y <= 2020; y++ {
		if byYear(8, y) > byYear(8, best) {
			best = y
		}
	}
	if got := answerText(t, a, "năm nào DA cổng tỉnh được cấp nhiều nhất, bn tiền"); !strings.Contains(got, fmt.Sprintf("vào năm %d: %s triệu đồng", best, formatCount(byYear(8, best)/1e6))) {
		t.Errorf("best year: %s\nwant %d", got, best)
	}
	// The project given most in 2018, by its 2018 lines.
	var top string
	var most float64
	for _, pr := range projects {
		if v := byYear(pr.Seq, 2018); v > most {
			top, most = pr.ShortName, v
		}
	}
	if got := answerText(t, a, "dự án nào được cấp nhiều nhất năm 2018"); !strings.Contains(got, "«"+top+"» "+formatCount(most/1e6)) {
		t.Errorf("top of 2018: %s\nwant «%s» %v", got, top, most)
	}
}

// TestMoneyOfProjectsListed: "đề xuất kinh phí bao nhiêu" or "dự án đó
// đề xuất bao nhiêu" after the projects not started is their proposal,
// not the programme's shortfall; asked in one message too.
func TestMoneyOfProjectsListed(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	projects, err := s.Projects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var proposed float64
	for _, pr := range projects {
		if pr.StatusGroup == "not_started" {
			proposed += pr.Proposed.Float64
		}
	}
	want := formatCount(proposed/1e6) + " triệu đồng"
	for i, turns := range [][]string{
		{"Mấy dự án theo NQ22 chưa thực hiện?", "đề xuất kinh phí bao nhiêu?"},
		{"Mấy dự án theo NQ22 chưa thực hiện?", "dự án đó đề xuất bao nhiêu"},
		{"Mấy dự án theo NQ22 chưa thực hiện, đề xuất kinh phí bao nhiêu?"},
	} {
		got := lastReply(t, a, ask.Chat{Platform: "test", ID: fmt.Sprint("listed", i)}, turns).Text
		if !strings.Contains(got, want) || strings.Contains(got, "còn thiếu") {
			t.Errorf("%q:\n%s\nwant %s", turns, got, want)
		}
	}
}

// TestWordsAroundWhatIsAsked: "tiếp nhận bao nhiêu hồ sơ trực tuyến"
// beside another figure is the online files; "thua" between two districts
// is a comparison, no commune "Sơn Thủy"; "Thưa cháu bên Trợ lý" addresses
// the bot.
func TestWordsAroundWhatIsAsked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	thua := "quy 2 huong son thua huong khe bao nhieu diem %"
	holdsReplies(t, a, []repliedAs{
		{"Kính gửi Trợ lý, quý 1/2019 huyện Can Lộc có bao nhiêu DVC mức 3 và tiếp nhận bao nhiêu hồ sơ trực tuyến ạ?", []string{"số hồ sơ nộp trực tuyến của huyện Can Lộc quý 1/2019"}},
		{thua, []string{"tỷ lệ hồ sơ trực tuyến quý 2/2019 của Hương Sơn kém Hương Khê bao nhiêu điểm"}},
		{"Thưa cháu bên Trợ lý, tôi xin phép hỏi tỷ lệ hồ sơ nộp trực tuyến của huyện Can Lộc là bao nhiêu ạ?", []string{"tỷ lệ hồ sơ nộp trực tuyến của huyện Can Lộc là bao nhiêu?"}},
	})
	if got := replyText(t, a, thua); strings.Contains(got, "Sơn Thủy") {
		t.Errorf("%q names the commune Sơn Thủy:\n%s", thua, got)
	}
}

// TestLeadersAndBudgetWords: a leader who needs the figure ("Anh chủ tịch
// cần số …") is no question about the leader, who stays out of scope;
// "NS" in capitals is "ngân sách" (budget); "NQ 22/2016" the resolution;
// "rà soát cổng với DA ấn phẩm" two projects, not "cộng với".
func TestLeadersAndBudgetWords(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Anh chủ tịch cần số DVC mức độ 3 và mức độ 4 đang có trên Cổng DVC tỉnh tính đến nay, cho em xin gấp ạ", []string{"số DVC mức độ 3 và mức độ 4 hiện nay"}},
		{"tổng NS tỉnh đã cấp theo NQ 22/2016 tính đến nay là bao nhiêu trđ", []string{"tổng kinh phí đã cấp theo NQ 22"}},
		{"DA làm phiên bản tiếng Anh cho cổng tỉnh tốn bn NS", []string{"dự án nâng cấp cổng TTĐT tỉnh và phiên bản tiếng Anh được cấp bao nhiêu"}},
	})
	// The two projects' total (the parts may come in either order).
	asked := "NS NQ22 cho DA rà soát cổng với DA ấn phẩm cộng lại bn"
	if got, want := replyText(t, a, asked), lastSentence(body(answerText(t, a, "kinh phí NQ22 của dự án rà soát cổng TTĐT và dự án ấn phẩm điện tử cộng lại"))); !strings.Contains(got, want) {
		t.Errorf("%q:\n%s\nwant %q", asked, got, want)
	}
	if ans, err := a.Answer(context.Background(), "Chủ tịch UBND tỉnh hiện nay là ai?"); err != nil || ans.Kind != ask.KindOutOfScope {
		t.Errorf("who the chairman is: %v %v", ans.Kind, err)
	}
}

// TestItemsAndTurns: items "(1) … (2) …" each asked on their own when an
// item has no figure of the item's period before it; "đứng thứ mấy về PCI
// và điểm … bao nhiêu" the rank stored and the score; "chiếm bn %" of a
// unit's own count its rate; "chậm gửi …, vậy … đã nộp rồi" those that
// did.
func TestItemsAndTurns(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Gom 3 câu của các bạn: (1) PCI 2018 đứng thứ mấy (2) điểm minh bạch 2018 (3) sàn TMĐT bao nhiêu DN thành viên. Cảm ơn bot, cảm ơn cả nhà",
			[]string{"thứ hạng PCI năm 2018", "điểm minh bạch năm 2018", "sàn TMĐT có bao nhiêu doanh nghiệp thành viên"}},
		{"Năm ngoái tỉnh ta đứng thứ mấy về PCI và điểm minh bạch được bao nhiêu ạ?", []string{"thứ hạng PCI năm 2018", "điểm minh bạch năm 2018"}},
		{"thanh pho ha tinh quy 2 ho so qua mang chiem bn %", []string{"tỷ lệ hồ sơ trực tuyến của thành phố Hà Tĩnh quý 2/2019"}},
		{"Tôi nghe báo cáo viên nói các sở còn chậm gửi báo cáo quý, vậy quý 2/2019 những sở nào đã nộp rồi ạ?", []string{"quý 2/2019 những sở nào đã nộp báo cáo"}},
	})
}

// TestPastedTables: a table pasted with "|" or tabs gets each cell to fill
// answered as its row and column ask it, a row of changes after two rows
// too; one cell whose question is asked back is asked back.
func TestPastedTables(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"STT | Cấp | DVC mức 3 | DVC mức 4 | 2 | UBND cấp huyện | ? | ?", []string{"số DVC mức 3 cấp huyện", "số DVC mức 4 cấp huyện"}},
		{"STT | Sở | Quý | HSTT | Tỷ lệ | 1 | Sở Tài chính | Q2/2019 | ? | ? | 2 | Sở TT&TT | Q2/2019 | ? | ?",
			[]string{"số hồ sơ trực tuyến của Sở Tài chính quý 2/2019", "tỷ lệ hồ sơ trực tuyến của Sở Tài chính quý 2/2019", "tỷ lệ hồ sơ trực tuyến của Sở TT&TT quý 2/2019"}},
		{"STT\tĐơn vị\tQ1/2019\tQ2/2019\t1\tHương Khê\t?\t? (tỷ lệ hồ sơ trực tuyến)", []string{"tỷ lệ hồ sơ trực tuyến Hương Khê quý 1/2019", "tỷ lệ hồ sơ trực tuyến Hương Khê quý 2/2019"}},
		{"TT | Địa phương | Kỳ | HSTT | 1 | TP Hà Tĩnh | Q1/2019 | ? | 2 | TP Hà Tĩnh | Q2/2019 | ? | 3 | Tăng/giảm | | ?",
			[]string{"số hồ sơ trực tuyến của TP Hà Tĩnh quý 2/2019 tăng bao nhiêu so với quý 1/2019"}},
		{"STT | Đơn vị | Tỷ lệ HSTT | 1 | Hồng Lĩnh | ?", []string{"tỷ lệ hồ sơ trực tuyến của Hồng Lĩnh"}},
	})
}

// TestFractionsChecked: "chiếm cỡ 1/3 tổng … phải không", "có quá nửa số
// … không" are the share, which tells whether; "hơn một nửa số xã đã được
// tập huấn" the rate.
func TestFractionsChecked(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"DVC mức 3 cấp tỉnh chiếm cỡ 1/3 tổng trên cổng tỉnh phải không?", "DVC mức 3 cấp tỉnh chiếm bao nhiêu % tổng DVC mức 3"},
		{"776 hồ sơ cấp xã có quá nửa số hồ sơ phát sinh tới 27/02/2019 không?", "hồ sơ cấp xã chiếm bao nhiêu phần trăm số hồ sơ phát sinh tới 27/02/2019"},
		{"Kiểm tra giúp tập huấn cấp xã đã được quá nửa chưa?", "tỷ lệ cấp xã được tập huấn"},
	} {
		if got, want := replyText(t, a, tc.asked), lastSentence(body(answerText(t, a, tc.same))); !strings.Contains(got, want) {
			t.Errorf("%q:\n%s\nwant %q", tc.asked, got, want)
		}
	}
}

// TestAskedInShorthand: "cứ 100 bộ hồ sơ có mấy bộ nộp online" is the
// rate; "cả nq22 vs lồng ghép" both sources; "BC 47 ghi … gần nhất" the
// latest figure, no ranking by "cao" of "báo cáo"; "… bn hs bn" two asks.
func TestAskedInShorthand(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"2018 thì cứ 100 bộ hồ sơ có mấy bộ nộp online ạ", []string{"tỷ lệ hồ sơ trực tuyến năm 2018"}},
		{"tổng tiền đã có cả nq22 vs lồng ghép là bn", []string{"tổng kinh phí cả NQ22 và lồng ghép là bao nhiêu"}},
		{"BC 47 ghi tỷ lệ trực tuyến gần nhất là bao nhiêu?", []string{"tỷ lệ hồ sơ trực tuyến mới nhất"}},
		{"5 thang dau nam nay ti le hs online bn hs bn", []string{"tỷ lệ hồ sơ trực tuyến 5 tháng đầu năm 2019", "số hồ sơ trực tuyến 5 tháng đầu năm 2019"}},
	})
}

// repliedAs is a question and the plain questions whose replies (without
// their sources) its reply must hold.
type repliedAs struct {
	asked string
	same  []string
}

// holdsReplies checks each case's reply against its plain questions',
// each of which must get a figure or ask back.
func holdsReplies(t *testing.T, a *ask.Answerer, cases []repliedAs) {
	t.Helper()
	for _, tc := range cases {
		got := replyText(t, a, tc.asked)
		for _, q := range tc.same {
			plain, err := a.Answer(context.Background(), q)
			if err != nil || !plain.Kind.CarriesFigure() && plain.Kind != ask.KindAsk {
				t.Fatalf("plain question %q: %v %v", q, plain.Kind, err)
			}
			if want := body(plain.Text); !strings.Contains(got, want) {
				t.Errorf("%q:\n%s\nwant %q", tc.asked, got, want)
			}
		}
	}
}
