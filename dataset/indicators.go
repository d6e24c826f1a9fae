package dataset

import (
	"context"
	"sort"
	"strings"

	"github.com/hatinh-stttt/chatbot/queries"
)

// planIndicators reads chi_tieu: indicators by code, their aliases added.
func (imp *importer) planIndicators() {
	lines := map[string]int{}
	kinds, unitAggs, periodAggs := kindEnum(), unitAggEnum(), periodAggEnum()
	imp.rows(sheetIndicators, func(r *row) {
		code, name, label := r.required("ma"), r.required("ten"), r.required("don_vi_tinh")
		kind, kindOK := r.choice("loai", kinds)
		if r.text("loai") == "" {
			r.problem("loai", msgRequired)
		}
		unitAgg, unitAggSet := r.choice("cong_theo_don_vi", unitAggs)
		periodAgg, periodAggSet := r.choice("cong_theo_ky", periodAggs)
		higher, higherSet := r.flag("cao_la_tot")
		topic, num, den, former := r.text("chu_de"), r.text("tu_so"), r.text("mau_so"), r.text("truoc_day")
		aliases := r.list("bi_danh")
		if r.bad || !kindOK {
			return
		}
		if first, dup := lines[code]; dup {
			r.problem("ma", msgDuplicateRow, first)
			return
		}
		lines[code] = r.line
		x := imp.st.indicators[code]
		isNew := x == nil
		if isNew {
			in := queries.Indicator{Code: code, Name: name, Kind: kind, UnitLabel: label, Topic: code, HigherIsBetter: true}
			in.UnitAgg, in.PeriodAgg = defaultAggregation(kind)
			x = &indicator{Indicator: in, aliases: map[string]string{}}
		}
		before := x.Indicator
		x.Name, x.Kind, x.UnitLabel = name, kind, label
		if topic != "" {
			x.Topic = topic
		}
		if unitAggSet {
			x.UnitAgg = unitAgg
		}
		if periodAggSet {
			x.PeriodAgg = periodAgg
		}
		if num != "" {
			x.NumeratorCode = num
		}
		if den != "" {
			x.DenominatorCode = den
		}
		if former != "" {
			x.FormerCode = former
		}
		if higherSet {
			x.HigherIsBetter = higher
		}
		var added []string
		for _, a := range aliases {
			f := foldPhrases(a)
			if _, ok := x.aliases[f]; ok || f == "" {
				continue
			}
			x.aliases[f] = a
			x.newAliases = append(x.newAliases, [2]string{a, f})
			added = append(added, a)
		}
		x.line = r.line
		rep := imp.rep.sheet(sheetIndicators)
		if isNew {
			x.dirty = true
			imp.st.indicators[code] = x
			rep.added(r.line, code, name)
			return
		}
		var d diff
		d.field("ten", before.Name, x.Name)
		d.field("loai", before.Kind, x.Kind)
		d.field("don_vi_tinh", before.UnitLabel, x.UnitLabel)
		d.field("chu_de", before.Topic, x.Topic)
		d.field("cong_theo_don_vi", before.UnitAgg, x.UnitAgg)
		d.field("cong_theo_ky", before.PeriodAgg, x.PeriodAgg)
		d.field("tu_so", before.NumeratorCode, x.NumeratorCode)
		d.field("mau_so", before.DenominatorCode, x.DenominatorCode)
		d.field("truoc_day", before.FormerCode, x.FormerCode)
		d.field("cao_la_tot", flagWord(before.HigherIsBetter), flagWord(x.HigherIsBetter))
		if !d.empty() {
			x.dirty = true
		}
		if len(added) > 0 {
			d.before = append(d.before, "bi_danh: …")
			d.after = append(d.after, "bi_danh: + "+strings.Join(added, ";"))
		}
		if d.empty() {
			rep.Unchanged++
			return
		}
		rep.changed(r.line, code, d)
	})
	// Numerators, denominators and former indicators may name indicators
	// defined further down.
	imp.rows(sheetIndicators, func(r *row) {
		for _, col := range []string{"tu_so", "mau_so", "truoc_day"} {
			if c := r.text(col); c != "" && imp.st.indicators[c] == nil {
				r.problem(col, msgUnknownIndicator, c)
			}
		}
	})
}

// defaultAggregation is how values of a new indicator combine when the
// file does not say: counts and money add up over units and periods,
// percentages, scores and ranks do not.
func defaultAggregation(kind string) (unitAgg, periodAgg string) {
	switch kind {
	case "count", "money":
		return "sum", "sum"
	}
	return "none", "last"
}

// indicator resolves a chi_tieu code read in another sheet.
func (imp *importer) indicator(r *row, col string) *indicator {
	code := r.required(col)
	if code == "" {
		return nil
	}
	x := imp.st.indicators[code]
	if x == nil {
		r.problem(col, msgUnknownIndicator, code)
	}
	return x
}

func (imp *importer) applyIndicators(ctx context.Context) error {
	codes := make([]string, 0, len(imp.st.indicators))
	for c := range imp.st.indicators {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		x := imp.st.indicators[c]
		if x.dirty {
			id, err := imp.s.UpsertIndicator(ctx, x.Indicator)
			if err != nil {
				return err
			}
			x.ID = id
		}
		for _, a := range x.newAliases {
			if err := imp.s.AddIndicatorAlias(ctx, x.ID, a[0], a[1]); err != nil {
				return err
			}
		}
	}
	return nil
}
