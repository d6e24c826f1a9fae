-- An indicator whose definition replaced another's (Nghị định 42/2022/NĐ-CP
-- counts online services as "toàn trình" and "một phần", where reports
-- before it counted "mức độ 4" and "mức độ 3"): former_code names the
-- indicator that counted it before, so a question about a period before the
-- change is answered with that figure, named as what it is.

-- +goose Up
ALTER TABLE indicators ADD COLUMN former_code TEXT;

-- +goose Down
ALTER TABLE indicators DROP COLUMN former_code;
