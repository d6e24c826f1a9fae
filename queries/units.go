package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Unit is a node of the administrative hierarchy (province, agency,
// district, commune...) during its validity: from ValidFrom to ValidTo
// ("" when it still exists), dates as YYYY-MM-DD.
type Unit struct {
	ID        int64         `db:"id"`
	Code      string        `db:"code"`
	Level     string        `db:"level_code"`
	ParentID  sql.NullInt64 `db:"parent_id"`
	Name      string        `db:"name"`
	ShortName string        `db:"short_name"`
	Kind      string        `db:"kind"`
	ValidFrom string        `db:"valid_from"`
	ValidTo   string        `db:"valid_to"`
}

// ValidOn reports whether the unit exists on a date (YYYY-MM-DD).
func (u Unit) ValidOn(date string) bool {
	return u.ValidFrom <= date && (u.ValidTo == "" || date <= u.ValidTo)
}

// Alias is one way people name a unit, level or indicator; Folded is the
// normalised form matched against questions.
type Alias struct {
	OwnerID int64  `db:"owner_id"`
	Level   string `db:"level_code"`
	Alias   string `db:"alias"`
	Folded  string `db:"folded"`
}

// UnitAlias is a unit's name valid between two dates ("" for open-ended),
// such as an old commune's name that points at its successor from the
// day of the merger.
type UnitAlias struct {
	UnitID    int64  `db:"unit_id"`
	Alias     string `db:"alias"`
	Folded    string `db:"folded"`
	ValidFrom string `db:"valid_from"`
	ValidTo   string `db:"valid_to"`
}

// Level is a tier of the hierarchy.
type Level struct {
	Code string `db:"code"`
	Name string `db:"name"`
	Rank int    `db:"rank"`
}

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("queries: not found")

// ErrAmbiguous is returned when a code names several units over time and
// no date says which one is meant.
var ErrAmbiguous = errors.New("queries: code names several units over time")

// UpsertUnit creates or updates the unit that has a code and began on
// validFrom, and returns its id.
func (s *Store) UpsertUnit(ctx context.Context, u Unit, validFrom string) (int64, error) {
	var id int64
	err := s.stmt(ctx, s.q.UpsertUnit).GetContext(ctx, &id, u.Code, u.Level, u.ParentID, u.Name, u.ShortName, u.Kind, validFrom)
	if err != nil {
		return 0, fmt.Errorf("queries: upsert unit %s: %w", u.Code, err)
	}
	return id, nil
}

// InsertUnit adds a unit with its validity and returns its id.
func (s *Store) InsertUnit(ctx context.Context, u Unit) (int64, error) {
	var id int64
	err := s.stmt(ctx, s.q.InsertUnit).GetContext(ctx, &id, u.Code, u.Level, u.ParentID, u.Name, u.ShortName, u.Kind,
		u.ValidFrom, nullStr(u.ValidTo))
	if err != nil {
		return 0, fmt.Errorf("queries: insert unit %s: %w", u.Code, err)
	}
	return id, nil
}

// UpdateUnit rewrites a unit (by id), validity included.
func (s *Store) UpdateUnit(ctx context.Context, u Unit) error {
	_, err := s.stmt(ctx, s.q.UpdateUnit).ExecContext(ctx, u.Level, u.ParentID, u.Name, u.ShortName, u.Kind,
		u.ValidFrom, nullStr(u.ValidTo), u.ID)
	if err != nil {
		return fmt.Errorf("queries: update unit %s: %w", u.Code, err)
	}
	return nil
}

// AddUnitAlias records one more name of a unit, valid as long as the unit.
func (s *Store) AddUnitAlias(ctx context.Context, unitID int64, alias, folded string) error {
	return s.SaveUnitAlias(ctx, UnitAlias{UnitID: unitID, Alias: alias, Folded: folded})
}

// SaveUnitAlias records a name of a unit with its validity; the same name
// again takes the new dates.
func (s *Store) SaveUnitAlias(ctx context.Context, a UnitAlias) error {
	_, err := s.stmt(ctx, s.q.InsertUnitAlias).ExecContext(ctx, a.UnitID, a.Alias, a.Folded, nullStr(a.ValidFrom), nullStr(a.ValidTo))
	if err != nil {
		return fmt.Errorf("queries: add alias %q: %w", a.Alias, err)
	}
	return nil
}

// UnitByCode finds the unit of an official code when only one unit ever
// carried it; ErrAmbiguous when the code was reused (use UnitByCodeOn).
func (s *Store) UnitByCode(ctx context.Context, code string) (Unit, error) {
	var us []Unit
	if err := s.stmt(ctx, s.q.ListUnitsByCode).SelectContext(ctx, &us, code); err != nil {
		return Unit{}, fmt.Errorf("queries: unit %q: %w", code, err)
	}
	switch len(us) {
	case 0:
		return Unit{}, fmt.Errorf("queries: unit %q: %w", code, ErrNotFound)
	case 1:
		return us[0], nil
	}
	spans := make([]string, len(us))
	for i, u := range us {
		spans[i] = u.Name + " from " + u.ValidFrom
	}
	return Unit{}, fmt.Errorf("queries: unit %q (%s): %w", code, strings.Join(spans, ", "), ErrAmbiguous)
}

// UnitsByCode lists every unit that has carried a code, oldest first.
func (s *Store) UnitsByCode(ctx context.Context, code string) ([]Unit, error) {
	var us []Unit
	if err := s.stmt(ctx, s.q.ListUnitsByCode).SelectContext(ctx, &us, code); err != nil {
		return nil, fmt.Errorf("queries: units %q: %w", code, err)
	}
	return us, nil
}

// UnitByCodeOn finds the unit that carried a code on a date (YYYY-MM-DD).
func (s *Store) UnitByCodeOn(ctx context.Context, code, on string) (Unit, error) {
	var u Unit
	err := s.stmt(ctx, s.q.GetUnitByCodeOn).GetContext(ctx, &u, code, on, on)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("queries: unit %q on %s: %w", code, on, ErrNotFound)
	}
	if err != nil {
		return u, fmt.Errorf("queries: unit %q on %s: %w", code, on, err)
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

// AllUnits lists every unit of every time.
func (s *Store) AllUnits(ctx context.Context) ([]Unit, error) {
	var out []Unit
	if err := s.stmt(ctx, s.q.ListAllUnits).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list all units: %w", err)
	}
	return out, nil
}

// UnitAliases lists the aliases valid on the given date of units valid on it.
func (s *Store) UnitAliases(ctx context.Context, on string) ([]Alias, error) {
	return s.aliases(ctx, s.q.ListUnitAliases, on, on, on, on)
}

// AllUnitAliases lists every unit alias with its validity.
func (s *Store) AllUnitAliases(ctx context.Context) ([]UnitAlias, error) {
	var out []UnitAlias
	if err := s.stmt(ctx, s.q.ListAllUnitAliases).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list unit aliases: %w", err)
	}
	return out, nil
}

// Succession links a unit that ended to one of the units that took over.
type Succession struct {
	UnitID      int64 `db:"unit_id"`
	SuccessorID int64 `db:"successor_id"`
}

// SetSuccessors replaces the successors of a unit. Call it inside Tx.
func (s *Store) SetSuccessors(ctx context.Context, unitID int64, successors []int64) error {
	if _, err := s.stmt(ctx, s.q.DeleteUnitSuccessors).ExecContext(ctx, unitID); err != nil {
		return fmt.Errorf("queries: clear successors of %d: %w", unitID, err)
	}
	for _, id := range successors {
		if _, err := s.stmt(ctx, s.q.InsertUnitSuccessor).ExecContext(ctx, unitID, id); err != nil {
			return fmt.Errorf("queries: successor of %d: %w", unitID, err)
		}
	}
	return nil
}

// Successions lists every unit that ended with its successors.
func (s *Store) Successions(ctx context.Context) ([]Succession, error) {
	var out []Succession
	if err := s.stmt(ctx, s.q.ListUnitSuccessors).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list successors: %w", err)
	}
	return out, nil
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
