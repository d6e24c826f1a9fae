-- Units over time. Official codes are reused: since 01/07/2025 code 18406
-- is Xã Can Lộc, in 2019 it was Thị trấn Nghèn. A code is unique only
-- together with the date its unit began (valid_from); imports check that
-- two units sharing a code never overlap in validity. A unit may have
-- several successors (a district split among new communes), so successors
-- get their own table instead of units.replaced_by_id. Aliases get
-- validity dates of their own: an old name may point at its successor
-- from the day of the merger only. Form fields get an upper bound
-- (percentages: 100). The demo loader of before wrote 2000-01-01 for
-- "since ever"; imports write 1900-01-01 (the column's default), so the
-- old rows take it and an import matches them.
--
-- SQLite cannot drop a UNIQUE column constraint, so units is rebuilt.
-- Other tables reference units by name; dropping it inside this
-- transaction leaves their rows orphaned until the rebuilt table is
-- filled again, which defer_foreign_keys lets pass (checked at commit).

-- +goose Up
PRAGMA defer_foreign_keys = ON;

CREATE TABLE units_before_0008 AS SELECT * FROM units;
DROP TABLE units;

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    level_code TEXT NOT NULL REFERENCES unit_levels(code),
    parent_id INTEGER REFERENCES units(id),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '1900-01-01',
    valid_to TEXT,
    UNIQUE (code, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
INSERT INTO units (id, code, level_code, parent_id, name, short_name, kind, valid_from, valid_to)
SELECT id, code, level_code, parent_id, name, short_name, kind,
       CASE valid_from WHEN '2000-01-01' THEN '1900-01-01' ELSE valid_from END, valid_to
FROM units_before_0008 ORDER BY id;
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE unit_successors (
    unit_id INTEGER NOT NULL REFERENCES units(id),
    successor_id INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (unit_id, successor_id)
);
CREATE INDEX unit_successors_successor ON unit_successors(successor_id);
INSERT INTO unit_successors (unit_id, successor_id)
SELECT id, replaced_by_id FROM units_before_0008 WHERE replaced_by_id IS NOT NULL;

DROP TABLE units_before_0008;

ALTER TABLE unit_aliases ADD COLUMN valid_from TEXT;
ALTER TABLE unit_aliases ADD COLUMN valid_to TEXT;

ALTER TABLE form_fields ADD COLUMN max_value DOUBLE PRECISION;

-- +goose Down
-- Fails while a code is carried by two units (the old schema cannot hold
-- that); a unit with several successors keeps one of them.
PRAGMA defer_foreign_keys = ON;

ALTER TABLE form_fields DROP COLUMN max_value;
ALTER TABLE unit_aliases DROP COLUMN valid_to;
ALTER TABLE unit_aliases DROP COLUMN valid_from;

CREATE TABLE units_after_0008 AS SELECT * FROM units;
DROP TABLE units;
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    level_code TEXT NOT NULL REFERENCES unit_levels(code),
    parent_id INTEGER REFERENCES units(id),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '1900-01-01',
    valid_to TEXT,
    replaced_by_id INTEGER REFERENCES units(id)
);
INSERT INTO units (id, code, level_code, parent_id, name, short_name, kind, valid_from, valid_to, replaced_by_id)
SELECT u.id, u.code, u.level_code, u.parent_id, u.name, u.short_name, u.kind, u.valid_from, u.valid_to,
       (SELECT MIN(s.successor_id) FROM unit_successors s WHERE s.unit_id = u.id)
FROM units_after_0008 u ORDER BY u.id;
CREATE INDEX units_parent ON units(parent_id);
DROP TABLE units_after_0008;
DROP INDEX unit_successors_successor;
DROP TABLE unit_successors;
