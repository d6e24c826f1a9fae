package dataset

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

// Options control an import.
type Options struct {
	DryRun  bool      // plan and report only; write nothing
	Now     time.Time // when the figures are recorded (zero: time.Now())
	ActorID int64     // the person importing (a chat admin), 0 from the command line
	Label   string    // what was imported (a file name), for the audit trail

	// OnlyUnitID, when set, reads only the so_lieu sheet (a clerk's filled
	// template: its catalog sheets are left alone) and accepts figures of
	// that unit only; a row of another unit is a problem.
	OnlyUnitID int64
}

// Import loads a workbook into the database: sources, indicators, forms,
// units, figures, targets, projects, each sheet checked against what the
// database holds and what earlier sheets add. Nothing is written when any
// row is wrong: the error is then Problems, naming every wrong row in
// Vietnamese. Otherwise everything is written in one transaction (none
// with DryRun), and the report says, per sheet, what was added, changed
// (before → after) and left as it was. Importing the same file twice
// changes nothing; a changed figure supersedes the stored one, which stays
// as history.
func Import(ctx context.Context, s *queries.Store, wb *Workbook, opt Options) (Report, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	rep := Report{DryRun: opt.DryRun}
	var plan *importer
	err := s.Tx(ctx, func(tx *queries.Store) error {
		var err error
		plan, err = newImporter(ctx, tx, wb, opt)
		if err != nil {
			return err
		}
		plan.plan()
		if probs := plan.probs.sorted(); len(probs) > 0 {
			return probs
		}
		rep.Sheets = plan.rep.Sheets
		if opt.DryRun || !rep.HasChanges() {
			return errNothingToWrite
		}
		return plan.apply(ctx)
	})
	switch {
	case errors.Is(err, errNothingToWrite):
		return rep, nil
	case err != nil:
		return Report{DryRun: opt.DryRun}, err
	}
	return rep, nil
}

// errNothingToWrite ends the transaction of a plan that writes nothing (a
// dry run, or a file that changes nothing) without committing.
var errNothingToWrite = errors.New("dataset: dry run")

// importer plans an import sheet by sheet, then applies the plan.
type importer struct {
	s      *queries.Store
	opt    Options
	st     *state
	probs  *problemList
	rep    Report
	sheets map[string]*Sheet
	specs  []sheetSpec

	periods    periodCache
	unitCache  map[[2]string]*unit
	newValues  []plannedValue
	newTargets []plannedTarget
}

func newImporter(ctx context.Context, s *queries.Store, wb *Workbook, opt Options) (*importer, error) {
	imp := &importer{s: s, opt: opt, probs: &problemList{order: map[string]int{}}, sheets: map[string]*Sheet{}, specs: sheetSpecs(),
		periods: periodCache{}, unitCache: map[[2]string]*unit{}}
	for i, sp := range imp.specs {
		imp.probs.order[sp.name] = i + 1
	}
	imp.checkSheets(wb)
	if opt.OnlyUnitID != 0 {
		for name := range imp.sheets {
			if name != sheetValues {
				delete(imp.sheets, name)
			}
		}
	}
	_, figures := imp.sheets[sheetValues]
	_, targets := imp.sheets[sheetTargets]
	st, err := loadState(ctx, s, figures || targets)
	if err != nil {
		return nil, err
	}
	if _, text := imp.sheets[sheetPassages]; text {
		if err := st.loadPassages(ctx, s); err != nil {
			return nil, err
		}
	}
	imp.st = st
	return imp, nil
}

// checkSheets keeps the sheets of the contract whose headers are right,
// and records a problem for every other sheet, missing column, unknown
// column and column written twice.
func (imp *importer) checkSheets(wb *Workbook) {
	known := map[string]sheetSpec{}
	names := ""
	for _, sp := range imp.specs {
		known[sp.name] = sp
		if names != "" {
			names += ", "
		}
		names += sp.name
	}
	for _, sh := range wb.Sheets {
		if sh.Name == sheetGuide || sh.Name == sheetLists {
			continue
		}
		sp, ok := known[sh.Name]
		if !ok {
			imp.probs.add(sh.Name, 0, "", fmt.Sprintf(msgUnknownSheet, sh.Name, names))
			continue
		}
		if _, dup := imp.sheets[sh.Name]; dup {
			imp.probs.add(sh.Name, 0, "", msgSheetTwice)
			continue
		}
		ok = true
		seen := map[string]bool{}
		for _, h := range sh.Header {
			if h == "" {
				continue
			}
			if _, known := sp.column(h); !known {
				imp.probs.add(sh.Name, 1, h, fmt.Sprintf(msgUnknownColumn, h, joinComma(sp.header())))
				ok = false
			}
			if seen[h] {
				imp.probs.add(sh.Name, 1, h, msgColumnTwice)
				ok = false
			}
			seen[h] = true
		}
		for _, c := range sp.columns {
			if c.required && !seen[c.name] {
				imp.probs.add(sh.Name, 1, c.name, msgMissingColumn)
				ok = false
			}
		}
		if ok {
			imp.sheets[sh.Name] = sh
		}
	}
}

// rows calls fn for every row of a sheet of the file, if the file has it.
func (imp *importer) rows(name string, fn func(r *row)) {
	sh := imp.sheets[name]
	if sh == nil {
		return
	}
	cols := map[string]int{}
	for i, h := range sh.Header {
		if h != "" {
			cols[h] = i
		}
	}
	imp.rep.sheet(name)
	for _, rw := range sh.Rows {
		fn(&row{sheet: sh, line: rw.Line, cells: rw.Cells, cols: cols, probs: imp.probs})
	}
}

// plan reads every sheet in the order of the contract.
func (imp *importer) plan() {
	imp.planSources()
	imp.planPassages()
	imp.planIndicators()
	imp.planForms()
	imp.planFormFields()
	imp.planStages()
	imp.planUnits()
	imp.planUnitAliases()
	imp.planValues()
	imp.planTargets()
	imp.planProjects()
	imp.planFunding()
}

// apply writes the plan; the caller's transaction makes it all or nothing.
func (imp *importer) apply(ctx context.Context) error {
	steps := []func(context.Context) error{imp.applySources, imp.applyPassages, imp.applyIndicators, imp.applyForms, imp.applyUnits,
		imp.applyValues, imp.applyTargets, imp.applyProjects}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	detail := imp.opt.Label
	for _, sh := range imp.rep.Sheets {
		detail += fmt.Sprintf(" %s:+%d~%d", sh.Sheet, sh.Added, sh.Changed)
	}
	return imp.s.Audit(ctx, queries.AuditEntry{At: imp.opt.Now, PersonID: imp.opt.ActorID, Action: "import", Entity: "dataset", Detail: detail})
}

func joinComma(items []string) string {
	out := ""
	for i, it := range items {
		if i > 0 {
			out += ", "
		}
		out += it
	}
	return out
}
