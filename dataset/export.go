package dataset

import (
	"context"
	"math"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/queries"
)

// Export writes the database in the format Import reads: the catalog
// (sources, indicators, forms, units and their aliases, projects), the
// sources' text and the figures and targets taken from documents. Importing it back changes
// nothing. Figures submitted by units through /nop stay out: they carry
// who sent them and when, which this format has no place for (/xuat
// exports them).
func Export(ctx context.Context, s *queries.Store) (*Workbook, error) {
	var wb *Workbook
	err := s.Tx(ctx, func(tx *queries.Store) error {
		st, err := loadState(ctx, tx, true)
		if err != nil {
			return err
		}
		if err := st.loadPassages(ctx, tx); err != nil {
			return err
		}
		wb = st.workbook(true)
		return nil
	})
	return wb, err
}

// exportSheet is a sheet being written, with cells by column name.
type exportSheet struct {
	sh  *Sheet
	col map[string]int
}

func newExportSheet(wb *Workbook, sp sheetSpec) *exportSheet {
	e := &exportSheet{sh: wb.AddSheet(sp.name, sp.header()...), col: map[string]int{}}
	for i, h := range e.sh.Header {
		e.col[h] = i
	}
	return e
}

// row adds a row; set fills it.
func (e *exportSheet) row() []Cell {
	cells := make([]Cell, len(e.sh.Header))
	e.sh.Rows = append(e.sh.Rows, Row{Line: len(e.sh.Rows) + 2, Cells: cells})
	return e.sh.Rows[len(e.sh.Rows)-1].Cells
}

func (e *exportSheet) text(cells []Cell, col, v string) { cells[e.col[col]] = Cell{Text: v} }

func (e *exportSheet) number(cells []Cell, col string, v float64) {
	cells[e.col[col]] = Cell{Kind: CellNumber, Text: FormatNumber(v), Number: v}
}

// workbook writes the state as sheets, in the order of the contract;
// without figures, van_ban, so_lieu and muc_tieu are left empty.
func (st *state) workbook(figures bool) *Workbook {
	wb := &Workbook{}
	specs := map[string]sheetSpec{}
	for _, sp := range sheetSpecs() {
		specs[sp.name] = sp
	}
	st.exportSources(newExportSheet(wb, specs[sheetSources]))
	passages := newExportSheet(wb, specs[sheetPassages])
	if figures {
		st.exportPassages(passages)
	}
	st.exportIndicators(newExportSheet(wb, specs[sheetIndicators]))
	st.exportForms(newExportSheet(wb, specs[sheetForms]), newExportSheet(wb, specs[sheetFormFields]), newExportSheet(wb, specs[sheetStages]))
	st.exportUnits(newExportSheet(wb, specs[sheetUnits]), newExportSheet(wb, specs[sheetUnitAliases]))
	values, targets := newExportSheet(wb, specs[sheetValues]), newExportSheet(wb, specs[sheetTargets])
	if figures {
		st.exportValues(values)
		st.exportTargets(targets)
	}
	st.exportProjects(newExportSheet(wb, specs[sheetProjects]), newExportSheet(wb, specs[sheetFunding]))
	return wb
}

func (st *state) exportSources(e *exportSheet) {
	for _, code := range sortedKeys(st.sources) {
		s := st.sources[code]
		c := e.row()
		e.text(c, "ma", s.Code)
		e.text(c, "ten", s.Title)
		e.text(c, "ngay", viDate(s.IssuedOn))
		e.text(c, "co_quan", s.Issuer)
	}
}

func (st *state) exportIndicators(e *exportSheet) {
	for _, code := range sortedKeys(st.indicators) {
		x := st.indicators[code]
		c := e.row()
		e.text(c, "ma", x.Code)
		e.text(c, "ten", x.Name)
		e.text(c, "loai", x.Kind)
		e.text(c, "don_vi_tinh", x.UnitLabel)
		e.text(c, "bi_danh", aliasList(x.aliases, nil, foldPhrases))
		e.text(c, "chu_de", x.Topic)
		e.text(c, "cong_theo_don_vi", x.UnitAgg)
		e.text(c, "cong_theo_ky", x.PeriodAgg)
		e.text(c, "tu_so", x.NumeratorCode)
		e.text(c, "mau_so", x.DenominatorCode)
		e.text(c, "cao_la_tot", flagWord(x.HigherIsBetter))
		e.text(c, "truoc_day", x.FormerCode)
	}
}

// aliasList writes aliases as written, in the order of their folded form,
// leaving out those that come by themselves (a unit's name). An alias
// whose written form does not fold to what is stored (the reference data
// of the migrations stores "dịch vụ mức 3" as "dich vu + muc 3") is written
// folded, so that importing it back finds it.
func aliasList(aliases map[string]string, implied map[string]bool, fold func(string) string) string {
	var out []string
	for _, f := range sortedKeys(aliases) {
		switch a := aliases[f]; {
		case implied[f]:
		case fold(a) == f:
			out = append(out, a)
		default:
			out = append(out, f)
		}
	}
	return strings.Join(out, ";")
}

