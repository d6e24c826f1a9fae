package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Form is a periodic report that units must send.
type Form struct {
	ID           int64  `db:"id"`
	Code         string `db:"code"`
	Name         string `db:"name"`
	PeriodType   string `db:"period_type"`
	DeadlineDays int    `db:"deadline_days"`
}

// FormField is one code of a form and its validation rule (rules are data).
type FormField struct {
	Code          string  `db:"code"`
	Position      int     `db:"position"`
	MinValue      float64 `db:"min_value"`
	IntegerOnly   bool    `db:"integer_only"`
	MaxField      string  `db:"max_field"`
	IndicatorID   int64   `db:"indicator_id"`
	IndicatorName string  `db:"indicator_name"`
}

// FormStatus is one required unit and its current submission for a period.
type FormStatus struct {
	UnitID        int64         `db:"unit_id"`
	UnitCode      string        `db:"unit_code"`
	UnitName      string        `db:"unit_name"`
	UnitShortName string        `db:"unit_short_name"`
	Level         string        `db:"level_code"`
	SubmissionID  sql.NullInt64 `db:"submission_id"`
	SubmittedAt   sql.NullTime  `db:"submitted_at"`
	SubmittedBy   string        `db:"submitted_by"`
}

// FormByCode finds a report form.
func (s *Store) FormByCode(ctx context.Context, code string) (Form, error) {
	var f Form
	err := s.stmt(ctx, s.q.GetForm).GetContext(ctx, &f, code)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("queries: form %q: %w", code, ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("queries: form %q: %w", code, err)
	}
	return f, nil
}

// FormFields lists a form's codes in order.
func (s *Store) FormFields(ctx context.Context, formID int64) ([]FormField, error) {
	var out []FormField
	if err := s.stmt(ctx, s.q.ListFormFields).SelectContext(ctx, &out, formID); err != nil {
		return nil, fmt.Errorf("queries: form fields: %w", err)
	}
	return out, nil
}

// RequireForm makes a unit one that must send the form (idempotent).
func (s *Store) RequireForm(ctx context.Context, formID, unitID int64) error {
	if _, err := s.stmt(ctx, s.q.InsertFormUnit).ExecContext(ctx, formID, unitID); err != nil {
		return fmt.Errorf("queries: require form: %w", err)
	}
	return nil
}

// FormStatus lists every unit that must send the form with its current
// submission for the period starting on periodStart.
func (s *Store) FormStatus(ctx context.Context, formID int64, periodStart string) ([]FormStatus, error) {
	var out []FormStatus
	if err := s.stmt(ctx, s.q.ListFormStatus).SelectContext(ctx, &out, periodStart, formID); err != nil {
		return nil, fmt.Errorf("queries: form status: %w", err)
	}
	return out, nil
}

// Submission is a unit's report for a period, with its figures by field code.
type Submission struct {
	FormID      int64
	UnitID      int64
	PeriodStart string
	PeriodEnd   string
	PeriodLabel string
	PersonID    int64
	Via         string // telegram, zalo, console, test
	Values      map[string]float64
}

// SubmissionOutcome says what SaveSubmission stored.
type SubmissionOutcome struct {
	ID       int64
	Replaced map[string]float64 // previous values of a corrected submission, by code
}

// SaveSubmission stores a submission and its values in one transaction with
// one audit record. A second submission for the same unit and period is a
// correction: the old one and its values stay as history.
func (s *Store) SaveSubmission(ctx context.Context, sub Submission, at time.Time) (SubmissionOutcome, error) {
	var out SubmissionOutcome
	err := s.Tx(ctx, func(tx *Store) error {
		fields, err := tx.FormFields(ctx, sub.FormID)
		if err != nil {
			return err
		}
		var prev sql.NullInt64
		err = tx.stmt(ctx, tx.q.GetCurrentSubmission).GetContext(ctx, &prev, sub.FormID, sub.UnitID, sub.PeriodStart)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("queries: current submission: %w", err)
		}
		if prev.Valid {
			if _, err := tx.stmt(ctx, tx.q.MarkSubmissionSuperseded).ExecContext(ctx, ts(at), prev.Int64); err != nil {
				return fmt.Errorf("queries: supersede submission: %w", err)
			}
		}
		err = tx.stmt(ctx, tx.q.InsertSubmission).GetContext(ctx, &out.ID, sub.FormID, sub.UnitID, sub.PeriodStart,
			sub.PeriodEnd, sub.PeriodLabel, nullInt(sub.PersonID), ts(at), sub.Via, prev)
		if err != nil {
			return fmt.Errorf("queries: insert submission: %w", err)
		}
		for _, f := range fields {
			v, ok := sub.Values[f.Code]
			if !ok {
				continue
			}
			res, err := tx.RecordValue(ctx, NewValue{
				IndicatorID: f.IndicatorID, UnitID: sub.UnitID, PeriodKind: "quarter",
				PeriodStart: sub.PeriodStart, PeriodEnd: sub.PeriodEnd, PeriodLabel: sub.PeriodLabel,
				Value: v, SubmissionID: out.ID, RecordedBy: sub.PersonID,
			}, at)
			if err != nil {
				return err
			}
			if res.Replaced.Valid {
				if out.Replaced == nil {
					out.Replaced = map[string]float64{}
				}
				out.Replaced[f.Code] = res.Replaced.Float64
			}
		}
		return tx.Audit(ctx, AuditEntry{At: at, PersonID: sub.PersonID, Action: "submit", Entity: "submission",
			EntityID: out.ID, Detail: fmt.Sprintf("unit=%d period=%s values=%v", sub.UnitID, sub.PeriodLabel, sub.Values)})
	})
	return out, err
}

// AuditEntry is one line of the audit trail.
type AuditEntry struct {
	At       time.Time
	PersonID int64
	Action   string
	Entity   string
	EntityID int64
	Detail   string
}

// Audit appends to the audit trail.
func (s *Store) Audit(ctx context.Context, e AuditEntry) error {
	_, err := s.stmt(ctx, s.q.InsertAudit).ExecContext(ctx, ts(e.At), nullInt(e.PersonID), e.Action, e.Entity, nullInt(e.EntityID), e.Detail)
	if err != nil {
		return fmt.Errorf("queries: audit: %w", err)
	}
	return nil
}
