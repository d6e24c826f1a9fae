package nlu

import (
	"slices"
	"strconv"
	"strings"
)

// What a question asks of the report's own words: the cues of a search
// ("báo cáo nói gì về …") and the phrases it is looked up by.

// searchCues ask what the stored sentences say about a topic.
var searchCues = phrases("trich doan", "trich phan", "doan noi", "bao cao noi gi ve", "bao cao viet gi ve", "bao cao de cap gi ve", "bao cao de cap den",
	"bao cao nhac gi ve", "noi gi ve", "viet gi ve", "de cap gi ve", "nhac gi ve", "tim trong bao cao", "trich bao cao",
	"trich dan bao cao", "bao cao noi the nao ve", "noi the nao ve", "de cap gi den", "de cap gi toi", "de cap den",
	"de cap toi", "nhac gi den", "nhac den", "nhac toi", "noi gi den", "bao cao viet ve", "bao cao noi ve",
	"bao cao co nhac", "bao cao co noi", "bao cao co de cap", "ghi nhan gi", "co cau nao", "cau nao ve",
	"cau trong bao cao", "trich nguyen van", "nguyen van", "van ban de cap", "bao cao ke", "co thong tin gi ve", "thong tin gi ve",
	"doan bao cao", "doan trong bao cao", "bao cao co gi ve", "trong bao cao co gi", "noi dung bao cao",
	"doan nao trong bao cao", "cau goc", "doc cau", "doc doan", "doc nguyen van", "doan goc", "doan nao ve", "co doan nao",
	"doan van ve", "doan ve viec", "cau trich dan", "cau van goc", "dan dung cau chu", "dan nguyen cau", "trich dung loi",
	"loi van bao cao", "theo loi van", "trich giup", "trich cau", "noi chi", "noi gi",
	// "trích nguyên câu", "em copy nguyên câu trong báo cáo", "trích cho
	// e câu đó", "nội dung về … trong báo cáo".
	"nguyen cau", "trich cho", "trich lai", "noi dung ve", "cau ay trong bao cao", "cau do trong bao cao", "cau trong bao cao",
	// "…, trong báo cáo ghi thế mô ạ?": how the report puts it.
	"bao cao ghi the nao", "bao cao ghi the mo", "bao cao ghi sao", "bao cao ghi ra sao", "bao cao ghi rang")

// whyHowCues ask why, how or what of a topic: the report's words answer
// them, not a figure, when nothing counted is asked beside ("vì sao người
// dân ngại nộp hồ sơ trực tuyến", "sàn TMĐT còn hạn chế gì", "chỉ thị 08
// về cái gì").
var whyHowCues = phrases("tai sao", "vi sao", "ly do", "nguyen nhan", "nhu the nao", "the nao", "the mo", "ra sao", "la gi", "cai gi",
	"noi dung gi", "nhung ai", "doi tuong nao", "nho dau", "han che gi", "giai phap", "kien nghi gi", "co gi moi",
	"kieu gi", "giai thich", "danh gia gi", "tap trung vao gi", "ban hanh gi", "che gi", "hoat dong the nao",
	"bang cach nao", "toi dau", "den dau", "chu yeu o", "chu yeu lam", "chu yeu duoc", "phe binh gi", "quan tri",
	"gi theo bao cao", "gi trong bao cao", "ve viec gi", "ai co trach nhiem", "ai chiu trach nhiem",
	"la cua ai", "trach nhiem cua ai", "thuoc ve ai", "cai chi", "dieu chi", "nhung chi", "muc dich", "de lam gi",
	"lam gi", "lam chi", "chu yeu", "kien nghi nhung", "de xuat nhung", "de xuat gi", "phe binh", "bi che", "bao cao che", "quyet dinh nao", "van ban gi", "van ban nao", "bang cach mo", "hinh thuc nao", "hinh thuc mo", "ngai chi", "ngai gi",
	"nhan xet sao", "nhan xet ra sao", "nhan xet gi", "danh gia sao", "bi nhan xet", "bi danh gia",
	"cach nao", "nhan dinh", "danh gia chung", "thong tin nao", "mang xa hoi nao",
	// Who does a thing, and where ("… do ai làm", "… ai cập nhật", "phát
	// tới những đâu"); "kiểu chi" (how, in dialect).
	"do ai lam", "ai cap nhat", "ai lam", "ai quan ly", "ai van hanh", "nhung dau", "kieu chi",
	"de nghi gi", "de nghi nhung gi", "hoat dong rang", "hoat dong ra sao", "dung ra", "tren mang nao",
	// "kiến nghị điều gì/chi về kinh phí", "chỉ thị nào về …": what was
	// recommended, which document.
	"kien nghi dieu gi", "kien nghi chi", "de xuat dieu gi", "de xuat chi", "chi thi nao", "ke hoach nao",
	// "bị nhắc chuyện gì", "hạn chế trong chỉ đạo … ở khối nào", "ai lo
	// cập nhật …", "còn hoạt động không": what the report says of it.
	"chuyen gi", "chuyen chi", "bi nhac", "han che trong", "ai lo", "con hoat dong",
	// Keywords typed as into a search engine: "han che tuyen truyen
	// dvctt", "kien nghi cua so tttt", "chi thi 08 noi dung", "tam ly
	// nguoi dan", "nhan rong … xuong huyen", "fanpage … ai lap".
	"han che", "kien nghi", "noi dung", "tam ly", "nhan rong", "ai lap", "danh gia hieu qua",
	// "ai ký báo cáo này" (no figure answers it), "… được đánh giá cao
	// hay thấp", "chỗ mô nói …".
	"ai ky", "danh gia cao", "cho mo noi", "cho nao noi")

