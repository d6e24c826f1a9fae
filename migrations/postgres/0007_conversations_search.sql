-- What each chat last understood, so a follow-up ("còn năm 2018?") keeps
-- the rest of the question; one row per chat, read only until expires_at.
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
-- Go (đ -> d), the same column SQLite indexes; 'simple' keeps every word.
CREATE TABLE search_docs (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    folded TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED
);
CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv);

-- The data the index was built from, so a reload rebuilds it only after a change.
CREATE TABLE search_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);
