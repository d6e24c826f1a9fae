package nlu

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spelling corrects words typed one letter off ("thíu" for "thiếu",
// "bao nhieuu", "vidoe") to the one known word they can be: a letter left
// out, a letter typed twice, or two swapped. A word the rules know, a number, a
// short word or one with several candidates is left as typed: a guess
// between two words would be a guess at the question.
type Spelling struct {
	known map[string]bool
	// byDeletion maps each known word with one letter removed to the
	// words it comes from.
	byDeletion map[string][]string
	// nearKeys are the keys beside each letter's on a phone's QWERTY
	// keyboard, which a thumb hits instead of it.
	nearKeys map[byte]string
	// codes are the short forms of three consonants Normalize writes in
	// full ("dvc"): what a code typed a key off is read as, and nothing
	// else is.
	codes map[string]bool
	// short are the short forms corrected to, with their full words.
	short map[string][]string
	// joined are names typed without their spaces ("huongson", "canloc"),
	// with their words.
	joined map[string][]string
	// districts are the joined names of the district-level units (those
	// named with "huyện", "thị xã" or "thành phố" before them): the only
	// names a capitalised slip two letters off is read as.
	districts map[string][]string
	// elsewhere are the joined names of places outside the province
	// ("thanhhoa"): never read as a slip of one of ours.
	elsewhere map[string]bool
	// kept are words the sources write: never corrected away, though no
	// slip is corrected to them.
	kept map[string]bool
	// pairs are the word pairs of the names and the rules' cues ("ho
	// so", "truc tuyen"): what two words typed with a regional slip are
	// read as (soundAlikePairs). (Not the sources': folded, "tổ chức
	// tuyên truyền" pairs "chuc tuyen".)
	pairs map[string]bool
	// soundTargets are the words a regional slip of one word is read as
	// (soundAlikeWord).
	soundTargets map[string]bool
}

// Keep marks the words of texts (the reports' passages) as words: a word
// the report itself writes is never read as a slip of another.
func (s *Spelling) Keep(texts ...string) {
	if s.kept == nil {
		s.kept = map[string]bool{}
	}
	for _, t := range texts {
		for _, w := range Normalize(t).Tokens {
			s.kept[w] = true
		}
	}
}

// isWord: w is known, or written by the sources.
func (s *Spelling) isWord(w string) bool { return s.known[w] || s.kept[w] }

// nameOneOff is the name of two words that a and b, joined, are one
// letter off (one added, left out or changed), when exactly one name is.
func (s *Spelling) nameOneOff(a, b string) ([]string, bool) {
	typed := a + b
	if len(typed) < minJoinedLen || !isLetters(typed) {
		return nil, false
	}
	var found []string
	for joined, words := range s.joined {
		if len(words) == 2 && joined != typed && oneEditApart(joined, typed) {
			if found != nil {
				return nil, false
			}
			found = words
		}
	}
	return found, found != nil
}

// nameNear is the district-level name of two words that a and b, joined,
// are nearest to, at most two letters off (added, left out or changed),
// its words beginning as a and b do, when only one is that near ("Hương
// Sơng": Hương Sơn; "Cẩm Xiên": Cẩm Xuyên; "Bắc Hà" is no slip of Lộc
// Hà).
func (s *Spelling) nameNear(a, b string) ([]string, bool) {
	typed := a + b
	if len(typed) < 5 || !isLetters(typed) {
		return nil, false
	}
	if _, ok := s.districts[typed]; ok || s.elsewhere[typed] {
		return nil, false
	}
	var nearest [][]string
	best := 3
	for joined, words := range s.districts {
		if joined == typed {
			continue
		}
		d := editDistance(joined, typed, best)
		switch {
		case d < best:
			best, nearest = d, [][]string{words}
		case d == best && d <= 2:
			nearest = append(nearest, words)
		}
	}
	// A slip keeps the words' first letters ("Bắc Hà" is no slip of Lộc Hà).
	nearest = slices.DeleteFunc(nearest, func(w []string) bool { return w[0][0] != a[0] || w[1][0] != b[0] })
	if best > 2 || len(nearest) != 1 {
		return nil, false
	}
	return nearest[0], true
}

// nameAround: the words at i and i+1 are a name as typed, or either is
// part of a name with its other neighbour ("Huyện Thạch Hà": "Thạch" is
// Thạch Hà's, not a slip beside "Huyện").
func (s *Spelling) nameAround(tokens []string, i int) bool {
	isName := func(a, b string) bool {
		_, joined := s.joined[a+b]
		_, district := s.districts[a+b]
		return joined || district
	}
	return isName(tokens[i], tokens[i+1]) || i > 0 && isName(tokens[i-1], tokens[i]) || i+2 < len(tokens) && isName(tokens[i+1], tokens[i+2])
}

// editDistance is the Levenshtein distance of a and b, or limit when it
// is limit or more.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}

// titleCasedPair: the original text has the words folding to a and b
// next to each other, both beginning with a capital ("Hương Kê").
func titleCasedPair(original, a, b string) bool {
	words := strings.FieldsFunc(original, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\u200b' })
	for i := 0; i+1 < len(words); i++ {
		if Fold(words[i]) == a && Fold(words[i+1]) == b && startsUpper(words[i]) && startsUpper(words[i+1]) {
			return true
		}
	}
	return false
}

// startsUpper: w begins with a capital and goes on in small letters
// ("Kê", not "KÊ" of a message typed in capitals).
func startsUpper(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w[n:], unicode.IsUpper) < 0
}

// oneEditApart: a and b differ by one letter added, left out or changed.
func oneEditApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// joinedNames maps the names of several words typed without their spaces
// to their words: "huongson" is "hương sơn". Names shorter than
// minJoinedLen joined are left: "hatinh" might be a slip of another word.
func joinedNames(names []alias) map[string][]string {
	out := map[string][]string{}
	initialed := map[string][]string{}
	owners := map[string]string{}
	clash := map[string]bool{}
	for _, a := range names {
		for _, ph := range a.phrases {
			if j := strings.Join(ph, ""); len(ph) > 1 && len(j) >= minJoinedLen && isLetters(j) {
				out[j] = ph
			}
			if len(ph) != 2 || !isLetters(ph[0]+ph[1]) || len(ph[1]) < 3 {
				continue
			}
			// "HLĩnh", "CLộc", "C.Lộc": a note-taker's name, the first
			// word's initial before the second word; a form two names
			// share is neither's.
			for _, key := range []string{ph[0][:1] + ph[1], ph[0][:1] + "." + ph[1]} {
				prev, ok := initialed[key]
				switch {
				case ok && owners[key] == a.owner:
					// (One unit's two aliases, "H. Sơn" and "Hương Sơn":
					// its name written out.)
					if len(strings.Join(ph, "")) < len(strings.Join(prev, "")) {
						continue
					}
				case !ok || slices.Equal(prev, ph):
				case len(owners[key]) <= 3 && len(a.owner) > 3:
					// (A district's name over a commune's: "CLộc" is Can
					// Lộc, not xã Cẩm Lộc, which reports nothing.)
					continue
				case len(a.owner) <= 3 && len(owners[key]) > 3:
				default:
					clash[key] = true
				}
				initialed[key], owners[key] = ph, a.owner
			}
		}
	}
	for key, ph := range initialed {
		if _, ok := out[key]; !ok && !clash[key] {
			out[key] = ph
		}
	}
	return out
}

// districtNames are the joined names of two words that some alias of the
// same unit writes after "huyện", "thị xã" or "thành phố".
func districtNames(names []alias) map[string][]string {
	kinds := [][]string{{"huyen"}, {"thi", "xa"}, {"thanh", "pho"}}
	out := map[string][]string{}
	for _, a := range names {
		for _, ph := range a.phrases {
			for _, k := range kinds {
				if len(ph) == len(k)+2 && slices.Equal(ph[:len(k)], k) {
					name := ph[len(k):]
					out[strings.Join(name, "")] = slices.Clone(name)
				}
			}
		}
	}
	return out
}

// minJoinedLen is the shortest joined name read as its words.
const minJoinedLen = 6

// periodParserWords are words the period parser compares in its code.
var periodParserWords = []string{"quy", "nam", "thang", "ngay", "truoc", "sau", "dau", "cuoi", "giua", "ngoai", "nay", "qua",
	"vua", "kia", "toi", "tiep", "theo", "hien", "gan", "nhat", "lien", "het", "tuan", "ky"}

// knownWords are the words a misspelling may be corrected to, and never
// away from: the domain's, every cue's, the period parser's.
func knownWords(lexicon map[string]bool) map[string]bool {
	known := make(map[string]bool, len(lexicon)+len(cueWords))
	for w := range lexicon {
		known[w] = true
	}
	for w := range cueWords {
		known[w] = true
	}
	for _, table := range [][][]string{latestPhrases, asOfPrefixes, rollingWindows, yearIndicators, {periodParserWords}} {
		for _, ph := range table {
			for _, w := range ph {
				known[w] = true
			}
		}
	}
	for _, b := range backCues {
		for _, w := range b.words {
			known[w] = true
		}
	}
	for w := range shortWords() {
		known[w] = true
	}
	return known
}

// shortWords are the one-word short forms Normalize writes in full that
// are long enough to be typed one letter off ("onlien" for "online"):
// corrected to, they are written in full too (Correct).
func shortWords() map[string][]string {
	out := map[string][]string{}
	for first, rules := range abbreviationIndex {
		for _, r := range rules {
			if len(r.from) == 1 && len(first) >= minSpellLen && isLetters(first) {
				out[first] = r.to
			}
		}
	}
	return out
}

// consonantCodes are the one-word short forms of three consonants
// ("dvc", "hcc").
func consonantCodes() map[string]bool {
	out := map[string]bool{}
	for first, rules := range abbreviationIndex {
		for _, r := range rules {
			if len(r.from) == 1 && len(first) == 3 && isLetters(first) && !strings.ContainsAny(first, "aeiouy") {
				out[first] = true
			}
		}
	}
	return out
}

// minSpellLen is the shortest word corrected or corrected to: shorter
// words have too many neighbours.
const minSpellLen = 4

func newSpelling(words map[string]bool) *Spelling {
	s := &Spelling{known: words, byDeletion: map[string][]string{}, short: shortWords(), nearKeys: qwertyNeighbours(), codes: consonantCodes()}
	for w := range words {
		if len(w) < minSpellLen || !isLetters(w) {
			continue
		}
		for i := range len(w) {
			d := w[:i] + w[i+1:]
			if !contains(s.byDeletion[d], w) {
				s.byDeletion[d] = append(s.byDeletion[d], w)
			}
		}
	}
	return s
}

// Correct returns the text with each correctable word replaced.
func (s *Spelling) Correct(t Text) Text {
	var out []string
	changed := false
	for i := 0; i < len(t.Tokens); i++ {
		w := t.Tokens[i]
		if i+1 < len(t.Tokens) {
			// "cang lộc", "hương khuê", "hương xơn": a name of two words,
			// one of them heard or typed a letter off; "Hương Kê", "Vũ
			// Quan", "Cẩm Xiên": two words typed as a district's name
			// (both capitalised), each known alone, a letter or two off.
			var words []string
			ok := false
			if !s.isWord(w) || !s.isWord(t.Tokens[i+1]) {
				words, ok = s.nameOneOff(w, t.Tokens[i+1])
			}
			if !ok && titleCasedPair(t.Original, w, t.Tokens[i+1]) && !s.nameAround(t.Tokens, i) && !(i > 0 && unitKindWords[t.Tokens[i-1]]) {
				// (Not after "xã", "phường", "thị trấn": a commune's name.)
				words, ok = s.nameNear(w, t.Tokens[i+1])
			}
			if ok {
				if !changed {
					out = append([]string(nil), t.Tokens[:i]...)
					changed = true
				}
				out = append(out, words...)
				i++
				continue
			}
		}
		if i+1 < len(t.Tokens) && quarterSlip(w, t.Tokens[i+1]) && !s.isWord(w) {
			// "qut 2", "qiý 1", "qyý 2": "quý" a key off, before its number.
			if !changed {
				out = append([]string(nil), t.Tokens[:i]...)
				changed = true
			}
			out = append(out, "quy")
			continue
		}
		if words, ok := s.joined[w]; ok && !s.isWord(w) && !s.slipAfter(t.Tokens, i) {
			if !changed {
				out = append([]string(nil), t.Tokens[:i]...)
				changed = true
			}
			out = append(out, words...)
			continue
		}
		if c, ok := s.word(w); ok {
			if !changed {
				out = append([]string(nil), t.Tokens[:i]...)
				changed = true
			}
			if full, short := s.short[c]; short {
				out = append(out, full...)
				continue
			}
			out = append(out, c)
		} else if words, ok := s.split(w); ok {
			// "sơmức", "baonhiêu", "đượccấp": two words typed without the
			// space between them.
			if !changed {
				out = append([]string(nil), t.Tokens[:i]...)
				changed = true
			}
			out = append(out, words...)
		} else if found := s.keyBeside(w); len(found) == 1 && !s.isWord(w) && isLetters(w) {
			// The last reading: a key beside the right one ("cing").
			if !changed {
				out = append([]string(nil), t.Tokens[:i]...)
				changed = true
			}
			out = append(out, found[0])
		} else if changed {
			out = append(out, w)
		}
	}
	if !changed {
		out = t.Tokens
	}
	if !looksLikeSQL(t.Original) {
		// Regional slips of what is still unknown: "huyệng", "sã" alone;
		// "nộc hà", "cả lước" beside their other word. (Not SQL's words:
		// "SET gia_tri".)
		if sounded, ok := s.soundAlikeWords(out); ok {
			out, changed = sounded, true
		}
		if paired, ok := s.soundAlikePairs(out); ok {
			out, changed = paired, true
		}
	}
	if !changed {
		return t
	}
	// The words corrected read again, as if typed right: "tỉ leej" is
	// "tỉ lệ", which is written "tỷ lệ" only then.
	again := Normalize(strings.Join(out, " "))
	return Text{Original: t.Original, Folded: again.Folded, Tokens: again.Tokens, NearestAsked: t.NearestAsked || again.NearestAsked}
}

// slipAfter: the word at i is a slip of a word the one before it pairs
// with ("truc tyen": "trực tuyến", not T. Yên).
func (s *Spelling) slipAfter(tokens []string, i int) bool {
	if i == 0 {
		return false
	}
	c, ok := s.word(tokens[i])
	return ok && s.pairs[tokens[i-1]+" "+c]
}

// quarterSlip: w is "quy" typed a letter off ("qut", "qiy", "qyy") and
// next is the quarter's number.
func quarterSlip(w, next string) bool {
	if len(w) != 3 || w[0] != 'q' || w == "quy" || !isLetters(w) || next == "" || next[0] < '1' || next[0] > '4' {
		return false
	}
	if len(next) > 1 && next[1] != '/' && next[1] != '-' && next[1] != '.' {
		return false
	}
	return w[1] == 'u' || w[2] == 'y'
}

// split reads an unknown word of letters as known words of two letters
// or more typed without the spaces between them ("somuc", "baonhieu",
// "dichvucong", "tylehoso"): the cut into the fewest words, when exactly
// one cut gives that few (up to five words).
func (s *Spelling) split(w string) ([]string, bool) {
	if s.isWord(w) || len(w) < 5 || len(w) > 32 || !isLetters(w) {
		return nil, false
	}
	// fewest[i]: the fewest known words w[:i] is cut into, and ways[i] how
	// many cuts give that few (2 meaning two or more).
	n := len(w)
	fewest, ways, from := make([]int, n+1), make([]int, n+1), make([]int, n+1)
	for i := 1; i <= n; i++ {
		fewest[i] = -1
		for j := max(0, i-8); j+2 <= i; j++ {
			if (j == 0 || fewest[j] > 0) && s.known[w[j:i]] {
				k := fewest[j] + 1
				switch {
				case fewest[i] < 0 || k < fewest[i]:
					fewest[i], ways[i], from[i] = k, max(ways[j], 1), j
				case k == fewest[i]:
					ways[i] = 2
				}
			}
		}
	}
	if fewest[n] < 2 || fewest[n] > 5 || ways[n] != 1 {
		return nil, false
	}
	out := make([]string, fewest[n])
	for i, k := n, fewest[n]-1; i > 0; i, k = from[i], k-1 {
		out[k] = w[from[i]:i]
	}
	return out, true
}

func (s *Spelling) word(w string) (string, bool) {
	if v, ok := s.vni(w); ok {
		return v, true
	}
	if s.isWord(w) || !isLetters(w) {
		return "", false
	}
	if len(w) == 3 && !strings.ContainsAny(w, "aeiouy") {
		// A code a key off ("dfc", "dvx"), not a tone typed after it.
		if found := s.keyBeside(w); len(found) == 1 {
			return found[0], true
		}
	}
	if t, ok := s.telex(w); ok {
		return t, true
	}
	if len(w) < minSpellLen {
		return "", false
	}
	var found []string
	add := func(c string) {
		if !contains(found, c) {
			found = append(found, c)
		}
	}
	// A letter left out: w is a known word less one letter.
	for _, c := range s.byDeletion[w] {
		add(c)
	}
	for i := range len(w) {
		d := w[:i] + w[i+1:]
		// A letter typed twice: w less the double is a known word ("nhieuu";
		// "truoc" less its "o" is "truc", and is no typo).
		if i > 0 && w[i] == w[i-1] && s.known[d] && len(d) >= minSpellLen-1 {
			// ("quuy", "trri": no Vietnamese word doubles a letter but
			// the pairs Telex types, read above.)
			add(d)
		}
		// Two letters swapped: both less the same position agree.
		for _, c := range s.byDeletion[d] {
			if len(c) == len(w) && swapped(c, w) {
				add(c)
			}
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// keyBeside are the known words w is, one letter hit on a key beside
// its own ("cing" for "cung", "bzo" for "bao", "dfc" for "dvc"): for
// words of four letters or more, or of three consonants (a code such as
// "dvc"; no Vietnamese word is one).
func (s *Spelling) keyBeside(w string) []string {
	if len(w) < minSpellLen && (len(w) != 3 || strings.ContainsAny(w, "aeiouy")) {
		return nil
	}
	var found []string
	b := []byte(w)
	for i := range b {
		orig := b[i]
		for _, k := range []byte(s.nearKeys[orig]) {
			b[i] = k
			if c := string(b); (s.known[c] || len(w) == 3 && s.codes[c]) && !contains(found, c) {
				found = append(found, c)
			}
		}
		b[i] = orig
	}
	return found
}

// qwertyNeighbours maps each letter to the letters beside it on a QWERTY
// keyboard: left and right in its row, and the two that touch it above
// and below (the rows are staggered by half a key).
func qwertyNeighbours() map[byte]string {
	rows := []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}
	out := map[byte]string{}
	at := func(r, p int) string {
		if r < 0 || r >= len(rows) || p < 0 || p >= len(rows[r]) {
			return ""
		}
		return rows[r][p : p+1]
	}
	for r, row := range rows {
		for p := range len(row) {
			// Row r's key p touches row r-1's keys p and p+1, and row
			// r+1's keys p-1 and p.
			out[row[p]] = at(r, p-1) + at(r, p+1) + at(r-1, p) + at(r-1, p+1) + at(r+1, p-1) + at(r+1, p)
		}
	}
	return out
}

// telexPairs are the letter pairs Telex types a marked vowel (or đ) with.
var telexPairs = strings.NewReplacer("aa", "a", "aw", "a", "ee", "e", "oo", "o", "ow", "o", "uw", "u", "dd", "d")

// telex reads a word typed in Telex whose marks were not composed ("tyr
// leej hof sow" for "tỷ lệ hồ sơ", "quys"): a tone letter at the end
// (s, f, r, x, j) or before the final consonants ("huyeejn") and the
// vowel pairs (and a lone "w") dropped, or a last letter typed twice
// ("locc"), when what is left is a known word.
func (s *Spelling) telex(w string) (string, bool) {
	if len(w) < 3 {
		return "", false
	}
	base := w
	if strings.IndexByte("sfrxj", w[len(w)-1]) >= 0 {
		base = w[:len(w)-1]
	} else if i := toneBeforeFinal(w); i > 0 {
		// "huyeejn": the tone typed before the final consonant.
		base = w[:i] + w[i+1:]
	}
	// A "w" left after the pairs is the "ư" of a consonant ("mwcs": mức).
	for _, c := range []string{telexPairs.Replace(base), telexPairs.Replace(w), strings.ReplaceAll(telexPairs.Replace(base), "w", "u")} {
		if c != w && len(c) >= 2 && s.known[c] {
			return c, true
		}
		if y := strings.TrimSuffix(c, "i") + "y"; c != w && strings.HasSuffix(c, "i") && len(c) >= 2 && s.known[y] {
			// "tir leej": "tỉ", which the words know as "tỷ".
			return y, true
		}
	}
	if n := len(w); w[n-1] == w[n-2] && s.known[w[:n-1]] {
		return w[:n-1], true
	}
	return "", false
}

// vni reads a word typed in VNI whose marks were not composed ("so61 ho62
// so7 tru7c5 tuye61n": số hồ sơ trực tuyến): the mark digits 1–9 dropped,
// when the word has a vowel and what is left is a known word. Not the
// words a number is typed joined to ("quy2", "muc3"), nor a code of
// consonants ("dvc3", "lv3").
func (s *Spelling) vni(w string) (string, bool) {
	letters := strings.Map(func(r rune) rune {
		if r >= '1' && r <= '9' {
			return -1
		}
		return r
	}, w)
	if letters == w || len(letters) < 2 || !isLetters(letters) || w[0] < 'a' || w[0] > 'z' ||
		!strings.ContainsAny(letters, "aeiouy") || telexNumberedWords[letters] || s.isWord(w) {
		return "", false
	}
	if s.known[letters] {
		return letters, true
	}
	if y := strings.TrimSuffix(letters, "i") + "y"; strings.HasSuffix(letters, "i") && s.known[y] {
		return y, true
	}
	return "", false
}

// toneBeforeFinal is where a word typed in Telex has its tone letter
// right after a vowel and before its final consonants ("huyeejn",
// "vieejt"), or 0.
func toneBeforeFinal(w string) int {
	for _, final := range []string{"ng", "nh", "ch", "n", "c", "t", "p", "m"} {
		i := len(w) - len(final) - 1
		if i > 1 && strings.HasSuffix(w, final) && strings.IndexByte("sfrxj", w[i]) >= 0 && strings.IndexByte("aeiouyw", w[i-1]) >= 0 {
			return i
		}
	}
	return 0
}

// swapped: a and b differ by two adjacent letters exchanged.
func swapped(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// fromVNI drops the digits a VNI keyboard leaves for the marks when the
// phone's input method is off ("ty3 le65 ho62 so7", "qu1y 2", "d9a2o
// ta5o"): a run of one or two of 1–9 right after a vowel, or 9 after d
// (đ). The marks themselves are folded anyway. A number a word asks
// ("quy2", "ky1": quý 2, kỳ 1) and digits after a consonant ("muc3",
// "q2", "t5", "nd61") are kept.
func fromVNI(s string) string {
	if !strings.ContainsAny(s, "123456789") {
		return s
	}
	return rewriteWords(s, vniOf)
}

// vniOf is vniWord of a word with a digit 1–9 right after a letter (what
// VNI leaves); most words have none, and are not read again.
func vniOf(w string) (string, bool) {
	for k := 1; k < len(w); k++ {
		if w[k] >= '1' && w[k] <= '9' && !isDigit(w[k-1]) {
			return vniWord(w)
		}
	}
	return "", false
}

// vniWord is w without its VNI marks, when it is a word typed so. Its
// letters are read folded ("ộ1", "đ9": a vowel, a d), so that what is
// left reads the same again.
func vniWord(w string) (string, bool) {
	var b strings.Builder // written only once a digit is dropped
	stripped := false
	prev := byte(0)
	for k := 0; k < len(w); {
		r, size := utf8.DecodeRuneInString(w[k:])
		if r < '1' || r > '9' {
			if stripped {
				b.WriteString(w[k : k+size])
			}
			switch {
			case r == '0':
				prev = 0
			case r < utf8.RuneSelf:
				prev = lowerASCII(byte(r))
			case !unicode.IsMark(r):
				prev = 0
				if f := Fold(string(r)); len(f) == 1 {
					prev = f[0]
				}
			}
			k += size
			continue
		}
		n := k
		for n < len(w) && isDigit(w[n]) {
			n++
		}
		if n-k > 2 || strings.Contains(w[k:n], "0") || !(strings.IndexByte("aeiouy", prev) >= 0 || prev == 'd' && r == '9') ||
			n == len(w) && numberAsked[Fold(w[:k])] {
			// A number, or one after a consonant ("muc3", "q2", "2019"),
			// or one a word asks ("quy2": quý 2; "DA1", "FY18"): kept.
			if stripped {
				b.WriteString(w[k:n])
			}
			prev = 0
			k = n
			continue
		}
		if !stripped {
			b.Grow(len(w))
			b.WriteString(w[:k])
			stripped = true
		}
		k = n
	}
	return b.String(), stripped
}

// numberAsked are words a number typed right after means ("quy2", "ky1").
var numberAsked = map[string]bool{"quy": true, "qui": true, "ky": true, "ngay": true, "lan": true, "da": true, "fy": true, "thu": true}
