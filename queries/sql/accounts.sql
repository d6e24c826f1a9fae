-- People's chat accounts, invite codes, processed updates and platform tokens.

-- name: get-account
-- The person behind a chat account, if registered and active.
SELECT a.id AS account_id, a.platform, a.external_id, a.chat_id, p.id AS person_id, p.full_name, p.role,
       u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.level_code AS unit_level
FROM chat_accounts a
JOIN people p ON p.id = a.person_id
JOIN units u ON u.id = p.unit_id
WHERE a.platform = ? AND a.external_id = ? AND p.deactivated_at IS NULL;

-- name: claim-invite
-- Marks an unused, unexpired invite as used; no row means it cannot be used.
UPDATE invite_codes SET used_at = ?
WHERE code = ? AND used_at IS NULL AND expires_at > ?
RETURNING unit_id, role, full_name, phone;

-- name: link-invite-account
UPDATE invite_codes SET used_by_account_id = ? WHERE code = ?;

-- name: insert-account
INSERT INTO chat_accounts (person_id, platform, external_id, chat_id, display_name, created_at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (platform, external_id) DO UPDATE SET person_id = excluded.person_id, chat_id = excluded.chat_id,
    display_name = excluded.display_name
RETURNING id;

-- name: touch-account
-- Records a person's last message (Zalo's free reply window runs from it);
-- a person who writes has not blocked the bot (any more).
UPDATE chat_accounts SET last_inbound_at = ?, inactive_at = NULL, inactive_reason = '' WHERE platform = ? AND external_id = ?;

-- name: mark-update-processed
-- Records an update as handled; no row returned means it was handled before.
INSERT INTO processed_updates (platform, update_id, processed_at) VALUES (?, ?, ?)
ON CONFLICT DO NOTHING
RETURNING update_id;

-- name: is-update-processed
SELECT COUNT(*) FROM processed_updates WHERE platform = ? AND update_id = ?;

-- name: get-platform-tokens
SELECT access_token, refresh_token, expires_at FROM platform_tokens WHERE platform = ?;

-- name: save-platform-tokens
INSERT INTO platform_tokens (platform, access_token, refresh_token, expires_at, updated_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (platform) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
    expires_at = excluded.expires_at, updated_at = excluded.updated_at;

-- name: delete-chat-choices
DELETE FROM chat_choices WHERE platform = ? AND chat_id = ?;

-- name: insert-chat-choice
INSERT INTO chat_choices (platform, chat_id, position, label, data, created_at) VALUES (?, ?, ?, ?, ?, ?);

-- name: get-chat-choice
SELECT label, data FROM chat_choices WHERE platform = ? AND chat_id = ? AND position = ?;
