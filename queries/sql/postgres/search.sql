-- PostgreSQL: the generated tsvector over search_docs.folded, GIN-indexed,
-- ranked by ts_rank; the index follows the table, nothing to rebuild.

-- name: rebuild-search-index
SELECT 1;

-- name: search-docs
-- The argument is a tsquery of folded phrases (a <-> b) joined by |, given twice.
SELECT kind, ref, text, source, question, folded
FROM search_docs
WHERE tsv @@ to_tsquery('simple', ?)
ORDER BY ts_rank(tsv, to_tsquery('simple', ?)) DESC, id
LIMIT ?;
