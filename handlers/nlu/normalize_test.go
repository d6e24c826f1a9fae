package nlu

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

type normalizeCase struct {
	name string
	in   string
	want string // Folded
}

// normalizeCases is TestNormalize's table, also FuzzNormalize's seeds.
func normalizeCases() []normalizeCase {
	return []normalizeCase{
		// Diacritics and case.
		{"tones and vowel marks", "Tỉnh Hà Tĩnh có bao nhiêu thủ tục", "tinh ha tinh co bao nhieu thu tuc"},
		{"horn and breve", "ƯỚC TÍNH ƠN ĂN ÂN", "uoc tinh on an an"},
		{"đ lower", "đơn vị được giao", "don vi duoc giao"},
		{"Đ upper", "ĐỨC THỌ", "duc tho"},
		{"eth typed for Đ", "ÐỨC THỌ", "duc tho"},
		{"NFD input", "Tha\u0300nh pho\u0302\u0301 Ha\u0300 Ti\u0303nh", "thanh pho ha tinh"},
		{"ascii only", "So DVC muc 3 cua TP Ha Tinh", "so dich vu cong muc 3 cua thanh pho ha tinh"},
		{"whitespace", "  dịch\tvụ \n\u00a0 công  ", "dich vu cong"},
		{"empty", "", ""},
		// Money typed joined to its number; "mìn" for "mình"; English.
		{"money joined", "được 700tr, 4.652trđ và 1,5tỷ", "duoc 700 trieu 4.652 trieu dong va 1,5 ty"},
		{"not money", "tr2 700 trieu 2019tr5", "tr2 700 trieu 2019tr5"},
		{"mìn is mình", "tỉnh mìn có bao nhiêu", "tinh minh co bao nhieu"},
		{"adviser's English", "how many DVC, funding gap, latest quarter", "bao nhieu dich vu cong kinh phi con thieu quy moi nhat"},
		{"only spaces", " \t\n ", ""},
		// An IT officer's words.
		{"levels as lv", "dvc lv3 va lv 4", "dich vu cong muc 3 va muc 4"},
		{"online", "hs nop online", "ho so nop truc tuyen"},
		{"versus", "tang bn so vs 2017, ntn", "tang bao nhieu so voi 2017 nhu the nao"},
		{"hcc", "trung tam hcc", "trung tam hanh chinh cong"},
		// Southern speech, told by its marks from "Hồng" and "nhiều".
		{"southern not", "quý 1 huyện nào hổng nộp, Hồng Lĩnh hông", "quy 1 huyen nao khong nop hong linh khong"},
		{"southern how many", "hồ sơ nhiêu cái, tỷ lệ bao nhiêu, nhiều", "ho so bao nhieu cai ty le bao nhieu nhieu"},
		{"southern so", "dzậy còn bển Hương Khê, tăng bi nhiêu zậy", "vay con ben huong khe tang bao nhieu vay"},
		{"southern four", "còn mức tư? quý tư, Sở Tư pháp, chuyên mục tư vấn, mức từ 10", "con muc 4 quy 4 so tu phap chuyen muc tu van muc tu 10"},
		{"southern look", "quý 1 coi sao", "quy 1 thi sao"},
		{"plural may after ve", "báo cáo đánh giá thế nào về mấy sở ban ngành, mấy sở đã nộp", "bao cao danh gia the nao ve cac so ban nganh may so da nop"},
		{"last two quarters", "Thạch Hà hai quý gần đây, 2 quý vừa qua", "thach ha quy truoc va quy truoc nua quy truoc va quy truoc nua"},
		{"finance words", "dự toán 2019 quy ra triệu, bố trí mấy tỷ, mấy tỷ lẻ mấy trăm triệu, tỷ lệ mấy", "kinh phi 2019 bo tri may tien may tien may tram trieu ty le may"},
		{"section reference", "Điểm minh bạch năm 2017 ghi trong ngoặc ở mục I.1 là bao nhiêu", "diem minh bach nam 2017 ghi la bao nhieu"},
		{"section and paragraph", "duy trì ở bao nhiêu đơn vị (đoạn cuối mục II.3)?", "duy tri o bao nhieu don vi"},
		{"subsection letter", "Tiểu mục c kinh phí, phần B", "kinh phi"},
		{"level and appendix row stay", "DVC mức 3, mục 13 phụ lục, mục tiêu, chuyên mục", "dich vu cong muc 3 muc 13 phu luc muc tieu chuyen muc"},
		// Telex joined to a number, "trc", "bao nhiu", a last "răng" (Nghệ-Tĩnh "sao").
		{"telex numbered", "quys1 và mwcs3 dvc3", "quy 1 va muc 3 dich vu cong muc 3"},
		{"short forms", "quý trc bao nhiu, 1 cửa", "quy truoc bao nhieu mot cua"},
		{"trailing rang", "đức thọ răng", "duc tho thi sao"},
		{"bright spot", "Can Lộc là điểm sáng", "can loc la noi bat"},
		{"blanks and last", "năm rồi đạt ___%, quý rồi", "nam ngoai dat bao nhieu % quy truoc"},
		{"rang after vi", "vì răng", "vi sao"},
		{"rang after saying", "báo cáo ghi răng", "bao cao ghi sao"},
		// Southern plural "mấy" framed by "nào" or "chuyện"; "mấy" that counts stays.
		{"plural may", "mấy sản phẩm nào, chuyện mấy đơn vị, mấy huyện, mấy nào", "cac san pham nao chuyen cac don vi may huyen may nao"},
		// "dv" that sends reports is a unit, not a service.
		{"unit that reports", "tong so dv phai nop bao cao quy dvc", "tong so don vi phai nop bao cao quy dich vu cong"},
		// A project by its number, typed as one word.
		{"project number joined", "DA10 và da1", "du an 10 va du an 1"},
		// Numbers said, as speech-to-text writes them.
		{"spoken quarter and year", "quý hai năm hai không mười chín", "quy 2 nam 2019"},
		{"spoken level", "dịch vụ công mức độ ba, mứt bốn", "dich vu cong muc 3 muc 4"},
		{"spoken level before năm, làm", "mức bốn năm 2019, mức ba làm thêm", "muc 4 nam 2019 muc 3 lam them"},
		{"spoken year with thousands", "năm hai nghìn mười tám", "nam 2018"},
		{"spoken year alone", "năm tháng đầu hai không một chín", "nam thang dau 2019"},
		{"spoken year, then a count", "năm hai không mười chín hai huyện", "nam 2019 hai huyen"},
		{"spoken year that is none", "năm chín chín chín chín chín", "nam 99999"},
		{"spoken thousands with tens", "năm chín mươi chín nghìn chín trăm chín mươi chín", "nam 99999"},
		{"voice heard huyện as quyền", "cấp quyền có bao nhiêu", "cap huyen co bao nhieu"},
		{"spoken hundreds", "bảy trăm năm mươi thủ tục", "750 thu tuc"},
		{"spoken resolution", "nghị quyết hai hai", "nghi quyet 22"},
		{"spoken month and day", "đến hai bảy tháng hai", "den 27 thang 2"},
		{"no number: both", "cả hai mức", "ca hai muc"},
		{"no number: legal advice", "chuyên mục tư vấn", "chuyen muc tu van"},
		{"no number: next month", "tháng sau", "thang sau"},
		{"other scripts become spaces", "hồ sơ😀tháng", "ho so thang"},
		{"invalid utf-8", "h\xffs", "h s"},
		{"zero-width space inside a word", "c\u200bó bao nhiêu DVC mức độ 3", "co bao nhieu dich vu cong muc 3"},
		{"joiners, soft hyphen, BOM", "\ufefftỷ l\u200dệ h\u00adồ s\u200cơ", "ty le ho so"},

		// Punctuation.
		{"question mark", "bao nhiêu?", "bao nhieu"},
		{"slash in period", "quý 2/2019", "quy 2/2019"},
		{"dash in period", "Q2-2019", "q2-2019"},
		{"dash after year", "2019-Q2", "2019-q2"},
		{"year then quarter", "2019Q2", "2019q2"},
		{"date", "27/02/2019", "27/02/2019"},
		{"date with dashes", "27-2-2019", "27-2-2019"},
		{"en dash range", "giai đoạn 2017–2020", "giai doan 2017-2020"},
		{"dash between words splits", "Hà-Tĩnh", "ha tinh"},
		{"dash with spaces dropped", "2017 - 2020", "2017 2020"},
		{"slash between words splits", "và/hoặc", "va hoac"},
		{"time", "lúc 10:30", "luc 10:30"},
		{"colon after word dropped", "hỏi: bao nhiêu", "hoi bao nhieu"},
		{"decimal comma and percent", "tỷ lệ 4,92%", "ty le 4,92 %"},
		{"thousands dot", "1.995 hồ sơ", "1.995 ho so"},
		{"trailing dot", "có 12.", "co 12"},
		{"comma between words", "Can Lộc, Hồng Lĩnh", "can loc hong linh"},
		{"percent alone", "tăng 5 %", "tang 5 %"},
		{"h dot", "H. Can Lộc", "h can loc"},
		{"quotes and parentheses", "\"DVC\" (mức 4)", "dich vu cong muc 4"},
		{"ampersand not an abbreviation", "R&D", "r d"},
		{"ampersand with spaces", "A & B", "a va b"},

		// Abbreviations.
		{"dvc", "DVC", "dich vu cong"},
		{"dvctt", "DVCTT", "dich vu cong truc tuyen"},
		{"dvc tt", "DVC TT", "dich vu cong truc tuyen"},
		{"tthc", "TTHC", "thu tuc hanh chinh"},
		{"hs", "HS", "ho so"},
		{"months headed", "5T đầu 2019", "5 thang dau 2019"},
		{"months th", "tỷ lệ 5 th đầu 2019", "ty le 5 thang dau 2019"},
		{"months of a year headed", "tỷ lệ 5T/2019", "ty le 5 thang/2019"},
		{"nx ending is nữa", "mức 4 nx", "muc 4 nua"},
		{"nx after so is a unit", "CL so với NX", "cl so voi nx"},
		{"plus is added", "TPHT + HL", "tpht cong lai hl"},
		{"mt after so", "còn thiếu bn so mt", "con thieu bao nhieu so muc tieu"},
		{"ubnd", "UBND tỉnh", "uy ban nhan dan tinh"},
		{"hdnd", "HĐND", "hoi dong nhan dan"},
		{"tt&tt", "TT&TT", "thong tin va truyen thong"},
		{"tttt", "TTTT", "thong tin va truyen thong"},
		{"so tt&tt", "Sở TT&TT", "so thong tin va truyen thong"},
		{"stttt", "STTTT", "so thong tin va truyen thong"},
		{"cntt", "CNTT", "cong nghe thong tin"},
		{"dn", "DN", "doanh nghiep"},
		{"cqnn", "CQNN", "co quan nha nuoc"},
		{"nq", "NQ 22", "nghi quyet 22"},
		{"nq22", "NQ22", "nghi quyet 22"},
		{"qd", "QĐ", "quyet dinh"},
		{"tmdt", "TMĐT", "thuong mai dien tu"},
		{"ttdt", "TTĐT", "thong tin dien tu"},
		{"tthcc", "TTHCC", "trung tam hanh chinh cong"},
		{"bn", "bn", "bao nhieu"},
		{"bnhieu", "bnhieu", "bao nhieu"},
		{"bnh", "bnh", "bao nhieu"},
		{"bao nhieu stays", "bao nhiêu", "bao nhieu"},
		{"m3", "DVC M3", "dich vu cong muc 3"},
		{"m4", "m4", "muc 4"},
		{"muc do 3", "mức độ 3", "muc 3"},
		{"muc do 4", "mức độ 4", "muc 4"},
		{"md3 with đ", "mđ3", "muc 3"},
		{"md3", "MD3", "muc 3"},
		{"tp", "TP Hà Tĩnh", "thanh pho ha tinh"},
		{"tp with dot", "TP. Hà Tĩnh", "thanh pho ha tinh"},
		{"tx", "TX Kỳ Anh", "thi xa ky anh"},
		{"tt alone stays", "TT Nghèn", "tt nghen"},
		{"ko", "ko có", "khong co"},
		{"k", "k có", "khong co"},
		{"khong stays", "không", "khong"},
		{"dc", "dc ko", "duoc khong"},
		{"đc", "đc", "duoc"},
		{"j", "là j", "la gi"},
		{"sl", "SL hồ sơ", "so luong ho so"},
		{"kp", "KP", "kinh phi"},
		{"ti le", "tỉ lệ", "ty le"},
		{"ty le", "tỷ lệ", "ty le"},
		{"tile", "tile", "ty le"},
		{"pci stays", "chỉ số PCI", "chi so pci"},
		{"q2 stays", "Q2", "q2"},
		{"whole tokens only", "dvcx hsx", "dvcx hsx"},
		{"inside a number token", "k5", "k5"},
		{"longest source wins", "dvc tt và dvc", "dich vu cong truc tuyen va dich vu cong"},
		{
			"full question",
			"Tỷ lệ hồ sơ DVC mức độ 3, 4 của UBND TP Hà Tĩnh quý II/2019 là bn?",
			"ty le ho so dich vu cong muc 3 4 cua uy ban nhan dan thanh pho ha tinh quy ii/2019 la bao nhieu",
		},
		// An analyst's signs for words.
		{"bound sign", "đv cấp huyện Q2 tỷ lệ > 15%?", "don vi cap huyen q2 ty le tren 15 %"},
		{"bound signs of two characters", "CL >= 20%, HK <=5%", "cl it nhat 20 % hk khong qua 5 %"},
		{"markup is no bound", "<script>alert(1)</script>", "script alert 1 script"},
		{"arrow between periods", "huyện nào tăng mạnh nhất Q1→Q2", "huyen nao tang nhieu nhat q1 sang q2"},
		{"arrow pointing at the asked", "tỷ lệ HS online 2018 →", "ty le ho so truc tuyen 2018"},
		{"rate of codes", "HK @Q2: hstt÷hstong", "hk q2 ty le hstt"},
		{"change signs", "Δ tỷ lệ, ↑ bn điểm", "chenh lech ty le tang bao nhieu diem"},
		{"sum and mean signs", "∑ 13 huyện, x̄ tỷ lệ", "tong 13 huyen trung binh ty le"},
		{"going down, asked", "huyện nào tỷ lệ đi xuống", "huyen nao ty le giam"},
		{"going down, told", "Đức Thọ đi xuống, vậy quý đó đạt bao nhiêu", "duc tho di xuong vay quy do dat bao nhieu"},
		// Two quarters a dash joins are the two quarters.
		{"quarters dashed", "Thạch Hà tỷ lệ Q2-Q1", "thach ha ty le q2 q1"},
		{"quarters dashed with quý", "quý 1-quý 2", "quy 1 quy 2"},
		{"quarters dashed after quý", "quý 1-2/2019 Can Lộc", "quy 1 quy 2/2019 can loc"},
		{"a dash that joins no quarters", "quý 1-5 mã số q1-q9", "quy 1-5 ma so q1-q9"},
		// An adviser's English words beside her Vietnamese.
		// "hai quý trước", "2 quý trước": two quarters back; "nộp đủ 2
		// quý rồi" is both.
		{"two quarters back", "hai quý trước; Can Lộc 2 quý trước; nộp đủ 2 quý rồi", "quy truoc nua can loc quy truoc nua nop du 2 quy truoc"},
		// "quý, từ Q1": "from", not "quý tư" (the fourth).
		{"from after quý", "tỷ lệ từng quý, từ Q1 đến Q2/2019; quý tư năm 2018", "ty le tung quy tu q1 den q2/2019 quy 4 nam 2018"},
		// "so" between two periods compares them; "qua 2 quý" with nothing
		// placing them is the last two.
		{"periods set side by side", "số bài 2017 so 2018, q1 so q2, quý 1 so quý 2", "so bai 2017 so voi 2018 q1 so voi q2 quy 1 so voi quy 2"},
		{"a level then so", "mức 3, số quý 2/2019", "muc 3 so quy 2/2019"},
		{"over two quarters", "tỷ lệ qua 2 quý; tỷ lệ qua 2 quý đầu năm 2019", "ty le quy truoc va quy truoc nua ty le qua 2 quy dau nam 2019"},
		// Codes listed with slashes are each their own; two codes over
		// each other alone are the rate.
		{"codes listed", "dvc3/dvc4/hstt/hstong q1/q2 m3/m4", "dich vu cong muc 3 dich vu cong muc 4 hstt hstong q1 q2 muc 3 muc 4"},
		{"a rate of codes", "HK q2 hstt/hstong", "hk q2 ty le hstt"},
		// A figure said with "phẩy" before what it measures; a comma
		// spoken is none.
		{"decimal said", "bốn phẩy chín mươi hai phần trăm, sáu phẩy hai lăm điểm", "4,92 phan tram 6,25 diem"},
		{"comma said", "mức ba phẩy mức bốn", "muc 3 phay muc 4"},
		{"english beside vietnamese", "money cho training, online ratio, submit báo cáo", "kinh phi cho dao tao truc tuyen ty le nop bao cao"},
		// What a service is for, a rate stated for the count asked, a
		// quarter just ended: none of them the figure asked.
		{"services to file through", "bao nhiêu DVC online cho dân nộp hồ sơ", "bao nhieu dich vu cong truc tuyen"},
		{"services for filing", "bao nhiêu dịch vụ công trực tuyến để người dân nộp hồ sơ", "bao nhieu dich vu cong truc tuyen"},
		{"rate given", "tỷ lệ 13,25% thì số hồ sơ tương ứng", "thi so ho so tuong ung"},
		{"rate asked", "tỷ lệ 4,92% là đúng không", "ty le 4,92 % la dung khong"},
		{"quarter just ended", "quý II vừa xong bn", "quy ii vua qua bao nhieu"},
		{"reached so far", "lượt đăng nhập lên được bao nhiêu rồi", "luot dang nhap duoc bao nhieu roi"},
		{"money assigned", "dự toán kinh phí năm nay được giao", "kinh phi kinh phi nam nay duoc cap"},
		{"a director", "Giám đốc Sở Công Thương hỏi", "lanh dao so cong thuong hoi"},
		{"a year written short", "HS online n2018, DVC n99999", "ho so truc tuyen nam 2018 dich vu cong nam 99999"},
		{"a point of time", "tới mốc 10-6-2019, mốc đầu tiên", "toi 10-6-2019 moc dau tien"},
		{"a fallback to the nearest", "Can Lộc quý 3 tỷ lệ, chưa có thì cho e quý gần nhất", "can loc quy 3 ty le"},
		{"a fallback with nếu", "DVC mức 3 cuối năm 2018, nếu không thì đưa số sát nhất", "dich vu cong muc 3 cuoi nam 2018"},
		{"a component index", "CSTP tính minh bạch, CS minh bạch", "chi so thanh phan tinh minh bach chi so minh bach"},
		{"a count reached", "đăng nhập lên bao nhiêu lượt, tăng lên bao nhiêu lượt", "dang nhap bao nhieu luot tang len bao nhieu luot"},
	}
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeCases() {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got.Folded != tt.want {
				t.Errorf("Normalize(%q).Folded = %q, want %q", tt.in, got.Folded, tt.want)
			}
			if want := strings.Fields(got.Folded); !reflect.DeepEqual(got.Tokens, want) && len(want) > 0 {
				t.Errorf("Tokens = %q, want %q", got.Tokens, want)
			}
			if again := Normalize(got.Folded).Folded; again != got.Folded {
				t.Errorf("not idempotent: %q -> %q", got.Folded, again)
			}
			if nfd := Normalize(norm.NFD.String(tt.in)).Folded; nfd != got.Folded {
				t.Errorf("NFD input folds to %q, NFC to %q", nfd, got.Folded)
			}
		})
	}
}

