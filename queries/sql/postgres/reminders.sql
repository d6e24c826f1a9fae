-- PostgreSQL: a sweep's reminders in one statement each, the rows passed
-- as one JSON parameter (json_to_recordset).

-- name: insert-reminder-logs
-- Logs the reminders not logged before; returns those it logged.
INSERT INTO reminder_log (form_id, unit_id, period_start, stage, person_id, created_at)
SELECT x.form_id, x.unit_id, x.period_start, x.stage, x.person_id, ?
FROM json_to_recordset(?::json) AS x(form_id bigint, unit_id bigint, period_start text, stage text, person_id bigint)
ON CONFLICT DO NOTHING
RETURNING form_id, unit_id, period_start, stage, person_id;

-- name: enqueue-outbox-bulk
INSERT INTO outbox (idempotency_key, platform, chat_id, person_id, body, payload, not_before, created_at)
SELECT x.idempotency_key, x.platform, x.chat_id, NULLIF(x.person_id, 0), x.body, COALESCE(x.payload, ''), x.not_before::timestamptz, ?
FROM json_to_recordset(?::json) AS x(idempotency_key text, platform text, chat_id text, person_id bigint, body text, payload text, not_before text)
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id;
