package dataset

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// valueKey is what makes a figure one figure: an indicator about a unit
// (or a level under it) for a period. The database keeps one current row
// per key.
type valueKey struct {
	ind   *indicator
	unit  *unit
	level string
	kind  string
	start string
	end   string
}

// plannedValue is a figure to record, superseding old (0: none).
type plannedValue struct {
	key   valueKey
	src   *source
	value queries.NewValue
	old   int64
}

func (st *state) storedValueKey(v *queries.StoredValue) valueKey {
	return valueKey{ind: st.indByID[v.IndicatorID], unit: st.unitByID[v.UnitID], level: v.Level, kind: v.PeriodKind,
		start: v.PeriodStart, end: v.PeriodEnd}
}

// periodCache remembers how each ky text parsed: a sheet of 100.000
// figures names a handful of periods.
type periodCache map[string]periodResult

type periodResult struct {
	p      nlu.Period
	reason string
}

func (imp *importer) periodOf(r *row, col string) (nlu.Period, bool) {
	c := r.cell(col)
	if c.Text == "" {
		r.problem(col, msgRequired)
		return nlu.Period{}, false
	}
	if c.Kind == CellDate {
		return r.period(col)
	}
	res, ok := imp.periods[c.Text]
	if !ok {
		res.p, res.reason = parsePeriod(c.Text)
		imp.periods[c.Text] = res
	}
	if res.reason != "" {
		r.problem(col, msgBadPeriod, c.Text, res.reason)
		return nlu.Period{}, false
	}
	return res.p, true
}

// unitOf resolves the don_vi of a row of figures on a date, remembering
// the answer.
func (imp *importer) unitOf(r *row, col, date string) *unit {
	code := r.text(col)
	k := [2]string{code, date}
	if u, ok := imp.unitCache[k]; ok {
		return u
	}
	u, why := imp.unitAt(code, date)
	if why != "" {
		r.problem(col, "%s", why)
		return nil
	}
	imp.unitCache[k] = u
	return u
}

// figure checks a number against its indicator: a percent sign only on a
// percentage, which lies between 0 and 100; nothing below 0 but scores.
func (imp *importer) figure(r *row, col string, ind *indicator) (float64, bool) {
	v, percent, ok := r.number(col)
	if !ok {
		if r.text(col) == "" {
			r.problem(col, msgRequired)
		}
		return 0, false
	}
	if ind == nil {
		return v, true
	}
	switch {
	case percent && ind.Kind != "percent":
		r.problem(col, msgPercentNotPercent, r.text(col), ind.Code)
	case ind.Kind == "percent" && (v < 0 || v > 100):
		r.problem(col, msgPercentRange, r.text(col))
	case v < 0 && ind.Kind != "score":
		r.problem(col, msgNegative, r.text(col))
	default:
		return v, true
	}
	return 0, false
}

// planValues reads so_lieu. Each row is the whole figure: the same again
// changes nothing; a different value, source, quote or note makes a new
// current row and keeps the old one as history.
func (imp *importer) planValues() {
	lines := map[valueKey]int{}
	if sh := imp.sheets[sheetValues]; sh != nil {
		imp.newValues = make([]plannedValue, 0, len(sh.Rows))
	}
	imp.rows(sheetValues, func(r *row) {
		ind := imp.indicator(r, "chi_tieu")
		p, periodOK := imp.periodOf(r, "ky")
		value, valueOK := imp.figure(r, "gia_tri", ind)
		src := imp.source(r, "nguon")
		level, _ := r.choice("cap", imp.st.levelEnum)
		perUnit, _ := r.flag("moi_don_vi")
		outOf, outOfSet := r.plainNumber("tren_tong")
		if !periodOK {
			return
		}
		u := imp.unitOf(r, "don_vi", p.End)
		if u != nil && imp.opt.OnlyUnitID != 0 && u.ID != imp.opt.OnlyUnitID {
			r.problem("don_vi", msgOtherUnit, u.Name)
		}
		if r.bad || ind == nil || u == nil || src == nil || !valueOK {
			return
		}
		key := valueKey{ind: ind, unit: u, level: level, kind: string(p.Kind), start: p.Start, end: p.End}
		if first, dup := lines[key]; dup {
			r.problem("", msgDuplicateValue, first)
			return
		}
		lines[key] = r.line
		nv := queries.NewValue{Level: level, PerUnit: perUnit, PeriodKind: string(p.Kind), PeriodStart: p.Start, PeriodEnd: p.End,
			PeriodLabel: p.Label, Value: value, Note: r.text("ghi_chu"), SourceRef: r.text("trich_dan"), RecordedBy: imp.opt.ActorID}
		if outOfSet {
			nv.OutOf = sql.NullFloat64{Float64: outOf, Valid: true}
		}
		rep := imp.rep.sheet(sheetValues)
		name := ind.Code + " · " + u.Code
		if level != "" {
			name += " · " + imp.st.levelEnum.word(level)
		}
		name += " · " + p.Label
		old := imp.st.values[key]
		if old == nil {
			imp.newValues = append(imp.newValues, plannedValue{key: key, src: src, value: nv})
			rep.added(r.line, name, FormatNumber(value))
			return
		}
		var d diff
		d.field("gia_tri", FormatNumber(old.Value), FormatNumber(value))
		d.field("tren_tong", nullNumber(old.OutOf), nullNumber(nv.OutOf))
		d.field("moi_don_vi", flagWord(old.PerUnit), flagWord(perUnit))
		d.field("ky", old.PeriodLabel, p.Label)
		d.field("ghi_chu", old.Note, nv.Note)
		d.field("trich_dan", old.SourceRef, nv.SourceRef)
		switch {
		case old.SubmissionID.Valid:
			d.field("nguon", msgSubmitted, src.Code)
		case !old.SourceID.Valid || old.SourceID.Int64 != src.ID || src.ID == 0:
			d.field("nguon", imp.sourceCode(old.SourceID), src.Code)
		}
		if d.empty() {
			rep.Unchanged++
			return
		}
		imp.newValues = append(imp.newValues, plannedValue{key: key, src: src, value: nv, old: old.ID})
		rep.changed(r.line, name, d)
	})
}

func (imp *importer) sourceCode(id sql.NullInt64) string {
	for _, s := range imp.st.sources {
		if id.Valid && s.ID == id.Int64 {
			return s.Code
		}
	}
	return ""
}

func (imp *importer) applyValues(ctx context.Context) error {
	if len(imp.newValues) == 0 {
		return nil
	}
	var supersede []int64
	values := make([]queries.NewValue, len(imp.newValues))
	for i, pv := range imp.newValues {
		if pv.old != 0 {
			supersede = append(supersede, pv.old)
		}
		v := pv.value
		v.IndicatorID, v.UnitID, v.SourceID = pv.key.ind.ID, pv.key.unit.ID, pv.src.ID
		if v.IndicatorID == 0 || v.UnitID == 0 || v.SourceID == 0 {
			return fmt.Errorf("dataset: value of %s has no id", pv.key.ind.Code)
		}
		values[i] = v
	}
	return imp.s.ReplaceValues(ctx, supersede, values, imp.opt.Now)
}
