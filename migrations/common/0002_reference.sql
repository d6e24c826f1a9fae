-- Reference data every deployment needs, identical for both dialects:
-- the levels of the unit hierarchy and the quarterly DVC report form of
-- design.md §2.2 with its indicators. Aliases are matched against questions
-- in their normalised form (column folded: lowercase, no diacritics,
-- abbreviations expanded); a test checks each folded value against the
-- normaliser. An alias "a + b" matches when both phrases occur.

-- +goose Up
INSERT INTO unit_levels (code, name, rank) VALUES
    ('province', 'tỉnh', 1),
    ('agency', 'sở, ban, ngành cấp tỉnh', 2),
    ('sector', 'ngành dọc (Điện lực, Thuế)', 3),
    ('district', 'cấp huyện', 4),
    ('commune', 'cấp xã', 5);

INSERT INTO level_aliases (level_code, alias, folded) VALUES
    ('province', 'toàn tỉnh', 'toan tinh'),
    ('agency', 'cấp tỉnh', 'cap tinh'),
    ('agency', 'cơ quan cấp tỉnh', 'co quan cap tinh'),
    ('agency', 'các sở', 'cac so'),
    ('agency', 'sở ban ngành', 'so ban nganh'),
    ('agency', 'sở ngành', 'so nganh'),
    ('agency', 'các cơ quan', 'cac co quan'),
    ('agency', 'sở nào', 'so nao'),
    ('agency', 'sở ngành nào', 'so nganh nao'),
    ('agency', 'cơ quan cấp tỉnh nào', 'co quan cap tinh nao'),
    ('sector', 'ngành dọc', 'nganh doc'),
    ('sector', 'điện lực và thuế', 'dien luc va thue'),
    ('sector', 'ngành điện lực và ngành thuế', 'nganh dien luc va nganh thue'),
    ('sector', 'ngành điện và thuế', 'nganh dien va thue'),
    ('district', 'cấp huyện', 'cap huyen'),
    ('district', 'huyện', 'huyen'),
    ('district', 'các huyện', 'cac huyen'),
    ('district', 'huyện thị', 'huyen thi'),
    ('district', 'huyện, thị xã, thành phố', 'huyen thi xa thanh pho'),
    ('district', 'địa phương', 'dia phuong'),
    ('commune', 'cấp xã', 'cap xa'),
    ('commune', 'xã', 'xa'),
    ('commune', 'các xã', 'cac xa'),
    ('commune', 'xã, phường, thị trấn', 'xa phuong thi tran'),
    ('commune', 'mỗi xã', 'moi xa');

INSERT INTO indicators (code, name, kind, unit_label, topic, unit_agg, period_agg, numerator_code, denominator_code, higher_is_better) VALUES
    ('dvc3', 'số dịch vụ công trực tuyến mức độ 3', 'count', 'dịch vụ', 'dvc', 'sum', 'last', NULL, NULL, 1),
    ('dvc4', 'số dịch vụ công trực tuyến mức độ 4', 'count', 'dịch vụ', 'dvc', 'sum', 'last', NULL, NULL, 1),
    ('hstt', 'số hồ sơ nộp trực tuyến (mức độ 3, 4)', 'count', 'hồ sơ', 'hoso', 'sum', 'sum', NULL, NULL, 1),
    ('hstong', 'tổng số hồ sơ thủ tục hành chính tiếp nhận', 'count', 'hồ sơ', 'hoso', 'sum', 'sum', NULL, NULL, 1),
    ('hstt_share', 'tỷ lệ hồ sơ nộp trực tuyến', 'percent', '%', 'hoso', 'ratio', 'ratio', 'hstt', 'hstong', 1);

