package dataset

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
)

// defaultValidFrom is when a unit began when nobody says: before any
// figure the bot holds.
const defaultValidFrom = "1900-01-01"

// unitKinds are the words a unit's name starts with, longest first: what
// an empty loai_hinh and ten_ngan are made of.
func unitKinds() []string {
	return []string{"Thành phố", "Thị trấn", "Thị xã", "Huyện", "Phường", "Tỉnh", "Xã"}
}

// planUnits reads don_vi. A row names a unit by its code and the day it
// began (hieu_luc_tu; empty: since ever). A code is never a reason to
// merge two units: a row whose validity overlaps another unit of the same
// code is refused.
func (imp *importer) planUnits() {
	matched := map[*unit]int{}
	var touched []*unit
	imp.rows(sheetUnits, func(r *row) {
		code, name := r.required("ma"), r.required("ten")
		level, levelOK := r.choice("cap", imp.st.levelEnum)
		if r.text("cap") == "" {
			r.problem("cap", msgRequired)
		}
		from, fromSet := r.date("hieu_luc_tu")
		to, toSet := r.date("hieu_luc_den")
		if fromSet && toSet && to < from {
			r.problem("hieu_luc_den", msgValidityOrder, viDate(to), viDate(from))
		}
		successors := r.list("thay_the_boi")
		if len(successors) > 0 && !toSet {
			r.problem("thay_the_boi", msgSuccessorsNeedEnd)
		}
		forms := r.list("bao_cao")
		var fs []*form
		for _, fc := range forms {
			if f := imp.form(r, "bao_cao", fc); f != nil {
				fs = append(fs, f)
			}
		}
		if r.bad || !levelOK {
			return
		}
		u := imp.matchUnit(code, from)
		if u != nil {
			if first, dup := matched[u]; dup {
				r.problem("ma", msgDuplicateRow, first)
				return
			}
		}
		isNew := u == nil
		if isNew {
			u = &unit{aliases: map[string]*unitAlias{}, forms: map[*form]bool{}}
			u.Code, u.ValidFrom = code, defaultValidFrom
			if fromSet {
				u.ValidFrom = from
			}
			imp.st.addUnit(u)
		}
		matched[u] = r.line
		before := *u
		u.Name, u.Level, u.line = name, level, r.line
		if toSet {
			u.ValidTo = to
		}
		if k := r.text("loai_hinh"); k != "" {
			u.Kind = k
		} else if isNew {
			u.Kind = kindOf(name)
		}
		if s := r.text("ten_ngan"); s != "" {
			u.ShortName = s
		} else if isNew {
			u.ShortName = shortName(name, u.Kind)
		}
		u.parentCode = r.text("ma_cap_tren")
		u.successorCodes = successors
		var added []string
		for _, a := range append([]string{u.Name, u.ShortName}, r.list("bi_danh")...) {
			if f := foldName(a); f != "" && u.aliases[f] == nil {
				ua := &unitAlias{alias: a, folded: f}
				u.aliases[f] = ua
				u.newAliases = append(u.newAliases, ua)
				added = append(added, a)
			}
		}
		var newForms []string
		for _, f := range fs {
			if !u.forms[f] {
				u.forms[f] = true
				u.newForms = append(u.newForms, f)
				newForms = append(newForms, f.Code)
			}
		}
		touched = append(touched, u)
		rep := imp.rep.sheet(sheetUnits)
		key := unitKey(u)
		if isNew {
			u.dirty = true
			rep.added(r.line, key, u.Name+", "+imp.st.levelEnum.word(u.Level)+validityText(u.ValidFrom, u.ValidTo))
			return
		}
		var d diff
		d.field("ten", before.Name, u.Name)
		d.field("cap", imp.st.levelEnum.word(before.Level), imp.st.levelEnum.word(u.Level))
		d.field("ten_ngan", before.ShortName, u.ShortName)
		d.field("loai_hinh", before.Kind, u.Kind)
		d.field("hieu_luc_den", viDateOrEmpty(before.ValidTo), viDateOrEmpty(u.ValidTo))
		if !d.empty() {
			u.dirty = true
		}
		if len(added) > 0 {
			d.before = append(d.before, "bi_danh: …")
			d.after = append(d.after, "bi_danh: + "+strings.Join(added, ";"))
		}
		if len(newForms) > 0 {
			d.before = append(d.before, "bao_cao: …")
			d.after = append(d.after, "bao_cao: + "+strings.Join(newForms, ";"))
		}
		u.unreported = d.empty() // parent and successors may still change
		if d.empty() {
			return
		}
		rep.changed(r.line, key, d)
	})
	imp.resolveUnitLinks(touched)
	imp.checkOverlaps(touched)
}

