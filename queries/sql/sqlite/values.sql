-- SQLite: an import's values in bulk, the rows passed as one JSON
-- parameter (json_each).

-- name: supersede-values-bulk
UPDATE indicator_values SET superseded_at = ?
WHERE superseded_at IS NULL AND id IN (SELECT value FROM json_each(?));

-- name: insert-values-bulk
INSERT INTO indicator_values (indicator_id, unit_id, level_code, per_unit, period_kind, period_start, period_end,
    period_label, value, out_of, note, source_id, source_ref, recorded_at, recorded_by)
SELECT json_extract(value, '$.indicator_id'), json_extract(value, '$.unit_id'), json_extract(value, '$.level_code'),
       json_extract(value, '$.per_unit'), json_extract(value, '$.period_kind'), json_extract(value, '$.period_start'),
       json_extract(value, '$.period_end'), json_extract(value, '$.period_label'), json_extract(value, '$.value'),
       json_extract(value, '$.out_of'), json_extract(value, '$.note'), json_extract(value, '$.source_id'),
       json_extract(value, '$.source_ref'), ?, NULLIF(json_extract(value, '$.recorded_by'), 0)
FROM json_each(?);

-- name: link-superseded-values-bulk
-- Points each superseded row at the current row of its key.
UPDATE indicator_values SET superseded_by = (
    SELECT n.id FROM indicator_values n
    WHERE n.indicator_id = indicator_values.indicator_id AND n.unit_id = indicator_values.unit_id
      AND COALESCE(n.level_code, '') = COALESCE(indicator_values.level_code, '')
      AND n.period_kind = indicator_values.period_kind
      AND COALESCE(n.period_start, '') = COALESCE(indicator_values.period_start, '')
      AND n.period_end = indicator_values.period_end AND n.superseded_at IS NULL)
WHERE id IN (SELECT value FROM json_each(?));
