package nlu

import (
	"slices"
	"strings"
)

// Spellings regional speech mixes up, folded: at a word's start "l"/"n"
// ("nộc" for "lộc", "lước" for "nước"), "s"/"x" ("sã", "xở"), "ch"/"tr"
// ("chực tuyến"), "d"/"gi"/"r" ("rịch vụ", "dáo dục"); at its end
// "n"/"ng" ("huyệng"), "c"/"t"; "iu" for "iêu" ("bao nhiu").
var (
	soundAlikeStarts = [][2]string{{"l", "n"}, {"n", "l"}, {"s", "x"}, {"x", "s"}, {"ch", "tr"}, {"tr", "ch"},
		{"d", "gi"}, {"gi", "d"}, {"r", "d"}, {"d", "r"}, {"r", "gi"}, {"gi", "r"}}
	soundAlikeEnds = [][2]string{{"ng", "n"}, {"n", "ng"}, {"c", "t"}, {"t", "c"}, {"iu", "ieu"}}
)

// soundAlikes are the spellings of w one regional slip away.
func soundAlikes(w string) []string {
	var out []string
	add := func(v string) {
		if v != w && v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	for _, s := range soundAlikeStarts {
		if rest, ok := strings.CutPrefix(w, s[0]); ok && rest != "" && !(s[0] == "n" && (rest[0] == 'g' || rest[0] == 'h')) &&
			!(s[0] == "t" && rest[0] == 'h') {
			// (Not "ng", "nh", "th": other letters.)
			v := s[1] + rest
			if s[1] == "gi" && rest[0] == 'i' {
				v = "g" + rest // "gi" + "ích" is written "gích"
			}
			add(v)
		}
	}
	for _, e := range soundAlikeEnds {
		if rest, ok := strings.CutSuffix(w, e[0]); ok && rest != "" && !(e[0] == "n" && strings.HasSuffix(rest, "g")) {
			add(rest + e[1])
		}
	}
	return out
}

// soundAlikeWord is the one word of a level, a kind of unit or a figure's
// name an unknown word is a regional slip of ("huyeng": "huyen", "sa":
// "xa", "rich": "dich"), when only one is. (Not any known word: "xưa",
// unknown here, is no slip of "sửa".)
func (s *Spelling) soundAlikeWord(w string) (string, bool) {
	if s.isWord(w) || len(w) < 2 || !isLetters(w) {
		return "", false
	}
	var found []string
	for _, v := range soundAlikes(w) {
		if s.soundTargets[v] {
			found = append(found, v)
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// soundAlikeWords reads each unknown word that is a regional slip of one
// word of a level, a kind of unit or a figure's name as that word
// ("huyệng", "sã", "rịch").
func (s *Spelling) soundAlikeWords(toks []string) ([]string, bool) {
	var out []string
	for i, w := range toks {
		if v, ok := s.soundAlikeWord(w); ok {
			if out == nil {
				out = slices.Clone(toks)
			}
			out[i] = v
		}
	}
	return out, out != nil
}

// soundAlikePairs reads two words, one of them unknown, that no name or
// cue pairs, as the one pair of them spelt as regional speech slips that
// one does ("noc ha": "loc ha", "ca luoc": "ca nuoc").
func (s *Spelling) soundAlikePairs(toks []string) ([]string, bool) {
	var out []string
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if b == "lao" && s.pairs[a+" nao"] && (i+2 >= len(toks) || toks[i+2] != "dong") {
			// "huyện lào", "xở lào": which one ("nào"), not Laos (nor
			// "Sở Lao động").
			if out == nil {
				out = slices.Clone(toks)
			}
			out[i+1] = "nao"
			toks = out
			continue
		}
		if s.pairs[a+" "+b] || !isLetters(a) || !isLetters(b) || s.isWord(a) && s.isWord(b) {
			// (Two known words stay as typed: "tổng", "song song", "Quảng
			// Trị" are no slips of another pair.)
			continue
		}
		var found [][2]string
		for _, v := range soundAlikes(a) {
			if s.pairs[v+" "+b] && (i == 0 || !s.pairs[toks[i-1]+" "+a]) {
				// (Not a word already paired with the one before it.)
				found = append(found, [2]string{v, b})
			}
		}
		for _, v := range soundAlikes(b) {
			if s.pairs[a+" "+v] && (i+2 >= len(toks) || !s.pairs[b+" "+toks[i+2]]) {
				found = append(found, [2]string{a, v})
			}
		}
		if len(found) == 0 {
			// Both slipped ("xở lào": sở nào).
			for _, v := range soundAlikes(a) {
				for _, u := range soundAlikes(b) {
					if s.pairs[v+" "+u] {
						found = append(found, [2]string{v, u})
					}
				}
			}
		}
		if len(found) != 1 {
			continue
		}
		if out == nil {
			out = slices.Clone(toks)
		}
		out[i], out[i+1] = found[0][0], found[0][1]
		toks = out
	}
	return out, out != nil
}

// soundTargetWords are the words besides levels' and figures' names a
// regional slip is read as: kinds of unit, "nào", "nước", "dự án", "lớp".
var soundTargetWords = []string{"xa", "huyen", "tinh", "thi", "tran", "phuong", "so", "nganh", "nao", "nuoc", "du", "an", "lop", "nop", "truc", "tuyen", "dich"}
