-- Indexes the reminder sweep and the registration lookups need at scale
-- (10,000 units): without them each late unit scanned people and accounts.

-- +goose Up
CREATE INDEX people_unit ON people(unit_id, role);
CREATE INDEX chat_accounts_person ON chat_accounts(person_id);
CREATE INDEX reminder_log_person ON reminder_log(person_id);
CREATE INDEX submissions_unit ON submissions(unit_id, period_start);

-- +goose Down
DROP INDEX submissions_unit;
DROP INDEX reminder_log_person;
DROP INDEX chat_accounts_person;
DROP INDEX people_unit;
