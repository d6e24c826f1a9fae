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

-- name: list-people
-- People of one unit (0: of every unit), with their roles and phones;
-- those revoked last.
SELECT p.id, p.full_name, p.role, p.phone, p.created_at, p.deactivated_at,
       u.id AS unit_id, u.code AS unit_code, u.name AS unit_name
FROM people p JOIN units u ON u.id = p.unit_id
WHERE (? = 0 OR p.unit_id = ?)
ORDER BY CASE WHEN p.deactivated_at IS NULL THEN 0 ELSE 1 END, u.code, p.role, p.full_name, p.id;

-- name: list-people-accounts
-- The chat accounts of the people of one unit (0: of every unit).
SELECT a.person_id, a.platform, a.display_name, a.last_inbound_at, a.inactive_at, a.inactive_reason
FROM chat_accounts a JOIN people p ON p.id = a.person_id
WHERE (? = 0 OR p.unit_id = ?)
ORDER BY a.person_id, a.platform;

-- name: deactivate-person
-- Revokes a person: their chat accounts are no longer recognised (get-account
-- reads active people only). No row: already revoked, or no such person.
UPDATE people SET deactivated_at = ? WHERE id = ? AND deactivated_at IS NULL
RETURNING id;
