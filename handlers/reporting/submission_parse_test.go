package reporting_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
)

// formFields is the quarterly form of design.md §2.2 as the migration defines it.
var formFields = []queries.FormField{
	{Code: "dvc3", Position: 1, IntegerOnly: true, IndicatorName: "số DVC mức độ 3"},
	{Code: "dvc4", Position: 2, IntegerOnly: true, IndicatorName: "số DVC mức độ 4"},
	{Code: "hstt", Position: 3, IntegerOnly: true, MaxField: "hstong", IndicatorName: "số hồ sơ nộp trực tuyến"},
	{Code: "hstong", Position: 4, IntegerOnly: true, IndicatorName: "tổng số hồ sơ"},
}

var parseRef = time.Date(2019, 7, 20, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

func TestParseSubmission(t *testing.T) {
	tests := []struct {
		in       string
		period   string // label; "" when a problem is expected
		unit     string
		values   map[string]float64
		problems []string // substrings, one per problem
	}{
		{"Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900", "quý 2/2019", "", map[string]float64{"dvc3": 45, "dvc4": 2, "hstt": 120, "hstong": 900}, nil},
		{"q2-2019 DVC3 = 45, dvc4: 2; HSTT:120 hstong = 1.200", "quý 2/2019", "", map[string]float64{"dvc3": 45, "dvc4": 2, "hstt": 120, "hstong": 1200}, nil},
		{"quý 2 năm 2019 dvc3=1", "quý 2/2019", "", map[string]float64{"dvc3": 1}, nil},
		{"quy 2/2019 dvc3=1", "quý 2/2019", "", map[string]float64{"dvc3": 1}, nil},
		{"2019Q2 dvc3=1", "quý 2/2019", "", map[string]float64{"dvc3": 1}, nil},
		{"dvc3=1", "quý 2/2019", "", map[string]float64{"dvc3": 1}, nil}, // default: last quarter ended by 20/07/2019
		{"đơn vị=Can Lộc Q1/2019 dvc3=1", "quý 1/2019", "Can Lộc", map[string]float64{"dvc3": 1}, nil},
		{"Q1/2019 đơn vị = 443 dvc3=1", "quý 1/2019", "443", map[string]float64{"dvc3": 1}, nil},
		{"", "quý 2/2019", "", map[string]float64{}, nil}, // guided form
		{"Q2/2019 hstt=abc", "", "", nil, []string{"hstt=abc: không phải số"}},
		{"Q2/2019 hstt=1,5", "", "", nil, []string{"phải là số nguyên"}},
		{"Q2/2019 dvc5=3 dvc3=1", "", "", nil, []string{"mã «dvc5» không có trong biểu mẫu; các mã hợp lệ: dvc3, dvc4, hstt, hstong"}},
		{"Q2/2019 dvc3=1 DVC3=2", "", "", nil, []string{"mã dvc3 được ghi hai lần"}},
		{"Q5/2019 dvc3=1", "", "", nil, []string{"quý phải từ 1 đến 4"}},
		{"năm 2019 dvc3=1", "", "", nil, []string{"không phải một quý"}},
		{"tháng 5/2019 dvc3=1", "", "", nil, []string{"không phải một quý"}},
		{"Q3/2019 dvc3=1", "", "", nil, []string{"quý 3/2019 chưa kết thúc"}},
		{"Q2/2019 =5 hstt=", "", "", nil, []string{"thiếu mã hoặc giá trị", "thiếu mã hoặc giá trị"}},
		{"Q2/2019 dvc5=1 hstt=x dvc3=1 dvc3=2", "", "", nil, []string{"dvc5", "hstt=x", "hai lần"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, problems := reporting.ParseSubmission(tt.in, formFields, parseRef)
			if len(problems) != len(tt.problems) {
				t.Fatalf("problems %q, want %d like %q", problems, len(tt.problems), tt.problems)
			}
			for i, p := range tt.problems {
				if !strings.Contains(problems[i], p) {
					t.Fatalf("problem %d %q lacks %q", i, problems[i], p)
				}
			}
			if tt.problems != nil {
				return
			}
			if d.Period.Label != tt.period || d.Unit != tt.unit || len(d.Values) != len(tt.values) {
				t.Fatalf("got %+v", d)
			}
			for k, v := range tt.values {
				if d.Values[k] != v {
					t.Fatalf("%s = %v, want %v", k, d.Values[k], v)
				}
			}
		})
	}
}

func TestCheckRules(t *testing.T) {
	complete := map[string]float64{"dvc3": 45, "dvc4": 2, "hstt": 120, "hstong": 900}
	if p := reporting.CheckRules(complete, formFields); len(p) != 0 {
		t.Fatalf("valid values refused: %q", p)
	}
	tests := []struct {
		values map[string]float64
		want   []string
	}{
		{map[string]float64{"dvc3": 45, "dvc4": 2, "hstt": 1000, "hstong": 900}, []string{"hstt (1.000) lớn hơn hstong (900)"}},
		{map[string]float64{"dvc3": -1, "dvc4": 2, "hstt": 1, "hstong": 9}, []string{"dvc3=-1: không được nhỏ hơn 0"}},
		{map[string]float64{"dvc3": 1}, []string{"còn thiếu: dvc4 (số DVC mức độ 4); hstt (số hồ sơ nộp trực tuyến); hstong (tổng số hồ sơ)"}},
	}
	for _, tt := range tests {
		got := reporting.CheckRules(tt.values, formFields)
		if len(got) != len(tt.want) {
			t.Fatalf("%v: %q", tt.values, got)
		}
		for i := range got {
			if !strings.Contains(got[i], tt.want[i]) {
				t.Fatalf("%q lacks %q", got[i], tt.want[i])
			}
		}
	}
}

// FuzzParseSubmission: no panic; values are only ever known codes with
// non-negative finite numbers when nothing is wrong; every problem is a
// non-empty Vietnamese sentence.
func FuzzParseSubmission(f *testing.F) {
	for _, s := range []string{"Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900", "q2-2019 dvc3 = 45, hstt:1.200", "đơn vị=Can Lộc Q1/2019 dvc3=1",
		"đơn vị=", "==::", "dvc3=1=2", "Q2/2019 dvc3=99999999999999999999", "quý II năm 2019 hstt=-5", ":", "đv:443 quy 2 nam 2019",
		"dvc3=1.2.3", "dvc3=,5", "Q2/2019\tdvc3=\u00a045", "tháng 13 dvc3=1", "đơn vị=a b c d e f g h Q2/2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, problems := reporting.ParseSubmission(in, formFields, parseRef)
		for _, p := range problems {
			if strings.TrimSpace(p) == "" || !utf8.ValidString(p) {
				t.Fatalf("%q: empty or invalid problem %q", in, p)
			}
		}
		if len(problems) > 0 {
			return
		}
		if d.Period.Kind != "quarter" || d.Period.End >= "2019-07-20" {
			t.Fatalf("%q: accepted period %+v", in, d.Period)
		}
		for k, v := range d.Values {
			ok := false
			for _, f := range formFields {
				ok = ok || f.Code == k
			}
			if !ok || v != v || v > 1e12 {
				t.Fatalf("%q: accepted %s=%v", in, k, v)
			}
		}
	})
}
