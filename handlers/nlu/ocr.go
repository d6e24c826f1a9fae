package nlu

import "strings"

// FromOCR is a message with a scan's letters read as the digits they
// stand for inside numbers (fromOCR).
func FromOCR(s string) string { return fromOCR(s) }

// fromOCR reads the letters a scan's text recognition takes for digits
// inside a number ("2Ol8", "3S%", "2O19"): a word of digits and only O,
// I, S or l, with a digit and an upper-case letter among them, is that
// number. (Not "l952" alone, nor a lower-case "o": a folded "ồ" or "L"
// beside a digit is one too, and the folded text must read the same
// again.)
func fromOCR(s string) string {
	if !strings.ContainsAny(s, "OIS") {
		return s
	}
	return rewriteWords(s, ocrNumber)
}

// ocrNumber is w read as a number, when it is one a scan misread.
func ocrNumber(w string) (string, bool) {
	digits, letters := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case strings.IndexByte("OIS", c) >= 0:
			letters++
		case c == 'l':
		default:
			return "", false
		}
	}
	if digits == 0 || letters == 0 || len(w) < 3 && (w[0] < '0' || w[0] > '9') {
		return "", false // ("S1", "I2": a name's letter and a number)
	}
	return strings.NewReplacer("O", "0", "l", "1", "I", "1", "S", "5").Replace(w), true
}
