package nlu

import "testing"

func TestUnstretched(t *testing.T) {
	for in, want := range map[string]string{
		"PCI năm 2018 xếp thứ mấy vậyyy": "pci nam 2018 xep thu may vay",
		"điểm minh bạch bn ạaa":          "diem minh bach bao nhieu a",
		"CHO EM HỎIIII":                  "cho em hoi",
		"Sở TTTT":                        "so thong tin va truyen thong",
		"mức độ III":                     "muc 3",
		"xoong nồi":                      "xoong noi",
	} {
		if got := Normalize(in).Folded; got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
