package nlu

// Cue phrases looked up in a question, their words marked explained.

import "strings"

func (q *question) has(phrase string) bool {
	// As at(strings.Fields(phrase)), without splitting the phrase: cues
	// are looked up many times a question.
	first, rest, _ := strings.Cut(phrase, " ")
	q.index()
	for _, i := range q.positions[first] {
		j, r, ok := i+1, rest, true
		for r != "" {
			var w string
			w, r, _ = strings.Cut(r, " ")
			if j >= len(q.tokens) || q.tokens[j] != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			q.take(span{i, j})
			return true
		}
	}
	return false
}

// index notes where each word occurs, once a question.
func (q *question) index() {
	if q.positions == nil {
		q.positions = make(map[string][]int, len(q.tokens))
		for i, t := range q.tokens {
			q.positions[t] = append(q.positions[t], i)
		}
	}
}

// at finds a cue phrase and marks its words as explained.
func (q *question) at(words []string) int {
	if len(words) == 0 {
		return -1
	}
	// Where each word occurs: a cue is looked for only where its first
	// word is, not at every token (hundreds of cues a question).
	q.index()
	first := -1
	for _, i := range q.positions[words[0]] {
		if runAt(q.tokens, i, words) {
			// Every time it is said ("các dự án NQ 22, dự án nào …"), the
			// cue explains its words.
			for k := i; k < i+len(words); k++ {
				q.taken[k] = true
			}
			if first < 0 {
				first = i
			}
		}
	}
	return first
}

// firstAt is where the first of the phrases found is, or -1.
func (q *question) firstAt(list [][]string) int {
	for _, p := range list {
		if at := q.at(p); at >= 0 {
			return at
		}
	}
	return -1
}

func (q *question) any(list [][]string) bool {
	found := false
	if ix, ok := indexOf(list); ok {
		// Only the phrases whose first word the question has (each is
		// marked, as below).
		for i, id := range ix.firstID {
			if q.hasCueWord(id) && q.at(list[i]) >= 0 {
				found = true
			}
		}
		return found
	}
	for _, p := range list {
		if q.at(p) >= 0 {
			found = true
		}
	}
	return found
}

// levelNounBefore: after these "cấp" is no grant but a level ("mỗi cấp
// bao nhiêu", "cả hai cấp") or a service provided ("cung cấp bao nhiêu").
var levelNounBefore = map[string]bool{"cung": true, "moi": true, "tung": true, "cac": true, "hai": true, "2": true,
	"ba": true, "3": true, "ca": true}

// money reports whether a money cue occurs, marking its words: "được cấp
// bao nhiêu" speaks of money, "cung cấp bao nhiêu dịch vụ" does not.
func (q *question) money() bool {
	return q.anyBut(moneyCues, func(c []string, i int) bool {
		if len(c) == 2 && c[0] == "bo" && c[1] == "tri" && i+2 < len(q.tokens) && arrangedThings[q.tokens[i+2]] {
			// "đã bố trí chuyên mục riêng cho DVC": arranged, not paid.
			return true
		}
		if len(c) == 1 && c[0] == "tien" && (i > 0 && (q.tokens[i-1] == "uu" || q.tokens[i-1] == "dau") || i+1 < len(q.tokens) && q.tokens[i+1] == "do") {
			// "ưu tiên", "đầu tiên": first; "tiến độ": progress; not money.
			return true
		}
		return c[0] == "cap" && i > 0 && levelNounBefore[q.tokens[i-1]]
	})
}

// arrangedThings follow "bố trí" when it arranges, not pays for.
var arrangedThings = setOf("chuyen", "can", "nhan", "phong", "may", "cho", "trang", "dia")

// projectMoney: a project's money asked ("… lồng ghép", "… được bao
// nhiêu"), not a count an indicator names right after ("tổ chức được mấy
// lớp tập huấn").
func (q *question) projectMoney() bool {
	return q.anyBut(projectMoneyCues, func(c []string, i int) bool {
		end := i + len(c)
		asks := c[len(c)-1] == "may" || c[len(c)-1] == "nhieu"
		return asks && end < len(q.tokens) && q.indicatorTaken != nil && q.indicatorTaken[end]
	})
}