// matchUnit finds the stored (or earlier added) unit with a code that
// began on a day (empty: defaultValidFrom, "since ever"), nil for a new one.
func (imp *importer) matchUnit(code, from string) *unit {
	if from == "" {
		from = defaultValidFrom
	}
	for _, u := range imp.st.unitsByCode[code] {
		if u.ValidFrom == from {
			return u
		}
	}
	return nil
}

// resolveUnitLinks sets parents (valid on the day the unit began) and
// successors (valid on the day after it ended), once every row is read so
// that rows may refer to rows further down.
func (imp *importer) resolveUnitLinks(touched []*unit) {
	sh := imp.sheets[sheetUnits]
	for _, u := range touched {
		rep := imp.rep.sheet(sheetUnits)
		r := &row{sheet: sh, line: u.line, probs: imp.probs}
		var d diff
		if u.parentCode != "" {
			p := imp.st.unitOn(u.parentCode, u.ValidFrom)
			if p == nil {
				r.problem("ma_cap_tren", msgNoUnitOn, u.parentCode, viDate(u.ValidFrom))
				continue
			}
			if p != u.parent {
				d.field("ma_cap_tren", codeOf(u.parent), p.Code)
				u.parent, u.dirty = p, true
			}
		}
		if len(u.successorCodes) > 0 && u.ValidTo != "" {
			day := dayAfter(u.ValidTo)
			var succ []*unit
			bad := false
			for _, c := range u.successorCodes {
				s := imp.st.unitOn(c, day)
				if s == nil {
					r.problem("thay_the_boi", msgNoUnitOn, c, viDate(day))
					bad = true
					continue
				}
				succ = append(succ, s)
			}
			if bad {
				continue
			}
			if unitCodes(succ) != unitCodes(u.successors) || len(succ) != len(u.successors) {
				d.field("thay_the_boi", unitCodes(u.successors), unitCodes(succ))
				u.successors, u.succDirty = succ, true
			}
		}
		if d.empty() {
			if u.unreported {
				rep.Unchanged++
			}
			continue
		}
		if u.unreported {
			rep.changed(u.line, unitKey(u), d)
			continue
		}
		// The row was reported changed already: add these fields to it.
		for i := range rep.Changes {
			c := &rep.Changes[i]
			if c.Line == u.line && c.Kind == Changed {
				c.Before += "; " + strings.Join(d.before, "; ")
				c.After += "; " + strings.Join(d.after, "; ")
			}
		}
	}
}

// checkOverlaps refuses two units of one code valid on the same day.
func (imp *importer) checkOverlaps(touched []*unit) {
	seen := map[string]bool{}
	for _, t := range touched {
		if seen[t.Code] {
			continue
		}
		seen[t.Code] = true
		us := append([]*unit(nil), imp.st.unitsByCode[t.Code]...)
		sort.Slice(us, func(i, j int) bool { return us[i].ValidFrom < us[j].ValidFrom })
		for i := 1; i < len(us); i++ {
			prev, cur := us[i-1], us[i]
			if prev.ValidTo != "" && prev.ValidTo < cur.ValidFrom {
				continue
			}
			line := cur.line
			if line == 0 {
				line = prev.line
			}
			imp.probs.add(sheetUnits, line, "ma", fmt.Sprintf(msgValidityOverlap, t.Code,
				cur.Name+validityText(cur.ValidFrom, cur.ValidTo), prev.Name+validityText(prev.ValidFrom, prev.ValidTo)))
		}
	}
}

