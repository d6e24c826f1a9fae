package migrations

import (
	"context"
	"database/sql"
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

//go:embed demo/*.tsv demo/*.csv
var demoFiles embed.FS

// ReportSource is the document every demo figure comes from.
var reportSource = queries.Source{
	Code:     "47/BC-STTTT",
	Title:    "Báo cáo kết quả thực hiện các cơ chế, chính sách, các văn bản QPPL liên quan đến cải cách hành chính thuộc lĩnh vực Thông tin và Truyền thông giai đoạn 2015-2018",
	Issuer:   "Sở Thông tin và Truyền thông Hà Tĩnh",
	IssuedOn: "2019-06-10",
}

// ReportSourceCode names the demo's source document.
const ReportSourceCode = "47/BC-STTTT"

// QuarterlyFormCode is the quarterly DVC report form of design.md §2.2.
const QuarterlyFormCode = "dvc-quy"

// Normaliser turns an alias into the form questions are matched in.
type Normaliser func(string) string

// DemoStats counts what SeedDemo loaded.
type DemoStats struct {
	Units, Indicators, Values, Targets, Projects, RequiredUnits int
}

// SeedDemo loads the report's dataset (Báo cáo 47/BC-STTTT, 10/06/2019) and
// Hà Tĩnh's 2019 units in one transaction. Running it again changes nothing.
func SeedDemo(ctx context.Context, s *queries.Store, norm Normaliser, now time.Time) (DemoStats, error) {
	var st DemoStats
	err := s.Tx(ctx, func(tx *queries.Store) error {
		l := demoLoader{s: tx, norm: norm, now: now, units: map[string]int64{}, indicators: map[string]int64{}}
		steps := []func(context.Context, *DemoStats) error{
			l.loadUnits, l.loadAgencies, l.loadUnitAliases, l.loadRequiredUnits,
			l.loadIndicators, l.loadValues, l.loadTargets, l.loadProjects,
		}
		var err error
		if l.source, err = tx.UpsertSource(ctx, reportSource); err != nil {
			return err
		}
		for _, step := range steps {
			if err := step(ctx, &st); err != nil {
				return fmt.Errorf("migrations: demo: %w", err)
			}
		}
		return nil
	})
	return st, err
}

type demoLoader struct {
	s          *queries.Store
	norm       Normaliser
	now        time.Time
	source     int64
	units      map[string]int64
	indicators map[string]int64
}

// rows reads a tab- or comma-separated file with a header into maps.
func rows(name string) ([]map[string]string, error) {
	f, err := demoFiles.Open("demo/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	if strings.HasSuffix(name, ".tsv") {
		r.Comma = '\t'
		r.LazyQuotes = true
	}
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	var out []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		m := make(map[string]string, len(header))
		for i, h := range header {
			m[h] = strings.Join(strings.Fields(rec[i]), " ")
		}
		out = append(out, m)
	}
}

// foldAlias normalises each "+"-separated phrase of an alias.
func (l *demoLoader) foldAlias(alias string) string {
	parts := strings.Split(alias, "+")
	for i, p := range parts {
		parts[i] = l.norm(p)
	}
	return strings.Join(parts, " + ")
}

func (l *demoLoader) addUnitAliases(ctx context.Context, id int64, aliases ...string) error {
	for _, a := range aliases {
		if a = strings.TrimSpace(a); a == "" {
			continue
		}
		if err := l.s.AddUnitAlias(ctx, id, a, l.norm(a)); err != nil {
			return err
		}
	}
	return nil
}

// shortName drops the kind prefix: "Huyện Can Lộc" -> "Can Lộc".
func shortName(name, kind string) string {
	if rest, ok := strings.CutPrefix(name, kind+" "); ok {
		return rest
	}
	return name
}

func (l *demoLoader) loadUnits(ctx context.Context, st *DemoStats) error {
	recs, err := rows("ha-tinh-units-2019.csv")
	if err != nil {
		return err
	}
	for _, r := range recs {
		u := queries.Unit{Code: r["code"], Level: r["level"], Name: r["name"], Kind: r["type"]}
		u.ShortName = shortName(u.Name, u.Kind)
		if p := r["parent_code"]; p != "" {
			u.ParentID = sql.NullInt64{Int64: l.units[p], Valid: true}
		}
		id, err := l.s.UpsertUnit(ctx, u, "2000-01-01")
		if err != nil {
			return err
		}
		l.units[u.Code] = id
		aliases := []string{u.Name, u.ShortName}
		if u.Level != "province" {
			aliases = append(aliases, "UBND "+strings.ToLower(u.Kind[:1])+u.Name[1:])
		}
		if u.Kind == "Huyện" {
			aliases = append(aliases, "H. "+u.ShortName)
		}
		if err := l.addUnitAliases(ctx, id, aliases...); err != nil {
			return err
		}
		st.Units++
	}
	return nil
}

