package queries

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// NewValue is a figure to record: an indicator about a unit (or about all
// units of a level under it) for a period, from a document or a submission.
type NewValue struct {
	IndicatorID  int64
	UnitID       int64
	Level        string // set when the value covers every unit of this level under UnitID
	PerUnit      bool   // the value holds for each unit of Level ("35 DVC mỗi xã")
	PeriodKind   string
	PeriodStart  string // "" for an as-of value
	PeriodEnd    string
	PeriodLabel  string
	Value        float64
	OutOf        sql.NullFloat64
	Note         string
	SourceID     int64
	SourceRef    string
	SubmissionID int64
	RecordedBy   int64
}

// Value is a current figure as answers use it.
type Value struct {
	ID             int64           `db:"id"`
	IndicatorID    int64           `db:"indicator_id"`
	Level          string          `db:"level_code"`
	PerUnit        bool            `db:"per_unit"`
	PeriodKind     string          `db:"period_kind"`
	PeriodStart    string          `db:"period_start"`
	PeriodEnd      string          `db:"period_end"`
	PeriodLabel    string          `db:"period_label"`
	Value          float64         `db:"value"`
	OutOf          sql.NullFloat64 `db:"out_of"`
	Note           string          `db:"note"`
	SourceRef      string          `db:"source_ref"`
	SourceCode     string          `db:"source_code"`
	SourceTitle    string          `db:"source_title"`
	SourceIssuedOn string          `db:"source_issued_on"`
	SubmissionID   sql.NullInt64   `db:"submission_id"`
	SubmittedAt    sql.NullTime    `db:"submitted_at"`
	SubmittedBy    string          `db:"submitted_by"`
}

// RecordOutcome says what RecordValue did.
type RecordOutcome struct {
	ID        int64
	Unchanged bool            // the same value was already current
	Replaced  sql.NullFloat64 // the previous current value, when corrected
}

// RecordValue makes v the current value for its key. The same value again
// changes nothing; a different one supersedes the old row, which stays as
// history. Call it inside Tx so the two steps are atomic.
func (s *Store) RecordValue(ctx context.Context, v NewValue, at time.Time) (RecordOutcome, error) {
	var cur struct {
		ID    int64   `db:"id"`
		Value float64 `db:"value"`
	}
	err := s.stmt(ctx, s.q.GetCurrentValue).GetContext(ctx, &cur, v.IndicatorID, v.UnitID, v.Level, v.PeriodKind, v.PeriodStart, v.PeriodEnd)
	var out RecordOutcome
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return out, fmt.Errorf("queries: current value: %w", err)
	case cur.Value == v.Value && v.SubmissionID == 0:
		return RecordOutcome{ID: cur.ID, Unchanged: true}, nil
	default:
		if _, err := s.stmt(ctx, s.q.MarkValueSuperseded).ExecContext(ctx, ts(at), cur.ID); err != nil {
			return out, fmt.Errorf("queries: supersede value %d: %w", cur.ID, err)
		}
		out.Replaced = sql.NullFloat64{Float64: cur.Value, Valid: true}
	}
	var start sql.NullString
	if v.PeriodStart != "" {
		start = sql.NullString{String: v.PeriodStart, Valid: true}
	}
	err = s.stmt(ctx, s.q.InsertValue).GetContext(ctx, &out.ID, v.IndicatorID, v.UnitID, nullStr(v.Level), flag(v.PerUnit),
		v.PeriodKind, start, v.PeriodEnd, v.PeriodLabel, v.Value, v.OutOf, v.Note, nullInt(v.SourceID), v.SourceRef,
		nullInt(v.SubmissionID), ts(at), nullInt(v.RecordedBy))
	if err != nil {
		return out, fmt.Errorf("queries: insert value: %w", err)
	}
	if out.Replaced.Valid {
		if _, err := s.stmt(ctx, s.q.LinkValueSuccessor).ExecContext(ctx, out.ID, cur.ID); err != nil {
			return out, fmt.Errorf("queries: link value %d: %w", cur.ID, err)
		}
	}
	return out, nil
}

// UnitValues lists the current values of an indicator about a unit, newest first.
func (s *Store) UnitValues(ctx context.Context, indicatorID, unitID int64) ([]Value, error) {
	all, err := s.UnitAllValues(ctx, unitID)
	if err != nil {
		return nil, err
	}
	var out []Value
	for _, v := range all {
		if v.IndicatorID == indicatorID {
			out = append(out, v)
		}
	}
	return out, nil
}

