package admin

// Every user-facing sentence of the administration, in one place so they
// can be read and reviewed together. %s of the registration texts is who
// runs the bot (CHATBOT_OWNER).

// Registration (/dangky).
const (
	msgRegisterUsage  = "Gửi /dangky MÃ, ví dụ: /dangky ABCD2345EFGH. Mã mời do %s cấp, dùng được một lần."
	msgInviteUnusable = "Mã mời không đúng, đã được dùng hoặc đã hết hạn. Vui lòng kiểm tra lại hoặc xin %s cấp mã mới."
	msgRegistered     = "Đăng ký thành công cho %s, vai trò %s."
	msgPhoneInvalid   = "số điện thoại không hợp lệ: cần số di động Việt Nam 10 chữ số, ví dụ 0912 345 678"
)

// Who may do what; naming units.
const (
	msgAdminOnly     = "Chỉ quản trị dùng được lệnh này."
	msgUnitMissing   = "Chưa ghi đơn vị: ghi mã (ví dụ 443) hoặc tên đơn vị."
	msgUnitAmbiguous = "«%s» có thể là %s: hãy ghi mã đơn vị."
	msgUnitNotOn     = "«%s» không có đơn vị nào vào ngày %s: %s."
	msgUnitUnknown   = "Không tìm thấy đơn vị «%s»: ghi mã (ví dụ 443) hoặc tên đầy đủ (ví dụ Huyện Can Lộc)."
	msgValidFromTo   = "có từ %s đến %s"
	msgValidTo       = "có đến %s"
	msgValidFrom     = "có từ %s"
)

// Invites (/moi).
const (
	msgInviteUsage = "Gửi /moi ĐƠN_VỊ VAI_TRÒ [họ tên] [sđt=SỐ], trong đó VAI_TRÒ là đầu mối (cán bộ đầu mối báo cáo), lãnh đạo hoặc quản trị. Ví dụ: /moi 443 đầu mối Nguyễn Văn An sđt=0912345678"
	msgInvitePhone = "«%s»: %s."
	msgInvited     = "Mã mời cho %s (%s), %s; dùng một lần, hết hạn %s. Người được mời gửi cho bot trên Telegram hoặc Zalo lệnh:\n/dangky %s"
)

// People (/nguoidung, /thuhoi).
const (
	msgPeopleHead        = "Người dùng (%d):"
	msgPeopleHeadUnit    = "Người dùng của %s (%s), %d người:"
	msgPeopleNone        = "Chưa có người dùng nào."
	msgPeopleNoneIn      = "%s (%s) chưa có người dùng nào."
	msgPeopleUnreachable = "(không nhận được tin: đã chặn bot)"
	msgPeopleNoAccount   = "chưa có tài khoản chat"
	msgPeoplePhone       = "SĐT %s"
	msgPeopleRevoked     = "đã thu hồi từ %s"
	msgPlatformConsole   = "máy chủ"

	msgRevokeUsage     = "Gửi /thuhoi NGƯỜI: số của người đó trong danh sách /nguoidung (ví dụ /thuhoi #12) hoặc họ tên đầy đủ."
	msgRevokeSelf      = "Không tự thu hồi quyền của mình được; nhờ một quản trị khác."
	msgRevokedAlready  = "%s đã bị thu hồi quyền từ %s."
	msgRevoked         = "Đã thu hồi quyền của %s (%s, %s): các tài khoản chat của người này không còn dùng được bot."
	msgPersonUnknown   = "Không tìm thấy người dùng «%s»: xem số của từng người bằng /nguoidung."
	msgPersonAmbiguous = "Có nhiều người tên «%s»: %s. Gửi /thuhoi kèm số, ví dụ /thuhoi #12."
)

// History (/lichsu).
const (
	msgHistoryUsage             = "Gửi /lichsu ĐƠN_VỊ KỲ, ví dụ: /lichsu 443 Q2/2019 hoặc /lichsu Can Lộc năm 2019."
	msgHistoryNotAllowed        = "Chỉ lãnh đạo và quản trị xem được lịch sử số liệu."
	msgHistoryPeriod            = "«%s» không phải một kỳ cụ thể: ghi quý, năm hoặc tháng, ví dụ Q2/2019."
	msgHistoryNone              = "Chưa có báo cáo hay số liệu nào của %s (%s) trong %s."
	msgHistoryHead              = "Lịch sử số liệu của %s (%s), %s:"
	msgHistoryForm              = "%s, %s:"
	msgHistoryNobody            = "không rõ người nhập"
	msgHistoryVia               = "qua %s"
	msgHistorySuperseded        = "đã được sửa lúc %s"
	msgHistoryCurrent           = "đang dùng"
	msgHistoryCurrentCorrection = "bản sửa, đang dùng"
	msgHistoryDocuments         = "Số liệu nạp từ văn bản:"
	msgHistorySource            = "nguồn %s"
	msgHistoryRecorded          = "nạp lúc %s bởi %s"
	msgHistoryCommandLine       = "lệnh trên máy chủ"
	msgHistoryMore              = "… và %d số liệu khác (xem bằng chatbot export)"
)

// Files (imports by chat, /mau).
const (
	msgUploadUnavailable = "Máy chủ này chưa bật nạp số liệu qua chat."
	msgUploadPreview     = "Tệp %s:\n%s\n\nBấm «Xác nhận» để nạp (tất cả một lần), «Huỷ» để bỏ. Tệp được giữ 24 giờ."
	msgUploadApplied     = "Đã nạp tệp %s.\n%s"
	msgUploadGone        = "Không còn tệp nào chờ xác nhận (đã quá 24 giờ?). Gửi lại tệp."
	msgUploadClosed      = "Tệp này đã được nạp, huỷ hoặc hết hạn; không nạp thêm lần nữa."
	msgUploadNotYours    = "Tệp này do người khác gửi; chỉ người gửi mới xác nhận được."
	msgUploadCancelled   = "Đã huỷ, chưa nạp gì."
	msgConfirmLabel      = "Xác nhận"
	msgCancelLabel       = "Huỷ"
	msgTemplateAdmin     = "Mẫu nạp số liệu: trang huong_dan giải thích từng cột. Điền rồi gửi lại tệp cho bot: bot báo trước sẽ thêm, sửa gì và chỉ nạp khi bạn bấm «Xác nhận»."
	msgTemplateClerk     = "Mẫu báo cáo bằng tệp: điền trang so_lieu, mỗi dòng một số liệu của đơn vị (chi_tieu, don_vi là %s, ky như Q3/2025, gia_tri), rồi gửi lại tệp cho bot. Bot kiểm tra như lệnh /nop và chỉ lưu khi bạn bấm «Xác nhận»."
)