func (st *state) exportForms(forms, fields, stages *exportSheet) {
	types, stageWords, audiences := periodTypeEnum(), stageEnum(), audienceEnum()
	for _, code := range sortedKeys(st.forms) {
		f := st.forms[code]
		c := forms.row()
		forms.text(c, "ma", f.Code)
		forms.text(c, "ten", f.Name)
		forms.text(c, "ky_bao_cao", types.word(f.PeriodType))
		forms.number(c, "han_nop_sau_ngay", float64(f.DeadlineDays))
		ffs := make([]*formField, 0, len(f.fields))
		for _, ff := range f.fields {
			ffs = append(ffs, ff)
		}
		sort.Slice(ffs, func(i, j int) bool {
			return ffs[i].Position < ffs[j].Position || ffs[i].Position == ffs[j].Position && ffs[i].Code < ffs[j].Code
		})
		for _, ff := range ffs {
			c := fields.row()
			fields.text(c, "bieu_mau", f.Code)
			fields.text(c, "ma", ff.Code)
			if ff.indicator != nil {
				fields.text(c, "chi_tieu", ff.indicator.Code)
			}
			fields.number(c, "thu_tu", float64(ff.Position))
			fields.number(c, "toi_thieu", ff.MinValue)
			if ff.MaxValue.Valid {
				fields.number(c, "toi_da", ff.MaxValue.Float64)
			}
			fields.text(c, "so_nguyen", flagWord(ff.IntegerOnly))
			fields.text(c, "khong_vuot_qua", ff.MaxField)
		}
		sgs := make([]*stage, 0, len(f.stages))
		for _, sg := range f.stages {
			sgs = append(sgs, sg)
		}
		sort.Slice(sgs, func(i, j int) bool {
			return sgs[i].OffsetDays < sgs[j].OffsetDays || sgs[i].OffsetDays == sgs[j].OffsetDays && sgs[i].Stage < sgs[j].Stage
		})
		for _, sg := range sgs {
			c := stages.row()
			stages.text(c, "bieu_mau", f.Code)
			stages.text(c, "giai_doan", stageWords.word(sg.Stage))
			stages.number(c, "so_ngay", float64(sg.OffsetDays))
			stages.number(c, "lap_lai_sau_ngay", float64(sg.RepeatDays))
			stages.text(c, "gui_cho", audiences.word(sg.Audience))
		}
	}
}

func (st *state) exportUnits(units, aliases *exportSheet) {
	for _, u := range st.units {
		c := units.row()
		units.text(c, "ma", u.Code)
		units.text(c, "ten", u.Name)
		units.text(c, "cap", st.levelEnum.word(u.Level))
		units.text(c, "ma_cap_tren", codeOf(u.parent))
		plain := map[string]string{}
		var dated []*unitAlias
		for f, a := range u.aliases {
			if a.from == "" && a.to == "" {
				plain[f] = a.alias
			} else {
				dated = append(dated, a)
			}
		}
		units.text(c, "bi_danh", aliasList(plain, map[string]bool{foldName(u.Name): true, foldName(u.ShortName): true}, foldName))
		if u.ValidFrom != defaultValidFrom {
			units.text(c, "hieu_luc_tu", viDate(u.ValidFrom))
		}
		units.text(c, "hieu_luc_den", viDateOrEmpty(u.ValidTo))
		units.text(c, "thay_the_boi", unitCodes(u.successors))
		units.text(c, "ten_ngan", u.ShortName)
		units.text(c, "loai_hinh", u.Kind)
		var forms []string
		for f := range u.forms {
			forms = append(forms, f.Code)
		}
		sort.Strings(forms)
		units.text(c, "bao_cao", strings.Join(forms, ";"))
		sort.Slice(dated, func(i, j int) bool { return dated[i].folded < dated[j].folded })
		for _, a := range dated {
			c := aliases.row()
			aliases.text(c, "don_vi", u.Code)
			aliases.text(c, "bi_danh", aliasList(map[string]string{a.folded: a.alias}, nil, foldName))
			aliases.text(c, "tu_ngay", viDateOrEmpty(a.from))
			aliases.text(c, "den_ngay", viDateOrEmpty(a.to))
		}
	}
}

