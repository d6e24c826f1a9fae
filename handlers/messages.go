package handlers

// Every user-facing sentence of the router and registration, in one place
// so they can be read and reviewed together. %s in the help and the
// greeting is who runs the bot (RouterConfig.Owner, CHATBOT_OWNER).

// DefaultOwner is who runs the bot when CHATBOT_OWNER is not set: the
// department that took over Sở Thông tin và Truyền thông in 2025.
const DefaultOwner = "Sở Khoa học và Công nghệ Hà Tĩnh"

// Chat commands.
const (
	msgHelp = `Trợ lý số liệu chuyển đổi số tỉnh Hà Tĩnh (%s).

Hỏi bằng tiếng Việt, có dấu hoặc không dấu, ví dụ:
• Hiện nay có bao nhiêu DVC mức độ 3, mức độ 4?
• Tỷ lệ hồ sơ trực tuyến năm 2018?
• Tỷ lệ xã được tập huấn so với mục tiêu?
• Còn thiếu bao nhiêu kinh phí thực hiện NQ 22?
• Huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất quý 2/2019?
• Bao nhiêu đơn vị đã nộp báo cáo quý 2/2019?

Mỗi câu trả lời ghi rõ kỳ số liệu và nguồn.
Lệnh: /help (hướng dẫn), /bieudo (biểu đồ), /mau (mẫu Excel nạp số liệu), /huy (huỷ thao tác đang làm).`
	msgHelpClerk = `Cán bộ đầu mối: gửi số liệu báo cáo quý của đơn vị bằng lệnh /nop, ví dụ /nop Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900; gõ /nop để được hỏi từng mục.
Hoặc gửi báo cáo bằng tệp: lấy mẫu bằng /mau, điền trang so_lieu (mỗi dòng một mã, kỳ, giá trị của đơn vị mình) rồi gửi tệp .xlsx cho bot; bot kiểm tra như /nop và chỉ lưu khi bạn bấm «Xác nhận».`
	msgHelpLeader = `Lãnh đạo: /baocao [kỳ] (đơn vị đã và chưa nộp báo cáo), /xuat [kỳ] (tệp Excel số liệu), /lichsu ĐƠN_VỊ KỲ (báo cáo và các lần sửa của một đơn vị, ai nhập, lúc nào), ví dụ /lichsu 443 Q2/2019.`
	msgHelpAdmin  = `Quản trị:
• /moi ĐƠN_VỊ VAI_TRÒ [họ tên] [sđt=SỐ]: tạo mã mời (vai trò: đầu mối, lãnh đạo, quản trị), ví dụ /moi 443 đầu mối Nguyễn Văn An; người được mời gửi /dangky MÃ.
• /nguoidung [đơn vị]: danh sách người dùng, vai trò, Telegram/Zalo.
• /thuhoi NGƯỜI: thu hồi quyền (số trong /nguoidung, ví dụ /thuhoi #12).
• /nhacnho [kỳ]: xem và gửi nhắc nhở báo cáo.
• /nop đơn vị=MÃ …: gửi báo cáo thay một đơn vị.
• Nạp số liệu: gửi tệp .xlsx hoặc .csv (theo mẫu /mau) cho bot; bot báo trước sẽ thêm, sửa gì và chỉ nạp khi bạn bấm «Xác nhận».`
	msgRegisterFirst = `Chào bạn! Đây là Trợ lý số liệu chuyển đổi số của %s.

Để tra cứu số liệu hoặc gửi báo cáo, bạn cần đăng ký: gửi /dangky MÃ, trong đó MÃ là mã mời do %s cấp cho bạn (liên hệ cán bộ quản trị nếu chưa có).`
	msgAlreadyRegistered = "Tài khoản này đã đăng ký cho %s (%s)."
	msgCancelled         = "Đã huỷ."
	msgChoiceExpired     = "Lựa chọn này đã hết hiệu lực."
	msgUnknownCommand    = "Lệnh không có. Gõ /help để xem hướng dẫn."
	msgExportNotAllowed  = "Chỉ lãnh đạo và quản trị xuất được tệp số liệu."
	msgInternalError     = "Xin lỗi, hệ thống đang gặp sự cố khi tra cứu. Vui lòng thử lại sau ít phút."
	// MsgSlowDown is the reply to someone sending faster than the bot allows.
	MsgSlowDown = "Bạn gửi tin nhắn quá nhanh. Vui lòng chờ ít phút rồi hỏi tiếp."
	// MsgSorry is the reply when a handler fails unexpectedly.
	MsgSorry = msgInternalError
)

// Files sent to the bot.
const (
	msgFileTooBig      = "Tệp %s nặng %s MB, quá giới hạn %d MB: hãy chia thành nhiều tệp nhỏ hơn."
	msgFileTooManyRows = "Tệp %s có hơn %s dòng số liệu: hãy chia thành nhiều tệp nhỏ hơn."
	msgFileOnZalo      = "Bot chưa nhận được tệp qua Zalo. Hãy gửi tệp .xlsx hoặc .csv cho bot trên Telegram: mở cuộc trò chuyện với bot, bấm biểu tượng ghim (📎), chọn «Tệp» rồi chọn tệp. Lấy mẫu bằng lệnh /mau."
	msgFileNotReceived = "Không tải được tệp này từ máy chủ chat; vui lòng gửi lại."
	msgFileNotAllowed  = "Chỉ quản trị (nạp số liệu) và cán bộ đầu mối (gửi báo cáo quý) gửi tệp cho bot được."
)
