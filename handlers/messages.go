package handlers

// Every user-facing sentence of the router and registration, in one place
// so they can be read and reviewed together.

// Chat commands.
const (
	msgHelp = `Trợ lý số liệu chuyển đổi số tỉnh Hà Tĩnh.

Hỏi bằng tiếng Việt, có dấu hoặc không dấu, ví dụ:
• Hiện nay có bao nhiêu DVC mức độ 3, mức độ 4?
• Tỷ lệ hồ sơ trực tuyến năm 2018?
• Tỷ lệ xã được tập huấn so với mục tiêu?
• Còn thiếu bao nhiêu kinh phí thực hiện NQ 22?
• Huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất quý 2/2019?
• Bao nhiêu đơn vị đã nộp báo cáo quý 2/2019?

Mỗi câu trả lời ghi rõ kỳ số liệu và nguồn.
Lệnh: /help (hướng dẫn), /huy (huỷ thao tác đang làm).`
	msgHelpClerk     = "Cán bộ đầu mối: gửi số liệu báo cáo quý của đơn vị bằng lệnh /nop, ví dụ /nop Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900; gõ /nop để được hỏi từng mục."
	msgHelpAdmin     = "Quản trị: mời người dùng bằng lệnh `chatbot users invite --unit ĐƠN_VỊ --role clerk|leader|admin` trên máy chủ; họ gửi /dangky MÃ để đăng ký."
	msgRegisterFirst = `Chào bạn! Đây là Trợ lý số liệu chuyển đổi số của Sở Thông tin và Truyền thông Hà Tĩnh.

Để tra cứu số liệu hoặc gửi báo cáo, bạn cần đăng ký: gửi /dangky MÃ, trong đó MÃ là mã mời do Sở cấp cho bạn (liên hệ Phòng CNTT của Sở nếu chưa có).`
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
