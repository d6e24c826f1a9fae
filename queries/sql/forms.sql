-- Report forms, the units that must send them, and submissions.

-- name: get-form
SELECT id, code, name, period_type, deadline_days FROM report_forms WHERE code = ?;

-- name: list-form-fields
SELECT f.code, f.position, f.min_value, f.integer_only, COALESCE(f.max_field, '') AS max_field,
       i.id AS indicator_id, i.name AS indicator_name
FROM form_fields f JOIN indicators i ON i.id = f.indicator_id
WHERE f.form_id = ? ORDER BY f.position;

-- name: insert-form-unit
INSERT INTO form_units (form_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING;

-- name: list-form-status
-- Each unit that must send the form, with its current submission for the period, if any.
SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name, u.level_code,
       s.id AS submission_id, s.submitted_at, COALESCE(p.full_name, '') AS submitted_by
FROM form_units fu
JOIN units u ON u.id = fu.unit_id
LEFT JOIN submissions s ON s.form_id = fu.form_id AND s.unit_id = u.id AND s.period_start = ? AND s.superseded_at IS NULL
LEFT JOIN people p ON p.id = s.submitted_by
WHERE fu.form_id = ?
ORDER BY u.level_code, u.code;

-- name: get-current-submission
SELECT id FROM submissions
WHERE form_id = ? AND unit_id = ? AND period_start = ? AND superseded_at IS NULL;

-- name: mark-submission-superseded
UPDATE submissions SET superseded_at = ? WHERE id = ? AND superseded_at IS NULL;

-- name: insert-submission
INSERT INTO submissions (form_id, unit_id, period_start, period_end, period_label, submitted_by, submitted_at, via, supersedes_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: insert-audit
INSERT INTO audit_log (at, actor_person_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?);
