package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// agenciesAndPlaces reads "cơ quan, địa phương" ("còn bao nhiêu cơ quan,
// địa phương chưa gửi báo cáo") as every unit that reports, the agencies
// and the districts, not the districts "địa phương" alone is. Only the
// question is read so; the report's own words, searched, keep theirs.
func agenciesAndPlaces(t nlu.Text) (nlu.Text, bool) {
	if !slices.Contains(t.Tokens, "phuong") {
		return t, false // (most questions: nothing to look for)
	}
	if !hasWord(t.Tokens, "bao", "nhieu") && !slices.Contains(t.Tokens, "may") && !slices.Contains(t.Tokens, "nop") && !slices.Contains(t.Tokens, "gui") {
		// ("các cơ quan, địa phương đã quán triệt … bằng những hình thức
		// nào": the report's words, searched as they are.)
		return t, false
	}
	for _, phrase := range []string{"co quan dia phuong", "co quan va dia phuong"} {
		at := nlu.PhraseIndex(t.Tokens, phrase)
		if at < 0 {
			continue
		}
		out := slices.Concat(t.Tokens[:at:at], []string{"don", "vi"}, t.Tokens[at+strings.Count(phrase, " ")+1:])
		return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out, NearestAsked: t.NearestAsked}, true
	}
	return t, false
}
