package dataset

import (
	"strings"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in                string
		kind, start, end  string
		label, reasonPart string
	}{
		{"năm 2025", "year", "2025-01-01", "2025-12-31", "năm 2025", ""},
		{"quý 3/2025", "quarter", "2025-07-01", "2025-09-30", "quý 3/2025", ""},
		{"Q3/2025", "quarter", "2025-07-01", "2025-09-30", "quý 3/2025", ""},
		{"quy III/2025", "quarter", "2025-07-01", "2025-09-30", "quý 3/2025", ""},
		{"6 tháng đầu năm 2025", "range", "2025-01-01", "2025-06-30", "6 tháng đầu năm 2025", ""},
		{"đến ngày 30/09/2025", "asof", "", "2025-09-30", "đến ngày 30/09/2025", ""},
		{"tháng 7/2025", "month", "2025-07-01", "2025-07-31", "tháng 7/2025", ""},
		{"đến hết quý 1/2019", "asof", "", "2019-03-31", "đến hết quý 1/2019", ""},
		{"năm nay", "", "", "", "", "ghi rõ năm"},
		{"quý 2", "", "", "", "", "ghi rõ năm"},
		{"hiện nay", "", "", "", "", "hiện nay"},
		{"Q3/2025 và Q4/2025", "", "", "", "", "không ghi gì thêm"},
		{"quý 5/2025", "", "", "", "", "viết như"},
		{"abc", "", "", "", "", "viết như"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, reason := parsePeriod(tt.in)
			if tt.reasonPart != "" {
				if !strings.Contains(reason, tt.reasonPart) {
					t.Fatalf("parsePeriod(%q) = %+v, %q; want a reason with %q", tt.in, p, reason, tt.reasonPart)
				}
				return
			}
			if reason != "" || string(p.Kind) != tt.kind || p.Start != tt.start || p.End != tt.end || p.Label != tt.label {
				t.Fatalf("parsePeriod(%q) = %+v, %q", tt.in, p, reason)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"30/06/2025": "2025-06-30", "1/7/2025": "2025-07-01", "2025-07-01": "2025-07-01",
		"01.07.2025": "2025-07-01", "01-07-2025": "2025-07-01"} {
		if got, err := parseDate(in); err != nil || got != want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"31/02/2025", "2025/07/01", "07/2025", "1/1/1800", "hôm nay", ""} {
		if got, err := parseDate(in); err == nil {
			t.Errorf("parseDate(%q) = %q, want an error", in, got)
		}
	}
}

// FuzzParsePeriod: nothing panics, and a period that parses is written by
// its label in a way that parses back to the same period (exports write
// labels).
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"quý 3/2025", "Q3/2025", "năm 2025", "6 tháng đầu năm 2025", "đến ngày 30/09/2025", "giai đoạn 2017-2020", "năm nay", "q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, reason := parsePeriod(s)
		if reason != "" {
			return
		}
		if p.End == "" || p.Label == "" {
			t.Fatalf("parsePeriod(%q) = %+v without an end or label", s, p)
		}
		if q, reason := parsePeriod(p.Label); reason != "" || q != p {
			t.Fatalf("parsePeriod(%q) = %+v; its label parses as %+v, %q", s, p, q, reason)
		}
	})
}
