package dataset

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		percent bool
		reason  string // a part of the error's reason; "" for success
	}{
		{"1234", 1234, false, ""},
		{"1234.5", 1234.5, false, ""},
		{"1234,5", 1234.5, false, ""},
		{"1.234,5", 1234.5, false, ""},
		{"1,234.5", 1234.5, false, ""},
		{"1.234.567", 1234567, false, ""},
		{"1,234,567", 1234567, false, ""},
		{"1.234.567,89", 1234567.89, false, ""},
		{"1 234 567", 1234567, false, ""},
		{"1\u00a0234,5", 1234.5, false, ""},
		{"41,7%", 41.7, true, ""},
		{"41,7 %", 41.7, true, ""},
		{"4,92", 4.92, false, ""},
		{"0,123", 0.123, false, ""},
		{"12.5", 12.5, false, ""},
		{"1234.567", 1234.567, false, ""},
		{"1,2340", 1.234, false, ""},
		{"1.234,0", 1234, false, ""},
		{"-3", -3, false, ""},
		{"−3,5", -3.5, false, ""},
		{"+7", 7, false, ""},
		{"2025000000", 2025e6, false, ""},
		{"1.234", 0, false, "không rõ"},
		{"1,234", 0, false, "không rõ"},
		{"999,999", 0, false, "không rõ"},
		{"-1.234%", 0, false, "không rõ"},
		{"1.23.4", 0, false, "nghìn"},
		{"12.34.567", 0, false, "nghìn"},
		{"1,2.3", 0, false, "nghìn"},
		{"1.2,3,4", 0, false, "sai chỗ"},
		{"12,", 0, false, "sai chỗ"},
		{",5", 0, false, "sai chỗ"},
		{"1 234.5 6", 0, false, "sai chỗ"},
		{"abc", 0, false, "chữ số"},
		{"1e5", 0, false, "chữ số"},
		{"12đ", 0, false, "chữ số"},
		{"", 0, false, "ô trống"},
		{"%", 0, false, "ô trống"},
		{strings.Repeat("9", 50), 0, false, "quá dài"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, percent, err := ParseNumber(tt.in)
			if tt.reason != "" {
				var ne *NumberError
				if !errors.As(err, &ne) || !strings.Contains(err.Error(), tt.reason) {
					t.Fatalf("ParseNumber(%q) = %v, %v; want an error about %q", tt.in, v, err, tt.reason)
				}
				return
			}
			if err != nil || v != tt.want || percent != tt.percent {
				t.Fatalf("ParseNumber(%q) = %v, %v, %v; want %v, %v", tt.in, v, percent, err, tt.want, tt.percent)
			}
		})
	}
}

func TestFormatNumberReadsBack(t *testing.T) {
	for _, v := range []float64{0, 1, 1.234, 12.345, 999.999, 1234.5, 4.92, 0.001, 2025e6, 1e15, -6.25, 13.25} {
		s := FormatNumber(v)
		got, percent, err := ParseNumber(s)
		if err != nil || got != v || percent {
			t.Errorf("FormatNumber(%v) = %q reads back as %v, %v", v, s, got, err)
		}
	}
}

// FuzzParseNumber: no input panics; what parses is finite and written back
// by FormatNumber it reads as the same number; a form with one separator
// followed by exactly three digits after a short integer part is refused.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1234", "1.234,5", "1,234.5", "41,7%", "1.234", "−3", "1 234", "0,001", "1.2.3", "", "%", "١٢٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, _, err := ParseNumber(s)
		if err != nil {
			var ne *NumberError
			if !errors.As(err, &ne) || ne.Reason == "" {
				t.Fatalf("ParseNumber(%q): error %v is not a NumberError with a reason", s, err)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		if math.Abs(v) < 1e15 {
			back, _, err := ParseNumber(FormatNumber(v))
			if err != nil || back != v {
				t.Fatalf("ParseNumber(%q) = %v; FormatNumber gives %q, read back %v, %v", s, v, FormatNumber(v), back, err)
			}
		}
		core := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
		core = strings.TrimLeft(core, "+-")
		if i := strings.IndexAny(core, ".,"); i > 0 && i <= 3 && core[0] != '0' && len(core)-i-1 == 3 &&
			strings.Count(core, ".")+strings.Count(core, ",") == 1 && !strings.ContainsAny(core, " \u00a0\u202f\u2007") {
			t.Fatalf("ParseNumber(%q) = %v: the ambiguous form was accepted", s, v)
		}
	})
}
