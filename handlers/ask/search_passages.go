package ask

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// The sources' own text in the search: a figure's sentence shown as the
// passage that holds it, quotes that say the same shown once, and the
// numbers a question names.

// showPassages makes a figure's or target's sentence show as the passage
// of its source that holds it: a quote is then the whole sentence, the
// same as the passage's, and two figures of one sentence are one quote.
// The sentence is still what the text is found by (its Folded).
func showPassages(docs []queries.SearchDoc, passages []queries.Passage) {
	bySource := passagesBySource(passages)
	for i, d := range docs {
		if d.Kind != "value" && d.Kind != "target" {
			continue
		}
		docs[i].Text = wholeSentence(bySource, d.Source, d.Text)
	}
}

// passagesBySource groups passages by their source's citation.
func passagesBySource(passages []queries.Passage) map[string][]queries.Passage {
	bySource := map[string][]queries.Passage{}
	for _, p := range passages {
		c := sourceCitation(p.SourceCode, p.SourceIssuedOn)
		bySource[c] = append(bySource[c], p)
	}
	return bySource
}

// wholeSentence is the passage of the source that holds a stored
// sentence, or the sentence when none does.
func wholeSentence(bySource map[string][]queries.Passage, citation, text string) string {
	for _, p := range bySource[citation] {
		if len(p.Text) > len(text) && strings.Contains(p.Text, text) {
			return p.Text
		}
	}
	return text
}

// distinctQuotes are up to n texts of the hits, best first, each quoted
// once: of two texts of one source where one holds the other (a figure's
// sentence that spans two passages, and one of them), the longer, at the
// place of the better.
func distinctQuotes(hits []queries.SearchDoc, n int) []queries.SearchDoc {
	var out []queries.SearchDoc
	for _, h := range hits {
		if h.Kind == "project" || h.Text == "" {
			continue
		}
		merged := -1
		for i, q := range out {
			if q.Source == h.Source && overlaps(q.Text, h.Text) {
				merged = i
				break
			}
		}
		switch {
		case merged < 0:
			if len(out) == n {
				return out
			}
			out = append(out, h)
		case len(h.Text) > len(out[merged].Text):
			out[merged].Text = h.Text
			// The longer text may hold another quote picked before.
			for i := len(out) - 1; i >= 0; i-- {
				if i != merged && out[i].Source == h.Source && strings.Contains(h.Text, out[i].Text) {
					out = append(out[:i], out[i+1:]...)
					if i < merged {
						merged--
					}
				}
			}
		}
	}
	return out
}

// overlaps: one text holds the other.
func overlaps(a, b string) bool { return strings.Contains(a, b) || strings.Contains(b, a) }

// askedNumbers are the numbers a question names: the years of its periods
// ("quý I/2019" asks about a text that says 2019) and the numbers of its
// words ("750 thủ tục"; not one digit, as in "mức 3").
func askedNumbers(p nlu.Parse) []string {
	var out []string
	add := func(n string) {
		if len(n) >= 2 && strings.Trim(n, "0123456789") == "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	for _, per := range p.Periods {
		for _, date := range []string{per.Start, per.End} {
			if len(date) >= 4 {
				add(date[:4])
			}
		}
	}
	for _, t := range p.Leftover {
		add(t)
	}
	return out
}

// phraseIndex is where a phrase stands in a folded text (padded with
// spaces), or -1; a number also between the marks of a date or a figure
// ("1/2019", "2.450").
func phraseIndex(folded, p string) int {
	if at := strings.Index(folded, " "+p+" "); at >= 0 || strings.Trim(p, "0123456789") != "" {
		return at
	}
	for from := 0; ; {
		i := strings.Index(folded[from:], p)
		if i < 0 {
			return -1
		}
		i += from
		if j := i + len(p); !isWordByte(folded[i-1]) && (j == len(folded) || !isWordByte(folded[j])) {
			return i - 1
		}
		from = i + 1
	}
}

