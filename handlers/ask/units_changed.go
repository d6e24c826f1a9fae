package ask

import (
	"slices"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// Questions over how units' figures moved between two periods: how many
// rose ("có bao nhiêu đơn vị cấp huyện tăng số hồ sơ trực tuyến quý 2 so
// với quý 1"), and who grew fastest ("tốc độ tăng trưởng cao nhất"),
// which is the change in percent of the figure before, not in its unit.

// countedUnitNouns are what "bao nhiêu", "mấy" count when units are asked.
var countedUnitNouns = [][]string{{"don", "vi"}, {"huyen"}, {"so"}, {"dia", "phuong"}, {"co", "quan"}, {"nganh"}, {"noi"}}

// unitsChangedAsked: how many units rose or fell between the two periods
// asked, none named: each unit's change, counted by direction.
func unitsChangedAsked(p nlu.Parse) bool {
	if p.Measure != "change" && p.Measure != "" || len(p.Periods) != 2 || len(p.Units) > 0 || len(p.Indicators) != 1 || changeWay(p.Words) == 0 {
		return false
	}
	for i, w := range p.Words {
		if w == "so" && hasWord(p.Words[i+1:min(i+3, len(p.Words))], "don", "vi") {
			return true // "số đv tăng tỷ lệ … là bn": the number of units
		}
		if w != "may" && !(w == "nhieu" && i > 0 && p.Words[i-1] == "bao") {
			continue
		}
		for _, noun := range countedUnitNouns {
			end := i + 1 + len(noun)
			if end <= len(p.Words) && slices.Equal(p.Words[i+1:end], noun) && !(end < len(p.Words) && p.Words[end] == "voi") {
				// ("tăng bao nhiêu so với năm 2018": "so với", no "sở".)
				return true
			}
		}
	}
	return false
}

// growthAsked: the change asked in percent of the figure before ("tốc độ
// tăng", "tăng trưởng bao nhiêu %"), of a count (a rate's change is in
// points).
func growthAsked(words []string) bool {
	return hasWord(words, "toc", "do") || hasWord(words, "tang", "truong")
}
