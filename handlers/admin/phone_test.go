package admin

import (
	"testing"
	"unicode/utf8"
)

func TestParsePhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0912345678", "84912345678"},
		{"0912 345 678", "84912345678"},
		{"091.234.5678", "84912345678"},
		{"+84 912 345 678", "84912345678"},
		{"84912345678", "84912345678"},
		{"(+84) 38-123-4567", ""}, // '+' only first
		{"091234567", ""},
		{"09123456789", ""},
		{"0012345678", ""},
		{"84012345678", ""},
		{"0912a45678", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := ParsePhone(tt.in)
		if got != tt.want || (tt.want == "") != (err != nil) {
			t.Errorf("ParsePhone(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParsePhone("abc"); err == nil || !utf8.ValidString(err.Error()) || err.Error() != msgPhoneInvalid {
		t.Fatalf("error %v", err)
	}
}

func FuzzParsePhone(f *testing.F) {
	for _, s := range []string{"0912345678", "+84 912 345 678", "84912345678", "", "\xff", "0٩12345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParsePhone(s)
		if err != nil {
			return
		}
		if len(got) != 11 || got[:2] != "84" || got[2] == '0' {
			t.Fatalf("ParsePhone(%q) = %q", s, got)
		}
		for _, r := range got {
			if r < '0' || r > '9' {
				t.Fatalf("ParsePhone(%q) = %q", s, got)
			}
		}
		if again, err := ParsePhone(got); err != nil || again != got {
			t.Fatalf("not stable: %q -> %q -> %q, %v", s, got, again, err)
		}
	})
}
