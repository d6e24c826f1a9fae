package nlu

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTypedForms: a message typed all in capitals reads "DA" as "đã"
// unless a number follows (a project), words run together on a phone are
// apart, and a capital that starts no word ("QoQ") splits nothing.
func TestTypedForms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"DA IN BN TO ROI DVC", "da in bao nhieu to roi dich vu cong"},
		{"DA 3 DUOC CAP BN", "du an 3 duoc cap bao nhieu"},
		{"kinh phí DA 3", "kinh phi du an 3"},
		{"DA đưa vào vận hành", "du an dua vao van hanh"}, // not all capitals: as typed
		{"huyenKy Anh quy2 hstt", "huyen ky anh quy 2 hstt"},
		{"HàTĩnh", "ha tinh"},
		{"Growth QoQ", "tang so voi quy truoc"}, // ("growth" is read as "tăng", "QoQ" not split at its capital)
		{"HĐND TTĐT", "hoi dong nhan dan thong tin dien tu"},
		{"SOHOSO TRUCTUYEN QUY1 TYLE", "so ho so truc tuyen quy 1 ty le"},
		{"làm thủ tục trên mạng", "lam thu tuc truc tuyen"},
		{"trên mạng xã hội facebook", "tren mang xa hoi facebook"},
	} {
		if got := Normalize(c.in).Folded; got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestQuarterRanges: a spreadsheet's range of quarters is the quarters it
// spans; other colons stay.
func TestQuarterRanges(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(hstt Q1:Q2) 2019": "tong hstt q1 q2 2019",
		"q1:q3":                 "q1 q2 q3",
		"q2:q1":                 "q2:q1",
		"10:30 sáng":            "10:30 sang",
	} {
		if got := Normalize(in).Folded; got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSpokenProjectsAndYears: a project's number said in words after
// "dự án (số)", a year said by pairs with its tens ("hai không hai mươi"),
// a day said as a number before "tháng"; not "dự án làm …", "dự án một
// cửa".
func TestSpokenProjectsAndYears(t *testing.T) {
	for in, want := range map[string]string{
		"dự án số tám năm hai nghìn mười bảy được cấp bao nhiêu":       "du an so 8 nam 2017 duoc cap bao nhieu",
		"dự án mười tổng kinh phí được cấp":                            "du an 10 tong kinh phi duoc cap",
		"năm hai không hai mươi cần bố trí thêm bao nhiêu":             "nam 2020 can bo tri them bao nhieu",
		"tính tới ngày hai mươi bảy tháng hai năm hai nghìn mười chín": "tinh toi ngay 27 thang 2 nam 2019",
		"dự án làm phóng sự được cấp bao nhiêu":                        "du an lam phong su duoc cap bao nhieu",
		"dự án một cửa điện tử":                                        "du an mot cua dien tu",
		"số hồ sơ trực tuyến 5T2019":                                   "so ho so truc tuyen 5 thang dau nam 2019",
	} {
		if got := Normalize(in).Folded; got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutChatMarks: links and the bot's @name are dropped, hashtags
// read as words; an analyst's "@Q2" and a message with none are kept.
func TestWithoutChatMarks(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"@trolysolieu_bot xem https://dichvucong.hatinh.gov.vn/home có mấy DVC", "  xem   có mấy DVC", true},
		{"#CanLoc #Q2 tỷ lệ", " Can Loc  Q2 tỷ lệ", true},
		{"HK @Q2: hstt/hstong", "HK @Q2: hstt/hstong", false},
		{"tỷ lệ hồ sơ quý 2", "tỷ lệ hồ sơ quý 2", false},
	} {
		if got, ok := WithoutChatMarks(c.in); got != c.want || ok != c.ok {
			t.Errorf("WithoutChatMarks(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestPoliteEndsOfAsking: "nhỉ" and "rứa" close a question ("… nộp chưa
// nhỉ"); "thứ nhì" is a place.
func TestPoliteEndsOfAsking(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"nop quy 2 chua nhi", "nop quy 2 chua"},
		{"q2 nop chua rua", "q2 nop chua"},
		{"huyen nao dung thu nhi", "huyen nao dung thu nhi"},
	} {
		if got := strings.Join(WithoutPoliteEnd(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("WithoutPoliteEnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzWithoutChatMarks: reading a pasted message never panics, leaves no
// link and no hashtag's "#" before a word, and keeps valid text valid.
func FuzzWithoutChatMarks(f *testing.F) {
	for _, s := range []string{"@trolysolieu_bot quý 2 https://x.vn/a #sanTMDT", "#N/A", "HK @Q2", "www.", "#", "@bot", "##a", "https://#a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := WithoutChatMarks(s)
		if !ok && out != s {
			t.Fatalf("%q: changed to %q without saying so", s, out)
		}
		if strings.Contains(out, "http://") || strings.Contains(out, "https://") {
			t.Fatalf("%q: a link left in %q", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("%q: invalid text %q", s, out)
		}
	})
}
