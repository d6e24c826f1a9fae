// Package catalog holds the named things of the indicator database in
// memory: units, levels, indicators, projects, the quarterly form and the
// Vietnamese vocabulary built from their names and aliases. The jobs under
// handlers/ read one Catalog per message; Live reloads it when an admin
// adds a name. It imports only nlu and queries.
package catalog

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Source is what building the catalog reads.
type Source interface {
	AllUnits(ctx context.Context) ([]queries.Unit, error)
	AllUnitAliases(ctx context.Context) ([]queries.UnitAlias, error)
	Successions(ctx context.Context) ([]queries.Succession, error)
	Levels(ctx context.Context) ([]queries.Level, error)
	LevelAliases(ctx context.Context) ([]queries.Alias, error)
	Indicators(ctx context.Context) ([]queries.Indicator, error)
	IndicatorAliases(ctx context.Context) ([]queries.Alias, error)
	Projects(ctx context.Context) ([]queries.Project, error)
	ProjectAliases(ctx context.Context) ([]queries.Alias, error)
	Forms(ctx context.Context) ([]queries.Form, error)
	AllFormFields(ctx context.Context) ([]queries.FormField, error)
	AllFormUnits(ctx context.Context) ([]queries.FormUnit, error)
	AllTargets(ctx context.Context) ([]queries.Target, error)
	StatedQuotes(ctx context.Context) ([]string, error)
	SourcePassages(ctx context.Context) ([]queries.Passage, error)
}

// Catalog is the named things of the database, held in memory: the
// vocabulary of the understanding and the lookups of the answers. It is
// read-only once loaded; a reload builds a new one.
type Catalog struct {
	Vocab *nlu.Vocabulary
	// Units are every unit of every time, by key: its code, or, for a
	// unit whose code another unit carries on the catalog's date (codes
	// are reused after mergers), code@valid_from.
	Units     map[string]queries.Unit
	UnitsByID map[int64]queries.Unit
	// KindNames are the folded names of the district-level units in
	// force, by their folded kind ("thanh pho" → [["thanh","pho","ha",
	// "tinh"]]), sorted: "thành phố", "hai thị xã" said for them.
	KindNames map[string][][]string
	// TakenInitials are district initials people also type for other
	// words ("ĐT": Đức Thọ, but also đào tạo, điện tử), folded, with the
	// units they stand for: no alias, read only where the other word
	// cannot be meant.
	TakenInitials map[string][]string
	// OneWordAliases are the units' aliases of one word written with
	// marks ("thuế"), lower case, by unit key: a message that writes the
	// word with other marks ("thuê hội trường") does not name the unit.
	OneWordAliases map[string][]string
	Levels         map[string]queries.Level
	Indicators     map[string]queries.Indicator // by code
	// IndicatorCodes are the indicators' codes by id (targets and values
	// name them by id).
	IndicatorCodes map[int64]string
	Projects       map[string]queries.Project // by sequence number
	// ProjectNames are the folded words of each project's name and short
	// name, by sequence number, for matching a question's words.
	ProjectNames map[string]string
	// ProjectWords are the distinct words of ProjectNames, in order.
	ProjectWords map[string][]string
	// Forms are the report forms by id, and FormsOf the forms each unit
	// must send (in code order): the communes of 2025 send another
	// quarterly form than the districts of 2019.
	Forms        map[int64]queries.Form
	FormsOf      map[int64][]queries.Form
	RequiredUnit map[int64]bool  // units that must send some form
	Reported     map[string]bool // indicators units report on a form, with ratios of them
	// formReports are the indicators each form reports, ratios included.
	formReports map[int64]map[string]bool
	// Keys are the units' keys in Units, by id.
	Keys map[int64]string
	// Successors are the units that took over from a unit that ended.
	Successors map[int64][]int64
	// Targets are the targets and plans of an indicator about a unit,
	// the earliest deadline first.
	Targets map[TargetKey][]queries.Target
}

