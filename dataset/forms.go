package dataset

import (
	"context"
	"database/sql"
	"sort"

	"github.com/hatinh-stttt/chatbot/queries"
)

// defaultDeadlineDays is the deadline of a new form that names none
// (design.md §2.3: 15 days after the period ends).
const defaultDeadlineDays = 15

// planForms reads bieu_mau: report forms by code.
func (imp *importer) planForms() {
	lines := map[string]int{}
	types := periodTypeEnum()
	imp.rows(sheetForms, func(r *row) {
		code, name := r.required("ma"), r.required("ten")
		ptype, _ := r.choice("ky_bao_cao", types)
		if r.text("ky_bao_cao") == "" {
			r.problem("ky_bao_cao", msgRequired)
		}
		days, daysSet := r.integer("han_nop_sau_ngay", 0, 366)
		if r.bad {
			return
		}
		if first, dup := lines[code]; dup {
			r.problem("ma", msgDuplicateRow, first)
			return
		}
		lines[code] = r.line
		rep := imp.rep.sheet(sheetForms)
		f := imp.st.forms[code]
		if f == nil {
			f = &form{Form: queries.Form{Code: code, Name: name, PeriodType: ptype, DeadlineDays: defaultDeadlineDays},
				fields: map[string]*formField{}, stages: map[string]*stage{}, line: r.line, dirty: true}
			if daysSet {
				f.DeadlineDays = days
			}
			imp.st.forms[code] = f
			rep.added(r.line, code, name)
			return
		}
		var d diff
		d.field("ten", f.Name, name)
		d.field("ky_bao_cao", types.word(f.PeriodType), types.word(ptype))
		f.Name, f.PeriodType, f.line = name, ptype, r.line
		if daysSet {
			d.field("han_nop_sau_ngay", intText(f.DeadlineDays), intText(days))
			f.DeadlineDays = days
		}
		if d.empty() {
			rep.Unchanged++
			return
		}
		f.dirty = true
		rep.changed(r.line, code, d)
	})
}

// form resolves a bieu_mau code read in another sheet.
func (imp *importer) form(r *row, col, code string) *form {
	f := imp.st.forms[code]
	if f == nil {
		r.problem(col, msgUnknownForm, code)
	}
	return f
}

// planFormFields reads truong_bieu_mau: the codes of each form.
func (imp *importer) planFormFields() {
	lines := map[[2]string]int{}
	imp.rows(sheetFormFields, func(r *row) {
		formCode, code := r.required("bieu_mau"), r.required("ma")
		var f *form
		if formCode != "" {
			f = imp.form(r, "bieu_mau", formCode)
		}
		ind := imp.indicator(r, "chi_tieu")
		pos, posOK := r.integer("thu_tu", 1, 1000)
		if r.text("thu_tu") == "" {
			r.problem("thu_tu", msgRequired)
		}
		minV, minSet := r.plainNumber("toi_thieu")
		maxV, maxSet := r.plainNumber("toi_da")
		integer, integerSet := r.flag("so_nguyen")
		maxField := r.text("khong_vuot_qua")
		if r.bad || f == nil || ind == nil || !posOK {
			return
		}
		key := [2]string{formCode, code}
		if first, dup := lines[key]; dup {
			r.problem("ma", msgDuplicateRow, first)
			return
		}
		lines[key] = r.line
		rep := imp.rep.sheet(sheetFormFields)
		name := formCode + " · " + code
		ff := f.fields[code]
		if ff == nil {
			ff = &formField{FormField: queries.FormField{Code: code, Position: pos, IntegerOnly: true}, indicator: ind, line: r.line, dirty: true}
			if minSet {
				ff.MinValue = minV
			}
			if maxSet {
				ff.MaxValue = sql.NullFloat64{Float64: maxV, Valid: true}
			}
			if integerSet {
				ff.IntegerOnly = integer
			}
			ff.MaxField = maxField
			f.fields[code] = ff
			rep.added(r.line, name, ind.Code)
			return
		}
		var d diff
		d.field("chi_tieu", ff.indicator.Code, ind.Code)
		d.field("thu_tu", intText(ff.Position), intText(pos))
		ff.indicator, ff.Position, ff.line = ind, pos, r.line
		if minSet {
			d.field("toi_thieu", FormatNumber(ff.MinValue), FormatNumber(minV))
			ff.MinValue = minV
		}
		if maxSet {
			d.field("toi_da", nullNumber(ff.MaxValue), FormatNumber(maxV))
			ff.MaxValue = sql.NullFloat64{Float64: maxV, Valid: true}
		}
		if integerSet {
			d.field("so_nguyen", flagWord(ff.IntegerOnly), flagWord(integer))
			ff.IntegerOnly = integer
		}
		if maxField != "" {
			d.field("khong_vuot_qua", ff.MaxField, maxField)
			ff.MaxField = maxField
		}
		if d.empty() {
			rep.Unchanged++
			return
		}
		ff.dirty = true
		rep.changed(r.line, name, d)
	})
	imp.rows(sheetFormFields, func(r *row) {
		f := imp.st.forms[r.text("bieu_mau")]
		if m := r.text("khong_vuot_qua"); f != nil && m != "" && f.fields[m] == nil {
			r.problem("khong_vuot_qua", msgUnknownField, m, f.Code)
		}
	})
}

