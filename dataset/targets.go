package dataset

import (
	"context"

	"github.com/hatinh-stttt/chatbot/queries"
)

// targetKey is what makes a target one target: its indicator, unit,
// level, kind, deadline and the document that set it.
type targetKey struct {
	ind      *indicator
	unit     *unit
	level    string
	kind     string
	deadline string
	source   *source
}

type plannedTarget struct {
	key    targetKey
	target queries.StoredTarget // ID set: an update
}

func (st *state) storedTargetKey(t *queries.StoredTarget) targetKey {
	var src *source
	for _, s := range st.sources {
		if s.ID == t.SourceID {
			src = s
		}
	}
	return targetKey{ind: st.indByID[t.IndicatorID], unit: st.unitByID[t.UnitID], level: t.Level, kind: t.Kind,
		deadline: t.Deadline, source: src}
}

// planTargets reads muc_tieu; each row is the whole target.
func (imp *importer) planTargets() {
	lines := map[targetKey]int{}
	kinds := targetKindEnum()
	imp.rows(sheetTargets, func(r *row) {
		ind := imp.indicator(r, "chi_tieu")
		kind, kindOK := r.choice("loai", kinds)
		if r.text("loai") == "" {
			r.problem("loai", msgRequired)
		}
		value, valueOK := imp.figure(r, "gia_tri", ind)
		deadline, deadlineOK := r.date("han")
		if r.text("han") == "" {
			r.problem("han", msgRequired)
		}
		src := imp.source(r, "nguon")
		level, _ := r.choice("cap", imp.st.levelEnum)
		label := ""
		if r.text("ky") != "" {
			if p, ok := imp.periodOf(r, "ky"); ok {
				label = p.Label
			}
		}
		if !deadlineOK {
			return
		}
		if label == "" {
			label = "đến ngày " + viDate(deadline)
		}
		u := imp.unitOf(r, "don_vi", deadline)
		if r.bad || ind == nil || u == nil || src == nil || !kindOK || !valueOK {
			return
		}
		key := targetKey{ind: ind, unit: u, level: level, kind: kind, deadline: deadline, source: src}
		if first, dup := lines[key]; dup {
			r.problem("", msgDuplicateTarget, first)
			return
		}
		lines[key] = r.line
		t := queries.StoredTarget{Kind: kind, Value: value, Deadline: deadline, PeriodLabel: label, SetBy: r.text("ban_hanh_boi"),
			Level: level, SourceRef: r.text("trich_dan")}
		rep := imp.rep.sheet(sheetTargets)
		name := ind.Code + " · " + u.Code + " · " + kinds.word(kind) + " · " + viDate(deadline)
		old := imp.st.targets[key]
		if old == nil {
			imp.newTargets = append(imp.newTargets, plannedTarget{key: key, target: t})
			rep.added(r.line, name, FormatNumber(value))
			return
		}
		var d diff
		d.field("gia_tri", FormatNumber(old.Value), FormatNumber(value))
		d.field("ky", old.PeriodLabel, label)
		d.field("ban_hanh_boi", old.SetBy, t.SetBy)
		d.field("trich_dan", old.SourceRef, t.SourceRef)
		if d.empty() {
			rep.Unchanged++
			return
		}
		t.ID = old.ID
		imp.newTargets = append(imp.newTargets, plannedTarget{key: key, target: t})
		rep.changed(r.line, name, d)
	})
}

func (imp *importer) applyTargets(ctx context.Context) error {
	for _, pt := range imp.newTargets {
		t := pt.target
		if t.ID != 0 {
			if err := imp.s.UpdateTarget(ctx, t); err != nil {
				return err
			}
			continue
		}
		err := imp.s.AddTarget(ctx, queries.NewTarget{IndicatorID: pt.key.ind.ID, UnitID: pt.key.unit.ID, Level: t.Level, Kind: t.Kind,
			Value: t.Value, Deadline: t.Deadline, PeriodLabel: t.PeriodLabel, SetBy: t.SetBy, SourceID: pt.key.source.ID, SourceRef: t.SourceRef})
		if err != nil {
			return err
		}
	}
	return nil
}
