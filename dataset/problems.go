package dataset

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a file: where (sheet, line as the
// spreadsheet numbers it, column) and why, in Vietnamese.
type Problem struct {
	Sheet  string
	Line   int    // 0: the sheet or file as a whole
	Column string // "": the whole row
	Reason string
}

func (p Problem) String() string {
	var b strings.Builder
	if p.Sheet != "" {
		fmt.Fprintf(&b, msgWhereSheet, p.Sheet)
	}
	if p.Line > 0 {
		fmt.Fprintf(&b, msgWhereLine, p.Line)
	}
	if p.Column != "" {
		fmt.Fprintf(&b, msgWhereColumn, p.Column)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(p.Reason)
	return b.String()
}

// Problems is what makes an import refuse a file: nothing is written. Its
// text is Vietnamese, one problem a line, the first maxShownProblems only.
type Problems []Problem

// maxShownProblems bounds the lines of Problems.Error (a chat message must fit).
const maxShownProblems = 20

func (ps Problems) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, msgProblemsHead, len(ps))
	for i, p := range ps {
		if i == maxShownProblems {
			fmt.Fprintf(&b, "\n"+msgMoreProblems, len(ps)-i)
			break
		}
		b.WriteString("\n- ")
		b.WriteString(p.String())
	}
	return b.String()
}

// problemList collects problems in the order of the sheets of the
// contract, then of lines.
type problemList struct {
	list  Problems
	order map[string]int
}

func (pl *problemList) add(sheet string, line int, column, reason string) {
	pl.list = append(pl.list, Problem{Sheet: sheet, Line: line, Column: column, Reason: reason})
}

func (pl *problemList) sorted() Problems {
	out := append(Problems(nil), pl.list...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Sheet != b.Sheet {
			return pl.order[a.Sheet] < pl.order[b.Sheet]
		}
		return a.Line < b.Line
	})
	return out
}
