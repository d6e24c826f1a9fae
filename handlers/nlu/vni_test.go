package nlu

import (
	"strings"
	"testing"
)

// TestFromVNI: the digits a VNI keyboard leaves for the marks are dropped
// where they follow a vowel (or 9 after d); numbers a word asks ("quy2",
// "DA1", "FY18") and digits after a consonant ("muc3", "q2", "nd61") stay.
func TestFromVNI(t *testing.T) {
	for in, want := range map[string]string{
		"ty3 le65 ho62 so7 tru75c tuye61n qu1y 2 cu3a Can Lo65c": "ty le ho so truc tuyen quy 2 cua can loc",
		"d9a2o ta5o Hu7o7ng So7n d9u7o75c bao nhie6u ngu7o72i":   "dao tao huong son duoc bao nhieu nguoi",
		"quy2 muc3 q2 t5 nd61 DA1 FY18 ky1":                      "quy 2 muc 3 q2 t5 nd61 du an 1 nam 2018 ky1",
		"4,92 1.995 27/02/2019 nq22":                             "4,92 1.995 27/02/2019 nghi quyet 22",
		"DA9 + DA10 pci2018 ộ1":                                  "du an 9 cong lai du an 10 pci 2018 o",
		"co63ng TTD9T ti3nh":                                     "cong thong tin dien tu tinh",
	} {
		got := strings.Join(Normalize(in).Tokens, " ")
		if got != want {
			t.Errorf("%q:\n got %q\nwant %q", in, got, want)
		}
	}
}
