package handlers

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// catalogSource is what building the catalog reads.
type catalogSource interface {
	Units(ctx context.Context, on string) ([]queries.Unit, error)
	UnitAliases(ctx context.Context, on string) ([]queries.Alias, error)
	Levels(ctx context.Context) ([]queries.Level, error)
	LevelAliases(ctx context.Context) ([]queries.Alias, error)
	Indicators(ctx context.Context) ([]queries.Indicator, error)
	IndicatorAliases(ctx context.Context) ([]queries.Alias, error)
	Projects(ctx context.Context) ([]queries.Project, error)
	ProjectAliases(ctx context.Context) ([]queries.Alias, error)
	FormByCode(ctx context.Context, code string) (queries.Form, error)
	FormStatus(ctx context.Context, formID int64, periodStart string) ([]queries.FormStatus, error)
	FormFields(ctx context.Context, formID int64) ([]queries.FormField, error)
}

// catalog is the named things of the database, held in memory: the
// vocabulary of the understanding and the lookups of the answers.
type catalog struct {
	vocab        *nlu.Vocabulary
	units        map[string]queries.Unit // by code
	unitsByID    map[int64]queries.Unit
	levels       map[string]queries.Level
	indicators   map[string]queries.Indicator // by code
	projects     map[string]queries.Project   // by sequence number
	form         queries.Form
	required     map[string]int // units that must report, by level
	requiredUnit map[int64]bool
	reported     map[string]bool // indicators units report on the form, with ratios of them
}

// QuarterlyForm is the code of the report form questions about reporting use.
const QuarterlyForm = "dvc-quy"

func loadCatalog(ctx context.Context, src catalogSource, on string) (*catalog, error) {
	c := &catalog{units: map[string]queries.Unit{}, unitsByID: map[int64]queries.Unit{}, levels: map[string]queries.Level{},
		indicators: map[string]queries.Indicator{}, projects: map[string]queries.Project{}, required: map[string]int{},
		requiredUnit: map[int64]bool{}, reported: map[string]bool{}}
	units, err := src.Units(ctx, on)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		c.units[u.Code] = u
		c.unitsByID[u.ID] = u
	}
	levels, err := src.Levels(ctx)
	if err != nil {
		return nil, err
	}
	for _, l := range levels {
		c.levels[l.Code] = l
	}
	inds, err := src.Indicators(ctx)
	if err != nil {
		return nil, err
	}
	indByID := map[int64]string{}
	for _, in := range inds {
		c.indicators[in.Code] = in
		indByID[in.ID] = in.Code
	}
	projects, err := src.Projects(ctx)
	if err != nil {
		return nil, err
	}
	projByID := map[int64]string{}
	for _, p := range projects {
		seq := strconv.Itoa(p.Seq)
		c.projects[seq] = p
		projByID[p.ID] = seq
	}

	ua, err := src.UnitAliases(ctx, on)
	if err != nil {
		return nil, err
	}
	la, err := src.LevelAliases(ctx)
	if err != nil {
		return nil, err
	}
	ia, err := src.IndicatorAliases(ctx)
	if err != nil {
		return nil, err
	}
	pa, err := src.ProjectAliases(ctx)
	if err != nil {
		return nil, err
	}
	var ut, lt, it, pt []nlu.Term
	for _, a := range ua {
		if u, ok := c.unitsByID[a.OwnerID]; ok {
			ut = append(ut, nlu.Term{Owner: u.Code, Folded: a.Folded})
		}
	}
	for _, a := range la {
		lt = append(lt, nlu.Term{Owner: a.Level, Folded: a.Folded})
	}
	for _, a := range ia {
		it = append(it, nlu.Term{Owner: indByID[a.OwnerID], Folded: a.Folded})
	}
	for _, a := range pa {
		pt = append(pt, nlu.Term{Owner: projByID[a.OwnerID], Folded: a.Folded})
	}
	var words []string
	for _, in := range inds {
		words = append(words, in.Name)
	}
	for _, p := range projects {
		words = append(words, p.Name, p.ShortName, p.LeadAgency, p.Status)
	}
	c.vocab = nlu.NewVocabulary(ut, lt, it, pt, words...)

	form, err := src.FormByCode(ctx, QuarterlyForm)
	if err != nil {
		return nil, fmt.Errorf("handlers: catalog: %w", err)
	}
	c.form = form
	fields, err := src.FormFields(ctx, form.ID)
	if err != nil {
		return nil, err
	}
	for _, f := range fields {
		c.reported[f.Code] = true
	}
	for _, in := range inds {
		if c.reported[in.NumeratorCode] && c.reported[in.DenominatorCode] {
			c.reported[in.Code] = true
		}
	}
	status, err := src.FormStatus(ctx, form.ID, "")
	if err != nil {
		return nil, err
	}
	for _, s := range status {
		c.required[s.Level]++
		c.required[""]++
		c.requiredUnit[s.UnitID] = true
	}
	return c, nil
}
