package queries

import (
	"context"
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
	CreatedAt time.Time
	ExpiresAt time.Time
}

// AddInvite records an invite code.
func (s *Store) AddInvite(ctx context.Context, in Invite) error {
	_, err := s.stmt(ctx, s.q.InsertInvite).ExecContext(ctx, in.Code, in.UnitID, in.Role, in.FullName, ts(in.CreatedAt), ts(in.ExpiresAt))
	if err != nil {
		return fmt.Errorf("queries: add invite: %w", err)
	}
	return nil
}
