-- Indicators, their aliases, and the documents figures come from.

-- name: upsert-indicator
INSERT INTO indicators (code, name, kind, unit_label, topic, unit_agg, period_agg, numerator_code, denominator_code, higher_is_better, former_code)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE SET
    name = excluded.name, kind = excluded.kind, unit_label = excluded.unit_label, topic = excluded.topic,
    unit_agg = excluded.unit_agg, period_agg = excluded.period_agg, numerator_code = excluded.numerator_code,
    denominator_code = excluded.denominator_code, higher_is_better = excluded.higher_is_better, former_code = excluded.former_code
RETURNING id;

-- name: insert-indicator-alias
INSERT INTO indicator_aliases (indicator_id, alias, folded) VALUES (?, ?, ?)
ON CONFLICT DO NOTHING;

-- name: list-indicators
SELECT id, code, name, kind, unit_label, topic, unit_agg, period_agg,
       COALESCE(numerator_code, '') AS numerator_code, COALESCE(denominator_code, '') AS denominator_code,
       higher_is_better, COALESCE(former_code, '') AS former_code
FROM indicators ORDER BY code;

-- name: list-indicator-aliases
SELECT indicator_id, alias, folded FROM indicator_aliases ORDER BY indicator_id, folded;

-- name: upsert-source
INSERT INTO sources (code, title, issuer, issued_on) VALUES (?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE SET title = excluded.title, issuer = excluded.issuer, issued_on = excluded.issued_on
RETURNING id;

-- name: list-sources
SELECT id, code, title, issuer, issued_on FROM sources ORDER BY code;
