package queries

import (
	"context"
	"fmt"
)

// Indicator is a measured quantity: what it counts, how it is shown and how
// its values combine over units and periods.
type Indicator struct {
	ID              int64  `db:"id"`
	Code            string `db:"code"`
	Name            string `db:"name"`
	Kind            string `db:"kind"`       // count, percent, money, score, rank
	UnitLabel       string `db:"unit_label"` // "dịch vụ", "hồ sơ", "%", "đồng"
	Topic           string `db:"topic"`
	UnitAgg         string `db:"unit_agg"`   // sum, ratio, none
	PeriodAgg       string `db:"period_agg"` // sum, last, ratio, none
	NumeratorCode   string `db:"numerator_code"`
	DenominatorCode string `db:"denominator_code"`
	HigherIsBetter  bool   `db:"higher_is_better"`
	// FormerCode is the indicator that counted this figure before its
	// definition changed ("" for none).
	FormerCode string `db:"former_code"`
}

// Source is a document figures come from.
type Source struct {
	ID       int64  `db:"id"`
	Code     string `db:"code"`
	Title    string `db:"title"`
	Issuer   string `db:"issuer"`
	IssuedOn string `db:"issued_on"`
}

// UpsertIndicator creates or updates an indicator by code.
func (s *Store) UpsertIndicator(ctx context.Context, in Indicator) (int64, error) {
	var id int64
	err := s.stmt(ctx, s.q.UpsertIndicator).GetContext(ctx, &id, in.Code, in.Name, in.Kind, in.UnitLabel, in.Topic,
		in.UnitAgg, in.PeriodAgg, nullStr(in.NumeratorCode), nullStr(in.DenominatorCode), flag(in.HigherIsBetter), nullStr(in.FormerCode))
	if err != nil {
		return 0, fmt.Errorf("queries: upsert indicator %s: %w", in.Code, err)
	}
	return id, nil
}

// AddIndicatorAlias records one more way to name an indicator (idempotent).
func (s *Store) AddIndicatorAlias(ctx context.Context, indicatorID int64, alias, folded string) error {
	if _, err := s.stmt(ctx, s.q.InsertIndicatorAlias).ExecContext(ctx, indicatorID, alias, folded); err != nil {
		return fmt.Errorf("queries: add indicator alias %q: %w", alias, err)
	}
	return nil
}

// Indicators lists every indicator.
func (s *Store) Indicators(ctx context.Context) ([]Indicator, error) {
	var out []Indicator
	if err := s.stmt(ctx, s.q.ListIndicators).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list indicators: %w", err)
	}
	return out, nil
}

// IndicatorAliases lists every indicator alias.
func (s *Store) IndicatorAliases(ctx context.Context) ([]Alias, error) {
	return s.aliases(ctx, s.q.ListIndicatorAliases)
}

// UpsertSource creates or updates a source document by code.
func (s *Store) UpsertSource(ctx context.Context, src Source) (int64, error) {
	var id int64
	if err := s.stmt(ctx, s.q.UpsertSource).GetContext(ctx, &id, src.Code, src.Title, src.Issuer, src.IssuedOn); err != nil {
		return 0, fmt.Errorf("queries: upsert source %s: %w", src.Code, err)
	}
	return id, nil
}

// Sources lists every source document.
func (s *Store) Sources(ctx context.Context) ([]Source, error) {
	var out []Source
	if err := s.stmt(ctx, s.q.ListSources).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list sources: %w", err)
	}
	return out, nil
}
