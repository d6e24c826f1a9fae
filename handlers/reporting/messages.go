package reporting

// Every user-facing sentence of the reporting cycle, in one place so they
// can be read and reviewed together.

// Submissions (/nop).
const (
	msgNopUnitEmpty   = "«đơn vị=» chưa ghi tên hoặc mã đơn vị."
	msgNopPairBroken  = "«%s»: thiếu mã hoặc giá trị (viết mã=giá_trị, ví dụ hstt=120)."
	msgNopUnknownCode = "mã «%s» không có trong biểu mẫu; các mã hợp lệ: %s."
	msgNopDuplicate   = "mã %s được ghi hai lần."
	msgNopTooLarge    = "%s=%s: số quá lớn."
	msgNopNotInteger  = "%s=%s: phải là số nguyên."
	msgNopNotNumber   = "%s=%s: không phải số."
	msgNopNotQuarter  = "kỳ «%s» không phải một quý: biểu mẫu này báo cáo theo quý (ví dụ: Q2/2019)."
	msgNopFuture      = "%s chưa kết thúc (đến hết ngày %s): chỉ gửi được báo cáo của quý đã qua."
	msgNopBelowMin    = "%s=%s: không được nhỏ hơn %s."
	msgNopAboveMax    = "%s=%s: không được lớn hơn %s."
	msgNopAboveField  = "%s (%s) lớn hơn %s (%s)."
	msgNopMissing     = "còn thiếu: %s."
)

// The quarterly form sent as a filled sheet.
const (
	msgSheetMissing     = "Tệp không có trang so_lieu. Lấy mẫu bằng lệnh /mau, điền trang so_lieu rồi gửi lại."
	msgSheetNoColumn    = "thiếu cột bắt buộc này"
	msgSheetUnknownCode = "mã «%s» không có trong biểu mẫu của đơn vị; các mã hợp lệ: %s"
	msgSheetOtherUnit   = "chỉ được gửi số liệu của đơn vị mình, %s (%s), không phải «%s»"
	msgSheetTwoPeriods  = "kỳ %s khác kỳ %s của các dòng trên: mỗi tệp là báo cáo của một quý"
	msgSheetDuplicate   = "mã %s đã có ở dòng %d"
	msgSheetEmpty       = "%s: chưa ghi giá trị"
	msgSheetNoRows      = "trang so_lieu chưa có dòng số liệu nào"
	msgUnitNotThen      = "%s chưa thành lập hoặc đã không còn trong %s."
)

// Submitting (/nop) and reporting status (/baocao).
const (
	msgNopNotAllowed        = "Chỉ cán bộ đầu mối của đơn vị hoặc quản trị mới gửi được báo cáo."
	msgNopAdminNamesUnit    = "Quản trị gửi thay đơn vị nào thì ghi «đơn vị=MÃ hoặc TÊN», ví dụ: /nop đơn vị=443 Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900."
	msgNopUnknownUnit       = "không tìm thấy đơn vị «%s»."
	msgNopAmbiguousUnit     = "«%s» có thể là %s: hãy ghi mã đơn vị."
	msgNopOwnUnitOnly       = "bạn chỉ gửi được báo cáo của %s."
	msgNopNotReporter       = "%s không thuộc danh sách đơn vị phải gửi báo cáo quý."
	msgNopProblemsHead      = "Chưa lưu báo cáo vì:"
	msgNopExample           = "Ví dụ đúng: /nop Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900"
	msgNopGuidedStart       = "Báo cáo %s của %s. Trả lời lần lượt từng số (gõ /huy để dừng)."
	msgNopGuidedAsk         = "Nhập %s — %s:"
	msgNopGuidedCancel      = "Gõ /huy để dừng."
	msgNopGuidedRestart     = "Gõ /nop để nhập lại."
	msgNopPreviewHead       = "Xem lại báo cáo %s của %s:\n"
	msgNopPreviewPrev       = " (%s: %s, %s)"
	msgNopPreviewShare      = "• tỷ lệ hồ sơ trực tuyến: %s%%\n"
	msgNopPreviewCorrection = "Quý này đơn vị đã gửi báo cáo: xác nhận sẽ thay số liệu cũ (số cũ vẫn được lưu)."
	msgNopWarnJump          = "%s tăng hơn 3 lần so với quý trước (%s → %s): kiểm tra lại trước khi xác nhận."
	msgNopWarnZero          = "%s giảm về 0 (quý trước: %s): kiểm tra lại trước khi xác nhận."
	msgNopConfirmButtons    = "Bấm «Xác nhận» để gửi, «Huỷ» để bỏ."
	msgNopConfirmWords      = "Trả lời «có» để gửi, «không» để huỷ."
	msgNopConfirmLabel      = "Xác nhận"
	msgNopCancelLabel       = "Huỷ"
	msgNopStored            = "Đã nhận báo cáo %s của %s. Cảm ơn bạn!"
	msgNopUpdated           = "Đã cập nhật báo cáo %s của %s (trước đây: %s)."
	msgNopAlreadyClosed     = "Báo cáo này đã được gửi, huỷ hoặc hết hạn xác nhận; không lưu thêm lần nữa."
	msgNopNothingPending    = "Không có báo cáo nào đang chờ xác nhận."
	msgNopNotYours          = "Báo cáo này do người khác nhập; chỉ người nhập mới xác nhận được."
	msgNopCancelled         = "Đã huỷ, chưa lưu gì."

	msgStatusNotAllowed = "Chỉ lãnh đạo và quản trị xem được tình hình nộp báo cáo."
	msgStatusHead       = "Báo cáo %s (hạn nộp %s): %d/%d đơn vị đã nộp (%s)."
	msgStatusMissing    = "Chưa nộp (%d)%s: %s."
	msgStatusLateWord   = ", đã quá hạn"
	msgStatusSent       = "Đã nộp: %s."
	msgStatusLate       = "nộp muộn"
	msgStatusFile       = "Danh sách đầy đủ trong tệp đính kèm."
	msgStatusMore       = "%d đơn vị khác"
	msgStatusCount      = "%d đơn vị"
	msgStatusNone       = "Không có đơn vị nào phải nộp báo cáo %s."
)

