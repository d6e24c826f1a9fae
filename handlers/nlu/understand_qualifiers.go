package nlu

// Words beside a figure's name that say which figure it is, or which
// units it is of: a qualifier its name does not hold, a level only
// included, a word of another figure's name.

import "strings"

// qualifiedBeyondName: the words right after the indicator's match, or
// between its pieces, say a state of the thing counted that its full name
// does not ("tỷ lệ hồ sơ | giải quyết đúng hạn", "tỷ lệ | thanh toán phí
// | trực tuyến"): another figure, which the catalog does not have.
func (q *question) qualifiedBeyondName(m termMatch) bool {
	name := q.v.indicatorWords[m.alias.owner]
	if name == nil {
		return false
	}
	from, end := len(q.tokens), 0
	for _, sp := range m.spans {
		from, end = min(from, sp.from), max(end, sp.to)
	}
	for _, qual := range stateQualifiers {
		// Right after the name, or between its pieces ("tỷ lệ | thanh
		// toán phí | trực tuyến").
		at := wordsIndex(q.tokens[from:], qual)
		if at < 0 || from+at > end+2 || m.covers(from+at) {
			continue
		}
		for _, w := range qual {
			if !name[w] {
				return true
			}
		}
	}
	return false
}

// acrossAnd: the match is in pieces with a "và" between them, and the
// pieces on one side are measure words only ("số hồ sơ trực tuyến | và |
// tỷ lệ"): the count and a rate, two figures, not one.
func (q *question) acrossAnd(m termMatch) bool {
	if len(m.spans) < 2 {
		return false
	}
	for i, tok := range q.tokens {
		if tok != "va" && !(tok == "lai" && i > 0 && q.tokens[i-1] == "cong") {
			// ("cộng lại" is also the "+" of "hstt + tl": a list.)
			continue
		}
		var before, after []span
		for k, sp := range m.spans {
			if sp.to <= i {
				before = append(before, sp)
			} else if sp.from > i {
				after = append(after, sp)
			}
			_ = k
		}
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		if q.measureOnly(before) || q.measureOnly(after) {
			return true
		}
		if at := before[0].from - 1; at >= 0 && q.tokens[at] == "so" && runAt(q.tokens, i+1, []string{"ty", "le"}) {
			// "số hồ sơ và tỷ lệ trực tuyến": a count, then a rate, each
			// of the words both share.
			return true
		}
	}
	return false
}

func (q *question) measureOnly(spans []span) bool {
	for _, sp := range spans {
		if !measureWords[strings.Join(q.tokens[sp.from:sp.to], " ")] {
			return false
		}
	}
	return true
}

// levelIncluded: the level's words follow "kể cả", "bao gồm", "tính cả"
// ("kể cả các sở"): the units asked include it, not only it.
func (q *question) levelIncluded(sp span) bool {
	at := sp.from
	if at > 0 && q.tokens[at-1] == "cac" {
		at--
	}
	if sp.to+1 < len(q.tokens) && (q.tokens[sp.to] == "va" || q.tokens[sp.to] == "voi" || q.tokens[sp.to] == "cung" || q.tokens[sp.to] == "lan") &&
		(listNouns[q.tokens[sp.to+1]] || q.tokens[sp.to+1] == "cap" || q.tokens[sp.to+1] == "cac" || q.tokens[sp.to+1] == "dia") {
		// "cả sở và huyện", "tính cả sở ngành với huyện", "cả sở lẫn địa
		// phương": both levels, not every unit with one of them.
		return false
	}
	if at > 0 && q.tokens[at-1] == "cac" && at > 1 {
		// "tính cả các sở": the cue before "các".
		for _, c := range inclusionCues {
			if runAt(q.tokens, at-1-len(c), c) {
				q.take(span{at - 1 - len(c), at})
				return true
			}
		}
	}
	for _, c := range inclusionCues {
		if runAt(q.tokens, at-len(c), c) {
			q.take(span{at - len(c), at})
			return true
		}
	}
	if at > 0 && q.tokens[at-1] == "ca" && (q.has("don vi nao") || q.has("dia phuong nao")) {
		// "đơn vị nào tỷ lệ cao nhất, cả sở ngành": every unit, the
		// agencies among them.
		q.take(span{at - 1, at})
		return true
	}
	return false
}

// agencyIncluded: "sở" stands only after "kể cả" ("kể cả các sở").
func (q *question) agencyIncluded() bool {
	found := false
	for i, t := range q.tokens {
		if t != "so" || i > 0 && q.tokens[i-1] == "ho" {
			continue // "hồ sơ"
		}
		if !q.levelIncluded(span{i, i + 1}) {
			return false
		}
		found = true
	}
	return found
}

// contentSize is how many words of an alias are not question words
// ("bao nhiêu hồ sơ": two).
func contentSize(a *alias) int {
	n := 0
	for _, ph := range a.phrases {
		for _, w := range ph {
			if !fillers[w] {
				n++
			}
		}
	}
	return n
}

// distinguishingWords are the words nothing explained that may tell one
// figure from another: no question words, but "nhận" (received), which
// is one, unless it is the "nhân" of "ủy ban nhân dân".
func (q *question) distinguishingWords() []string {
	var out []string
	for i, tok := range q.tokens {
		switch {
		case q.taken[i] || isNumber(tok):
		case tok == "nhan" && !(i > 0 && q.tokens[i-1] == "ban") && !(i+1 < len(q.tokens) && q.tokens[i+1] == "dan"):
			out = append(out, tok)
		case !fillers[tok]:
			out = append(out, tok)
		}
	}
	return out
}

// startsUntaken: a phrase of the list occurs whose first word nothing
// explained ("máy tính": "tính" may have been read as the province).
func (q *question) startsUntaken(list [][]string) bool {
	for _, p := range list {
		for i := 0; i+len(p) <= len(q.tokens); i++ {
			if runAt(q.tokens, i, p) && !q.taken[i] {
				return true
			}
		}
	}
	return false
}
