-- Projects under a funding programme and their funding lines.

-- name: upsert-project
INSERT INTO projects (source_id, seq, name, short_name, lead_agency, status, status_group, period_text, start_year, end_year, proposed_amount)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (source_id, seq) DO UPDATE SET
    name = excluded.name, short_name = excluded.short_name, lead_agency = excluded.lead_agency,
    status = excluded.status, status_group = excluded.status_group, period_text = excluded.period_text,
    start_year = excluded.start_year, end_year = excluded.end_year, proposed_amount = excluded.proposed_amount
RETURNING id;

-- name: delete-project-funding
DELETE FROM funding_lines WHERE project_id = ?;

-- name: delete-project-leads
DELETE FROM project_leads WHERE project_id = ?;

-- name: insert-project-lead
INSERT INTO project_leads (project_id, unit_id, level_code) VALUES (?, ?, ?);

-- name: insert-funding-line
INSERT INTO funding_lines (project_id, source_kind, year, amount, recipient) VALUES (?, ?, ?, ?, ?);

-- name: list-projects
-- Every project with its funding summed by source.
SELECT p.id, p.seq, p.name, p.short_name, p.lead_agency, p.status, p.status_group, p.period_text,
       p.start_year, p.end_year, p.proposed_amount,
       COALESCE((SELECT SUM(f.amount) FROM funding_lines f WHERE f.project_id = p.id AND f.source_kind = 'nq22'), 0) AS nq22_amount,
       COALESCE((SELECT SUM(f.amount) FROM funding_lines f WHERE f.project_id = p.id AND f.source_kind = 'other'), 0) AS other_amount,
       s.code AS source_code, s.issued_on AS source_issued_on
FROM projects p JOIN sources s ON s.id = p.source_id
ORDER BY p.seq;

-- name: list-project-leads
SELECT l.project_id, COALESCE(l.unit_id, 0) AS unit_id, COALESCE(u.code, '') AS unit_code, COALESCE(l.level_code, '') AS level_code
FROM project_leads l LEFT JOIN units u ON u.id = l.unit_id
ORDER BY l.project_id;

-- name: list-funding-lines
SELECT f.project_id, f.source_kind, f.year, f.amount, f.recipient
FROM funding_lines f ORDER BY f.project_id, f.source_kind, f.year;

-- name: delete-project-aliases
DELETE FROM project_aliases WHERE project_id = ?;

-- name: insert-project-alias
INSERT INTO project_aliases (project_id, alias, folded) VALUES (?, ?, ?) ON CONFLICT DO NOTHING;

-- name: list-project-aliases
SELECT project_id, alias, folded FROM project_aliases ORDER BY project_id, folded;