// AsksWhichItem: "sản phẩm nào được truy cập nhiều nhất", "tiêu chí PCI
// nào tăng", "mặt hàng mô", "bất cập gì": which item of a list no figure
// ranks, or what the report judges.
func AsksWhichItem(tokens []string) bool {
	for i := 1; i < len(tokens); i++ {
		if !whichWords[tokens[i]] || i+1 < len(tokens) && chiCompounds[tokens[i]+" "+tokens[i+1]] {
			continue
		}
		if itemNouns[tokens[i-1]] || i > 1 && itemNouns[tokens[i-2]+" "+tokens[i-1]] {
			return true
		}
		if i > 1 && tokens[i-2] == "o" && tokens[i-1] == "diem" {
			return true // "yếu ở điểm nào": in what respect
		}
	}
	return false
}

// itemNouns are things a report lists without a figure ranking them.
var itemNouns = setOf("san pham", "tieu chi", "chuyen muc", "giai phap", "nhiem vu", "mat hang",
	// What the report judges: "năng lực nào", "kỹ năng nào", "bất cập gì",
	// "yếu ở điểm nào", "cách diễn đạt nào".
	"nang luc", "ky nang", "bat cap", "dien dat", "van de", "han che", "kho khan", "vuong mac", "ton tai", "bien phap",
	// "lập trang gì trên mạng xã hội", "nền tảng nào" ("trang" alone is
	// also the "trạng" of "tình trạng nào")
	"lap trang", "mo trang", "fanpage", "nen tang")

// whichWords ask which or what of an item: "nào", "gì", and in dialect
// "chi", "mô".
var whichWords = setOf("nao", "gi", "chi", "mo")

// chiCompounds are words "chi" and "mô" begin that ask nothing: "điểm chỉ
// số", "chỉ tiêu", "chi phí", "mô hình".
var chiCompounds = setOf("chi so", "chi tieu", "chi phi", "chi dao", "chi thi", "chi nhanh", "chi tiet", "chi cuc", "chi tra", "chi la",
	"chi co", "mo hinh", "mo ta", "mo rong", "mo tai", "mo duoc", "mo lop", "mo them", "mo cua")

// quantityCues ask a number, or a "how" that figures answer: progress,
// a comparison, a status ("tiến độ … thế nào", "so với mục tiêu ra sao",
// "dự án … hiện trạng thế nào").
var quantityCues = phrases("bao nhieu", "may", "so luong", "ty le", "%", "phan tram", "tong so", "muc do", "so voi",
	"so sanh", "tinh hinh", "tien do", "hien trang", "tinh trang", "muc tieu", "ke hoach", "tang", "giam", "du an",
	"xep hang", "thu hang", "vs", "thay doi", "bien dong",
	// "số hồ sơ cụ thể ra sao", "con số thế nào": the count itself.
	"so ho so", "so cu the", "con so")

// numberCues ask a number outright: even asked why, a figure answers.
var numberCues = phrases("bao nhieu", "may", "so luong", "tong so", "%", "phan tram", "bn")

// NamesUnstored: the words name something no figure counts ("hồ sơ giải
// quyết đúng hạn", "trễ hẹn", "chữ ký số"), whatever else they name.
func NamesUnstored(tokens []string) bool { return anyPhrase(tokens, unstoredThings) }

// NamesUnstoredMoney: the words name a state of money no figure counts
// and nothing else is called ("giải ngân", "quyết toán", "tạm ứng"; not
// "hợp đồng", "thu hồi", which a story around a question may hold:
// "tranh thủ hỏi").
func NamesUnstoredMoney(tokens []string) bool { return anyPhrase(tokens, spentStates) }

// AsksTranslation: the message asks to translate ("dịch sang tiếng Anh
// giúp anh câu: …"), and what follows is the text to translate.
func AsksTranslation(tokens []string) bool { return anyPhrase(tokens, translationCues) }

var spentStates = phrases("giai ngan", "quyet toan", "tam ung")

// AsksNoNumber: the question asks for no number, no rate and no count
// ("mấy tiêu chí", "bao nhiêu", "tỷ lệ"): what it asks, the report's words
// may answer.
func AsksNoNumber(tokens []string) bool {
	return !anyPhrase(withoutMachines(tokens), numberCues) && !anyPhrase(tokens, rateCues)
}

// AsksAbout: the question asks what, which, how or whether ("… có thay
// đổi gì", "… ở những địa phương nào", "… có kịp thời không", "… đáp ứng
// yêu cầu chưa"): a no-data reply
// to it is better the report's words, where they match.
func AsksAbout(tokens []string) bool {
	if anyPhrase(tokens, whyHowCues) || anyPhrase(tokens, whatCues) || endsAskingWhat(tokens) {
		return true
	}
	return AsksWhether(tokens) || endsWith(tokens, "gi") || endsWith(tokens, "nao") || asksWhoDoes(tokens)
}

