package ask_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestReportQuotes: "báo cáo nói gì về …" quotes up to three stored
// sentences that match, each with its source, on both databases.
func TestReportQuotes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		a := newAnswerer(t, demoStore(t, d))
		for q, word := range map[string]string{
			"báo cáo nói gì về tập huấn doanh nghiệp":      "doanh nghiệp",
			"bao cao noi gi ve san thuong mai dien tu":     "Sàn giao dịch",
			"Báo cáo viết gì về hồ sơ trực tuyến năm 2018": "hồ sơ",
			"báo cáo nói gì về dịch vụ công":               "DVC",
		} {
			ans, err := a.Answer(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(ans.Text, "\n")
			if ans.Kind != ask.KindInfo || ans.Path != "search" || len(lines) < 2 || len(lines) > 4 {
				t.Fatalf("%q: %s %s %q", q, ans.Kind, ans.Path, ans.Text)
			}
			if !strings.Contains(ans.Text, word) {
				t.Errorf("%q: no sentence about %q: %s", q, word, ans.Text)
			}
			for _, l := range lines[1:] {
				if !strings.Contains(l, "«") || !strings.Contains(l, "Nguồn: Báo cáo 47/BC-STTTT") {
					t.Errorf("%q: a quote without its source: %q", q, l)
				}
			}
		}
		ans, err := a.Answer(context.Background(), "báo cáo nói gì về tàu vũ trụ")
		if err != nil || ans.Kind == ask.KindInfo || ans.Kind.CarriesFigure() {
			t.Fatalf("nothing stored about it: %s %q %v", ans.Kind, ans.Text, err)
		}
	})
}

// TestReportQuotesPassages: what the report says beyond its figures is
// quoted from its stored text, and a figure's sentence and the passage
// that holds it are quoted once, as the whole sentence; on both databases.
func TestReportQuotesPassages(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		a := newAnswerer(t, demoStore(t, d))
		for q, want := range map[string]string{
			"báo cáo nói gì về cơ sở dữ liệu dùng chung":             "CSDL dùng chung còn thiếu",
			"báo cáo nói gì về kiến trúc chính quyền điện tử":        "phê duyệt Kiến trúc Chính quyền điện tử tỉnh Hà Tĩnh phiên bản 1.0",
			"báo cáo nói gì về hồ sơ quá hạn":                        "không có hồ sơ quá hạn",
			"báo cáo nói gì về hồ sơ nộp trực tuyến năm 2018":        "- Năm 2018, tổng hồ sơ thủ tục hành chính nộp qua các DVC mức độ 3, mức độ 4 là 1952, đạt tỉ lệ 4,92%.",
			"báo cáo nói gì về sản phẩm trên sàn thương mại điện tử": "200 sản phẩm/502 sản phẩm hiện có",
		} {
			ans, err := a.Answer(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Kind != ask.KindInfo || !strings.Contains(ans.Text, want) {
				t.Errorf("%q: %s %q, want a quote with %q", q, ans.Kind, ans.Text, want)
			}
			var quoted []string
			for _, l := range strings.Split(ans.Text, "\n")[1:] {
				text, _, _ := strings.Cut(l[strings.Index(l, "«")+len("«"):], "»")
				for _, other := range quoted {
					if strings.Contains(other, text) || strings.Contains(text, other) {
						t.Errorf("%q: %q quoted twice:\n%s", q, text, ans.Text)
					}
				}
				quoted = append(quoted, text)
			}
		}
	})
}

// TestSuggestionsAnswerTheirQuestion: a question neither the rules nor a
// model understand, but whose words stored sentences share, gets up to
// three questions as options; choosing each answers it with a figure.
func TestSuggestionsAnswerTheirQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	ctx := context.Background()
	for i, q := range []string{
		"em muốn xem mấy cái clip hướng dẫn trên phây búc với du túp",
		"tập huấn kỹ năng cho bà con được mấy đợt rồi",
		"mấy ý kiến bà con phản hồi về phần mềm một cửa",
	} {
		chat := ask.Chat{Platform: "test", ID: fmt.Sprint("suggest-", i)}
		ans, err := a.Converse(ctx, chat, q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Path != "search" || ans.Kind.CarriesFigure() || len(ans.Options) == 0 || len(ans.Options) > 3 {
			t.Fatalf("%q: path %s kind %s options %v: %s", q, ans.Path, ans.Kind, ans.Options, ans.Text)
		}
		for _, o := range ans.Options {
			if _, err := a.Converse(ctx, chat, q); err != nil {
				t.Fatal(err)
			}
			chosen, err := a.Converse(ctx, chat, o.Label)
			if err != nil {
				t.Fatal(err)
			}
			if chosen.Kind != ask.KindFigure {
				t.Errorf("%q: option %q answered %s: %s", q, o.Label, chosen.Kind, chosen.Text)
			}
		}
	}
}

