// Package nlu turns a Vietnamese question, typed with or without
// diacritics, in NFC or NFD, full of office abbreviations, into folded
// tokens, and finds the reporting period it talks about. Intents and slots
// are matched on the folded tokens; labels shown to users keep diacritics.
package nlu

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a question after normalisation.
type Text struct {
	Original string   // input in NFC, trimmed, whitespace collapsed: for display
	Folded   string   // see Normalize
	Tokens   []string // strings.Fields(Folded)
	// NearestAsked: the asker said what to give when the period has no
	// figure ("…, chưa có thì cho quý gần nhất"), words Normalize drops.
	NearestAsked bool
}

// abbreviation rewrites a whole-token run (from) into its folded full
// phrase (to). Sources may span several tokens ("dvc tt"); the longest
// source wins where several start at the same token.
type abbreviation struct{ from, to string }

// abbreviations is the expansion table, applied after folding and
// punctuation removal, so every entry is written folded (no diacritics,
// lower case). To add one, append a pair; TestAbbreviationTable checks that
// a target never expands again, which keeps Normalize idempotent.
//
// Deliberately absent: "tt" alone (thị trấn? thông tin? trực tuyến?
// depends on what follows), "h" (huyện, but also hours), "q2" (a quarter,
// left to FindPeriod) and "pci" (already its own name).
var abbreviations = []abbreviation{
	// Public services and procedures.
	{"dvc", "dich vu cong"},
	{"dv", "dich vu"},
	{"dvctt", "dich vu cong truc tuyen"},
	{"dvc3", "dich vu cong muc 3"},
	{"dvc4", "dich vu cong muc 4"},
	{"dvc tt", "dich vu cong truc tuyen"},
	{"dich vu cong tt", "dich vu cong truc tuyen"},
	{"tthc", "thu tuc hanh chinh"},
	{"tthcc", "trung tam hanh chinh cong"},
	{"hs", "ho so"},
	{"m3", "muc 3"},
	{"m4", "muc 4"},
	{"md3", "muc 3"}, // "mđ3" folds to "md3"
	{"md4", "muc 4"},
	{"md 3", "muc 3"},
	{"md 4", "muc 4"},
	{"muc do 2", "muc 2"},
	{"muc do 3", "muc 3"},
	{"muc do 4", "muc 4"},
	// (The level, then months typed on to it: "mức độ 3T". Read in one
	// pass, "3t" is not yet "3 tháng" when "mức độ 3" is looked for.)
	{"muc do 2t", "muc 2 thang"},
	{"muc do 3t", "muc 3 thang"},
	{"muc do 4t", "muc 4 thang"},
	{"muc 3 lan 4", "muc 3 va muc 4"}, // "cả mức 3 lẫn 4": both levels
	{"muc 3 lan muc 4", "muc 3 va muc 4"},
	{"muc do ii", "muc 2"}, // "mức độ III": Roman, as in the decree ("mục III" is a section)
	{"muc do iii", "muc 3"},
	{"muc do iv", "muc 4"},
	{"l3", "muc 3"}, // "DVC L3/L4"
	{"l4", "muc 4"},
	{"l2", "muc 2"},
	{"lv3", "muc 3"}, // "DVC lv3", "level 3"
	{"lv4", "muc 4"},
	{"lv 3", "muc 3"},
	{"lv 4", "muc 4"},
	{"level 3", "muc 3"},
	{"level 4", "muc 4"},

	// Bodies and administrative units.
	{"ubnd", "uy ban nhan dan"},
	{"cb", "can bo"},
	{"hdnd", "hoi dong nhan dan"},
	{"cqnn", "co quan nha nuoc"},
	{"hcnn", "hanh chinh nha nuoc"},
	{"ds cac", "danh sach cac"}, // "DS các huyện chưa gửi": a list
	{"tt&tt", "thong tin va truyen thong"},
	{"tttt", "thong tin va truyen thong"},
	{"tt va tt", "thong tin va truyen thong"},
	{"stttt", "so thong tin va truyen thong"},
	{"so tt&tt", "so thong tin va truyen thong"},
	{"so tttt", "so thong tin va truyen thong"},
	{"so tt va tt", "so thong tin va truyen thong"},
	{"tp", "thanh pho"},
	// "tt" after "phường" is "thị trấn" ("xã, phường, TT").
	{"phuong tt", "phuong thi tran"},
	{"ht", "ha tinh"},
	{"tx", "thi xa"},
	{"dn", "doanh nghiep"},

	// Documents and domains.
	{"nq", "nghi quyet"},
	{"nq22", "nghi quyet 22"},
	// The resolution by its number and year ("NQ 22/2016"): the one resolution.
	{"nq 22/2016", "nghi quyet 22"},
	{"nghi quyet 22/2016", "nghi quyet 22"},
	{"qd", "quyet dinh"},
	{"cntt", "cong nghe thong tin"},
	{"cchc", "cai cach hanh chinh"},
	{"cpdt", "chinh phu dien tu"},
	{"tw", "trung uong"},
	{"tmdt", "thuong mai dien tu"},
	{"ttdt", "thong tin dien tu"},
	{"sl", "so luong"},
	{"bc", "bao cao"},
	// "dv" is "dịch vụ" but for a unit asked of: "dv nào", "các dv đã nộp",
	// a unit that sends reports ("tổng số dv phải nộp báo cáo").
	{"dv nao", "don vi nao"},
	{"dv phai nop", "don vi phai nop"},
	{"dv da nop", "don vi da nop"},
	{"dv chua nop", "don vi chua nop"},
	{"dv phai bao cao", "don vi phai bao cao"},
	{"cq", "co quan"},
	{"ban ql", "ban quan ly"},
	{"stt", "du an"}, // "(STT 8)": the appendix's row, a project
	{"bql", "ban quan ly"},
	{"vb", "van ban"},
	{"qppl", "quy pham phap luat"},
	{"tt hcc", "trung tam hanh chinh cong"},
	{"hcc", "hanh chinh cong"},
	{"sp", "san pham"},
	{"cho mo", "cho nao"},
	// A voice recogniser's "huyện" and "hồ sơ" ("cấp quyền", "hồ xơ").
	{"cap quyen", "cap huyen"},
	{"quyen nao", "huyen nao"},
	{"cac quyen", "cac huyen"},
	{"nhung quyen", "nhung huyen"},
	// More Nghệ-Tĩnh words (see below): "mô" is "nào", "răng" is "sao".
	{"dia phuong mo", "dia phuong nao"},
	{"huyn", "huyen"}, // a letter left out of a short word
	{"huyn mo", "huyen nao"},
	{"vi rang", "vi sao"},
	{"the rang", "the nao"},
	{"lam rang", "lam sao"},
	// Southern "mấy" before a noun that "nào" or "chuyện" frames is the
	// plural, not "how many": "mấy sản phẩm nào", "chuyện mấy đơn vị".
	{"chuyen may", "chuyen cac"},
	{"top3", "top 3"},
	{"top5", "top 5"},
	{"cac dv", "cac don vi"},
	{"tat ca dv", "tat ca don vi"},
	{"% kh", "% ke hoach"},
	// Months as a spreadsheet heads them: "5T đầu 2019", "6 th đầu năm".
	{"th dau", "thang dau"},
	// "từ Tết tới giờ": since the year began (the lunar new year is in its
	// first weeks).
	{"thu tuc hc", "thu tuc hanh chinh"}, // "số thủ tục HC có DVCTT mức 3"
	// "ND & DN", "ND và DN": the people and businesses ("nd" alone may be
	// "nội dung").
	{"nd doanh nghiep", "nguoi dan doanh nghiep"},
	{"nd va doanh nghiep", "nguoi dan va doanh nghiep"},
	{"nd va dn", "nguoi dan va doanh nghiep"},
	// The rate's denominator is the files received, its numerator those
	// sent online, not the rate.
	{"mau so cua ty le ho so truc tuyen", "tong so ho so"},
	{"mau so cua ty le ho so nop truc tuyen", "tong so ho so"},
	{"tu so cua ty le ho so truc tuyen", "so ho so truc tuyen"},
	{"tu so cua ty le ho so nop truc tuyen", "so ho so nop truc tuyen"},
	{"tu tet", "tu dau nam"},
	{"ra tet", "tu dau nam"},
	{"3t", "3 thang"},
	{"5t", "5 thang"},
	{"6t", "6 thang"},
	{"9t", "9 thang"},
	{"so kh", "so ke hoach"},
	{"so mt", "so muc tieu"},
	{"voi kh", "voi ke hoach"},
	{"voi mt", "voi muc tieu"},
	{"kp", "kinh phi"},
	// "KP LG", "tổng LG năm 2018": money merged in from other sources.
	{"lg", "long ghep"},
	{"k p", "kinh phi"}, // "k/p"
	{"tr d", "trieu dong"},
	{"tr", "trieu"}, // "bao nhiêu tr"
	{"trd", "trieu dong"},

	// Chat shorthand. "tỉ lệ" and "tỷ lệ" are both correct spellings.
	{"bon em", "chung em"}, // "bọn em" (we) typed without marks
	{"bon minh", "chung minh"},
	{"bon toi", "chung toi"},
	{"bao nhiu", "bao nhieu"}, // a letter left out
	{"trc", "truoc"},
	// "TB" beside a year is "trung bình" (average).
	{"tb moi", "trung binh moi"},
	{"tb nam", "trung binh nam"},
	{"tb 1 nam", "trung binh 1 nam"},
	// "năm rồi", "quý rồi" (Central and Southern speech): the one before.
	{"nam roi", "nam ngoai"},
	{"nam vua roi", "nam ngoai"}, // "năm vừa rồi": the year just gone
	// "y như vậy cho Cẩm Xuyên", "như câu trước nhưng cho Hương Khê": the
	// question before, of another unit.
	{"nua nam dau", "nua dau nam"}, // "nửa năm đầu 2019": the first six months
	// "Lũy kế 2 quý", "cộng dồn hai quý": the first two quarters added, as
	// "6 tháng đầu năm" is. ("Hai quý đầu năm" alone is each of them.)
	{"luy ke 2 quy", "luy ke 6 thang dau nam"},
	{"luy ke hai quy", "luy ke 6 thang dau nam"},
	{"luy ke 2 quy dau nam", "luy ke 6 thang dau nam"},
	{"luy ke hai quy dau nam", "luy ke 6 thang dau nam"},
	{"cong don 2 quy", "cong don 6 thang dau nam"},
	{"cong don hai quy", "cong don 6 thang dau nam"},
	{"cong don 2 quy dau nam", "cong don 6 thang dau nam"},
	{"cong don hai quy dau nam", "cong don 6 thang dau nam"},
	// A training officer's words: "học viên" are the people trained;
	// "kỳ vọng" (hoped for) is the plan.
	{"hoc vien", "nguoi tham gia"},
	{"ky vong", "ke hoach"},
	// A leader judging units by progress: "ai bét", "đứng bét" (the last),
	// "đứng nhất" (the first), "tiến bộ nhất" (rose the most), "ông nào"
	// (which one).
	{"bet", "thap nhat"},
	{"dung bet", "thap nhat"},
	{"dung nhat", "cao nhat"},
	{"tien bo nhat", "tang nhieu nhat"},
	{"tien bo nhieu nhat", "tang nhieu nhat"},
	{"but pha nhat", "tang nhieu nhat"},
	{"tang manh nhat", "tang nhieu nhat"},
	// A phone's word prediction: "mục tiền" for "mục tiêu", "doanh
	// nghiệm" for "doanh nghiệp".
	{"muc tien", "muc tieu"},
	{"doanh nghiem", "doanh nghiep"},
	{"giam manh nhat", "giam nhieu nhat"},
	// "tăng tỷ lệ mạnh nhất": the figure's words between.
	{"manh nhat", "nhieu nhat"},
	{"ong nao", "don vi nao"},
	{"y nhu vay", "tuong tu"},
	{"y chang vay", "tuong tu"}, // "y chang vậy nhưng huyện Kỳ Anh"
	{"y chang", "tuong tu"},
	{"giong vay", "tuong tu"},
	// "cao hơn hay thấp hơn Can Lộc?", "trên hay dưới bình quân", "so với
	// Can Lộc thì hơn hay kém": the two figures set against each other.
	{"cao hon hay thap hon", "so voi"},
	{"thap hon hay cao hon", "so voi"},
	{"thi hon hay kem", "thi sao"},
	{"hon hay kem", "so voi"},
	{"y nhu the", "tuong tu"},
	{"nhu cau truoc nhung", "tuong tu"},
	{"nhu cau tren nhung", "tuong tu"},
	{"nhu cau truoc", "tuong tu"},
	// (But "bỏ quê đi mấy chục năm rồi": a span of years, no period.)
	{"chuc nam roi", "chuc nam"},
	{"may nam roi", "may nam"},
	{"nhieu nam roi", "nhieu nam"},
	{"vai nam roi", "vai nam"},
	{"quy roi", "quy truoc"},
	// The quarter Tết falls in is always the first (late January to
	// mid-February): "quý có Tết", "quý ăn Tết".
	{"quy co tet", "quy 1"},
	{"quy an tet", "quy 1"},
	{"quy tet", "quy 1"},
	// "giữa 2 quý năm 2019 … tăng": the change from the first to the
	// second (not the year's two quarters added); without the year, the
	// two the chat asked.
	{"giua 2 quy nam", "giua quy 1 va quy 2 nam"},
	{"giua hai quy nam", "giua quy 1 va quy 2 nam"},
	{"giua 2 quy dau nam", "giua quy 1 va quy 2 nam"},
	{"giua hai quy dau nam", "giua quy 1 va quy 2 nam"},
	// "sau Tết tới ngày 27/02": the span's end is the date; no figure
	// starts at Tết.
	{"sau tet toi", "toi"},
	{"sau tet den", "den"},
	{"tu sau tet toi", "toi"},
	{"tu sau tet den", "den"},
	// "cách đây 2 năm": the year before last; "hai quý gần đây": the last
	// two quarters that ended.
	{"cach day 2 nam", "nam kia"},
	{"cach day hai nam", "nam kia"},
	{"cach day 1 nam", "nam ngoai"},
	{"cach day mot nam", "nam ngoai"},
	{"2 quy gan day", "quy truoc va quy truoc nua"},
	{"hai quy gan day", "quy truoc va quy truoc nua"},
	{"2 quy gan nhat", "quy truoc va quy truoc nua"},
	{"hai quy gan nhat", "quy truoc va quy truoc nua"},
	{"2 quy vua qua", "quy truoc va quy truoc nua"},
	{"hai quy vua qua", "quy truoc va quy truoc nua"},
	// "quý kế tiếp": the next (not "tiếp nhận"); "kỳ liền trước": the
	// one before (not Phường Kỳ Liên).
	{"quy ke tiep", "quy sau"},
	{"quy tiep theo", "quy sau"},
	{"ky ke tiep", "ky sau"},
	{"ky tiep theo", "ky sau"},
	{"ky lien truoc", "ky truoc"},
	{"ky bao cao vua roi", "ky bao cao gan nhat"},
	{"ky bao cao vua qua", "ky bao cao gan nhat"},
	// ("hai quý trước", two quarters back, is read with "2 quý trước" in
	// lastTwoQuarters.)
	{"hai quy roi", "quy truoc nua"}, // (as "quý rồi" reads "quý trước")
	{"2 quy vua roi", "quy truoc va quy truoc nua"},
	{"hai quy vua roi", "quy truoc va quy truoc nua"},
	// ("quý 2 quý cộng lại", "quý2 quý +": the second quarter, then
	// "quý"; kept as typed so that "2 quý cộng lại" is not read inside it,
	// whether "quý2" was parted before this table or after it.)
	{"quy 2 quy", "quy 2 quy"},
	{"2 quy cong lai", "quy truoc va quy truoc nua cong lai"},
	{"hai quy cong lai", "quy truoc va quy truoc nua cong lai"},
	// A formal register's words: "tỷ suất" a rate, "bách phân" per cent,
	// "ngân khoản" money.
	{"ty suat", "ty le"},
	{"so tuyet doi", "so luong"}, // a statistician's count ("số tương đối": its rate)
	{"bao nhieu bach phan", "bao nhieu phan tram"},
	{"ngan khoan", "kinh phi"},
	// The asker's words around the question: "tôi cần biết" (not the
	// money still needed), "nhân tổng kết công tác …" (not a total),
	// "báo cáo … tôi đã đọc nhưng chưa nhớ hết" (not what is missing).
	{"can biet", "muon biet"},
	{"can biet them", "muon biet"},
	{"can them biet", "muon biet"},
	{"can them biet them", "muon biet"},
	{"tong ket", "tongket"},
	{"chua nho", "quen"},
	{"thang roi", "thang truoc"},
	{"diem sang", "noi bat"},          // a bright spot, not "sang" of a change
	{"giam sat", "theo doi"},          // "báo cáo giám sát": overseeing, not a fall ("giảm")
	{"de hoan thanh", "de thuc hien"}, // a purpose, not the projects done
	{"tuyet doi", "tuyetdoi"},         // "chênh lệch tuyệt đối số …": not "đội sổ" (last)
	{"hoi them", "hoi"},               // "bác hỏi thêm về Hồng Lĩnh": asks more, not services added
	{"xin them", "xin"},               // "cho em xin thêm số DVC mức 4": one more figure, not those added
	{"can them", "can"},
	{"biet them", "biet"},
	{"budget", "kinh phi"},
	{"kpi", "muc tieu"},
	{"1 cua", "mot cua"}, // "1 cửa điện tử"
	{"bn", "bao nhieu"},
	// A boss's question relayed: "PCT hỏi …", "CVP hỏi …" (not "PCT"
	// alone, which may be "PCI" mistyped, nor "đ/c PCT cần số …", read
	// well as it is).
	{"pct hoi", "pho chu tich hoi"},
	{"pct dan", "pho chu tich dan"},
	{"cvp hoi", "chanh van phong hoi"},
	{"xi ai o", "cio"}, // "CIO" said aloud, as a recogniser writes it
	{"trang tt dien tu", "trang thong tin dien tu"},
	{"du cac lop", "tham gia cac lop"}, // "dự các lớp": attended
	{"chay i", "cham"},                 // "đơn vị chây ì chưa nộp": late
	{"tut xuong con", "la"},            // "tỷ lệ … tụt xuống còn bao nhiêu": the figure it fell to
	{"giam xuong con", "la"},
	{"xuong con", "la"},
	{"tut con", "la"},
	{"tang len thanh", "la"},
	{"dai va bao ha tinh", "dai ha tinh va bao ha tinh"}, // the name both share
	{"bao va dai ha tinh", "bao ha tinh va dai ha tinh"},
	{"cu 100", "ty le"},              // "cứ 100 bộ hồ sơ có mấy bộ nộp online": a rate
	{"vs long ghep", "va long ghep"}, // "cả nq22 vs lồng ghép": both sources
	// A fraction checked ("chiếm cỡ 1/3 tổng … phải không", "có quá nửa số
	// hồ sơ … không", "được mấy phần mười tổng"): the share, which says it.
	{"chiem 1/2", "chiem bao nhieu phan tram"},
	{"chiem 1/3", "chiem bao nhieu phan tram"},
	{"chiem 1/4", "chiem bao nhieu phan tram"},
	{"chiem 2/3", "chiem bao nhieu phan tram"},
	{"chiem 3/4", "chiem bao nhieu phan tram"},
	{"chiem mot nua", "chiem bao nhieu phan tram"},
	{"chiem mot phan ba", "chiem bao nhieu phan tram"},
	{"chiem mot phan tu", "chiem bao nhieu phan tram"},
	{"chiem hai phan ba", "chiem bao nhieu phan tram"},
	{"chiem ba phan tu", "chiem bao nhieu phan tram"},
	{"chiem co 1/2", "chiem bao nhieu phan tram"},
	{"chiem co 1/3", "chiem bao nhieu phan tram"},
	{"chiem co 1/4", "chiem bao nhieu phan tram"},
	{"chiem co 2/3", "chiem bao nhieu phan tram"},
	{"chiem co 3/4", "chiem bao nhieu phan tram"},
	{"chiem co mot nua", "chiem bao nhieu phan tram"},
	{"chiem co mot phan ba", "chiem bao nhieu phan tram"},
	{"chiem co mot phan tu", "chiem bao nhieu phan tram"},
	{"chiem co hai phan ba", "chiem bao nhieu phan tram"},
	{"chiem co ba phan tu", "chiem bao nhieu phan tram"},
	{"chiem khoang 1/2", "chiem bao nhieu phan tram"},
	{"chiem khoang 1/3", "chiem bao nhieu phan tram"},
	{"chiem khoang 1/4", "chiem bao nhieu phan tram"},
	{"chiem khoang 2/3", "chiem bao nhieu phan tram"},
	{"chiem khoang 3/4", "chiem bao nhieu phan tram"},
	{"chiem khoang mot nua", "chiem bao nhieu phan tram"},
	{"chiem khoang mot phan ba", "chiem bao nhieu phan tram"},
	{"chiem khoang mot phan tu", "chiem bao nhieu phan tram"},
	{"chiem khoang hai phan ba", "chiem bao nhieu phan tram"},
	{"chiem khoang ba phan tu", "chiem bao nhieu phan tram"},
	{"chiem gan 1/2", "chiem bao nhieu phan tram"},
	{"chiem gan 1/3", "chiem bao nhieu phan tram"},
	{"chiem gan 1/4", "chiem bao nhieu phan tram"},
	{"chiem gan 2/3", "chiem bao nhieu phan tram"},
	{"chiem gan 3/4", "chiem bao nhieu phan tram"},
	{"chiem gan mot nua", "chiem bao nhieu phan tram"},
	{"chiem gan mot phan ba", "chiem bao nhieu phan tram"},
	{"chiem gan mot phan tu", "chiem bao nhieu phan tram"},
	{"chiem gan hai phan ba", "chiem bao nhieu phan tram"},
	{"chiem gan ba phan tu", "chiem bao nhieu phan tram"},
	{"qua 1/2", "chiem bao nhieu phan tram"},
	{"qua 1/3", "chiem bao nhieu phan tram"},
	{"qua 1/4", "chiem bao nhieu phan tram"},
	{"qua 2/3", "chiem bao nhieu phan tram"},
	{"qua 3/4", "chiem bao nhieu phan tram"},
	{"qua mot nua", "chiem bao nhieu phan tram"},
	{"qua mot phan ba", "chiem bao nhieu phan tram"},
	{"qua mot phan tu", "chiem bao nhieu phan tram"},
	{"qua hai phan ba", "chiem bao nhieu phan tram"},
	{"qua ba phan tu", "chiem bao nhieu phan tram"},
	{"hon 1/2", "chiem bao nhieu phan tram"},
	{"hon 1/3", "chiem bao nhieu phan tram"},
	{"hon 1/4", "chiem bao nhieu phan tram"},
	{"hon 2/3", "chiem bao nhieu phan tram"},
	{"hon 3/4", "chiem bao nhieu phan tram"},
	{"hon mot nua", "chiem bao nhieu phan tram"},
	{"hon mot phan ba", "chiem bao nhieu phan tram"},
	{"hon mot phan tu", "chiem bao nhieu phan tram"},
	{"hon hai phan ba", "chiem bao nhieu phan tram"},
	{"hon ba phan tu", "chiem bao nhieu phan tram"},
	{"toi 1/2", "chiem bao nhieu phan tram"},
	{"toi 1/3", "chiem bao nhieu phan tram"},
	{"toi 1/4", "chiem bao nhieu phan tram"},
	{"toi 2/3", "chiem bao nhieu phan tram"},
	{"toi 3/4", "chiem bao nhieu phan tram"},
	{"toi mot nua", "chiem bao nhieu phan tram"},
	{"toi mot phan ba", "chiem bao nhieu phan tram"},
	{"toi mot phan tu", "chiem bao nhieu phan tram"},
	{"toi hai phan ba", "chiem bao nhieu phan tram"},
	{"toi ba phan tu", "chiem bao nhieu phan tram"},
	{"gan 1/2", "chiem bao nhieu phan tram"},
	{"gan 1/3", "chiem bao nhieu phan tram"},
	{"gan 1/4", "chiem bao nhieu phan tram"},
	{"gan 2/3", "chiem bao nhieu phan tram"},
	{"gan 3/4", "chiem bao nhieu phan tram"},
	{"gan mot nua", "chiem bao nhieu phan tram"},
	{"gan mot phan ba", "chiem bao nhieu phan tram"},
	{"gan mot phan tu", "chiem bao nhieu phan tram"},
	{"gan hai phan ba", "chiem bao nhieu phan tram"},
	{"gan ba phan tu", "chiem bao nhieu phan tram"},
	{"qua nua", "chiem bao nhieu phan tram"},
	{"1 phan 10", "bao nhieu phan tram"},
	{"2 phan 10", "bao nhieu phan tram"},
	{"3 phan 10", "bao nhieu phan tram"},
	{"4 phan 10", "bao nhieu phan tram"},
	{"5 phan 10", "bao nhieu phan tram"},
	{"6 phan 10", "bao nhieu phan tram"},
	{"7 phan 10", "bao nhieu phan tram"},
	{"8 phan 10", "bao nhieu phan tram"},
	{"9 phan 10", "bao nhieu phan tram"},
	{"1 phan 2", "bao nhieu phan tram"},
	{"1 phan 3", "bao nhieu phan tram"},
	{"2 phan 3", "bao nhieu phan tram"},
	{"1 phan 4", "bao nhieu phan tram"},
	{"3 phan 4", "bao nhieu phan tram"},
	// A fall by a fraction ("hồ sơ … giảm hơn một nửa so với quý 1"): the
	// change, which says it, not a share of a whole.
	{"giam hon mot nua", "giam bao nhieu"},
	{"giam qua mot nua", "giam bao nhieu"},
	{"giam gan mot nua", "giam bao nhieu"},
	{"giam mot nua", "giam bao nhieu"},
	{"giam qua nua", "giam bao nhieu"},
	{"tang gap doi", "tang bao nhieu"},
	{"may phan muoi", "bao nhieu phan tram"},
	// A fraction in words checked ("được một phần tư không", "đã vượt
	// được một phần mười chưa", "độ bảy phần mười"): the rate asked.
	{"mot phan muoi", "bao nhieu phan tram"},
	{"hai phan muoi", "bao nhieu phan tram"},
	{"ba phan muoi", "bao nhieu phan tram"},
	{"bon phan muoi", "bao nhieu phan tram"},
	{"nam phan muoi", "bao nhieu phan tram"},
	{"sau phan muoi", "bao nhieu phan tram"},
	{"bay phan muoi", "bao nhieu phan tram"},
	{"tam phan muoi", "bao nhieu phan tram"},
	{"chin phan muoi", "bao nhieu phan tram"},
	{"mot phan nam", "bao nhieu phan tram"},
	{"mot phan bay", "bao nhieu phan tram"},
	{"mot phan sau", "bao nhieu phan tram"},
	{"mot phan tam", "bao nhieu phan tram"},
	{"mot phan tu", "bao nhieu phan tram"},
	{"mot phan ba", "bao nhieu phan tram"},
	{"duoc mot nua", "duoc bao nhieu phan tram"},
	// A sports writer's and a chairman's words for counts compared: "so
	// kè sát nút", "vọt lên", "hụt … so với quý 1"
	// (a fall, not a shortfall against a target), "vắng mặt" beside
	// "không nộp báo cáo", "chịu khó nộp", "giữ ngôi đầu".
	{"so ke sat nut", ""},
	{"sat nut", ""},
	{"vot len", "tang"},
	{"hut bao nhieu so voi", "giam bao nhieu so voi"},
	{"hut may so voi", "giam may so voi"},
	{"vang mat", ""},
	// "ông lo Đức Thọ tụt": the grandfather worries (not "chưa lo được",
	// money not found).
	{"ong lo", ""},
	// "số sau hơn số trước bao nhiêu": the two figures the chat just gave.
	{"so sau hon so truoc", "hon"},
	{"so sau so voi so truoc", "so voi"},
	{"chiu kho", ""},
	{"dang giu", ""},
	{"bao nhieu phan muoi", "bao nhieu phan tram"},
	{"may phan tu", "bao nhieu phan tram"},
	{"bnh", "bao nhieu"},
	{"bnhieu", "bao nhieu"},
	{"bnhiu", "bao nhieu"},
	{"fb", "facebook"},
	// "cổng tt điện tử": the portal's "thông tin", not "trực tuyến".
	{"cong tt dien tu", "cong thong tin dien tu"},
	{"bi bao nhieu", "bao nhieu"}, // Southern "bi nhiêu" (its "nhiêu" completed first)
	{"bi nhieu", "bao nhieu"},
	{"coi sao", "thi sao"}, // Southern "quý 1 coi sao": and that one?
	// A finance officer's words: "dự toán" is the budget ("mấy tỷ" is
	// money: see onlyAfter); "quy ra triệu" (the replies are in triệu
	// đồng already) asks nothing more.
	{"du toan", "kinh phi"},
	// How the asker wants the reply written ("gạch đầu dòng giúp chị", "1
	// dòng thôi", "viết 1 câu", "kèm đvt", "ghi rõ đơn vị tính"): the
	// reply's form, nothing asked ("1 dòng" is no quarter 1).
	// "xã mô cũng như xã mô", "huyện nào cũng vậy": every one alike, an
	// aside after a figure of each ("mỗi xã có mấy DVC mức 3, …"), no
	// list nor difference asked.
	{"xa nao cung nhu xa nao", ""},
	{"xa nao cung vay", ""},
	{"xa nao cung rua", ""},
	{"xa nao cung the", ""},
	{"xa mo cung nhu xa mo", ""},
	{"xa mo cung vay", ""},
	{"xa mo cung rua", ""},
	{"xa mo cung the", ""},
	{"huyen nao cung nhu huyen nao", ""},
	{"huyen nao cung vay", ""},
	{"huyen nao cung rua", ""},
	{"huyen nao cung the", ""},
	{"huyen mo cung nhu huyen mo", ""},
	{"huyen mo cung vay", ""},
	{"huyen mo cung rua", ""},
	{"huyen mo cung the", ""},
	// A teacher's or a newcomer's "in plain words" ("nói nôm na cứ 100 xã
	// thì …", "cho dễ hình dung, …"): how to say it, nothing asked.
	{"noi nom na thi", ""},
	{"noi nom na", ""},
	{"cho de hinh dung", ""},
	{"gach dau dong", ""},
	{"1 dong thoi", ""},
	{"mot dong thoi", ""},
	{"1 dong", ""},
	{"mot dong", ""},
	{"viet 1 cau", ""},
	{"viet mot cau", ""},
	{"viet thanh 1 cau", ""},
	{"viet thanh mot cau", ""},
	{"kem dvt", ""},
	{"dvt", ""},
	{"ghi dvt", ""},
	{"ghi ro dvt", ""},
	{"kem don vi tinh", ""},
	{"ghi don vi tinh", ""},
	{"ghi ro don vi tinh", ""},
	{"chi can con so", ""},
	{"tra loi ngan gon", ""},
	// A rough figure asked is the figure asked: "mấy chục nghìn lượt"
	// (not "mấy chục năm", nor "tầm", which folds like "tám" of "mười
	// tám").
	{"may chuc nghin", "bao nhieu"},
	// A change in its unit, as against in percent ("mức tăng tuyệt đối",
	// "chênh lệch tuyệt đối"): the change ("số tuyệt đối" of a rate is
	// its count, kept).
	{"tang tuyet doi", "tang"},
	{"chenh lech tuyet doi", "chenh lech"},
	// The Party's committees ("Thường trực Huyện ủy", "Bí thư Tỉnh ủy")
	// are who needs a figure, no level of units (not "huyện ủy ban …",
	// which "huyện UBND" is written out as).
	{"thuong truc huyen uy", ""},
	{"thuong truc tinh uy", ""},
	{"bi thu huyen uy", "bi thu"},
	{"bi thu tinh uy", "bi thu"},
	{"quy ra trieu dong", ""},
	{"quy ra trieu", ""},
	{"doi ra trieu dong", ""},
	{"doi ra trieu", ""},
	// (And abbreviated, before "tr" becomes "triệu": the same words on a
	// second reading.)
	{"quy ra tr", ""},
	{"quy ra trd", ""},
	{"doi ra tr", ""},
	{"doi ra trd", ""},
	// "… ghi trong ngoặc ở mục I.1": where the report writes it, not
	// what is asked.
	{"ghi trong ngoac", "ghi"},
	{"ghi trong dau ngoac", "ghi"},
	{"neu trong ngoac", "ghi"},
	{"ko", "khong"},
	{"k", "khong"},
	// "chẳng phải Lộc Hà dẫn đầu à" asks whether, as "có phải … không"
	// does (not "không phải", which sets aside); "chẳng huyện mô vượt
	// 25%", "chẳng lẽ": "không".
	{"chang phai", "co phai"},
	{"chang", "khong"},
	{"dc", "duoc"},
	{"j", "gi"},
	{"ti le", "ty le"},
	// A senior official's Sino-Vietnamese: "tỉ suất" is the rate, "cơ
	// quan chuyên môn thuộc UBND tỉnh" the departments, "dịch vụ hành
	// chính công" the public services ("thụ lý" is read by
	// filesReceivedFormal).
	{"ti suat", "ty le"},
	{"ty xuat", "ty le"},
	{"ti xuat", "ty le"},
	{"co quan chuyen mon thuoc ubnd tinh", "so ban nganh"},
	{"co quan chuyen mon thuoc uy ban nhan dan tinh", "so ban nganh"},
	{"co quan chuyen mon cap tinh", "so ban nganh"},
	{"co quan chuyen mon nao thuoc ubnd tinh", "so nao"},
	{"co quan chuyen mon nao", "so nao"},
	// "dự án nào xin thêm kinh phí nhiều nhất": what is proposed.
	{"xin them kinh phi", "de xuat kinh phi"},
	{"dich vu hanh chinh cong truc tuyen", "dich vu cong truc tuyen"},
	{"nhut", "nhat"}, // Southern "cao nhứt", "thấp nhứt", "nhiều nhứt"
	{"tl", "ty le"},
	{"so vs", "so voi"},
	// The report says "trực tuyến", never "qua mạng".
	{"qua mang", "truc tuyen"},
	{"nop mang", "nop truc tuyen"},         // "các huyện nộp mạng được mấy phần trăm"
	{"qua mang xa hoi", "qua mang xa hoi"}, // a social network stays one
	{"tren mang xa hoi", "tren mang xa hoi"},
	// Plain words for it: "làm thủ tục trên mạng", "nộp hồ sơ qua máy",
	// "gửi trên máy tính" ("qua mấy", "trên mấy" alone may count).
	{"tren mang", "truc tuyen"},
	{"qua internet", "truc tuyen"},
	{"tren internet", "truc tuyen"},
	{"qua may tinh", "truc tuyen"},
	{"tren may tinh", "truc tuyen"},
	{"nop qua may", "nop truc tuyen"},
	{"nop tren may", "nop truc tuyen"},
	{"gui qua may", "gui truc tuyen"},
	{"gui tren may", "gui truc tuyen"},
	{"ho so qua may", "ho so truc tuyen"},
	{"ho so tren may", "ho so truc tuyen"},
	// "dịch vụ cho dân làm giấy tờ trên mạng": the public services.
	{"dich vu lam thu tuc", "dich vu cong"},
	{"dich vu lam giay to", "dich vu cong"},
	{"dich vu cho dan lam thu tuc", "dich vu cong"},
	{"dich vu cho dan lam giay to", "dich vu cong"},
	{"dich vu cho nguoi dan lam thu tuc", "dich vu cong"},
	// "thu hút bao nhiêu người tham gia": had, not a shortfall ("hụt").
	{"thu hut", "co"},
	{"ntn", "nhu the nao"},
	// "mấy hôm nay nghe nói …": lately, no period asked ("hôm nay").
	{"may hom nay", "dao nay"},
	{"may bua nay", "dao nay"},
	{"may ngay nay", "dao nay"},
	// "không thèm nộp", "chẳng thèm báo cáo": did not.
	{"khong them", "khong"},
	{"chang them", "khong"},
	{"cha them", "khong"},
	{"thi s", "thi sao"},
	// Nghệ Tĩnh speech, as people here type it: "mô" (nào, đâu), "ni"
	// (này), "răng" (sao), "tê" (kia).
	{"so mo", "so nao"},
	// "đứa mô", "đứa nào" (of units, scornfully), "bên mô": which one.
	{"dua mo", "don vi nao"},
	{"dua nao", "don vi nao"},
	{"ben mo", "ben nao"},
	{"don vi mo", "don vi nao"},
	{"huyen mo", "huyen nao"},
	{"xa mo", "xa nao"},
	{"nganh mo", "nganh nao"},
	{"co quan mo", "co quan nao"},
	{"san pham mo", "san pham nao"},
	{"san pham chi", "san pham nao"},
	{"du an mo", "du an nao"},
	{"nam mo", "nam nao"},
	{"thang mo", "thang nao"},
	{"ky mo", "ky nao"},
	{"cai mo", "cai nao"},
	{"noi mo", "noi nao"},
	{"o mo", "o dau"},
	{"ni", "nay"},
	{"thi rang", "thi sao"},
	// "Kính hỏi đồng chí": the one asked, addressed ("hỏi đồng chí" folds
	// like "hội đồng"; "triệu đồng chi cho" is money spent).
	{"hoi dong chi", "hoi anh"},
	{"nghi dong chi", "nghi anh"},
	{"xin dong chi", "xin anh"},
	{"gui dong chi", "gui anh"},
	{"thua dong chi", "anh"}, // "…, thưa đồng chí?"
	{"thua anh", "anh"},
	// A journalist's "thưa ông", "… không ông?", "vậy ông": addressing.
	{"thua ong", "anh"},
	// "Thưa Trợ lý, …", "Kính gửi Trợ lý số liệu": the bot addressed.
	{"thua tro ly", "ad"},
	{"ben tro ly", "ad"}, // "Thưa cháu bên Trợ lý": who is on the bot's side
	{"tro ly so lieu", "ad"},
	{"tro ly", "ad"},
	{"thua ba", "anh"},
	{"thua chau", "anh"}, // a retired teacher's "Thưa cháu", "thưa cô", "thưa bác"
	{"thua co", "anh"},
	{"thua bac", "anh"},
	{"khong ong", "khong anh"},
	{"k ong", "khong anh"}, // ("k ông": "k" is "không"; FuzzNormalize found it)
	{"ko ong", "khong anh"},
	{"vay ong", "vay anh"},
	{"chua ong", "chua anh"},
	{"ong co the", "anh co the"},
	// "hắn" (it) before what is asked of it: "quý 2 hắn lên mấy".
	{"han len", "len"},
	{"han may", "may"},
	// (But "trước hạn mấy ngày", "trễ hạn mấy ngày": a deadline.)
	{"truoc han may", "truoc han may"},
	{"tre han may", "tre han may"},
	{"qua han may", "qua han may"},
	{"cham han may", "cham han may"},
	// (Not "hắn bao nhiêu": "chậm so với hạn bao nhiêu ngày" folds alike.)
	{"han duoc", "duoc"},
	// (But "giải quyết đúng hạn được bao nhiêu %": on time.)
	{"dung han duoc", "dung han duoc"},
	{"tre han duoc", "tre han duoc"},
	{"qua han duoc", "qua han duoc"},
	{"ra rang", "ra sao"},
	{"nam te", "nam kia"},
	// English words officials mix in.
	{"report", "bao cao"},
	{"rank", "xep hang"},
	{"total", "tong"},
	{"rate", "ty le"},
	{"update", "cap nhat"},
	{"web portal", "cong thong tin dien tu"},
	{"portal", "cong thong tin dien tu"},
	{"online", "truc tuyen"},
	// "so với last year", "this year", "last quarter".
	{"last year", "nam ngoai"},
	{"this year", "nam nay"},
	{"last quarter", "quy truoc"},
	// Seasons for periods: spring, right after Tết, is the first quarter
	// ("Can Lộc mùa xuân năm nay", "hồi đầu xuân", "hồi ra Tết"; "từ ra
	// Tết" is since the year began).
	{"mua xuan", "quy 1"},
	{"hoi xuan", "quy 1"},
	{"dau xuan", "quy 1"},
	{"hoi ra tet", "quy 1"},
	{"hoi sau tet", "quy 1"},
	// Letters spoken by their names: "sở tê tê và tê tê" is Sở TT&TT.
	{"te te va te te", "thong tin va truyen thong"},
	{"te te te te", "thong tin va truyen thong"},
	{"this quarter", "quy nay"},
	// An NGO adviser's English for the report's terms: "online
	// application", "level 3 service", "district", "province".
	{"online application", "ho so truc tuyen"},
	{"online applications", "ho so truc tuyen"},
	{"application", "ho so"},
	{"applications", "ho so"},
	{"level 3 service", "dich vu cong muc 3"},
	{"level 3 services", "dich vu cong muc 3"},
	{"level 4 service", "dich vu cong muc 4"},
	{"level 4 services", "dich vu cong muc 4"},
	{"service", "dich vu"},
	{"services", "dich vu"},
	{"district", "huyen"},
	{"districts", "huyen"},
	{"province", "tinh"},
	{"provincial", "tinh"},
	{"commune", "xa"},
	{"communes", "xa"},
	{"training", "dao tao"},
	{"leaflet", "to roi"},
	{"leaflets", "to roi"},
	// A foreign adviser's English beside her Vietnamese: "online ratio",
	// "money cho training", "submit báo cáo", "goal".
	{"ratio", "ty le"},
	{"percentage", "ty le"},
	{"money", "kinh phi"},
	{"fund", "kinh phi"},
	{"submit", "nop"},
	{"submitted", "da nop"},
	{"goal", "muc tieu"},
	{"participants", "nguoi tham gia"},
	{"project", "du an"},
	{"projects", "du an"},
	{"compare", "so sanh"},
	{"increase", "tang"},
	{"decrease", "giam"},
	// An analyst's spreadsheet words: "MAX", "MIN", "avg", "count",
	// "list", "delta", "QoQ", "YoY", "=SUM(…)".
	{"max", "cao nhat"},
	{"min", "thap nhat"},
	{"avg", "trung binh"},
	{"average", "trung binh"},
	{"count", "bao nhieu"},
	{"list", "liet ke"},
	{"delta", "thay doi"},
	{"qoq", "so voi quy truoc"},
	{"ytd", "tu dau nam"}, // "YTD": year to date
	{"yoy", "so voi nam truoc"},
	{"sum", "tong"},
	{"% online", "ty le truc tuyen"},
	{"% hstt", "ty le hstt"},                         // "TP HT Δ %HSTT Q1 → Q2"
	{"% khong truc tuyen", "ty le khong truc tuyen"}, // "Sở TC quý 1 % không trực tuyến"
	{"% chua truc tuyen", "ty le chua truc tuyen"},
	{"% khong online", "ty le khong truc tuyen"},
	{"% chua online", "ty le chua truc tuyen"},
	{"ty trong hs", "ty le ho so"},
	{"ty trong ho so", "ty le ho so"},
	// An adviser back from abroad: "how many", "progress", "ranking",
	// "funding", "latest quarter", "provincial agencies", "one-stop".
	{"how many", "bao nhieu"},
	{"how much", "bao nhieu"},
	{"number of", "so"},
	{"progress", "tien do"},
	{"ranking", "xep hang"},
	{"rankings", "xep hang"},
	{"highest", "cao nhat"},
	{"lowest", "thap nhat"},
	{"overall rate", "ty le chung"},
	{"rate aggregate", "ty le chung"},
	{"aggregate rate", "ty le chung"},
	// The quarterly form ("biểu") is the quarterly report: "nộp biểu",
	// "chưa gửi biểu quý"; a field code after "chỉ tiêu" is that figure,
	// not a target ("chỉ tiêu hstt").
	{"nop bieu", "nop bao cao"},
	{"gui so lieu", "gui bao cao"}, // "còn ai chưa gửi số liệu": the report
	{"dem giup", "giup"},           // "…, đếm giúp anh bao nhiêu sở": asked to count
	// "Lộc Hà quý 1 số liệu báo cáo thế nào": what its report states.
	{"so lieu bao cao the nao", "bao cao nhung so lieu gi"},
	{"bao cao duoc nhung so nao", "bao cao nhung so lieu gi"},
	{"gui bieu", "gui bao cao"},
	{"chi tieu hstt", "hstt"},
	{"chi tieu hstong", "hstong"},
	{"chi tieu dvc3", "dich vu cong muc 3"},
	{"chi tieu dvc4", "dich vu cong muc 4"},
	{"tham du", "tham gia"}, // "người dân, DN tham dự": took part
	// "… được 700tr thật không?", "có thật hơn 2.450 người … không":
	// whether the figure quoted is right.
	{"that khong", "phai khong"},
	{"that ko", "phai khong"},
	{"co that", "co"},
	{"that hay", "phai khong hay"},
	{"funding gap", "kinh phi con thieu"}, // not "gấp" (times)
	{"funding", "kinh phi"},
	{"latest quarter", "quy moi nhat"},
	{"latest", "moi nhat"},
	{"quarter", "quy"},
	{"score", "diem"},
	{"transparency", "minh bach"},
	{"minh bac", "minh bach"},           // voice typing's "minh bạc"
	{"nguon luc tai chinh", "kinh phi"}, // money, not Sở Tài chính
	// "đứng nhì", "xếp thứ nhì": second.
	{"dung nhi", "dung thu 2"},
	{"xep nhi", "xep thu 2"},
	{"thu nhi", "thu 2"},
	{"hang nhi", "hang 2"},
	{"one stop", "mot cua"},
	{"provincial agencies", "cac so nganh"},
	{"provincial departments", "cac so nganh"},
	{"agencies", "so nganh"},
	{"departments", "so nganh"},
	{"completeness", "tinh hinh"},
	// "NQ22 chưa bố trí được bao nhiêu tỷ nữa": the money still lacking.
	{"chua bo tri duoc bao nhieu", "con thieu bao nhieu"},
	{"chua bo tri bao nhieu", "con thieu bao nhieu"},
	// "số lượng của dịch vụ công": the number of, not "lương của" (a
	// salary, out of scope).
	{"so luong cua", "so luong"},
	// An intern's English: "target", "growth".
	{"target", "muc tieu"},
	{"growth", "tang"},
	{"plan", "ke hoach"},
	// "… mức 3 có bao nhiêu cái thêm nữa là mức 4 có bao nhiêu": and.
	{"them nua la", "va"},
	// "cùng chỉ tiêu đó năm ngoái": that figure ("chỉ tiêu" is also a
	// target), not its target.
	{"chi tieu do", "so lieu do"},
	{"chi tieu nay", "so lieu nay"},
	{"chi tieu ay", "so lieu ay"},
	{"chi tieu tren", "so lieu tren"},
	// "có huyện nào bị giảm không": fell ("bị" tells it is bad news).
	{"bi giam", "giam"},
	{"bi tut", "giam"}, // "đơn vị nào bị tụt so với quý 1"
	// "so với bq khối sở", "mức tb của các huyện": averages.
	{"bq", "binh quan"},
	// "Giám đốc Sở Công Thương hỏi …": a leader who asks, not a fall.
	{"pho giam doc", "lanh dao"},
	{"giam doc", "lanh dao"},
	// "số hồ sơ … cùng tỷ lệ tương ứng": the count and its rate.
	{"cung ty le", "va ty le"},
	{"kem ty le", "va ty le"},
	{"lan ty le", "va ty le"}, // "cả số hồ sơ lẫn tỷ lệ"
	// "tính cả lồng ghép", "kể cả nguồn khác": that part added to the
	// money named.
	{"tinh ca long ghep", "cong ca long ghep"},
	{"ke ca long ghep", "cong ca long ghep"},
	{"tinh ca nguon khac", "cong ca nguon khac"},
	{"ke ca nguon khac", "cong ca nguon khac"},
	// "tập huấn cho dân": for the people; "bao nhiêu bà con": how many
	// people (not "ba con số", three figures).
	{"cho dan", "cho nguoi dan"},
	{"bao nhieu ba con", "bao nhieu nguoi dan"},
	// "bn ng dự", "mấy ng tham gia": people, typed short.
	{"bn ng du", "bao nhieu nguoi tham gia"},
	{"bn ng tham gia", "bao nhieu nguoi tham gia"},
	{"bao nhieu ng du", "bao nhieu nguoi tham gia"},
	{"bao nhieu ng tham gia", "bao nhieu nguoi tham gia"},
	{"may ng du", "may nguoi tham gia"},
	{"may ng tham gia", "may nguoi tham gia"},
	{"nguoi du", "nguoi tham gia"}, // "có bao nhiêu người dự": attend
	// ("người dự hội thảo", "hội nghị": of another event than a class.)
	{"nguoi du hoi thao", "khach moi hoi thao"},
	{"nguoi du hoi nghi", "khach moi hoi nghi"},
	{"nguoi tham du", "nguoi tham gia"}, // "bn người tham dự"
	{"neu chia deu", "chia deu"},        // "nếu chia đều cho 13 đơn vị thì …"
	{"neu tu tinh lai", "tinh ra"},      // "nếu tự tính lại từ 221/262 …"
	{"tu tinh lai", "tinh ra"},
	{"neu tinh chinh xac", "tinh ra"}, // "nếu tính chính xác 221/262 thì …"
	{"may ba con", "may nguoi dan"},
	// "kể tên giùm": list them ("giùm" is "giúp").
	{"ke ten", "liet ke"},
	// "Xin nêu tên và số hồ sơ", "nêu rõ tên huyện": list them ("nêu"
	// alone is the report's saying).
	{"neu ro ten", "liet ke"},
	{"neu ten", "liet ke"},
	{"cho biet ten", "liet ke"}, // "Xin cho biết tên đơn vị … chưa nộp"
	{"gium", "giup"},
	// "bét bảng", "cuối bảng", "đầu bảng": the last, the first.
	{"bet bang", "thap nhat"},
	{"hso", "ho so"}, // "mấy bộ hsơ"
	{"cuoi bang", "thap nhat"},
	{"dau bang", "cao nhat"},
	// A sports writer's table: "á quân" (the runner-up), "ngôi đầu",
	// "vô địch", "đội nào" (which unit), "lội ngược dòng", "bứt phá",
	// "tụt dốc" (up, down), "trắng tay" (none at all), "cách biệt" (the
	// gap), "ai ngồi đầu" (who is first).
	{"a quan", "dung thu 2"},
	{"ngoi dau", "cao nhat"},
	{"ngoi nhi", "dung thu 2"},
	{"vo dich", "cao nhat"},
	{"doi nao", "don vi nao"},
	{"loi nguoc dong", "tang"},
	{"but pha", "tang"},
	{"tut doc", "giam"},
	{"trang tay", "khong co"},
	{"cach biet", "chenh lech"},
	{"venh nhau", "chenh nhau"}, // "tỷ lệ xã và tỷ lệ DN vênh nhau bao nhiêu"
	{"ai ngoi dau tien", "don vi nao cao nhat"},
	{"ai ngoi dau", "don vi nao cao nhat"},
	// "chưa làm gì hết": not started.
	{"chua lam gi", "chua thuc hien"},
	// "đứng chót", "chót bảng": the last.
	{"dung chot", "thap nhat"},
	{"chot bang", "thap nhat"},
	// Voice typing hears "sở nào" as "sử nào".
	{"su nao", "so nao"},
	// "quí", "kì", "lí" are the older spellings of "quý", "kỳ", "lý".
	{"qui", "quy"},
	{"ki", "ky"},
	{"li", "ly"},
	// "tt" after a filing is "trực tuyến" ("nộp tt", "hồ sơ tt", "nhận tt
	// bn hs", "trong đó tt bn").
	{"nop tt", "nop truc tuyen"},
	{"nhan tt", "nhan truc tuyen"},
	{"gui tt", "gui truc tuyen"},
	{"trong do tt", "trong do truc tuyen"},
	{"hs tt", "ho so truc tuyen"},
	{"tl tt", "ty le truc tuyen"},
	{"nop giay to", "nop ho so"},
	{"ty le tt", "ty le truc tuyen"},
	{"ho so tt", "ho so truc tuyen"},
	{"tile", "ty le"},
	{"onl", "truc tuyen"},           // "nộp onl", "hs onl"
	{"con ghi la", "con"},           // "dự án còn ghi là chưa thực hiện"
	{"moi thu may", "moi loai may"}, // "mức 3 với mức 4 mỗi thứ mấy cái": each, no rank
	// Speech-to-text slips: "tỉ nệ", "pê xê i", "hồ xơ".
	{"ti ne", "ty le"},
	{"ty ne", "ty le"},
	{"pe xe i", "pci"},
	{"ho xo tt", "ho so truc tuyen"}, // (as "hồ sơ tt" reads)
	{"ho xo", "ho so"},
	{"tyle", "ty le"},
	// Words run together on a phone keyboard ("SOHOSO", "QUY2", "TRUCTUYEN").
	{"hoso", "ho so"},
	{"sohoso", "so ho so"},
	{"baocao", "bao cao"},
	{"tructuyen", "truc tuyen"},
	{"phantram", "phan tram"},
	{"donvi", "don vi"},
	{"quy1", "quy 1"},
	{"quy2", "quy 2"},
	{"quy3", "quy 3"},
	{"quy4", "quy 4"},
	{"muc3", "muc 3"},
	{"muc4", "muc 4"},
}

