package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// AddPerson records a person of a unit with a role (clerk, leader, admin).
func (s *Store) AddPerson(ctx context.Context, fullName string, unitID int64, role string, at time.Time) (int64, error) {
	var id int64
	if err := s.stmt(ctx, s.q.InsertPerson).GetContext(ctx, &id, fullName, unitID, role, ts(at)); err != nil {
		return 0, fmt.Errorf("queries: add person: %w", err)
	}
	return id, nil
}

// Invite is a single-use registration code.
type Invite struct {
	Code      string
	UnitID    int64
	Role      string
	FullName  string
	Phone     string // 84…, copied to the person who uses the invite
	CreatedAt time.Time
	ExpiresAt time.Time
}

// AddInvite records an invite code.
func (s *Store) AddInvite(ctx context.Context, in Invite) error {
	_, err := s.stmt(ctx, s.q.InsertInvite).ExecContext(ctx, in.Code, in.UnitID, in.Role, in.FullName, in.Phone, ts(in.CreatedAt), ts(in.ExpiresAt))
	if err != nil {
		return fmt.Errorf("queries: add invite: %w", err)
	}
	return nil
}

// OperatorName is the person behind the console on the server.
const OperatorName = "Quản trị (máy chủ)"

// Operator finds or creates the console's admin, attached to the top unit
// of the hierarchy. ErrNotFound when the database has no units yet.
func (s *Store) Operator(ctx context.Context, at time.Time) (Account, error) {
	var acc Account
	err := s.Tx(ctx, func(tx *Store) error {
		err := tx.stmt(ctx, tx.q.GetOperator).GetContext(ctx, &acc, OperatorName)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("queries: operator: %w", err)
		}
		var unit int64
		if err := tx.stmt(ctx, tx.q.GetTopUnit).GetContext(ctx, &unit); errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		} else if err != nil {
			return fmt.Errorf("queries: top unit: %w", err)
		}
		if _, err := tx.AddPerson(ctx, OperatorName, unit, "admin", at); err != nil {
			return err
		}
		return tx.stmt(ctx, tx.q.GetOperator).GetContext(ctx, &acc, OperatorName)
	})
	acc.Platform = "console"
	return acc, err
}
