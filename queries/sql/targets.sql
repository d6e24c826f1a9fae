-- Targets and plans set for indicators.

-- name: insert-target
INSERT INTO targets (indicator_id, unit_id, level_code, kind, value, deadline, period_label, set_by, source_id, source_ref)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: update-target
UPDATE targets SET value = ?, period_label = ?, set_by = ?, source_ref = ? WHERE id = ?;

-- name: list-stored-targets
-- Every target with its key (indicator, unit, level, kind, deadline, source): what imports compare and exports write.
SELECT t.id, t.indicator_id, t.unit_id, COALESCE(t.level_code, '') AS level_code, t.kind, t.value, t.deadline,
       t.period_label, t.set_by, t.source_id, t.source_ref
FROM targets t ORDER BY t.indicator_id, t.unit_id, t.deadline, t.id;

-- name: list-targets
-- Targets and plans of one indicator about one unit, the earliest deadline first.
SELECT t.kind, t.value, t.deadline, t.period_label, t.set_by, COALESCE(t.level_code, '') AS level_code,
       t.source_ref, s.code AS source_code, s.issued_on AS source_issued_on
FROM targets t JOIN sources s ON s.id = t.source_id
WHERE t.indicator_id = ? AND t.unit_id = ?
ORDER BY t.deadline, t.kind;

-- name: list-all-targets
-- Every target and plan, the earliest deadline first: the catalog keeps them.
SELECT t.indicator_id, t.unit_id, t.kind, t.value, t.deadline, t.period_label, t.set_by,
       COALESCE(t.level_code, '') AS level_code, t.source_ref, s.code AS source_code, s.issued_on AS source_issued_on
FROM targets t JOIN sources s ON s.id = t.source_id
ORDER BY t.deadline, t.kind;