// abbreviationRule is an abbreviation split into tokens.
type abbreviationRule struct{ from, to []string }

// maxSourceToken is the length of the longest first token of a source;
// longer tokens skip the map lookup.
const maxSourceToken = 14

// abbreviationIndex maps the first token of every source to its rules,
// longest source first. Built once from the table; never written after.
var abbreviationIndex = indexAbbreviations(abbreviations, englishTerms)

func indexAbbreviations(tables ...[]abbreviation) map[string][]abbreviationRule {
	index := make(map[string][]abbreviationRule, len(tables[0]))
	for _, a := range slices.Concat(tables...) {
		rule := abbreviationRule{from: strings.Fields(a.from), to: strings.Fields(a.to)}
		rules := append(index[rule.from[0]], rule)
		// Insertion sort: longest source first, so "dvc tt" beats "dvc".
		for i := len(rules) - 1; i > 0 && len(rules[i].from) > len(rules[i-1].from); i-- {
			rules[i], rules[i-1] = rules[i-1], rules[i]
		}
		index[rule.from[0]] = rules
	}
	return index
}

// Normalize prepares a question for matching: NFC, lower case, diacritics
// folded (đ -> d), punctuation turned into spaces except where it belongs
// to a number, date or period ("2/2019", "q2-2019", "27/02/2019", "4,92",
// "1.995"; '%' becomes a token of its own), abbreviations expanded by
// whole token (see abbreviations), whitespace collapsed. Folded holds only
// a-z, 0-9, spaces and the kept symbols / - : . , %, and
// Normalize(t.Folded).Folded == t.Folded.
func Normalize(s string) Text {
	if !isASCII(s) && hasCombiningMark(s) {
		// Marks typed apart (NFD) are joined first, so that VIQR's "A'"
		// is read the same before a decomposed "ý" as before a composed
		// one (the fuzzer's "00A'ý").
		s = norm.NFC.String(s)
	}
	if !isASCII(s) {
		// Stray marks go before VIQR is read, as they go from the
		// original: "A'" then a Syriac mark then "A" (a fuzzer's find)
		// reads as "A'A" both ways.
		s = withoutStrayMarks(s)
	}
	s = fromVIQR(s) // ("ti?nh" as "tỉnh": the message as if typed with its marks)
	var original string
	if isASCII(s) {
		original = collapseSpaces(s)
	} else {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		original = collapseSpaces(withoutStrayMarks(norm.NFC.String(withoutFormatChars(s))))
	}
	var folded []byte
	if src := joinedYears(withSymbolsAsWords(splitJoinedWords(expandCased(expandInitials(withoutSectionRefs(fromOCR(fromVNI(original)))))))); isASCII(src) {
		folded = make([]byte, len(src))
		for i := 0; i < len(src); i++ {
			folded[i] = lowerASCII(src[i])
		}
	} else {
		folded = foldToASCII(src)
	}
	if bytes.Contains(folded, []byte("19")) || bytes.Contains(folded, []byte("20")) {
		// A year run on to letters that folding alone made plain ("AA2000Ỻ":
		// the last letter is no Vietnamese one, dropped): parted now, as a
		// second reading would.
		if parted := joinedYears(string(folded)); len(parted) != len(folded) {
			folded = []byte(parted)
		}
	}
	tokens := splitMoneyUnits(telexNumbered(projectNumbers(unstretched(splitAmpersands(strings.Fields(string(keepMeaningfulPunctuation(folded))))))))
	// One pass is enough: TestAbbreviationTable proves that no target, alone
	// or next to another entry, expands again. Numbers said in words are
	// read after ("nq hai hai" is "nghị quyết 22"), and write only digits.
	tokens = pointOfTime(averageShort(moneyAssigned(reachedSoFar(periodJustEnded(rateGiven(servicesToFileThrough(filesReceivedFormal(projectOrdinals(expandAbbreviations(englishPlaces(tokens)))))))))))
	n := len(tokens)
	tokens = nearestIfNone(tokens)
	nearest := len(tokens) < n
	tokens = wholeAskedInside(yearLists(splitYears(listedProjects(trailingRang(pluralMay(fallingAsked(lastTwoQuarters(periodsSetSide(quarterPairs(monthRanges(monthLetters(monthsHeaded(trailingNua(spokenNumbers(shortOpening(comparedWithShort(placeAsked(localSpeakers(yearShort(compactDates(componentIndex(tokens))))))))))))))))))))))
	return Text{Original: original, Folded: strings.Join(tokens, " "), Tokens: tokens, NearestAsked: nearest}
}

