-- Values of indicators. A correction never updates a value in place: the
-- old row is marked superseded and a new row becomes current.

-- name: get-current-value
SELECT id, value FROM indicator_values
WHERE indicator_id = ? AND unit_id = ? AND COALESCE(level_code, '') = ? AND period_kind = ?
  AND COALESCE(period_start, '') = ? AND period_end = ? AND superseded_at IS NULL;

-- name: mark-value-superseded
UPDATE indicator_values SET superseded_at = ? WHERE id = ? AND superseded_at IS NULL;

-- name: link-value-successor
UPDATE indicator_values SET superseded_by = ? WHERE id = ?;

-- name: insert-value
INSERT INTO indicator_values (indicator_id, unit_id, level_code, per_unit, period_kind, period_start, period_end,
    period_label, value, out_of, note, source_id, source_ref, submission_id, recorded_at, recorded_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: list-unit-all-values
-- Current values of every indicator about one unit, newest first: one
-- round trip answers a figure and the parts of its ratio.
SELECT v.id, v.indicator_id, COALESCE(v.level_code, '') AS level_code, v.per_unit, v.period_kind,
       COALESCE(v.period_start, '') AS period_start, v.period_end, v.period_label, v.value,
       v.out_of, v.note, v.source_ref,
       COALESCE(s.code, '') AS source_code, COALESCE(s.title, '') AS source_title,
       COALESCE(s.issued_on, '') AS source_issued_on,
       v.submission_id, sub.submitted_at, COALESCE(p.full_name, '') AS submitted_by
FROM indicator_values v
LEFT JOIN sources s ON s.id = v.source_id
LEFT JOIN submissions sub ON sub.id = v.submission_id
LEFT JOIN people p ON p.id = sub.submitted_by
WHERE v.unit_id = ? AND v.superseded_at IS NULL
ORDER BY v.period_end DESC, v.id DESC;

-- name: list-value-history
-- Every value ever recorded for one key, oldest first (corrections keep the old rows).
SELECT v.id, v.value, v.recorded_at, v.superseded_at, v.submission_id
FROM indicator_values v
WHERE v.indicator_id = ? AND v.unit_id = ? AND v.period_end = ?
ORDER BY v.id;

-- name: list-submitted-values
-- Current submitted values of a period, per unit and indicator: the input
-- of totals, shares and rankings over units. An empty level means all levels.
SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name,
       u.level_code, i.code AS indicator_code, v.value, sub.submitted_at
FROM indicator_values v
JOIN submissions sub ON sub.id = v.submission_id
JOIN units u ON u.id = v.unit_id
JOIN indicators i ON i.id = v.indicator_id
WHERE v.superseded_at IS NULL AND v.period_start = ? AND v.period_end = ?
  AND (? = '' OR u.level_code = ?)
ORDER BY u.code, i.code;

-- name: list-submitted-periods
-- Periods that have submitted values for an indicator, newest first.
SELECT v.period_kind, v.period_start, v.period_end, v.period_label, COUNT(DISTINCT v.unit_id) AS units
FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
WHERE v.submission_id IS NOT NULL AND v.superseded_at IS NULL AND i.code = ?
GROUP BY v.period_kind, v.period_start, v.period_end, v.period_label
ORDER BY v.period_end DESC;

-- name: list-indicator-units
-- Units that have a current value of an indicator.
SELECT DISTINCT unit_id FROM indicator_values WHERE indicator_id = ? AND superseded_at IS NULL ORDER BY unit_id;

-- name: list-current-values
-- Every current value with the whole of its key: what an import compares
-- its rows with, and what an export writes.
SELECT v.id, v.indicator_id, v.unit_id, COALESCE(v.level_code, '') AS level_code, v.per_unit, v.period_kind,
       COALESCE(v.period_start, '') AS period_start, v.period_end, v.period_label, v.value, v.out_of, v.note,
       v.source_id, v.source_ref, v.submission_id
FROM indicator_values v
WHERE v.superseded_at IS NULL
ORDER BY v.indicator_id, v.unit_id, v.period_end, v.id;

-- name: get-values-version
-- The newest value's id: it changes whenever a figure is recorded,
-- submitted or corrected, so what was read before it still holds.
SELECT COALESCE(MAX(id), 0) FROM indicator_values;