// whoCues open a question of who does a thing: "Đơn vị nào cập nhật
// TTHC trên Cổng …", "cơ quan nào chủ trì …".
var whoCues = phrases("don vi nao", "co quan nao", "ai")

// asksWhoDoes: a question opens with who does what, no ranking asked.
func asksWhoDoes(tokens []string) bool {
	for _, c := range whoCues {
		if runAt(tokens, 0, c) && len(tokens) > len(c) && !anyPhrase(tokens, rankDesc) && !anyPhrase(tokens, rankAsc) {
			return true
		}
	}
	return false
}

// AsksState: "… đang ở tình trạng gì", "tiến độ ra sao": a project's
// state, which its line says.
func AsksState(tokens []string) bool { return anyPhrase(tokens, stateCues) }

var stateCues = phrases("tinh trang", "hien trang", "trang thai", "tien do")

// AsksWhetherOrWhat: the question ends asking yes or no, or what ("…
// dùng phần mềm gì").
func AsksWhetherOrWhat(tokens []string) bool {
	return AsksWhether(tokens) || endsWith(tokens, "gi") || endsWith(tokens, "chi")
}

// AsksJudgement: the question asks how well something is done ("có
// nghiêm túc không", "có kịp thời không", "có thường xuyên không"),
// which the report's words judge, not a figure.
func AsksJudgement(tokens []string) bool { return anyPhrase(tokens, judgementWords) }

var judgementWords = phrases("nghiem tuc", "kip thoi", "day du", "hieu qua", "thuong xuyen", "thong suot", "on dinh", "nghiem chinh")

// AsksWhether: the question ends asking yes or no ("… có kịp thời
// không", "… đáp ứng yêu cầu chưa").
func AsksWhether(tokens []string) bool {
	return endsWith(tokens, "khong") || endsWith(tokens, "ko") || endsWith(tokens, "chua")
}

// presumeCues open what the asker takes for true and asks to be
// confirmed ("chẳng phải Lộc Hà dẫn đầu quý 2 à?").
// ("Chẳng phải" is read "có phải", "chẳng lẽ" "không lẽ".)
var presumeCues = phrases("co phai", "khong le", "le nao")

// Presumes: the words say what the asker takes for true, to be confirmed.
func Presumes(tokens []string) bool { return anyPhrase(tokens, presumeCues) }

// endsWith: the last word, polite words aside, is w, after three more.
func endsWith(tokens []string, w string) bool {
	tokens = WithoutPoliteEnd(tokens)
	return len(tokens) > 3 && tokens[len(tokens)-1] == w
}

var whatCues = phrases("co gi", "lam gi", "thay doi gi", "van de gi", "viec gi", "ra sao")

var rateCues = phrases("ty le", "xep hang", "thu hang", "diem so", "con so", "so lieu")

// whyCues ask why, dialect and all ("vì răng", "sao chưa", "sao lại"):
// the report's reasons answer, though the topic is a rise or a plan.
var whyCues = phrases("tai sao", "vi sao", "ly do", "nguyen nhan", "vi dau", "vi rang", "tai rang", "sao chua", "sao lai",
	"sao khong", "do dau", "la do chi", "vi co chi", "vi co gi", "dieu gi khien", "vi le gi", "cai gi khien", "hau qua",
	"la nho dau") // "các tiêu chí PCI tăng điểm hồi 2018 là nhờ đâu"

// AsksWhy: the question asks why ("vì sao", "do đâu", "nhờ đâu", "răng
// …", "sao … chưa").
func AsksWhy(tokens []string) bool {
	return anyPhrase(tokens, whyCues) || anyPhrase(tokens, creditCues) || len(tokens) > 3 && (tokens[0] == "sao" || tokens[0] == "rang")
}

// creditCues ask what made something happen ("nhờ đâu", "nhờ những việc
// làm nào").
var creditCues = phrases("nho dau", "nho gi", "nho nhung", "do dau")

// CausalWords mark a sentence that gives a reason: "do", "vì", "nên",
// "lý do", "nguyên nhân", "nhờ".
var CausalWords = phrases("do", "vi", "nen", "ly do", "nguyen nhan", "nho", "boi vi", "sau khi")

// asksWhyOrHow: a why, how or what question with no number asked; a why
// question with no number asked outright.
func asksWhyOrHow(tokens []string) bool {
	tokens = withoutStrengthening(withoutMachines(withoutPlaces(tokens)))
	for _, c := range whyCues {
		if runAt(tokens, 0, c) {
			// "Tại sao mấy tiêu chí PCI … lại tăng": opened by why, the
			// "mấy" of it is "some", not "how many".
			return true
		}
	}
	if anyPhrase(tokens, numberCues) || anyPhrase(tokens, rankedHowCues) && !HasPhrase(tokens, "sap xep") {
		// ("các sở xếp thế nào về DVC mức 4": the ranking asked.)
		return false
	}
	if anyPhrase(tokens, whyCues) || len(tokens) > 3 && (tokens[0] == "sao" || tokens[0] == "rang") {
		return true
	}
	return (anyPhrase(tokens, whyHowCues) || endsAskingWhat(tokens)) && !anyPhrase(tokens, quantityCues)
}

