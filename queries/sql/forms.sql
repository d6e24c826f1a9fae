-- Report forms, their fields, the units that must send them, and submissions.

-- name: get-form
SELECT id, code, name, period_type, deadline_days FROM report_forms WHERE code = ?;

-- name: get-form-by-id
SELECT id, code, name, period_type, deadline_days FROM report_forms WHERE id = ?;

-- name: list-forms
SELECT id, code, name, period_type, deadline_days FROM report_forms ORDER BY code;

-- name: upsert-form
INSERT INTO report_forms (code, name, period_type, deadline_days) VALUES (?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE SET name = excluded.name, period_type = excluded.period_type,
    deadline_days = excluded.deadline_days
RETURNING id;

-- name: list-form-fields
SELECT f.code, f.position, f.min_value, f.integer_only, COALESCE(f.max_field, '') AS max_field, f.max_value,
       i.id AS indicator_id, i.name AS indicator_name
FROM form_fields f JOIN indicators i ON i.id = f.indicator_id
WHERE f.form_id = ? ORDER BY f.position;

-- name: list-all-form-fields
SELECT f.form_id, f.code, f.position, f.min_value, f.integer_only, COALESCE(f.max_field, '') AS max_field, f.max_value,
       i.id AS indicator_id, i.name AS indicator_name
FROM form_fields f JOIN indicators i ON i.id = f.indicator_id
ORDER BY f.form_id, f.position;

-- name: upsert-form-field
INSERT INTO form_fields (form_id, code, indicator_id, position, min_value, integer_only, max_field, max_value)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (form_id, code) DO UPDATE SET indicator_id = excluded.indicator_id, position = excluded.position,
    min_value = excluded.min_value, integer_only = excluded.integer_only, max_field = excluded.max_field,
    max_value = excluded.max_value;

-- name: insert-form-unit
INSERT INTO form_units (form_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING;

-- name: list-all-form-units
SELECT form_id, unit_id FROM form_units ORDER BY form_id, unit_id;

-- name: list-form-status
-- Each unit that must send the form and exists on the period's last day,
-- with its current submission for the period, if any. An empty period
-- start lists the units required at any time.
SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name, u.level_code,
       s.id AS submission_id, s.submitted_at, COALESCE(p.full_name, '') AS submitted_by
FROM form_units fu
JOIN units u ON u.id = fu.unit_id
LEFT JOIN submissions s ON s.form_id = fu.form_id AND s.unit_id = u.id AND s.period_start = ? AND s.superseded_at IS NULL
LEFT JOIN people p ON p.id = s.submitted_by
WHERE fu.form_id = ? AND (? = '' OR (u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)))
ORDER BY u.level_code, u.code;

-- name: list-period-status
-- Every unit that must send a form of a period type and exists on the
-- period's last day, with the form and its current submission of it: the
-- forms of all units at once (in the third quarter of 2025 the agencies
-- send the 2019 form and the new communes theirs).
SELECT f.id AS form_id, f.code AS form_code, f.name AS form_name, f.deadline_days,
       u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short_name, u.level_code,
       s.id AS submission_id, s.submitted_at, COALESCE(p.full_name, '') AS submitted_by
FROM form_units fu
JOIN report_forms f ON f.id = fu.form_id
JOIN units u ON u.id = fu.unit_id
LEFT JOIN submissions s ON s.form_id = fu.form_id AND s.unit_id = u.id AND s.period_start = ? AND s.superseded_at IS NULL
LEFT JOIN people p ON p.id = s.submitted_by
WHERE f.period_type = ? AND u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
ORDER BY u.level_code, u.code, f.code;

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
