package nlu

import (
	"slices"
	"testing"
)

// TestWeakPhrase: a pair with a word that only ties the other to the
// sentence is weak; a pair of two words of the topic, or one word, is not.
func TestWeakPhrase(t *testing.T) {
	for p, want := range map[string]bool{"cac lop": true, "cua cac": true, "viec tuyen": true, "so o": true,
		"tap huan": false, "cap xa": false, "can loc": false, "pci": false, "co quan": false, "dien tu": false} {
		if got := WeakPhrase(p); got != want {
			t.Errorf("WeakPhrase(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestWithoutChecked: the figures quoted, with their magnitude words, in
// the unit figures are stated in; what is left asks the figure.
func TestWithoutChecked(t *testing.T) {
	for in, want := range map[string][]Quoted{
		"bản thảo ghi 1.358 DVC mức độ 3, kiểm tra giúp": {{Shown: "1.358", Digits: "1358"}},
		"còn thiếu tầm 3 tỷ rưỡi đúng không":             {{Shown: "3 tỷ rưỡi", Digits: "3500", Approx: true, Money: true}},
		"in 10 nghìn tờ rơi có đúng không":               {{Shown: "10 nghìn", Digits: "10000"}},
		"1 triệu rưỡi có đúng không":                     {{Shown: "1 triệu rưỡi", Digits: "1,5", Money: true}},
		"năm 2018 đạt 4,29% đúng không":                  {{Shown: "4,29%", Digits: "4,29", Percent: true}},
		// A document's number is none; a figure the report states is.
		"theo kế hoạch 498 có 30 video đúng không":  {{Shown: "30", Digits: "30"}},
		"báo cáo 1.976 DVCTT mức 3, chép đúng chưa": {{Shown: "1.976", Digits: "1976"}},
	} {
		rest, got := WithoutChecked(Normalize(in).Tokens)
		if !slices.Equal(got, want) {
			t.Errorf("%q: quoted %+v, want %+v (left %v)", in, got, want, rest)
		}
	}
}

// TestReportWordsAsked: a quote asked for ("trích giúp e đoạn …"), what a
// document says ("chỉ thị 08 … là nói chi"), a reason in dialect ("là do
// chi") ask the report's words; "tiến độ chỉ tiêu" asks no reason.
func TestReportWordsAsked(t *testing.T) {
	for in, want := range map[string]bool{
		"trích giúp e đoạn tập huấn trực tiếp cho dân ở xã với ad": true,
		"chỉ thị 08 của tỉnh về dvc là nói chi rứa":                true,
		"tiêu chí truy cập website tỉnh giảm là do chi rứa":        true,
		"tiến độ chỉ tiêu DVC mức 4 của NQ22 đến nay":              false,
	} {
		toks := Normalize(in).Tokens
		if got := searchCue(toks) != nil || AsksWhy(toks); got != want {
			t.Errorf("%q: asks the report's words = %v, want %v", in, got, want)
		}
	}
}

// TestSearchPhrasesAroundStopWords: the words that ask what the report
// says ("báo cáo", "nói", "viết") make no phrase, but the same words in
// the topic do ("kết nối", "nâng cao", "đảm bảo"); "có" that asks ("có
// gì mới", "có bị") ties no phrase to the word before it, "có" of the
// topic ("xã có cổng") and "sự cố" do.
func TestSearchPhrasesAroundStopWords(t *testing.T) {
	for q, want := range map[string][]string{
		"hệ thống một cửa được kết nối ra sao":           {"ket noi"},
		"nâng cao nhận thức thế nào, báo cáo nói gì":     {"nang cao", "cao nhan"},
		"đảm bảo an toàn ra sao":                         {"dam bao", "bao an"},
		"cấp xã có cổng thông tin không":                 {"xa co", "co cong"},
		"máy chủ có bị sự cố không":                      {"su co"},
		"năm 2018 cổng thông tin điện tử tỉnh có gì mới": {"tu tinh"},
	} {
		got := SearchPhrases(Normalize(q).Tokens)
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: phrases %q, want %q among them", q, got, w)
			}
		}
	}
	for q, not := range map[string]string{
		"năm 2018 cổng thông tin điện tử tỉnh có gì mới": "tinh co",
		"máy chủ có bị sự cố không":                      "chu co",
		"báo cáo nói gì về dịch vụ công":                 "bao cao",
	} {
		if got := SearchPhrases(Normalize(q).Tokens); slices.Contains(got, not) {
			t.Errorf("%q: phrases %q, want no %q", q, got, not)
		}
	}
}