// planStages reads lich_nhac: the reminder schedule of each form.
func (imp *importer) planStages() {
	lines := map[[2]string]int{}
	stages, audiences := stageEnum(), audienceEnum()
	imp.rows(sheetStages, func(r *row) {
		formCode := r.required("bieu_mau")
		var f *form
		if formCode != "" {
			f = imp.form(r, "bieu_mau", formCode)
		}
		name, nameOK := r.choice("giai_doan", stages)
		offset, offsetOK := r.integer("so_ngay", -366, 366)
		repeat, repeatSet := r.integer("lap_lai_sau_ngay", 0, 366)
		audience, audienceOK := r.choice("gui_cho", audiences)
		for _, c := range []string{"giai_doan", "so_ngay", "gui_cho"} {
			if r.text(c) == "" {
				r.problem(c, msgRequired)
			}
		}
		if r.bad || f == nil || !nameOK || !offsetOK || !audienceOK {
			return
		}
		key := [2]string{formCode, name}
		if first, dup := lines[key]; dup {
			r.problem("giai_doan", msgDuplicateRow, first)
			return
		}
		lines[key] = r.line
		rep := imp.rep.sheet(sheetStages)
		label := formCode + " · " + name
		sg := f.stages[name]
		if sg == nil {
			f.stages[name] = &stage{ReminderStage: queries.ReminderStage{Stage: name, OffsetDays: offset, RepeatDays: repeat, Audience: audience},
				line: r.line, dirty: true}
			rep.added(r.line, label, intText(offset)+" ngày, "+audiences.word(audience))
			return
		}
		var d diff
		d.field("so_ngay", intText(sg.OffsetDays), intText(offset))
		if repeatSet {
			d.field("lap_lai_sau_ngay", intText(sg.RepeatDays), intText(repeat))
			sg.RepeatDays = repeat
		}
		d.field("gui_cho", audiences.word(sg.Audience), audiences.word(audience))
		sg.OffsetDays, sg.Audience, sg.line = offset, audience, r.line
		if d.empty() {
			rep.Unchanged++
			return
		}
		sg.dirty = true
		rep.changed(r.line, label, d)
	})
}

func (imp *importer) applyForms(ctx context.Context) error {
	codes := make([]string, 0, len(imp.st.forms))
	for c := range imp.st.forms {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		f := imp.st.forms[c]
		if f.dirty {
			id, err := imp.s.UpsertForm(ctx, f.Form)
			if err != nil {
				return err
			}
			f.ID = id
		}
		for _, code := range sortedKeys(f.fields) {
			ff := f.fields[code]
			if !ff.dirty {
				continue
			}
			ff.FormID, ff.IndicatorID = f.ID, ff.indicator.ID
			if err := imp.s.SaveFormField(ctx, ff.FormField); err != nil {
				return err
			}
		}
		for _, name := range sortedKeys(f.stages) {
			sg := f.stages[name]
			if !sg.dirty {
				continue
			}
			sg.FormID = f.ID
			if err := imp.s.SaveReminderStage(ctx, sg.ReminderStage); err != nil {
				return err
			}
		}
	}
	return nil
}

func nullNumber(v sql.NullFloat64) string {
	if !v.Valid {
		return ""
	}
	return FormatNumber(v.Float64)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
