package handlers

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// numbers formats figures the Vietnamese way (1.995; 4,92; 3.565 triệu
// đồng). A message.Printer is not safe for concurrent use, so each reply
// makes its own.
type numbers struct{ p *message.Printer }

func newNumbers() numbers { return numbers{p: message.NewPrinter(language.Vietnamese)} }

// num formats with at most two decimals.
func (n numbers) num(v float64) string {
	return n.p.Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
}

// figure formats a value with its unit: "1.995 dịch vụ", "4,92%",
// "3.565 triệu đồng", "hạng 23", "6,25 điểm".
func (n numbers) figure(v float64, kind, unitLabel string) string {
	switch kind {
	case "percent":
		return n.num(v) + "%"
	case "money":
		return n.num(v/1e6) + " triệu đồng"
	case "rank":
		return "hạng " + n.num(v)
	}
	if unitLabel == "" {
		return n.num(v)
	}
	return n.num(v) + " " + unitLabel
}

// diff formats the size of a difference: "47 điểm %", "1.212 dịch vụ".
func (n numbers) diff(v float64, kind, unitLabel string) string {
	if v < 0 {
		v = -v
	}
	switch kind {
	case "percent":
		return n.num(v) + " điểm %"
	case "rank":
		return n.num(v) + " bậc"
	case "score":
		return n.num(v) + " điểm"
	}
	return n.figure(v, kind, unitLabel)
}

// date formats an ISO date as dd/mm/yyyy.
func date(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

// capitalise upper-cases the first letter of a Vietnamese phrase.
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// joinVI joins items as "a, b và c".
func joinVI(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " và " + items[len(items)-1]
}

func sourceCitation(code, issuedOn string) string {
	return fmt.Sprintf(msgSourceReport, code, date(issuedOn))
}
