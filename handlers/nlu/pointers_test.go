package nlu

import (
	"slices"
	"strings"
	"testing"
)

// TestPointersAndForms: words that point back at what the chat asked,
// words that ask for a chart, and pieces that only apologise.
func TestPointersAndForms(t *testing.T) {
	for _, tc := range []struct {
		q             string
		cue, chart    bool
		figure, whole bool
	}{
		{q: "Xin đồng chí cho biết thêm tỷ lệ tương ứng trên tổng số hồ sơ ạ.", cue: true},
		{q: "Trong quý II ấy có bao nhiêu hồ sơ nộp trực tuyến ạ?", cue: true},
		{q: "Con số đó ít hơn kinh phí đã bố trí bao nhiêu triệu đồng ạ?", cue: true, figure: true},
		{q: "Trên tổng số hồ sơ tiếp nhận của quý đó thì tỷ lệ là bao nhiêu?", cue: true},
		{q: "Sang quý 2 thì sao", cue: true},
		{q: "và tổng cả giai đoạn là bao nhiêu ạ?", whole: true},
		{q: "vẽ đồ thị tỷ lệ hồ sơ trực tuyến các huyện", chart: true},
		{q: "đồ thị hồ sơ trực tuyến quý 1 và quý 2", chart: true},
		{q: "tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019"},
		{q: "triệu đồng chi cho đào tạo năm 2019"},
	} {
		toks := Normalize(tc.q).Tokens
		fu := ReadFollowUp(toks)
		if fu.Cue != tc.cue || fu.Chart != tc.chart || PointsAtFigure(toks) != tc.figure || WholeSpan(toks) != tc.whole {
			t.Errorf("%q: cue %v chart %v figure %v whole %v, want %v %v %v %v", tc.q, fu.Cue, fu.Chart, PointsAtFigure(toks), WholeSpan(toks),
				tc.cue, tc.chart, tc.figure, tc.whole)
		}
	}
	if got := WithoutChartWords(Normalize("của quý đó thì tỷ lệ")).Tokens; !slices.Contains(got, "do") {
		t.Errorf("'quý đó thì' lost its words as chart words: %v", got)
	}
	for _, tc := range []struct{ in, want string }{
		{"Xin lỗi đồng chí, tôi bấm nhầm. Kính hỏi số lượt đăng nhập trên Sàn ạ.", "Kính hỏi số lượt đăng nhập trên Sàn ạ"},
		{"Em gõ nhầm, ý em là năm 2018 ạ.", ""},
		{"Sorry. tỷ lệ hồ sơ trực tuyến quý 2", "tỷ lệ hồ sơ trực tuyến quý 2"},
	} {
		got, ok := WithoutApology(tc.in)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("WithoutApology(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"đã phát sinh bao nhiêu hồ sơ DVC mức 3, mức 4; trong đó hồ sơ cấp xã là bao nhiêu?",
			[]string{"đã phát sinh bao nhiêu hồ sơ DVC mức 3, mức 4", "trong đó hồ sơ cấp xã là bao nhiêu"}},
		{"Sở Tài chính có bao nhiêu hồ sơ trực tuyến, chiếm bao nhiêu phần trăm toàn tỉnh?", nil},
	} {
		if got := Clauses(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Clauses(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := Normalize("Sở Tài chính nhận 96 hồ sơ trực tuyến trên tổng số bao nhiêu hồ sơ").Folded; !strings.HasSuffix(got, "tren tong so ho so") {
		t.Errorf("the whole asked inside its name: %q", got)
	}
	if got := Normalize("trên tổng số bao nhiêu hồ sơ").Folded; got != "tong so bao nhieu ho so" {
		t.Errorf("the whole asked, opening a follow-up: %q", got)
	}
	if got := Normalize("quy 2 hắn bao nhiêu, chậm so với hạn bao nhiêu ngày").Folded; got != "quy 2 bao nhieu cham so voi han bao nhieu ngay" {
		t.Errorf("hắn and hạn: %q", got)
	}
	if !BareAgency("Tỷ lệ trên tổng số hồ sơ Sở tiếp nhận?") || BareAgency("Sở Tài chính nhận bao nhiêu") || BareAgency("các sở nhận bao nhiêu") || BareAgency("sở nào nhiều nhất") {
		t.Error("BareAgency: a lone 'Sở' only")
	}
}

// FuzzWithoutApology: dropping the apology never panics and keeps only
// words of the message, fewer of them.
func FuzzWithoutApology(f *testing.F) {
	for _, seed := range []string{"Xin lỗi, tôi bấm nhầm. Kính hỏi DVC mức 3", "sorry.", ". . xin loi", "Em gõ nhầm, ý em là 2018", "xin lỗi\u200b. a"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rest, ok := WithoutApology(s)
		if !ok {
			return
		}
		// (Its pieces are joined with ", " where the message had a mark.)
		pieces := strings.Split(rest, ", ")
		if len(strings.Join(pieces, "")) >= len(s) {
			t.Errorf("WithoutApology(%q) = %q: nothing dropped", s, rest)
		}
		for _, piece := range pieces {
			if !strings.Contains(s, piece) {
				t.Errorf("WithoutApology(%q) = %q: %q is not the message's", s, rest, piece)
			}
		}
	})
}

// TestPointersAtTheUnit: "ở đó", "huyện đấy", "cái huyện đứng cuối đó",
// "đơn vị cao hơn ấy" point at the unit the chat named before; "mức độ",
// "đồ thị", "ở trên cổng" do not.
func TestPointersAtTheUnit(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"DVC mức 4 ở đó quý 2 có mấy cái", true},
		{"có mấy DVC mức 3 ở đấy", true},
		{"số hồ sơ trực tuyến quý 2 của huyện đấy", true},
		{"cái huyện đứng cuối đó sang quý 2 lên được bao nhiêu", true},
		{"đơn vị cao hơn ấy quý 1 có bao nhiêu DVC mức 3", true},
		{"huyện vừa nói ấy có mấy DVC", true},
		{"dịch vụ công mức độ 3 của Can Lộc", false},
		{"vẽ đồ thị tỷ lệ hồ sơ trực tuyến các huyện", false},
		{"huyện nào cao nhất quý 1", false},
		{"còn nợ bao nhiêu ở dự án 5", false},
	} {
		if got := ReadFollowUp(Normalize(tc.q).Tokens).Those; got != tc.want {
			t.Errorf("%q: points at the unit %v, want %v", tc.q, got, tc.want)
		}
	}
}
