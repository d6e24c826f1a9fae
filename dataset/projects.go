package dataset

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/queries"
)

// million is a triệu đồng: project sheets count in millions, the database in đồng.
const million = 1e6

// planProjects reads du_an: projects by source and number.
func (imp *importer) planProjects() {
	lines := map[projectKey]int{}
	groups := statusGroupEnum()
	imp.rows(sheetProjects, func(r *row) {
		src := imp.source(r, "nguon")
		seq, seqOK := r.integer("stt", 1, 100000)
		if r.text("stt") == "" {
			r.problem("stt", msgRequired)
		}
		name := r.required("ten")
		group, groupOK := r.choice("nhom_tinh_trang", groups)
		if r.text("nhom_tinh_trang") == "" {
			r.problem("nhom_tinh_trang", msgRequired)
		}
		start, startOK := r.integer("nam_bat_dau", 1900, 2100)
		end, endOK := r.integer("nam_ket_thuc", 1900, 2100)
		for _, c := range []string{"nam_bat_dau", "nam_ket_thuc"} {
			if r.text(c) == "" {
				r.problem(c, msgRequired)
			}
		}
		if startOK && endOK && end < start {
			r.problem("nam_ket_thuc", msgYearsOrder, end, start)
		}
		proposed, proposedSet := r.plainNumber("de_xuat_trieu_dong")
		if proposedSet && proposed < 0 {
			r.problem("de_xuat_trieu_dong", msgNegative, r.text("de_xuat_trieu_dong"))
		}
		var leads []*unit
		for _, c := range r.list("don_vi_chu_tri") {
			u, why := imp.unitAt(c, fmt.Sprintf("%04d-01-01", start))
			if why != "" {
				r.problem("don_vi_chu_tri", "%s", why)
				continue
			}
			leads = append(leads, u)
		}
		var levels []string
		for _, l := range r.list("cap_chu_tri") {
			code, ok := imp.st.levelEnum.parse(l)
			if !ok {
				r.problem("cap_chu_tri", msgBadChoice, l, imp.st.levelEnum.accepted())
				continue
			}
			levels = append(levels, code)
		}
		if r.bad || src == nil || !seqOK || !groupOK || !startOK || !endOK {
			return
		}
		key := projectKey{src.Code, seq}
		if first, dup := lines[key]; dup {
			r.problem("stt", msgDuplicateRow, first)
			return
		}
		lines[key] = r.line
		rep := imp.rep.sheet(sheetProjects)
		label := src.Code + " · " + seqText(seq)
		p := imp.st.projects[key]
		isNew := p == nil
		if isNew {
			p = &project{source: src, aliases: map[string]string{}}
			p.Seq = seq
			imp.st.projects[key] = p
		}
		before := *p
		p.Name, p.StatusGroup, p.StartYear, p.EndYear, p.line = name, group, start, end, r.line
		keep := func(dst *string, col string) {
			if v := r.text(col); v != "" || isNew {
				*dst = v
			}
		}
		keep(&p.ShortName, "ten_ngan")
		if p.ShortName == "" {
			p.ShortName = name
		}
		keep(&p.LeadAgency, "co_quan_chu_tri")
		keep(&p.Status, "tinh_trang")
		keep(&p.PeriodText, "thoi_gian")
		if proposedSet {
			p.Proposed = sql.NullFloat64{Float64: proposed * million, Valid: true}
		}
		if len(leads) > 0 {
			p.leadUnits = leads
		}
		if len(levels) > 0 {
			p.leadLevels = levels
		}
		var added []string
		for _, a := range append([]string{p.ShortName}, r.list("bi_danh")...) {
			if f := foldPhrases(a); f != "" {
				if _, ok := p.aliases[f]; !ok {
					p.aliases[f] = a
					added = append(added, a)
				}
			}
		}
		if isNew {
			p.dirty = true
			rep.added(r.line, label, name)
			return
		}
		var d diff
		d.field("ten", before.Name, p.Name)
		d.field("ten_ngan", before.ShortName, p.ShortName)
		d.field("co_quan_chu_tri", before.LeadAgency, p.LeadAgency)
		d.field("tinh_trang", before.Status, p.Status)
		d.field("nhom_tinh_trang", groups.word(before.StatusGroup), groups.word(p.StatusGroup))
		d.field("thoi_gian", before.PeriodText, p.PeriodText)
		d.field("nam_bat_dau", seqText(before.StartYear), seqText(p.StartYear))
		d.field("nam_ket_thuc", seqText(before.EndYear), seqText(p.EndYear))
		d.field("de_xuat_trieu_dong", millions(before.Proposed), millions(p.Proposed))
		d.field("don_vi_chu_tri", unitCodes(before.leadUnits), unitCodes(p.leadUnits))
		d.field("cap_chu_tri", levelList(before.leadLevels), levelList(p.leadLevels))
		if len(added) > 0 {
			d.before = append(d.before, "bi_danh: …")
			d.after = append(d.after, "bi_danh: + "+strings.Join(added, ";"))
		}
		if d.empty() {
			rep.Unchanged++
			return
		}
		p.dirty = true
		rep.changed(r.line, label, d)
	})
}

