-- PostgreSQL: an import's values in bulk, the rows passed as one JSON
-- parameter (json_to_recordset, json_array_elements_text).

-- name: supersede-values-bulk
UPDATE indicator_values SET superseded_at = ?
WHERE superseded_at IS NULL AND id IN (SELECT x::bigint FROM json_array_elements_text(?::json) AS x);

-- name: insert-values-bulk
INSERT INTO indicator_values (indicator_id, unit_id, level_code, per_unit, period_kind, period_start, period_end,
    period_label, value, out_of, note, source_id, source_ref, recorded_at, recorded_by)
SELECT x.indicator_id, x.unit_id, x.level_code, x.per_unit, x.period_kind, x.period_start, x.period_end,
       x.period_label, x.value, x.out_of, x.note, x.source_id, x.source_ref, ?, NULLIF(x.recorded_by, 0)
FROM json_to_recordset(?::json) AS x(indicator_id bigint, unit_id bigint, level_code text, per_unit integer,
    period_kind text, period_start text, period_end text, period_label text, value double precision,
    out_of double precision, note text, source_id bigint, source_ref text, recorded_by bigint);

-- name: link-superseded-values-bulk
-- Points each superseded row at the current row of its key.
UPDATE indicator_values SET superseded_by = (
    SELECT n.id FROM indicator_values n
    WHERE n.indicator_id = indicator_values.indicator_id AND n.unit_id = indicator_values.unit_id
      AND COALESCE(n.level_code, '') = COALESCE(indicator_values.level_code, '')
      AND n.period_kind = indicator_values.period_kind
      AND COALESCE(n.period_start, '') = COALESCE(indicator_values.period_start, '')
      AND n.period_end = indicator_values.period_end AND n.superseded_at IS NULL)
WHERE id IN (SELECT x::bigint FROM json_array_elements_text(?::json) AS x);
