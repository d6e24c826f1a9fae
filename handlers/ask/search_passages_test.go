package ask

import (
	"slices"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestDistinctQuotes: texts of one source where one holds the other are
// quoted once, by the longer, at the place of the better; texts of two
// sources, or that do not hold each other, each once; projects never.
func TestDistinctQuotes(t *testing.T) {
	const a, b = "Nguồn: A.", "Nguồn: B."
	hits := []queries.SearchDoc{
		{Kind: "value", Text: "có 498 doanh nghiệp", Source: a},
		{Kind: "project", Text: "Nâng cấp Sàn", Source: a},
		{Kind: "value", Text: "202 gian hàng", Source: a},
		{Kind: "passage", Text: "Sàn có 498 doanh nghiệp, 202 gian hàng.", Source: a},
		{Kind: "passage", Text: "có 498 doanh nghiệp", Source: b},
		{Kind: "passage", Text: "Sàn chưa đáp ứng yêu cầu.", Source: a},
		{Kind: "value", Text: "chưa đáp ứng", Source: a},
		{Kind: "passage", Text: "Một câu khác.", Source: a},
	}
	var got []string
	for _, q := range distinctQuotes(hits, 3) {
		got = append(got, q.Text+" "+q.Source)
	}
	want := []string{"Sàn có 498 doanh nghiệp, 202 gian hàng. Nguồn: A.", "có 498 doanh nghiệp Nguồn: B.", "Sàn chưa đáp ứng yêu cầu. Nguồn: A."}
	if !slices.Equal(got, want) {
		t.Fatalf("quotes\n%q\nwant\n%q", got, want)
	}
}

// TestShowPassages: a figure's sentence shows as the passage of its source
// that holds it; one no passage holds, or of another source, as it is.
func TestShowPassages(t *testing.T) {
	cite := sourceCitation("47/BC-STTTT", "2019-06-10")
	docs := []queries.SearchDoc{
		{Kind: "value", Text: "là 1952", Source: cite, Folded: "la 1952"},
		{Kind: "target", Text: "Phát triển thêm 400", Source: cite},
		{Kind: "value", Text: "là 1952", Source: "Nguồn: khác."},
		{Kind: "value", Text: "1952, đạt tỉ lệ 4,92%. 5 tháng", Source: cite},
		{Kind: "project", Text: "là 1952", Source: cite},
	}
	passages := []queries.Passage{
		{SourceCode: "47/BC-STTTT", SourceIssuedOn: "2019-06-10", Text: "- Năm 2018, tổng hồ sơ là 1952, đạt tỉ lệ 4,92%."},
		{SourceCode: "47/BC-STTTT", SourceIssuedOn: "2019-06-10", Text: "e. Phát triển thêm 400 dịch vụ công"},
	}
	showPassages(docs, passages)
	want := []string{passages[0].Text, passages[1].Text, "là 1952", "1952, đạt tỉ lệ 4,92%. 5 tháng", "là 1952"}
	for i, d := range docs {
		if d.Text != want[i] {
			t.Errorf("doc %d shows %q, want %q", i, d.Text, want[i])
		}
	}
	if docs[0].Folded != "la 1952" {
		t.Errorf("the figure is found by %q, no longer by its sentence", docs[0].Folded)
	}
}

// TestAskedNumbers: the years of a question's periods and its numbers of
// two digits or more.
func TestAskedNumbers(t *testing.T) {
	p := nlu.Parse{
		Periods:  []nlu.Period{{Start: "2019-01-01", End: "2019-03-31"}, {End: "2018-12-31"}},
		Leftover: []string{"750", "thu", "tuc", "muc3", "3", "2019"},
	}
	if got := askedNumbers(p); !slices.Equal(got, []string{"2019", "2018", "750"}) {
		t.Fatalf("numbers %q", got)
	}
}

// TestPhraseIndex: a phrase between spaces; a number also between the
// marks of a date or a figure, never inside another number or word.
func TestPhraseIndex(t *testing.T) {
	folded := " quy i/2019 da to chuc 02 lop 2.450 nguoi 12019 x2018 \n nam 2018 "
	for p, want := range map[string]bool{"to chuc": true, "2019": true, "450": true, "02": true, "2018": true,
		"201": false, "chuc 02 lop": true, "uy": false, "i": false} {
		if got := phraseIndex(folded, p) >= 0; got != want {
			t.Errorf("%q found %v, want %v", p, got, want)
		}
	}
	if at := phraseIndex(folded, "2018"); at < len(" quy i/2019 da to chuc 02 lop 2.450 nguoi 12019 x2018 ") {
		t.Errorf("2018 found at %d, inside x2018", at)
	}
}

// TestRefersBack: a passage that goes on from the one before by pointing
// at it; not one that names its own topic, nor a contrast.
func TestRefersBack(t *testing.T) {
	for text, want := range map[string]bool{
		"Sau đó Sở TT&TT đã tham mưu UBND tỉnh Kế hoạch triển khai thực hiện": true,
		"Do đó, các đơn vị cần chủ động":                                      true,
		"Tuy nhiên, một số cơ quan chưa quan tâm":                             false,
		"Sở TT&TT đã tham mưu UBND tỉnh":                                      false,
		"Sau":                                                                 false,
	} {
		if got := refersBack(text); got != want {
			t.Errorf("refersBack(%q) = %v, want %v", text, got, want)
		}
	}
}