// filesReceivedFormal reads "thụ lý" as receiving files ("huyện Hương
// Sơn quý 2 thụ lý bao nhiêu hồ sơ"), but for a party secretary named Lý
// ("bí thư Lý"); "bộ hồ sơ" as files counted ("mấy bộ hồ sơ"), but for
// "cán bộ hồ sơ"; "lũy tiến" as running totals.
func filesReceivedFormal(tokens []string) []string {
	for i := 0; i+1 < len(tokens); i++ {
		switch {
		case tokens[i] == "thu" && tokens[i+1] == "ly" && (i == 0 || tokens[i-1] != "bi"):
			tokens = slices.Concat(tokens[:i:i], []string{"tiep", "nhan"}, tokens[i+2:])
		case tokens[i] == "bo" && i+2 < len(tokens) && tokens[i+1] == "ho" && tokens[i+2] == "so" && (i == 0 || tokens[i-1] != "can"):
			tokens = slices.Delete(slices.Clone(tokens), i, i+1)
		case tokens[i] == "luy" && tokens[i+1] == "tien":
			// "lũy tiến quý 1 và quý 2": added up.
			tokens = slices.Concat(tokens[:i:i], []string{"cong", "don"}, tokens[i+2:])
		}
	}
	for i, w := range tokens {
		// "mấy lượt nộp trực tuyến", "nộp online bao nhiêu lượt": files
		// filed (not "lượt đăng nhập", "lượt truy cập").
		if w == "luot" && submittedNear(tokens, i) && !slices.Contains(tokens, "dang") && !slices.Contains(tokens, "truy") {
			return slices.Concat(tokens[:i:i], []string{"ho", "so"}, tokens[i+1:])
		}
	}
	return tokens
}

