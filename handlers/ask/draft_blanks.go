package ask

import (
	"regexp"
	"strings"
)

// draftBlank is a gap left in a draft for a figure: "…", "...", "[....]",
// "(...)", "___"; with the whole it is out of, if written ("…/13": the
// figure asked, not a figure quoted).
var draftBlank = regexp.MustCompile(`(?:\[\s*[.…_ ]*\s*\]|\(\s*[.…_]+\s*\)|_{3,}|…+|\.{3,})(?:\s*/\s*\d[\d.]*)?`)

// draftBlanks reads a draft sentence with two gaps or more ("… hồ sơ
// nộp trực tuyến là … hồ sơ, tỷ lệ …%") as asking the figure of each gap:
// "bao nhiêu" in its place. One gap reads as it is typed.
func draftBlanks(question string) (string, bool) {
	if len(draftBlank.FindAllStringIndex(question, 3)) < 2 || strings.Contains(question, "|") {
		// (A pasted table's empty cells are read as the table: TableQuestions.)
		return question, false
	}
	out := draftBlank.ReplaceAllString(question, " bao nhiêu ")
	return strings.Join(strings.Fields(out), " "), true
}