// unitAt resolves a don_vi code read in a sheet of figures: the unit that
// carries it on a date (an empty code: the province). It says why not.
func (imp *importer) unitAt(code, date string) (*unit, string) {
	if code == "" {
		ps := imp.st.province(date)
		if len(ps) == 1 {
			return ps[0], ""
		}
		if len(ps) == 0 {
			return nil, fmt.Sprintf(msgNoProvince, viDate(date))
		}
		return nil, fmt.Sprintf(msgManyProvinces, viDate(date))
	}
	if u := imp.st.unitOn(code, date); u != nil {
		return u, ""
	}
	us := imp.st.unitsByCode[code]
	if len(us) == 0 {
		return nil, fmt.Sprintf(msgUnknownUnit, code)
	}
	var spans []string
	for _, u := range us {
		spans = append(spans, u.Name+validityText(u.ValidFrom, u.ValidTo))
	}
	return nil, fmt.Sprintf(msgUnitNotValid, code, viDate(date), strings.Join(spans, "; "))
}

func (imp *importer) applyUnits(ctx context.Context) error {
	// New units first, all of them, so parents and successors have ids.
	for _, u := range imp.st.units {
		if u.ID != 0 {
			continue
		}
		id, err := imp.s.InsertUnit(ctx, u.Unit)
		if err != nil {
			return err
		}
		u.ID = id
	}
	for _, u := range imp.st.units {
		if u.dirty {
			u.ParentID = sql.NullInt64{}
			if u.parent != nil {
				u.ParentID = sql.NullInt64{Int64: u.parent.ID, Valid: true}
			}
			if err := imp.s.UpdateUnit(ctx, u.Unit); err != nil {
				return err
			}
		}
		if u.succDirty {
			ids := make([]int64, len(u.successors))
			for i, s := range u.successors {
				ids[i] = s.ID
			}
			if err := imp.s.SetSuccessors(ctx, u.ID, ids); err != nil {
				return err
			}
		}
		for _, a := range u.newAliases {
			if err := imp.s.SaveUnitAlias(ctx, unitAliasRow(u, a)); err != nil {
				return err
			}
		}
		for _, f := range u.newForms {
			if err := imp.s.RequireForm(ctx, f.ID, u.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// kindOf is the kind a unit's name starts with ("Xã Can Lộc": Xã).
func kindOf(name string) string {
	for _, k := range unitKinds() {
		if strings.HasPrefix(name, k+" ") {
			return k
		}
	}
	return ""
}

// shortName drops the kind from a name: "Huyện Can Lộc" -> "Can Lộc".
func shortName(name, kind string) string {
	if rest, ok := strings.CutPrefix(name, kind+" "); ok && kind != "" {
		return rest
	}
	return name
}

func unitKey(u *unit) string {
	if u.ValidFrom == defaultValidFrom {
		return u.Code
	}
	return u.Code + " (từ " + viDate(u.ValidFrom) + ")"
}

func codeOf(u *unit) string {
	if u == nil {
		return ""
	}
	return u.Code
}

func validityText(from, to string) string {
	switch {
	case (from == "" || from == defaultValidFrom) && to == "":
		return ""
	case from == "" || from == defaultValidFrom:
		return fmt.Sprintf(msgValidTo, viDate(to))
	case to == "":
		return fmt.Sprintf(msgValidFrom, viDate(from))
	}
	return fmt.Sprintf(msgValidFromTo, viDate(from), viDate(to))
}

func viDateOrEmpty(iso string) string {
	if iso == "" {
		return ""
	}
	return viDate(iso)
}
