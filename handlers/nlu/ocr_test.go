package nlu

import "testing"

func TestFromOCR(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Năm 2Ol8 là 1952, 3S% doanh nghiệp", "Năm 2018 là 1952, 35% doanh nghiệp"},
		{"năm 2O19", "năm 2019"},
		{"Q1 S1 I2 Sở lo Ol", "Q1 S1 I2 Sở lo Ol"},
	} {
		if got := fromOCR(tt.in); got != tt.want {
			t.Errorf("fromOCR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