// isWordByte: a byte of a folded word (a–z, 0–9).
func isWordByte(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' }

// headedText is a passage as it is found and quoted: a heading ("V. Đề
// xuất, kiến nghị:", "IV. Một số giải pháp trong thời gian tới") says
// nothing by itself, so it goes with the passages that follow it, up to
// the first that is no heading ("- Ưu tiên bố trí kinh phí …"). A
// passage the next one gives the reason of ("… giảm 0,07 điểm." then "Lý
// do: …") goes with its reason: asked why, that is the answer.
func headedText(passages []queries.Passage, i int) string {
	text := passages[i].Text
	j := i
	for ; j < i+maxHeadings && isHeading(passages[j].Text) && follows(passages, i, j+1); j++ {
		text += " " + passages[j+1].Text
	}
	if j > i && slices.ContainsFunc(passages[i:j], func(p queries.Passage) bool { return namesReasons(p.Text) }) {
		// "Nguyên nhân:", "3. Một số hạn chế, nguyên nhân: a) Trong …:"
		// head a list of reasons, each a sentence or more: asked why, the
		// list is the answer, up to the next section.
		for k := j + 1; k <= j+maxReasons && follows(passages, i, k) && !opensSection(passages[k].Text); k++ {
			text += " " + passages[k].Text
		}
		return text
	}
	if follows(passages, i, j+1) && strings.HasPrefix(passages[j+1].Text, reasonMark) {
		text += " " + passages[j+1].Text
	}
	return text
}

// refersBack: a passage that opens by pointing at the one before ("Sau
// đó", "Do đó", "Theo đó", "Vì vậy", "Cụ thể"), whose topic it does not
// repeat ("Tuy nhiên" opens a contrast that names its own).
func refersBack(text string) bool {
	f := nlu.Normalize(text).Tokens
	for _, opener := range backOpeners {
		if len(f) > len(opener) && slices.Equal(f[:len(opener)], opener) {
			return true
		}
	}
	return false
}

var backOpeners = [][]string{{"sau", "do"}, {"do", "do"}, {"theo", "do"}, {"vi", "vay"}, {"cu", "the"}}

// reasonMark opens a passage that gives the reason of the one before.
const reasonMark = "Lý do"

// follows: passage k is the one after passage k-1, in passage i's source.
func follows(passages []queries.Passage, i, k int) bool {
	return k < len(passages) && passages[k].SourceCode == passages[i].SourceCode && passages[k].Seq == passages[k-1].Seq+1
}

// namesReasons: a heading that announces reasons ("Nguyên nhân:", "3.
// Một số hạn chế, nguyên nhân:").
func namesReasons(heading string) bool {
	f := nlu.Normalize(heading).Folded
	return strings.HasSuffix(f, "nguyen nhan") || strings.HasSuffix(f, "ly do")
}

// opensSection: a passage that starts a new part ("b) Trong …", "B. Nghị
// quyết …", "II. …") or announces one.
func opensSection(text string) bool {
	return isHeading(text) || partMark.MatchString(text)
}

// partMark opens a part of the text, whatever its case: "B. ", "b) ".
var partMark = regexp.MustCompile(`^([IVX]+|[0-9]+|[A-Za-zĐđ])[.)] `)

// maxReasons bounds the passages a list of reasons joins.
const maxReasons = 6

// maxHeadings bounds the headings in a row joined to what follows them.
const maxHeadings = 3

// sectionMark opens a numbered heading: "IV. ", "2. ", "b) ".
var sectionMark = regexp.MustCompile(`^([IVX]+|[0-9]+|[a-zđ])[.)] `)

// isHeading: a short passage that announces what follows: it ends with a
// colon, or is numbered and ends with no full stop.
func isHeading(text string) bool {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) > maxHeadingRunes {
		return false
	}
	return strings.HasSuffix(text, ":") || sectionMark.MatchString(text) && !strings.HasSuffix(text, ".")
}

// maxHeadingRunes: a longer passage says something of its own.
const maxHeadingRunes = 160
