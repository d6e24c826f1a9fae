package dataset

import (
	"context"
)

// planSources reads nguon: documents by code.
func (imp *importer) planSources() {
	rep := imp.rep.sheet
	lines := map[string]int{}
	imp.rows(sheetSources, func(r *row) {
		code, title := r.required("ma"), r.required("ten")
		date, _ := r.date("ngay")
		if r.text("ngay") == "" {
			r.problem("ngay", msgRequired)
		}
		issuer := r.text("co_quan")
		if r.bad {
			return
		}
		if first, dup := lines[code]; dup {
			r.problem("ma", msgDuplicateRow, first)
			return
		}
		lines[code] = r.line
		key := code
		src := imp.st.sources[code]
		if src == nil {
			src = &source{}
			src.Code, src.Title, src.Issuer, src.IssuedOn = code, title, issuer, date
			src.line, src.dirty = r.line, true
			imp.st.sources[code] = src
			rep(sheetSources).added(r.line, key, title+", "+viDate(date))
			return
		}
		var d diff
		d.field("ten", src.Title, title)
		d.field("ngay", viDate(src.IssuedOn), viDate(date))
		if issuer != "" {
			d.field("co_quan", src.Issuer, issuer)
			src.Issuer = issuer
		}
		src.Title, src.IssuedOn, src.line = title, date, r.line
		if d.empty() {
			rep(sheetSources).Unchanged++
			return
		}
		src.dirty = true
		rep(sheetSources).changed(r.line, key, d)
	})
}

// source resolves a nguon code read in another sheet.
func (imp *importer) source(r *row, col string) *source {
	code := r.required(col)
	if code == "" {
		return nil
	}
	src := imp.st.sources[code]
	if src == nil {
		r.problem(col, msgUnknownSource, code)
	}
	return src
}

func (imp *importer) applySources(ctx context.Context) error {
	for _, src := range imp.st.sources {
		if !src.dirty {
			continue
		}
		id, err := imp.s.UpsertSource(ctx, src.Source)
		if err != nil {
			return err
		}
		src.ID = id
	}
	return nil
}