// UnitAllValues lists the current values of every indicator about a unit, newest first.
func (s *Store) UnitAllValues(ctx context.Context, unitID int64) ([]Value, error) {
	var out []Value
	if err := s.stmt(ctx, s.q.ListUnitAllValues).SelectContext(ctx, &out, unitID); err != nil {
		return nil, fmt.Errorf("queries: unit values: %w", err)
	}
	return out, nil
}

// ValueVersion is one row of a value's history.
type ValueVersion struct {
	ID           int64         `db:"id"`
	Value        float64       `db:"value"`
	RecordedAt   time.Time     `db:"recorded_at"`
	SupersededAt sql.NullTime  `db:"superseded_at"`
	SubmissionID sql.NullInt64 `db:"submission_id"`
}

// ValueHistory lists every version of a value, oldest first.
func (s *Store) ValueHistory(ctx context.Context, indicatorID, unitID int64, periodEnd string) ([]ValueVersion, error) {
	var out []ValueVersion
	if err := s.stmt(ctx, s.q.ListValueHistory).SelectContext(ctx, &out, indicatorID, unitID, periodEnd); err != nil {
		return nil, fmt.Errorf("queries: value history: %w", err)
	}
	return out, nil
}

// SubmittedValue is one unit's current submitted figure for a period.
type SubmittedValue struct {
	UnitID        int64     `db:"unit_id"`
	UnitCode      string    `db:"unit_code"`
	UnitName      string    `db:"unit_name"`
	UnitShortName string    `db:"unit_short_name"`
	Level         string    `db:"level_code"`
	IndicatorCode string    `db:"indicator_code"`
	Value         float64   `db:"value"`
	SubmittedAt   time.Time `db:"submitted_at"`
}

// SubmittedValues lists the current submitted figures of a period for the
// units of a level ("" for every level).
func (s *Store) SubmittedValues(ctx context.Context, start, end, level string) ([]SubmittedValue, error) {
	var out []SubmittedValue
	if err := s.stmt(ctx, s.q.ListSubmittedValues).SelectContext(ctx, &out, start, end, level, level); err != nil {
		return nil, fmt.Errorf("queries: submitted values: %w", err)
	}
	return out, nil
}

// SubmittedPeriod is a period that has submissions for an indicator.
type SubmittedPeriod struct {
	Kind  string `db:"period_kind"`
	Start string `db:"period_start"`
	End   string `db:"period_end"`
	Label string `db:"period_label"`
	Units int    `db:"units"`
}

// SubmittedPeriods lists the periods with submitted values of an indicator, newest first.
func (s *Store) SubmittedPeriods(ctx context.Context, indicatorCode string) ([]SubmittedPeriod, error) {
	var out []SubmittedPeriod
	if err := s.stmt(ctx, s.q.ListSubmittedPeriods).SelectContext(ctx, &out, indicatorCode); err != nil {
		return nil, fmt.Errorf("queries: submitted periods: %w", err)
	}
	return out, nil
}

// IndicatorUnits lists the units that have a current value of an indicator.
func (s *Store) IndicatorUnits(ctx context.Context, indicatorID int64) ([]int64, error) {
	var out []int64
	if err := s.stmt(ctx, s.q.ListIndicatorUnits).SelectContext(ctx, &out, indicatorID); err != nil {
		return nil, fmt.Errorf("queries: indicator units: %w", err)
	}
	return out, nil
}

// StoredValue is a current value with the whole of its key, as an import
// compares it and an export writes it.
type StoredValue struct {
	ID           int64           `db:"id"`
	IndicatorID  int64           `db:"indicator_id"`
	UnitID       int64           `db:"unit_id"`
	Level        string          `db:"level_code"`
	PerUnit      bool            `db:"per_unit"`
	PeriodKind   string          `db:"period_kind"`
	PeriodStart  string          `db:"period_start"`
	PeriodEnd    string          `db:"period_end"`
	PeriodLabel  string          `db:"period_label"`
	Value        float64         `db:"value"`
	OutOf        sql.NullFloat64 `db:"out_of"`
	Note         string          `db:"note"`
	SourceID     sql.NullInt64   `db:"source_id"`
	SourceRef    string          `db:"source_ref"`
	SubmissionID sql.NullInt64   `db:"submission_id"`
}

// CurrentValues lists every current value.
func (s *Store) CurrentValues(ctx context.Context) ([]StoredValue, error) {
	var out []StoredValue
	if err := s.stmt(ctx, s.q.ListCurrentValues).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: current values: %w", err)
	}
	return out, nil
}

// valueBatch bounds the rows one bulk statement carries.
const valueBatch = 5000

