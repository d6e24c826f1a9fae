package nlu

import "testing"

func TestCorrected(t *testing.T) {
	for _, tt := range []struct{ in, before, after string }{
		{"năm 2018 tỷ lệ hồ sơ nộp trực tuyến, à ko, số lượng hồ sơ thôi", "năm 2018 tỷ lệ hồ sơ nộp trực tuyến", "số lượng hồ sơ thôi"},
		{"chỉ số minh bạch năm 2018, í lộn năm 2017 đạt bao nhiêu điểm", "chỉ số minh bạch năm 2018", "năm 2017 đạt bao nhiêu điểm"},
		{"Kỳ Anh quý 2, ý a là thị xã Kỳ Anh, tỷ lệ hồ sơ trực tuyến", "Kỳ Anh quý 2", "thị xã Kỳ Anh, tỷ lệ hồ sơ trực tuyến"},
		{"Sở Tài chính quý 1 tỷ lệ, sửa lại: quý 2", "Sở Tài chính quý 1 tỷ lệ", "quý 2"},
		{"Hương Khê quý 1, à thôi hỏi Vũ Quang quý 1 tỷ lệ hs online", "Hương Khê quý 1", "Vũ Quang quý 1 tỷ lệ hs online"},
		{"PCI tỉnh năm 2017 hạng mấy, à lộn 2018", "PCI tỉnh năm 2017 hạng mấy", "2018"},
	} {
		before, after, ok := Corrected(tt.in)
		if !ok || before != tt.before || after != tt.after {
			t.Errorf("Corrected(%q) = %q, %q, %v; want %q, %q", tt.in, before, after, ok, tt.before, tt.after)
		}
	}
	for _, in := range []string{
		"tình hình lộn xộn ở Can Lộc quý 1 thế nào",
		"số hồ sơ nộp nhầm quý 2",
		"Can Lộc, Hương Khê quý 2 tỷ lệ",
		"ý kiến của Sở về DVC mức 4",
	} {
		if b, a, ok := Corrected(in); ok {
			t.Errorf("Corrected(%q) = %q, %q: no correction in it", in, b, a)
		}
	}
}

func FuzzCorrected(f *testing.F) {
	f.Add("năm 2018 tỷ lệ, à ko, số lượng thôi")
	f.Add("a, lộn")
	f.Add(", ý tôi là ,")
	f.Add("không, anh cần tổng số hồ sơ chứ không phải tỷ lệ")
	f.Add("sửa: ,")
	f.Fuzz(func(t *testing.T, s string) {
		before, after, ok := Corrected(s)
		if ok && (before == "" || after == "") {
			t.Fatalf("Corrected(%q) = %q, %q: an empty side", s, before, after)
		}
		if after, ok := CorrectsLast(s); ok && (after == "" || len(after) >= len(s)) {
			t.Fatalf("CorrectsLast(%q) = %q: nothing taken back", s, after)
		}
	})
}

func TestCorrectsLast(t *testing.T) {
	for _, tt := range []struct{ in, after string }{
		{"không, anh cần tổng số hồ sơ tiếp nhận chứ không phải tỷ lệ", "tổng số hồ sơ tiếp nhận"},
		{"sửa giúp anh: quý 2 mới đúng", "quý 2"},
		{"à nhầm, ý mình là quý 2", "quý 2"},
		{"không, ý anh là số hồ sơ, không cần tỷ lệ", "số hồ sơ"},
		{"à không, anh hỏi Hà Tĩnh mình, toàn tỉnh", "Hà Tĩnh mình, toàn tỉnh"},
	} {
		if after, ok := CorrectsLast(tt.in); !ok || after != tt.after {
			t.Errorf("CorrectsLast(%q) = %q, %v; want %q", tt.in, after, ok, tt.after)
		}
	}
	for _, in := range []string{"không có số liệu à?", "sửa số liệu quý 2 thế nào", "Can Lộc, Hương Khê quý 2 tỷ lệ", "ý kiến của Sở về DVC mức 4"} {
		if after, ok := CorrectsLast(in); ok {
			t.Errorf("CorrectsLast(%q) = %q: takes nothing back", in, after)
		}
	}
}

func TestWithoutSourceRef(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Theo BC 47, DVC mức 3 toàn tỉnh bao nhiêu", "DVC mức 3 toàn tỉnh bao nhiêu"},
		{"Theo báo cáo của Sở TT&TT thì năm 2018 có bao nhiêu hồ sơ nộp trực tuyến", "năm 2018 có bao nhiêu hồ sơ nộp trực tuyến"},
	} {
		if got, ok := WithoutSourceRef(tt.in); !ok || got != tt.want {
			t.Errorf("WithoutSourceRef(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	// Another unit's report is its quarterly one: its figures are asked.
	for _, in := range []string{"Theo báo cáo của Sở Tài chính thì quý 2 có bao nhiêu hồ sơ", "theo Can Lộc, tỷ lệ bao nhiêu"} {
		if got, ok := WithoutSourceRef(in); ok {
			t.Errorf("WithoutSourceRef(%q) = %q: no report named", in, got)
		}
	}
}

func FuzzWithoutSourceRef(f *testing.F) {
	f.Add("Theo báo cáo của Sở TT&TT thì năm 2018")
	f.Add("theo bc 47, x")
	f.Fuzz(func(t *testing.T, s string) {
		if rest, ok := WithoutSourceRef(s); ok && (rest == "" || len(rest) >= len(s)) {
			t.Fatalf("WithoutSourceRef(%q) = %q", s, rest)
		}
	})
}
