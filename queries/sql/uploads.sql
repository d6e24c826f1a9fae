-- Files sent to the bot, kept between their dry run and «Xác nhận».

-- name: insert-upload
INSERT INTO pending_uploads (platform, chat_id, person_id, file_name, data, created_at, expires_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: purge-uploads
-- Forgets the uploads whose time is over, confirmed or not.
DELETE FROM pending_uploads WHERE expires_at <= ?;

-- name: get-upload
SELECT id, platform, chat_id, person_id, file_name, created_at, expires_at, confirmed_at, cancelled_at
FROM pending_uploads WHERE id = ?;

-- name: claim-upload
-- Marks an upload confirmed and returns its file; no row means it was
-- confirmed, cancelled or expired already (a second press applies nothing).
UPDATE pending_uploads SET confirmed_at = ?
WHERE id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > ?
RETURNING file_name, data;

-- name: clear-upload-data
UPDATE pending_uploads SET data = ? WHERE id = ?;

-- name: cancel-upload
UPDATE pending_uploads SET cancelled_at = ?, data = ?
WHERE id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL
RETURNING id;

-- name: cancel-chat-uploads
-- /huy: every open upload of one chat is dropped.
UPDATE pending_uploads SET cancelled_at = ?, data = ?
WHERE platform = ? AND chat_id = ? AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > ?;