func TestNormalizeOriginal(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"trimmed and collapsed", "  Hà   Tĩnh \n", "Hà Tĩnh"},
		{"NFD composed", "Ha\u0300 Ti\u0303nh", "Hà Tĩnh"},
		{"case and punctuation kept", "DVC mức 3?", "DVC mức 3?"},
		{"ascii untouched", "Q2/2019", "Q2/2019"},
		{"invalid utf-8 replaced", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in).Original; got != tt.want {
				t.Errorf("Normalize(%q).Original = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeNFDEqualsNFC(t *testing.T) {
	questions := []string{
		"Số dịch vụ công mức độ 4 của huyện Đức Thọ năm 2018",
		"Tỷ lệ hồ sơ trực tuyến quý II/2019 của Sở TT&TT",
		"Đến hết quý 1/2019, Nghị quyết 22 đã giải ngân bao nhiêu?",
		"thị xã Kỳ Anh, huyện Hương Khê, Vũ Quang, Lộc Hà",
		"ƯU TIÊN ĐẦU TƯ CÔNG NGHỆ THÔNG TIN",
	}
	for _, q := range questions {
		t.Run(q, func(t *testing.T) {
			nfc, nfd := norm.NFC.String(q), norm.NFD.String(q)
			if nfc == nfd {
				t.Fatalf("test input has no decomposable letters")
			}
			a, b := Normalize(nfc), Normalize(nfd)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("NFC %+v\nNFD %+v", a, b)
			}
			if Fold(nfc) != Fold(nfd) {
				t.Errorf("Fold: NFC %q, NFD %q", Fold(nfc), Fold(nfd))
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"diacritics", "Thành phố Hà Tĩnh", "thanh pho ha tinh"},
		{"đ", "Đức Thọ", "duc tho"},
		{"NFD", "Ha\u0300 Ti\u0303nh", "ha tinh"},
		{"punctuation kept", "TP. Hà Tĩnh (cũ)", "tp. ha tinh (cu)"},
		{"no abbreviation expansion", "DVC", "dvc"},
		{"whitespace collapsed", "  Can \t Lộc ", "can loc"},
		{"ampersand kept", "Sở TT&TT", "so tt&tt"},
		{"ascii", "PCI", "pci"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.in)
			if got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Fold(got); again != got {
				t.Errorf("Fold not idempotent: %q -> %q", got, again)
			}
		})
	}
}

