-- Schema of the indicator database (SQLite dialect).
-- The PostgreSQL twin is ../postgres/0001_schema.sql: same tables, same columns.
-- Dates are ISO text 'YYYY-MM-DD' in both dialects; instants are TIMESTAMP.

-- +goose Up
CREATE TABLE unit_levels (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rank INTEGER NOT NULL
);

CREATE TABLE level_aliases (
    level_code TEXT NOT NULL REFERENCES unit_levels(code),
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (level_code, folded)
);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    level_code TEXT NOT NULL REFERENCES unit_levels(code),
    parent_id INTEGER REFERENCES units(id),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '1900-01-01',
    valid_to TEXT,
    replaced_by_id INTEGER REFERENCES units(id)
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE unit_aliases (
    unit_id INTEGER NOT NULL REFERENCES units(id),
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (unit_id, folded)
);
CREATE INDEX unit_aliases_folded ON unit_aliases(folded);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    issuer TEXT NOT NULL,
    issued_on TEXT NOT NULL
);

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('count', 'percent', 'money', 'score', 'rank')),
    unit_label TEXT NOT NULL,
    topic TEXT NOT NULL,
    unit_agg TEXT NOT NULL CHECK (unit_agg IN ('sum', 'ratio', 'none')),
    period_agg TEXT NOT NULL CHECK (period_agg IN ('sum', 'last', 'ratio', 'none')),
    numerator_code TEXT,
    denominator_code TEXT,
    higher_is_better INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE indicator_aliases (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (indicator_id, folded)
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('clerk', 'leader', 'admin')),
    created_at TIMESTAMP NOT NULL,
    deactivated_at TIMESTAMP
);

CREATE TABLE report_forms (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    period_type TEXT NOT NULL CHECK (period_type IN ('quarter', 'month', 'year')),
    deadline_days INTEGER NOT NULL DEFAULT 15
);

CREATE TABLE form_fields (
    form_id INTEGER NOT NULL REFERENCES report_forms(id),
    code TEXT NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    position INTEGER NOT NULL,
    min_value DOUBLE PRECISION NOT NULL DEFAULT 0,
    integer_only INTEGER NOT NULL DEFAULT 1,
    max_field TEXT,
    PRIMARY KEY (form_id, code)
);

CREATE TABLE form_units (
    form_id INTEGER NOT NULL REFERENCES report_forms(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (form_id, unit_id)
);

CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES report_forms(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    period_label TEXT NOT NULL,
    submitted_by INTEGER REFERENCES people(id),
    submitted_at TIMESTAMP NOT NULL,
    via TEXT NOT NULL,
    supersedes_id INTEGER REFERENCES submissions(id),
    superseded_at TIMESTAMP
);
CREATE UNIQUE INDEX submissions_current ON submissions(form_id, unit_id, period_start) WHERE superseded_at IS NULL;

CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    level_code TEXT REFERENCES unit_levels(code),
    per_unit INTEGER NOT NULL DEFAULT 0,
    period_kind TEXT NOT NULL CHECK (period_kind IN ('year', 'quarter', 'month', 'range', 'asof')),
    period_start TEXT,
    period_end TEXT NOT NULL,
    period_label TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    out_of DOUBLE PRECISION,
    note TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id),
    source_ref TEXT NOT NULL DEFAULT '',
    submission_id INTEGER REFERENCES submissions(id),
    recorded_at TIMESTAMP NOT NULL,
    recorded_by INTEGER REFERENCES people(id),
    superseded_at TIMESTAMP,
    superseded_by INTEGER REFERENCES indicator_values(id),
    CHECK (source_id IS NOT NULL OR submission_id IS NOT NULL)
);
CREATE UNIQUE INDEX indicator_values_current ON indicator_values(
    indicator_id, unit_id, COALESCE(level_code, ''), period_kind, COALESCE(period_start, ''), period_end
) WHERE superseded_at IS NULL;
CREATE INDEX indicator_values_unit ON indicator_values(unit_id, indicator_id);

CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    level_code TEXT REFERENCES unit_levels(code),
    kind TEXT NOT NULL CHECK (kind IN ('target', 'plan')),
    value DOUBLE PRECISION NOT NULL,
    deadline TEXT NOT NULL,
    period_label TEXT NOT NULL,
    set_by TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    source_ref TEXT NOT NULL DEFAULT ''
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    lead_agency TEXT NOT NULL,
    status TEXT NOT NULL,
    status_group TEXT NOT NULL CHECK (status_group IN ('done', 'ongoing', 'preparing', 'not_started', 'integrated')),
    period_text TEXT NOT NULL,
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL,
    proposed_amount DOUBLE PRECISION,
    UNIQUE (source_id, seq)
);

CREATE TABLE project_leads (
    project_id INTEGER NOT NULL REFERENCES projects(id),
    unit_id INTEGER REFERENCES units(id),
    level_code TEXT REFERENCES unit_levels(code),
    CHECK (unit_id IS NOT NULL OR level_code IS NOT NULL)
);

CREATE TABLE project_aliases (
    project_id INTEGER NOT NULL REFERENCES projects(id),
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (project_id, folded)
);

CREATE TABLE funding_lines (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    source_kind TEXT NOT NULL CHECK (source_kind IN ('nq22', 'other')),
    year INTEGER,
    amount DOUBLE PRECISION NOT NULL,
    recipient TEXT NOT NULL DEFAULT ''
);

CREATE TABLE chat_accounts (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    platform TEXT NOT NULL CHECK (platform IN ('telegram', 'zalo', 'console')),
    external_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    last_inbound_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE invite_codes (
    code TEXT PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('clerk', 'leader', 'admin')),
    full_name TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    used_by_account_id INTEGER REFERENCES chat_accounts(id)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor_person_id INTEGER REFERENCES people(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);

CREATE TABLE processed_updates (
    platform TEXT NOT NULL,
    update_id TEXT NOT NULL,
    processed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (platform, update_id)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id),
    body TEXT NOT NULL,
    not_before TIMESTAMP NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    claimed_at TIMESTAMP,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox(status, not_before);

CREATE TABLE reminder_log (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES report_forms(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    period_start TEXT NOT NULL,
    stage TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    outbox_id INTEGER REFERENCES outbox(id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (form_id, unit_id, period_start, stage, person_id)
);

-- +goose Down
-- Children before parents, so that foreign keys never point at a dropped table.
DROP TABLE reminder_log;
DROP TABLE outbox;
DROP TABLE processed_updates;
DROP TABLE audit_log;
DROP TABLE invite_codes;
DROP TABLE chat_accounts;
DROP TABLE funding_lines;
DROP TABLE project_aliases;
DROP TABLE project_leads;
DROP TABLE projects;
DROP TABLE targets;
DROP TABLE indicator_values;
DROP TABLE submissions;
DROP TABLE form_units;
DROP TABLE form_fields;
DROP TABLE report_forms;
DROP TABLE people;
DROP TABLE indicator_aliases;
DROP TABLE indicators;
DROP TABLE sources;
DROP TABLE unit_aliases;
DROP TABLE units;
DROP TABLE level_aliases;
DROP TABLE unit_levels;
