package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// missingWords say that a period's report is not in ("chưa có số",
// "bỏ trống", "chưa cập nhật", "chưa gửi", "vẫn thiếu báo cáo").
var missingWords = [][]string{{"chua", "co", "so"}, {"bo", "trong"}, {"chua", "cap", "nhat"}, {"chua", "gui"}, {"chua", "nop"}, {"thieu", "bao", "cao"},
	{"ko", "nop"}, {"khong", "nop"}, {"chua", "co"}}

// missingThenAsked drops a period the asker says has no report before
// asking another ("Nghi Xuân quý 2 chưa có số, cho e xin tỷ lệ … quý
// 1/2019 của họ"): the other period is asked, not the missing one.
func missingThenAsked(t nlu.Text) (nlu.Text, bool) {
	toks := t.Tokens
	for i := range toks {
		if !quarterAt(toks, i) {
			continue
		}
		for j := i + 2; j < len(toks) && j <= i+3; j++ {
			if j == i+3 && len(toks[i+2]) != 4 {
				break // (only "quý 2 năm" → "quý 2 2019 chưa có số": not "quý 1 nhưng chưa nộp")
			}
			end := runOf(toks, j, missingWords)
			if end < 0 {
				continue
			}
			rest := toks[end:]
			if !hasQuarter(rest) || slices.Contains(toks, "nao") || hasWord(rest, "bao", "cao") || hasWord(rest, "chua") {
				// (Not "quý 1 chưa nộp những huyện nào, quý 2 thì sao":
				// the reports of both are asked.)
				return t, false
			}
			out := slices.Concat(toks[:i], toks[end:])
			return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out, NearestAsked: t.NearestAsked}, true
		}
	}
	return t, false
}

// hasQuarter: the words name a quarter ("quý 1", "q2").
func hasQuarter(toks []string) bool {
	for i := range toks {
		if quarterAt(toks, i) {
			return true
		}
	}
	return false
}

// quarterAt: a quarter is named at word i ("quý 1", "q 2").
func quarterAt(toks []string, i int) bool {
	return i+1 < len(toks) && (toks[i] == "quy" || toks[i] == "q") && toks[i+1] != "" && toks[i+1][0] >= '1' && toks[i+1][0] <= '4'
}
