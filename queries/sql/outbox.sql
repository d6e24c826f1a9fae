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

-- name: claim-due-outbox
-- The sender takes the due rows of one platform, oldest first, keeping each
-- chat's order: a row is taken only while no earlier row of its chat waits
-- for a retry, and at most ? rows of a chat are out at once (those already
-- taken count). Only the lease holder claims, so no row locks are needed;
-- the outer status check skips a row claimed meanwhile all the same.
UPDATE outbox SET status = 'sending', claimed_at = ?, attempts = attempts + 1
WHERE status = 'pending' AND id IN (
    SELECT id FROM (
        SELECT id, status, not_before,
               ROW_NUMBER() OVER chat_order AS place,
               SUM(CASE WHEN status = 'pending' AND next_attempt_at > ? THEN 1 ELSE 0 END) OVER chat_order AS waiting
        FROM outbox
        WHERE platform = ? AND status IN ('pending', 'sending') AND not_before <= ?
        WINDOW chat_order AS (PARTITION BY chat_id ORDER BY not_before, id ROWS UNBOUNDED PRECEDING)
    ) q
    WHERE status = 'pending' AND waiting = 0 AND place <= ?
    ORDER BY not_before, id
    LIMIT ?
)
RETURNING id, idempotency_key, platform, chat_id, body, payload, attempts, not_before;

-- name: mark-outbox-sent
UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '' WHERE id = ?;

-- name: retry-outbox
UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?;

-- name: dead-outbox
UPDATE outbox SET status = 'dead', last_error = ? WHERE id = ?;

-- name: release-stale-outbox
-- Rows left 'sending' by a sender that died go back to pending.
UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND claimed_at < ?;

-- name: unclaim-outbox
-- A claimed row the sender will not send now goes back, due at ?, without
-- counting as an attempt (its chat must wait, or the sender is stopping).
UPDATE outbox SET status = 'pending', attempts = attempts - 1, next_attempt_at = ? WHERE id = ? AND status = 'sending';

-- name: release-sending-outbox
-- Every row left 'sending': the new leader's predecessor claimed them and
-- stopped (only the leader claims).
UPDATE outbox SET status = 'pending' WHERE status = 'sending';

-- name: count-outbox
SELECT status, COUNT(*) AS n FROM outbox GROUP BY status;

-- name: outbox-backlog
-- Per platform, the rows waiting (pending or being sent) and the earliest
-- time among them that is already due.
SELECT platform, COUNT(*) AS waiting, MIN(CASE WHEN not_before <= ? THEN not_before END) AS oldest_due
FROM outbox
WHERE status IN ('pending', 'sending')
GROUP BY platform
ORDER BY platform;

-- name: mark-chat-inactive
-- The platform said the chat cannot be reached any more (blocked the bot).
UPDATE chat_accounts SET inactive_at = ?, inactive_reason = ? WHERE platform = ? AND chat_id = ?;
