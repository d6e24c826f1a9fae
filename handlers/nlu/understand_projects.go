package nlu

import "slices"

// A project named by its number in the resolution's list.

// countedAfterNumber are words that make the number before them a
// quantity.
var countedAfterNumber = setOf("nam", "thang", "quy", "ty", "trieu", "dong", "nguoi", "lan")

// numberedProjects are the projects a question names by their numbers in
// the resolution's list ("dự án số 8", "dự án thứ 4", "DA 8", "DA 2, DA 6
// với DA 9").
func (q *question) numberedProjects() []string {
	var out []string
	appendix := q.has("phu luc")
	for i := 0; i+1 < len(q.tokens); i++ {
		j := i + 2
		switch {
		case i+2 < len(q.tokens) && q.tokens[i] == "du" && q.tokens[i+1] == "an":
		case appendix && (q.tokens[i] == "muc" || q.tokens[i] == "dong" || q.tokens[i] == "stt") && isDigits(q.tokens[i+1]):
			// "mục 13 phụ lục", "dòng 5 của phụ lục", "STT 2 phụ lục": a
			// line of the appendix's list of projects.
			j = i + 1
		default:
			continue
		}
		if t := q.tokens[j]; (t == "so" || t == "thu" || t == "stt") && j+1 < len(q.tokens) {
			j++
		}
		n := q.tokens[j]
		if j+1 < len(q.tokens) && countedAfterNumber[q.tokens[j+1]] && !q.periodTaken[j+1] {
			// "dự án 3 năm": a length, not a number in the list.
			continue
		}
		found := false
		for _, a := range q.v.projects {
			if a.owner == n && !q.periodTaken[j] {
				q.take(span{i, j + 1})
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
				found = true
				break
			}
		}
		if !found && j > i+2 && isDigits(n) && !q.periodTaken[j] {
			// "dự án số 15" of a list of 13: no project, and no total
			// stands for it.
			q.noSuchProject = true
		}
	}
	return out
}

// projectNumbered: "dự án" is followed by a project's number ("… bao
// nhiêu (DA1)", "số dự án 8"): that project, not a count of projects.
func (q *question) projectNumbered() bool {
	for i := 0; i+2 < len(q.tokens); i++ {
		if q.tokens[i] == "du" && q.tokens[i+1] == "an" && isDigits(q.tokens[i+2]) && !q.periodTaken[i+2] {
			return true
		}
	}
	return false
}

// placedOn: a phrase of the project match begins right after "trên"
// (on): the place something else sits, not the project asked.
func (q *question) placedOn(m termMatch) bool {
	for _, sp := range m.spans {
		if sp.from > 0 && q.tokens[sp.from-1] == "tren" {
			return true
		}
	}
	return false
}

// PointsAtOneProject: the words point at one project without naming it
// ("dự án ấy", "dự án đó", "dự án này").
func PointsAtOneProject(words []string) bool {
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "du" || words[i+1] != "an" {
			continue
		}
		switch words[i+2] {
		case "ay", "nay", "kia":
			return true
		case "do":
			// "dự án đó được cấp …", not "dự án do Sở Nội vụ chủ trì".
			return i+3 == len(words) || slices.Contains([]string{"duoc", "de", "co", "thi", "la", "bao", "?"}, words[i+3])
		}
	}
	return false
}
