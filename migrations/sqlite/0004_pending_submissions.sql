-- Submissions waiting for the clerk's confirmation, or being filled in one
-- code at a time. They live in the database so a restart between the
-- preview and "Xác nhận" loses nothing.

-- +goose Up
CREATE TABLE pending_submissions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    form_id INTEGER NOT NULL REFERENCES report_forms(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    period_label TEXT NOT NULL,
    values_json TEXT NOT NULL,
    awaiting TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    submission_id INTEGER REFERENCES submissions(id)
);
CREATE INDEX pending_submissions_chat ON pending_submissions(platform, chat_id);

-- +goose Down
DROP INDEX pending_submissions_chat;
DROP TABLE pending_submissions;
