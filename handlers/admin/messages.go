package admin

// Every user-facing sentence of the administration, in one place so they
// can be read and reviewed together.
const (
	msgRegisterUsage  = "Gửi /dangky MÃ, ví dụ: /dangky ABCD2345EFGH. Mã mời do Sở TT&TT cấp, dùng được một lần."
	msgInviteUnusable = "Mã mời không đúng, đã được dùng hoặc đã hết hạn. Vui lòng kiểm tra lại hoặc xin Sở TT&TT cấp mã mới."
	msgRegistered     = "Đăng ký thành công cho %s, vai trò %s."
	msgPhoneInvalid   = "số điện thoại không hợp lệ: cần số di động Việt Nam 10 chữ số, ví dụ 0912 345 678"
)
