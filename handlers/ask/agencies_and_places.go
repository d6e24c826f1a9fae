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
	for _, phrase := range [][]string{{"co", "quan", "dia", "phuong"}, {"co", "quan", "va", "dia", "phuong"}} {
		at := nlu.PhraseIndex(t.Tokens, strings.Join(phrase, " "))
		if at < 0 {
			continue
		}
		out := slices.Concat(t.Tokens[:at:at], []string{"don", "vi"}, t.Tokens[at+len(phrase):])
		return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out, NearestAsked: t.NearestAsked}, true
	}
	return t, false
}