func (st *state) exportValues(e *exportSheet) {
	vals := make([]*queries.StoredValue, 0, len(st.values))
	for _, v := range st.values {
		if !v.SubmissionID.Valid && v.SourceID.Valid {
			vals = append(vals, v)
		}
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].ID < vals[j].ID })
	srcByID := st.sourcesByID()
	for _, v := range vals {
		c := e.row()
		e.text(c, "chi_tieu", codeOfIndicator(st.indByID[v.IndicatorID]))
		e.text(c, "don_vi", codeOf(st.unitByID[v.UnitID]))
		e.text(c, "ky", periodText(v.PeriodLabel, v.PeriodKind, v.PeriodStart, v.PeriodEnd))
		e.number(c, "gia_tri", v.Value)
		if s := srcByID[v.SourceID.Int64]; s != nil {
			e.text(c, "nguon", s.Code)
		}
		e.text(c, "trich_dan", v.SourceRef)
		if v.Level != "" {
			e.text(c, "cap", st.levelEnum.word(v.Level))
		}
		if v.PerUnit {
			e.text(c, "moi_don_vi", flagWord(true))
		}
		if v.OutOf.Valid {
			e.number(c, "tren_tong", v.OutOf.Float64)
		}
		e.text(c, "ghi_chu", v.Note)
	}
}

// periodText is how an export writes a period: its label, when the label
// reads back as the same period, else a plain form that does.
func periodText(label, kind, start, end string) string {
	if p, reason := parsePeriod(label); reason == "" && string(p.Kind) == kind && p.Start == start && p.End == end {
		return label
	}
	switch {
	case start == "":
		return "đến ngày " + viDate(end)
	case kind == "year":
		return "năm " + start[:4]
	}
	return "từ ngày " + viDate(start) + " đến ngày " + viDate(end)
}

func (st *state) exportTargets(e *exportSheet) {
	kinds := targetKindEnum()
	ts := make([]*queries.StoredTarget, 0, len(st.targets))
	for _, t := range st.targets {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
	srcByID := st.sourcesByID()
	for _, t := range ts {
		c := e.row()
		e.text(c, "chi_tieu", codeOfIndicator(st.indByID[t.IndicatorID]))
		e.text(c, "don_vi", codeOf(st.unitByID[t.UnitID]))
		e.text(c, "loai", kinds.word(t.Kind))
		e.number(c, "gia_tri", t.Value)
		e.text(c, "han", viDate(t.Deadline))
		if s := srcByID[t.SourceID]; s != nil {
			e.text(c, "nguon", s.Code)
		}
		if t.Level != "" {
			e.text(c, "cap", st.levelEnum.word(t.Level))
		}
		e.text(c, "ky", t.PeriodLabel)
		e.text(c, "ban_hanh_boi", t.SetBy)
		e.text(c, "trich_dan", t.SourceRef)
	}
}

func (st *state) exportProjects(projects, funding *exportSheet) {
	groups, kinds := statusGroupEnum(), fundingEnum()
	keys := make([]projectKey, 0, len(st.projects))
	for k := range st.projects {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].source < keys[j].source || keys[i].source == keys[j].source && keys[i].seq < keys[j].seq
	})
	for _, k := range keys {
		p := st.projects[k]
		c := projects.row()
		projects.text(c, "nguon", k.source)
		projects.number(c, "stt", float64(p.Seq))
		projects.text(c, "ten", p.Name)
		projects.text(c, "ten_ngan", p.ShortName)
		projects.text(c, "co_quan_chu_tri", p.LeadAgency)
		codes := make([]string, len(p.leadUnits))
		for i, u := range p.leadUnits {
			codes[i] = u.Code
		}
		projects.text(c, "don_vi_chu_tri", strings.Join(codes, ";"))
		words := make([]string, len(p.leadLevels))
		for i, l := range p.leadLevels {
			words[i] = st.levelEnum.word(l)
		}
		projects.text(c, "cap_chu_tri", strings.Join(words, ";"))
		projects.text(c, "tinh_trang", p.Status)
		projects.text(c, "nhom_tinh_trang", groups.word(p.StatusGroup))
		projects.text(c, "thoi_gian", p.PeriodText)
		projects.number(c, "nam_bat_dau", float64(p.StartYear))
		projects.number(c, "nam_ket_thuc", float64(p.EndYear))
		if p.Proposed.Valid {
			projects.number(c, "de_xuat_trieu_dong", math.Round(p.Proposed.Float64/million*1e6)/1e6)
		}
		projects.text(c, "bi_danh", aliasList(p.aliases, map[string]bool{foldPhrases(p.ShortName): true}, foldPhrases))
		for _, l := range p.funding {
			c := funding.row()
			funding.text(c, "nguon", k.source)
			funding.number(c, "du_an", float64(p.Seq))
			funding.text(c, "nguon_von", kinds.word(l.Source))
			if l.Year.Valid {
				funding.number(c, "nam", float64(l.Year.Int64))
			}
			funding.number(c, "trieu_dong", math.Round(l.Amount/million*1e6)/1e6)
			funding.text(c, "don_vi_nhan", l.Recipient)
		}
	}
}

func (st *state) sourcesByID() map[int64]*source {
	out := map[int64]*source{}
	for _, s := range st.sources {
		out[s.ID] = s
	}
	return out
}

func codeOfIndicator(x *indicator) string {
	if x == nil {
		return ""
	}
	return x.Code
}
