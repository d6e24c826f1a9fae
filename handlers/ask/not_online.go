package ask

import (
	"fmt"
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// notOnlineWords ask the files that were not filed online: the whole the
// online count is a part of, less that part.
var notOnlineWords = [][]string{
	{"khong", "nop", "truc", "tuyen"}, {"khong", "truc", "tuyen"}, {"chua", "nop", "truc", "tuyen"},
	{"nop", "truc", "tiep"}, {"ho", "so", "truc", "tiep"}, {"khong", "qua", "mang"}, {"khong", "nop", "qua", "mang"},
	{"ngoai", "truc", "tuyen"}, {"chua", "truc", "tuyen"}, {"khong", "qua", "dich", "vu", "cong"}, {"khong", "nop", "qua", "cong"},
	{"khong", "qua", "cong"}, {"nop", "giay"}, {"ho", "so", "giay"}, {"khong", "phai", "nop", "truc", "tuyen"},
	// "vẫn nộp tại quầy", "nộp tại bộ phận một cửa": filed at the desk.
	{"nop", "tai", "quay"}, {"nop", "o", "quay"}, {"nop", "tai", "bo", "phan", "mot", "cua"},
	// "không làm trực tuyến", "không nộp qua dvc".
	{"khong", "lam", "truc", "tuyen"}, {"khong", "nop", "qua", "dich", "vu", "cong"},
	// "hồ sơ ngoài mạng": off the network.
	{"ngoai", "mang"},
}

// notOnline reads "bao nhiêu hồ sơ không nộp trực tuyến", "hồ sơ nộp
// trực tiếp" as the count the rate is out of less the one it counts
// (tiếp nhận − trực tuyến), never as the online count its words also name.
func notOnline(c *catalog.Catalog, p *nlu.Parse) {
	if p.Op != "" && p.Op != "sum" && p.Op != "except" && p.Op != "share" && !(p.Op == "diff" && p.Measure == "change") ||
		p.Measure != "" && p.Measure != "complement" && p.Measure != "change" || !asksNotOnline(*p) {
		// ("… ko trực tuyến nhiều hơn q1 bao nhiêu": a change; "còn mấy %
		// hồ sơ ko nộp trực tuyến": the rest, not a part set aside.)
		return
	}
	if p.Op == "except" {
		p.Op = ""
	}
	if p.Op == "share" {
		// "phần hồ sơ ko nộp online chiếm bn %": the rest of the rate,
		// read below.
		p.Op = ""
		for _, code := range p.Indicators {
			for _, rate := range c.Indicators {
				if rate.Kind == "percent" && rate.NumeratorCode == code && rate.DenominatorCode != "" && len(p.Indicators) == 1 {
					p.Indicators = []string{rate.Code}
				}
			}
		}
	}
	if len(p.Indicators) >= 2 {
		// "còn mấy % hồ sơ nộp trực tiếp tại bộ phận một cửa": the rate
		// of the files, not the offices where the others were filed.
		for _, code := range p.Indicators {
			if in := c.Indicators[code]; in.Kind == "percent" && in.NumeratorCode != "" && !slices.Contains(p.Indicators, in.NumeratorCode) {
				p.Indicators = []string{code}
				break
			}
		}
	}
	if len(p.Indicators) == 2 {
		// "mấy % hồ sơ ko nộp trực tuyến": the rate, its count named too.
		for _, code := range p.Indicators {
			if in := c.Indicators[code]; in.Kind == "percent" && slices.Contains(p.Indicators, in.NumeratorCode) {
				p.Indicators = []string{code}
				break
			}
		}
	}
	if len(p.Indicators) == 1 && c.Indicators[p.Indicators[0]].Kind == "percent" && c.Indicators[p.Indicators[0]].NumeratorCode != "" {
		// "tỷ lệ hồ sơ không nộp trực tuyến": the rest of the whole (its
		// change, the change of the rate's, in points, the other way).
		if p.Measure != "change" {
			p.Measure = "complement"
		}
		return
	}
	for _, code := range p.Indicators {
		for _, rate := range c.Indicators {
			// ("trong đó nộp trực tiếp bao nhiêu" after all files received:
			// the whole named, less its online part.)
			whole := len(p.Indicators) == 1 && rate.DenominatorCode == code && rate.NumeratorCode != ""
			if rate.Kind != "percent" || rate.NumeratorCode != code && !whole || rate.DenominatorCode == "" || slices.Contains(p.Indicators, rate.Code) {
				continue
			}
			code = rate.NumeratorCode
			p.Indicators = []string{rate.DenominatorCode, code}
			p.Op = "diff"
			if p.Measure != "change" {
				p.Measure = ""
			}
			return
		}
	}
}

// restOfRate is the rate a whole less its part is the rest of, when the
// question asks that ("hồ sơ không nộp trực tuyến": tiếp nhận − trực
// tuyến, the two figures in that order).
func restOfRate(c *catalog.Catalog, p nlu.Parse) (queries.Indicator, bool) {
	if p.Op != "diff" || len(p.Indicators) != 2 || !asksNotOnline(p) {
		// ("hồ sơ tiếp nhận quý 2 nhiều hơn quý 1 bao nhiêu hồ sơ": each
		// figure's change.)
		return queries.Indicator{}, false
	}
	for _, rate := range c.Indicators {
		if rate.Kind == "percent" && rate.DenominatorCode == p.Indicators[0] && rate.NumeratorCode == p.Indicators[1] {
			return rate, true
		}
	}
	return queries.Indicator{}, false
}

// restIndicator is the figure a whole less its part makes, named as such
// ("Tổng số hồ sơ … tiếp nhận ngoài số hồ sơ nộp trực tuyến"), of the
// whole's code: reported as the whole is.
func restIndicator(c *catalog.Catalog, rate queries.Indicator) queries.Indicator {
	whole, part := c.Indicators[rate.DenominatorCode], c.Indicators[rate.NumeratorCode]
	rest := whole
	rest.Name = fmt.Sprintf(msgRestOf, whole.Name, part.Name)
	// A count of the rate's parts is their difference (rank).
	rest.NumeratorCode, rest.DenominatorCode = rate.NumeratorCode, rate.DenominatorCode
	return rest
}

// asksNotOnline: the words ask the files not filed online.
func asksNotOnline(p nlu.Parse) bool {
	words := p.Words
	for i := 1; i+1 < len(words); i++ {
		if words[i-1] == "nam" && words[i] == "ngoai" {
			// "năm ngoái trực tuyến tỷ lệ …": last year, not "ngoài".
			words = slices.Delete(slices.Clone(words), i, i+1)
			break
		}
	}
	return slices.ContainsFunc(notOnlineWords, func(w []string) bool { return hasWord(words, w...) })
}

// ofRate: the figures are a rate, or its whole or part.
func ofRate(c *catalog.Catalog, codes []string) bool {
	return slices.ContainsFunc(codes, func(code string) bool {
		for _, rate := range c.Indicators {
			if rate.Kind == "percent" && rate.NumeratorCode != "" && (rate.Code == code || rate.NumeratorCode == code || rate.DenominatorCode == code) {
				return true
			}
		}
		return false
	})
}
