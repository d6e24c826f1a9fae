package ask_test

import (
	"context"
	"slices"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFiguresNamedInAQuestion: which figures a question names, when words
// are shared between names: a second figure needs words of its own ("mức
// 3" of "hồ sơ … mức 3, 4" is the first's), unless listed after "và"; a
// question-shaped alias ("bao nhiêu hồ sơ") gives way to a figure that
// holds its words; a short name touching another's belongs to it.
func TestFiguresNamedInAQuestion(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"tỷ lệ hồ sơ trực tuyến và số hồ sơ trực tuyến của huyện Can Lộc quý 2/2019", []string{"hstt_share", "hstt"}},
		{"Tỉnh có bao nhiêu hồ sơ nộp qua DVC mức 3, 4?", []string{"hstt"}},
		{"quý 1 cấp huyện tiếp nhận bao nhiêu hồ sơ", []string{"hstong"}},
		{"các huyện quý 2/2019 tổng cộng bao nhiêu hồ sơ trực tuyến", []string{"hstt"}},
		{"DVC mức 3 và mức 4 hiện nay", []string{"dvc3", "dvc4"}},
		{"điểm minh bạch PCI năm 2018", []string{"pci_transparency"}},
		{"tong hstt q1/2019 tat ca don vi da nop", []string{"hstt"}},
		{"Sở Nội vụ quý 1 năm 2019 nhận bao nhiêu hồ sơ, trong đó bao nhiêu hồ sơ nộp trực tuyến?", []string{"hstong", "hstt"}},
		{"Can Lộc quý 2 năm 2019 nhận bao nhiêu hồ sơ trực tuyến", []string{"hstt"}},
		{"Đề nghị cho biết tỷ lệ cấp xã, doanh nghiệp được đào tạo dự kiến đạt được trong năm 2019", []string{"train_communes_pct", "train_business_pct"}},
	} {
		ans, err := a.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ans.Parse.Indicators, tt.want) {
			t.Errorf("%q: figures %v, want %v (%s)", tt.q, ans.Parse.Indicators, tt.want, ans.Text)
		}
	}
}