// servicesToFileThrough drops what a service is for after "dịch vụ công
// (trực tuyến)": "bao nhiêu DVC online cho dân nộp hồ sơ", "… để người
// dân nộp hồ sơ qua mạng" count the services, not the files filed
// through them.
func servicesToFileThrough(tokens []string) []string {
	for i := 0; i+4 < len(tokens); i++ {
		if tokens[i] != "cho" && tokens[i] != "de" {
			continue
		}
		before := tokens[:i]
		if k := len(before); k >= 2 && before[k-2] == "truc" && before[k-1] == "tuyen" {
			before = before[:k-2]
		}
		if k := len(before); k < 3 || before[k-3] != "dich" || before[k-2] != "vu" || before[k-1] != "cong" {
			continue
		}
		j := i + 1
		for j < len(tokens) && j < i+4 && tokens[j] != "nop" {
			j++ // "cho (người) dân", "cho doanh nghiệp", "cho tổ chức"
		}
		if j+2 < len(tokens) && tokens[j] == "nop" && tokens[j+1] == "ho" && tokens[j+2] == "so" {
			return slices.Delete(slices.Clone(tokens), i, j+3)
		}
	}
	return tokens
}

// rateGiven drops a rate the asker states before asking the count it
// stands for: "tỷ lệ 13,25% thì số hồ sơ trực tuyến tương ứng là bao
// nhiêu" asks the files, not the rate.
func rateGiven(tokens []string) []string {
	for i := 0; i+4 < len(tokens); i++ {
		if tokens[i] != "ty" || tokens[i+1] != "le" || !isNumber(tokens[i+2]) || tokens[i+3] != "%" {
			continue
		}
		rest := tokens[i+4:]
		if (slices.Contains(rest, "tuong") || len(rest) > 0 && rest[0] == "thi") && slices.Contains(rest, "ho") && !slices.Contains(rest, "ty") {
			return slices.Delete(slices.Clone(tokens), i, i+4)
		}
	}
	return tokens
}

