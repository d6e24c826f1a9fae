-- A unit's history for a period (/lichsu): submissions with their
-- corrections, and the figures recorded from documents.

-- name: list-unit-submissions
-- Every submission of a unit whose period lies within [start, end], the
-- superseded ones too, with who sent it.
SELECT s.id, s.form_id, f.code AS form_code, f.name AS form_name, s.period_start, s.period_end, s.period_label,
       s.submitted_at, s.via, s.superseded_at, COALESCE(p.full_name, '') AS submitted_by, COALESCE(p.role, '') AS submitter_role
FROM submissions s
JOIN report_forms f ON f.id = s.form_id
LEFT JOIN people p ON p.id = s.submitted_by
WHERE s.unit_id = ? AND s.period_start >= ? AND s.period_end <= ?
ORDER BY s.period_start, f.code, s.submitted_at, s.id;

-- name: list-unit-submission-values
-- The values of those submissions by form code, in the form's order.
SELECT v.submission_id, ff.code, v.value
FROM indicator_values v
JOIN submissions s ON s.id = v.submission_id
JOIN form_fields ff ON ff.form_id = s.form_id AND ff.indicator_id = v.indicator_id
WHERE s.unit_id = ? AND s.period_start >= ? AND s.period_end <= ?
ORDER BY v.submission_id, ff.position;

-- name: list-unit-recorded-values
-- A unit's figures of a period taken from documents (imports), current
-- and superseded, with who recorded each and when.
SELECT v.id, i.code AS indicator_code, i.name AS indicator_name, v.period_label, v.value, v.recorded_at, v.superseded_at,
       COALESCE(src.code, '') AS source_code, COALESCE(p.full_name, '') AS recorded_by
FROM indicator_values v
JOIN indicators i ON i.id = v.indicator_id
LEFT JOIN sources src ON src.id = v.source_id
LEFT JOIN people p ON p.id = v.recorded_by
WHERE v.unit_id = ? AND v.submission_id IS NULL AND v.period_end >= ? AND v.period_end <= ?
  AND (v.period_start IS NULL OR v.period_start >= ?)
ORDER BY i.code, v.period_end, v.recorded_at, v.id;
