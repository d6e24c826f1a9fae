package nlu

import (
	"slices"
	"testing"
)

// TestPartsOf: "chia ra từng quý", "tách theo năm" split the period asked
// before into the whole quarters or years inside it, two or more.
func TestPartsOf(t *testing.T) {
	half := Period{Kind: PeriodRange, Start: "2019-01-01", End: "2019-06-30", Label: "6 tháng đầu năm 2019"}
	span := Period{Kind: PeriodRange, Start: "2017-01-01", End: "2019-12-31", Label: "giai đoạn 2017-2019"}
	quarter := Period{Kind: PeriodQuarter, Start: "2019-04-01", End: "2019-06-30", Label: "quý 2/2019"}
	tests := []struct {
		words  string
		period Period
		want   []string
	}{
		{"chia ra tung quy giup chi", half, []string{"quý 1/2019", "quý 2/2019"}},
		{"tach theo nam", span, []string{"năm 2017", "năm 2018", "năm 2019"}},
		{"moi quy bao nhieu", Period{Kind: PeriodYear, Start: "2018-01-01", End: "2018-12-31"}, []string{"quý 1/2018", "quý 2/2018", "quý 3/2018", "quý 4/2018"}},
		{"tung quy", quarter, nil},        // one quarter has no parts
		{"tung nam", half, nil},           // no whole year inside
		{"chia ra tung huyen", half, nil}, // not a split of the period
		{"tung quy", Period{Kind: PeriodLatest}, nil},
	}
	for _, tt := range tests {
		parts, ok := PartsOf(Normalize(tt.words).Tokens, tt.period)
		var got []string
		for _, p := range parts {
			got = append(got, p.Label)
		}
		if ok != (tt.want != nil) || ok && !slices.Equal(got, tt.want) {
			t.Errorf("PartsOf(%q, %s) = %v %v, want %v", tt.words, tt.period.Label, got, ok, tt.want)
		}
	}
}
