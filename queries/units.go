package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Unit is a node of the administrative hierarchy (province, agency,
// district, commune...).
type Unit struct {
	ID        int64         `db:"id"`
	Code      string        `db:"code"`
	Level     string        `db:"level_code"`
	ParentID  sql.NullInt64 `db:"parent_id"`
	Name      string        `db:"name"`
	ShortName string        `db:"short_name"`
	Kind      string        `db:"kind"`
}

// Alias is one way people name a unit, level or indicator; Folded is the
// normalised form matched against questions.
type Alias struct {
	OwnerID int64  `db:"owner_id"`
	Level   string `db:"level_code"`
	Alias   string `db:"alias"`
	Folded  string `db:"folded"`
}

// Level is a tier of the hierarchy.
type Level struct {
	Code string `db:"code"`
	Name string `db:"name"`
	Rank int    `db:"rank"`
}

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("queries: not found")

// UpsertUnit creates or updates a unit by code and returns its id.
func (s *Store) UpsertUnit(ctx context.Context, u Unit, validFrom string) (int64, error) {
	var id int64
	err := s.stmt(ctx, s.q.UpsertUnit).GetContext(ctx, &id, u.Code, u.Level, u.ParentID, u.Name, u.ShortName, u.Kind, validFrom)
	if err != nil {
		return 0, fmt.Errorf("queries: upsert unit %s: %w", u.Code, err)
	}
	return id, nil
}

// AddUnitAlias records one more name of a unit (idempotent).
func (s *Store) AddUnitAlias(ctx context.Context, unitID int64, alias, folded string) error {
	if _, err := s.stmt(ctx, s.q.InsertUnitAlias).ExecContext(ctx, unitID, alias, folded); err != nil {
		return fmt.Errorf("queries: add alias %q: %w", alias, err)
	}
	return nil
}

// UnitByCode finds a unit by its official code.
func (s *Store) UnitByCode(ctx context.Context, code string) (Unit, error) {
	var u Unit
	err := s.stmt(ctx, s.q.GetUnitByCode).GetContext(ctx, &u, code)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("queries: unit %q: %w", code, ErrNotFound)
	}
	if err != nil {
		return u, fmt.Errorf("queries: unit %q: %w", code, err)
	}
	return u, nil
}

// Units lists the units valid on the given date (YYYY-MM-DD).
func (s *Store) Units(ctx context.Context, on string) ([]Unit, error) {
	var out []Unit
	if err := s.stmt(ctx, s.q.ListUnits).SelectContext(ctx, &out, on, on); err != nil {
		return nil, fmt.Errorf("queries: list units: %w", err)
	}
	return out, nil
}

// UnitAliases lists the aliases of units valid on the given date.
func (s *Store) UnitAliases(ctx context.Context, on string) ([]Alias, error) {
	return s.aliases(ctx, s.q.ListUnitAliases, on, on)
}

// Levels lists the tiers of the hierarchy, top first.
func (s *Store) Levels(ctx context.Context) ([]Level, error) {
	var out []Level
	if err := s.stmt(ctx, s.q.ListLevels).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list levels: %w", err)
	}
	return out, nil
}

// LevelAliases lists the ways people name a level ("cấp huyện", "các xã").
func (s *Store) LevelAliases(ctx context.Context) ([]Alias, error) {
	var out []Alias
	if err := s.stmt(ctx, s.q.ListLevelAliases).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list level aliases: %w", err)
	}
	return out, nil
}
