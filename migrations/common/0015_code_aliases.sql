-- The aliases "dvc3" and "dvc4" (migration 0002) are written as typed, but
-- a question's "dvc3" now normalises to "dich vu cong muc 3", the words
-- the indicators' other aliases hold; as typed they would never match, and
-- every alias must be stored normalised.

-- +goose Up
DELETE FROM indicator_aliases WHERE folded IN ('dvc3', 'dvc4');

-- +goose Down
INSERT INTO indicator_aliases (indicator_id, alias, folded)
SELECT id, code, code FROM indicators WHERE code IN ('dvc3', 'dvc4');