func (l *demoLoader) loadAgencies(ctx context.Context, st *DemoStats) error {
	recs, err := rows("ha-tinh-agencies-2019.csv")
	if err != nil {
		return err
	}
	for _, r := range recs {
		level := "agency"
		if r["kind"] == "sector" {
			level = "sector"
		}
		shorts := strings.Split(r["short_names"], ";")
		u := queries.Unit{Code: r["code"], Level: level, Name: r["name"], ShortName: r["name"], Kind: r["kind"],
			ParentID: sql.NullInt64{Int64: l.units["42"], Valid: true}}
		if shorts[0] != "" {
			u.ShortName = shorts[0]
		}
		id, err := l.s.UpsertUnit(ctx, u, "2000-01-01")
		if err != nil {
			return err
		}
		l.units[u.Code] = id
		if err := l.addUnitAliases(ctx, id, append([]string{u.Name}, shorts...)...); err != nil {
			return err
		}
		st.Units++
	}
	return nil
}

func (l *demoLoader) loadUnitAliases(ctx context.Context, _ *DemoStats) error {
	recs, err := rows("unit_aliases.tsv")
	if err != nil {
		return err
	}
	for _, r := range recs {
		id, ok := l.units[r["unit"]]
		if !ok {
			return fmt.Errorf("unit_aliases.tsv: unknown unit %q", r["unit"])
		}
		if err := l.addUnitAliases(ctx, id, r["alias"]); err != nil {
			return err
		}
	}
	return nil
}

// loadRequiredUnits makes the provincial agencies (kind agency) and the
// district-level units the reporters of the quarterly form.
func (l *demoLoader) loadRequiredUnits(ctx context.Context, st *DemoStats) error {
	form, err := l.s.FormByCode(ctx, QuarterlyFormCode)
	if err != nil {
		return err
	}
	units, err := rows("ha-tinh-units-2019.csv")
	if err != nil {
		return err
	}
	agencies, err := rows("ha-tinh-agencies-2019.csv")
	if err != nil {
		return err
	}
	var codes []string
	for _, r := range units {
		if r["level"] == "district" {
			codes = append(codes, r["code"])
		}
	}
	for _, r := range agencies {
		if r["kind"] == "agency" {
			codes = append(codes, r["code"])
		}
	}
	for _, c := range codes {
		if err := l.s.RequireForm(ctx, form.ID, l.units[c]); err != nil {
			return err
		}
		st.RequiredUnits++
	}
	return nil
}

func (l *demoLoader) loadIndicators(ctx context.Context, st *DemoStats) error {
	recs, err := rows("indicators.tsv")
	if err != nil {
		return err
	}
	for _, r := range recs {
		in := queries.Indicator{Code: r["code"], Name: r["name"], Kind: r["kind"], UnitLabel: r["unit_label"],
			Topic: r["topic"], UnitAgg: r["unit_agg"], PeriodAgg: r["period_agg"], NumeratorCode: r["numerator"],
			DenominatorCode: r["denominator"], HigherIsBetter: r["higher_is_better"] == "1"}
		id, err := l.s.UpsertIndicator(ctx, in)
		if err != nil {
			return err
		}
		l.indicators[in.Code] = id
		for _, a := range strings.Split(r["aliases"], ";") {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			if err := l.s.AddIndicatorAlias(ctx, id, a, l.foldAlias(a)); err != nil {
				return err
			}
		}
		st.Indicators++
	}
	return nil
}

func (l *demoLoader) unit(code string) (int64, error) {
	id, ok := l.units[code]
	if !ok {
		return 0, fmt.Errorf("unknown unit %q", code)
	}
	return id, nil
}

func (l *demoLoader) indicator(code string) (int64, error) {
	id, ok := l.indicators[code]
	if !ok {
		return 0, fmt.Errorf("unknown indicator %q", code)
	}
	return id, nil
}

// figure reads the indicator, unit and value columns of a row.
func (l *demoLoader) figure(r map[string]string) (indicator, unit int64, value float64, err error) {
	if indicator, err = l.indicator(r["indicator"]); err != nil {
		return
	}
	if unit, err = l.unit(r["unit"]); err != nil {
		return
	}
	value, err = number(r["value"])
	return
}

