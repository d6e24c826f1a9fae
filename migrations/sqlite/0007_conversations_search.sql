-- Conversations and full-text search (issue 14): what each chat last
-- understood, and the index of the sentences that state the figures.

-- +goose Up
CREATE TABLE conversations (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    PRIMARY KEY (platform, chat_id)
);

-- Full-text search over the sentences that state the stored figures and
-- over the catalog's names. folded is the text with diacritics removed in
-- Go (đ -> d), because SQLite's remove_diacritics does not fold đ; terms
-- are its words and each pair of neighbouring words joined by 0 ("tap0huan"):
-- Vietnamese words are mostly two syllables, and a pair is one term, which
-- single syllables ("tu", "dien") would make slow and loose.
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    folded TEXT NOT NULL,
    terms TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_index USING fts5(terms, content='search_docs', content_rowid='id', tokenize='unicode61');

-- The data the index was built from, so a reload rebuilds it only after a change.
CREATE TABLE search_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);

-- +goose Down
DROP TABLE search_meta;
DROP TABLE search_index;
DROP TABLE search_docs;
DROP TABLE conversations;
