package nlu

import "strings"

// Cue phrases, folded. They are words of the question language, not data,
// so they live in code; names of things (units, indicators, projects) are
// data and come from the database.
var (
	// bothBodiesCues name the departments and the districts together:
	// every unit that reports ("sở" folds like "số").
	bothBodiesCues = phrases("ca so ca huyen", "ca so lan huyen", "ca huyen ca so", "ca huyen lan so", "ca cac so lan cac huyen",
		"ca so ca cac huyen", "ca so va huyen", "ca huyen va so", "ca so va cac huyen", "ca cac so va cac huyen",
		// "tính cả khối tỉnh và khối huyện": the two blocks together.
		"ca khoi tinh va khoi huyen", "ca khoi huyen va khoi tinh", "ca khoi so va khoi huyen", "ca khoi huyen va khoi so",
		// "gồm cả sở và đơn vị cấp huyện", "tất cả đơn vị đã nộp, cả sở và huyện"
		"ca so va don vi cap huyen", "ca so va cap huyen", "ca don vi cap huyen va so", "ca cap huyen va cap tinh", "ca cap tinh va cap huyen")
	// countedNouns are what the figures count, never money: "mấy dịch vụ".
	countedNouns = phrases("dich vu", "ho so", "nguoi", "lop", "bai", "tin")
	// headWords name a body's head, not the first of a ranking.
	headWords = []string{"nguoi", "dung", "dau"}
	rankDesc  = phrases("cao nhat", "nhieu nhat", "lon nhat", "dan dau", "dung dau", "tot nhat", "cao thu nhat", "dong nhat",
		"ai so 1", "so 1 la ai", "dung so 1", "xep so 1", // "Ai số 1 tỷ lệ … giữa các huyện?"
		"dau bang", "top dau") // a blunt manager's "đầu bảng", "top đầu"
	rankAsc = phrases("bottom", "thap nhat", "it nhat", "nho nhat", "doi so", "kem nhat", "dung cuoi", "bet nhat", "cuoi bang", "dung bet", "xep bet", "xep cuoi", "xep chot", "bet bang",
		// "lấy 2 sở cuối", "3 huyện cuối", "2 địa phương bét".
		"so cuoi", "huyen cuoi", "don vi cuoi", "dia phuong cuoi", "so bet", "huyen bet", "don vi bet", "dia phuong bet",
		// "yếu nhất", "tệ nhất", "lẹt đẹt nhất", "top cuối", "đứng chót".
		"yeu nhat", "te nhat", "let det nhat", "top cuoi", "dung chot")
	rankAll = phrases("xep hang", "xep thu tu", "bang xep hang", "bxh",
		// "sắp các sở theo tỷ lệ …, cao trên thấp dưới", "sắp xếp các huyện"
		"sap xep", "sap cac", "xep cac", "sap theo", "xep theo")
	// spreadCues ask the range of a figure over the units ("trải từ mức
	// nào đến mức nào", "dao động từ bn đến bn"): the lowest and the
	// highest, with the gap.
	spreadCues = phrases("tu muc nao den muc nao", "tu bao nhieu den bao nhieu", "tu bao nhieu toi bao nhieu", "dao dong tu", "dao dong trong khoang",
		"dao dong the nao", "dao dong ra sao", "trai tu", "trai dai tu", "khoang bien thien", "bien do dao dong", "nam trong khoang nao",
		// "… giữa các đơn vị cấp huyện chênh tối đa bao nhiêu"
		"chenh toi da", "chenh nhau toi da", "chenh lech toi da", "lech toi da", "cach nhau toi da", "chenh lech lon nhat", "khoang cach lon nhat")
	// rankInOrder ask every unit in order, when no place is asked ("các
	// sở xếp thế nào …, từ cao xuống thấp").
	rankInOrder = phrases("xep the nao", "xep ra sao", "tu cao xuong thap", "tu cao den thap", "tu cao toi thap", "tu thap len cao", "tu thap den cao", "tu thap toi cao")

	reportingCues = append(phrases("nop deu", "nop du", "nao nop", "nop bao nhieu roi", "nop bao cao", "bao cao", "nop bc", "gui bao cao", "da nop", "nop roi", "gui roi", "chua nop", "khong nop", "khong gui", "gui so lieu", "nop so lieu", "chua gui", "da gui",
		// "q1 nộp được bn đv", "q2 mấy huyện nộp", "các sở nộp mấy đv".
		"nop duoc", "nop dc", "huyen nop", "co nop", "cac so nop", "may so nop", "vi nop", "xa nop", "nhieu so nop",
		// "đã nộp mẫu báo cáo quý": the quarter's report, by its form.
		"nop mau bao cao", "gui mau bao cao",
		// "báo cáo quý về DVC": the report named by its subject.
		"bao cao quy ve dich vu cong", "bao cao ve dich vu cong", "bao cao quy dich vu cong", "bat buoc phai nop", "bat buoc nop"), unitsShortCues...)
	// unitsShortCues ask how many units are still missing ("còn thiếu
	// bao nhiêu đơn vị"): those that have not reported.
	unitsShortCues = phrases("thieu bao nhieu don vi", "thieu may don vi", "thieu bao nhieu huyen", "thieu may huyen")
	// scheduleCues name a report's deadline or its reminders;
	// whenAskedCues ask when or how many days.
	scheduleCues = phrases("han nop", "han chot", "han bao cao", "han gui", "deadline", "nhac truoc", "nhac lai", "bao len lanh dao", "bao lanh dao",
		"nhac len lanh dao", "lich nhac", "nhac nho", "nop cham nhat", "bat dau nhac", "so voi han", "cham han", "tre han",
		"bot nhac", "bot co nhac", "nhac lan dau", "co nhac khong", "sau cuoi quy", "sau khi het quy", "han cuoi", "truoc han",
		// "báo cáo quý 2 đã quá hạn mấy ngày" (with "mấy ngày": not
		// which units are late).
		"qua han")
	whenAskedCues = phrases("bao nhieu ngay", "may ngay", "ngay nao", "khi nao", "luc nao", "bao gio", "la ngay", "truoc ngay", "bao lau", "may hom", "han nop la", "ngay may")
	// scheduleWords are the other words such a question says of it.
	scheduleWords = phrases("qua han", "sau khi het", "sau khi ket thuc", "het quy", "ket thuc quy", "bot", "lan", "tin nhan", "gui", "nhac",
		"he thong", "cham nhat", "theo quy che", "phai nop", "don vi", "lanh dao", "truoc", "sau", "da cham", "cham", "hom nay", "den hom nay", "dau moi", "cac", "bat dau",
		"tre", "lo", "nop", "cuoi quy", "lan dau", "dich vu cong", "trong", "truoc han", "truoc may", "truoc bao nhieu")
	// comparedWays are the ways a difference is asked.
	comparedWays = phrases("cao hon", "thap hon", "nhieu hon", "it hon", "lon hon", "nho hon")
	// whichOfTwo ask which of the units named: "huyện nào", "sở nào".
	whichOfTwo = phrases("huyen nao", "so nao", "don vi nao", "dia phuong nao", "noi nao")
	// unsentCues say a report or its figures were not sent ("chưa nộp số
	// liệu DVC", "chưa gửi báo cáo tỷ lệ …").
	unsentCues = phrases("chua nop so lieu", "chua nop bao cao", "chua nop bc", "chua gui so lieu", "chua gui bao cao", "chua gui bc",
		"khong nop so lieu", "khong nop bao cao", "khong gui so lieu", "khong gui bao cao", "chua nop mau bao cao",
		// "bao nhiêu đơn vị chưa báo cáo số hồ sơ": units that have not
		// reported, whatever figure of the report is named.
		"don vi chua bao cao", "don vi chua gui", "don vi chua nop", "nao chua bao cao")
	// sentShareCues ask what share of the units has reported ("tỷ lệ đơn
	// vị đã báo cáo quý 2"), not a rate of the report's figures.
	sentShareCues = phrases("ty le don vi da bao cao", "ty le don vi da nop", "ty le don vi da gui", "ty le cac don vi da bao cao",
		"ty le cac don vi da nop", "ty le cac don vi da gui", "ty le don vi nop bao cao", "phan tram don vi da nop", "phan tram don vi da bao cao",
		"phan tram don vi da gui")
	missingCues = append(phrases("chua nop", "chua bao cao", "chua gui", "con bao nhieu", "con may", "thieu bao cao", "khong nop", "khong gui", "khong bao cao", "nop cham", "qua han",
		"gui cham", "cham nop", "cham gui", "cham bao cao", "chua",
		// "còn nợ bc", "nợ báo cáo": owing the report.
		"no bao cao", "no bc"), unitsShortCues...)
	statusCues = phrases("tinh hinh", "ty le", "tien do")

	targetCues = phrases("muc tieu", "chi tieu", "so voi muc tieu", "tien do", "con thieu", "vuot", "con cach", "de dat", "yeu cau", "dat duoc bao nhieu so voi", "phai dat", "can dat",
		"hut may", "hut bao nhieu", "con hut",
		// "NQ 22 giao 50 DVC mức 4": the number the resolution set.
		"duoc giao", "giao chi tieu", "quyet 22 giao")
	planCues = phrases("ke hoach", "du kien", "theo nguon bo tri")

	compareCues = phrases("so voi", "so sanh", "cai thien", "cao hon may", "thap hon may", "hon duoc", "tang", "giam", "nhich", "len hay xuong", "len may", "len bao nhieu", "len duoc may", "len duoc bao nhieu", "xuong may", "xuong bao nhieu", "tut may", "tut bao nhieu", "tut mat", "giam mat", "thay doi", "chenh lech", "chenh nhau", "chenh", "lech nhau", "hon kem", "khac nhau", "nhieu hon", "it hon", "so q", "sang", "bien dong", "gap", "vuon len", "nang len", "nhinh hon", "kha hon", "tot hon", "kem hon", "kem di", "kha len", "xau di")

	// forecastCues ask what a figure will be if things go on as they do
	// ("cứ tăng đều như …", "với tốc độ hiện nay thì đến năm nào …").
	// ("dự báo" folds like "đủ, báo cáo", "đến năm nào" is a project's
	// span: neither alone.)
	forecastCues = phrases("cu tang deu", "cu tang nhu", "neu giu toc do", "giu toc do", "voi toc do", "theo toc do", "toc do nay thi",
		"bao gio thi dat", "khi nao thi dat", "khi nao dat", "bao gio dat", "nam nao thi dat", "nam nao moi dat",
		// "với nhịp tăng như thời gian qua", "theo đà tăng từ quý 1 lên
		// quý 2, ước tính cả năm", "khoảng năm nào … chạm mốc", "trường
		// hợp … nhân đôi, tỷ lệ khi đó", "mỗi năm còn lại phải bố trí":
		// what would be, which no figure states.
		// ("dự kiến sẽ đạt 70%" is the report's plan, "nhịp tăng … 2018
		// bao nhiêu" the change asked: neither.)
		"voi nhip", "theo nhip", "theo da tang", "theo da nay", "cu da nay", "uoc tinh", "cham moc",
		"khoang nam nao", "nhan doi", "khi do la", "ty le khi do", "moi nam con lai", "den thoi diem nao thi")

	// unitDiffCues set two named units against each other: "Can Lộc với
	// Thạch Hà chênh nhau bao nhiêu", "Can Lộc so với Thạch Hà".
	unitDiffCues = phrases("vs", "chenh", "hon kem", "khac nhau", "so voi", "so sanh", "cao hon", "thap hon", "nhieu hon", "it hon", "hon bao nhieu")

	// The arithmetic asked over the figures named (Parse.Op).
	exceptCues = phrases("khong tinh", "chua tinh", "khong ke", "chua ke", "loai tru", "loai bo", "ngoai tru")
	avgCues    = phrases("trung binh", "binh quan", "chia deu") // "nếu chia đều cho 13 đơn vị"
	// perCues ask one figure over another ("số hstt chia cho số dvc",
	// "mỗi dịch vụ công được mấy hồ sơ", "chia ra mỗi học viên"), which no
	// single stored figure is.
	perCues   = phrases("chia cho", "chia ra moi", "tinh ra moi", "moi dich vu", "moi hoc vien", "tren moi")
	shareCues = phrases("chiem bao nhieu", "chiem ty le", "chiem ty trong", "ty trong", "ty trong bao nhieu", "ty trong may", "chiem may", "chiem khoang", "tren tong", "trong tong so", "dong gop bao nhieu", "dong gop may",
		"bang bao nhieu phan tram", "bang bao nhieu %", "bang may phan tram", "bang may %",
		// "chỉ bằng khoảng mấy %": roughly said.
		"bang khoang may phan tram", "bang khoang may %", "bang khoang bao nhieu phan tram", "bang khoang bao nhieu %",
		// "được mấy % tổng số mức 4 toàn tỉnh": a part of the whole named.
		"may % tong", "may phan tram tong", "bao nhieu % tong", "bao nhieu phan tram tong")
	rankOfCues = phrases("dung thu may", "dung thu bao nhieu", "xep thu may", "xep thu bao nhieu", "thu may", "xep hang may", "xep hang bao nhieu", "dung hang", "hang thu may", "vi tri thu", "xep hang cua", "thu hang cua", "vi tri cua",
		"hang may", "vi tri so may", "vi tri nao", "thang hang", "tut hang", "len hang", "xuong hang")
	// rankMoveCues ask the places a unit moved between quarters ("nhảy
	// mấy hạng", "leo mấy bậc", "giữ ngôi đầu"); not the PCI's own rank,
	// whose change is its figure's.
	rankMoveCues = func() [][]string {
		var out [][]string
		for _, verb := range []string{"leo", "nhay", "tut", "len", "xuong", "rot", "roi"} {
			for _, steps := range []string{"bac", "hang"} {
				out = append(out, strings.Fields(verb+" "+steps))
			}
		}
		return append(out, phrases("may bac", "may hang", "bao nhieu bac", "bao nhieu hang", "giu ngoi", "giu vi tri")...)
	}()
	ratioCues = phrases("chi so phat trien", "toc do phat trien", "gap bao nhieu lan", "gap may lan", "bang bao nhieu lan", "bang may lan", "bao nhieu lan", "may lan", "gap") // "gap" alone last: see urgent
	diffCues  = phrases("chenh lech", "chenh nhau", "chenh", "hon kem", "tru di", "khac nhau", "cach nhau", "lech nhau", "lech bao nhieu", "lech may", "do lech",
		"ai nhieu hon", "ai cao hon", "ai it hon", "ai thap hon", "nao nhieu hon", "nao cao hon", "nao it hon", "nao thap hon",
		// Asked whether two are alike ("có ngang nhau không", "sàn sàn
		// nhau", "xêm xêm"): both, and how far apart.
		"ngang nhau", "ngang ngua", "co ngang", "bang nhau", "nhieu bang", "cao bang", "tuong duong nhau", "co tuong duong",
		"tuong tu nhau", "co tuong tu", "san san", "sat nhau", "sat sao", "xem xem", "gan bang", "nhu nhau", "xap xi nhau", "suyt soat",
		// How many more to draw level ("phải có thêm bn … thì mới ngang
		// TP Hà Tĩnh", "thiếu bao nhiêu nữa mới đuổi kịp Can Lộc"): the gap.
		"moi ngang", "moi bang", "moi kip", "duoi kip", "de ngang bang", "de bang")
	diffWords = setOf("hon", "kem", "thua")
	// States of a thing counted that make it another figure ("hồ sơ giải
	// quyết đúng hạn", "… quá hạn", "… bị trả lại").
	stateQualifiers = phrases("giai quyet", "dung han", "qua han", "tre han", "tra lai", "tu choi", "ton dong", "bi huy", "chua giai quyet",
		"toan trinh", "mot phan", "thanh toan", "le phi", "tra ket qua", "buu dien", "buu chinh", "hai long")
	// unstoredThings are things near a stored figure's words that no
	// figure counts: the digital signatures issued (not the documents
	// signed).
	unstoredThings = phrases("chu ky so", "chung thu so", "chung thu dien tu", "giai quyet dung han", "xu ly dung han",
		"tra ket qua dung han", "giai quyet qua han", "giai quyet tre han", "thuc hien lien thong", "lien thong giua cac cap",
		"bi tra lai", "tra lai ho so", "bi tu choi", "khong hop le", "tre hen", "bi tre han", "giai quyet som",
		// fees collected through the portal: no figure holds money paid in
		"le phi", "phi thu", "thu phi", "thanh toan phi", "nop phi",
		// who does the reporting in each unit ("cán bộ đầu mối nhập báo
		// cáo"): no figure counts the staff
		"can bo dau moi", "nguoi dau moi",
		// how long a file takes: no figure times them
		"thoi gian giai quyet", "thoi gian xu ly",
		// look-up kiosks at the one-stop desks: no figure counts them
		"kiosk", "ki ot", "may tra cuu",
		// how satisfied people are: surveyed (a project, "điều tra sự hài
		// lòng của người dân"), never stored
		"ty le hai long", "nguoi dan hai long", "hai long voi", "diem hai long", "chi so hai long",
		// who among those trained or reached (not the asker's "Hội Phụ
		// nữ"): no figure splits them by sex, age or people ("bao nhiêu
		// chị em phụ nữ", "người trên 60 tuổi")
		"chi em phu nu", "la phu nu", "phu nu tham gia", "bao nhieu phu nu", "nu gioi", "nam gioi", "gioi tinh", "do tuoi", "tuoi",
		"dan toc thieu so", "nguoi cao tuoi",
		// the PCI's other sub-indices: the report states only its
		// transparency one
		"chi phi khong chinh thuc", "chi phi thoi gian", "gia nhap thi truong", "tiep can dat dai", "canh tranh binh dang",
		"tinh nang dong", "dich vu ho tro doanh nghiep", "dao tao lao dong", "thiet che phap ly",
		// who among those trained passed or was certified: no figure
		// counts certificates ("đạt chứng chỉ ứng dụng CNTT cơ bản")
		"chung chi", "cap bang",
		// who won a tender and what things cost: no figure holds a
		// contractor or a price ("mời thầu" is a PCI criterion's word)
		// a village's own figures ("thôn tui", "xóm em"): none is stored
		// below the commune
		"thon tui", "thon em", "thon nha", "thon minh", "xom tui", "xom em", "xom nha", "xom minh", "cap thon", "moi thon",
		// results returned by post: no figure counts them
		"qua buu dien", "qua buu chinh", "buu chinh cong ich", "bcci", "buu dien nhan", "nhan gui",
		// one procedure's own files ("hồ sơ đăng ký thường trú qua mạng"):
		// no figure is kept procedure by procedure
		// (not "khai tử": "triển khai từ năm nào")
		"thuong tru", "tam tru", "khai sinh", "dang ky khai tu", "dang ky ket hon", "can cuoc", "cccd", "ho chieu", "giay phep lai xe",
		"dang ky xe",
		"trung thau", "nha thau", "goi thau", "don gia", "bao gia", "gia phan mem", "gia thiet bi", "bao nhieu tien mot",
		"moi to gia", "gia moi to", "gia mot to", "gia 1 to") // "mỗi tờ giá bao nhiêu" (not "tham gia bao nhiêu")
	// storedElsewhereCues are things some catalogs count and others do
	// not, asked in words a figure of the catalog only partly matches:
	// logins and visits of the public-service portal (the 2019 report
	// counts only the e-commerce floor's member logins, whose words they
	// share), refused unless a figure of that name is stored;
	storedElsewhereCues = phrases("dang nhap cong", "dang nhap vao cong", "truy cap cong", "truy cap vao cong",
		// payments made online, whose "trực tuyến" is the files' word;
		"thanh toan truc tuyen", "thanh toan qua mang", "thanh toan dien tu", "thanh toan online",
		// files digitised ("bao nhiêu hồ sơ được số hóa"), whose "hồ sơ"
		// is the files received (2025 catalogs store the rate); not
		// "hồ sơ số hóa nộp lên cổng", the files sent online
		"duoc so hoa", "da so hoa", "so hoa ket qua", "so hoa ho so", "ty le so hoa")
	// requiredCues say the units that must report.
	requiredCues = phrases("bat buoc phai")
	// How many units must report: "số đơn vị thuộc diện phải báo cáo quý
	// về DVC mức độ 3, 4" (whatever figures the report holds).
	mustReportCues = phrases("so don vi thuoc dien phai bao cao", "so don vi phai bao cao", "bao nhieu don vi phai bao cao",
		"bao nhieu don vi thuoc dien phai bao cao", "may don vi phai bao cao", "so don vi phai nop bao cao", "bao nhieu don vi phai nop bao cao")
	// States of money no figure holds: paid out, settled.
	unstoredMoneyStates = phrases("giai ngan", "quyet toan", "thanh toan", "tam ung", "hop dong", "hoan tra", "thu hoi",
		// sources and uses no line holds: the central budget's money, upkeep
		"trung uong", "duy tri",
		// counterpart funds ("vốn đối ứng"), which no line holds.
		"doi ung",
		// licences ("tiền bản quyền phần mềm một cửa"), which no line holds.
		"ban quyen")

	// Words of a change over time, which a difference may also be.
	timeChangeCues = phrases("tang", "giam", "nhich", "len hay xuong", "len may", "len bao nhieu", "xuong may", "xuong bao nhieu", "tut may", "tut bao nhieu", "thay doi", "bien dong", "cung ky")
	sumCues        = phrases("tong cong", "tat ca bao nhieu", "cong don", "cong lai", "cong voi", "cong ca", "gop lai", "gop", "ca hai", "tong", "luy ke", "tinh them", "ke them", "cong them")

	complementCues = phrases("chua co", "con bao nhieu", "chua", "khong co", "khong cung cap", "khong trien khai") // "địa phương nào không cung cấp DVC mức 4"

	moneyCues = phrases("kinh phi", "khoan lam", "khoan chi", "khoan tien", "khoan kinh phi", "cac khoan", "3 khoan", "ba khoan", "2 khoan", "hai khoan", "tien", "von", "ngan sach", "phan bo", "duoc rot", "rot", "de xuat", "duoc cap", "da cap", "cap cho", "cap bao nhieu", "cap them bao nhieu", "cap them may", "cap tong", "cap tat ca", "may ty", "bao nhieu ty", "bo tri", "trieu", "ty dong", "chi phi",
		"ton bao nhieu", "ton het", "chi het", "chi bao nhieu", "bao nhieu tien")
	// What a unit named without any figure receives is its funding.
	// Asked of reports: how many (or what share) sent, not who.
	reportCountCues = phrases("bao nhieu", "may", "so luong", "tong so", "ty le", "phan tram", "%", "so don vi", "so huyen", "so so")
	recipientCues   = phrases("nhan", "duoc nhieu hon", "duoc it hon")
	// What a unit received for a purpose is money, whatever the purpose's
	// words also name ("Đài PTTH nhận bao nhiêu cho phóng sự").
	moneyForCues = phrases("nhan bao nhieu cho", "duoc bao nhieu cho", "duoc may cho", "nhan duoc bao nhieu cho", "duoc cap bao nhieu cho", "cap bao nhieu cho", "duoc bao nhieu tien cho", "bao nhieu tien cho")
	projectCues  = phrases("du an", "hang muc", "cac du an", "nhiem vu")
	// When a project runs and how far it is: its own line says so.
	projectWhenCues = phrases("bat dau", "ket thuc", "nam nao", "giai doan nao", "xong chua", "xong", "hoan thanh chua", "keo dai", "thoi gian thuc hien", "tien do")
	// Funding words that point at a named project but not at a total.
	projectMoneyCues = phrases("long ghep", "nguon khac", "lay nguon", "tu nguon", "nguon nghi quyet", "con thieu", "xin them", "de xuat", "con can", "khoan", "duoc bao nhieu", "duoc may", "bao nhieu tien", "nhan bao nhieu", "nhan duoc", "het bao nhieu", "mat bao nhieu", "cap tu")
	countCues        = phrases("bao nhieu du an", "may du an", "so du an", "tong so du an", "bao nhieu hang muc", "co bao nhieu", "bao nhieu")
	leadCues         = phrases("chu tri", "phu trach", "do", "cua")

	proposedCues = phrases("de xuat", "giai doan tiep theo", "giai doan toi", "giai doan sau", "can bao nhieu", "can kinh phi", "can bo tri", "nhu cau", "can them", "con can", "con thieu", "con hut", "thieu hut", "hut bao nhieu", "hut von", "xin them",
		// "phải bố trí thêm bao nhiêu vốn nữa", "cần bổ sung": still needed.
		"bo tri them", "phai bo tri", "can bo sung", "bo sung them")
	otherCues   = phrases("long ghep", "nguon khac")
	nq22Cues    = phrases("22/2016/nq-hdnd", "nghi quyet so 22", "nguon nghi quyet 22", "nguon thuc hien nghi quyet 22", "nghi quyet 22", "nguon nghi quyet", "von nghi quyet 22")
	grantedCues = phrases("duoc cap", "da cap", "cap cho", "cap bao nhieu", "cap them bao nhieu", "cap them may", "cap tong", "cap tat ca", "may ty", "bao nhieu ty", "cap tien", "cap von", "cap kinh phi", "bo tri", "duoc bo tri",
		"da duoc cap", "phan bo", "duoc rot", "rot von")

	projectStatus = []struct{ phrase, group string }{
		{"dang trong qua trinh thuc hien", "ongoing"}, {"trong qua trinh thuc hien", "ongoing"}, {"trong qua trinh trien khai", "ongoing"},
		{"da hoan thanh", "done"}, {"hoan thanh", "done"}, {"xong roi", "done"}, {"da xong", "done"}, {"lam xong", "done"},
		{"chua thuc hien", "not_started"}, {"chua trien khai", "not_started"},
		{"chuan bi thuc hien", "preparing"}, {"chuan bi", "preparing"},
		{"dang thuc hien", "ongoing"}, {"dang trien khai", "ongoing"}, {"dang lam", "ongoing"}, {"tiep tuc thuc hien", "ongoing"}, {"tiep tuc trien khai", "ongoing"},
		{"dang duoc thuc hien", "ongoing"}, {"dang duoc trien khai", "ongoing"}, {"da duoc hoan thanh", "done"},
		{"chua duoc thuc hien", "not_started"}, {"chua duoc trien khai", "not_started"},
		{"hinh thuc long ghep", "integrated"}, {"dien long ghep", "integrated"}, {"duoc long ghep vao", "integrated"}, {"long ghep vao", "integrated"}, {"long ghep trong", "integrated"}, {"tu bo tri", "integrated"}, {"tu trien khai", "integrated"},
		// Last: "chưa xong" alone is not done ("đang …, chưa xong" is under way).
		{"xong", "done"},
	}

	// unlistedBodies are provincial bodies no unit of the data is.
	unlistedBodies = phrases("cong an", "quan su", "kho bac", "bao hiem xa hoi", "vien kiem sat", "toa an")
	// translationCues ask to translate ("dịch giúp câu này sang tiếng
	// Anh"): no figure, nor for the words to translate.
	translationCues = phrases("dich giup", "dich ho", "dich sang", "dich cau", "dich bao cao", "dich van ban", "sang tieng anh")
	outOfScope      = append(phrases(
		"thoi tiet", "mua khong", "troi co mua", "troi mua", "gia vang", "vang sjc", "ty gia", "gia do la", "bao nhieu do la", "do la my", "dola", "usd", "bong da", "tran dau", "tran bong", "da may gio",
		"xo so", "gia xang", "nguoi yeu", "chuyen cuoi", "cau chuyen", "bai tho", "lam tho", "dan so",
		// Ministries no provincial department is named after ("Bộ Công an
		// có bao nhiêu DVC mức 4"): their figures are not the province's.
		"bo cong an", "bo quoc phong", "bo ngoai giao", "van phong chinh phu",
		"so dien thoai", "dien thoai", "dia chi", "nha rieng", "cmnd", "can cuoc", "luong cua", "tien luong",
		"luong thang", "muc luong", "bang luong", "thu nhap",
		"lanh dao so la ai", "bai hat", "nau an", "bo phim", "chung khoan",
		// Writing for the asker ("viết giúp mình bản tin 300 chữ"): no figure.
		"viet giup", "viet ho", "soan giup", "soan ho", "soan thao giup", "viet cho minh", "viet dum",
		// Opening hours and how-to, which no figure answers.
		// ("mở cửa" alone folds like "mở của": "độ mở của trang web").
		"co lam viec", "lam viec khong", "lam viec ko", "gio lam viec", "may gio mo cua", "gio mo cua",
		// ("hướng dẫn e cách scan hồ sơ": a how-to for the asker; the
		// report's "hướng dẫn cách khai thác thông tin" is a topic.)
		"huong dan e cach", "huong dan em cach", "huong dan minh cach", "huong dan toi cach", "cach scan", "scan ho so",
	), translationCues...)

	// leaders are asked about as people ("chủ tịch tỉnh hiện nay là ai",
	// "lịch họp của chủ tịch"), which no figure answers; unless a word of
	// needing follows, for then the leader needs the figure asked ("Anh
	// chủ tịch cần số DVC …", "chủ tịch huyện muốn biết …").
	leaders     = phrases("chu tich", "bi thu")
	leaderNeeds = setOf("can", "muon", "hoi", "yeu", "giao", "chi", "de")
	// leaderHeld say a leader's post was someone's ("làm", "từng",
	// "nguyên", "cựu").
	leaderHeld = setOf("lam", "tung", "nguyen", "cuu")

	// allFiguresCues ask every figure of a unit: "số liệu của Can Lộc".
	allFiguresCues = phrases("so lieu", "chi so", "chi tieu", "thong tin", "tinh hinh", "ket qua")
	// profileCues ask a unit's whole picture in a briefing's words ("báo
	// cáo nhanh về Sở Tài chính quý 1", "Hồng Lĩnh quý 2 báo cáo những
	// gì", "Kỳ Anh có những số gì"), not whether it sent its report.
	profileCues = phrases("bao cao nhanh", "bao cao nhung gi", "nhung so gi", "nhung so lieu gi", "tom tat", "toan bo so lieu",
		"tat ca so lieu", "tong quan")

	// changeVerbs ask to change stored data, which the bot never does.
	changeVerbs = phrases("sua", "cap nhat", "thay doi", "doi", "chinh", "ghi de", "xoa", "nhap lai")

	greetings = phrases("xin chao", "chao", "hello", "hi", "alo", "chao ban", "chao bot", "cam on", "thanks", "ok")

	// measureWords say how a figure is measured, not which figure it is.
	measureWords = setOf("ty le", "phan tram", "%", "tong", "tong so", "so luong")

	// fillers are the words of a question that say nothing about which
	// figure is asked; anything else left unexplained lowers confidence.
	fillers = setOf(
		"deu", "lan", "loai", "mien", "nui", "vung",

		"co", "bao", "nhieu", "la", "cua", "cho", "hoi", "toi", "minh", "em", "anh", "chi", "ban", "e", "a", "oi",
		"biet", "de", "nghi", "xin", "ben", "vui", "long", "giup", "xem", "so", "luong", "tong", "cong", "tong cong",
		"cac", "nhung", "nao", "da", "duoc", "dc", "trong", "tren", "va", "voi", "vay", "the", "thi", "ma", "nhi",
		"nhe", "ha", "a", "u", "roi", "chua", "may", "bn", "gi", "dau", "o", "tai", "tu", "den", "nay", "hien",
		"tinh", "ve", "theo", "khi", "con", "mot", "cung", "cap", "bang", "dat", "la bao nhieu", "ket qua", "lieu",
		"thong ke", "tong hop", "hop", "hien co", "shop", "cua hang", "co duoc", "duoc bao nhieu", "phan", "tram", "%", "diem", "muc", "do",
		"not", "tuc", // "làm nốt", "tức là"
		"don", "vi", "ubnd", "uy", "ban", "nhan", "dan", "tinh hinh", "thuc", "hien", "trien", "khai", "moi",
		"nhat", "gan", "day", "tong so", "bao cao", "vs", "so voi", "hay", "khong", "thuoc", "qua", "ra", "len",
		"cua tinh", "tat", "ca", "chung", "rieng", "lan", "luot", "nam", "quy", "thang", "ngay", "dung", "thu",
		"sao", "nhu", "cu", "the nao", "ntn", "j", "ah", "a", "vi", "nua", "moi", "duoc", "trong", "tang", "giam",
		"hon", "kem", "so sanh", "chenh", "lech", "sang", "nhanh", "thay", "doi", "toan", "bo", "tren", "dia",
		"ban", "bo", "tri", "de", "dat", "can", "phai", "them", "muon", "ca", "hang", "nganh", "lam", "cho biet", "dang", "ai", "gom", "duyet", "phe", "ta", "chung ta", "bac", "thieu",
		"van",                                                        // "vẫn chưa thực hiện"
		"sep", "dan", "dan lai", "noi lai", "bao lai", "lay", "thoi", // "à sếp dặn lại là lấy quý 1", "sếp bảo chỉ lấy năm 2017 thôi"
		"ky",                                            // "hai kỳ", "kỳ này": a period, named by its own words
		"hoac",                                          // "lồng ghép hoặc đơn vị tự bố trí": joins as "và" does
		"kinh",                                          // "Kính hỏi", "Kính đề nghị": respect
		"mn", "mng", "moi nguoi", "ca nha", "fwd", "fw", // a group's question passed on: "Fwd: … mn"
		"bt",             // "BT hỏi:", "BT cần:": the (Party) secretary who asks
		"gio",            // "giờ đạt bao nhiêu": now
		"phu luc", "cot", // "cột lồng ghép trong phụ lục": where the report lists the money
		// Nghệ Tĩnh speech: "rứa" (vậy), "ri" (thế này), "răng" (sao),
		// "nớ" (đó), "chừ" (giờ); "chú", "cháu" asking.
		"rua", "ri", "rang", "no", "chu", "chau", "tui", "bon tui", "te",
		"vo", // "lồng ghép vô được mấy tỷ": "vô" is "vào"
		// Southern speech: "nha", "nhen", "nghen", "nè", "hen" close a question,
		// "coi" is "xem".
		"nha", "nhen", "nghen", "ne", "hen", "coi",
		"cai", // a classifier: "có mấy cái"
		"cai", // "còn thiếu mấy cái?"
		// "nhờ bot tra giúp", "a/c ơi" (anh/chị).
		"bot", "nho", "tra", "c",
		"quay", "lai", // "quay lại Đức Thọ, …"
		"chiu",              // "đơn vị chịu nộp báo cáo" (đã chịu nộp: đã nộp)
		"het",               // "tính hết quý 1"
		"r", "v", "z", "di", // chat: "rồi", "vậy", "vậy", "đi" ("nx" ending a message is "nữa")
		"thoi",        // "năm 2019 thôi"
		"nhau",        // "hơn kém nhau", "chênh nhau"
		"check", "ad", // "check giúp …", "… vậy ad" (admin)
		// the day figures are closed on: "chốt cuối năm 2018", "tới mốc
		// 10-6-2019", "tại mốc chốt quý 2/2019"
		"chot cuoi", "chot",
		"that", "chinh xac", "cu the", // "số liệu thật chính xác", "cụ thể"
		"dang chay", // "DVC mức 4 đang chạy": in operation
		// Orders: "Tóm tắt …", "Liệt kê …" (a list: Which), "Cho tôi …".
		"tom", "tat", "liet", "ke", "danh", "sach",
		// Pointing back, formally: "tỷ lệ ấy", "khối này", "giữa hai
		// quý", "tỷ lệ tương ứng", "xét quý 1", "lấy quý 1/2019".
		"ay", "khoi", "giua", "hai", "tuong", "ung", "xet", "lay",
		"tach", "tung", // "tách riêng từng mức độ": each apart
		"duy",         // "DA duy nhất chưa thực hiện": the only one
		"luon",        // "số hồ sơ luôn": as well
		"se",          // "sẽ đạt bao nhiêu": will
		"uu", "nguon", // "cần được ưu tiên bố trí", "nguồn vốn còn hụt"
		"kpi", "baseline", "data", "trend", // what the numbers are for
		// A rough figure asked ("xấp xỉ bao nhiêu", "ước mấy nghìn"): the
		// stored one is given ("mấy chục", "tầm bao nhiêu": abbreviations).
		"xap", "xi", "uoc", "nghin",
		// How a change is counted ("mức tăng tuyệt đối", "tốc độ tăng"):
		// the change, in its unit or in percent (relativeChange).
		"toc", // "tốc độ tăng" (the "độ" is a filler already)
		// A grandchild typing for her grandfather: "ông hỏi …", "quê
		// ông", "ngày xưa gọi là Sở Thương mại", "ông cứ băn khoăn …",
		// "ông quan tâm lắm". (Not "lo": "khoản tiền tỉnh chưa lo được"
		// names what is asked.)
		"ong", "que", "xua", "goi", "ban khoan", "quan tam", "lam",
	)
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
		fields := strings.Fields(w)
		for _, f := range fields {
			cueWords[f] = true
		}
		addPairs(cuePairs, fields)
	}
	return m
}