// compactDates writes the compact periods a young officer types in full:
// "2k18" as "2018"; "27/2/19" (a day, a two-digit year) as "27/2/2019";
// "06/19" (a month, a two-digit year: no day has a month 19) as "tháng
// 6/2019"; "năm 17-18" as "năm 2017-2018". A written year stays as it is.
func compactDates(tokens []string) []string {
	var out []string // nil until something is written anew
	for i, t := range tokens {
		words := compactDate(tokens, i)
		if words == nil {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(tokens)+1), tokens[:i]...)
		}
		out = append(out, words...)
	}
	if out == nil {
		return tokens
	}
	return out
}

// compactDate is what compactDates writes for the word at i, or nil.
func compactDate(tokens []string, i int) []string {
	t := tokens[i]
	if len(t) < 4 || t[0] < '0' || t[0] > '9' {
		return nil // (most words)
	}
	twoDigitYear := func(s string) bool { return len(s) == 2 && isDigits(s) && s >= "10" && s <= "39" }
	if (t[:2] == "2k") && twoDigitYear(t[2:]) {
		return []string{"20" + t[2:]}
	}
	var parts []string
	if strings.IndexByte(t, '/') > 0 {
		parts = strings.Split(t, "/") // (only a word with a slash: "27/2/19", "06/19")
	}
	switch {
	case len(parts) == 3 && isDigits(parts[0]) && isDigits(parts[1]) && twoDigitYear(parts[2]) && atoi(parts[0]) >= 1 && atoi(parts[0]) <= 31 &&
		atoi(parts[1]) >= 1 && atoi(parts[1]) <= 12:
		return []string{parts[0] + "/" + parts[1] + "/20" + parts[2]}
	case len(parts) == 2 && len(parts[0]) <= 2 && isDigits(parts[0]) && atoi(parts[0]) >= 1 && atoi(parts[0]) <= 12 && twoDigitYear(parts[1]) && atoi(parts[1]) > 12 &&
		i > 0 && monthYearBefore[tokens[i-1]]:
		// (After a word of time only: "12/13" alone is twelve units of
		// thirteen.)
		month := strconv.Itoa(atoi(parts[0])) + "/20" + parts[1]
		if i > 0 && (tokens[i-1] == "thang" || tokens[i-1] == "t") {
			return []string{month} // ("tháng 06/19")
		}
		return []string{"thang", month}
	}
	if a, b, ok := strings.Cut(t, "-"); ok && i > 0 && tokens[i-1] == "nam" && twoDigitYear(a) && twoDigitYear(b) && a < b {
		return []string{"20" + a + "-20" + b}
	}
	return nil
}

