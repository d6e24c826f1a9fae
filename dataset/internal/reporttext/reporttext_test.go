package reporttext

import (
	"slices"
	"testing"
)

// TestProseLines: a line broken off inside a sentence joins the next
// when that opens in lower case; a line that ends a sentence, a heading
// ending with a colon and a table's row stay apart.
func TestProseLines(t *testing.T) {
	text := "Có 221/262 xã có trang để đáp ứng nhu cầu của người dân địa\n\nphương, tuyên truyền chủ trương.\n" +
		"3. Về Cổng:\nnội dung sau dấu hai chấm.\nHuyện\t12\t13\nmột dòng sau bảng\n"
	want := []string{
		"Có 221/262 xã có trang để đáp ứng nhu cầu của người dân địa phương, tuyên truyền chủ trương.",
		"3. Về Cổng:", "nội dung sau dấu hai chấm.", "một dòng sau bảng",
	}
	if got := ProseLines(text); !slices.Equal(got, want) {
		t.Errorf("ProseLines:\n%q\nwant\n%q", got, want)
	}
}