// TargetKey names the targets of one indicator about one unit.
type TargetKey struct{ IndicatorID, UnitID int64 }

// Load reads the catalog of the units valid on a date (YYYY-MM-DD).
func Load(ctx context.Context, src Source, on string) (*Catalog, error) {
	c := &Catalog{Units: map[string]queries.Unit{}, UnitsByID: map[int64]queries.Unit{}, Levels: map[string]queries.Level{},
		Indicators: map[string]queries.Indicator{}, Projects: map[string]queries.Project{}, ProjectNames: map[string]string{}, ProjectWords: map[string][]string{}, Forms: map[int64]queries.Form{},
		FormsOf: map[int64][]queries.Form{}, RequiredUnit: map[int64]bool{}, Reported: map[string]bool{},
		formReports: map[int64]map[string]bool{}}
	units, err := src.AllUnits(ctx)
	if err != nil {
		return nil, err
	}
	c.Keys = unitKeys(units, on)
	c.KindNames = map[string][][]string{}
	c.OneWordAliases = map[string][]string{}
	for _, u := range units {
		c.Units[c.Keys[u.ID]] = u
		c.UnitsByID[u.ID] = u
		if u.Level == "district" && u.Kind != "" && u.ValidTo == "" {
			kind := nlu.Normalize(u.Kind).Folded
			c.KindNames[kind] = append(c.KindNames[kind], nlu.Normalize(u.Name).Tokens)
		}
	}
	for _, names := range c.KindNames {
		slices.SortFunc(names, func(a, b []string) int { return strings.Compare(strings.Join(a, " "), strings.Join(b, " ")) })
	}
	succ, err := src.Successions(ctx)
	if err != nil {
		return nil, err
	}
	c.Successors = map[int64][]int64{}
	for _, s := range succ {
		c.Successors[s.UnitID] = append(c.Successors[s.UnitID], s.SuccessorID)
	}
	levels, err := src.Levels(ctx)
	if err != nil {
		return nil, err
	}
	for _, l := range levels {
		c.Levels[l.Code] = l
	}
	inds, err := src.Indicators(ctx)
	if err != nil {
		return nil, err
	}
	indByID := map[int64]string{}
	for _, in := range inds {
		c.Indicators[in.Code] = in
		indByID[in.ID] = in.Code
	}
	c.IndicatorCodes = indByID
	projects, err := src.Projects(ctx)
	if err != nil {
		return nil, err
	}
	projByID := map[int64]string{}
	for _, p := range projects {
		seq := strconv.Itoa(p.Seq)
		c.Projects[seq] = p
		c.ProjectNames[seq] = nlu.Normalize(p.Name + " " + p.ShortName).Folded
		var distinct []string
		for _, w := range strings.Fields(c.ProjectNames[seq]) {
			if !slices.Contains(distinct, w) {
				distinct = append(distinct, w)
			}
		}
		c.ProjectWords[seq] = distinct
		projByID[p.ID] = seq
	}

	ua, err := src.AllUnitAliases(ctx)
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
		// Every name of every time: a question about 2019 names the
		// units of 2019; the answer keeps those valid in the period asked.
		if key, ok := c.Keys[a.UnitID]; ok {
			ut = append(ut, nlu.Term{Owner: key, Folded: a.Folded})
			if marked := strings.ToLower(strings.TrimSpace(a.Alias)); !strings.Contains(marked, " ") && marked != a.Folded {
				c.OneWordAliases[key] = append(c.OneWordAliases[key], marked)
			}
		}
	}
	named := map[string]bool{}
	for _, t := range ut {
		named[t.Folded] = true
	}
	ut = append(ut, agencyInitials(units, c.Keys, named)...)
	ut = append(ut, agencyHeads(units, c.Keys, named)...)
	ut = append(ut, townInitials(units, c.Keys)...)
	initials, taken := districtInitials(units, c.Keys)
	ut = append(ut, initials...)
	c.TakenInitials = taken
	for _, a := range la {
		lt = append(lt, nlu.Term{Owner: a.Level, Folded: a.Folded})
	}
	for _, a := range ia {
		it = append(it, nlu.Term{Owner: indByID[a.OwnerID], Folded: a.Folded})
	}
	it = append(it, nameParts(inds)...)
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
	// The words of the sentences that state the figures are words of the
	// domain too ("báo chí Trung ương và tỉnh bạn").
	quotes, err := src.StatedQuotes(ctx)
	if err != nil {
		return nil, err
	}
	words = append(words, quotes...)
	c.Vocab = nlu.NewVocabulary(ut, lt, it, pt, words...)
	// The words the reports write are words, not slips ("thầu" of "mời
	// thầu" is no "thua" typed a letter off).
	passages, err := src.SourcePassages(ctx)
	if err != nil {
		return nil, err
	}
	texts := make([]string, len(passages))
	for i, ps := range passages {
		texts[i] = ps.Text
	}
	c.Vocab.Spelling.Keep(texts...)
	names := make(map[string]string, len(inds))
	for _, in := range inds {
		names[in.Code] = in.Name
	}
	c.Vocab.NameIndicators(names)

	if err := c.loadForms(ctx, src, inds, indByID); err != nil {
		return nil, err
	}
	targets, err := src.AllTargets(ctx)
	if err != nil {
		return nil, err
	}
	c.Targets = map[TargetKey][]queries.Target{}
	for _, t := range targets {
		k := TargetKey{t.IndicatorID, t.UnitID}
		c.Targets[k] = append(c.Targets[k], t)
	}
	return c, nil
}