// monthYearBefore come before a month written with a two-digit year
// ("tính đến 06/19", "hết tháng 06/19").
var monthYearBefore = map[string]bool{"den": true, "toi": true, "het": true, "tu": true, "thang": true, "t": true, "cuoi": true, "dau": true,
	"ky": true, "luc": true, "vao": true, "trong": true}

// yearShort reads "n2018" as "năm 2018" (a year written short in forms;
// "n99999" too, an impossible year, refused as such).
func yearShort(tokens []string) []string {
	if !slices.ContainsFunc(tokens, yearWrittenShort) {
		return tokens
	}
	out := make([]string, 0, len(tokens)+1)
	for _, t := range tokens {
		if yearWrittenShort(t) {
			out = append(out, "nam", t[1:])
			continue
		}
		out = append(out, t)
	}
	return out
}

// pointOfTime drops "mốc" before the day or period it marks ("tới mốc
// 10-6-2019", "tại mốc chốt quý 2/2019"); "mốc đầu tiên và mốc gần nhất"
// asks periods of their own and stays.
func pointOfTime(tokens []string) []string {
	if !slices.Contains(tokens, "moc") {
		return tokens
	}
	out := make([]string, 0, len(tokens))
	for i, t := range tokens {
		if t == "moc" && i+1 < len(tokens) && (tokens[i+1][0] >= '0' && tokens[i+1][0] <= '9' ||
			slices.Contains([]string{"chot", "ngay", "quy", "nam", "thang", "cuoi", "het"}, tokens[i+1])) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// nearestIfNone drops the asker's fallback ("…, chưa có thì cho e quý gần
// nhất", "ko có số 2017 thì lấy năm gần nhất", "nếu không thì đưa số sát
// nhất"): the nearest stored period, named as such, is what a period with
// no figure gets anyway, and the clause's "chưa có" asks no complement.
func nearestIfNone(tokens []string) []string {
	for j := 1; j < len(tokens); j++ {
		if tokens[j] != "nhat" || tokens[j-1] != "gan" && tokens[j-1] != "sat" && tokens[j-1] != "moi" {
			continue
		}
		thi := -1
		for k := j - 2; k >= 0 && k >= j-9; k-- {
			if tokens[k] == "thi" {
				thi = k
				break
			}
		}
		if thi < 1 {
			continue
		}
		start := -1
		for k := thi - 1; k >= 0 && k >= thi-7; k-- {
			switch tokens[k] {
			case "chua", "khong", "ko", "k":
				start = k
			}
		}
		if start < 0 {
			continue
		}
		if start > 0 && tokens[start-1] == "neu" {
			start--
		}
		return slices.Concat(tokens[:start:start], tokens[j+1:])
	}
	return tokens
}

// componentIndex reads "CSTP" as "chỉ số thành phần" and "CS minh bạch" as
// "chỉ số minh bạch" (the PCI's component index), after the table, whose
// rewrites ("sản phẩm chi" is "sản phẩm nào") the expansion would start.
func componentIndex(tokens []string) []string {
	if !slices.Contains(tokens, "cstp") && !slices.Contains(tokens, "cs") {
		return tokens
	}
	out := make([]string, 0, len(tokens)+3)
	for i, t := range tokens {
		switch {
		case t == "cstp":
			out = append(out, "chi", "so", "thanh", "phan")
		case t == "cs" && i+1 < len(tokens) && tokens[i+1] == "minh":
			out = append(out, "chi", "so")
		default:
			out = append(out, t)
		}
	}
	return out
}

func yearWrittenShort(t string) bool { return len(t) >= 5 && t[0] == 'n' && allDigits(t[1:]) }

// averageShort reads "tb" as "trung bình" ("tb 1 sở bao nhiêu DVC", "mức
// tb của các huyện"), after the table, whose rewrites it would otherwise
// start.
func averageShort(tokens []string) []string {
	for i, t := range tokens {
		if t == "tb" {
			tokens = slices.Concat(tokens[:i:i], []string{"trung", "binh"}, tokens[i+1:])
			return averageShort(tokens)
		}
	}
	return tokens
}

// moneyAssigned reads "được giao" after money ("dự toán kinh phí tập huấn
// năm nay được giao bao nhiêu") as money granted, not a target set.
func moneyAssigned(tokens []string) []string {
	for i := 2; i+1 < len(tokens); i++ {
		if tokens[i] != "duoc" || tokens[i+1] != "giao" || slices.Contains(tokens, "tieu") {
			continue
		}
		if at := slices.Index(tokens, "kinh"); at >= 0 && at < i && tokens[at+1] == "phi" {
			tokens = slices.Concat(tokens[:i:i], []string{"duoc", "cap"}, tokens[i+2:])
		}
	}
	return tokens
}

// reachedSoFar drops "lên" of "lên (được) bao nhiêu rồi": how many a
// figure has reached ("lượt đăng nhập lên bao nhiêu rồi"), not by how much
// it rose.
func reachedSoFar(tokens []string) []string {
	for i := 0; i+3 < len(tokens); i++ {
		if tokens[i] != "len" {
			continue
		}
		j := i + 1
		if tokens[j] == "duoc" {
			j++
		}
		if j+2 < len(tokens) && tokens[j] == "bao" && tokens[j+1] == "nhieu" && tokens[j+2] == "roi" {
			// (Again, until none is left: "lên lên bao nhiêu" said twice.)
			return reachedSoFar(slices.Delete(slices.Clone(tokens), i, i+1))
		}
		if j+2 < len(tokens) && tokens[j] == "bao" && tokens[j+1] == "nhieu" && reachedNouns[tokens[j+2]] && (i == 0 || !risingWords[tokens[i-1]]) {
			// "số lần đăng nhập … lên bao nhiêu lượt": the count reached
			// (not "tăng lên bao nhiêu", which may be by how much).
			return reachedSoFar(slices.Delete(slices.Clone(tokens), i, i+1))
		}
	}
	return tokens
}

// reachedNouns are what a count reached is counted in; risingWords say
// by how much ("tăng lên bao nhiêu").
var reachedNouns, risingWords = map[string]bool{"luot": true, "nguoi": true, "ho": true, "dich": true, "gian": true, "san": true, "bai": true,
	"lop": true, "doanh": true, "thanh": true}, map[string]bool{"tang": true, "giam": true, "nhich": true, "vot": true, "tut": true}

// periodJustEnded reads "vừa xong" after a period as "vừa qua": "quý II
// vừa xong" is the quarter just ended, not a project finished.
func periodJustEnded(tokens []string) []string {
	for i := 2; i+1 < len(tokens); i++ {
		if tokens[i] == "vua" && tokens[i+1] == "xong" && slices.Contains([]string{"quy", "nam", "thang", "ky"}, tokens[i-2]) {
			tokens = slices.Concat(tokens[:i:i], []string{"vua", "qua"}, tokens[i+2:])
		}
	}
	return tokens
}

// submittedNear: "nộp" is right after i, or among the five words before.
func submittedNear(tokens []string, i int) bool {
	if i+1 < len(tokens) && tokens[i+1] == "nop" {
		return true
	}
	return slices.Contains(tokens[max(0, i-5):i], "nop")
}

// localSpeakers drops "địa phương" after a person ("Một lãnh đạo địa
// phương phát biểu …", "cán bộ địa phương nói …"): who speaks, not the
// districts' level; "lãnh đạo địa phương nào" asks which.
func localSpeakers(tokens []string) []string {
	for i := 2; i+1 < len(tokens); i++ {
		if tokens[i] == "dia" && tokens[i+1] == "phuong" && (i+2 == len(tokens) || tokens[i+2] != "nao") &&
			(tokens[i-2] == "lanh" && tokens[i-1] == "dao" || tokens[i-2] == "can" && tokens[i-1] == "bo") {
			tokens = slices.Delete(tokens, i, i+2)
			i--
		}
	}
	return tokens
}

// placeAsked writes "đứng mấy" as "đứng thứ mấy" ("Sở TT&TT quý 1 đứng mấy
// trong các sở"): a place asked, not "xây dựng mấy" (built how many).
func placeAsked(tokens []string) []string {
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] == "dung" && tokens[i+1] == "may" && (i == 0 || tokens[i-1] != "xay") {
			return slices.Insert(tokens, i+1, "thu")
		}
	}
	return tokens
}

