package main

import (
	"strings"
	"testing"
)

// TestPublicExamplesInChatDemo types the examples of issue 14 into
// `chatbot chat --demo`, one conversation: each gets the right figure, or
// asks back and then gives it, or refuses where no figure may be given.
func TestPublicExamplesInChatDemo(t *testing.T) {
	turns := []struct {
		say  string
		want []string // every one in the reply
		not  []string // none in the reply
	}{
		// No memory: a follow-up keeps the question; the whole period is
		// missing, so its stored part is given, named as such.
		{"Tỷ lệ hồ sơ trực tuyến năm 2018?", []string{"4,92%", "năm 2018"}, nil},
		{"còn năm 2019 thì sao?", []string{"Chưa có số liệu cả năm 2019", "5 tháng đầu năm 2019", "13,25%"}, []string{"Xin chào"}},
		// A silent guess: both readings of "Kỳ Anh" are named.
		{"Kỳ Anh có bao nhiêu DVC mức 3?", []string{"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}, []string{"1.995"}},
		// Whole period or nothing: the comparison uses the stored part.
		{"So sánh tỷ lệ hồ sơ trực tuyến 2018 và 2019", []string{"4,92%", "13,25%", "8,33 điểm %", "5 tháng đầu năm 2019"}, nil},
		// A total for a part: one project by its topic.
		{"kinh phí cho chuyên mục tư vấn pháp lý cho doanh nghiệp là bao nhiêu", []string{"Tư vấn hỗ trợ pháp lý", "300 triệu đồng"}, []string{"4.652", "3.565"}},
		// Context left out: the share of the target.
		{"tỷ lệ xã được tập huấn là bao nhiêu", []string{"53%", "đạt 53% mục tiêu", "còn thiếu 47 điểm %"}, nil},
		{"vậy đạt bao nhiêu % mục tiêu", []string{"đạt 53% mục tiêu"}, nil},
		// Noise and nonsense.
		{"c\u200bó bao nhiêu DVC mức độ 3", []string{"1.995"}, nil},
		{"tỷ lệ hồ sơ trực tuyến quý 9/2019", []string{"không có thật"}, []string{"%:"}},
		{"số DVC mức 3 năm 99999999", []string{"không có thật"}, []string{"1.995"}},
		// Understood words, lost question.
		{"có bao nhiêu dự án đã hoàn thành", []string{"2 dự án"}, nil},
		{"năm 2020 còn thiếu bao nhiêu kinh phí", []string{"3.565 triệu đồng"}, nil},
		{"Báo Hà Tĩnh năm 2019 được cấp bao nhiêu kinh phí", []string{"Báo Hà Tĩnh", "30 triệu đồng"}, []string{"4.652"}},
		// Asked back, then answered by typing part of an option.
		{"tỷ lệ hồ sơ trực tuyến?", []string{"kỳ nào", "năm 2018", "5 tháng đầu năm 2019"}, []string{"%:"}},
		{"năm 2018", []string{"4,92%"}, nil},
	}
	var in strings.Builder
	for _, tt := range turns {
		in.WriteString(tt.say + "\n")
	}
	code, out, errs := runCLI(t, nil, in.String(), "chat", "--demo")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The console prompts "> " before each line it reads.
	replies := strings.Split(out, "> ")[1:]
	if len(replies) < len(turns) {
		t.Fatalf("%d replies for %d lines:\n%s", len(replies), len(turns), out)
	}
	for i, tt := range turns {
		got := replies[i]
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: lacks %q:\n%s", tt.say, w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%q: has %q:\n%s", tt.say, w, got)
			}
		}
	}
}
