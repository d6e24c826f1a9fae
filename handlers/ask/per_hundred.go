package ask

import (
	"slices"
	"strings"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// perHundred writes a share asked as so many of a hundred the way
// perTenWords reads it ("cứ 100"): "tính trên 100 xã thì mấy xã có trang
// thông tin", "trong 100 bộ hồ sơ thì mấy bộ nộp qua mạng", "trung bình
// trăm bộ hồ sơ thì có mấy bộ …". "Trên 100" there is no bound, and
// "trung bình" no mean of several figures. Only when a count is asked
// after "thì" ("trên 100 xã thì mấy xã"): "những huyện trên 100 hồ sơ"
// stays a bound.
func perHundred(t nlu.Text) (nlu.Text, bool) {
	toks := t.Tokens
	for i := range toks {
		n := hundredAt(toks, i)
		if n == 0 {
			continue
		}
		from := i
		if i > 0 && (toks[i-1] == "tren" || toks[i-1] == "trong" || toks[i-1] == "moi") {
			from = i - 1
		} else if toks[i] != "tram" {
			continue // a bare "100 hồ sơ" is a number of files
		}
		if from >= 2 && toks[from-2] == "trung" && toks[from-1] == "binh" {
			from -= 2
		}
		then := slices.Index(toks[i+n:], "thi")
		if then < 0 || then > 7 {
			// ("trăm hồ sơ được mấy hồ sơ nộp qua DVC", "trăm hồ sơ mấy
			// cái online": the count asked right after the files.)
			then = -1
			if i+n+2 <= len(toks) && toks[i+n] == "ho" && toks[i+n+1] == "so" {
				then = 1
			}
		}
		if then < 0 || !asksHowMany(toks[i+n+then+1:][:min(len(toks)-(i+n+then+1), 4)]) {
			continue
		}
		out := slices.Concat(toks[:from], []string{"cu", "100"}, toks[i+n:])
		return nlu.Text{Original: t.Original, Folded: strings.Join(out, " "), Tokens: out}, true
	}
	return t, false
}

// hundredAt is the length of "100", "trăm" or "một trăm" at i (not "phần
// trăm"), or 0.
func hundredAt(toks []string, i int) int {
	switch {
	case toks[i] == "100":
		return 1
	case toks[i] == "mot" && i+1 < len(toks) && toks[i+1] == "tram":
		return 2
	case toks[i] == "tram" && (i == 0 || toks[i-1] != "phan" && toks[i-1] != "mot"):
		return 1
	}
	return 0
}

// asksHowMany: the words ask a count ("mấy", "bao nhiêu").
func asksHowMany(words []string) bool {
	return slices.Contains(words, "may") || hasWord(words, "bao", "nhieu") || hasWord(words, "bn")
}