// shortOpening reads a message opening with "thiếu" or "hụt" ("thiếu
// mấy điểm nữa", "hụt bao nhiêu") as "còn thiếu": what is still short of
// the figure before, as "còn hụt" is.
func shortOpening(tokens []string) []string {
	if len(tokens) > 1 && (tokens[0] == "thieu" || tokens[0] == "hut") {
		return append([]string{"con", "thieu"}, tokens[1:]...)
	}
	if len(tokens) > 2 && tokens[0] == "con" && tokens[1] == "hut" {
		tokens[1] = "thieu"
	}
	return tokens
}

// comparedWithShort writes "so" before a period after a change asked as
// "so với" ("minh bạch tăng bn điểm so 2017", "giảm mấy % so q1"): a
// phone's short "so sánh với", not "số".
func comparedWithShort(tokens []string) []string {
	for i := 1; i+1 < len(tokens); i++ {
		if tokens[i] != "so" || !(isYearToken(tokens[i+1]) || tokens[i+1] == "nam" && i+2 < len(tokens) && isYearToken(tokens[i+2]) ||
			tokens[i+1] == "quy" || len(tokens[i+1]) == 2 && tokens[i+1][0] == 'q' && tokens[i+1][1] >= '1' && tokens[i+1][1] <= '4') {
			continue
		}
		for _, t := range tokens[max(0, i-6):i] {
			if t == "tang" || t == "giam" || t == "hon" || t == "kem" || t == "chenh" || t == "lech" {
				return slices.Insert(tokens, i+1, "voi")
			}
		}
	}
	return tokens
}

// unstretched writes a vowel typed three times or more at a word's end
// once ("vậyyy", "ạaa", "hỏiiii": excitement, not another word); no
// Vietnamese word ends so. Consonants stay ("TTTT", "STTTT" are
// abbreviations), and so do Roman numerals ("iii").
func unstretched(tokens []string) []string {
	for i, t := range tokens {
		n := len(t)
		if n < 3 || !strings.ContainsRune("aeiouy", rune(t[n-1])) || t[n-2] != t[n-1] || t[n-3] != t[n-1] || strings.Trim(t, "ivxl") == "" {
			continue
		}
		k := n - 1
		for k > 0 && t[k-1] == t[n-1] {
			k--
		}
		tokens[i] = t[:k+1]
	}
	return tokens
}

// pluralMay writes the Southern plural "mấy" that a "nào" right after
// its noun frames as "các" ("mấy sản phẩm nào": which products, not how
// many): a "mấy" followed by "nào" within three words, or after "về"
// before a kind of unit ("về mấy sở").
// pluralNouns are the kinds of unit a plural "mấy" goes before.
var pluralNouns = map[string]bool{"so": true, "huyen": true, "xa": true, "don": true, "co": true, "nganh": true, "dia": true}

func pluralMay(tokens []string) []string {
	for i, t := range tokens {
		if t != "may" {
			continue
		}
		if i > 0 && i+1 < len(tokens) && tokens[i-1] == "ve" && pluralNouns[tokens[i+1]] {
			// "đánh giá thế nào về mấy sở ban ngành": about the
			// departments, not how many.
			tokens[i] = "cac"
			continue
		}
		for k := i + 2; k <= i+3 && k < len(tokens) && tokens[k-1] != "may" && tokens[k-1] != "cac"; k++ {
			if tokens[k] == "nao" {
				if tokens[i+1] == "nao" {
					break
				}
				tokens[i] = "cac"
				break
			}
		}
	}
	return tokens
}

// monthsHeaded writes "5t/2019" (a spreadsheet's "5T/2019") as "5
// thang/2019", the months of that year.
func monthsHeaded(tokens []string) []string {
	for i := 0; i < len(tokens); i++ {
		n, rest, ok := strings.Cut(tokens[i], "t/")
		if !ok || len(n) == 0 || len(n) > 2 || strings.Trim(n, "0123456789") != "" || len(rest) < 2 || strings.Trim(rest, "0123456789") != "" {
			continue
		}
		tokens = slices.Concat(tokens[:i], []string{n, "thang/" + rest}, tokens[i+1:])
		i++
	}
	return tokens
}

// fallingAsked writes "đi xuống" as "giảm" in a question of which unit
// ("huyện nào tỷ lệ đi xuống Q2 so Q1"), where it asks who fell; told of
// a unit ("… Đức Thọ … đi xuống, vậy quý đó chỉ đạt bao nhiêu") it is what
// the asker heard, not what is asked.
func fallingAsked(tokens []string) []string {
	for i := 1; i < len(tokens); i++ {
		if !slices.Contains(tokens[:i], "nao") {
			continue
		}
		switch {
		case i+1 < len(tokens) && tokens[i] == "di" && tokens[i+1] == "xuong":
			tokens = slices.Concat(tokens[:i], []string{"giam"}, tokens[i+2:])
		case tokens[i] == "tut" && (i+1 == len(tokens) || !slices.Contains([]string{"hang", "con", "may", "bao", "mat"}, tokens[i+1])):
			// "đơn vị nào làm tỷ lệ tụt xuống nhiều nhất": who fell
			// most (not "tụt hạng", a rank; not "tụt còn", the figure).
			end := i + 1
			if end < len(tokens) && tokens[end] == "xuong" {
				end++
			}
			tokens = slices.Concat(tokens[:i], []string{"giam"}, tokens[end:])
		}
	}
	return tokens
}

// trailingNua writes a message's last "nx" as "nữa" ("mức 4 nx"), unless
// it follows a word that names a unit next ("so với NX": Nghi Xuân).
func trailingNua(tokens []string) []string {
	n := len(tokens)
	if n < 2 || tokens[n-1] != "nx" {
		return tokens
	}
	switch tokens[n-2] {
	case "voi", "va", "hon", "so", "cua", "huyen", "vs":
		return tokens
	}
	tokens[n-1] = "nua"
	return tokens
}

// listedProjects writes projects listed by their numbers after one "dự
// án" with commas ("DA 3,4,6,7,13", which folds like a decimal) as each
// project: "du an 3 du an 4 …".
func listedProjects(tokens []string) []string {
	for i := 2; i < len(tokens); i++ {
		if tokens[i-2] != "du" || tokens[i-1] != "an" || !strings.Contains(tokens[i], ",") {
			continue
		}
		parts := strings.Split(tokens[i], ",")
		var listed []string
		for _, n := range parts {
			if n == "" || len(n) > 2 || strings.Trim(n, "0123456789") != "" {
				listed = nil
				break
			}
			if len(listed) > 0 {
				listed = append(listed, "du", "an")
			}
			listed = append(listed, n)
		}
		if len(listed) == 0 {
			continue
		}
		return slices.Concat(tokens[:i], listed, tokens[i+1:])
	}
	return tokens
}

// splitYears joins a year typed with a thousands mark or a space after
// "năm" ("năm 2.018", "NAM 2 018"): the year, not two thousand and
// eighteen or two numbers.
func splitYears(tokens []string) []string {
	for i := 1; i < len(tokens); i++ {
		if tokens[i-1] != "nam" {
			continue
		}
		t := tokens[i]
		switch {
		case len(t) == 5 && t[0] == '2' && t[1] == '.' && strings.Trim(t[2:], "0123456789") == "":
			tokens[i] = "2" + t[2:]
		case t == "2" && i+1 < len(tokens) && len(tokens[i+1]) == 3 && tokens[i+1][0] == '0' && strings.Trim(tokens[i+1], "0123456789") == "":
			tokens = slices.Concat(tokens[:i], []string{"2" + tokens[i+1]}, tokens[i+2:])
		}
	}
	return tokens
}

// yearLists writes the two-digit years listed after "năm 17" ("năm 17,
// 18, 19", "năm 18 và 19") in full, as the first is read.
func yearLists(tokens []string) []string {
	for i := 1; i < len(tokens); i++ {
		if tokens[i-1] != "nam" || !shortYear(tokens[i]) {
			continue
		}
		for j := i; j < len(tokens); j++ {
			switch {
			case shortYear(tokens[j]):
				tokens[j] = "20" + tokens[j]
			case tokens[j] == "va" && j+1 < len(tokens) && shortYear(tokens[j+1]):
			default:
				j = len(tokens)
			}
		}
	}
	return tokens
}

// wholeAskedInside writes "trên tổng số bao nhiêu hồ sơ" (the whole's name
// with the question inside it) as "trên tổng số hồ sơ": the whole a part
// is asked of, named.
//
// Opening the message ("trên tổng số bao nhiêu hồ sơ?" after a count), it
// asks the whole itself: "tổng số bao nhiêu hồ sơ".
//
// After a count asked ("bao nhiêu hồ sơ trực tuyến trên tổng số bao nhiêu
// hồ sơ"), it asks the whole too: "… và tổng số hồ sơ", each a count.
func wholeAskedInside(tokens []string) []string {
	for i := 2; i+3 < len(tokens); i++ {
		if tokens[i-2] == "tren" && tokens[i-1] == "tong" && runAt(tokens, i, []string{"so", "bao", "nhieu"}) {
			if i == 2 {
				return tokens[1:]
			}
			if slices.Contains(tokens[:i-2], "bao") && slices.Contains(tokens[:i-2], "nhieu") {
				rest := tokens[i+3:]
				if runAt(rest, 0, []string{"ho", "so"}) && !slices.Contains(rest, "tiep") {
					// (The files received, all of them.)
					rest = slices.Concat([]string{"ho", "so", "tiep", "nhan"}, rest[2:])
				}
				return slices.Concat(tokens[:i-2], []string{"va", "tong", "so"}, rest)
			}
			return slices.Concat(tokens[:i+1], tokens[i+3:])
		}
	}
	return tokens
}

