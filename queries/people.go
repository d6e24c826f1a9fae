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
	CreatedBy int64 // the admin who invited (0: the command line)
}

// AddInvite records an invite code with its audit record, in one
// transaction. The audit record names the unit, role and person invited,
// never the code: the audit log is read by more people than the invitee.
func (s *Store) AddInvite(ctx context.Context, in Invite) error {
	return s.Tx(ctx, func(tx *Store) error {
		_, err := tx.stmt(ctx, tx.q.InsertInvite).ExecContext(ctx, in.Code, in.UnitID, in.Role, in.FullName, in.Phone, ts(in.CreatedAt), ts(in.ExpiresAt))
		if err != nil {
			return fmt.Errorf("queries: add invite: %w", err)
		}
		detail := "role=" + in.Role
		if in.FullName != "" {
			detail += " name=" + in.FullName
		}
		if in.Phone != "" {
			detail += " phone=yes"
		}
		return tx.Audit(ctx, AuditEntry{At: in.CreatedAt, PersonID: in.CreatedBy, Action: "invite", Entity: "unit", EntityID: in.UnitID,
			Detail: detail})
	})
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

// Person is someone registered (or invited and registered) with a role in
// a unit, with their chat accounts.
type Person struct {
	ID            int64        `db:"id"`
	FullName      string       `db:"full_name"`
	Role          string       `db:"role"`
	Phone         string       `db:"phone"`
	CreatedAt     time.Time    `db:"created_at"`
	DeactivatedAt sql.NullTime `db:"deactivated_at"`
	UnitID        int64        `db:"unit_id"`
	UnitCode      string       `db:"unit_code"`
	UnitName      string       `db:"unit_name"`
	Accounts      []PersonAccount
}

// PersonAccount is one chat account of a person.
type PersonAccount struct {
	PersonID       int64        `db:"person_id"`
	Platform       string       `db:"platform"`
	DisplayName    string       `db:"display_name"`
	LastInboundAt  sql.NullTime `db:"last_inbound_at"`
	InactiveAt     sql.NullTime `db:"inactive_at"`
	InactiveReason string       `db:"inactive_reason"`
}

// People lists the people of a unit (0: of every unit) with their chat
// accounts, those revoked last.
func (s *Store) People(ctx context.Context, unitID int64) ([]Person, error) {
	var people []Person
	if err := s.stmt(ctx, s.q.ListPeople).SelectContext(ctx, &people, unitID, unitID); err != nil {
		return nil, fmt.Errorf("queries: list people: %w", err)
	}
	var accounts []PersonAccount
	if err := s.stmt(ctx, s.q.ListAccounts).SelectContext(ctx, &accounts, unitID, unitID); err != nil {
		return nil, fmt.Errorf("queries: list accounts: %w", err)
	}
	byID := make(map[int64]int, len(people))
	for i, p := range people {
		byID[p.ID] = i
	}
	for _, a := range accounts {
		if i, ok := byID[a.PersonID]; ok {
			people[i].Accounts = append(people[i].Accounts, a)
		}
	}
	return people, nil
}

// DeactivatePerson revokes a person, with the audit record of who did it,
// in one transaction; false when they were revoked already.
func (s *Store) DeactivatePerson(ctx context.Context, id int64, e AuditEntry) (bool, error) {
	done := false
	err := s.Tx(ctx, func(tx *Store) error {
		var got int64
		err := tx.stmt(ctx, tx.q.Deactivate).GetContext(ctx, &got, ts(e.At), id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("queries: deactivate person: %w", err)
		}
		done = true
		return tx.Audit(ctx, e)
	})
	return done, err
}
