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

-- +goose Up
ALTER TABLE units DROP CONSTRAINT units_code_key;
UPDATE units SET valid_from = '1900-01-01' WHERE valid_from = '2000-01-01';
ALTER TABLE units ADD CONSTRAINT units_code_valid_from_key UNIQUE (code, valid_from);
ALTER TABLE units ADD CONSTRAINT units_validity CHECK (valid_to IS NULL OR valid_to >= valid_from);

CREATE TABLE unit_successors (
    unit_id BIGINT NOT NULL REFERENCES units(id),
    successor_id BIGINT NOT NULL REFERENCES units(id),
    PRIMARY KEY (unit_id, successor_id)
);
CREATE INDEX unit_successors_successor ON unit_successors(successor_id);
INSERT INTO unit_successors (unit_id, successor_id)
SELECT id, replaced_by_id FROM units WHERE replaced_by_id IS NOT NULL;
ALTER TABLE units DROP COLUMN replaced_by_id;

ALTER TABLE unit_aliases ADD COLUMN valid_from TEXT;
ALTER TABLE unit_aliases ADD COLUMN valid_to TEXT;

ALTER TABLE form_fields ADD COLUMN max_value DOUBLE PRECISION;

-- +goose Down
-- Fails while a code is carried by two units (the old schema cannot hold
-- that); a unit with several successors keeps one of them.
ALTER TABLE form_fields DROP COLUMN max_value;
ALTER TABLE unit_aliases DROP COLUMN valid_to;
ALTER TABLE unit_aliases DROP COLUMN valid_from;
ALTER TABLE units ADD COLUMN replaced_by_id BIGINT REFERENCES units(id);
UPDATE units SET replaced_by_id = (SELECT MIN(s.successor_id) FROM unit_successors s WHERE s.unit_id = units.id);
DROP TABLE unit_successors;
ALTER TABLE units DROP CONSTRAINT units_validity;
ALTER TABLE units DROP CONSTRAINT units_code_valid_from_key;
ALTER TABLE units ADD CONSTRAINT units_code_key UNIQUE (code);
