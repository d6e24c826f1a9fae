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
	FormID        int64           `db:"form_id"`
	Code          string          `db:"code"`
	Position      int             `db:"position"`
	MinValue      float64         `db:"min_value"`
	MaxValue      sql.NullFloat64 `db:"max_value"` // an upper bound (100 for a percentage), if any
	IntegerOnly   bool            `db:"integer_only"`
	MaxField      string          `db:"max_field"`
	IndicatorID   int64           `db:"indicator_id"`
	IndicatorName string          `db:"indicator_name"`
}

// FormStatus is one required unit and its current submission for a period.
type FormStatus struct {
	// The form, filled by PeriodStatus only.
	FormID       int64  `db:"form_id"`
	FormCode     string `db:"form_code"`
	FormName     string `db:"form_name"`
	DeadlineDays int    `db:"deadline_days"`

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

// FormByID finds a report form by id.
func (s *Store) FormByID(ctx context.Context, id int64) (Form, error) {
	var f Form
	err := s.stmt(ctx, s.q.GetFormByID).GetContext(ctx, &f, id)
	if errors.Is(err, sql.ErrNoRows) {
		return f, fmt.Errorf("queries: form %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return f, fmt.Errorf("queries: form %d: %w", id, err)
	}
	return f, nil
}

// Forms lists every report form.
func (s *Store) Forms(ctx context.Context) ([]Form, error) {
	var out []Form
	if err := s.stmt(ctx, s.q.ListForms).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list forms: %w", err)
	}
	return out, nil
}

// UpsertForm creates or updates a form by code and returns its id.
func (s *Store) UpsertForm(ctx context.Context, f Form) (int64, error) {
	var id int64
	if err := s.stmt(ctx, s.q.UpsertForm).GetContext(ctx, &id, f.Code, f.Name, f.PeriodType, f.DeadlineDays); err != nil {
		return 0, fmt.Errorf("queries: upsert form %s: %w", f.Code, err)
	}
	return id, nil
}

// SaveFormField creates or updates a field of a form (by form and code).
func (s *Store) SaveFormField(ctx context.Context, f FormField) error {
	_, err := s.stmt(ctx, s.q.UpsertFormField).ExecContext(ctx, f.FormID, f.Code, f.IndicatorID, f.Position, f.MinValue,
		flag(f.IntegerOnly), nullStr(f.MaxField), f.MaxValue)
	if err != nil {
		return fmt.Errorf("queries: save form field %s: %w", f.Code, err)
	}
	return nil
}

// AllFormFields lists the fields of every form.
func (s *Store) AllFormFields(ctx context.Context) ([]FormField, error) {
	var out []FormField
	if err := s.stmt(ctx, s.q.ListAllFormFields).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list form fields: %w", err)
	}
	return out, nil
}

// FormUnit says a unit must send a form.
type FormUnit struct {
	FormID int64 `db:"form_id"`
	UnitID int64 `db:"unit_id"`
}

// AllFormUnits lists which units must send which forms.
func (s *Store) AllFormUnits(ctx context.Context) ([]FormUnit, error) {
	var out []FormUnit
	if err := s.stmt(ctx, s.q.ListAllFormUnits).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list form units: %w", err)
	}
	return out, nil
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

// FormStatus lists every unit that must send the form and exists on the
// last day of the period starting on periodStart, with its current
// submission for the period. An empty periodStart lists every unit ever
// required, with no submission.
func (s *Store) FormStatus(ctx context.Context, formID int64, periodStart string) ([]FormStatus, error) {
	end, err := s.periodEnd(ctx, formID, periodStart)
	if err != nil {
		return nil, err
	}
	var out []FormStatus
	if err := s.stmt(ctx, s.q.ListFormStatus).SelectContext(ctx, &out, periodStart, formID, end, end, end); err != nil {
		return nil, fmt.Errorf("queries: form status: %w", err)
	}
	return out, nil
}

// PeriodStatus lists, for every form of a period type ("quarter"), each
// unit that must send it and exists on the last day of the period
// starting on periodStart, with its current submission of it.
func (s *Store) PeriodStatus(ctx context.Context, periodType, periodStart string) ([]FormStatus, error) {
	end, err := PeriodEnd(periodType, periodStart)
	if err != nil {
		return nil, err
	}
	var out []FormStatus
	if err := s.stmt(ctx, s.q.ListPeriodStatus).SelectContext(ctx, &out, periodStart, periodType, end, end); err != nil {
		return nil, fmt.Errorf("queries: period status: %w", err)
	}
	return out, nil
}

// periodEnd is the last day of a form's period that starts on start ("" for "").
// A unit reports for a period when it exists on that day: a commune formed
// on 01/07/2025 reports the third quarter, the district it replaced the second.
func (s *Store) periodEnd(ctx context.Context, formID int64, start string) (string, error) {
	if start == "" {
		return "", nil
	}
	f, err := s.FormByID(ctx, formID)
	if err != nil {
		return "", err
	}
	return PeriodEnd(f.PeriodType, start)
}

// PeriodEnd is the last day (YYYY-MM-DD) of a period of a form's type
// (quarter, month, year) that starts on start.
func PeriodEnd(periodType, start string) (string, error) {
	t, err := time.Parse(time.DateOnly, start)
	if err != nil {
		return "", fmt.Errorf("queries: period start %q: %w", start, err)
	}
	switch periodType {
	case "quarter":
		t = t.AddDate(0, 3, -1)
	case "month":
		t = t.AddDate(0, 1, -1)
	case "year":
		t = t.AddDate(1, 0, -1)
	default:
		return "", fmt.Errorf("queries: unknown period type %q", periodType)
	}
	return t.Format(time.DateOnly), nil
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
