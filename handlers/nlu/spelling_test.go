package nlu

import (
	"slices"
	"strings"
	"testing"
)

func TestSpellingCorrectsOneLetterOff(t *testing.T) {
	s := newSpelling(setOfWords("thieu", "nhieu", "video", "tiep", "tien", "nhan", "dang", "truc", "online"))
	s.joined = joinedNames([]alias{{phrases: [][]string{{"huong", "son"}, {"can", "loc"}}}})
	for _, tt := range []struct{ in, want string }{
		{"kinh phi con thiu", "kinh phi con thieu"}, // a letter left out
		{"bao nhieuu", "bao nhieu"},                 // one too many
		{"vidoe clip", "video clip"},                // two swapped
		{"tiet", "tiet"},                            // a letter changed: tiếp or tiền? left
		{"nha", "nha"},                              // too short
		{"2019 quy", "2019 quy"},                    // numbers and short words
		{"dangg nhap", "dang nhap"},                 // one too many at the end
		{"thieu nhieu", "thieu nhieu"},              // known words stay
		{"xyzxyz", "xyzxyz"},                        // nothing near
		{"hs onlien", "ho so truc tuyen"},           // a short form, written in full, read again
		{"huongson quy 1", "huong son quy 1"},       // a name typed without its space
		{"cang loc quy 1", "can loc quy 1"},         // a name of two words one letter off
		{"huong xon", "huong son"},                  // one letter changed, in a name only
	} {
		got := s.Correct(Text{Tokens: strings.Fields(tt.in)})
		if strings.Join(got.Tokens, " ") != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, strings.Join(got.Tokens, " "), tt.want)
		}
	}
}

func setOfWords(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// FuzzSpelling: correcting never panics, keeps every known word, in
// order, and writes only known words or the words it was given (an
// unknown word may become two known ones, "kinhphi").
func FuzzSpelling(f *testing.F) {
	for _, seed := range []string{"kinh phi con thiu", "bao nhieuu", "vidoe", "", "a b c", "đ\u200b", "qqqqq wwww"} {
		f.Add(seed)
	}
	s := newSpelling(setOfWords("thieu", "nhieu", "video", "tiep", "tien", "kinh", "phi"))
	written := codeWords(s)
	f.Fuzz(func(t *testing.T, in string) {
		src := Normalize(in)
		got := s.Correct(src)
		if len(got.Tokens) < len(src.Tokens) {
			t.Fatalf("%q: %d words, was %d", in, len(got.Tokens), len(src.Tokens))
		}
		at := 0
		for _, w := range src.Tokens {
			if !s.known[w] {
				continue
			}
			for at < len(got.Tokens) && got.Tokens[at] != w {
				at++
			}
			if at == len(got.Tokens) {
				t.Fatalf("%q: known word %q lost: %q", in, w, got.Tokens)
			}
			at++
		}
		for _, w := range got.Tokens {
			if !s.known[w] && !slices.Contains(src.Tokens, w) && !written[w] {
				t.Fatalf("%q: wrote %q, neither known nor given nor a code's words", in, w)
			}
		}
	})
}

// codeWords are the words a code a key off is written out as ("cvc" is
// "dvc", "dịch vụ công").
func codeWords(s *Spelling) map[string]bool {
	out := map[string]bool{}
	for code := range s.codes {
		for _, w := range Normalize(code).Tokens {
			out[w] = true
		}
	}
	return out
}

// TestSpellingReadsTelex: a word typed in Telex with its marks left as
// letters is the known word under them; an unknown word stays.
func TestSpellingReadsTelex(t *testing.T) {
	s := newSpelling(setOfWords("ty", "le", "ho", "so", "quy", "loc", "can", "dung", "muc", "cap", "huyen", "do", "dvc", "lv"))
	for _, tt := range []struct{ in, want string }{
		{"tyr leej hof sow", "ty le ho so"},  // tone letters and vowel pairs
		{"quys 2", "quy 2"},                  // a tone letter
		{"cap huyeejn", "cap huyen"},         // the tone before the final consonant
		{"dvc mwcs 3", "dich vu cong muc 3"}, // a lone "w" for "ư"
		{"can locc", "can loc"},              // a last letter typed twice
		{"dduwngf", "dung"},                  // đ and ư typed as pairs
		{"nhaf", "nhaf"},                     // "nhà" is no known word here
		{"xyz", "xyz"},                       // nothing under it
		{"ho so", "ho so"},                   // known words stay
		{"hosoquy", "ho so quy"},             // three words typed together
		{"hosoxy", "hosoxy"},                 // no cut into known words: stays
		{"lequy 2", "le quy 2"},              // two words typed together
		{"tir leej", "ty le"},                // "tỉ", which the words know as "tỷ"
		// VNI: the mark digits left in the word.
		{"so61 ho62 so7", "so ho so"},
		{"muc3 do65", "muc 3 do"},                // (a level joined to its number, read again)
		{"dvc3 lv3 quy2 q1", "dvc3 lv3 quy2 q1"}, // codes of consonants, a number joined to its word
		{"ho7", "ho"},
		{"2019", "2019"},
	} {
		got := s.Correct(Text{Tokens: strings.Fields(tt.in)})
		if strings.Join(got.Tokens, " ") != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, strings.Join(got.Tokens, " "), tt.want)
		}
	}
}

