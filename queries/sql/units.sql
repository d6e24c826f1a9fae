-- Units of the hierarchy, their levels, aliases and successors. A unit's
-- code is unique only together with the date it began (valid_from):
-- official codes are reused after mergers, so every lookup by code names
-- a date.

-- name: upsert-unit
INSERT INTO units (code, level_code, parent_id, name, short_name, kind, valid_from)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (code, valid_from) DO UPDATE SET
    level_code = excluded.level_code, parent_id = excluded.parent_id, name = excluded.name,
    short_name = excluded.short_name, kind = excluded.kind
RETURNING id;

-- name: insert-unit
INSERT INTO units (code, level_code, parent_id, name, short_name, kind, valid_from, valid_to)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: update-unit
UPDATE units SET level_code = ?, parent_id = ?, name = ?, short_name = ?, kind = ?, valid_from = ?, valid_to = ?
WHERE id = ?;

-- name: insert-unit-alias
-- One more name of a unit, valid between two dates (NULL: open-ended);
-- the same name again updates its dates.
INSERT INTO unit_aliases (unit_id, alias, folded, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (unit_id, folded) DO UPDATE SET valid_from = excluded.valid_from, valid_to = excluded.valid_to;

-- name: list-units-by-code
-- Every unit that has carried a code, oldest first.
SELECT id, code, level_code, parent_id, name, short_name, kind, valid_from, COALESCE(valid_to, '') AS valid_to
FROM units WHERE code = ? ORDER BY valid_from;

-- name: get-unit-by-code-on
-- The unit that carried a code on a date (imports check validity never overlaps).
SELECT id, code, level_code, parent_id, name, short_name, kind, valid_from, COALESCE(valid_to, '') AS valid_to
FROM units WHERE code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?);

-- name: list-units
-- Units valid on the given date, province first.
SELECT u.id, u.code, u.level_code, u.parent_id, u.name, u.short_name, u.kind,
       u.valid_from, COALESCE(u.valid_to, '') AS valid_to
FROM units u JOIN unit_levels l ON l.code = u.level_code
WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
ORDER BY l.rank, u.code;

-- name: list-all-units
-- Every unit of every time, for imports and exports.
SELECT u.id, u.code, u.level_code, u.parent_id, u.name, u.short_name, u.kind,
       u.valid_from, COALESCE(u.valid_to, '') AS valid_to
FROM units u JOIN unit_levels l ON l.code = u.level_code
ORDER BY l.rank, u.code, u.valid_from;

-- name: list-unit-aliases
-- Aliases valid on a date of units valid on that date.
SELECT a.unit_id, a.alias, a.folded
FROM unit_aliases a JOIN units u ON u.id = a.unit_id
WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
  AND (a.valid_from IS NULL OR a.valid_from <= ?) AND (a.valid_to IS NULL OR a.valid_to >= ?)
ORDER BY a.unit_id, a.folded;

-- name: list-all-unit-aliases
SELECT unit_id, alias, folded, COALESCE(valid_from, '') AS valid_from, COALESCE(valid_to, '') AS valid_to
FROM unit_aliases ORDER BY unit_id, folded;

-- name: delete-unit-successors
DELETE FROM unit_successors WHERE unit_id = ?;

-- name: insert-unit-successor
INSERT INTO unit_successors (unit_id, successor_id) VALUES (?, ?) ON CONFLICT DO NOTHING;

-- name: list-unit-successors
-- Every unit that ended with its successors.
SELECT unit_id, successor_id FROM unit_successors ORDER BY unit_id, successor_id;

-- name: list-levels
SELECT code, name, rank FROM unit_levels ORDER BY rank;

-- name: list-level-aliases
SELECT level_code, alias, folded FROM level_aliases ORDER BY level_code, folded;
