-- Leases: a named role (the outbox sender) held by one process at a time.

-- name: acquire-lease
-- Takes the lease, or renews it for its holder; another holder's lease is
-- taken over only once it has expired. No row returned: someone else holds it.
INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
WHERE leases.holder = excluded.holder OR leases.expires_at < ?
RETURNING holder;

-- name: release-lease
DELETE FROM leases WHERE name = ? AND holder = ?;
