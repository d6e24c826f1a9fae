-- Reminders as data: the stages of each form's schedule, working hours and
-- public holidays. The sweep reads them; nothing here is in code.

-- Stages, relative to a period's deadline (deadline = period end + the
-- form's deadline_days). audience: clerk (the unit's clerks), leader (the
-- unit's leaders). repeat_days > 0 repeats the stage until the unit reports.

-- +goose Up
CREATE TABLE reminder_stages (
    form_id INTEGER NOT NULL REFERENCES report_forms(id),
    stage TEXT NOT NULL,
    offset_days INTEGER NOT NULL,
    repeat_days INTEGER NOT NULL DEFAULT 0,
    audience TEXT NOT NULL CHECK (audience IN ('clerk', 'leader')),
    PRIMARY KEY (form_id, stage)
);

INSERT INTO reminder_stages (form_id, stage, offset_days, repeat_days, audience)
SELECT f.id, s.stage, s.offset_days, s.repeat_days, s.audience FROM report_forms f JOIN (
    SELECT 'before' AS stage, -3 AS offset_days, 0 AS repeat_days, 'clerk' AS audience
    UNION ALL SELECT 'deadline', 0, 0, 'clerk'
    UNION ALL SELECT 'overdue', 3, 7, 'clerk'
    UNION ALL SELECT 'escalation', 7, 0, 'leader'
) s ON 1 = 1
WHERE f.code = 'dvc-quy';

-- Settings of the schedule (working hours in CHATBOT_TZ; weekdays 1 = Monday).
CREATE TABLE reminder_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO reminder_settings (key, value) VALUES
    ('work_start', '08:00'),
    ('work_end', '17:00'),
    ('work_days', '1,2,3,4,5'),
    ('digest_weekday', '1'),
    ('digest_time', '08:00');

-- Public holidays: no reminder is sent on these days. Seeded with Vietnam's
-- official days off for the demo years and 2026–2027 (Bộ Luật Lao động 2019,
-- art. 112, and the Government's yearly decisions on Tết and compensating
-- days); check each new year's decision and add rows.
CREATE TABLE holidays (
    day TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

INSERT INTO holidays (day, name) VALUES
    ('2019-01-01', 'Tết Dương lịch'),
    ('2019-02-04', 'Tết Nguyên đán'), ('2019-02-05', 'Tết Nguyên đán'), ('2019-02-06', 'Tết Nguyên đán'),
    ('2019-02-07', 'Tết Nguyên đán'), ('2019-02-08', 'Tết Nguyên đán'),
    ('2019-04-15', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2019-04-29', 'Nghỉ hoán đổi'), ('2019-04-30', 'Ngày Chiến thắng'), ('2019-05-01', 'Quốc tế Lao động'),
    ('2019-09-02', 'Quốc khánh'),
    ('2020-01-01', 'Tết Dương lịch'),
    ('2020-01-23', 'Tết Nguyên đán'), ('2020-01-24', 'Tết Nguyên đán'), ('2020-01-27', 'Tết Nguyên đán'),
    ('2020-01-28', 'Tết Nguyên đán'), ('2020-01-29', 'Tết Nguyên đán'),
    ('2020-04-02', 'Giỗ Tổ Hùng Vương'), ('2020-04-30', 'Ngày Chiến thắng'), ('2020-05-01', 'Quốc tế Lao động'),
    ('2020-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'), ('2026-01-02', 'Tết Dương lịch (hoán đổi)'),
    ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
    ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'), ('2026-04-30', 'Ngày Chiến thắng'), ('2026-05-01', 'Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-02-05', 'Tết Nguyên đán'), ('2027-02-08', 'Tết Nguyên đán'), ('2027-02-09', 'Tết Nguyên đán'),
    ('2027-02-10', 'Tết Nguyên đán'), ('2027-02-11', 'Tết Nguyên đán'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương'), ('2027-04-30', 'Ngày Chiến thắng'), ('2027-05-03', 'Quốc tế Lao động (nghỉ bù)'),
    ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh');

-- +goose Down
DROP TABLE holidays;
DROP TABLE reminder_settings;
DROP TABLE reminder_stages;
