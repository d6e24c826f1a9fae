package nlu

import "testing"

func TestSplitJoined(t *testing.T) {
	for in, want := range map[string]string{
		"CanLộc Q1 #DVCmuc4":           "Can Lộc Q1 #DVC muc 4",
		"TXHồngLĩnh quý1 tỷ lệ online": "TX Hồng Lĩnh quý 1 tỷ lệ online",
		"TPHaTinh Q2 DVC bn":           "TP Ha Tinh Q2 DVC bn",
		"SởTTTT quý2/2019 tiếp nhận":   "Sở TTTT quý 2/2019 tiếp nhận",
		"#5thang2019 tỉ lệ hs online?": "#5 thang 2019 tỉ lệ hs online?",
		"HươngKhê mức3 NghệAn":         "Hương Khê mức 3 Nghệ An",
		"DVCmuc3 toàn tỉnh":            "DVC muc 3 toàn tỉnh",
	} {
		if got, ok := SplitJoined(in); !ok || got != want {
			t.Errorf("SplitJoined(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// Left as typed: initials on a name (read by spelling), compact periods,
	// short forms, plain words.
	for _, in := range []string{"CLộc HLĩnh", "Q2/19 19Q1 FY18 H1-2019", "TTHC DVCTT UBND", "tỷ lệ hồ sơ quý 2", "ĐT H.KA"} {
		if got, ok := SplitJoined(in); ok || got != in {
			t.Errorf("SplitJoined(%q) = %q, %v; want it unchanged", in, got, ok)
		}
	}
}

func FuzzSplitJoined(f *testing.F) {
	for _, s := range []string{"CanLộc", "TXHồngLĩnh", "quý2/2019", "DVCmuc4", "5thang2019", "ABCdef", "aBcD1e2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := SplitJoined(s)
		if !ok && got != s {
			t.Fatalf("unchanged message rewritten: %q → %q", s, got)
		}
		if ok {
			// Parting only adds spaces: the letters stay, in order.
			if strip(got) != strip(s) {
				t.Fatalf("letters changed: %q → %q", s, got)
			}
			if again, _ := SplitJoined(got); again != got {
				t.Fatalf("not settled: %q → %q → %q", s, got, again)
			}
		}
	})
}

func strip(s string) string {
	var out []rune
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\v' && r != '\f' && r != 0x85 && r != 0xA0 && r != 0x1680 && !(r >= 0x2000 && r <= 0x200a) && r != 0x2028 && r != 0x2029 && r != 0x202f && r != 0x205f && r != 0x3000 {
			out = append(out, r)
		}
	}
	return string(out)
}

func TestSplitJoinedLeaves(t *testing.T) {
	for _, in := range []string{"QoQ hstt TP", "YoY", "tphT q1", "dvcmuc4 nq22", "txkyanh q2"} {
		if got, ok := SplitJoined(in); ok || got != in {
			t.Errorf("SplitJoined(%q) = %q, %v; want it unchanged", in, got, ok)
		}
	}
}
