package ask_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestNamesAndWordsOfNewAskers: a district's name typed a letter or two
// off as a name ("Hương Kê", "Cẩm Xiên"), Southern "nhứt", "top 3",
// "sở nào có nộp", a closing "nghen", the asker's own "cho huyện" beside
// "toàn tỉnh", the parts of NQ 22 money listed, get the plain
// question's reply; a name of another province, a ward's, or a name
// typed in capitals is not read as one of our districts.
func TestNamesAndWordsOfNewAskers(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct{ asked, same string }{
		{"Hương Kê quý 2 nộp online được nhiêu hồ sơ", "số hồ sơ nộp trực tuyến của Hương Khê quý 2/2019"},
		{"Hương Sơng quý 1 tỷ lệ hồ sơ trực tuyến", "tỷ lệ hồ sơ trực tuyến của huyện Hương Sơn quý 1/2019"},
		{"Cẩm Xiên quý 1 tỷ lệ hồ sơ nhiêu", "tỷ lệ hồ sơ trực tuyến của Cẩm Xuyên quý 1/2019"},
		{"quý 1 huyện nào tỷ lệ cao nhứt", "quý 1/2019 huyện nào có tỷ lệ hồ sơ trực tuyến cao nhất"},
		{"top 3 địa phương tỷ lệ cao nhất quý 2", "3 đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến cao nhất quý 2/2019"},
		{"quý 1 sở nào có nộp", "quý 1/2019 sở nào đã nộp báo cáo"},
		{"q1 so nop bao cao duoc may don vi", "quý 1/2019 có mấy sở đã nộp báo cáo"},
		{"các sở ban ngành tổng dịch vụ công bn cái, mức 3 với mức 4 luôn nghen", "các sở có tổng bao nhiêu DVC mức 3 và mức 4"},
		{"e đang làm tờ trình cho huyện, cần số DVC mức 4 toàn tỉnh hiện tại ạ", "số DVC mức 4 toàn tỉnh"},
		{"kinh phi NQ 22: bo tri, long ghep, con thieu moi khoan bn", "kinh phí đã bố trí, lồng ghép và còn thiếu của NQ 22"},
	} {
		if got, want := body(answerText(t, a, tc.asked)), body(answerText(t, a, tc.same)); got != want {
			t.Errorf("%q:\n%s\nwant what %q gets:\n%s", tc.asked, got, tc.same, want)
		}
	}
	for q, not := range map[string]string{
		"Thanh Hóa nộp bao nhiêu hồ sơ trực tuyến quý 2/2019":           "Thạch Hà",
		"phường Bắc Hà quý 1 năm 2019 nộp trực tuyến bao nhiêu hồ sơ ạ": "Lộc Hà",
		"Sở Thông tin và Truyền thông quý 2 có bao nhiêu DVC mức 3?":    "Sơn Hồng",
		"lệ phí thu qua dịch vụ công trực tuyến quý 2 của TP Hà Tĩnh":   "",
	} {
		ans, err := a.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if not != "" && strings.Contains(ans.Text, not) || not == "" && ans.Kind.CarriesFigure() {
			t.Errorf("%q: %s %s", q, ans.Kind, ans.Text)
		}
	}
	// "Cơ cấu nguồn": each source's share of the two together, as the
	// share asked of each alone states it.
	got := answerText(t, a, "Cơ cấu nguồn kinh phí đã cấp thực hiện NQ22: nguồn NQ22 chiếm bao nhiêu %, lồng ghép chiếm bao nhiêu %?")
	for _, q := range []string{"kinh phí NQ22 chiếm bao nhiêu % tổng kinh phí NQ22 và lồng ghép", "lồng ghép chiếm bao nhiêu % tổng kinh phí NQ22 và lồng ghép"} {
		if want := lastSentence(body(answerText(t, a, q))); !strings.Contains(got, want) {
			t.Errorf("cơ cấu nguồn:\n%s\nwant %q (from %q)", got, want, q)
		}
	}
}
