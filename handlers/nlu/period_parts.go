package nlu

import "strconv"

// partCues are the words that split the period asked before into its
// parts: "chia ra từng quý", "tách theo năm", "mỗi quý bao nhiêu".
var partCues = []struct {
	words [][]string
	unit  unit
}{
	{[][]string{{"tung", "quy"}, {"moi", "quy"}, {"theo", "quy"}, {"chia", "quy"}, {"tach", "quy"}, {"cac", "quy"}, {"rieng", "quy"}}, unitQuarter},
	{[][]string{{"tung", "nam"}, {"moi", "nam"}, {"theo", "nam"}, {"chia", "nam"}, {"tach", "nam"}, {"cac", "nam"}, {"rieng", "nam"}}, unitYear},
}

// AsksParts: the message splits a period into quarters or years.
func AsksParts(tokens []string) bool {
	for _, pc := range partCues {
		if anyPhrase(tokens, pc.words) {
			return true
		}
	}
	return false
}

// PartsOf splits period into the quarters or years a message asks it by
// ("chia ra từng quý" after "6 tháng đầu năm 2019": quý 1 and quý 2):
// the whole ones inside it, when there are at least two.
func PartsOf(tokens []string, period Period) ([]Period, bool) {
	if period.Start == "" || period.End == "" {
		return nil, false
	}
	y1, err1 := strconv.Atoi(period.Start[:4])
	y2, err2 := strconv.Atoi(period.End[:4])
	if err1 != nil || err2 != nil || !validYear(y1) || !validYear(y2) {
		return nil, false
	}
	for _, pc := range partCues {
		if !anyPhrase(tokens, pc.words) {
			continue
		}
		var parts []Period
		for y := y1; y <= y2; y++ {
			if pc.unit == unitYear {
				parts = append(parts, spec{unit: unitYear, year: y}.period())
				continue
			}
			for q := 1; q <= 4; q++ {
				parts = append(parts, spec{unit: unitQuarter, year: y, num: q}.period())
			}
		}
		var inside []Period
		for _, p := range parts {
			if period.Start <= p.Start && p.End <= period.End {
				inside = append(inside, p)
			}
		}
		return inside, len(inside) > 1
	}
	return nil, false
}
