package dataset

// The contract of the format: each sheet, its columns, and what each
// means, in the words the department's admin reads in the huong_dan sheet
// of the template. The order is the order of import: a sheet may refer to
// what an earlier one defines.

// Sheet names.
const (
	sheetSources     = "nguon"
	sheetPassages    = "van_ban"
	sheetIndicators  = "chi_tieu"
	sheetForms       = "bieu_mau"
	sheetFormFields  = "truong_bieu_mau"
	sheetStages      = "lich_nhac"
	sheetUnits       = "don_vi"
	sheetUnitAliases = "bi_danh_don_vi"
	sheetValues      = "so_lieu"
	sheetTargets     = "muc_tieu"
	sheetProjects    = "du_an"
	sheetFunding     = "kinh_phi"

	sheetGuide = "huong_dan" // the template's explanations; never imported
	sheetLists = "danh_sach" // the template's drop-down lists; never imported
)

type column struct {
	name     string
	required bool
	help     string
}

type sheetSpec struct {
	name    string
	help    string
	columns []column
}

func (s sheetSpec) header() []string {
	out := make([]string, len(s.columns))
	for i, c := range s.columns {
		out[i] = c.name
	}
	return out
}

func (s sheetSpec) column(name string) (column, bool) {
	for _, c := range s.columns {
		if c.name == name {
			return c, true
		}
	}
	return column{}, false
}

