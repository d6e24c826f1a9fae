-- People, their chat accounts, and invite codes.

-- name: insert-person
INSERT INTO people (full_name, unit_id, role, created_at) VALUES (?, ?, ?, ?)
RETURNING id;

-- name: insert-invite
INSERT INTO invite_codes (code, unit_id, role, full_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?);
