-- The source documents' own words (sheet van_ban): each document's text in
-- order, a sentence or a short paragraph a row, so "báo cáo nói gì về …"
-- can quote what the report says beyond the sentences that state a figure.
-- AUTOINCREMENT: a source's passages are replaced by deleting and
-- inserting them, and the search index is rebuilt when the count or the
-- highest id changes; without it SQLite would give the new rows the ids
-- of the rows just deleted, and a corrected passage would go unnoticed.

-- +goose Up
CREATE TABLE source_passages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    text TEXT NOT NULL,
    UNIQUE (source_id, seq)
);

-- +goose Down
DROP TABLE source_passages;
