package dataset

import (
	"fmt"

	"github.com/hatinh-stttt/chatbot/queries"
)

// planUnitAliases reads bi_danh_don_vi: names with their own validity.
func (imp *importer) planUnitAliases() {
	lines := map[[2]string]int{}
	imp.rows(sheetUnitAliases, func(r *row) {
		code, alias := r.required("don_vi"), r.required("bi_danh")
		from, _ := r.date("tu_ngay")
		to, _ := r.date("den_ngay")
		if from != "" && to != "" && to < from {
			r.problem("den_ngay", msgValidityOrder, viDate(to), viDate(from))
		}
		if r.bad {
			return
		}
		u := imp.unitForAlias(r, code, from, to)
		if u == nil {
			return
		}
		f := foldName(alias)
		key := [2]string{fmt.Sprint(u.Code, "@", u.ValidFrom), f}
		if first, dup := lines[key]; dup {
			r.problem("bi_danh", msgDuplicateRow, first)
			return
		}
		lines[key] = r.line
		rep := imp.rep.sheet(sheetUnitAliases)
		name := code + " · " + alias
		a := u.aliases[f]
		if a == nil {
			a = &unitAlias{alias: alias, folded: f, from: from, to: to}
			u.aliases[f] = a
			u.newAliases = append(u.newAliases, a)
			rep.added(r.line, name, validityText(from, to))
			return
		}
		var d diff
		d.field("tu_ngay", viDateOrEmpty(a.from), viDateOrEmpty(from))
		d.field("den_ngay", viDateOrEmpty(a.to), viDateOrEmpty(to))
		if d.empty() {
			rep.Unchanged++
			return
		}
		a.from, a.to = from, to
		u.newAliases = append(u.newAliases, a)
		rep.changed(r.line, name, d)
	})
}

// unitForAlias finds the unit of a dated alias: valid on its first day,
// else its last, else the only unit with the code.
func (imp *importer) unitForAlias(r *row, code, from, to string) *unit {
	for _, day := range []string{from, to} {
		if day == "" {
			continue
		}
		u := imp.st.unitOn(code, day)
		if u == nil {
			r.problem("don_vi", msgNoUnitOn, code, viDate(day))
		}
		return u
	}
	us := imp.st.unitsByCode[code]
	switch len(us) {
	case 0:
		r.problem("don_vi", msgUnknownUnit, code)
		return nil
	case 1:
		return us[0]
	}
	r.problem("don_vi", msgCodeReusedAlias, code)
	return nil
}

func unitAliasRow(u *unit, a *unitAlias) queries.UnitAlias {
	return queries.UnitAlias{UnitID: u.ID, Alias: a.alias, Folded: a.folded, ValidFrom: a.from, ValidTo: a.to}
}
