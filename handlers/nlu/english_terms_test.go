package nlu

import "testing"

// TestEnglishPlacesAndTerms: English kinds after a place's name go before
// it in Vietnamese; departments and figures by their English names read as
// the Vietnamese ones; a kind before "level" or after a question word is
// no place.
func TestEnglishPlacesAndTerms(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ha Tinh City Q1/2019 online applications", "thanh pho ha tinh q1/2019 ho so truc tuyen"},
		{"Huong Khe district share of online applications", "huyen huong khe ty le ho so truc tuyen"},
		{"Ky Anh Town và Hong Linh Town", "thi xa ky anh va thi xa hong linh"},
		{"Bao nhiêu district-level units", "bao nhieu cap huyen don vi"},
		{"Department of Information and Communications đăng mấy video", "so thong tin va truyen thong dang may video"},
		{"Department of Finance", "so tai chinh"},
		{"which district", "which huyen"},
		{"upgrade e-commerce platform", "nang cap san giao dich thuong mai dien tu"},
		{"cả online lẫn offline", "ca truc tuyen lan khong truc tuyen"},
	} {
		if got := Normalize(tt.in).Folded; got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
