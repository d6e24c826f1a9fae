package ask

import (
	"slices"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// tableEdit reads a message that edits the figures just given, as one
// edits a table for a slide: "thêm TX Kỳ Anh vào bảng", "thêm dòng Thạch
// Hà" (another unit), "thêm cột tổng hồ sơ tiếp nhận" (another figure),
// "chuyển cả bảng sang quý 2/2019" (another period), "đổi cột tỷ lệ thành
// số hồ sơ nộp trực tuyến", "đổi sang số DVC mức 3" (another figure in
// place of one). The question before, so edited; ok is false for any
// other message.
func tableEdit(c *catalog.Catalog, mem *memory, p nlu.Parse) (nlu.Parse, bool) {
	if mem == nil || !mem.Parse.Understood() || len(mem.Parse.Indicators) == 0 {
		return nlu.Parse{}, false
	}
	words := nlu.WithoutPoliteEnd(p.Words)
	if len(words) == 0 {
		return nlu.Parse{}, false
	}
	prev := mem.Parse
	m := prev
	m.Words = p.Words
	switch verb := words[0]; {
	case verb == "them" || hasWord(words[:min(2, len(words))], "bo", "sung"):
		switch {
		case len(p.Units) > 0 && len(p.Indicators) == 0 && len(p.Periods) == 0 && len(prev.Units) > 0:
			// "thêm TX Kỳ Anh vào bảng", "thêm dòng Thạch Hà".
			m.Units = slices.Clone(prev.Units)
			for _, u := range p.Units {
				if !slices.ContainsFunc(m.Units, func(v []string) bool { return slices.Equal(u, v) }) {
					m.Units = append(m.Units, u)
				}
			}
		case len(p.Indicators) > 0 && len(p.Units) == 0 && len(p.Periods) == 0 && hasWord(words, "cot"):
			// "thêm cột tổng hồ sơ tiếp nhận".
			m.Indicators = slices.Clone(prev.Indicators)
			for _, code := range p.Indicators {
				if !slices.Contains(m.Indicators, code) {
					m.Indicators = append(m.Indicators, code)
				}
			}
		default:
			return nlu.Parse{}, false
		}
	case verb == "chuyen" || verb == "doi" || verb == "thay":
		if at := slices.IndexFunc(words, func(w string) bool { return w == "thanh" || w == "sang" || w == "bang" }); at > 0 && len(p.Units) == 0 {
			// "đổi cột tỷ lệ thành số hồ sơ nộp trực tuyến": the figure
			// named after "thành" takes the place of the one before it.
			after := words[at+1:]
			if q := nlu.UnderstandText(c.Vocab, nlu.Text{Original: strings.Join(after, " "), Folded: strings.Join(after, " "), Tokens: after}, time.Time{}); len(q.Indicators) == 1 {
				p.Indicators, m.Words = []string{q.Indicators[0]}, after
				if before := slices.DeleteFunc(slices.Clone(prev.Indicators), func(code string) bool { return !slices.Contains(words[:at], code) }); len(before) == 0 {
					if r := nlu.UnderstandText(c.Vocab, nlu.Text{Original: strings.Join(words[1:at], " "), Folded: strings.Join(words[1:at], " "), Tokens: words[1:at]}, time.Time{}); len(r.Indicators) == 1 && slices.Contains(prev.Indicators, r.Indicators[0]) {
						p.Indicators = []string{r.Indicators[0], q.Indicators[0]}
					}
				}
			}
		}
		switch {
		case len(p.Periods) == 1 && len(p.Units) == 0 && len(p.Indicators) == 0 && len(prev.Periods) == 1:
			// "chuyển cả bảng sang quý 2/2019".
			m.Periods = p.Periods
		case len(p.Indicators) == 2 && len(p.Units) == 0 && slices.Contains(prev.Indicators, p.Indicators[0]):
			// "đổi cột tỷ lệ thành số hồ sơ nộp trực tuyến".
			m.Indicators = slices.Clone(prev.Indicators)
			m.Indicators[slices.Index(m.Indicators, p.Indicators[0])] = p.Indicators[1]
		case len(p.Indicators) == 1 && len(p.Units) == 0 && len(prev.Indicators) == 1 && (hasWord(words, "sang") || hasWord(words, "thanh")):
			// "đổi sang số DVC mức 3".
			m.Indicators = p.Indicators
		default:
			return nlu.Parse{}, false
		}
		if len(p.Periods) > 0 {
			m.Periods = p.Periods
		}
	default:
		return nlu.Parse{}, false
	}
	m.Measure, m.Op, m.Order = "", "", ""
	if prev.Op == "diff" && len(m.Units) == len(prev.Units) {
		m.Op = prev.Op
	}
	return m, true
}
