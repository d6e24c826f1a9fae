-- Delivery at the platforms' limits (issue 13).

-- +goose Up

-- A chat account whose platform said it can no longer be reached (the
-- person blocked the bot: Telegram's 403) is inactive: reminders take the
-- person's other channel, or the digest lists them as undeliverable. A
-- message from the account makes it active again.
ALTER TABLE chat_accounts ADD COLUMN inactive_at TIMESTAMP;
ALTER TABLE chat_accounts ADD COLUMN inactive_reason TEXT NOT NULL DEFAULT '';

-- Phone numbers (84xxxxxxxxx) for Zalo template messages (ZNS), given with
-- the invite and copied to the person who uses it.
ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE invite_codes ADD COLUMN phone TEXT NOT NULL DEFAULT '';

-- The sender's lease: the one process holding it (and renewing it before
-- expires_at) sends the outbox, so several serve processes on one database
-- stay together within the platforms' limits and keep each chat's order.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

-- The sender claims due rows per platform.
CREATE INDEX outbox_platform_due ON outbox(platform, status, not_before);

-- +goose Down
DROP INDEX outbox_platform_due;
DROP TABLE leases;
ALTER TABLE invite_codes DROP COLUMN phone;
ALTER TABLE people DROP COLUMN phone;
ALTER TABLE chat_accounts DROP COLUMN inactive_reason;
ALTER TABLE chat_accounts DROP COLUMN inactive_at;
