package dataset

import (
	"sort"
	"strconv"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// foldPhrases normalises each "+"-separated phrase of an alias the way
// questions are normalised ("dịch vụ công + mức 3" -> "dich vu cong + muc 3").
func foldPhrases(alias string) string {
	parts := strings.Split(alias, "+")
	for i, p := range parts {
		parts[i] = nlu.Normalize(p).Folded
	}
	return strings.Join(parts, " + ")
}

// foldName normalises a unit's name or alias.
func foldName(s string) string { return nlu.Normalize(s).Folded }

// unitCodes writes units as a ;-list of codes.
func unitCodes(us []*unit) string {
	codes := make([]string, len(us))
	for i, u := range us {
		codes[i] = u.Code
	}
	sort.Strings(codes)
	return strings.Join(codes, ";")
}

func seqText(n int) string { return strconv.Itoa(n) }
