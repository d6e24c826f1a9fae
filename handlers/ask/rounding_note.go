package ask

import "regexp"

// twoDecimalsNote is a note asking figures to two decimals ("…? làm tròn
// 2 số lẻ", "(làm tròn 2 chữ số thập phân)"), which every reply gives
// already: said of the figure asked, not a question of its own.
var twoDecimalsNote = regexp.MustCompile(`(?i)[\s,.;:?(]*(làm tròn|lam tron|lấy|lay)\s+(đến\s+|den\s+)?(2|hai)\s+(chữ số|chu so|số lẻ|so le|số thập phân|so thap phan)(\s+(thập phân|thap phan|sau dấu phẩy|sau dau phay))?[\s)]*`)

// withoutTwoDecimalsNote drops that note, keeping a question mark that
// ended the question before it.
func withoutTwoDecimalsNote(question string) string {
	loc := twoDecimalsNote.FindStringIndex(question)
	if loc == nil || loc[0] == 0 {
		return question // (the whole message asks the last reply rounded)
	}
	return question[:loc[0]] + " " + question[loc[1]:]
}
