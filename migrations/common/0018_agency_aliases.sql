-- "các ban ngành" without "sở" ("quý 2 trong các ban ngành đã báo cáo,
-- tỷ lệ thấp nhất là đơn vị nào"): the provincial agencies, as "sở ban
-- ngành" is.

-- +goose Up
INSERT INTO level_aliases (level_code, alias, folded) VALUES
    ('agency', 'ban ngành', 'ban nganh'),
    ('agency', 'các ban ngành', 'cac ban nganh');

-- +goose Down
DELETE FROM level_aliases WHERE folded IN ('ban nganh', 'cac ban nganh');
