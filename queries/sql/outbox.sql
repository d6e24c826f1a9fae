-- The outbox: every outbound message, delivered by the sender.

-- name: enqueue-outbox
-- A second row with the same idempotency key is not added.
INSERT INTO outbox (idempotency_key, platform, chat_id, person_id, body, payload, not_before, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id;

-- name: list-due-outbox
-- Pending rows that are due, oldest first.
SELECT id, idempotency_key, platform, chat_id, body, payload, attempts, not_before
FROM outbox
WHERE status = 'pending' AND not_before <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
ORDER BY not_before, id
LIMIT ?;

-- name: mark-outbox-sent
UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '' WHERE id = ?;

-- name: retry-outbox
UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?;

-- name: dead-outbox
UPDATE outbox SET status = 'dead', last_error = ? WHERE id = ?;

-- name: release-stale-outbox
-- Rows left 'sending' by a sender that died go back to pending.
UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND claimed_at < ?;

-- name: count-outbox
SELECT status, COUNT(*) AS n FROM outbox GROUP BY status;
