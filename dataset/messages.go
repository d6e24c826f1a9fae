package dataset

// Every user-facing string of the package, kept together so they can be
// read and reviewed. Column and sheet names stay as the format writes them.
const (
	// Reports.
	msgDryRunHead      = "Chạy thử: chưa ghi gì. Nếu nạp thật, tệp sẽ:"
	msgDryRunNoChange  = "Chạy thử: tệp không thêm, không sửa gì (dữ liệu đã như trong tệp)."
	msgAppliedHead     = "Đã nạp:"
	msgAppliedNoChange = "Tệp không thêm, không sửa gì (dữ liệu đã như trong tệp)."
	msgSheetCounts     = "%s: thêm %d, sửa %d, giữ nguyên %d"
	msgMoreChanges     = "… và %d dòng khác"
	msgEmptyCell       = "(trống)"
	msgSubmitted       = "(đơn vị nộp qua /nop)"
	msgPassageCount    = "%d câu nguyên văn"
	msgPassageChanges  = "%d câu nguyên văn (thêm %d, sửa %d, bỏ %d)"

	// Problems: where.
	msgProblemsHead = "Tệp có %d lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa rồi gửi lại:"
	msgMoreProblems = "… và %d lỗi khác"
	msgWhereSheet   = "trang %s"
	msgWhereLine    = ", dòng %d"
	msgWhereColumn  = ", cột %s"

	// Problems: the file.
	msgFileKind      = "tệp %q: chỉ đọc được tệp Excel .xlsx hoặc .csv"
	msgNoCSV         = "thư mục không có tệp .csv nào"
	msgNotUTF8       = "tệp %s.csv không phải UTF-8: hãy lưu lại dạng «CSV UTF-8»"
	msgBadCSV        = "tệp %s.csv, dòng %d: không đọc được (%v)"
	msgBadXLSX       = "không mở được tệp: không phải tệp Excel .xlsx"
	msgXLSXTooBig    = "tệp Excel quá lớn khi giải nén; hãy chia thành nhiều tệp"
	msgUnknownSheet  = "trang %q không có trong mẫu; các trang hợp lệ: %s"
	msgSheetTwice    = "trang có hai lần"
	msgUnknownColumn = "cột %q không có trong mẫu của trang này; các cột hợp lệ: %s"
	msgColumnTwice   = "cột có hai lần"
	msgMissingColumn = "thiếu cột bắt buộc này"

	// Problems: cells.
	msgRequired          = "ô bắt buộc, đang trống"
	msgBadNumber         = "«%s» không phải số: %s"
	msgNoPercentHere     = "«%s»: cột này không dùng dấu %%"
	msgIntegerRange      = "«%s» phải là số nguyên từ %d đến %d"
	msgBadDate           = "«%s» không phải ngày (viết 30/06/2025)"
	msgBadPeriod         = "kỳ «%s» không đọc được: %s"
	msgBadChoice         = "«%s» không hợp lệ; chọn một trong: %s"
	msgPercentNotPercent = "«%s»: chỉ tiêu %s không phải tỷ lệ, không dùng dấu %%"
	msgPercentRange      = "«%s»: tỷ lệ phải từ 0 đến 100"
	msgNegative          = "«%s»: không được âm"
	msgOtherUnit         = "chỉ được nạp số liệu của đơn vị mình, không phải của %s"
	msgYearsOrder        = "năm kết thúc %d trước năm bắt đầu %d"

	// Problems: references.
	msgUnknownSource     = "không có nguồn mã %q (thêm vào trang nguon)"
	msgUnknownIndicator  = "không có chỉ tiêu mã %q (thêm vào trang chi_tieu)"
	msgUnknownForm       = "không có biểu mẫu mã %q (thêm vào trang bieu_mau)"
	msgUnknownField      = "không có trường %q trong biểu mẫu %s"
	msgUnknownProject    = "không có dự án số %d của nguồn %s (thêm vào trang du_an)"
	msgUnknownUnit       = "không có đơn vị mã %q (thêm vào trang don_vi)"
	msgNoUnitOn          = "không có đơn vị mã %q có hiệu lực ngày %s"
	msgUnitNotValid      = "đơn vị mã %q không có hiệu lực ngày %s (%s)"
	msgNoProvince        = "ô trống là toàn tỉnh, nhưng không có đơn vị cấp tỉnh có hiệu lực ngày %s"
	msgManyProvinces     = "ô trống là toàn tỉnh, nhưng có nhiều đơn vị cấp tỉnh ngày %s: ghi mã đơn vị"
	msgCodeReusedAlias   = "mã %q là của nhiều đơn vị qua các thời kỳ: ghi tu_ngay để chỉ rõ đơn vị nào"
	msgDuplicateRow      = "trùng với dòng %d"
	msgDuplicateValue    = "trùng với dòng %d (cùng chỉ tiêu, đơn vị, cấp và kỳ)"
	msgDuplicateTarget   = "trùng với dòng %d (cùng chỉ tiêu, đơn vị, cấp, loại, hạn và nguồn)"
	msgDuplicatePassage  = "trùng với dòng %d (cùng nguồn và số thứ tự)"
	msgValidityOrder     = "ngày %s trước ngày bắt đầu %s"
	msgSuccessorsNeedEnd = "có đơn vị kế thừa thì phải ghi hieu_luc_den"
	msgValidityOverlap   = "mã %s: %s trùng thời gian hiệu lực với %s; một mã chỉ thuộc một đơn vị tại mỗi thời điểm (ghi hieu_luc_den cho đơn vị cũ, hieu_luc_tu cho đơn vị mới)"
	msgValidFrom         = " (từ %s)"
	msgValidTo           = " (đến %s)"
	msgValidFromTo       = " (từ %s đến %s)"

	// Numbers (reasons of msgBadNumber).
	reasonEmpty      = "ô trống"
	reasonTooLong    = "quá dài"
	reasonNotNumber  = "chỉ được có chữ số, dấu chấm, dấu phẩy, dấu cách, dấu trừ ở đầu và dấu % ở cuối"
	reasonSeparators = "dấu chấm, dấu phẩy đặt sai chỗ"
	reasonGroups     = "nhóm hàng nghìn phải đủ 3 chữ số (1.234.567)"
	reasonAmbiguous  = "không rõ là số nghìn hay số thập phân; nếu là số nghìn viết liền không dấu (1234), nếu là số thập phân viết thêm chữ số 0 ở cuối (1,2340)"

	// Periods (reasons of msgBadPeriod).
	reasonNoPeriod       = "viết như: năm 2025, quý 3/2025, Q3/2025, 6 tháng đầu năm 2025, tháng 7/2025, đến ngày 30/09/2025"
	reasonPeriodExtra    = "ô chỉ ghi kỳ, không ghi gì thêm"
	reasonPeriodLatest   = "phải là một kỳ cụ thể, không phải «hiện nay»"
	reasonPeriodRelative = "phải ghi rõ năm (không dùng «năm nay», «quý trước»)"

	// The template.
	msgGuideIntro1   = "Mẫu nạp số liệu cho Trợ lý số liệu. Mỗi trang là một bảng; dòng đầu là tên cột, không sửa. Có thể xoá các trang không dùng."
	msgGuideIntro2   = "Số liệu mới ghi vào trang so_lieu (mục tiêu vào muc_tieu). Các trang danh mục (chi_tieu, don_vi…) đã điền sẵn như đang lưu: thêm dòng để thêm chỉ tiêu, đơn vị; sửa dòng để sửa. Không xoá được gì bằng tệp nạp."
	msgGuideIntro3   = "Gửi tệp cho bot (quản trị) hoặc chạy «chatbot import TỆP --dry-run» để xem trước; chỉ khi không có lỗi nào thì dữ liệu mới được ghi, và ghi tất cả một lần."
	msgDropListTitle = "Mã chưa có trong danh sách"
	msgDropListError = "Cột %s nên chọn mã trong danh sách (trang danh_sach). Vẫn ghi mã này?"
)
