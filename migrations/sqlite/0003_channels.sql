-- Chat channels: replies carry their buttons in the outbox, platform tokens
-- are stored (Zalo refresh tokens are single-use), and pending choices
-- offered to a chat survive a restart.

-- +goose Up
ALTER TABLE outbox ADD COLUMN payload TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN next_attempt_at TIMESTAMP;

CREATE TABLE platform_tokens (
    platform TEXT PRIMARY KEY,
    access_token TEXT NOT NULL,
    refresh_token TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE chat_choices (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (platform, chat_id, position)
);

-- +goose Down
DROP TABLE chat_choices;
DROP TABLE platform_tokens;
ALTER TABLE outbox DROP COLUMN next_attempt_at;
ALTER TABLE outbox DROP COLUMN payload;
