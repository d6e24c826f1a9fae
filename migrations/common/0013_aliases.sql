-- "Khối sở", "khối huyện", "khối xã": how officials name a level as a
-- block of units ("khối sở và khối huyện cộng lại có bao nhiêu DVC mức 3").

-- +goose Up
INSERT INTO level_aliases (level_code, alias, folded) VALUES
    ('agency', 'khối sở', 'khoi so'),
    ('agency', 'khối sở, ngành', 'khoi so nganh'),
    ('district', 'khối huyện', 'khoi huyen'),
    ('commune', 'khối xã', 'khoi xa');

-- +goose Down
DELETE FROM level_aliases WHERE folded IN ('khoi so', 'khoi so nganh', 'khoi huyen', 'khoi xa');
