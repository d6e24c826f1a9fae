-- The reminder sweep: schedules, calendar, late units and their people, the log.

-- name: list-reminder-stages
SELECT f.id AS form_id, f.code AS form_code, f.name AS form_name, f.period_type, f.deadline_days,
       s.stage, s.offset_days, s.repeat_days, s.audience
FROM reminder_stages s JOIN report_forms f ON f.id = s.form_id
ORDER BY f.id, s.offset_days;

-- name: list-reminder-settings
SELECT key, value FROM reminder_settings ORDER BY key;

-- name: list-holidays
SELECT day, name FROM holidays WHERE day >= ? AND day <= ? ORDER BY day;

-- name: list-late-recipients
-- Units that must send the form, exist on the period's last day and have
-- no current submission for the period, with their clerks and leaders and
-- those people's chat accounts (a unit without anyone comes once, with
-- empty person fields).
SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name,
       COALESCE(p.id, 0) AS person_id, COALESCE(p.full_name, '') AS full_name, COALESCE(p.role, '') AS role,
       COALESCE(a.platform, '') AS platform, COALESCE(a.chat_id, '') AS chat_id, a.last_inbound_at,
       COALESCE(p.phone, '') AS phone, a.inactive_at
FROM form_units fu
JOIN units u ON u.id = fu.unit_id
LEFT JOIN submissions s ON s.form_id = fu.form_id AND s.unit_id = u.id AND s.period_start = ? AND s.superseded_at IS NULL
LEFT JOIN people p ON p.unit_id = u.id AND p.role IN ('clerk', 'leader') AND p.deactivated_at IS NULL
LEFT JOIN chat_accounts a ON a.person_id = p.id
WHERE fu.form_id = ? AND s.id IS NULL AND u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
ORDER BY u.code, p.id, a.platform;

-- name: list-digest-recipients
-- Admins, and leaders of the province, with their chat accounts.
SELECT p.id AS person_id, p.full_name, p.role, u.id AS unit_id, COALESCE(a.platform, '') AS platform,
       COALESCE(a.chat_id, '') AS chat_id, a.last_inbound_at, p.phone, a.inactive_at
FROM people p
JOIN units u ON u.id = p.unit_id
LEFT JOIN chat_accounts a ON a.person_id = p.id
WHERE p.deactivated_at IS NULL AND (p.role = 'admin' OR (p.role = 'leader' AND u.level_code = 'province'))
ORDER BY p.id, a.platform;

-- name: upsert-reminder-stage
INSERT INTO reminder_stages (form_id, stage, offset_days, repeat_days, audience) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (form_id, stage) DO UPDATE SET offset_days = excluded.offset_days, repeat_days = excluded.repeat_days,
    audience = excluded.audience;