func number(s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("bad number %q", s)
	}
	return v, nil
}

func (l *demoLoader) loadValues(ctx context.Context, st *DemoStats) error {
	recs, err := rows("values.tsv")
	if err != nil {
		return err
	}
	for _, r := range recs {
		ind, unit, v, err := l.figure(r)
		if err != nil {
			return err
		}
		nv := queries.NewValue{IndicatorID: ind, UnitID: unit, Level: r["level"], PerUnit: r["per_unit"] == "1",
			PeriodKind: r["period_kind"], PeriodStart: r["start"], PeriodEnd: r["end"], PeriodLabel: r["label"],
			Value: v, Note: r["note"], SourceID: l.source, SourceRef: r["quote"]}
		if r["out_of"] != "" {
			o, err := number(r["out_of"])
			if err != nil {
				return err
			}
			nv.OutOf = sql.NullFloat64{Float64: o, Valid: true}
		}
		if _, err := l.s.RecordValue(ctx, nv, l.now); err != nil {
			return err
		}
		st.Values++
	}
	return nil
}

func (l *demoLoader) loadTargets(ctx context.Context, st *DemoStats) error {
	recs, err := rows("targets.tsv")
	if err != nil {
		return err
	}
	if err := l.s.ReplaceSourceTargets(ctx, l.source); err != nil {
		return err
	}
	for _, r := range recs {
		ind, unit, v, err := l.figure(r)
		if err != nil {
			return err
		}
		err = l.s.AddTarget(ctx, queries.NewTarget{IndicatorID: ind, UnitID: unit, Level: r["level"], Kind: r["kind"],
			Value: v, Deadline: r["deadline"], PeriodLabel: r["label"], SetBy: r["set_by"], SourceID: l.source, SourceRef: r["quote"]})
		if err != nil {
			return err
		}
		st.Targets++
	}
	return nil
}

const million = 1e6

func (l *demoLoader) loadProjects(ctx context.Context, st *DemoStats) error {
	recs, err := rows("projects.tsv")
	if err != nil {
		return err
	}
	lines, err := rows("funding.tsv")
	if err != nil {
		return err
	}
	for _, r := range recs {
		seq, err := strconv.Atoi(r["seq"])
		if err != nil {
			return fmt.Errorf("projects.tsv: seq %q", r["seq"])
		}
		start, err1 := strconv.Atoi(r["start_year"])
		end, err2 := strconv.Atoi(r["end_year"])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("projects.tsv: project %d: bad years", seq)
		}
		p := queries.Project{Seq: seq, Name: r["name"], ShortName: r["short_name"], LeadAgency: r["lead_agency"],
			Status: r["status"], StatusGroup: r["status_group"], PeriodText: r["period_text"], StartYear: start, EndYear: end}
		if r["proposed_million"] != "" {
			v, err := number(r["proposed_million"])
			if err != nil {
				return err
			}
			p.Proposed = sql.NullFloat64{Float64: v * million, Valid: true}
		}
		np := queries.NewProject{SourceID: l.source, Project: p}
		for _, c := range strings.Split(r["lead_units"], ";") {
			if c == "" {
				continue
			}
			id, err := l.unit(c)
			if err != nil {
				return err
			}
			np.LeadUnitIDs = append(np.LeadUnitIDs, id)
		}
		for _, lv := range strings.Split(r["lead_levels"], ";") {
			if lv != "" {
				np.LeadLevels = append(np.LeadLevels, lv)
			}
		}
		for _, a := range append([]string{p.ShortName}, strings.Split(r["aliases"], ";")...) {
			if a = strings.TrimSpace(a); a != "" {
				np.Aliases = append(np.Aliases, [2]string{a, l.foldAlias(a)})
			}
		}
		for _, f := range lines {
			if f["seq"] != r["seq"] {
				continue
			}
			amount, err := number(f["million"])
			if err != nil {
				return err
			}
			line := queries.FundingLine{Source: f["source"], Amount: amount * million, Recipient: f["recipient"]}
			if f["year"] != "" {
				y, err := strconv.Atoi(f["year"])
				if err != nil {
					return fmt.Errorf("funding.tsv: year %q", f["year"])
				}
				line.Year = sql.NullInt64{Int64: int64(y), Valid: true}
			}
			np.Funding = append(np.Funding, line)
		}
		if _, err := l.s.SaveProject(ctx, np); err != nil {
			return err
		}
		st.Projects++
	}
	return nil
}