// anyBut is any, less the places where not says a cue is something else:
// each cue found marks its words, at its first place that not leaves.
// Cues are looked for only where their first word is.
func (q *question) anyBut(list [][]string, not func(c []string, i int) bool) bool {
	found := false
	q.index()
	for _, c := range list {
		for _, i := range q.positions[c[0]] {
			if runAt(q.tokens, i, c) && !not(c, i) {
				q.take(span{i, i + len(c)})
				found = true
				break
			}
		}
	}
	return found
}

// takeOwnWordsAfter explains the words right after (or just before) an
// indicator's match that its full name holds ("bao nhiêu hồ sơ"
// matched, "trực tuyến" after it): words of the figure named, not left
// over.
func (q *question) takeOwnWordsAfter(m termMatch) {
	end := 0
	for _, sp := range m.spans {
		end = max(end, sp.to)
	}
	own := q.v.indicatorWords[m.alias.owner]
	for i := end; i < len(q.tokens) && i < end+3 && own[q.tokens[i]] && !q.taken[i] && !q.periodTaken[i]; i++ {
		q.taken[i] = true
	}
	start := len(q.tokens)
	for _, sp := range m.spans {
		start = min(start, sp.from)
	}
	for i := start - 1; i >= 0 && i >= start-2 && own[q.tokens[i]] && !q.taken[i] && !q.periodTaken[i]; i-- {
		q.taken[i] = true // "tỷ lệ" before "hồ sơ trực tuyến", of its name
	}
}

func (q *question) take(sp span) {
	for i := sp.from; i < sp.to; i++ {
		q.taken[i] = true
	}
}

// asksWhoIs asks who a person is ("ai là giám đốc sở"), which no figure
// answers; not who leads a project ("ai là cơ quan chủ trì"), which its
// line says.
func (q *question) asksWhoIs() bool { return q.has("ai la") && !q.has("chu tri") }

// asksOfLeader: a leader named as the one asked about, not as the one who
// needs the figure (a word of needing within ten words after: "chủ tịch
// huyện cần", "Chủ tịch UBND huyện cần").
func (q *question) asksOfLeader() bool {
	for _, l := range leaders {
		for i := 0; i+len(l) <= len(q.tokens); i++ {
			if !runAt(q.tokens, i, l) || i > 0 && leaderHeld[q.tokens[i-1]] {
				// ("ông từng làm chủ tịch Hương Sơn", "nguyên bí thư":
				// a post someone held, not whom the question asks of.)
				continue
			}
			needs := false
			// (Past the organ's name: "Chủ tịch UBND huyện cần"; past
			// what the leader does: "Chủ tịch chiều nay làm việc với
			// Hương Khê, cần …".)
			for k := i + len(l); k < len(q.tokens) && k < i+len(l)+10; k++ {
				if leaderNeeds[q.tokens[k]] {
					needs = true
				}
			}
			if !needs {
				return true
			}
		}
	}
	return false
}

// doneAskedAfterTold: the late reports are what the asker was told, and
// those done what is asked ("… các sở còn chậm gửi báo cáo quý, vậy quý
// 2/2019 những sở nào đã nộp rồi"): a "vậy" after the last cue of lateness,
// then "đã nộp", "đã gửi".
func (q *question) doneAskedAfterTold() bool {
	late := -1
	for _, c := range missingCues {
		for i := range q.tokens {
			if runAt(q.tokens, i, c) {
				late = max(late, i)
			}
		}
	}
	turn := -1
	for i := late + 1; late >= 0 && i < len(q.tokens); i++ {
		if q.tokens[i] == "vay" {
			turn = i
			break
		}
	}
	for i := turn + 1; turn >= 0 && i+1 < len(q.tokens); i++ {
		if q.tokens[i] == "da" && (q.tokens[i+1] == "nop" || q.tokens[i+1] == "gui") {
			return true
		}
	}
	return false
}
