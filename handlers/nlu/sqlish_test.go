package nlu

import "testing"

func TestLooksLikeSQL(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"kinh phí NQ22' OR '1'='1", true},
		{"'; DROP TABLE so_lieu; --", true},
		{"Can Lộc' UNION SELECT * FROM users --", true},
		{"1' or '1'='1", true},
		{`Báo cáo nói gì về chuyên mục "Cải cách hành chính"?`, false},
		{"Tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019; còn Thạch Hà?", false},
		{"Sở Lao động - Thương binh và Xã hội có bao nhiêu DVC", false},
		{"1=1 --", true},
		{"Can Lộc -- quý 2 tỷ lệ trực tuyến bao nhiêu", false},
		{"DELETE FROM don_vi; tỷ lệ hồ sơ quý 2", true},
		{"insert into so_lieu values (1)", true},
		{"xóa bỏ số liệu sai từ quý 1 được không", false},
	} {
		if got := looksLikeSQL(tt.in); got != tt.want {
			t.Errorf("looksLikeSQL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
