package queries

import (
	"context"
	"fmt"
)

// Target is a goal or plan set for an indicator about a unit.
type Target struct {
	IndicatorID    int64   `db:"indicator_id"`
	UnitID         int64   `db:"unit_id"`
	Kind           string  `db:"kind"` // target, plan
	Value          float64 `db:"value"`
	Deadline       string  `db:"deadline"`
	PeriodLabel    string  `db:"period_label"`
	SetBy          string  `db:"set_by"`
	Level          string  `db:"level_code"`
	SourceRef      string  `db:"source_ref"`
	SourceCode     string  `db:"source_code"`
	SourceIssuedOn string  `db:"source_issued_on"`
}

// NewTarget is a target to record.
type NewTarget struct {
	IndicatorID int64
	UnitID      int64
	Level       string
	Kind        string
	Value       float64
	Deadline    string
	PeriodLabel string
	SetBy       string
	SourceID    int64
	SourceRef   string
}

// AddTarget records a target.
func (s *Store) AddTarget(ctx context.Context, t NewTarget) error {
	_, err := s.stmt(ctx, s.q.InsertTarget).ExecContext(ctx, t.IndicatorID, t.UnitID, nullStr(t.Level), t.Kind, t.Value,
		t.Deadline, t.PeriodLabel, t.SetBy, t.SourceID, t.SourceRef)
	if err != nil {
		return fmt.Errorf("queries: insert target: %w", err)
	}
	return nil
}

// Targets lists the targets and plans of an indicator about a unit.
func (s *Store) Targets(ctx context.Context, indicatorID, unitID int64) ([]Target, error) {
	var out []Target
	if err := s.stmt(ctx, s.q.ListTargets).SelectContext(ctx, &out, indicatorID, unitID); err != nil {
		return nil, fmt.Errorf("queries: list targets: %w", err)
	}
	return out, nil
}

// StoredTarget is a target with the whole of its key, as an import compares
// it and an export writes it.
type StoredTarget struct {
	ID          int64   `db:"id"`
	IndicatorID int64   `db:"indicator_id"`
	UnitID      int64   `db:"unit_id"`
	Level       string  `db:"level_code"`
	Kind        string  `db:"kind"`
	Value       float64 `db:"value"`
	Deadline    string  `db:"deadline"`
	PeriodLabel string  `db:"period_label"`
	SetBy       string  `db:"set_by"`
	SourceID    int64   `db:"source_id"`
	SourceRef   string  `db:"source_ref"`
}

// StoredTargets lists every target with its key.
func (s *Store) StoredTargets(ctx context.Context) ([]StoredTarget, error) {
	var out []StoredTarget
	if err := s.stmt(ctx, s.q.ListStoredTargets).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list stored targets: %w", err)
	}
	return out, nil
}

// AllTargets lists every target and plan, for the catalog.
func (s *Store) AllTargets(ctx context.Context) ([]Target, error) {
	var out []Target
	if err := s.stmt(ctx, s.q.ListAllTargets).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list all targets: %w", err)
	}
	return out, nil
}

// UpdateTarget rewrites a target's value, label, author and quote (by id).
func (s *Store) UpdateTarget(ctx context.Context, t StoredTarget) error {
	if _, err := s.stmt(ctx, s.q.UpdateTarget).ExecContext(ctx, t.Value, t.PeriodLabel, t.SetBy, t.SourceRef, t.ID); err != nil {
		return fmt.Errorf("queries: update target: %w", err)
	}
	return nil
}
