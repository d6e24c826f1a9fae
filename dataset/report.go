package dataset

import (
	"fmt"
	"strings"
)

// Report says what an import did, or with DryRun would do, sheet by sheet.
type Report struct {
	DryRun bool
	Sheets []SheetReport
}

// SheetReport counts the rows of one sheet by outcome and lists the
// additions and changes.
type SheetReport struct {
	Sheet     string
	Added     int
	Changed   int
	Unchanged int
	Changes   []Change
}

// ChangeKind says whether a row adds something or changes it.
type ChangeKind string

// Change kinds.
const (
	Added   ChangeKind = "added"
	Changed ChangeKind = "changed"
)

// Change is one row that adds or changes something: Key names it
// ("hstt · 42 · năm 2018"), Before and After show what differs (Before is
// empty for an addition).
type Change struct {
	Line   int
	Kind   ChangeKind
	Key    string
	Before string
	After  string
}

// HasChanges reports whether the import adds or changes anything.
func (r Report) HasChanges() bool {
	for _, s := range r.Sheets {
		if s.Added > 0 || s.Changed > 0 {
			return true
		}
	}
	return false
}

// Rows is the number of rows a sheet of the file had (0 when none).
func (r Report) Rows(sheet string) int {
	s := r.Sheet(sheet)
	return s.Added + s.Changed + s.Unchanged
}

// Added and Changed count the rows that add or change something, all sheets together.
func (r Report) Added() int {
	n := 0
	for _, s := range r.Sheets {
		n += s.Added
	}
	return n
}

func (r Report) Changed() int {
	n := 0
	for _, s := range r.Sheets {
		n += s.Changed
	}
	return n
}

// Sheet returns the report of one sheet (zero when the file had none).
func (r Report) Sheet(name string) SheetReport {
	for _, s := range r.Sheets {
		if s.Sheet == name {
			return s
		}
	}
	return SheetReport{Sheet: name}
}

// Summary is the report in Vietnamese: a head line, then per sheet the
// counts and up to maxLines additions and changes (0: none listed, -1: all).
func (r Report) Summary(maxLines int) string {
	var b strings.Builder
	switch {
	case r.DryRun && r.HasChanges():
		b.WriteString(msgDryRunHead)
	case r.DryRun:
		b.WriteString(msgDryRunNoChange)
	case r.HasChanges():
		b.WriteString(msgAppliedHead)
	default:
		b.WriteString(msgAppliedNoChange)
	}
	for _, s := range r.Sheets {
		fmt.Fprintf(&b, "\n"+msgSheetCounts, s.Sheet, s.Added, s.Changed, s.Unchanged)
		for i, c := range s.Changes {
			if i == maxLines {
				fmt.Fprintf(&b, "\n  "+msgMoreChanges, len(s.Changes)-i)
				break
			}
			if c.Kind == Added {
				fmt.Fprintf(&b, "\n  + %s: %s", c.Key, c.After)
			} else {
				fmt.Fprintf(&b, "\n  ~ %s: %s → %s", c.Key, c.Before, c.After)
			}
		}
	}
	return b.String()
}

// sheetReport is the report being built for one sheet.
func (r *Report) sheet(name string) *SheetReport {
	for i := range r.Sheets {
		if r.Sheets[i].Sheet == name {
			return &r.Sheets[i]
		}
	}
	r.Sheets = append(r.Sheets, SheetReport{Sheet: name})
	return &r.Sheets[len(r.Sheets)-1]
}

func (s *SheetReport) added(line int, key, after string) {
	s.Added++
	s.Changes = append(s.Changes, Change{Line: line, Kind: Added, Key: key, After: after})
}

func (s *SheetReport) changed(line int, key string, d diff) {
	s.Changed++
	s.Changes = append(s.Changes, Change{Line: line, Kind: Changed, Key: key, Before: strings.Join(d.before, "; "),
		After: strings.Join(d.after, "; ")})
}

// diff collects the fields of a row that differ from what is stored.
type diff struct {
	before, after []string
}

// field records a difference in a field; empty values show as "(trống)".
func (d *diff) field(name, before, after string) {
	if before == after {
		return
	}
	d.before = append(d.before, name+"="+shown(before))
	d.after = append(d.after, name+"="+shown(after))
}

func (d *diff) empty() bool { return len(d.before) == 0 }

func shown(s string) string {
	if s == "" {
		return msgEmptyCell
	}
	return "«" + clip(s) + "»"
}
