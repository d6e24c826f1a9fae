-- Pending submissions: previews awaiting confirmation and guided forms.

-- name: insert-pending
INSERT INTO pending_submissions (platform, chat_id, person_id, form_id, unit_id, period_start, period_end, period_label,
    values_json, awaiting, created_at, expires_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: cancel-open-pending
-- Cancels a chat's open pending submissions (a new /nop or /huy).
UPDATE pending_submissions SET cancelled_at = ?
WHERE platform = ? AND chat_id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL;

-- name: get-open-pending
-- The chat's newest pending submission that is neither confirmed, cancelled nor expired.
SELECT id, person_id, form_id, unit_id, period_start, period_end, period_label, values_json, awaiting
FROM pending_submissions
WHERE platform = ? AND chat_id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > ?
ORDER BY id DESC LIMIT 1;

-- name: get-pending
SELECT id, person_id, form_id, unit_id, period_start, period_end, period_label, values_json, awaiting,
       confirmed_at, cancelled_at, expires_at, platform, chat_id
FROM pending_submissions WHERE id = ?;

-- name: update-pending-values
UPDATE pending_submissions SET values_json = ?, awaiting = ?
WHERE id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL;

-- name: confirm-pending
-- Marks a pending submission confirmed; no row returned means it was
-- confirmed, cancelled or expired already (a second press stores nothing).
UPDATE pending_submissions SET confirmed_at = ?
WHERE id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > ? AND awaiting = ''
RETURNING id;

-- name: link-pending-submission
UPDATE pending_submissions SET submission_id = ? WHERE id = ?;

-- name: cancel-pending
UPDATE pending_submissions SET cancelled_at = ?
WHERE id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL
RETURNING id;
