package dataset

import (
	"context"
	"maps"
	"slices"

	"github.com/hatinh-stttt/chatbot/queries"
)

// state is the catalog and figures held in memory while an import plans:
// what the database holds, changed row by row into what it will hold.
// Entities carry id 0 until written; references between them are
// pointers, so a figure may name a unit the same file adds.
type state struct {
	sources     map[string]*source
	indicators  map[string]*indicator
	levels      map[string]queries.Level
	levelEnum   enum
	units       []*unit
	unitsByCode map[string][]*unit
	forms       map[string]*form
	indByID     map[int64]*indicator
	unitByID    map[int64]*unit
	values      map[valueKey]*queries.StoredValue
	targets     map[targetKey]*queries.StoredTarget
	projects    map[projectKey]*project
}

type source struct {
	queries.Source
	line  int  // the row that named it (0: untouched by the file)
	dirty bool // to be written

	passages      []queries.Passage // its text, in order (loaded only when needed)
	passagesDirty bool              // the text to be replaced
}

type indicator struct {
	queries.Indicator
	aliases    map[string]string // folded -> as written
	newAliases [][2]string
	line       int
	dirty      bool
}

type unit struct {
	queries.Unit
	parent     *unit
	successors []*unit
	aliases    map[string]*unitAlias // by folded
	forms      map[*form]bool

	line           int
	dirty          bool // the unit's own row (validity, parent) to be written
	succDirty      bool
	newAliases     []*unitAlias
	newForms       []*form
	parentCode     string   // from the file, resolved once every row is read
	successorCodes []string // idem
	unreported     bool     // the row changed nothing before parent and successors were compared
}

type unitAlias struct {
	alias, folded, from, to string
}

type form struct {
	queries.Form
	fields map[string]*formField
	stages map[string]*stage
	line   int
	dirty  bool
}

type formField struct {
	queries.FormField
	indicator *indicator
	line      int
	dirty     bool
}

type stage struct {
	queries.ReminderStage
	line  int
	dirty bool
}

type projectKey struct {
	source string
	seq    int
}

type project struct {
	queries.Project
	source     *source
	leadUnits  []*unit
	leadLevels []string
	funding    []queries.FundingLine
	aliases    map[string]string
	line       int
	dirty      bool
}

// loadState reads the catalog (and, with figures, the current values and
// targets) from the database.
func loadState(ctx context.Context, s *queries.Store, figures bool) (*state, error) {
	st := &state{sources: map[string]*source{}, indicators: map[string]*indicator{}, levels: map[string]queries.Level{},
		unitsByCode: map[string][]*unit{}, forms: map[string]*form{}, values: map[valueKey]*queries.StoredValue{},
		targets: map[targetKey]*queries.StoredTarget{}, projects: map[projectKey]*project{}}
	srcs, err := s.Sources(ctx)
	if err != nil {
		return nil, err
	}
	srcByID := map[int64]*source{}
	for _, x := range srcs {
		src := &source{Source: x}
		st.sources[x.Code] = src
		srcByID[x.ID] = src
	}
	if err := st.loadIndicators(ctx, s); err != nil {
		return nil, err
	}
	levels, err := s.Levels(ctx)
	if err != nil {
		return nil, err
	}
	var entries [][]string
	words := map[string]string{}
	for _, w := range levelWords() {
		words[w[0]] = w[1]
	}
	for _, l := range levels {
		st.levels[l.Code] = l
		e := []string{l.Code}
		if w, ok := words[l.Code]; ok {
			e = append(e, w)
		}
		entries = append(entries, e)
	}
	st.levelEnum = newEnum(entries...)
	if err := st.loadForms(ctx, s); err != nil {
		return nil, err
	}
	if err := st.loadUnits(ctx, s); err != nil {
		return nil, err
	}
	if err := st.loadProjects(ctx, s, srcByID); err != nil {
		return nil, err
	}
	st.indByID, st.unitByID = st.indicatorsByID(), st.unitsByID()
	if figures {
		vals, err := s.CurrentValues(ctx)
		if err != nil {
			return nil, err
		}
		for i := range vals {
			st.values[st.storedValueKey(&vals[i])] = &vals[i]
		}
		tgs, err := s.StoredTargets(ctx)
		if err != nil {
			return nil, err
		}
		for i := range tgs {
			st.targets[st.storedTargetKey(&tgs[i])] = &tgs[i]
		}
	}
	return st, nil
}

func (st *state) loadIndicators(ctx context.Context, s *queries.Store) error {
	inds, err := s.Indicators(ctx)
	if err != nil {
		return err
	}
	byID := map[int64]*indicator{}
	for _, in := range inds {
		x := &indicator{Indicator: in, aliases: map[string]string{}}
		st.indicators[in.Code] = x
		byID[in.ID] = x
	}
	as, err := s.IndicatorAliases(ctx)
	if err != nil {
		return err
	}
	for _, a := range as {
		if x := byID[a.OwnerID]; x != nil {
			x.aliases[a.Folded] = a.Alias
		}
	}
	return nil
}