// rankedHowCues ask how units rank, which a ranking answers.
var rankedHowCues = phrases("xep the nao", "xep ra sao", "xep thu tu", "thu tu ra sao", "thu tu the nao", "xep hang ra sao", "xep hang the nao")

// withoutStrengthening drops "tăng" of "tăng cường", "tăng hiệu quả": to
// strengthen, no change of a figure.
func withoutStrengthening(tokens []string) []string {
	out := make([]string, 0, len(tokens))
	for i, t := range tokens {
		if t != "tang" || i+1 == len(tokens) || tokens[i+1] != "cuong" && tokens[i+1] != "hieu" {
			out = append(out, t)
		}
	}
	return out
}

// withoutMachines drops "máy" of "máy chủ", "máy tính", which folds like
// "mấy" (how many).
func withoutMachines(tokens []string) []string {
	for i := 0; i+1 < len(tokens); i++ {
		if tokens[i] == "may" && machineWords[tokens[i+1]] {
			return slices.Concat(tokens[:i], tokens[i+1:])
		}
	}
	return tokens
}

var machineWords = setOf("chu", "tinh", "moc", "quet", "in")

// politeEnds close a question politely and say nothing ("… không ạ",
// "… điều chi ạ").
var politeEnds = setOf("a", "ah", "nhe", "nha", "vay", "ha", "day", "oi", "nhen", "nghen", "ne", "hen", "coi", "em", "hi", "c", "chau")

// WithoutPoliteEnd is the tokens without the polite words that close them
// ("… gì hả anh": the one asked, but not the "Anh" of Kỳ Anh).
func WithoutPoliteEnd(tokens []string) []string {
	for n := len(tokens); n > 1; n = len(tokens) {
		last := tokens[n-1]
		if n > 2 && (last == "chi" || last == "chau") && (tokens[n-2] == "dong" || tokens[n-2] == "bac" && last == "chau") {
			// "… hả đồng chí", the one asked ("chí" is no "chi" of "gì").
			tokens = tokens[:n-2]
			continue
		}
		if last == "chi" && calledAfter[tokens[n-2]] {
			// "… thì sao chị", "… vậy chị": the one asked; no "gì".
			tokens = tokens[:n-1]
			continue
		}
		if !politeEnds[last] && !(last == "anh" && tokens[n-2] != "ky") && !(last == "nhi" || last == "rua") || last == "nhi" && (tokens[n-2] == "thu" || tokens[n-2] == "hang") {
			// ("… nộp chưa nhỉ", "… chưa rứa", but "đứng thứ nhì".)
			break
		}
		tokens = tokens[:n-1]
	}
	return tokens
}

// calledAfter end a question before the one asked is named ("… thì sao
// chị", "… vậy chị", "… ạ chị").
var calledAfter = map[string]bool{"sao": true, "nao": true, "vay": true, "a": true, "nhe": true, "nha": true}

// askWhatEnds ask what at the end of a question, dialect and all: "sở
// kiến nghị điều chi ạ", "giải pháp đề ra răng".
var askWhatEnds = phrases("dieu chi", "dieu gi", "cai chi", "nhung chi", "chi", "rang", "ra rang", "o dau", "nhung dau", "cho nao",
	"tai dau")

// notAskingWhat end a question as askWhatEnds do but ask no words of
// the report: "anh chị" (you), "nguồn ở đâu" (which source), "so răng"
// (compare).
var notAskingWhat = phrases("anh chi", "cac chi", "nguon o dau", "so rang", "so chi", "o dau ra",
	// "… vậy chị", "… ạ chị", "… nhé chị": whom she asks.
	"vay chi", "a chi", "nhe chi", "nha chi")

// endsAskingWhat: the question ends asking what, where or how.
func endsAskingWhat(tokens []string) bool {
	tokens = WithoutPoliteEnd(tokens)
	for _, end := range notAskingWhat {
		if at := len(tokens) - len(end); at >= 0 && runAt(tokens, at, end) {
			return false
		}
	}
	for _, end := range askWhatEnds {
		if at := len(tokens) - len(end); at > 1 && runAt(tokens, at, end) {
			return true
		}
	}
	return false
}

// searchCue is the first search cue in the tokens, or nil.
func searchCue(tokens []string) []string {
	tokens = withoutPlaces(tokens)
	// Every cue holds one of these words: most questions hold none.
	hint := false
	for _, t := range tokens {
		switch t {
		case "ve", "den", "toi", "trich", "tim", "cao", "chep", "doc", "noi", "nguyen":
			hint = true
		}
	}
	if !hint {
		return nil
	}
	for _, c := range searchCues {
		if wordsIndex(tokens, c) >= 0 {
			return c
		}
	}
	if cue := quoteCue(tokens); cue != nil {
		return cue
	}
	return tellCue(tokens)
}

