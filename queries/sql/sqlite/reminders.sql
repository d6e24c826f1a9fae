-- SQLite: a sweep's reminders in one statement each, the rows passed as
-- one JSON parameter (json_each). "WHERE true" lets SQLite read the upsert.

-- name: insert-reminder-logs
-- Logs the reminders not logged before; returns those it logged.
INSERT INTO reminder_log (form_id, unit_id, period_start, stage, person_id, created_at)
SELECT json_extract(value, '$.form_id'), json_extract(value, '$.unit_id'), json_extract(value, '$.period_start'),
       json_extract(value, '$.stage'), json_extract(value, '$.person_id'), ?
FROM json_each(?) WHERE true
ON CONFLICT DO NOTHING
RETURNING form_id, unit_id, period_start, stage, person_id;

-- name: enqueue-outbox-bulk
INSERT INTO outbox (idempotency_key, platform, chat_id, person_id, body, payload, not_before, created_at)
SELECT json_extract(value, '$.idempotency_key'), json_extract(value, '$.platform'), json_extract(value, '$.chat_id'),
       NULLIF(json_extract(value, '$.person_id'), 0), json_extract(value, '$.body'),
       COALESCE(json_extract(value, '$.payload'), ''), json_extract(value, '$.not_before'), ?
FROM json_each(?) WHERE true
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id;