// unitKeys gives each unit its key: its code when no other unit carried
// it, else the code for the unit valid on the date (or the newest) and
// code@valid_from for the others.
func unitKeys(units []queries.Unit, on string) map[int64]string {
	byCode := map[string][]queries.Unit{}
	for _, u := range units {
		byCode[u.Code] = append(byCode[u.Code], u)
	}
	keys := make(map[int64]string, len(units))
	for code, same := range byCode {
		plain := same[0]
		for _, u := range same {
			if u.ValidOn(on) || !plain.ValidOn(on) && u.ValidFrom > plain.ValidFrom {
				plain = u
			}
		}
		for _, u := range same {
			keys[u.ID] = code
			if u.ID != plain.ID {
				keys[u.ID] = code + "@" + u.ValidFrom
			}
		}
	}
	return keys
}

// loadForms reads the forms, which units send them and what they report.
func (c *Catalog) loadForms(ctx context.Context, src Source, inds []queries.Indicator, indByID map[int64]string) error {
	forms, err := src.Forms(ctx)
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	for _, f := range forms {
		c.Forms[f.ID] = f
		c.formReports[f.ID] = map[string]bool{}
	}
	fields, err := src.AllFormFields(ctx)
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	for _, f := range fields {
		if reports := c.formReports[f.FormID]; reports != nil {
			reports[indByID[f.IndicatorID]] = true
		}
	}
	for _, reports := range c.formReports {
		for _, in := range inds {
			if reports[in.NumeratorCode] && reports[in.DenominatorCode] {
				reports[in.Code] = true
			}
		}
		for code := range reports {
			c.Reported[code] = true
		}
	}
	required, err := src.AllFormUnits(ctx)
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	for _, fu := range required {
		if f, ok := c.Forms[fu.FormID]; ok {
			c.FormsOf[fu.UnitID] = append(c.FormsOf[fu.UnitID], f)
			c.RequiredUnit[fu.UnitID] = true
		}
	}
	for _, fs := range c.FormsOf {
		slices.SortFunc(fs, func(a, b queries.Form) int { return strings.Compare(a.Code, b.Code) })
	}
	return nil
}

// RequiredCount is how many units of a level ("" for any) must report
// an indicator on some form and exist on a day (YYYY-MM-DD): the "of
// how many" of an aggregate's source.
func (c *Catalog) RequiredCount(indicator, level, day string) int {
	n := 0
	for id, forms := range c.FormsOf {
		u := c.UnitsByID[id]
		if level != "" && u.Level != level || !u.ValidOn(day) {
			continue
		}
		for _, f := range forms {
			if c.formReports[f.ID][indicator] {
				n++
				break
			}
		}
	}
	return n
}

