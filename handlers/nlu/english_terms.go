package nlu

// An NGO officer writes Vietnamese but names the units, departments and
// figures by their English names: "Ha Tinh City", "Ky Anh Town", "Huong
// Khe district", "Department of Finance", "online public services level
// 3", "share of online applications", "Resolution 22 budget". They are
// read as the Vietnamese names they stand for.

// englishTerms are read after the places' order is mended (englishPlaces),
// in the same way as abbreviations.
var englishTerms = []abbreviation{
	// The departments by their official English names.
	{"department of information and communications", "so thong tin va truyen thong"},
	{"department of information and communication", "so thong tin va truyen thong"},
	{"department of finance", "so tai chinh"},
	{"department of education and training", "so giao duc va dao tao"},
	{"department of health", "so y te"},
	{"department of home affairs", "so noi vu"},
	{"department of industry and trade", "so cong thuong"},
	{"department of justice", "so tu phap"},
	{"department of planning and investment", "so ke hoach va dau tu"},
	{"department of agriculture and rural development", "so nong nghiep va phat trien nong thon"},
	{"department of transport", "so giao thong van tai"},
	{"department of natural resources and environment", "so tai nguyen va moi truong"},
	{"department of labour invalids and social affairs", "so lao dong thuong binh va xa hoi"},
	{"department of labor invalids and social affairs", "so lao dong thuong binh va xa hoi"},
	{"department of culture sports and tourism", "so van hoa the thao va du lich"},
	{"department of science and technology", "so khoa hoc va cong nghe"},
	{"department of foreign affairs", "so ngoai vu"},
	{"economic zone authority", "ban quan ly khu kinh te"},
	{"provincial tv", "dai phat thanh va truyen hinh tinh"},
	{"provincial television", "dai phat thanh va truyen hinh tinh"},
	{"electricity company", "dien luc"},
	{"tax department", "cuc thue"},
	// Levels.
	{"district level", "cap huyen"},
	{"commune level", "cap xa"},
	{"provincial level", "cap tinh"},
	{"province level", "cap tinh"},
	// The figures.
	{"share of online applications", "ty le ho so truc tuyen"},
	{"online applications share", "ty le ho so truc tuyen"},
	{"share online applications", "ty le ho so truc tuyen"},
	{"share online", "ty le truc tuyen"},
	{"share", "ty le"},
	{"online public services", "dich vu cong truc tuyen"},
	{"online public service", "dich vu cong truc tuyen"},
	{"online services", "dich vu cong truc tuyen"},
	{"online service", "dich vu cong truc tuyen"},
	{"public services", "dich vu cong"},
	{"public service", "dich vu cong"},
	{"administrative procedures", "thu tuc hanh chinh"},
	{"administrative procedure", "thu tuc hanh chinh"},
	{"applications received", "ho so tiep nhan"},
	{"one stop shop", "mot cua"},
	{"one stop shops", "mot cua"},
	{"e government", "chinh quyen dien tu"},
	{"e commerce platform", "san giao dich thuong mai dien tu"},
	{"e commerce", "thuong mai dien tu"},
	{"transparency index", "pci minh bach"},
	{"website coverage", "trang thong tin dien tu"},
	{"websites", "trang thong tin dien tu"},
	{"resolution", "nghi quyet"},
	{"other sources", "nguon khac"},
	{"allocated", "da bo tri"},
	{"proposed", "de xuat"},
	{"portal upgrade", "nang cap cong thong tin dien tu"},
	{"upgrade", "nang cap"},
	{"legal advice column", "chuyen muc tu van ho tro phap ly"},
	{"legal advice", "tu van phap ly"},
	{"businesses", "doanh nghiep"},
	{"business", "doanh nghiep"},
	{"citizens", "nguoi dan"},
	{"units", "don vi"},
	{"trained", "duoc tap huan"},
	{"offline", "khong truc tuyen"},
}

// placeKindsEnglish are the English kinds said after a place's name, with
// the Vietnamese said before it.
var placeKindsEnglish = map[string][]string{"city": {"thanh", "pho"}, "town": {"thi", "xa"}, "district": {"huyen"}, "province": {"tinh"}, "commune": {"xa"}, "ward": {"phuong"}}

// notPlaceName are words before an English kind that name no place ("the
// whole district", "each district", "provincial city").
var notPlaceName = setOf("the", "of", "each", "every", "all", "this", "that", "which", "per", "level", "online", "whole", "and", "or", "a", "in", "for",
	"huyen", "xa", "thanh", "pho", "thi", "cap", "cac", "moi", "tung", "nao", "ca", "toan", "cua", "va", "o", "tai", "bao", "nhieu",
	"may", "co", "la", "duoc", "nhung", "cho", "voi", "the", "con")

// englishPlaces puts the English kind after a place's name before it, in
// Vietnamese: "ha tinh city" -> "thanh pho ha tinh", "huong khe district"
// -> "huyen huong khe". The name is the two syllables before the kind, as
// the province's place names are.
func englishPlaces(tokens []string) []string {
	var out []string // allocated on the first rewrite
	last := 0
	for i := 2; i < len(tokens); i++ {
		kind, ok := placeKindsEnglish[tokens[i]]
		if !ok || !placeSyllable(tokens[i-2]) || !placeSyllable(tokens[i-1]) || i+1 < len(tokens) && tokens[i+1] == "level" {
			continue
		}
		if out == nil {
			out = make([]string, 0, len(tokens)+2)
		}
		out = append(out, tokens[last:i-2]...)
		out = append(out, kind...)
		out = append(out, tokens[i-2], tokens[i-1])
		last = i + 1
	}
	if out == nil {
		return tokens
	}
	return append(out, tokens[last:]...)
}

// placeSyllable: a word that can be a syllable of a place's name.
func placeSyllable(w string) bool {
	if len(w) == 0 || len(w) > 6 || notPlaceName[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
