-- SQLite: FTS5 over search_docs.folded (an external-content table, rebuilt
-- from search_docs after a replacement), ranked by BM25.

-- name: rebuild-search-index
INSERT INTO search_index (search_index) VALUES ('rebuild');

-- name: search-docs-all
-- Texts holding every term (the argument: terms joined by AND); the
-- question answering ranks them.
SELECT d.kind, d.ref, d.text, d.source, d.question, d.folded
FROM search_index JOIN search_docs d ON d.id = search_index.rowid
WHERE search_index MATCH ?
ORDER BY d.id
LIMIT ?;

-- name: search-docs-any
-- Texts holding any term (the argument: terms joined by OR), the most
-- telling first by BM25, to be ranked again by the question answering.
SELECT d.kind, d.ref, d.text, d.source, d.question, d.folded
FROM search_index JOIN search_docs d ON d.id = search_index.rowid
WHERE search_index MATCH ?
ORDER BY search_index.rank, d.id
LIMIT ?;
