-- SQLite: one writer at a time (transactions begin IMMEDIATE), so one
-- sender claims at a time; no row locks to skip.

-- name: claim-due-outbox
UPDATE outbox SET status = 'sending', claimed_at = ?, attempts = attempts + 1
WHERE id IN (
    SELECT id FROM outbox
    WHERE status = 'pending' AND not_before <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
    ORDER BY not_before, id
    LIMIT ?
)
RETURNING id, idempotency_key, platform, chat_id, body, payload, attempts, not_before;