// sheetSpecs is the contract, in import order.
func sheetSpecs() []sheetSpec {
	return []sheetSpec{
		{sheetSources, "Văn bản, báo cáo mà số liệu lấy từ đó. Mỗi số liệu, mục tiêu, dự án ghi mã nguồn của nó.", []column{
			{"ma", true, "Mã văn bản, duy nhất, ví dụ 47/BC-STTTT."},
			{"ten", true, "Tên (trích yếu) văn bản."},
			{"ngay", true, "Ngày ban hành, ví dụ 10/06/2019."},
			{"co_quan", false, "Cơ quan ban hành."},
		}},
		{sheetPassages, "Nguyên văn văn bản nguồn, mỗi dòng một câu hoặc một đoạn ngắn, theo thứ tự. Các dòng của một nguồn thay toàn bộ nguyên văn đang lưu của nguồn đó. Bot trích các câu này khi được hỏi «báo cáo nói gì về …».", []column{
			{"nguon", true, "Mã nguồn (văn bản) ở trang nguon."},
			{"stt", true, "Số thứ tự của câu trong văn bản: 1, 2, 3…"},
			{"noi_dung", true, "Câu hoặc đoạn, đúng như văn bản viết."},
		}},
		{sheetIndicators, "Chỉ tiêu: đại lượng được đo, cách hiển thị và cách cộng dồn. Bot nhận ra chỉ tiêu qua tên và bí danh.", []column{
			{"ma", true, "Mã chỉ tiêu, duy nhất, không dấu, ví dụ hstt_tt_share."},
			{"ten", true, "Tên đầy đủ, ví dụ «tỷ lệ hồ sơ trực tuyến toàn trình»."},
			{"loai", true, "Loại: count (số lượng), percent (tỷ lệ %, từ 0 đến 100), money (tiền, đồng), score (điểm), rank (thứ hạng)."},
			{"don_vi_tinh", true, "Đơn vị tính khi trả lời: dịch vụ, hồ sơ, %, đồng…"},
			{"bi_danh", false, "Cách người hỏi gọi chỉ tiêu, ngăn cách bằng dấu chấm phẩy. «a + b» nghĩa là câu hỏi có cả a và b (ở bất kỳ đâu). Bí danh chỉ được thêm, không bị xoá."},
			{"chu_de", false, "Nhóm chỉ tiêu cùng chủ đề (mặc định: mã chỉ tiêu)."},
			{"cong_theo_don_vi", false, "Cộng các đơn vị thế nào: sum (cộng), ratio (tỷ số tu_so/mau_so), none (không cộng). Mặc định theo loại."},
			{"cong_theo_ky", false, "Cộng các kỳ thế nào: sum (cộng), last (lấy kỳ cuối), ratio, none. Mặc định theo loại."},
			{"tu_so", false, "Với tỷ lệ tính từ hai chỉ tiêu: mã chỉ tiêu tử số."},
			{"mau_so", false, "Mã chỉ tiêu mẫu số."},
			{"cao_la_tot", false, "có: số càng cao càng tốt (mặc định); không: càng thấp càng tốt (thứ hạng)."},
			{"truoc_day", false, "Mã chỉ tiêu mà trước khi đổi cách tính đã đếm số này (dvc_tt: trước Nghị định 42/2022/NĐ-CP đếm là dvc4, mức độ 4). Câu hỏi về kỳ trước đó được trả lời bằng chỉ tiêu cũ, ghi rõ tên."},
		}},
		{sheetForms, "Biểu mẫu báo cáo định kỳ mà đơn vị gửi bằng lệnh /nop.", []column{
			{"ma", true, "Mã biểu mẫu, ví dụ dvc-quy."},
			{"ten", true, "Tên biểu mẫu."},
			{"ky_bao_cao", true, "quý, tháng hoặc năm."},
			{"han_nop_sau_ngay", false, "Hạn nộp: số ngày sau khi kỳ kết thúc (mặc định 15)."},
		}},
		{sheetFormFields, "Các mã số liệu của từng biểu mẫu và quy tắc kiểm tra.", []column{
			{"bieu_mau", true, "Mã biểu mẫu."},
			{"ma", true, "Mã trường mà cán bộ gõ sau /nop, ví dụ dvc3."},
			{"chi_tieu", true, "Mã chỉ tiêu nhận số liệu."},
			{"thu_tu", true, "Thứ tự hỏi (1, 2, 3…)."},
			{"toi_thieu", false, "Giá trị nhỏ nhất (mặc định 0)."},
			{"toi_da", false, "Giá trị lớn nhất, nếu có (tỷ lệ: 100)."},
			{"so_nguyen", false, "có: chỉ nhận số nguyên (mặc định); không: nhận số thập phân."},
			{"khong_vuot_qua", false, "Mã trường khác mà giá trị này không được lớn hơn, ví dụ hstt không vượt quá hstong."},
		}},
		{sheetStages, "Lịch nhắc nhở của từng biểu mẫu, tính theo hạn nộp.", []column{
			{"bieu_mau", true, "Mã biểu mẫu."},
			{"giai_doan", true, "before (trước hạn), deadline (đúng hạn), overdue (quá hạn), escalation (báo lãnh đạo đơn vị)."},
			{"so_ngay", true, "Số ngày so với hạn nộp: -3 là ba ngày trước hạn, 7 là bảy ngày sau hạn."},
			{"lap_lai_sau_ngay", false, "Nhắc lại sau bao nhiêu ngày cho tới khi đơn vị nộp (0: không nhắc lại)."},
			{"gui_cho", true, "đầu mối (cán bộ đầu mối) hoặc lãnh đạo."},
		}},
		{sheetUnits, "Đơn vị: tỉnh, sở ngành, huyện, xã… với thời gian hiệu lực. Một mã có thể được dùng lại cho đơn vị mới sau sáp nhập (18406 là Thị trấn Nghèn đến 30/06/2025 và Xã Can Lộc từ 01/07/2025): đơn vị được xác định bằng mã cùng ngày bắt đầu hiệu lực, và hai đơn vị cùng mã không được có hiệu lực chồng lên nhau. Ô để trống: giữ nguyên giá trị đang lưu.", []column{
			{"ma", true, "Mã đơn vị (mã hành chính chính thức, hoặc mã tự đặt cho sở ngành, ví dụ S-TTTT)."},
			{"ten", true, "Tên đầy đủ, ví dụ Huyện Can Lộc. Tên và tên ngắn tự động là bí danh."},
			{"cap", true, "tỉnh, sở, ngành, huyện hoặc xã (hoặc province, agency, sector, district, commune)."},
			{"ma_cap_tren", false, "Mã đơn vị cấp trên (có hiệu lực vào ngày đơn vị này bắt đầu)."},
			{"bi_danh", false, "Các cách gọi khác, ngăn cách bằng dấu chấm phẩy; có hiệu lực cùng đơn vị. Bí danh chỉ được thêm, không bị xoá."},
			{"hieu_luc_tu", false, "Ngày bắt đầu có hiệu lực. Để trống: đơn vị có từ trước (và khi sửa: đơn vị duy nhất mang mã này trong khoảng hiệu lực ghi ở dòng)."},
			{"hieu_luc_den", false, "Ngày cuối cùng còn hiệu lực, ví dụ 30/06/2025. Để trống: vẫn còn."},
			{"thay_the_boi", false, "Mã các đơn vị kế thừa (có hiệu lực ngày hôm sau), ngăn cách bằng dấu chấm phẩy."},
			{"ten_ngan", false, "Tên ngắn, ví dụ Can Lộc (mặc định: tên bỏ chữ Huyện/Xã/Phường… ở đầu)."},
			{"loai_hinh", false, "Huyện, Thị xã, Thành phố, Xã, Phường, Thị trấn, agency… (mặc định: chữ đầu của tên)."},
			{"bao_cao", false, "Mã các biểu mẫu đơn vị phải nộp, ngăn cách bằng dấu chấm phẩy. Đơn vị chỉ phải nộp cho các kỳ mà ngày cuối kỳ nằm trong thời gian hiệu lực."},
		}},
		{sheetUnitAliases, "Bí danh có thời hạn, ví dụ tên cũ của một đơn vị đã sáp nhập trỏ tới đơn vị kế thừa từ ngày sáp nhập.", []column{
			{"don_vi", true, "Mã đơn vị (đơn vị có hiệu lực vào ngày tu_ngay, hoặc den_ngay)."},
			{"bi_danh", true, "Cách gọi."},
			{"tu_ngay", false, "Bí danh dùng từ ngày này."},
			{"den_ngay", false, "Bí danh dùng đến hết ngày này."},
		}},
		{sheetValues, "Số liệu: mỗi dòng là một con số của một chỉ tiêu, một đơn vị, một kỳ, lấy từ một nguồn. Nạp lại một số đã có mà khác giá trị thì số mới thay số cũ, số cũ được giữ trong lịch sử. Mỗi dòng là toàn bộ số liệu đó: ô trống là không có.", []column{
			{"chi_tieu", true, "Mã chỉ tiêu."},
			{"don_vi", false, "Mã đơn vị; để trống là toàn tỉnh. Đơn vị phải có hiệu lực vào ngày cuối của kỳ."},
			{"ky", true, "Kỳ, viết như thường nói: năm 2025, quý 3/2025, Q3/2025, 6 tháng đầu năm 2025, tháng 7/2025, đến ngày 30/09/2025. Phải có năm."},
			{"gia_tri", true, "Con số: 1234; 1.234,5 hoặc 1234.5; tỷ lệ 41,7 hoặc 41,7%. Số như 1.234 hay 1,234 (không rõ là nghìn hay thập phân) bị từ chối: viết 1234 nếu là nghìn."},
			{"nguon", true, "Mã nguồn (văn bản) của số liệu."},
			{"trich_dan", false, "Câu trong văn bản nêu con số này."},
			{"cap", false, "Nếu số liệu là tổng của một cấp thuộc đơn vị (ví dụ các xã của tỉnh): tỉnh, sở, ngành, huyện hoặc xã."},
			{"moi_don_vi", false, "có: con số đúng cho mỗi đơn vị của cấp đó («mỗi xã 35 DVC»)."},
			{"tren_tong", false, "Tổng số để so sánh, ví dụ 262 trong «221/262 xã»."},
			{"ghi_chu", false, "Ghi chú hiển thị kèm câu trả lời."},
		}},
		{sheetTargets, "Mục tiêu và kế hoạch của chỉ tiêu. Mỗi dòng là toàn bộ mục tiêu đó.", []column{
			{"chi_tieu", true, "Mã chỉ tiêu."},
			{"don_vi", false, "Mã đơn vị; để trống là toàn tỉnh."},
			{"loai", true, "mục tiêu hoặc kế hoạch (target, plan)."},
			{"gia_tri", true, "Giá trị cần đạt."},
			{"han", true, "Hạn phải đạt, ví dụ 31/12/2025."},
			{"nguon", true, "Mã nguồn (văn bản) đặt ra mục tiêu."},
			{"cap", false, "Nếu mục tiêu cho cả một cấp: tỉnh, sở, ngành, huyện hoặc xã."},
			{"ky", false, "Giai đoạn, ví dụ năm 2025 hoặc giai đoạn 2021-2025 (mặc định: đến ngày của hạn)."},
			{"ban_hanh_boi", false, "Văn bản đặt ra mục tiêu, ví dụ Nghị quyết 22/2016/NQ-HĐND."},
			{"trich_dan", false, "Câu trong văn bản nêu mục tiêu."},
		}},
		{sheetProjects, "Dự án, nhiệm vụ được cấp kinh phí. Ô để trống: giữ nguyên giá trị đang lưu.", []column{
			{"nguon", true, "Mã nguồn (văn bản) liệt kê dự án."},
			{"stt", true, "Số thứ tự của dự án trong văn bản."},
			{"ten", true, "Tên đầy đủ."},
			{"ten_ngan", false, "Tên ngắn (tự động là bí danh)."},
			{"co_quan_chu_tri", false, "Cơ quan chủ trì, như văn bản ghi."},
			{"don_vi_chu_tri", false, "Mã các đơn vị chủ trì, ngăn cách bằng dấu chấm phẩy."},
			{"cap_chu_tri", false, "Các cấp chủ trì (ví dụ huyện), ngăn cách bằng dấu chấm phẩy."},
			{"tinh_trang", false, "Tình trạng, như văn bản ghi."},
			{"nhom_tinh_trang", true, "hoàn thành, đang thực hiện, chuẩn bị, chưa thực hiện hoặc lồng ghép."},
			{"thoi_gian", false, "Thời gian thực hiện, như văn bản ghi."},
			{"nam_bat_dau", true, "Năm bắt đầu."},
			{"nam_ket_thuc", true, "Năm kết thúc."},
			{"de_xuat_trieu_dong", false, "Kinh phí đề xuất, triệu đồng."},
			{"bi_danh", false, "Cách gọi khác, ngăn cách bằng dấu chấm phẩy; «a + b» như ở chi_tieu."},
		}},
		{sheetFunding, "Kinh phí đã cấp cho dự án. Các dòng của một dự án thay toàn bộ kinh phí đang lưu của dự án đó.", []column{
			{"nguon", true, "Mã nguồn của dự án."},
			{"du_an", true, "Số thứ tự của dự án."},
			{"nguon_von", true, "NQ22 (theo Nghị quyết 22) hoặc khác (lồng ghép nguồn khác)."},
			{"nam", false, "Năm cấp."},
			{"trieu_dong", true, "Số tiền, triệu đồng."},
			{"don_vi_nhan", false, "Đơn vị nhận, nếu văn bản ghi."},
		}},
	}
}