// withoutPlaces drops "nơi" of "nơi đứng đầu/chót" (places of a
// ranking), which folds like "nội dung" (what the report says).
func withoutPlaces(tokens []string) []string {
	for i := 0; i+2 < len(tokens); i++ {
		if tokens[i] == "noi" && tokens[i+1] == "dung" && standingWords[tokens[i+2]] {
			return withoutPlaces(slices.Concat(tokens[:i], tokens[i+1:]))
		}
	}
	return tokens
}

var standingWords = setOf("dau", "thu", "chot", "cuoi", "bet", "top", "thap", "cao", "tren", "duoi", "so", "hang")

// WithoutTellCue is a question that asks a number the report tells
// ("trong phần đánh giá về …, báo cáo ghi nhận Hà Tĩnh đã đưa vào vận
// hành bao nhiêu DVCTT mức độ 3 …") without the words that name the
// report's telling: the figure may answer, beside the report's words. ok
// is false when it asks no number, or asks outright what the report says.
func WithoutTellCue(t Text) (Text, bool) {
	if !anyPhrase(withoutMachines(t.Tokens), countAsked) {
		return t, false
	}
	cue := tellCue(t.Tokens)
	if cue == nil || searchCue(t.Tokens) != nil && !slices.Equal(searchCue(t.Tokens), cue) {
		// "báo cáo nói gì về mấy lớp tập huấn": what it says, asked
		// outright, is its words.
		return t, false
	}
	return withoutPhrases(t, [][]string{cue}), true
}

// countAsked ask how many, outright.
var countAsked = phrases("bao nhieu", "may", "bn")

// quoteCue asks for the sentence that says something: "trích giúp em câu
// báo cáo nói …", "chép y nguyên giúp em câu nói …", "trích đoạn về …": a
// copying verb, then within a few words "câu" or "đoạn" and what it says.
// Not "trích luôn câu" after a figure, which asks the figure's sentence.
func quoteCue(tokens []string) []string {
	for i, t := range tokens {
		if !copyVerbs[t] {
			continue
		}
		for k := i + 1; k < len(tokens) && k <= i+maxCueGap; k++ {
			if tokens[k] != "cau" && tokens[k] != "doan" {
				continue
			}
			j := k + 1
			if j < len(tokens) && tokens[j] == "bc" {
				j++
			} else if runAt(tokens, j, []string{"bao", "cao"}) {
				j += 2
			}
			for _, verb := range sayingWords {
				if runAt(tokens, j, verb) {
					return tokens[i : j+len(verb)]
				}
			}
		}
	}
	return nil
}

// copyVerbs ask to copy the report's words; sayingWords say what the
// sentence copied says ("câu nói …", "đoạn về …", "câu ghi …").
var (
	copyVerbs   = setOf("trich", "chep", "copy")
	sayingWords = phrases("noi", "ve", "viet", "ghi", "nhac", "de cap", "neu", "bao", "danh gia", "ket luan", "nhan xet")
)

// maxCueGap bounds the words between a copying verb and the "câu" it asks
// for ("chép y nguyên giúp em câu").
const maxCueGap = 5

// Words of telling and of asking what: "báo cáo nói răng", "bc ghi chi
// về …", "… thì báo cáo viết những gì", "báo cáo nhận xét gì về …",
// "văn bản đề cập thế nào đến …".
var (
	reportWords = phrases("bao cao", "van ban")
	tellVerbs   = phrases("noi", "viet", "ghi", "nhac", "neu", "ke", "de cap", "binh luan", "nhan xet", "danh gia",
		"ghi nhan", "nhan dinh", "mo ta", "kien nghi", "de xuat", "de ra", "giai thich", "ly giai")
	// tellEnds ask what at the end of the question: "bc ghi tỷ lệ … ra sao";
	// "báo cáo có nói … không ạ" asks whether, and what, it says.
	// topicVerbs tell and name a part of the report ("V. Đề xuất, kiến
	// nghị", "Một số giải pháp").
	topicVerbs = setOf("kien nghi", "de xuat", "de ra", "giai thich")
	tellEnds   = phrases("ra sao", "the nao", "nhu the nao", "gi", "chi", "rang", "khong", "ko", "chua")
	tellWhat   = phrases("gi", "chi", "rang", "sao", "ve", "den", "toi", "the nao", "ra sao", "nhung gi", "dieu gi", "dieu chi")
)

// tellCue is a telling verb and what it asks, in a question that names
// the report, or nil.
func tellCue(tokens []string) []string {
	if !anyPhrase(tokens, reportWords) {
		return nil
	}
	if at := PhraseIndex(tokens, "bao cao danh gia"); at >= 0 && len(tokens) > 2 &&
		(tokens[len(tokens)-1] == "sao" || runAt(tokens, len(tokens)-2, []string{"the", "nao"})) {
		// "Báo cáo đánh giá chỉ số minh bạch năm 2018 ra sao?"
		return tokens[at : at+4]
	}
	ended := WithoutPoliteEnd(tokens)
	for i := range tokens {
		for _, verb := range tellVerbs {
			if !runAt(tokens, i, verb) {
				continue
			}
			j := i + len(verb)
			from := i
			if topicVerbs[strings.Join(verb, " ")] {
				// "kiến nghị", "giải thích": the words the report heads
				// its sections with; they stay words of the topic.
				from = j
			}
			for _, what := range tellWhat {
				if runAt(tokens, j, what) {
					return tokens[from : j+len(what)]
				}
			}
			for _, end := range tellEnds {
				if at := len(ended) - len(end); at > j && runAt(ended, at, end) {
					if from == j {
						return ended[at:]
					}
					return tokens[i:j]
				}
			}
		}
	}
	return nil
}

