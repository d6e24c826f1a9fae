-- Administration by chat (issue 15).

-- +goose Up

-- A file an admin sent to the bot, kept between its dry run and «Xác
-- nhận» (or until it expires): in the database, so a restart between the
-- two loses nothing. The bytes are dropped once it is confirmed or
-- cancelled; confirmed_at makes the confirmation happen once.
CREATE TABLE pending_uploads (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    file_name TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    cancelled_at TIMESTAMP
);
CREATE INDEX pending_uploads_expiry ON pending_uploads(expires_at);

-- +goose Down
DROP INDEX pending_uploads_expiry;
DROP TABLE pending_uploads;
