// Package vi writes figures, dates and lists the Vietnamese way (1.995;
// 4,92%; 3.565 triệu đồng; 10/06/2019; "a, b và c"). Every job under
// handlers/ that talks to people uses it; it imports nothing of the project.
package vi

import (
	"fmt"
	"math"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Numbers formats figures. A message.Printer is not safe for concurrent
// use, so each reply makes its own with NewNumbers.
type Numbers struct{ p *message.Printer }

// NewNumbers returns a Vietnamese number printer.
func NewNumbers() Numbers { return Numbers{p: message.NewPrinter(language.Vietnamese)} }

// Num formats with at most two decimals.
func (n Numbers) Num(v float64) string {
	// Half up, as people round by hand (17/32 = 53,125 → 53,13); the
	// printer alone rounds half to even.
	v = Shown(v)
	return n.p.Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
}

// Shown is a value as Num writes it: two decimals, half up. A gap between
// two figures a reply states is taken between the figures as stated, so a
// reader who subtracts them finds the same (23,39% − 2,33% = 21,06 điểm,
// not the 21,07 of the unrounded shares).
func Shown(v float64) float64 { return math.Round(v*100) / 100 }

// Figure formats a value with its unit: "1.995 dịch vụ", "4,92%",
// "3.565 triệu đồng", "hạng 23", "6,25 điểm".
func (n Numbers) Figure(v float64, kind, unitLabel string) string {
	switch kind {
	case "percent":
		return n.Num(v) + "%"
	case "money":
		return n.Num(v/1e6) + " triệu đồng"
	case "rank":
		return "hạng " + n.Num(v)
	}
	if unitLabel == "" {
		return n.Num(v)
	}
	return n.Num(v) + " " + unitLabel
}

// Diff formats the size of a difference: "47 điểm %", "1.212 dịch vụ".
func (n Numbers) Diff(v float64, kind, unitLabel string) string {
	v = math.Abs(v)
	switch kind {
	case "percent":
		return n.Num(v) + " điểm %"
	case "rank":
		return n.Num(v) + " bậc"
	case "score":
		return n.Num(v) + " điểm"
	}
	return n.Figure(v, kind, unitLabel)
}

// Signed formats a change with its sign: "+12", "−3", "không đổi".
func (n Numbers) Signed(d float64) string {
	switch {
	case d > 0:
		return "+" + n.Num(d)
	case d < 0:
		return "−" + n.Num(math.Abs(d))
	}
	return "không đổi"
}

// Date formats an ISO date as dd/mm/yyyy.
func Date(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

// Capitalise upper-cases the first letter of a phrase.
func Capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// Join joins items as "a, b và c".
func Join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " và " + items[len(items)-1]
}

// JoinOr joins alternatives as "a, b hoặc c".
func JoinOr(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " hoặc " + items[len(items)-1]
}

// Limit shortens a list of names for a chat reply to max, ending with how
// many more there are (more is a format with one %d, "%d đơn vị khác").
func Limit(names []string, max int, more string) []string {
	if len(names) <= max {
		return names
	}
	return append(names[:max:max], fmt.Sprintf(more, len(names)-max))
}

// LowerFirst lower-cases the first letter of a phrase ("Đang thực hiện"
// inside a sentence), whatever its byte length.
func LowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