// Reminders.
const (
	msgRemindClerk         = "Nhắc báo cáo: %s %s của %s, hạn nộp %s — %s. Gửi ngay bằng lệnh:\n%s\n(thay … bằng số liệu của đơn vị; gõ /nop để được hỏi từng mục)"
	msgRemindLeader        = "Đề nghị lãnh đạo đôn đốc: %s chưa gửi %s %s, hạn nộp %s — %s."
	msgRemindBefore        = "còn %d ngày đến hạn"
	msgRemindToday         = "hôm nay là hạn cuối"
	msgRemindLate          = "đã quá hạn %d ngày"
	msgRemindZaloWindow    = "chỉ có Zalo, đã quá thời gian được nhắn tin miễn phí, chưa cấu hình mẫu ZNS hoặc chưa có số điện thoại"
	msgRemindBlocked       = "đã chặn bot, không nhận được tin nhắn"
	msgRemindNoAccount     = "chưa đăng ký tài khoản chat"
	msgDigestHead          = "Tổng hợp hằng tuần: %d đơn vị chưa gửi báo cáo đã quá hạn."
	msgDigestNoAccount     = " (chưa có người nhận nhắc nhở)"
	msgDigestUndeliverable = "Không gửi được nhắc nhở tới:"
)

// /nhacnho.
const (
	msgRemindAdminOnly     = "Chỉ quản trị xem và gửi được nhắc nhở."
	msgRemindNone          = "Hiện không có nhắc nhở nào đến hạn cho báo cáo %s (hoặc đã gửi hết)."
	msgRemindPreview       = "Nhắc nhở báo cáo %s đến hạn: %d tin (%s)."
	msgRemindUndeliverable = "Không gửi được tới %d người: %s."
	msgRemindExample       = "Ví dụ một tin:"
	msgRemindSendLabel     = "Gửi ngay"
	msgRemindDead          = "Có %d tin nhắn không gửi được sau nhiều lần thử (xem nhật ký máy chủ)."
	msgRemindSent          = "Đã xếp %d nhắc nhở báo cáo %s vào hàng gửi (%d tin đã gửi từ trước); tin được gửi trong giờ làm việc."
)

// Files.
const (
	msgExport = "Tệp Excel số liệu %s: %d đơn vị đã nộp trên %d đơn vị phải báo cáo, tình hình nộp và kinh phí NQ 22."
	// maxNamesInReply is how many people /nhacnho names before it counts
	// the others.
	maxNamesInReply = 12
)
