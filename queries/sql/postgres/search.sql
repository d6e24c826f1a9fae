-- PostgreSQL: the generated tsvector over search_docs.folded, GIN-indexed,
-- ranked by ts_rank; the index follows the table, nothing to rebuild.

-- name: rebuild-search-index
SELECT 1;

-- name: search-docs-all
-- Texts holding every term (the argument: terms joined by &); the question
-- answering ranks them (ts_rank would cost a millisecond a thousand texts).
SELECT d.kind, d.ref, d.text, d.source, d.question, d.folded
FROM search_docs d
WHERE d.tsv @@ to_tsquery('simple', ?)
ORDER BY d.id
LIMIT ?;

-- name: search-docs-any
-- Texts holding any term (the argument: terms joined by |), the most
-- telling first, to be ranked again by the question answering.
SELECT d.kind, d.ref, d.text, d.source, d.question, d.folded
FROM search_docs d, to_tsquery('simple', ?) q
WHERE d.tsv @@ q
ORDER BY ts_rank(d.tsv, q) DESC, d.id
LIMIT ?;