func (st *state) loadForms(ctx context.Context, s *queries.Store) error {
	forms, err := s.Forms(ctx)
	if err != nil {
		return err
	}
	byID := map[int64]*form{}
	for _, f := range forms {
		x := &form{Form: f, fields: map[string]*formField{}, stages: map[string]*stage{}}
		st.forms[f.Code] = x
		byID[f.ID] = x
	}
	indByID := st.indicatorsByID()
	fields, err := s.AllFormFields(ctx)
	if err != nil {
		return err
	}
	for _, f := range fields {
		if x := byID[f.FormID]; x != nil {
			x.fields[f.Code] = &formField{FormField: f, indicator: indByID[f.IndicatorID]}
		}
	}
	stages, err := s.ReminderStages(ctx)
	if err != nil {
		return err
	}
	for _, sg := range stages {
		if x := byID[sg.FormID]; x != nil {
			x.stages[sg.Stage] = &stage{ReminderStage: sg}
		}
	}
	return nil
}

// stored indexes the things already in the database (ID set) by ID.
func stored[T any](all []*T, id func(*T) int64) map[int64]*T {
	out := make(map[int64]*T, len(all))
	for _, x := range all {
		if id(x) != 0 {
			out[id(x)] = x
		}
	}
	return out
}

func (st *state) indicatorsByID() map[int64]*indicator {
	return stored(slices.Collect(maps.Values(st.indicators)), func(x *indicator) int64 { return x.ID })
}

func (st *state) unitsByID() map[int64]*unit {
	return stored(st.units, func(u *unit) int64 { return u.ID })
}

func (st *state) formsByID() map[int64]*form {
	return stored(slices.Collect(maps.Values(st.forms)), func(f *form) int64 { return f.ID })
}

func (st *state) loadUnits(ctx context.Context, s *queries.Store) error {
	units, err := s.AllUnits(ctx)
	if err != nil {
		return err
	}
	for _, u := range units {
		st.addUnit(&unit{Unit: u, aliases: map[string]*unitAlias{}, forms: map[*form]bool{}})
	}
	byID := st.unitsByID()
	for _, u := range st.units {
		if u.ParentID.Valid {
			u.parent = byID[u.ParentID.Int64]
		}
	}
	as, err := s.AllUnitAliases(ctx)
	if err != nil {
		return err
	}
	for _, a := range as {
		if u := byID[a.UnitID]; u != nil {
			u.aliases[a.Folded] = &unitAlias{alias: a.Alias, folded: a.Folded, from: a.ValidFrom, to: a.ValidTo}
		}
	}
	succ, err := s.Successions(ctx)
	if err != nil {
		return err
	}
	for _, x := range succ {
		if u, v := byID[x.UnitID], byID[x.SuccessorID]; u != nil && v != nil {
			u.successors = append(u.successors, v)
		}
	}
	fus, err := s.AllFormUnits(ctx)
	if err != nil {
		return err
	}
	formByID := st.formsByID()
	for _, fu := range fus {
		if u, f := byID[fu.UnitID], formByID[fu.FormID]; u != nil && f != nil {
			u.forms[f] = true
		}
	}
	return nil
}

func (st *state) addUnit(u *unit) {
	st.units = append(st.units, u)
	st.unitsByCode[u.Code] = append(st.unitsByCode[u.Code], u)
}

// unitOn is the unit that carries a code on a date, if any.
func (st *state) unitOn(code, date string) *unit {
	for _, u := range st.unitsByCode[code] {
		if u.ValidOn(date) {
			return u
		}
	}
	return nil
}

// province is the top unit (level province, no parent) valid on a date:
// what an empty don_vi means. Several (a scale-test parent next to the
// province) is no answer.
func (st *state) province(date string) []*unit {
	var out []*unit
	for _, u := range st.units {
		if u.Level == "province" && u.parent == nil && u.ValidOn(date) {
			out = append(out, u)
		}
	}
	return out
}

func (st *state) loadProjects(ctx context.Context, s *queries.Store, srcByID map[int64]*source) error {
	ps, err := s.Projects(ctx)
	if err != nil {
		return err
	}
	byID := map[int64]*project{}
	for _, p := range ps {
		x := &project{Project: p, aliases: map[string]string{}}
		x.source = st.sources[p.SourceCode]
		st.projects[projectKey{p.SourceCode, p.Seq}] = x
		byID[p.ID] = x
	}
	unitByID := st.unitsByID()
	leads, err := s.ProjectLeads(ctx)
	if err != nil {
		return err
	}
	for _, l := range leads {
		x := byID[l.ProjectID]
		switch {
		case x == nil:
		case l.UnitID != 0 && unitByID[l.UnitID] != nil:
			x.leadUnits = append(x.leadUnits, unitByID[l.UnitID])
		case l.Level != "":
			x.leadLevels = append(x.leadLevels, l.Level)
		}
	}
	lines, err := s.FundingLines(ctx)
	if err != nil {
		return err
	}
	for _, l := range lines {
		if x := byID[l.ProjectID]; x != nil {
			x.funding = append(x.funding, l)
		}
	}
	as, err := s.ProjectAliases(ctx)
	if err != nil {
		return err
	}
	for _, a := range as {
		if x := byID[a.OwnerID]; x != nil {
			x.aliases[a.Folded] = a.Alias
		}
	}
	return nil
}