// joinedYears writes a word typed joined to a year ("nam2018",
// "pci2018", "năm2019") as the word and the year, before the words are
// read.
func joinedYears(s string) string {
	if !strings.Contains(s, "19") && !strings.Contains(s, "20") {
		return s
	}
	return rewriteWords(s, func(w string) (string, bool) {
		n := len(w)
		if n >= 6 && (w[n-4:n-2] == "19" || w[n-4:n-2] == "20") && isDigit(w[n-2]) && isDigit(w[n-1]) && lettersOnly(w[:n-4]) {
			return w[:n-4] + " " + w[n-4:], true
		}
		return "", false
	})
}

// rewriteWords rewrites each word of s (a run of Latin letters, marks and
// digits, latinWordRune) that rewrite changes, keeping everything else;
// it builds a new string only once a word changes.
func rewriteWords(s string, rewrite func(w string) (string, bool)) string {
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !latinWordRune(r) {
				break
			}
			j += size
		}
		if j == i {
			_, j = utf8.DecodeRuneInString(s[i:])
			j += i
		} else if w, ok := rewrite(s[i:j]); ok {
			if !changed {
				b.Grow(len(s) + 4)
				b.WriteString(s[:i])
				changed = true
			}
			b.WriteString(w)
			i = j
			continue
		}
		if changed {
			b.WriteString(s[i:j])
		}
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}

// latinWordRune: r is a digit, or a letter or mark of the Latin scripts
// Vietnamese is written in (other scripts fold to nothing, and a word
// must read the same once folded).
func latinWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r < 0x250 || r >= 0x1E00 && r <= 0x1EFF:
		return unicode.IsLetter(r)
	}
	return r >= 0x300 && r <= 0x36F // combining marks (NFD)
}

// lettersOnly: w holds letters (and marks) only, two or more.
func lettersOnly(w string) bool {
	count := 0
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
		count++
	}
	return count >= 2
}

// shortYear: two digits a year of this century is written with (10–39).
func shortYear(tok string) bool {
	return len(tok) == 2 && tok[0] >= '1' && tok[0] <= '3' && tok[1] >= '0' && tok[1] <= '9'
}

// telexNumbered writes a period or level word typed in Telex and joined
// to its number ("quys1", "mwcs3") as the word and the number ("quy 1",
// "muc 3"): the spelling reads Telex only in words of letters.
func telexNumbered(tokens []string) []string {
	var out []string
	for i, tok := range tokens {
		digits := strings.TrimLeft(tok, "abcdefghijklmnopqrstuvwxyz")
		letters := tok[:len(tok)-len(digits)]
		if digits == "" || len(letters) < 3 || strings.Trim(digits, "0123456789") != "" || strings.IndexByte("sfrxj", letters[len(letters)-1]) < 0 {
			if out != nil {
				out = append(out, tok)
			}
			continue
		}
		base := strings.ReplaceAll(telexPairs.Replace(letters[:len(letters)-1]), "w", "u")
		if !telexNumberedWords[base] {
			if out != nil {
				out = append(out, tok)
			}
			continue
		}
		if out == nil {
			out = slices.Clone(tokens[:i])
		}
		out = append(out, base, digits)
	}
	if out == nil {
		return tokens
	}
	return out
}

// telexNumberedWords are the words typed joined to a number.
var telexNumberedWords = map[string]bool{"quy": true, "muc": true, "nam": true, "thang": true}

// trailingRang writes a message's last "răng" (Nghệ-Tĩnh "sao") as "thì
// sao" ("đức thọ răng": Đức Thọ, then?), as "sao" after a verb of
// saying ("báo cáo ghi răng"), and not after the words that make it "vì
// sao", "thế nào", "làm sao" (read by the table).
func trailingRang(tokens []string) []string {
	n := len(tokens)
	if n < 2 || tokens[n-1] != "rang" {
		return tokens
	}
	switch tokens[n-2] {
	case "vi", "the", "lam", "tai", "sao", "thi":
		return tokens
	case "noi", "ghi", "viet", "neu", "ke", "thich", "gia", "xet":
		// "báo cáo ghi răng": what it says, "ghi sao".
		tokens[n-1] = "sao"
		return tokens
	}
	return append(tokens[:n-1], "thi", "sao")
}

// projectNumbers writes "DA10", "da1" (a project by its number in the
// list, typed as one word) as "du an 10": "đã" is never written joined to
// a number. Read after folding, so a second pass finds nothing to change.
func projectNumbers(tokens []string) []string {
	var out []string
	for i, t := range tokens {
		n, ok := projectNumber(t)
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(tokens)+2), tokens[:i]...)
		}
		out = append(out, "du", "an", n)
	}
	if out == nil {
		return tokens
	}
	return out
}

// projectOrdinals writes "dự án thứ nhất", "dự án thứ tư", "dự án thứ
// mười hai" (a project by its place in the list) as "du an 1", "du an 4",
// "du an 12".
func projectOrdinals(tokens []string) []string {
	for i := 0; i+3 < len(tokens); i++ {
		if tokens[i] != "du" || tokens[i+1] != "an" || tokens[i+2] != "thu" {
			continue
		}
		n, used := ordinalAt(tokens, i+3)
		if n == 0 {
			continue
		}
		out := slices.Concat(tokens[:i+2], []string{strconv.Itoa(n)}, tokens[i+3+used:])
		return projectOrdinals(out)
	}
	return tokens
}

// ordinalAt reads an ordinal's number at i ("nhất", "tư", "mười hai",
// "3") and how many words it takes, or 0.
func ordinalAt(tokens []string, i int) (int, int) {
	units := map[string]int{"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
	if n, err := strconv.Atoi(tokens[i]); err == nil && n >= 1 && n <= 30 {
		return n, 1
	}
	if tokens[i] == "muoi" {
		if i+1 < len(tokens) {
			if u, ok := units[tokens[i+1]]; ok && tokens[i+1] != "nhat" && tokens[i+1] != "tu" {
				return 10 + u, 2
			}
			if tokens[i+1] == "mot" {
				return 11, 2
			}
		}
		return 10, 1
	}
	if u, ok := units[tokens[i]]; ok {
		return u, 1
	}
	return 0, 0
}

// projectNumber is the number of a folded "da10", "da1".
func projectNumber(w string) (string, bool) {
	if len(w) < 3 || len(w) > 4 || w[:2] != "da" {
		return "", false
	}
	n := w[2:]
	for _, c := range n {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return n, true
}

// withoutFormatChars drops invisible format characters (zero-width space
// and joiners, soft hyphen, byte-order mark, direction marks) that text
// copied from documents and web pages carries inside words: "c\u200bó" is "có".
func withoutFormatChars(s string) string { return withoutRunes(s, isFormatChar) }

// withoutRunes is s without the runes drop reports, s itself when it has
// none.
func withoutRunes(s string, drop func(rune) bool) string {
	if !strings.ContainsFunc(s, drop) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if drop(r) {
			return -1
		}
		return r
	}, s)
}

func isFormatChar(r rune) bool { return r >= 0x80 && unicode.Is(unicode.Cf, r) }

// withoutStrayMarks drops the combining marks no Vietnamese letter or
// sign uses, pasted in as noise ("A\u1dffA2000"), which would otherwise
// part the words they sit in only once folded (and the text read again
// would split them).
func withoutStrayMarks(s string) string { return withoutRunes(s, isMark) }

// isMark: a combining mark outside the basic block, whose marks compose
// Vietnamese letters or make signs ("x̄", a mean).
func isMark(r rune) bool { return r > 0x36f && unicode.Is(unicode.Mn, r) }

// Fold is format characters dropped -> NFC -> lowercase -> diacritics removed (đ -> d) -> whitespace
// collapsed, with no punctuation removal and no abbreviation expansion; it
// is how stored aliases are compared.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(collapseSpaces(s))
	}
	s = withoutFormatChars(s)
	if folded, ok := foldLatin(s); ok {
		return collapseSpaces(folded)
	}
	return foldUnicode(s)
}

// foldUnicode is Fold by its definition, for any text.
func foldUnicode(s string) string {
	d := norm.NFD.String(strings.ToLower(norm.NFC.String(withoutFormatChars(s))))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case r == 'đ' || r == 'ð': // some keyboards type Đ as the Icelandic eth
			b.WriteByte('d')
		case unicode.Is(unicode.Mn, r):
		default:
			b.WriteRune(r)
		}
	}
	return collapseSpaces(b.String())
}

// foldLatin is Fold's fast path for text whose letters all fold to ASCII
// letters (Vietnamese, NFC or NFD); ok is false for anything else.
func foldLatin(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, lowerASCII(byte(r)))
			continue
		}
		b, ok := foldTable.lookup(r)
		switch {
		case !ok || b == ' ':
			return "", false
		case b != foldDrop:
			out = append(out, b)
		}
	}
	return string(out), true
}

// HasPhrase reports whether phrase (space-separated folded tokens) occurs
// in tokens as a run of whole tokens.
func HasPhrase(tokens []string, phrase string) bool {
	return PhraseIndex(tokens, phrase) >= 0
}

// PhraseIndex returns the index of the first token of the first whole-token
// occurrence of phrase in tokens, or -1 (also for an empty phrase).
func PhraseIndex(tokens []string, phrase string) int {
	if !singleSpaced(phrase) {
		return wordsIndex(tokens, strings.Fields(phrase))
	}
	if strings.IndexByte(phrase, ' ') < 0 {
		// One word: no split (most cues are one or two words, looked
		// up many times a question).
		return slices.Index(tokens, phrase)
	}
	// Several words, matched as they are cut off (no slice a call).
	first, rest, _ := strings.Cut(phrase, " ")
	for i, t := range tokens {
		if t != first {
			continue
		}
		j, r := i+1, rest
		for r != "" && j < len(tokens) {
			var w string
			w, r, _ = strings.Cut(r, " ")
			if tokens[j] != w {
				break
			}
			j++
			if r == "" {
				return i
			}
		}
	}
	return -1
}

// wordsIndex is PhraseIndex of a phrase already split into words.
func wordsIndex(tokens, words []string) int {
	if len(words) == 0 {
		return -1
	}
	for i := 0; i+len(words) <= len(tokens); i++ {
		if runAt(tokens, i, words) {
			return i
		}
	}
	return -1
}

// singleSpaced: words parted by one plain space each, as strings.Fields
// would cut them.
func singleSpaced(phrase string) bool {
	if strings.Contains(phrase, "  ") || strings.HasPrefix(phrase, " ") || strings.HasSuffix(phrase, " ") {
		return false
	}
	for _, r := range phrase {
		if r != ' ' && unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// runAt reports whether tokens[i:] starts with words.
func runAt(tokens []string, i int, words []string) bool {
	if i < 0 || i+len(words) > len(tokens) {
		return false
	}
	for k, w := range words {
		if tokens[i+k] != w {
			return false
		}
	}
	return true
}

// hasCombiningMark: s holds a combining diacritical mark (U+0300–U+036F),
// as text typed or pasted in NFD does.
func hasCombiningMark(s string) bool {
	for _, r := range s {
		if r >= 0x300 && r <= 0x36F {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'z' }
