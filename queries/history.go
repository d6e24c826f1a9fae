package queries

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// SubmissionRecord is one submission of a unit, current or superseded
// by a correction, with who sent it and its values by form code.
type SubmissionRecord struct {
	ID            int64        `db:"id"`
	FormID        int64        `db:"form_id"`
	FormCode      string       `db:"form_code"`
	FormName      string       `db:"form_name"`
	PeriodStart   string       `db:"period_start"`
	PeriodEnd     string       `db:"period_end"`
	PeriodLabel   string       `db:"period_label"`
	SubmittedAt   time.Time    `db:"submitted_at"`
	Via           string       `db:"via"`
	SupersededAt  sql.NullTime `db:"superseded_at"`
	SubmittedBy   string       `db:"submitted_by"`
	SubmitterRole string       `db:"submitter_role"`
	Values        []CodeValue
}

// CodeValue is a value under its form code.
type CodeValue struct {
	SubmissionID int64   `db:"submission_id"`
	Code         string  `db:"code"`
	Value        float64 `db:"value"`
}

// RecordedValue is a figure of a unit taken from a document, current or
// superseded, with who recorded it (empty: the command line) and when.
type RecordedValue struct {
	ID            int64        `db:"id"`
	IndicatorCode string       `db:"indicator_code"`
	IndicatorName string       `db:"indicator_name"`
	PeriodLabel   string       `db:"period_label"`
	Value         float64      `db:"value"`
	RecordedAt    time.Time    `db:"recorded_at"`
	SupersededAt  sql.NullTime `db:"superseded_at"`
	SourceCode    string       `db:"source_code"`
	RecordedBy    string       `db:"recorded_by"`
}

// UnitHistory lists a unit's submissions of the periods within [start,
// end] (YYYY-MM-DD), corrections included, oldest first, and the figures
// recorded from documents for those periods.
func (s *Store) UnitHistory(ctx context.Context, unitID int64, start, end string) ([]SubmissionRecord, []RecordedValue, error) {
	var subs []SubmissionRecord
	if err := s.stmt(ctx, s.q.ListUnitSubmissions).SelectContext(ctx, &subs, unitID, start, end); err != nil {
		return nil, nil, fmt.Errorf("queries: unit submissions: %w", err)
	}
	var values []CodeValue
	if err := s.stmt(ctx, s.q.ListUnitSubmissionValues).SelectContext(ctx, &values, unitID, start, end); err != nil {
		return nil, nil, fmt.Errorf("queries: unit submission values: %w", err)
	}
	at := make(map[int64]int, len(subs))
	for i, sub := range subs {
		at[sub.ID] = i
	}
	for _, v := range values {
		if i, ok := at[v.SubmissionID]; ok {
			subs[i].Values = append(subs[i].Values, v)
		}
	}
	var recorded []RecordedValue
	if err := s.stmt(ctx, s.q.ListUnitRecordedValues).SelectContext(ctx, &recorded, unitID, start, end, start); err != nil {
		return nil, nil, fmt.Errorf("queries: unit recorded values: %w", err)
	}
	return subs, recorded, nil
}