// TestSearchFollowsTheData: a figure, or a source's text, recorded after
// start-up is found once the catalog reloads (as serve does every minute),
// with no restart.
func TestSearchFollowsTheData(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, queries.SQLite)
	b := handlertest.Wire(t, s, corpusRef, handlers.RouterConfig{})
	q := "báo cáo nói gì về lễ phát động"
	if ans, _ := b.Jobs.Ask.Answer(ctx, q); ans.Kind == ask.KindInfo {
		t.Fatalf("found before it was stored: %s", ans.Text)
	}
	ind := b.Catalog.Get().Indicators["leaflets"]
	src, err := s.UpsertSource(ctx, queries.Source{Code: "12/BC-STTTT", Title: "Báo cáo tháng 6", Issuer: "Sở TT&TT", IssuedOn: "2019-07-01"})
	if err != nil {
		t.Fatal(err)
	}
	prov, err := s.UnitByCode(ctx, "42")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordValue(ctx, queries.NewValue{IndicatorID: ind.ID, UnitID: prov.ID, PeriodKind: "asof", PeriodEnd: "2019-06-30",
		PeriodLabel: "đến ngày 30/06/2019", Value: 12000, SourceID: src, SourceRef: "in thêm tờ rơi cho lễ phát động phong trào"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := b.Catalog.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	ans, err := b.Jobs.Ask.Answer(ctx, q)
	if err != nil || ans.Kind != ask.KindInfo || !strings.Contains(ans.Text, "lễ phát động phong trào") {
		t.Fatalf("not found after the reload: %s %q %v", ans.Kind, ans.Text, err)
	}
	// A source's text stored, then corrected (as many passages as before):
	// each found once the catalog reloads.
	q = "báo cáo nói gì về cuộc thi ý tưởng"
	for _, text := range []string{"Sở tổ chức cuộc thi ý tưởng chuyển đổi số cho thanh niên.", "Sở tổ chức cuộc thi ý tưởng chuyển đổi số cho học sinh."} {
		if err := s.ReplaceSourcePassages(ctx, src, []queries.Passage{{Seq: 1, Text: "Báo cáo tháng 6."}, {Seq: 2, Text: text}}); err != nil {
			t.Fatal(err)
		}
		if err := b.Catalog.Reload(ctx); err != nil {
			t.Fatal(err)
		}
		ans, err := b.Jobs.Ask.Answer(ctx, q)
		if err != nil || ans.Kind != ask.KindInfo || !strings.Contains(ans.Text, text) || !strings.Contains(ans.Text, "Nguồn: Báo cáo 12/BC-STTTT ngày 01/07/2019") {
			t.Fatalf("passage %q not found after the reload: %s %q %v", text, ans.Kind, ans.Text, err)
		}
	}
}

// TestWhyAndHowQuoteTheReport: a why, how or what question with no number
// asked gets the report's words, never a figure; asked with a number, or
// of progress or a project's status, the figure.
func TestWhyAndHowQuoteTheReport(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	ctx := context.Background()
	for _, c := range []struct {
		q, want string
		figure  bool
	}{
		{"bà con phản hồi về phần mềm một cửa thế nào", "phần mềm một cửa điện tử đồng bộ", false},
		// Asked why, the whole list under "Nguyên nhân:".
		{"vì sao người dân ngại nộp hồ sơ trực tuyến", "ngại trong việc quét tài liệu", false},
		// A copy of the sentence that says something; "về việc gì"; who.
		{"trích giúp e câu BC nói Sở phải đôn đốc hàng tháng mới lấy được số liệu", "Sở đơn đốc để lấy số liệu", false},
		{"CT 08/CT-UBND ban hành về việc gì", "tăng cường hiệu quả khai thác", false},
		{"Ai có trách nhiệm cập nhật thủ tục hành chính lên Cổng thông tin dịch vụ công của tỉnh?", "Văn phòng Đoàn ĐBQH", false},
		// A figure "trên cổng" is where it is, not a count of portals; a
		// project's state asked is its line.
		{"check giúp tổng số dvc mức 4 đang chạy trên portal tỉnh", "30 dịch vụ", true},
		{"Dự án nâng cấp sàn TMĐT hiện đang ở tình trạng gì?", "chuẩn bị thực hiện", true},
		// The report's issuer named: its words tell no sentence apart.
		{"Sở TTTT kiến nghị gì ở cuối BC", "Ưu tiên bố trí kinh phí", false},
		// Dialect "răng" opening a question asks why.
		{"Răng tiêu chí độ mở trang web của tỉnh lại giảm ạ", "tiến hành nâng cấp", false},
		{"Dự án phần mềm trích lọc hiện trạng thế nào?", "chưa thực hiện", true},
		{"tỷ lệ hồ sơ trực tuyến năm 2018 thế nào", "4,92", true},
		// Not read by the rules, no number asked: the report's words.
		{"CSDL dùng chung đang gặp vấn đề gì", "CSDL dùng chung còn thiếu", false},
		// A figure read but none stored, asked what: the report's words.
		{"VB chỉ đạo điều hành đăng trên cổng TTĐT các đv có kịp thời ko", "thiếu kịp thời ở hầu hết", false},
		// A yes-or-no question whose figure would be asked back by its
		// period: the report's judgement.
		{"nộp hs online với người dân có còn lạ ko", "vẫn đang là một hình thức mới mẻ", false},
		// Asked why a criterion fell: the passage with its reason.
		{"vì sao tiêu chí tiếp cận tài liệu quy hoạch giảm điểm", "thiếu kịp thời ở các cấp", false},
		// A purpose, what was done, dialect "cái chi", criticism: the
		// report's words, though a project or a figure is named beside.
		{"Cổng thông tin điện tử tỉnh được nâng cấp năm 2018 nhằm mục đích gì?", "nâng cấp", false},
		{"dan voi doanh nghiep ngai cai chi khi dung dvc", "quét tài liệu", false},
		{"Báo cáo phê bình khối nào về công tác tuyên truyền dịch vụ công trực tuyến?", "tuyên truyền", false},
		{"Trích giúp câu đánh giá chung về PCI năm 2018 của tỉnh", "PCI", false},
		{"sở kiến nghị những gì với tỉnh", "Ưu tiên bố trí kinh phí", false},
		// Asked why, the sentence that gives a reason; "server" is the
		// report's "máy chủ".
		{"Do đâu mà số dịch vụ công mức độ 4 triển khai thêm còn thấp hơn chỉ tiêu Nghị quyết 22 đặt ra?", "là do các cơ quan nhà nước", false},
		{"he thong server cong ttdt chay on dinh k", "máy chủ hoạt động thông suốt", false},
		// A count the report tells, asked as what it records: the figure,
		// with its words.
		{"Trong phần đánh giá về cung cấp dịch vụ công trực tuyến, báo cáo ghi nhận Hà Tĩnh đã đưa vào vận hành bao nhiêu DVCTT mức độ 3 của 750 thủ tục hành chính cấp tỉnh, cấp huyện?", "1.967 dịch vụ", true},
		// Which places, where nothing is stored of the year: the report's words.
		{"Năm 2017 các lớp tập huấn được tổ chức ở những địa phương nào?", "Đức Thọ", false},
		// "kết nối" is no "nói"; "có gì mới" ties "có" to nothing; asked
		// why some rose, the sentence of those that rose, not of those
		// that fell.
		{"Hệ thống một cửa điện tử được kết nối ra sao?", "kết nối liên thông toàn tỉnh", false},
		{"năm 2018 cổng thông tin điện tử tỉnh có gì mới", "phiên bản mới", false},
		{"Vì sao 3 tiêu chí PCI lại tăng điểm?", "Kế hoạch số 498", false},
		// How the report puts it ("ghi thế mô"); which directive, not a
		// change ("tăng cường"); what caused a fall; what was recommended.
		{"Tỉnh đã xây dựng phần mềm riêng để chấm điểm minh bạch thông tin chưa, trong báo cáo ghi thế mô ạ?", "Mặc dù chưa triển khai", false},
		{"Chỉ thị nào về tăng cường hiệu quả khai thác DVC mức 3, mức 4 vậy ad?", "Chỉ thị số 08/CT-UBND", false},
		{"Điều gì khiến tiêu chí độ mở trang web và tỷ lệ doanh nghiệp truy cập website của tỉnh bị giảm?", "tiến hành nâng cấp", false},
		{"Sở TT&TT kiến nghị chi về kinh phí", "Ưu tiên bố trí kinh phí", false},
		{"Sở TT&TT lập trang gì trên mạng xã hội để tuyên truyền ạ", "facebook", false},
		// A number asked that nothing stores: no quote stands for it.
		{"tập huấn kỹ năng cho bà con được mấy đợt rồi", "", false},
	} {
		ans, err := a.Answer(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" {
			if ans.Kind == ask.KindInfo || ans.Kind.CarriesFigure() {
				t.Errorf("%q: kind %s, want neither quotes nor a figure: %s", c.q, ans.Kind, ans.Text)
			}
			continue
		}
		if ans.Kind.CarriesFigure() != c.figure || !strings.Contains(strings.ToLower(ans.Text), strings.ToLower(c.want)) {
			t.Errorf("%q: kind %s, want a figure %v with %q: %s", c.q, ans.Kind, c.figure, c.want, ans.Text)
		}
	}
}
