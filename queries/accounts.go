package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Account is a registered chat account and the person behind it.
type Account struct {
	AccountID  int64  `db:"account_id"`
	Platform   string `db:"platform"`
	ExternalID string `db:"external_id"`
	ChatID     string `db:"chat_id"`
	PersonID   int64  `db:"person_id"`
	FullName   string `db:"full_name"`
	Role       string `db:"role"`
	UnitID     int64  `db:"unit_id"`
	UnitCode   string `db:"unit_code"`
	UnitName   string `db:"unit_name"`
	UnitLevel  string `db:"unit_level"`
}

// AccountByExternalID finds the registered account of a platform user.
func (s *Store) AccountByExternalID(ctx context.Context, platform, externalID string) (Account, error) {
	var a Account
	err := s.stmt(ctx, s.q.GetAccount).GetContext(ctx, &a, platform, externalID)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("queries: account %s/%s: %w", platform, externalID, ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("queries: account: %w", err)
	}
	return a, nil
}

// ErrInviteUnusable means an invite code is unknown, used or expired.
var ErrInviteUnusable = errors.New("queries: invite code unknown, used or expired")

// Registration binds a chat account to a new person through an invite code.
type Registration struct {
	Code        string
	Platform    string
	ExternalID  string
	ChatID      string
	DisplayName string
}

// Register uses an invite code, in one transaction: the code is marked
// used, the person created with the invite's unit and role, and the chat
// account bound to them. A code works once.
func (s *Store) Register(ctx context.Context, r Registration, at time.Time) (Account, error) {
	var acc Account
	err := s.Tx(ctx, func(tx *Store) error {
		var inv struct {
			UnitID   int64  `db:"unit_id"`
			Role     string `db:"role"`
			FullName string `db:"full_name"`
			Phone    string `db:"phone"`
		}
		err := tx.stmt(ctx, tx.q.ClaimInvite).GetContext(ctx, &inv, ts(at), r.Code, ts(at))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrInviteUnusable
		}
		if err != nil {
			return fmt.Errorf("queries: claim invite: %w", err)
		}
		name := inv.FullName
		if name == "" {
			name = r.DisplayName
		}
		// An invite naming a person who already has an account on another
		// platform binds this account to the same person.
		var person int64
		if inv.FullName != "" {
			err := tx.stmt(ctx, tx.q.FindPerson).GetContext(ctx, &person, inv.UnitID, inv.Role, inv.FullName)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("queries: find person: %w", err)
			}
		}
		if person == 0 {
			if person, err = tx.AddPerson(ctx, name, inv.UnitID, inv.Role, at); err != nil {
				return err
			}
		}
		if inv.Phone != "" {
			if _, err := tx.stmt(ctx, tx.q.SetPhone).ExecContext(ctx, inv.Phone, person); err != nil {
				return fmt.Errorf("queries: set phone: %w", err)
			}
		}
		var accountID int64
		if err := tx.stmt(ctx, tx.q.InsertAccount).GetContext(ctx, &accountID, person, r.Platform, r.ExternalID, r.ChatID, r.DisplayName, ts(at)); err != nil {
			return fmt.Errorf("queries: bind account: %w", err)
		}
		if _, err := tx.stmt(ctx, tx.q.LinkInviteAccount).ExecContext(ctx, accountID, r.Code); err != nil {
			return fmt.Errorf("queries: link invite: %w", err)
		}
		if err := tx.Audit(ctx, AuditEntry{At: at, PersonID: person, Action: "register", Entity: "chat_account", EntityID: accountID,
			Detail: r.Platform + ":" + r.ExternalID}); err != nil {
			return err
		}
		acc, err = tx.AccountByExternalID(ctx, r.Platform, r.ExternalID)
		return err
	})
	return acc, err
}

// TouchAccount records when a person last wrote (Zalo's reply window).
func (s *Store) TouchAccount(ctx context.Context, platform, externalID string, at time.Time) error {
	if _, err := s.stmt(ctx, s.q.TouchAccount).ExecContext(ctx, ts(at), platform, externalID); err != nil {
		return fmt.Errorf("queries: touch account: %w", err)
	}
	return nil
}

