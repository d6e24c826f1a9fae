-- Full-text search over the sentences that state the figures (per-dialect
-- statements in sqlite/search.sql and postgres/search.sql).

-- name: search-fingerprint
-- Changes whenever a figure, target, project, indicator or a source's
-- passages are added or replaced: the index is rebuilt only then
-- (replaced passages are new rows, with ids never used before).
SELECT (SELECT COUNT(*) FROM indicator_values WHERE superseded_at IS NULL) || ':' ||
       (SELECT COALESCE(MAX(id), 0) FROM indicator_values) || ':' ||
       (SELECT COUNT(*) FROM targets) || ':' || (SELECT COUNT(*) FROM projects) || ':' ||
       (SELECT COUNT(*) FROM indicators) || ':' || (SELECT COUNT(*) FROM units) || ':' ||
       (SELECT COUNT(*) FROM indicator_aliases) || ':' ||
       (SELECT COUNT(*) FROM source_passages) || ':' || (SELECT COALESCE(MAX(id), 0) FROM source_passages) AS fingerprint;

-- name: get-search-fingerprint
SELECT fingerprint FROM search_meta WHERE id = 1;

-- name: set-search-fingerprint
INSERT INTO search_meta (id, fingerprint) VALUES (1, ?)
ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint;

-- name: list-stated-values
-- Every current figure that carries the words of its source, with what
-- the index and the suggested question need.
SELECT v.id, i.code AS indicator_code, i.name AS indicator_name, u.code AS unit_code, u.name AS unit_name,
       u.level_code AS unit_level, COALESCE(v.level_code, '') AS level_code, v.period_label, v.source_ref,
       COALESCE(s.code, '') AS source_code, COALESCE(s.issued_on, '') AS source_issued_on
FROM indicator_values v
JOIN indicators i ON i.id = v.indicator_id
JOIN units u ON u.id = v.unit_id
LEFT JOIN sources s ON s.id = v.source_id
WHERE v.superseded_at IS NULL AND v.source_ref <> ''
ORDER BY v.id;

-- name: delete-search-docs
DELETE FROM search_docs;

-- name: insert-search-doc
INSERT INTO search_docs (kind, ref, text, source, question, folded, terms) VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: list-search-texts
-- The folded text of every searchable text, to count how common each
-- phrase is.
SELECT folded FROM search_docs;

-- name: list-stated-quotes
-- The distinct words of the sources that state current figures: the
-- understanding knows them as words of the domain.
SELECT DISTINCT source_ref FROM indicator_values WHERE superseded_at IS NULL AND source_ref <> '';
