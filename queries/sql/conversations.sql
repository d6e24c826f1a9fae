-- name: get-conversation
-- What a chat last understood, unless it has expired.
SELECT state FROM conversations WHERE platform = ? AND chat_id = ? AND expires_at > ?;

-- name: save-conversation
INSERT INTO conversations (platform, chat_id, state, updated_at, expires_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (platform, chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at,
    expires_at = excluded.expires_at;

-- name: delete-conversation
DELETE FROM conversations WHERE platform = ? AND chat_id = ?;