// bulkValue is a NewValue as the bulk statements read it from JSON.
type bulkValue struct {
	IndicatorID int64    `json:"indicator_id"`
	UnitID      int64    `json:"unit_id"`
	Level       *string  `json:"level_code"`
	PerUnit     int      `json:"per_unit"`
	PeriodKind  string   `json:"period_kind"`
	PeriodStart *string  `json:"period_start"`
	PeriodEnd   string   `json:"period_end"`
	PeriodLabel string   `json:"period_label"`
	Value       float64  `json:"value"`
	OutOf       *float64 `json:"out_of"`
	Note        string   `json:"note"`
	SourceID    *int64   `json:"source_id"`
	SourceRef   string   `json:"source_ref"`
	RecordedBy  int64    `json:"recorded_by"`
}

// ReplaceValues supersedes the current rows listed by id and records the
// new values from documents (not submissions), in bulk: on PostgreSQL one
// statement per batch of rows, not a round trip per row; on SQLite one
// prepared statement per row, which costs no round trip. The superseded rows stay as history, each
// pointing at the row that replaced it. Call it inside Tx.
func (s *Store) ReplaceValues(ctx context.Context, supersede []int64, values []NewValue, at time.Time) error {
	for ids := range chunks(supersede) {
		in, err := json.Marshal(ids)
		if err != nil {
			return fmt.Errorf("queries: supersede values: %w", err)
		}
		if _, err := s.stmt(ctx, s.q.SupersedeValuesBulk).ExecContext(ctx, ts(at), string(in)); err != nil {
			return fmt.Errorf("queries: supersede values: %w", err)
		}
	}
	if s.dialect == SQLite {
		// SQLite's insert-values-bulk takes one row (see its comment).
		ins := s.stmt(ctx, s.q.InsertValuesBulk)
		for _, v := range values {
			var start sql.NullString
			if v.PeriodStart != "" {
				start = sql.NullString{String: v.PeriodStart, Valid: true}
			}
			if _, err := ins.ExecContext(ctx, v.IndicatorID, v.UnitID, nullStr(v.Level), flag(v.PerUnit), v.PeriodKind, start,
				v.PeriodEnd, v.PeriodLabel, v.Value, v.OutOf, v.Note, nullInt(v.SourceID), v.SourceRef, ts(at), nullInt(v.RecordedBy)); err != nil {
				return fmt.Errorf("queries: insert value: %w", err)
			}
		}
		values = nil
	}
	for vs := range chunks(values) {
		rows := make([]bulkValue, len(vs))
		for i, v := range vs {
			b := bulkValue{IndicatorID: v.IndicatorID, UnitID: v.UnitID, PerUnit: flag(v.PerUnit), PeriodKind: v.PeriodKind,
				PeriodEnd: v.PeriodEnd, PeriodLabel: v.PeriodLabel, Value: v.Value, Note: v.Note, SourceRef: v.SourceRef,
				RecordedBy: v.RecordedBy}
			if v.Level != "" {
				b.Level = &v.Level
			}
			if v.PeriodStart != "" {
				b.PeriodStart = &v.PeriodStart
			}
			if v.OutOf.Valid {
				b.OutOf = &v.OutOf.Float64
			}
			if v.SourceID != 0 {
				b.SourceID = &v.SourceID
			}
			rows[i] = b
		}
		in, err := json.Marshal(rows)
		if err != nil {
			return fmt.Errorf("queries: insert values: %w", err)
		}
		if _, err := s.stmt(ctx, s.q.InsertValuesBulk).ExecContext(ctx, ts(at), string(in)); err != nil {
			return fmt.Errorf("queries: insert values: %w", err)
		}
	}
	for ids := range chunks(supersede) {
		in, err := json.Marshal(ids)
		if err != nil {
			return fmt.Errorf("queries: link values: %w", err)
		}
		if _, err := s.stmt(ctx, s.q.LinkSupersededValuesBulk).ExecContext(ctx, string(in)); err != nil {
			return fmt.Errorf("queries: link values: %w", err)
		}
	}
	return nil
}

// chunks yields consecutive slices of at most valueBatch elements.
func chunks[T any](all []T) func(yield func([]T) bool) {
	return func(yield func([]T) bool) {
		for len(all) > 0 {
			n := min(len(all), valueBatch)
			if !yield(all[:n]) {
				return
			}
			all = all[n:]
		}
	}
}

// ValuesVersion changes whenever a figure is recorded, submitted or
// corrected: answers may keep what they read until it does.
func (s *Store) ValuesVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.stmt(ctx, s.q.GetValuesVersion).GetContext(ctx, &v); err != nil {
		return 0, fmt.Errorf("queries: values version: %w", err)
	}
	return v, nil
}
