-- Units of the hierarchy, their levels and aliases.

-- name: upsert-unit
INSERT INTO units (code, level_code, parent_id, name, short_name, kind, valid_from)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE SET
    level_code = excluded.level_code, parent_id = excluded.parent_id, name = excluded.name,
    short_name = excluded.short_name, kind = excluded.kind, valid_from = excluded.valid_from
RETURNING id;

-- name: insert-unit-alias
INSERT INTO unit_aliases (unit_id, alias, folded) VALUES (?, ?, ?)
ON CONFLICT DO NOTHING;

-- name: get-unit-by-code
SELECT id, code, level_code, parent_id, name, short_name, kind
FROM units WHERE code = ?;

-- name: list-units
-- Units valid on the given date, province first.
SELECT u.id, u.code, u.level_code, u.parent_id, u.name, u.short_name, u.kind
FROM units u JOIN unit_levels l ON l.code = u.level_code
WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
ORDER BY l.rank, u.code;

-- name: list-unit-aliases
SELECT a.unit_id, a.alias, a.folded
FROM unit_aliases a JOIN units u ON u.id = a.unit_id
WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
ORDER BY a.unit_id, a.folded;

-- name: list-levels
SELECT code, name, rank FROM unit_levels ORDER BY rank;

-- name: list-level-aliases
SELECT level_code, alias, folded FROM level_aliases ORDER BY level_code, folded;
