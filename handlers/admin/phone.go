package admin

import (
	"errors"
	"strings"
)

// ErrPhone is a phone number that is not a Vietnamese mobile number; its
// text is the message for the person who typed it.
var ErrPhone = errors.New(msgPhoneInvalid)

// ParsePhone reads a Vietnamese mobile number as people write it
// ("0912 345 678", "091.234.5678", "+84 912345678", "84912345678") and
// returns it in the form Zalo's template messages (ZNS) take: 84 and nine
// digits.
func ParsePhone(s string) (string, error) {
	var digits strings.Builder
	for i, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r == '+' && i == 0, r == ' ', r == '.', r == '-', r == '(', r == ')':
		default:
			return "", ErrPhone
		}
	}
	d := digits.String()
	switch {
	case len(d) == 10 && d[0] == '0':
		d = "84" + d[1:]
	case len(d) == 11 && strings.HasPrefix(d, "84"):
	default:
		return "", ErrPhone
	}
	if d[2] == '0' {
		return "", ErrPhone
	}
	return d, nil
}
