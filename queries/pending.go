package queries

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Pending is a submission shown to its clerk and not yet confirmed, or a
// guided form still being filled in (Awaiting names the next code).
type Pending struct {
	ID          int64              `db:"id"`
	Platform    string             `db:"platform"`
	ChatID      string             `db:"chat_id"`
	PersonID    int64              `db:"person_id"`
	FormID      int64              `db:"form_id"`
	UnitID      int64              `db:"unit_id"`
	PeriodStart string             `db:"period_start"`
	PeriodEnd   string             `db:"period_end"`
	PeriodLabel string             `db:"period_label"`
	ValuesJSON  string             `db:"values_json"`
	Awaiting    string             `db:"awaiting"`
	Values      map[string]float64 `db:"-"`
	ConfirmedAt sql.NullTime       `db:"confirmed_at"`
	CancelledAt sql.NullTime       `db:"cancelled_at"`
	ExpiresAt   time.Time          `db:"expires_at"`
}

func (p *Pending) decode() error {
	p.Values = map[string]float64{}
	if p.ValuesJSON == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(p.ValuesJSON), &p.Values); err != nil {
		return fmt.Errorf("queries: pending %d values: %w", p.ID, err)
	}
	return nil
}

// StartPending replaces the chat's open pending submission with a new one.
func (s *Store) StartPending(ctx context.Context, p Pending, at time.Time, ttl time.Duration) (int64, error) {
	vals, err := json.Marshal(p.Values)
	if err != nil {
		return 0, fmt.Errorf("queries: pending values: %w", err)
	}
	var id int64
	err = s.Tx(ctx, func(tx *Store) error {
		if _, err := tx.stmt(ctx, tx.q.CancelOpenPending).ExecContext(ctx, ts(at), p.Platform, p.ChatID); err != nil {
			return fmt.Errorf("queries: cancel open pending: %w", err)
		}
		return tx.stmt(ctx, tx.q.InsertPending).GetContext(ctx, &id, p.Platform, p.ChatID, p.PersonID, p.FormID, p.UnitID,
			p.PeriodStart, p.PeriodEnd, p.PeriodLabel, string(vals), p.Awaiting, ts(at), ts(at.Add(ttl)))
	})
	if err != nil {
		return 0, fmt.Errorf("queries: start pending: %w", err)
	}
	return id, nil
}

// OpenPending is the chat's pending submission still open at now, if any.
func (s *Store) OpenPending(ctx context.Context, platform, chatID string, now time.Time) (Pending, bool, error) {
	var p Pending
	err := s.stmt(ctx, s.q.GetOpenPending).GetContext(ctx, &p, platform, chatID, ts(now))
	if errors.Is(err, sql.ErrNoRows) {
		return p, false, nil
	}
	if err != nil {
		return p, false, fmt.Errorf("queries: open pending: %w", err)
	}
	p.Platform, p.ChatID = platform, chatID
	return p, true, p.decode()
}

// PendingByID reads a pending submission whatever its state.
func (s *Store) PendingByID(ctx context.Context, id int64) (Pending, error) {
	var p Pending
	err := s.stmt(ctx, s.q.GetPending).GetContext(ctx, &p, id)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("queries: pending %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("queries: pending %d: %w", id, err)
	}
	return p, p.decode()
}

// UpdatePending stores the values of a guided form and the next code asked.
func (s *Store) UpdatePending(ctx context.Context, id int64, values map[string]float64, awaiting string) error {
	vals, err := json.Marshal(values)
	if err != nil {
		return fmt.Errorf("queries: pending values: %w", err)
	}
	if _, err := s.stmt(ctx, s.q.UpdatePendingValues).ExecContext(ctx, string(vals), awaiting, id); err != nil {
		return fmt.Errorf("queries: update pending: %w", err)
	}
	return nil
}

// ErrPendingClosed means a pending submission was already confirmed,
// cancelled or expired.
var ErrPendingClosed = errors.New("queries: pending submission closed")

// ConfirmPending stores a pending submission as a real one, in one
// transaction with its audit record; a second confirmation returns
// ErrPendingClosed and stores nothing.
func (s *Store) ConfirmPending(ctx context.Context, id int64, at time.Time) (Pending, SubmissionOutcome, error) {
	var p Pending
	var out SubmissionOutcome
	err := s.Tx(ctx, func(tx *Store) error {
		var got int64
		err := tx.stmt(ctx, tx.q.ConfirmPending).GetContext(ctx, &got, ts(at), id, ts(at))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrPendingClosed
		}
		if err != nil {
			return fmt.Errorf("queries: confirm pending: %w", err)
		}
		if p, err = tx.PendingByID(ctx, id); err != nil {
			return err
		}
		out, err = tx.SaveSubmission(ctx, Submission{FormID: p.FormID, UnitID: p.UnitID, PeriodStart: p.PeriodStart,
			PeriodEnd: p.PeriodEnd, PeriodLabel: p.PeriodLabel, PersonID: p.PersonID, Via: p.Platform, Values: p.Values}, at)
		if err != nil {
			return err
		}
		_, err = tx.stmt(ctx, tx.q.LinkPendingSubmission).ExecContext(ctx, out.ID, id)
		return err
	})
	return p, out, err
}

// CancelPending cancels an open pending submission; false if it was not open.
func (s *Store) CancelPending(ctx context.Context, id int64, at time.Time) (bool, error) {
	var got int64
	err := s.stmt(ctx, s.q.CancelPending).GetContext(ctx, &got, ts(at), id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("queries: cancel pending: %w", err)
	}
	return true, nil
}

// CancelOpenPending cancels whatever the chat had pending (/huy).
func (s *Store) CancelOpenPending(ctx context.Context, platform, chatID string, at time.Time) error {
	if _, err := s.stmt(ctx, s.q.CancelOpenPending).ExecContext(ctx, ts(at), platform, chatID); err != nil {
		return fmt.Errorf("queries: cancel pending: %w", err)
	}
	return nil
}
