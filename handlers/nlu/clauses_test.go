package nlu

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Sở Y tế quý 1 nhận bao nhiêu hồ sơ, trực tuyến mấy", []string{"Sở Y tế quý 1 nhận bao nhiêu hồ sơ", "trực tuyến mấy"}},
		{"kp còn thiếu bn; riêng phần mềm đề xuất bn?", []string{"kp còn thiếu bn", "riêng phần mềm đề xuất bn"}},
		// A figure asked along with another ("…, kèm …").
		{"DVC mức 4 cả tỉnh, kèm DVC mức 4 tăng thêm theo NQ22", []string{"DVC mức 4 cả tỉnh", "DVC mức 4 tăng thêm theo NQ22"}},
		{"Sếp hỏi DVC toàn tỉnh, kèm theo DVC mức 3 của mỗi xã", []string{"Sếp hỏi DVC toàn tỉnh", "DVC mức 3 của mỗi xã"}},
		// A piece that asks nothing belongs to the question next to it.
		{"Can Lộc, Thạch Hà quý 2 tỷ lệ bao nhiêu", nil},
		{"tỷ lệ bao nhiêu, quý 2?", nil},
		// A decimal comma and a list of kinds of units join.
		{"tỷ lệ 3,6% là của đơn vị nào", nil},
		{"tập huấn tại bao nhiêu xã, thị trấn và bao nhiêu người", nil},
		// "riêng …" after a question follows it up.
		{"kinh phí lồng ghép tổng bao nhiêu, riêng năm 2018?", []string{"kinh phí lồng ghép tổng bao nhiêu", "riêng năm 2018"}},
		{"", nil},
	} {
		if got := Clauses(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Clauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzClauses: the clauses are the message's own words, in order, each
// asking something or listing one more figure after a joining word.
func FuzzClauses(f *testing.F) {
	for _, s := range []string{"nhận bao nhiêu hồ sơ, trực tuyến mấy", "a,b;c?d", "3,6, mấy", ",,,", "bao nhiêu?bao nhiêu",
		"pci xếp hạng mấy với lại điểm bao nhiêu", "với lại với lại mấy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clauses(s)
		if len(got) == 1 {
			t.Fatalf("%q: one clause %q (want none or several)", s, got)
		}
		rest := s
		// listed: the clause, read with the words before it in the
		// message (a joining word a clause loses), lists one more figure
		// ("…, đồng thời số hồ sơ năm 2018").
		listed := make([]bool, len(got))
		for i, c := range got {
			first, _, _ := strings.Cut(c, ", ")
			at := strings.Index(rest, first)
			if at < 0 {
				t.Fatalf("%q: clause %q not in order in the message", s, c)
			}
			before := rest[:at]
			if k := strings.LastIndexAny(before, ",;?"); k >= 0 {
				before = before[k+1:]
			}
			listed[i] = i > 0 && joinsFigure(Normalize(before+" "+c).Tokens)
			rest = rest[at+len(first):]
		}
		for i, c := range got {
			// (A clause before one listed may ask nothing: "cho tôi số dịch
			// vụ công …, cùng với số hồ sơ …".)
			if toks := Normalize(c).Tokens; !Asks(toks) && !(i > 0 && len(toks) > 1 && toks[0] == "rieng") && !listed[i] && !(i+1 < len(got) && listed[i+1]) {
				t.Fatalf("%q: clause %q asks nothing (nor follows one up with \"riêng …\", nor lists a figure)", s, c)
			}
		}
		// Questions joined in speech: each side asks, in order.
		rest = s
		for _, side := range SpokenClauses(s) {
			if !Asks(Normalize(side).Tokens) {
				t.Fatalf("%q: spoken side %q asks nothing", s, side)
			}
			words := strings.Fields(side)
			if len(words) == 0 {
				t.Fatalf("%q: empty spoken side", s)
			}
			at := strings.Index(rest, words[0])
			if at < 0 {
				t.Fatalf("%q: spoken side %q not in order", s, side)
			}
			rest = rest[at+len(words[0]):]
		}
		// Two asks: two sides, the message's words in order, each ending
		// where an ask does or holding one.
		if sides := TwoAsks(s); sides != nil {
			if len(sides) != 2 || strings.Join(strings.Fields(sides[0]+" "+sides[1]), " ") != strings.Join(strings.Fields(s), " ") {
				t.Fatalf("%q: two asks %q are not its words", s, sides)
			}
		}
	})
}

func TestTwoAsks(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"5 thang dau nam nay ti le hs online bn hs bn", []string{"5 thang dau nam nay ti le hs online bn", "hs bn"}},
		{"2018 tong hs nop qua dvc muc 3 4 bn ty le bn", []string{"2018 tong hs nop qua dvc muc 3 4 bn", "ty le bn"}},
		{"Năm 2018 tỷ lệ bao nhiêu, số hồ sơ bao nhiêu ạ", []string{"Năm 2018 tỷ lệ bao nhiêu,", "số hồ sơ bao nhiêu ạ"}},
		// One ask, asks side by side, an ask in the middle only.
		{"tỷ lệ hồ sơ năm 2018 bao nhiêu", nil},
		{"bn bn", nil},
		{"mấy huyện có tỷ lệ trên 10% quý 2", nil},
	} {
		if got := TwoAsks(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzSplitAsked: the pieces asked and told are the message's own words,
// in order, none empty; the sides of "và" are the words around it.
func FuzzSplitAsked(f *testing.F) {
	for _, s := range []string{
		"Em là chủ tịch xã mới, xin hỏi hồi năm 2019 mỗi xã được cung cấp bao nhiêu DVC mức độ 3 ạ?",
		"Xã em giáp thành phố nên em quan tâm lắm. Thành phố Hà Tĩnh quý 2/2019 tỷ lệ hồ sơ trực tuyến là bao nhiêu ạ",
		"Trước khi lên xã em làm ở văn phòng UBND huyện nên muốn biết hồi đó có bao nhiêu DVC",
		"kinh phí đào tạo năm nay và tỉ lệ xã đã được tập huấn tới quý 1 là bao nhiêu", "và", " và và ", "a. b? c!", "4,92. 1.995",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if asked, told, ok := SplitAsked(s); ok {
			if len(asked) == 0 || len(told) == 0 {
				t.Fatalf("%q: asked %q told %q", s, asked, told)
			}
			for _, piece := range append(append([]string{}, told...), asked...) {
				if strings.TrimSpace(piece) == "" || !strings.Contains(s, piece) {
					t.Fatalf("%q: piece %q is not the message's", s, piece)
				}
			}
		}
		if sides := AndSides(s); sides != nil {
			if len(sides) != 2 || sides[0] == "" || sides[1] == "" {
				t.Fatalf("%q: sides %q", s, sides)
			}
			if got, want := sides[0]+" và "+sides[1], strings.Join(strings.Fields(s), " "); !strings.EqualFold(got, want) {
				t.Fatalf("%q: sides %q do not make the message", s, sides)
			}
		}
	})
}

func TestDropAsides(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Xin cho biết số DVC của khối UBND cấp huyện, cả mức 3 lẫn mức 4, để tôi đối chiếu với khối sở, ngành.", "Xin cho biết số DVC của khối UBND cấp huyện, cả mức 3 lẫn mức 4"},
		{"Quý 1/2019, huyện Kỳ Anh (không phải thị xã) tiếp nhận bao nhiêu hồ sơ?", "Quý 1/2019, huyện Kỳ Anh tiếp nhận bao nhiêu hồ sơ?"},
		{"ty le ho so can loc de em bao cao", "ty le ho so can loc"},
		{"Chỉ tiêu DVC mức 4 theo Nghị quyết về đẩy mạnh ứng dụng CNTT nhằm cải thiện chỉ số minh bạch là bao nhiêu?", "Chỉ tiêu DVC mức 4 theo Nghị quyết về là bao nhiêu?"},
		{"chỉ tiêu NQ22 về tỷ lệ cấp xã được tập huấn là bao nhiêu", "chỉ tiêu NQ22 về tỷ lệ cấp xã được tập huấn là bao nhiêu"},
		{"Kinh phí đã được bố trí theo NQ 22 là bao nhiêu ạ? Em đang tìm hiểu để biết xã có được hỗ trợ gì không", "Kinh phí đã được bố trí theo NQ 22 là bao nhiêu ạ?"},
		{"muốn biết để biết xã có bao nhiêu", "muốn biết để biết xã có bao nhiêu"},
		// What a forwarded message opens with; not "hội đồng".
		{"Fwd: năm 2018 có bao nhiêu hồ sơ", "năm 2018 có bao nhiêu hồ sơ"},
		{"Fwd từ a Quang: Hồng Lĩnh quý 2 có bao nhiêu hồ sơ online", "Hồng Lĩnh quý 2 có bao nhiêu hồ sơ online"},
		{"Anh Phong (phó chủ tịch) hỏi: kinh phí đã bố trí là bao nhiêu", "kinh phí đã bố trí là bao nhiêu"},
		{"anh hội đồng nhân dân có bao nhiêu", "anh hội đồng nhân dân có bao nhiêu"},
		// The units a total is of, after a rate or applications; not the
		// reports sent asked ("tỷ lệ đơn vị đã nộp", a list of them).
		{"Tỷ lệ chung quý 2/2019 của toàn bộ các đơn vị đã nộp báo cáo", "Tỷ lệ chung quý 2/2019"},
		{"tổng hồ sơ quý 1 của các đv đã gửi là bao nhiêu", "tổng hồ sơ quý 1 là bao nhiêu"},
		{"tỷ lệ đơn vị đã nộp báo cáo quý 2", "tỷ lệ đơn vị đã nộp báo cáo quý 2"},
		{"danh sách của các đơn vị đã nộp báo cáo quý 2", "danh sách của các đơn vị đã nộp báo cáo quý 2"},
		// Who was told, before what the question is about.
		{"Ban KT-NS được phản ánh huyện Đức Thọ quý 2/2019 tỷ lệ đi xuống", "huyện Đức Thọ quý 2/2019 tỷ lệ đi xuống"},
		{"số hồ sơ được phản ánh", "số hồ sơ được phản ánh"},
		// A plea's "với" at the end, not "so với".
		{"quý 1 các sở tiếp nhận tổng cộng bao nhiêu hồ sơ với ạ", "quý 1 các sở tiếp nhận tổng cộng bao nhiêu hồ sơ"},
		{"Can Lộc quý 2 so với ạ", "Can Lộc quý 2 so với ạ"},
		// Too early to be an aside; "để" of something else; no kind after
		// "không phải".
		{"để tôi hỏi tỷ lệ hồ sơ", "để tôi hỏi tỷ lệ hồ sơ"},
		{"kinh phí để thực hiện nghị quyết", "kinh phí để thực hiện nghị quyết"},
		{"có phải không phải số liệu quý 2", "có phải không phải số liệu quý 2"},
		// Two asides, the second first in the list; one inside another.
		{"huyện Kỳ Anh không phải thị xã theo nghị quyết về đẩy mạnh ứng dụng là bao nhiêu", "huyện Kỳ Anh theo nghị quyết về là bao nhiêu"},
		{"mục tiêu theo nghị quyết về chỉ số không phải huyện minh bạch là bao nhiêu", "mục tiêu theo nghị quyết về là bao nhiêu"},
		{"", ""},
	} {
		if got := DropAsides(c.in); got != c.want {
			t.Errorf("DropAsides(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzDropAsides: what is left is the message's own text, in order (its
// spaces aside), never longer.
func FuzzDropAsides(f *testing.F) {
	for _, s := range []string{"a b c để tôi so sánh", "huyện Kỳ Anh (không phải thị xã) bao nhiêu", "không phải huyện", "x y z đê\u0300 tôi", "a,b c để",
		"a không phải xã b nghị quyết về c d e là f", "nghị quyết về a không phải huyện b là c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := DropAsides(s)
		if !utf8.ValidString(s) {
			return
		}
		if !utf8.ValidString(got) || len(got) > len(s) {
			t.Fatalf("%q: %q", s, got)
		}
		rest := s
		for _, r := range got {
			if r == ' ' {
				continue
			}
			at := strings.IndexRune(rest, r)
			if at < 0 {
				t.Fatalf("%q: %q is not the message's text, in order", s, got)
			}
			rest = rest[at+utf8.RuneLen(r):]
		}
	})
}

func TestListedPieces(t *testing.T) {
	got := ListedPieces("Cho tôi hỏi tỷ lệ hồ sơ trực tuyến năm 2018, số hồ sơ trực tuyến 5 tháng đầu năm 2019 và kinh phí còn thiếu năm 2020")
	if len(got) != 3 || got[2] != "kinh phí còn thiếu năm 2020" {
		t.Errorf("three figures listed: got %q", got)
	}
	// One question's words parted by commas, clauses that ask, a
	// qualifier: no list.
	for _, m := range []string{
		"Tính cả nguồn NQ 22 và nguồn lồng ghép, chương trình tập huấn người dân, doanh nghiệp đã được cấp tổng cộng bao nhiêu?",
		"Tập huấn người dân, DN: đã cấp từ NQ22 bao nhiêu và đề xuất tiếp bao nhiêu?",
		"Tổng kinh phí đã có cho NQ22, gồm cả bố trí và lồng ghép",
		"đề xuất KP: DA3, DA4, DA6 tổng bn",
	} {
		if got := ListedPieces(m); got != nil {
			t.Errorf("ListedPieces(%q) = %q, want nil", m, got)
		}
	}
}