// QuarterForms are the quarterly forms a unit must send.
func (c *Catalog) QuarterForms(unitID int64) []queries.Form {
	var out []queries.Form
	for _, f := range c.FormsOf[unitID] {
		if f.PeriodType == "quarter" {
			out = append(out, f)
		}
	}
	return out
}

// LevelPhrase names the units of a level: "cấp huyện", "sở, ban, ngành
// cấp tỉnh"; no level is every unit that must report.
func (c *Catalog) LevelPhrase(level string) string {
	if level == "" {
		return "phải báo cáo"
	}
	if l, ok := c.Levels[level]; ok {
		return l.Name
	}
	return level
}

// Live is the current catalog, shared by every job and replaced whole by
// Reload, so a message never sees half of a reload.
type Live struct {
	src   Source
	now   func() time.Time
	cur   atomic.Pointer[Catalog]
	hooks []func(context.Context, *Catalog) error
}

// OnReload runs fn after every reload, with the new catalog (the question
// answering rebuilds its search index when the data changed). Call it
// before the Live is shared; it runs fn once now.
func (l *Live) OnReload(ctx context.Context, fn func(context.Context, *Catalog) error) error {
	l.hooks = append(l.hooks, fn)
	return fn(ctx, l.Get())
}

// NewLive loads the catalog; now gives the date whose units are valid.
func NewLive(ctx context.Context, src Source, now func() time.Time) (*Live, error) {
	l := &Live{src: src, now: now}
	if err := l.Reload(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// Get is the catalog in force.
func (l *Live) Get() *Catalog { return l.cur.Load() }

// Reload rereads units, indicators and aliases (after an admin adds one).
func (l *Live) Reload(ctx context.Context) error {
	c, err := Load(ctx, l.src, l.now().Format("2006-01-02"))
	if err != nil {
		return fmt.Errorf("catalog: load: %w", err)
	}
	l.cur.Store(c)
	for _, fn := range l.hooks {
		if err := fn(ctx, c); err != nil {
			return fmt.Errorf("catalog: after reload: %w", err)
		}
	}
	return nil
}

// nameParts are runs of four to six words of an indicator's full name that
// no other indicator's name holds ("chỉ số năng lực cạnh tranh" of "Thứ hạng
// Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"): people type part of a name.
func nameParts(inds []queries.Indicator) []nlu.Term {
	names := make([]string, len(inds))
	for i, in := range inds {
		names[i] = " " + nlu.Normalize(in.Name).Folded + " "
	}
	var out []nlu.Term
	seen := map[string]bool{}
	for i, in := range inds {
		words := strings.Fields(names[i])
		if len(words) > 6 {
			// The whole name, as well as its parts.
			out = append(out, nlu.Term{Owner: in.Code, Folded: strings.Join(words, " ")})
			seen[strings.Join(words, " ")] = true
		}
		for size := 4; size <= 6; size++ {
			for from := 0; from+size <= len(words); from++ {
				part := strings.Join(words[from:from+size], " ")
				if seen[part] || nlu.IsFiller(words[from]) || nlu.IsFiller(words[from+size-1]) {
					continue
				}
				seen[part] = true
				// No other name may hold all its words, even apart ("tỷ lệ
				// hồ sơ trực tuyến" of "… toàn trình" is also the words of
				// "tỷ lệ hồ sơ nộp trực tuyến").
				owners := 0
				for _, name := range names {
					all := true
					for _, w := range words[from : from+size] {
						all = all && strings.Contains(name, " "+w+" ")
					}
					if all {
						owners++
					}
				}
				if owners == 1 {
					out = append(out, nlu.Term{Owner: in.Code, Folded: part})
				}
			}
		}
	}
	return out
}