// addPairs records each two words next to each other in toks.
func addPairs(set map[string]bool, toks []string) {
	for i := 0; i+1 < len(toks); i++ {
		set[toks[i]+" "+toks[i+1]] = true
	}
}

// cueWords are the words of every cue list above: words the rules know,
// which a misspelt word may be corrected to (and never away from).
var cueWords = map[string]bool{}

// cuePairs are the word pairs of the cue lists' phrases.
var cuePairs = map[string]bool{}

// phrases splits cue phrases into words once, at start-up.
func phrases(list ...string) [][]string {
	out := unregistered(list...)
	for _, words := range out {
		for _, w := range words {
			cueWords[w] = true
		}
		addPairs(cuePairs, words)
	}
	return out
}

// moneyWords name money outright.
var moneyWords = phrases("kinh phi", "tien", "von", "ngan sach", "phan bo", "rot", "trieu")

// equipmentWords name things no figure here counts ("số máy tính trang bị
// cho bộ phận một cửa"): a question about them is about another figure.
var equipmentWords = phrases("may tinh", "thiet bi", "may chu", "may in", "may scan", "camera", "duong truyen",
	"bang thong", "server", "laptop", "trang bi")

// projectStateWords introduce a project's status ("có hiện trạng chưa
// thực hiện"): words of the question, not of a project's name.
var projectStateWords = phrases("hien trang", "tinh trang", "trang thai")

// inclusionCues say a level is among the units asked, not all of them.
var inclusionCues = phrases("ke ca", "bao gom ca", "bao gom", "tinh ca", "gom ca")

// documentCues name the resolution a figure is under ("theo Nghị quyết
// số 22/2016/NQ-HĐND của HĐND tỉnh"): words of its reference, explained.
var documentCues = phrases("phu luc", "nghi quyet so", "nghi quyet", "cua hoi dong nhan dan tinh", "hoi dong nhan dan tinh", "hoi dong nhan dan")

// Words around a unit asked to tell, not asked about: "đề nghị Sở TT&TT
// cho biết …", "STTTT báo cáo đã bố trí …", "theo Sở TT&TT …". "Sở Nội
// vụ cho biết được cấp bao nhiêu" may ask of Sở Nội vụ: not a cue.
var (
	addresseeBefore = phrases("de nghi", "xin", "nho", "theo", "bao cao cua")
	addresseeAfter  = phrases("bao cao da", "bao cao la", "bao cao rang")
)
