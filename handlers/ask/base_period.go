package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// baseAndReported reads a statistician's "kỳ gốc" (the base period) and
// "kỳ báo cáo" (the period reported) as the two periods set against each
// other: "Kỳ gốc 2017, kỳ báo cáo 2018: PCI tăng mấy bậc" is 2017 against
// 2018; "… Q2 so với kỳ gốc Q1/2019" is Q2 against Q1. Only beside "kỳ
// gốc": "kỳ báo cáo mới nhất" alone is the latest period.
func baseAndReported(t nlu.Text) (nlu.Text, bool) {
	toks := t.Tokens
	base := nlu.PhraseIndex(toks, "ky goc")
	if base < 0 {
		return t, false
	}
	out := slices.Concat(toks[:base], toks[base+2:])
	if at := nlu.PhraseIndex(out, "ky bao cao"); at >= 0 {
		// After the base, the period reported is set against it ("kỳ
		// gốc X, kỳ báo cáo Y"); before it, "so với" already does.
		var joined []string
		if at >= base && !(at > 1 && out[at-2] == "so" && out[at-1] == "voi") {
			joined = []string{"so", "voi"}
		}
		out = slices.Concat(out[:at], joined, out[at+3:])
	}
	return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out}, true
}
