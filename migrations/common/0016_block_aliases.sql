-- "Khối tỉnh" beside "khối huyện" ("DVC mức 3 của khối huyện nhiều hơn
-- khối tỉnh bao nhiêu"): the provincial agencies, as "cấp tỉnh" is; and
-- the two vertical sectors listed with a comma ("ngành Điện lực, Thuế").

-- +goose Up
INSERT INTO level_aliases (level_code, alias, folded) VALUES
    ('agency', 'khối tỉnh', 'khoi tinh'),
    ('agency', 'khối cấp tỉnh', 'khoi cap tinh'),
    ('district', 'khối cấp huyện', 'khoi cap huyen'),
    ('sector', 'điện lực, thuế', 'dien luc thue'),
    ('sector', 'ngành điện lực, thuế', 'nganh dien luc thue');

-- +goose Down
DELETE FROM level_aliases WHERE folded IN ('khoi tinh', 'khoi cap tinh', 'khoi cap huyen', 'dien luc thue', 'nganh dien luc thue');