// TestSpellingReadsDistrictSlips: two known words capitalised as a name,
// a letter or two off one district's name and beginning as it does, are
// that name; a district's own name, a name in capitals, another
// province's or one with another first letter stay as typed.
func TestSpellingReadsDistrictSlips(t *testing.T) {
	s := newSpelling(setOfWords("huong", "khe", "ke", "son", "song", "long", "cam", "xuyen", "xien", "yen", "thach", "ha", "thanh", "hoa", "bac", "loc", "quy"))
	s.districts = map[string][]string{"huongkhe": {"huong", "khe"}, "huongson": {"huong", "son"}, "camxuyen": {"cam", "xuyen"},
		"thachha": {"thach", "ha"}, "locha": {"loc", "ha"}}
	s.elsewhere = map[string]bool{"thanhhoa": true}
	for _, tt := range []struct{ in, want string }{
		{"Hương Kê quý 2", "huong khe quy 2"},
		{"Hương Sơng quý 1", "huong son quy 1"},
		{"Cẩm Xiên quý 1", "cam xuyen quy 1"},
		{"hương kê quý 2", "huong ke quy 2"}, // not typed as a name
		{"HƯƠNG KÊ QUÝ 2", "huong ke quy 2"}, // capitals say nothing
		{"Thanh Hóa quý 2", "thanh hoa quy 2"},
		{"Bắc Hà quý 1", "bac ha quy 1"},
		{"Thạch Hà quý 1", "thach ha quy 1"},
	} {
		got := s.Correct(Normalize(tt.in))
		if strings.Join(got.Tokens, " ") != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, strings.Join(got.Tokens, " "), tt.want)
		}
	}
}

// TestSpellingKeepsSourceWords: a word the report writes ("thầu" of "mời
// thầu") is a word, not a slip of a known one ("thua"), though nothing is
// corrected to it; a name's slip is still read as the name.
func TestSpellingKeepsSourceWords(t *testing.T) {
	s := newSpelling(setOfWords("thua", "son", "thuy", "huong"))
	s.joined = joinedNames([]alias{{phrases: [][]string{{"son", "thuy"}}}})
	for _, tt := range []struct{ in, want string }{
		{"moi thau", "moi thua"}, // not kept yet: read as the known word
		{"huong son thua", "huong son thua"},
		{"son thuyy", "son thuy"},
	} {
		if got := strings.Join(s.Correct(Text{Tokens: strings.Fields(tt.in)}).Tokens, " "); got != tt.want {
			t.Errorf("before Keep: %q → %q, want %q", tt.in, got, tt.want)
		}
	}
	s.Keep("Thông tin mời thầu được công khai")
	for _, tt := range []struct{ in, want string }{
		{"moi thau", "moi thau"},
		{"moi thauu", "moi thauu"}, // nothing is corrected to a kept word
	} {
		if got := strings.Join(s.Correct(Text{Tokens: strings.Fields(tt.in)}).Tokens, " "); got != tt.want {
			t.Errorf("after Keep: %q → %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInitialedNames: a note-taker's "HLĩnh", "HSơn" (the first word's
// initial before the second) is the district's name; a commune's name of
// the same form gives way to the district's, a unit's shorter alias to its
// name written out, and a form two districts share is neither's.
func TestInitialedNames(t *testing.T) {
	v := NewVocabulary([]Term{{Owner: "437", Folded: "hong linh"}, {Owner: "18502", Folded: "ha linh"},
		{Owner: "439", Folded: "h son"}, {Owner: "439", Folded: "huong son"},
		{Owner: "900", Folded: "an phu"}, {Owner: "901", Folded: "anh phu"}}, nil, nil, nil)
	for in, want := range map[string]string{
		"HLĩnh Q2 tỷ lệ %": "hong linh q2 ty le %",
		"HSơn quý 2":       "huong son quy 2",
		"aphu quý 2":       "aphu quy 2",
	} {
		if got := v.Spelling.Correct(Normalize(in)).Folded; got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// TestSpellingReadsThumbSlips: a big thumb on a phone's keyboard — a
// letter typed twice in a short word ("quuy"), a key beside the right one
// in a long word or a code ("dieb", "dfc"), "quý" a key off before its
// number ("qut 2") — and a slip read as the word its neighbour pairs with,
// not as a commune's initialled name ("truc tyen"). A short word with a
// vowel a key off is left: it has too many neighbours.
func TestSpellingReadsThumbSlips(t *testing.T) {
	s := newSpelling(setOfWords("quy", "dien", "luc", "cung", "cong", "truc", "tuyen", "tri", "chu", "bao"))
	s.joined = joinedNames([]alias{{owner: "18274", phrases: [][]string{{"thai", "yen"}}}})
	s.pairs = map[string]bool{"truc tuyen": true}
	for _, tt := range []struct{ in, want string }{
		{"quuy 2", "quy 2"},                     // a letter typed twice
		{"chu trri", "chu tri"},                 // the same, inside
		{"dieb luc", "dien luc"},                // n and b are neighbours
		{"dfc", "dich vu cong"},                 // a code a key off, written in full
		{"cing cap", "cing cap"},                // "cung" or "cong": left
		{"qut 2", "quy 2"},                      // "quý" before its number
		{"qiy 1/2019", "quy 1/2019"},            // the same
		{"qut", "qut"},                          // no number after it: left
		{"bzo", "bzo"},                          // a short word with a vowel: left
		{"ho so truc tyen", "ho so truc tuyen"}, // not T. Yên
		{"tyen", "thai yen"},                    // alone, the name
	} {
		got := s.Correct(Text{Tokens: strings.Fields(tt.in)})
		if strings.Join(got.Tokens, " ") != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, strings.Join(got.Tokens, " "), tt.want)
		}
	}
}
