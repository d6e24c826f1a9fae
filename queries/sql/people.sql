-- People, their chat accounts, and invite codes.

-- name: insert-person
INSERT INTO people (full_name, unit_id, role, created_at) VALUES (?, ?, ?, ?)
RETURNING id;

-- name: insert-invite
INSERT INTO invite_codes (code, unit_id, role, full_name, phone, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: set-person-phone
-- The phone number an invite carried (for Zalo template messages).
UPDATE people SET phone = ? WHERE id = ?;

-- name: find-person
-- A person already known by name in a unit with a role (their other chat account).
SELECT id FROM people WHERE unit_id = ? AND role = ? AND full_name = ? AND deactivated_at IS NULL
ORDER BY id LIMIT 1;

-- name: get-operator
-- The person who uses the console on the server (an admin of the province unit).
SELECT p.id AS person_id, p.full_name, p.role, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.level_code AS unit_level
FROM people p JOIN units u ON u.id = p.unit_id
WHERE p.full_name = ? AND p.role = 'admin' AND p.deactivated_at IS NULL
ORDER BY p.id LIMIT 1;

-- name: get-top-unit
SELECT u.id FROM units u JOIN unit_levels l ON l.code = u.level_code ORDER BY l.rank, u.id LIMIT 1;