// planFunding reads kinh_phi: the lines of a project in the file replace
// the project's stored lines.
func (imp *importer) planFunding() {
	kinds := fundingEnum()
	byProject := map[*project][]queries.FundingLine{}
	firstLine := map[*project]int{}
	var order []*project
	imp.rows(sheetFunding, func(r *row) {
		src := imp.source(r, "nguon")
		seq, seqOK := r.integer("du_an", 1, 100000)
		if r.text("du_an") == "" {
			r.problem("du_an", msgRequired)
		}
		kind, kindOK := r.choice("nguon_von", kinds)
		if r.text("nguon_von") == "" {
			r.problem("nguon_von", msgRequired)
		}
		year, yearSet := r.integer("nam", 1900, 2100)
		amount, amountOK := r.plainNumber("trieu_dong")
		if r.text("trieu_dong") == "" {
			r.problem("trieu_dong", msgRequired)
		}
		if amountOK && amount < 0 {
			r.problem("trieu_dong", msgNegative, r.text("trieu_dong"))
		}
		if r.bad || src == nil || !seqOK || !kindOK || !amountOK {
			return
		}
		p := imp.st.projects[projectKey{src.Code, seq}]
		if p == nil {
			r.problem("du_an", msgUnknownProject, seq, src.Code)
			return
		}
		line := queries.FundingLine{Source: kind, Amount: amount * million, Recipient: r.text("don_vi_nhan")}
		if yearSet {
			line.Year = sql.NullInt64{Int64: int64(year), Valid: true}
		}
		if _, ok := firstLine[p]; !ok {
			firstLine[p] = r.line
			order = append(order, p)
		}
		byProject[p] = append(byProject[p], line)
	})
	if imp.sheets[sheetFunding] == nil {
		return
	}
	rep := imp.rep.sheet(sheetFunding)
	kindsOut := fundingEnum()
	for _, p := range order {
		lines := byProject[p]
		was, now := fundingText(p.funding, kindsOut), fundingText(lines, kindsOut)
		label := p.source.Code + " · " + seqText(p.Seq)
		switch {
		case was == now:
			rep.Unchanged += len(lines)
		case len(p.funding) == 0:
			p.funding, p.dirty = lines, true
			rep.Added += len(lines) - 1
			rep.added(firstLine[p], label, now)
		default:
			p.funding, p.dirty = lines, true
			rep.Changed += len(lines) - 1
			rep.changed(firstLine[p], label, diff{before: []string{was}, after: []string{now}})
		}
	}
}

// fundingText writes a project's lines in a stable order, to compare and show.
func fundingText(lines []queries.FundingLine, kinds enum) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		year := ""
		if l.Year.Valid {
			year = fmt.Sprint(l.Year.Int64)
		}
		parts[i] = fmt.Sprintf("%s %s %s tr.đ %s", kinds.word(l.Source), year, FormatNumber(l.Amount/million), l.Recipient)
		parts[i] = strings.TrimSpace(strings.Join(strings.Fields(parts[i]), " "))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

func millions(v sql.NullFloat64) string {
	if !v.Valid {
		return ""
	}
	return FormatNumber(math.Round(v.Float64/million*1e6) / 1e6)
}

func levelList(levels []string) string {
	c := append([]string(nil), levels...)
	sort.Strings(c)
	return strings.Join(c, ";")
}

func (imp *importer) applyProjects(ctx context.Context) error {
	keys := make([]projectKey, 0, len(imp.st.projects))
	for k := range imp.st.projects {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].source != keys[j].source {
			return keys[i].source < keys[j].source
		}
		return keys[i].seq < keys[j].seq
	})
	for _, k := range keys {
		p := imp.st.projects[k]
		if !p.dirty {
			continue
		}
		np := queries.NewProject{SourceID: p.source.ID, Project: p.Project, LeadLevels: p.leadLevels, Funding: p.funding}
		for _, u := range p.leadUnits {
			np.LeadUnitIDs = append(np.LeadUnitIDs, u.ID)
		}
		// SaveProject replaces every alias: give it the stored ones too.
		for _, f := range sortedKeys(p.aliases) {
			np.Aliases = append(np.Aliases, [2]string{p.aliases[f], f})
		}
		id, err := imp.s.SaveProject(ctx, np)
		if err != nil {
			return err
		}
		p.ID = id
	}
	return nil
}
