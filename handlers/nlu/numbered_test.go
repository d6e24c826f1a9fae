package nlu

import (
	"slices"
	"strings"
	"testing"
)

func TestNumbered(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"1) Số hồ sơ nộp trực tuyến năm 2018; 2) tỷ lệ tương ứng", []string{"Số hồ sơ nộp trực tuyến năm 2018", "tỷ lệ tương ứng"}},
		{"1. DVC mức 3 2. DVC mức 4 3. tổng", []string{"DVC mức 3", "DVC mức 4", "tổng"}},
		{"a) Can Lộc quý 1, b) Thạch Hà quý 1", []string{"Can Lộc quý 1", "Thạch Hà quý 1"}},
		// One mark, marks out of order, a decimal and a quarter are no list.
		{"1) tỷ lệ năm 2018", nil},
		{"2) tỷ lệ 1) số hồ sơ", nil},
		{"tỷ lệ 4.92 và 13.25", nil},
		{"quý 1. Quý 2 thì sao", nil},
		{"1) 2) 3)", nil},
	} {
		if got := Numbered(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Numbered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAfterPremise(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"BC 47 nói DVC mức 4 cấp sở chỉ có ở STC, SCT, Sở GD&ĐT, vậy Sở Y tế báo cáo quý 1/2019 bao nhiêu DVC mức 4?",
			"Sở Y tế báo cáo quý 1/2019 bao nhiêu DVC mức 4", true},
		{"Báo cáo nêu tỷ lệ năm 2018 thấp. Vậy thì năm 2019 bao nhiêu", "năm 2019 bao nhiêu", true},
		// A premise that asks, or no "vậy", leaves the message whole.
		{"Can Lộc bao nhiêu, vậy Thạch Hà bao nhiêu", "", false},
		{"tỷ lệ năm 2018, năm 2019", "", false},
		{"vậy Can Lộc bao nhiêu", "", false},
	} {
		got, ok := AfterPremise(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("AfterPremise(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestAgainstReport(t *testing.T) {
	for _, c := range []struct {
		in, asked, against string
		ok                 bool
	}{
		{"Tổng DVC mức 3 các huyện tự báo cáo quý 1/2019 so với con số 1385 của BC 47?",
			"Tổng DVC mức 3 các huyện tự báo cáo quý 1/2019", "so với con số 1385 của BC 47?", true},
		{"Tổng DVC mức 4 các huyện quý 1/2019, đối chiếu với số 23 trong báo cáo số 47",
			"Tổng DVC mức 4 các huyện quý 1/2019", "đối chiếu với số 23 trong báo cáo số 47", true},
		{"tỷ lệ quý 1 so với mức 13,25% của 47/BC-STTTT", "tỷ lệ quý 1", "so với mức 13,25% của 47/BC-STTTT", true},
		// Set against another period, or a report named but not set against.
		{"tỷ lệ quý 2 so với quý 1", "", "", false},
		{"theo BC 47 tỷ lệ năm 2018 bao nhiêu", "", "", false},
	} {
		asked, against, ok := AgainstReport(c.in)
		if asked != c.asked || against != c.against || ok != c.ok {
			t.Errorf("AgainstReport(%q) = %q, %q, %v; want %q, %q, %v", c.in, asked, against, ok, c.asked, c.against, c.ok)
		}
	}
}

// FuzzNumbered: the items, premises and report parts are the message's
// own words, in order, none empty.
func FuzzNumbered(f *testing.F) {
	for _, s := range []string{"1) a; 2) b", "a. x b. y", "x, vậy y", "a so với số 1 của BC 47", "1)", "vậy", "so với BC",
		"năm 2018: - a; - b. c?", "x hỏi bao nhiêu tui không nhớ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rest := s
		for _, item := range Numbered(s) {
			at := strings.Index(rest, item)
			if item == "" || at < 0 {
				t.Fatalf("Numbered(%q): item %q empty or not in order", s, item)
			}
			rest = rest[at+len(item):]
		}
		if l := NumberedList(s); len(l.Items) > 0 && (!strings.HasPrefix(s, l.Lead) && l.Lead != strings.Trim(l.Lead, " ;,\n") || !strings.Contains(s, l.Tail)) {
			t.Fatalf("NumberedList(%q) = %q: lead or tail not the message's", s, l)
		}
		for _, cut := range []func(string) (string, bool){AfterToldAsk, TrimAskerTail} {
			if rest, ok := cut(s); ok && (rest == "" || !inOrder(strings.Fields(s), strings.Fields(rest))) {
				t.Fatalf("%q cut to %q: not a run of its words", s, rest)
			}
		}
		if after, ok := AfterPremise(s); ok && (strings.TrimSpace(after) == "" || len(after) >= len(s)) {
			t.Fatalf("AfterPremise(%q) = %q: empty or no shorter", s, after)
		}
		if asked, against, ok := AgainstReport(s); ok && (!strings.Contains(s, against) || !strings.HasPrefix(s, asked) || asked == "") {
			t.Fatalf("AgainstReport(%q) = %q, %q: not the message's own parts", s, asked, against)
		}
		if asked, ok := WithoutAskerAfter(s); ok && (!strings.HasPrefix(strings.TrimSpace(s), strings.TrimSuffix(asked, "?")) || len(asked) > len(s)) {
			t.Fatalf("WithoutAskerAfter(%q) = %q: not the message's first sentence", s, asked)
		}
	})
}

// inOrder: want is a run of got's words (a word may lose the marks around
// it).
func inOrder(got, want []string) bool {
	for i := range got {
		if i+len(want) <= len(got) && slices.EqualFunc(got[i:i+len(want)], want, func(a, b string) bool { return strings.Contains(a, b) }) {
			return true
		}
	}
	return false
}

func TestNumberedList(t *testing.T) {
	for _, c := range []struct {
		in   string
		want List
	}{
		{"Kính mong cho biết năm 2018: - số hồ sơ nộp trực tuyến; - tỷ lệ trên tổng số hồ sơ.",
			List{Lead: "Kính mong cho biết năm 2018:", Items: []string{"số hồ sơ nộp trực tuyến", "tỷ lệ trên tổng số hồ sơ."}}},
		{"cho biết: a) DVC mức 3 cấp tỉnh; b) cấp huyện; c) tổng toàn tỉnh. Cộng a với b có khớp c không ạ?",
			List{Lead: "cho biết:", Items: []string{"DVC mức 3 cấp tỉnh", "cấp huyện", "tổng toàn tỉnh"}, Tail: "Cộng a với b có khớp c không ạ?"}},
		// "TP." is an abbreviation, not a sentence's end; a dash between
		// numbers starts no item.
		{"a) Can Lộc quý 1; b) TP. Hà Tĩnh quý 1", List{Items: []string{"Can Lộc quý 1", "TP. Hà Tĩnh quý 1"}}},
		{"tỷ lệ 2018 - 2019 - 2020", List{}},
		// Marks in parentheses; a parenthesis that numbers nothing stays.
		{"Gom 3 câu: (1) PCI 2018 đứng thứ mấy (2) điểm minh bạch 2018 (3) sàn TMĐT. Cảm ơn bot",
			List{Lead: "Gom 3 câu:", Items: []string{"PCI 2018 đứng thứ mấy", "điểm minh bạch 2018", "sàn TMĐT"}, Tail: "Cảm ơn bot"}},
		{"DVC mức 3 (1.995) và mức 4 (30)", List{}},
	} {
		if got := NumberedList(c.in); got.Lead != c.want.Lead || got.Tail != c.want.Tail || !slices.Equal(got.Items, c.want.Items) {
			t.Errorf("NumberedList(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestToldInOneBreath(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"sáng ni đi họp về anh em hỏi tỉnh mình có bao nhiêu dịch vụ công mức 3 tui ú ớ không trả lời được", "tỉnh mình có bao nhiêu dịch vụ công mức 3", true},
		{"có nhắc nghị quyết 22 cho tui hỏi kinh phí đã bố trí là bao nhiêu", "kinh phí đã bố trí là bao nhiêu", true},
		{"hỏi lại giùm quý 2 tỷ lệ mấy mà tui không nhớ", "", false}, // "hỏi" first: nothing told before it
		// Without marks "hoi" may be "hội", "hồi": no cut.
		{"hoi nghi xa co bao nhieu dich vu", "", false},
		{"tỉnh có bao nhiêu dịch vụ công tui hỏi bao nhiêu lần rồi", "", false},
		// The "hỏi" that asks, not the last "hỏi lại"; "quan tâm", "biết".
		{"có chị hội phụ nữ hỏi tỉnh mình có bao nhiêu dịch vụ công mức 3 tui hứa về hỏi lại", "tỉnh mình có bao nhiêu dịch vụ công mức 3", true},
		{"xã tui có cậu kiêm luôn cntt nên tui quan tâm đào tạo cio lồng ghép được bao nhiêu tiền", "đào tạo cio lồng ghép được bao nhiêu tiền", true},
	} {
		if got, ok := AfterToldAsk(c.in); ok != c.ok || got != c.want {
			t.Errorf("AfterToldAsk(%q) = %q, %v, want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if got, ok := TrimAskerTail("quý 2 tỷ lệ mấy mà tui không nhớ"); !ok || got != "quý 2 tỷ lệ mấy" {
		t.Errorf("TrimAskerTail = %q, %v", got, ok)
	}
	for in, want := range map[string]bool{"khối các sở thì tỷ lệ mấy": true, "can lộc thì sao": true, "thị xã kỳ anh có mấy": false, "đồ thị tỷ lệ": false} {
		if got := PlaceAsTopic(Normalize(in).Tokens); got != want {
			t.Errorf("PlaceAsTopic(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestWithoutAskerAfter(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Quý 2 những huyện nào chưa nộp báo cáo vậy em? Chị thấy Cẩm Xuyên nhà chị hình như cũng chưa 😅",
			"Quý 2 những huyện nào chưa nộp báo cáo vậy em?", true},
		{"Năm nay tỉnh bố trí bao nhiêu tiền cho tập huấn vậy em? Chị muốn xin lồng ghép vài lớp cho hội viên :)",
			"Năm nay tỉnh bố trí bao nhiêu tiền cho tập huấn vậy em?", true},
		// A second question, or words that are no asker's, stay.
		{"Can Lộc quý 1 bao nhiêu? Còn Thạch Hà bao nhiêu?", "", false},
		{"Can Lộc quý 1 bao nhiêu? Thạch Hà thì sao", "", false},
		{"Chị thấy Cẩm Xuyên chưa nộp? Chị muốn biết", "", false},
	} {
		got, ok := WithoutAskerAfter(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("WithoutAskerAfter(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