INSERT INTO indicator_aliases (indicator_id, alias, folded)
SELECT i.id, a.alias, a.folded FROM indicators i JOIN (
    SELECT 'dvc3' AS code, 'dịch vụ công mức 3' AS alias, 'dich vu cong + muc 3' AS folded
    UNION ALL SELECT 'dvc3', 'dịch vụ mức 3', 'dich vu + muc 3'
    UNION ALL SELECT 'dvc3', 'dvc3', 'dvc3'
    UNION ALL SELECT 'dvc4', 'dịch vụ công mức 4', 'dich vu cong + muc 4'
    UNION ALL SELECT 'dvc4', 'dịch vụ mức 4', 'dich vu + muc 4'
    UNION ALL SELECT 'dvc4', 'dvc4', 'dvc4'
    UNION ALL SELECT 'hstt', 'hồ sơ trực tuyến', 'ho so + truc tuyen'
    UNION ALL SELECT 'hstt', 'hồ sơ nộp trực tuyến', 'ho so + nop + truc tuyen'
    UNION ALL SELECT 'hstt', 'hồ sơ nộp qua dịch vụ công', 'ho so + nop qua + dich vu cong'
    UNION ALL SELECT 'hstt', 'hstt', 'hstt'
    UNION ALL SELECT 'hstong', 'tổng số hồ sơ', 'tong + ho so'
    UNION ALL SELECT 'hstong', 'tổng hồ sơ tiếp nhận', 'tong + ho so + tiep nhan'
    UNION ALL SELECT 'hstong', 'hồ sơ tiếp nhận', 'ho so + tiep nhan'
    UNION ALL SELECT 'hstong', 'hstong', 'hstong'
    UNION ALL SELECT 'hstt_share', 'tỷ lệ hồ sơ trực tuyến', 'ty le + ho so + truc tuyen'
    UNION ALL SELECT 'hstt_share', 'tỷ lệ hồ sơ', 'ty le + ho so'
    UNION ALL SELECT 'hstt_share', 'tỷ lệ nộp trực tuyến', 'ty le + nop + truc tuyen'
    UNION ALL SELECT 'hstt_share', 'tỷ lệ trực tuyến', 'ty le + truc tuyen'
    UNION ALL SELECT 'hstt_share', 'phần trăm hồ sơ trực tuyến', 'phan tram + ho so + truc tuyen'
) a ON a.code = i.code;

INSERT INTO report_forms (code, name, period_type, deadline_days) VALUES
    ('dvc-quy', 'Báo cáo quý về cung cấp, khai thác, sử dụng DVC mức độ 3, 4', 'quarter', 15);

INSERT INTO form_fields (form_id, code, indicator_id, position, min_value, integer_only, max_field)
SELECT f.id, i.code, i.id, p.position, 0, 1, p.max_field
FROM report_forms f, indicators i JOIN (
    SELECT 'dvc3' AS code, 1 AS position, NULL AS max_field
    UNION ALL SELECT 'dvc4', 2, NULL
    UNION ALL SELECT 'hstt', 3, 'hstong'
    UNION ALL SELECT 'hstong', 4, NULL
) p ON p.code = i.code
WHERE f.code = 'dvc-quy';

-- +goose Down
-- Fails, and changes nothing, once units, values or submissions refer to
-- these rows: undoing the reference data would orphan them.
DELETE FROM form_fields WHERE form_id IN (SELECT id FROM report_forms WHERE code = 'dvc-quy');
DELETE FROM report_forms WHERE code = 'dvc-quy';
DELETE FROM indicator_aliases WHERE indicator_id IN (
    SELECT id FROM indicators WHERE code IN ('dvc3', 'dvc4', 'hstt', 'hstong', 'hstt_share'));
DELETE FROM indicators WHERE code IN ('dvc3', 'dvc4', 'hstt', 'hstong', 'hstt_share');
DELETE FROM level_aliases WHERE level_code IN ('province', 'agency', 'sector', 'district', 'commune');
DELETE FROM unit_levels WHERE code IN ('province', 'agency', 'sector', 'district', 'commune');
