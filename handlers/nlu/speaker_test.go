package nlu

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWithoutSpeaker(t *testing.T) {
	for in, want := range map[string]string{
		"Đ/c Chánh VP hỏi: quý 2/2019 mới có mấy đơn vị gửi báo cáo?":                           "quý 2/2019 mới có mấy đơn vị gửi báo cáo?",
		"Ý kiến đ/c Trưởng phòng Nội vụ: quý 2/2019 những huyện nào chưa nộp báo cáo?":          "quý 2/2019 những huyện nào chưa nộp báo cáo?",
		"Đ/c Chủ tịch UBND huyện Kỳ Anh hỏi tỷ lệ hồ sơ trực tuyến quý 1/2019 của huyện Kỳ Anh": "tỷ lệ hồ sơ trực tuyến quý 1/2019 của huyện Kỳ Anh",
		"Kết luận của đ/c Chủ tịch: yêu cầu nêu rõ số DVC trực tuyến của các cơ quan cấp tỉnh":  "số DVC trực tuyến của các cơ quan cấp tỉnh",
		"Đại biểu Nguyễn Thị Lan đề nghị nói rõ tổng số dịch vụ công trực tuyến":                "tổng số dịch vụ công trực tuyến",
		"Mục 3 chương trình họp: tỷ lệ hồ sơ trực tuyến 5 tháng đầu 2019":                       "tỷ lệ hồ sơ trực tuyến 5 tháng đầu 2019",
		"Đ/c Trưởng phòng hỏi thêm: còn quý 1?":                                                 "còn quý 1?",
		// The speaker's own district, for "của huyện" he asks.
		"Đ/c Chủ tịch UBND huyện Can Lộc hỏi: số hồ sơ trực tuyến của huyện tăng bao nhiêu?": "số hồ sơ trực tuyến của huyện Can Lộc tăng bao nhiêu?",
	} {
		got, ok := WithoutSpeaker(in)
		if !ok || got != want {
			t.Errorf("WithoutSpeaker(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// No attribution: the message as typed ("Mức 4: …" is a figure's
	// level, not an agenda item; a unit asked is no speaker).
	for _, in := range []string{
		"Mức độ 4: cấp tỉnh 7, cấp huyện 23, tổng ghi 30. Các con số này có khớp nhau không?",
		"mức 3: cấp tỉnh / cấp huyện / mỗi xã",
		"Sở Nội vụ quý 1 tỷ lệ hồ sơ trực tuyến bao nhiêu",
		"đề nghị Sở TT&TT cho biết số DVC mức 3",
	} {
		if got, ok := WithoutSpeaker(in); ok {
			t.Errorf("WithoutSpeaker(%q) = %q, want it kept", in, got)
		}
	}
}

// FuzzWithoutSpeaker: what is left is the end of the message (or it
// with the speaker's district for "của huyện"), never empty.
func FuzzWithoutSpeaker(f *testing.F) {
	for _, s := range []string{"Đ/c Chánh VP hỏi: quý 2?", "Ý kiến: ", "đồng chí hỏi", "Mục 3:", "d/c a hỏi hỏi", "Đại biểu: :"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := WithoutSpeaker(s)
		if !ok {
			if got != s {
				t.Fatalf("kept %q as %q", s, got)
			}
			return
		}
		if strings.TrimSpace(got) == "" || !strings.Contains(s, strings.TrimSpace(got)) && !strings.Contains(got, "của huyện ") {
			t.Fatalf("WithoutSpeaker(%q) = %q: not the end of the message", s, got)
		}
	})
}

func TestDistrictInitial(t *testing.T) {
	for in, want := range map[string]string{
		"H. Kỳ Anh tỷ lệ 2 quý": "huyện Kỳ Anh tỷ lệ 2 quý",
		"so với H. Can Lộc":     "so với huyện Can Lộc",
		"H.Sơn, H.Khê quý 2":    "H.Sơn, H.Khê quý 2", // Hương Sơn, Hương Khê
		"lúc 9 H. sáng":         "lúc 9 H. sáng",
		"TH. Hà":                "TH. Hà",
		"H. ":                   "H. ",
	} {
		if got := DistrictInitial(in); got != want {
			t.Errorf("DistrictInitial(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDistrictInitial: the text stays valid, and a second pass changes
// nothing.
func FuzzDistrictInitial(f *testing.F) {
	for _, s := range []string{"H. Kỳ Anh", "H.Sơn", "(H. Can Lộc)", "H. ", "H. ư"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := DistrictInitial(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("DistrictInitial(%q) = %q: not valid UTF-8", s, got)
		}
		if again := DistrictInitial(got); again != got {
			t.Fatalf("DistrictInitial(%q) = %q, then %q", s, got, again)
		}
	})
}
