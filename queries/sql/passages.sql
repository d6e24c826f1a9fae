-- The source documents' own words, in order (sheet van_ban).

-- name: delete-source-passages
DELETE FROM source_passages WHERE source_id = ?;

-- name: insert-source-passage
INSERT INTO source_passages (source_id, seq, text) VALUES (?, ?, ?);

-- name: list-source-passages
-- Every passage with its source's code and date, each source's in order.
SELECT p.id, p.source_id, p.seq, p.text, s.code AS source_code, s.issued_on AS source_issued_on
FROM source_passages p JOIN sources s ON s.id = p.source_id
ORDER BY s.code, p.seq;