// TestFoldTable checks the cached Latin letters against folding by
// definition, for each cached rune alone, after a letter, and as NFD.
func TestFoldTable(t *testing.T) {
	for _, block := range []struct{ lo, hi rune }{{0x80, 0x370}, {0x1E00, 0x1F00}} {
		for r := block.lo; r < block.hi; r++ {
			for _, s := range []string{string(r), "a" + string(r) + "b", norm.NFD.String("x" + string(r))} {
				if got, want := Fold(s), foldUnicode(s); got != want {
					t.Errorf("Fold(%q) = %q, want %q", s, got, want)
				}
				want := foldASCIIReference(s)
				if got := foldToASCII(norm.NFC.String(s)); string(got) != want {
					t.Errorf("foldToASCII(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// foldASCIIReference folds the whole string at once, as Normalize's
// documentation says, to check the rune-by-rune implementation.
func foldASCIIReference(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(norm.NFC.String(s))) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r == 'đ' || r == 'ð':
			b.WriteByte('d')
		case unicode.Is(unicode.Mn, r):
		case strings.ContainsRune("\u2010\u2011\u2012\u2013\u2014\u2212", r):
			b.WriteByte('-')
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestPhraseIndex(t *testing.T) {
	tokens := strings.Fields("so ho so cua huyen can loc va thanh pho ha tinh")
	tests := []struct {
		name   string
		phrase string
		want   int
	}{
		{"single token", "huyen", 4},
		{"two tokens", "can loc", 5},
		{"first occurrence", "so", 0},
		{"run later", "ho so", 1},
		{"prefix of a token does not match", "hu", -1},
		{"part of a run only", "ha", 10},
		{"whole question", "so ho so cua huyen can loc va thanh pho ha tinh", 0},
		{"longer than tokens", "so ho so cua huyen can loc va thanh pho ha tinh nua", -1},
		{"extra spaces in phrase", "  thanh   pho ", 8},
		{"absent", "ky anh", -1},
		{"broken run", "can va", -1},
		{"empty phrase", "", -1},
		{"spaces only", "   ", -1},
		{"a tab between words", "can\tloc", 5},
		{"a run that the question ends in", "pho ha tinh", 9},
		{"a run cut by the question's end", "ha tinh nua", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PhraseIndex(tokens, tt.phrase); got != tt.want {
				t.Errorf("PhraseIndex(%q) = %d, want %d", tt.phrase, got, tt.want)
			}
			if got := HasPhrase(tokens, tt.phrase); got != (tt.want >= 0) {
				t.Errorf("HasPhrase(%q) = %v", tt.phrase, got)
			}
		})
	}
	t.Run("no tokens", func(t *testing.T) {
		if HasPhrase(nil, "ha") {
			t.Error("HasPhrase(nil) = true")
		}
	})
	t.Run("ha does not match ha tinh only", func(t *testing.T) {
		if HasPhrase(strings.Fields("thanh pho ha tinh"), "ha tinh x") {
			t.Error("matched past the end")
		}
	})
}

// TestAbbreviationTable keeps the table safe to extend: entries are
// folded, a source normalises to its target, and a target is stable.
func TestAbbreviationTable(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range slices.Concat(abbreviations, englishTerms) {
		t.Run(a.from, func(t *testing.T) {
			if seen[a.from] {
				t.Errorf("duplicate source %q", a.from)
			}
			seen[a.from] = true
			if Fold(a.from) != a.from || Fold(a.to) != a.to {
				t.Errorf("entry %q -> %q is not folded", a.from, a.to)
			}
			if got := Normalize(a.from).Folded; got != a.to {
				t.Errorf("Normalize(%q) = %q, want %q", a.from, got, a.to)
			}
			if got := Normalize(a.to).Folded; got != a.to {
				t.Errorf("target %q expands again to %q", a.to, got)
			}
			if first := strings.Fields(a.from)[0]; len(first) > maxSourceToken {
				t.Errorf("first token %q is longer than maxSourceToken", first)
			}
			for _, tok := range strings.Fields(a.from) {
				if strings.Contains(tok, "&") && len(abbreviationIndex[tok]) == 0 {
					t.Errorf("token %q keeps '&' but is not itself a source", tok)
				}
			}
		})
	}
}

// TestAbbreviationsSideBySide checks what a single expansion pass relies
// on: no target, next to another entry's source or target, forms a source.
func TestAbbreviationsSideBySide(t *testing.T) {
	for _, a := range slices.Concat(abbreviations, englishTerms) {
		for _, b := range slices.Concat(abbreviations, englishTerms) {
			for _, in := range []string{a.from + " " + b.from, a.to + " " + b.from, a.from + " " + b.to, a.to + " " + b.to} {
				once := Normalize(in).Folded
				if twice := Normalize(once).Folded; twice != once {
					t.Errorf("%q -> %q -> %q", in, once, twice)
				}
			}
		}
	}
}

var benchQuestions = []struct{ name, q string }{
	{"ascii", "So DVC muc 3 cua TP Ha Tinh quy 2/2019 la bao nhieu vay?"},
	{"nfc", "Số DVC mức 3 của TP Hà Tĩnh quý 2/2019 là bao nhiêu vậy?"},
	{"nfd", norm.NFD.String("Số DVC mức 3 của TP Hà Tĩnh quý 2/2019 là bao nhiêu vậy?")},
}

func BenchmarkNormalize(b *testing.B) {
	for _, bq := range benchQuestions {
		b.Run(bq.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Normalize(bq.q)
			}
		})
	}
}

func BenchmarkFold(b *testing.B) {
	for _, bq := range benchQuestions {
		b.Run(bq.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Fold(bq.q)
			}
		})
	}
}
