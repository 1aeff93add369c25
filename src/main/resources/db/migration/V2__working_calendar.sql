-- Rule F9 working calendar (Chinese public holidays and 调休 make-up working days).
-- Holidays and make-up working days are data, editable through /api/admin/calendar.
--   HOLIDAY = day off even on a weekday; WORKDAY = working day even on a weekend (调休上班).
--   A year without any row counts weekends only (the service logs a WARN and the admin API says so).
-- Portable SQL for H2 2.x (default mode) and PostgreSQL 14+.
-- NOTE: DAY is a reserved word in H2 2.x, so the column is always written quoted and lower-case: "day".
--       In PostgreSQL "day" is the ordinary (unquoted) column day.

create table calendar_day (
    "day"      date        not null,
    kind       varchar(16) not null,
    name       varchar(64) not null,
    updated_by varchar(64),
    updated_at timestamp,
    constraint pk_calendar_day primary key ("day"),
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知
insert into calendar_day ("day", kind, name, updated_by, updated_at) values
    (date '2026-01-01', 'HOLIDAY', '元旦', 'flyway:V2', current_timestamp), -- 周四
    (date '2026-01-02', 'HOLIDAY', '元旦', 'flyway:V2', current_timestamp), -- 周五
    (date '2026-01-03', 'HOLIDAY', '元旦', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-01-04', 'WORKDAY', '元旦调休上班', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-02-14', 'WORKDAY', '春节调休上班', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-02-15', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-02-16', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周一
    (date '2026-02-17', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周二
    (date '2026-02-18', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周三
    (date '2026-02-19', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周四
    (date '2026-02-20', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周五
    (date '2026-02-21', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-02-22', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-02-23', 'HOLIDAY', '春节', 'flyway:V2', current_timestamp), -- 周一
    (date '2026-02-28', 'WORKDAY', '春节调休上班', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-04-04', 'HOLIDAY', '清明节', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-04-05', 'HOLIDAY', '清明节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-04-06', 'HOLIDAY', '清明节', 'flyway:V2', current_timestamp), -- 周一
    (date '2026-05-01', 'HOLIDAY', '劳动节', 'flyway:V2', current_timestamp), -- 周五
    (date '2026-05-02', 'HOLIDAY', '劳动节', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-05-03', 'HOLIDAY', '劳动节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-05-04', 'HOLIDAY', '劳动节', 'flyway:V2', current_timestamp), -- 周一
    (date '2026-05-05', 'HOLIDAY', '劳动节', 'flyway:V2', current_timestamp), -- 周二
    (date '2026-05-09', 'WORKDAY', '劳动节调休上班', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-06-19', 'HOLIDAY', '端午节', 'flyway:V2', current_timestamp), -- 周五
    (date '2026-06-20', 'HOLIDAY', '端午节', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-06-21', 'HOLIDAY', '端午节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-09-20', 'WORKDAY', '国庆节调休上班', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-09-25', 'HOLIDAY', '中秋节', 'flyway:V2', current_timestamp), -- 周五
    (date '2026-09-26', 'HOLIDAY', '中秋节', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-09-27', 'HOLIDAY', '中秋节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-10-01', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周四
    (date '2026-10-02', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周五
    (date '2026-10-03', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周六
    (date '2026-10-04', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周日
    (date '2026-10-05', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周一
    (date '2026-10-06', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周二
    (date '2026-10-07', 'HOLIDAY', '国庆节', 'flyway:V2', current_timestamp), -- 周三
    (date '2026-10-10', 'WORKDAY', '国庆节调休上班', 'flyway:V2', current_timestamp); -- 周六
