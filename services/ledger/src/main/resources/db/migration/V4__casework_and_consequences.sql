-- Case files, rectification periods, the post-grade timeline and overdue reports.
create table case_file (
    case_id            varchar(255) not null primary key,
    staff_id           varchar(255),
    kind               varchar(255),
    state              varchar(255),
    institution_id     varchar(255),
    department_id      varchar(255),
    opened_at          timestamp(6) with time zone,
    decided_post_grade integer,
    notice_ends_on     date,
    grounds            jsonb,
    history            jsonb,
    objections         jsonb
);
create index case_file_by_staff on case_file (staff_id);
create index case_file_by_state on case_file (state, kind, institution_id);

create table rectification (
    rectification_id varchar(255) not null primary key,
    staff_id         varchar(255),
    term_id          varchar(255),
    institution_id   varchar(255),
    quarter          varchar(255),
    starts_on        date,
    ends_on          date,
    judged_on        date,
    state            varchar(255),
    short_tasks      jsonb
);
create index rectification_by_term on rectification (term_id);
create index rectification_by_state on rectification (state);

create table post_grade_period (
    event_id   varchar(255) not null primary key,
    staff_id   varchar(255),
    from_date  date,
    to_date    date,
    post_grade integer,
    reason     varchar(255),
    case_id    varchar(255)
);
create index post_grade_period_by_staff on post_grade_period (staff_id, from_date);

create table overdue_report (
    term_id        varchar(255) not null,
    month          varchar(255) not null,
    staff_id       varchar(255),
    institution_id varchar(255),
    department_id  varchar(255),
    due_on         date,
    recorded_at    timestamp(6) with time zone,
    primary key (term_id, month)
);
create index overdue_report_by_department on overdue_report (institution_id, department_id);

alter table staff add column open_case_id varchar(255);

-- History in the order events were stored, not only by time (one command's events share a timestamp).
alter table staff_history add column position bigint;
create index staff_history_by_position on staff_history (staff_id, position);
