-- "Mỗi phường có bao nhiêu DVC mức 3", "các phường": the commune level,
-- asked by its kind in a city, as "xã" is.

-- +goose Up
INSERT INTO level_aliases (level_code, alias, folded) VALUES
    ('commune', 'phường', 'phuong'),
    ('commune', 'các phường', 'cac phuong');

-- +goose Down
DELETE FROM level_aliases WHERE folded IN ('phuong', 'cac phuong');