// MarkUpdateProcessed records an update as handled and reports false when
// it had been recorded before (a redelivery).
func (s *Store) MarkUpdateProcessed(ctx context.Context, platform, updateID string, at time.Time) (bool, error) {
	var id string
	err := s.stmt(ctx, s.q.MarkUpdateProcessed).GetContext(ctx, &id, platform, updateID, ts(at))
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("queries: mark update: %w", err)
	}
	return true, nil
}

// UpdateProcessed reports whether an update was handled before.
func (s *Store) UpdateProcessed(ctx context.Context, platform, updateID string) (bool, error) {
	var n int
	if err := s.stmt(ctx, s.q.IsUpdateProcessed).GetContext(ctx, &n, platform, updateID); err != nil {
		return false, fmt.Errorf("queries: update processed: %w", err)
	}
	return n > 0, nil
}

// PlatformTokens are a platform's OAuth tokens.
type PlatformTokens struct {
	AccessToken  string    `db:"access_token"`
	RefreshToken string    `db:"refresh_token"`
	ExpiresAt    time.Time `db:"expires_at"`
}

// LoadPlatformTokens reads a platform's stored tokens.
func (s *Store) LoadPlatformTokens(ctx context.Context, platform string) (PlatformTokens, bool, error) {
	var t PlatformTokens
	err := s.stmt(ctx, s.q.GetPlatformTokens).GetContext(ctx, &t, platform)
	if errors.Is(err, sql.ErrNoRows) {
		return t, false, nil
	}
	if err != nil {
		return t, false, fmt.Errorf("queries: load tokens: %w", err)
	}
	return t, true, nil
}

// SavePlatformTokens stores a platform's tokens in one statement (one transaction).
func (s *Store) SavePlatformTokens(ctx context.Context, platform string, t PlatformTokens, at time.Time) error {
	_, err := s.stmt(ctx, s.q.SavePlatformTokens).ExecContext(ctx, platform, t.AccessToken, t.RefreshToken, ts(t.ExpiresAt), ts(at))
	if err != nil {
		return fmt.Errorf("queries: save tokens: %w", err)
	}
	return nil
}

// Choice is an option offered to a chat, answered by its position.
type Choice struct {
	Label string `db:"label"`
	Data  string `db:"data"`
}

// SetChoices replaces the options offered to a chat.
func (s *Store) SetChoices(ctx context.Context, platform, chatID string, choices []Choice, at time.Time) error {
	return s.Tx(ctx, func(tx *Store) error {
		if _, err := tx.stmt(ctx, tx.q.DeleteChatChoices).ExecContext(ctx, platform, chatID); err != nil {
			return fmt.Errorf("queries: clear choices: %w", err)
		}
		for i, c := range choices {
			if _, err := tx.stmt(ctx, tx.q.InsertChatChoice).ExecContext(ctx, platform, chatID, i+1, c.Label, c.Data, ts(at)); err != nil {
				return fmt.Errorf("queries: add choice: %w", err)
			}
		}
		return nil
	})
}

// ChoiceAt returns the option at a position (1-based), if offered.
func (s *Store) ChoiceAt(ctx context.Context, platform, chatID string, position int) (Choice, bool, error) {
	var c Choice
	err := s.stmt(ctx, s.q.GetChatChoice).GetContext(ctx, &c, platform, chatID, position)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("queries: choice: %w", err)
	}
	return c, true, nil
}

// AddAccount binds a chat account to a person (used by the synthetic seed).
func (s *Store) AddAccount(ctx context.Context, personID int64, platform, externalID, chatID, name string, at time.Time) (int64, error) {
	var id int64
	if err := s.stmt(ctx, s.q.InsertAccount).GetContext(ctx, &id, personID, platform, externalID, chatID, name, ts(at)); err != nil {
		return 0, fmt.Errorf("queries: add account: %w", err)
	}
	return id, nil
}
