-- People, their chat accounts, and invite codes.

-- name: insert-person
INSERT INTO people (full_name, unit_id, role, created_at) VALUES (?, ?, ?, ?)
RETURNING id;

-- name: insert-invite
INSERT INTO invite_codes (code, unit_id, role, full_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?);

-- name: find-person
-- A person already known by name in a unit with a role (their other chat account).
SELECT id FROM people WHERE unit_id = ? AND role = ? AND full_name = ? AND deactivated_at IS NULL
ORDER BY id LIMIT 1;