// searchExpansions are short forms the report's sentences write in full
// ("Đài PTTH": "Đài Phát thanh và Truyền hình"; "CCHC": "cải cách hành
// chính"): for the look-up only, as names of units and figures keep them.
var searchExpansions = map[string][]string{
	"ptth":   {"phat", "thanh", "va", "truyen", "hinh"},
	"cchc":   {"cai", "cach", "hanh", "chinh"},
	"server": {"may", "chu"},
}

// searchWords writes a question's short forms in full for the look-up.
func searchWords(tokens []string) []string {
	var out []string
	for i, t := range tokens {
		full, ok := searchExpansions[t]
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append([]string(nil), tokens[:i]...)
		}
		out = append(out, full...)
	}
	if out == nil {
		return tokens
	}
	return out
}

// SearchPhrases are what a question is looked up by: each pair of
// neighbouring words, but for the pairs every question has ("bao nhiêu",
// "cho biết") and pairs with a number. Vietnamese words are mostly two
// syllables, and single syllables match far too much ("vũ" of "vũ trụ"
// folds like "vụ" of "dịch vụ"). A question of one word worth looking up
// is looked up by it.
func SearchPhrases(tokens []string) []string {
	tokens = searchWords(LevelsAsWords(tokens))
	var content, out []string
	seen := map[string]bool{}
	for i, t := range tokens {
		if len(t) >= 2 && !fillers[t] && !stopAt(tokens, i) && (!isNumber(t) || len(t) == 4) {
			content = append(content, t)
		}
		if i+1 == len(tokens) || isNumber(t) || isNumber(tokens[i+1]) || stopAt(tokens, i) || stopAt(tokens, i+1) {
			continue
		}
		if tokens[i+1] == "co" && t != "su" && (i+2 == len(tokens) || askedAfterCo[tokens[i+2]]) {
			// "cổng TTĐT tỉnh có gì mới", "máy chủ có bị sự cố không":
			// "có" asks, and "tỉnh có" is no phrase of the topic ("cấp
			// xã có cổng" is, and "sự cố" is no "có").
			continue
		}
		p := t + " " + tokens[i+1]
		if !questionPairs[p] && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	if len(content) == 1 && len(out) == 0 {
		return content
	}
	return out
}

// askedAfterCo make "có" before them ask ("có gì", "có thay đổi", "có
// bị", "có những", "có không").
var askedAfterCo = setOf("gi", "j", "chi", "thay", "bi", "khong", "ko", "nhung", "dieu")

// questionPairs are the pairs of words of the question language, not of
// what is asked about.
var questionPairs = setOf("bao nhieu", "cho biet", "cho hoi", "la bao", "nhieu la", "co bao", "de nghi", "nghi cho",
	"xin cho", "la gi", "the nao", "nhu the", "ra sao", "hien nay", "hien tai", "cua tinh", "bao gio", "duoc bao",
	"co the", "cho em", "cho toi", "em hoi", "toi hoi", "hoi ve", "anh oi", "chi oi", "vay a", "the a")

// searchStopWords are words too common in the stored sentences to tell
// them apart.
var searchStopWords = setOf("bao", "cao", "noi", "viet", "gi", "ve", "nhac", "trich")

// stopAt: the word at i is a stop word where it stands: "báo cáo",
// "nói", "viết" ask what the report says, but "nâng cao", "đảm bảo",
// "kết nối" and "Việt Nam" are what is asked about.
func stopAt(tokens []string, i int) bool {
	t := tokens[i]
	if !searchStopWords[t] {
		return false
	}
	prev, next := "", ""
	if i > 0 {
		prev = tokens[i-1]
	}
	if i+1 < len(tokens) {
		next = tokens[i+1]
	}
	return !keptBeside[prev+" "+t] && !keptBeside[t+" "+next]
}

// keptBeside are the pairs in which a stop word is a word of the topic.
var keptBeside = setOf("nang cao", "dam bao", "thong bao", "ket noi", "viet nam", "bao gom", "bao tri")

// ContentWords are the words of a question that say what it is about: not
// the question's own words (bao nhiêu, của, có …), not numbers.
func ContentWords(tokens []string) []string {
	var out []string
	for i, t := range tokens {
		if len(t) >= 2 && !fillers[t] && !stopAt(tokens, i) && !isNumber(t) {
			out = append(out, t)
		}
	}
	return out
}

// IsFiller reports whether a word is one of the question's own ("bao",
// "của", "các" …), which says nothing of what is asked.
func IsFiller(word string) bool { return fillers[word] || searchStopWords[word] }

// quoteRequestCues ask for the report's own sentence beside a figure
// ("số DVC mức 3 kèm câu nguyên văn trong báo cáo", "trích luôn câu
// trong bc giúp mình").
var quoteRequestCues = phrases("kem theo cau nguyen van", "kem cau nguyen van", "kem nguyen van cau", "kem nguyen van",
	"nguyen van cau", "cau nguyen van", "trich nguyen van", "nguyen van", "kem cau goc", "cau goc", "kem cau",
	"trich luon cau", "trich luon", "trich dan", "trich vao", "trich nguyen cau", "nguyen cau", "trich", "cau trong bao cao", "ca cau", "luon cau",
	"trong bao cao", "de trich dan", "cho xin ca", "bai phat bieu", "giup minh", "giup e", "giup em")

// reasonCues ask why: the report's words answer, not a figure.
var reasonCues = phrases("tai sao", "vi sao", "ly do", "nguyen nhan", "vi dau")

// quoteAskCues are those of quoteRequestCues that ask for the sentence
// of a figure, not what the report says about a topic.
var quoteAskCues = phrases("nguyen van", "cau goc", "kem cau", "trich luon", "trich dan", "cau trong bao cao", "ca cau",
	"luon cau", "nguyen cau")

// WithoutQuoteRequest drops the words that ask for the report's sentence
// beside a figure; ok is false when the question asks none, or asks what
// the report says about a topic ("báo cáo nói gì về …").
func WithoutQuoteRequest(t Text) (rest Text, ok bool) {
	if !anyPhrase(t.Tokens, quoteAskCues) || slices.Contains(t.Tokens, "ve") || anyPhrase(t.Tokens, reasonCues) {
		// "nguyên văn báo cáo về …" asks the words about a topic; "tại
		// sao …, trích câu trong báo cáo" the reasons it gives.
		return t, false
	}
	if cue := searchCue(t.Tokens); cue != nil && !anyPhrase(cue, quoteAskCues) {
		return t, false
	}
	return withoutPhrases(t, quoteRequestCues), true
}

// tieWords tie the word beside them to the rest of a sentence ("các",
// "của", "việc" …): a pair with one of them ("các lớp", "của các", "việc
// tuyên") is rarer than what it says, and tells less of what a question
// is about than a pair of two words of the topic. Not the tie words that
// fold like a word of the topic: "có" (cơ quan), "từ" (điện tử), "tại"
// (tài liệu), "cũng" (cung cấp), "thì" (thị xã), "trong" (quan trọng).
var tieWords = setOf("cac", "cua", "nhung", "va", "voi", "tren", "cho", "la", "da", "duoc", "o", "den", "theo", "khi",
	"mot", "nay", "ma", "nao", "viec")

// WeakPhrase reports whether a search phrase (two words) has a tie word.
func WeakPhrase(phrase string) bool {
	a, b, ok := strings.Cut(phrase, " ")
	return ok && (tieWords[a] || tieWords[b])
}

// progressCues ask how far something has got ("DVC mức 4 làm tới đâu
// rồi", "tập huấn doanh nghiệp đến đâu rồi"): of a figure with a target,
// its progress, not the report's words.
var progressCues = phrases("toi dau roi", "den dau roi", "duoc toi dau", "duoc den dau", "toi dau", "den dau")

// WithoutProgress is a question without the words that ask how far it has
// got; ok is false when it has none.
func WithoutProgress(t Text) (Text, bool) {
	if !anyPhrase(t.Tokens, progressCues) {
		return t, false
	}
	return withoutPhrases(t, progressCues), true
}

// checkCues ask whether a figure quoted is right ("kiểm tra giúp", "có
// đúng không", "xin con số chính xác").
var checkCues = phrases("kiem tra", "doi chieu", "dung khong", "dung ko", "dung chua", "co dung", "phai khong", "phai ko", "chinh xac",
	"so dung", "chep dung", "xac minh", "dung vay khong", "chuan chua", "chuan khong", "chuan ko", "dung hay sai", "sai o dau", "sai khong",
	"soat", "xac nhan", "khop khong", "co khop", "dung la",
	// "có phải vậy ko", "đúng vậy chứ", "hay đánh máy nhầm"
	"phai vay", "dung vay", "dung chu", "danh may nham", "go nham")

// draftWords name where a figure to check was written ("bản thảo ghi …").
var draftWords = phrases("ban thao", "ban nhap", "phong vien", "bai viet", "ban tin ghi", "ban tin viet", "trong ban tin", "toi go", "em go", "em viet", "toi viet",
	"toi dinh viet", "em dinh viet", "dang viet", "ghi", "nho", "giup", "xin", "con so nay", "con so", "so nay", "lai", "theo bao cao")

// QuotedClaim is the sentence a message quotes in quotation marks ("…",
// “…”) when it holds a number: the claim to check. False when there is
// none, or more than one.
func QuotedClaim(message string) (string, bool) {
	var found []string
	for _, marks := range [][2]string{{"\"", "\""}, {"“", "”"}} {
		rest := message
		for {
			_, after, ok := strings.Cut(rest, marks[0])
			if !ok {
				break
			}
			inside, next, ok := strings.Cut(after, marks[1])
			if !ok {
				break
			}
			if strings.ContainsAny(inside, "0123456789") {
				found = append(found, inside)
			}
			rest = next
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// ChecksFigure: the message asks whether a figure it quotes is right.
func ChecksFigure(tokens []string) bool { return anyPhrase(tokens, checkCues) }

// Quoted is a figure a message quotes to check: as typed ("4,29%", "10
// nghìn"), its value's digits in the unit the figures are stated in
// ("10000"; money in millions: "3 tỷ" is "3000"), and whether it was
// only an approximation ("khoảng 3,6 tỷ", "ngót 2 nghìn").
type Quoted struct {
	Shown, Digits string
	Approx        bool
	// Money: an amount ("700 triệu", "1 tỷ rưỡi"), which says the words
	// left ask money.
	Money bool
	// Percent: a share ("84%"), which says the words left ask a rate.
	Percent bool
}

// WithoutChecked is a message that checks a figure, without the figures
// it quotes and the words of the checking (what is left asks the figure),
// and the figures quoted: numbers that are no year, no quarter or level,
// no project's or month's number and no date.
func WithoutChecked(tokens []string) (rest []string, quoted []Quoted) {
	return WithoutQuoted(withoutPhrases(Text{Tokens: tokens}, slices.Concat(checkCues, draftWords)).Tokens)
}

// WithoutQuoted is a claim quoted to check ("Đài PTTH phát 407 bản tin
// năm 2018") without the figures it states, and those figures.
func WithoutQuoted(toks []string) (rest []string, quoted []Quoted) {
	for i := 0; i < len(toks); i++ {
		if !quotedFigure(toks, i) {
			rest = append(rest, toks[i])
			continue
		}
		v, _ := ReadNumber(toks[i])
		q := Quoted{Shown: toks[i], Approx: i > 0 && approxWords[toks[i-1]]}
		if q.Approx {
			rest = rest[:len(rest)-1]
		}
		// The magnitude words after it, "rưỡi" half of the last one
		// ("3 tỷ rưỡi": 3.500 million; "1 triệu rưỡi": 1,5).
		j, unit, money := i+1, 1.0, false
	units:
		for ; j < len(toks); j++ {
			switch toks[j] {
			case "%":
				q.Shown += "%"
				q.Percent = true
			case "nghin", "ngan":
				v, unit = v*1000, 1000
				q.Shown += " nghìn"
			case "ty":
				v, unit, money = v*1000, 1000, true // money is stated in millions
				q.Shown += " tỷ"
			case "trieu":
				unit, money = 1, true
				q.Shown += " triệu"
			case "ruoi":
				v += unit / 2
				q.Shown += " rưỡi"
			case "dong":
			default:
				break units
			}
		}
		q.Digits = strings.ReplaceAll(strings.TrimRight(strings.TrimRight(strconv.FormatFloat(v, 'f', 2, 64), "0"), "."), ".", ",")
		q.Money = money
		quoted = append(quoted, q)
		i = j - 1
	}
	return rest, quoted
}

// approxWords say a figure quoted is only about it.
var approxWords = setOf("ngot", "khoang", "tam", "gan", "hon", "chung", "xi")

// quotedFigure: the token at i is a figure quoted, not part of a period,
// a level of service or a numbered item.
// countedAfter are the first words of what a number counts ("1995 dịch
// vụ", "1967 hồ sơ"): such a number is no year.
var countedAfter = setOf("dich", "dvc", "ho", "hs", "ban", "tin", "bai", "doanh", "nguoi", "luot", "lop", "trieu", "thu", "don", "xa", "video", "%")

func quotedFigure(tokens []string, i int) bool {
	tok := tokens[i]
	if !isNumber(tok) || strings.ContainsAny(tok, "/-") || !strings.ContainsAny(tok, "0123456789") {
		return false // ("%" alone is no figure)
	}
	if v, ok := ReadNumber(tok); ok && v >= 1900 && v <= 2100 && !strings.ContainsAny(tok, ".,") && !(i+1 < len(tokens) && countedAfter[tokens[i+1]]) {
		return false // a year, not "1995 DVC mức độ 3"
	}
	if i > 0 {
		switch tokens[i-1] {
		case "quy", "muc", "thang", "nam", "an", "so", "q", "ngay", "lop", "dot":
			return false
		}
	}
	if runAt(tokens, i+1, []string{"chu", "so"}) || runAt(tokens, i+1, []string{"so", "le"}) || runAt(tokens, i+1, []string{"so", "thap", "phan"}) {
		// "lấy 2 chữ số thập phân": how to show the figure, no figure.
		return false
	}
	if i > 1 && documentKinds[tokens[i-2]+" "+tokens[i-1]] && !(i+1 < len(tokens) && countedAfter[tokens[i+1]]) {
		// "Kế hoạch 498", "Quyết định 1234": a document's number; not
		// "báo cáo (ghi) 1.976 DVCTT", a figure the report states.
		return false
	}
	return true
}

// documentKinds are the kinds of document a number right after names
// ("Kế hoạch 498", "Nghị quyết 22", "Công văn 1020").
var documentKinds = setOf("ke hoach", "quyet dinh", "nghi quyet", "cong van", "chi thi", "thong tu", "bao cao", "van ban")

// AsksForecast: the question asks what a figure will be if things go on
// as they do: no stored figure is that.
func AsksForecast(tokens []string) bool { return anyPhrase(tokens, forecastCues) }
