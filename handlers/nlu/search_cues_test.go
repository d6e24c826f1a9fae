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
		"còn thiếu tầm 3 tỷ rưỡi đúng không":             {{Shown: "3 tỷ rưỡi", Digits: "3500", Approx: true}},
		"in 10 nghìn tờ rơi có đúng không":               {{Shown: "10 nghìn", Digits: "10000"}},
		"1 triệu rưỡi có đúng không":                     {{Shown: "1 triệu rưỡi", Digits: "1,5"}},
		"năm 2018 đạt 4,29% đúng không":                  {{Shown: "4,29%", Digits: "4,29"}},
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
