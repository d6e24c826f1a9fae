-- PostgreSQL: the generated tsvector over search_docs.folded, GIN-indexed,
-- ranked by ts_rank; the index follows the table, nothing to rebuild.

-- name: rebuild-search-index
SELECT 1;

-- name: search-docs
-- The argument is a tsquery of folded phrases (a <-> b) joined by & or |.
SELECT d.kind, d.ref, d.text, d.source, d.question, d.folded
FROM search_docs d, to_tsquery('simple', ?) q
WHERE d.tsv @@ q
ORDER BY ts_rank(d.tsv, q) DESC, d.id
LIMIT ?;
